import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { createEngine } from '../../src/engine/index.js';
import { SYNTHETIC_REGISTRY, SyntheticRegistry } from '../../src/engine/synthetic.js';

const registry = new SyntheticRegistry();

describe('synthetic registry', () => {
  it.each([
    ['https://grafana.example.com/d/abc123/billing', 'reserved-host'],
    ['https://hooks.corp.example/services/abc', 'reserved-host'],
    ['postgres://app:s3cr3tPassw0rd@db.test:5432/app', 'reserved-host'],
    ['ops@example.invalid', 'reserved-host'],
    ['http://localhost:3000/dashboard', 'reserved-host'],
    ['http://192.0.2.10/admin', 'documentation-ip'],
    ['203.0.113.77', 'documentation-ip'],
    ['2001:db8::1', 'documentation-ip'],
    ['<YOUR_API_KEY>', 'template-placeholder'],
    ['${SLACK_WEBHOOK_URL}', 'template-placeholder'],
    ['{{ .Values.token }}', 'template-placeholder'],
    ['process.env.STRIPE_KEY', 'template-placeholder'],
    ['YOUR_LICENSE_KEY_HERE', 'placeholder-word'],
    ['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'placeholder-word'],
    ['****************', 'placeholder-word'],
    ['REDACTED', 'placeholder-word'],
    ['tenant-demo', 'cavra-example-marker'],
    ['saas-example', 'cavra-example-marker'],
    ['evidence://audit/2026-01-01', 'cavra-example-marker'],
    ['escalation drill owner pending', 'cavra-example-marker'],
    ['Acme Corp', 'well-known-fictional-name'],
    ['WILE_E_COYOTE', 'well-known-fictional-name'],
    ['devstoreaccount1', 'azure-storage-emulator'],
    ['AAAAAAAAAAAAAAAAAAAA', 'low-variety-body'],
    ['1234567890abcdef', 'low-variety-body'],
  ])('%s is synthetic (%s)', (value, entry) => {
    expect(registry.match(value)?.id).toBe(entry);
  });

  it.each([
    'https://grafana.prod.northbridge-logistics.com/d/k8s-billing/overview',
    'postgres://app:Zq8vN3rLw2Ty@db.northbridge-logistics.com:5432/app',
    'billing-ops@northbridge-logistics.com',
    'Northbridge Logistics GmbH',
    'cus_Nf3kQ8zLr2VwXy',
    '52.14.201.77',
    'q8ZrT2mVx9LkP4sWn7Yb',
    // Random bodies that merely contain a short word stay real.
    'k3Jbob9QzLr8TwXalicev2',
  ])('%s is not synthetic', (value) => {
    expect(registry.match(value)).toBeUndefined();
  });

  it('takes project markers and hosts from options', () => {
    const custom = new SyntheticRegistry(undefined, { markers: ['fixture-tenant'], hosts: ['corp.sandbox'] });
    expect(custom.match('fixture-tenant-42')?.id).toBe('project-marker');
    expect(custom.match('https://grafana.corp.sandbox/d/x')?.id).toBe('project-host');
    expect(registry.match('fixture-tenant-42')).toBeUndefined();
  });

  it('is data: every entry has an id, a kind and a reason', () => {
    const ids = SYNTHETIC_REGISTRY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of SYNTHETIC_REGISTRY) expect(entry.reason.length).toBeGreaterThan(10);
  });
});

describe('public values by shape', () => {
  const registry = new SyntheticRegistry();
  it('a publishable client key is public by design', () => {
    const body = 'Qm3xT8vLr2Zp9WkN4sYb7HcJ';
    expect(registry.match(`pk_live_${body}`)?.id).toBe('publishable-client-key');
    expect(registry.match(`phc_${body}${body}`)?.id).toBe('publishable-client-key');
  });
  it('a secret key of the same vendor is not', () => {
    expect(registry.match(`sk_live_Qm3xT8vLr2Zp9WkN4sYb7HcJ`)).toBeUndefined();
    expect(registry.match(`rk_live_Qm3xT8vLr2Zp9WkN4sYb7HcJ`)).toBeUndefined();
  });
});

describe('public values inside larger values', () => {
  const engine = createEngine(catalog);
  const webhookToken = 'Qm3xT8vLr2Zp9WkN4sYb7HcJ0aF6dE1gU5iO8yR3tW2x';
  it('a public client secret of a CLI is public, and no finding', () => {
    expect(registry.match('ZmssLNjJy2998hD4CTg2ejr2')?.id).toBe('public-cli-oauth-client');
    expect(registry.match('04b07795-8ddb-461a-bbee-02f9e1bf7b46')?.kind).toBe('public-value');
    const result = engine.scanText('gcloud:\n  client_id: 32555940559.apps.googleusercontent.com\n  client_secret: "ZmssLNjJy2998hD4CTg2ejr2"\n', { path: 'auth.yaml' });
    expect(result.findings).toEqual([]);
  });
  it('a public value embedded in a webhook URL leaves the URL a finding (its token is secret)', () => {
    const chatKey = SYNTHETIC_REGISTRY.find((entry) => entry.id === 'google-chat-webhook-key')?.values?.[0] ?? '';
    const url = `https://chat.googleapis.com/v1/spaces/AAAAQm3xT8v/messages?key=${chatKey}&token=${webhookToken}`;
    const result = engine.scanText(`webhook: ${url}\n`, { path: 'alerts.yaml' });
    expect(result.findings.map((f) => f.ruleId)).toContain('google-chat-webhook-url');
  });
});

describe('instructions in place of a value', () => {
  it.each(['REPLACE_WITH_32_CHAR_KEY', 'replace-with-your-token', 'INSERT_KEY_HERE'])('%s is a placeholder', (value) => {
    expect(new SyntheticRegistry().match(value)?.kind).toBe('placeholder');
  });
});
