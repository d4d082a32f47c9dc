import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { placeholderFor, syntheticValueFor } from '../../src/eslint/synthetic-value.js';
import { scanText } from '../../src/index.js';

// A real-shaped webhook, built from the detector's seeded sample (never written here).
const slackSample = catalog.find((d) => d.id === 'slack-webhook-url')?.samples().positive[0];
const slack = typeof slackSample === 'string' ? slackSample : '';

const webhook = { ruleId: 'slack-webhook-url', category: 'escalation-webhook' } as const;

describe('syntheticValueFor', () => {
  it.each([
    [slack, 'https://hooks.example.invalid/services/T000/B000/XXXX'],
    ['https://grafana.prod.acme.io/d/a1B2c3/billing?orgId=1&var-tenant=north', 'https://grafana.example.invalid/d/XXXX/billing?orgId=XXXX&var-tenant=XXXX'],
    ['postgres://billing:not-a-real-password@db.acme.io:5432/billing', 'postgres://user:XXXX@db.example.invalid:5432/billing'],
    ['https://acme.zendesk.com/agent/tickets/48213', 'https://acme.example.invalid/agent/tickets/0000'],
    ['https://10.2.3.4/hook', 'https://host.example.invalid/hook'],
    ['jane.doe@acme-industries.com', 'user@example.invalid'],
  ])('keeps the shape of %s', (value, expected) => {
    expect(syntheticValueFor(value, webhook)).toBe(expected);
  });

  it('names a placeholder after the detector, or the category for generic detectors', () => {
    expect(syntheticValueFor('cvr_0a1b2c3d4e5f', { ruleId: 'product-license-key', category: 'license-key' })).toBe('<PRODUCT_LICENSE_KEY>');
    expect(placeholderFor({ ruleId: 'customer-key-value', category: 'customer-identifier' })).toBe('<CUSTOMER_IDENTIFIER>');
    expect(placeholderFor({ ruleId: 'generic-webhook-url', category: 'escalation-webhook' })).toBe('<ESCALATION_WEBHOOK>');
  });

  it('gives values the engine accepts as synthetic', () => {
    const values = [
      syntheticValueFor(slack, webhook),
      syntheticValueFor('postgres://billing:not-a-real-password@db.acme.io:5432/billing', webhook),
      syntheticValueFor('jane.doe@acme-industries.com', webhook),
      placeholderFor({ ruleId: 'customer-key-value', category: 'customer-identifier' }),
    ];
    for (const value of values) {
      expect(scanText(`export const config = { webhook_url: '${value}', customer_id: '${value}' };\n`, { path: 'src/a.ts' }).findings).toEqual([]);
    }
  });
});
