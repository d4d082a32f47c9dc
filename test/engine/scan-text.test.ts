import { describe, expect, it } from 'vitest';
import { catalog, createCatalog } from '../../patterns/index.js';
import slackWebhookUrl from '../../patterns/escalation-webhook/slack-webhook-url.js';
import customerKeyValue from '../../patterns/customer-identifier/customer-key-value.js';
import { createEngine, escapeRegExp, LineIndex, type EngineSuppression } from '../../src/engine/index.js';
import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { scanText } from '../../src/index.js';
import { CONTEXTS, embed } from '../support/embed.js';

const hook = String(slackWebhookUrl.samples().positive[0]);
const engine = createEngine([slackWebhookUrl, customerKeyValue]);

describe('scanText', () => {
  it('returns a finding with positions, masked preview, fingerprint and key path', () => {
    const text = `{\n  "alerts": {\n    "webhook_url": "${hook}"\n  }\n}\n`;
    const [finding] = engine.scanText(text, { path: 'config/alerts.json' }).findings;
    expect(finding).toMatchObject({
      ruleId: 'slack-webhook-url',
      category: 'escalation-webhook',
      severity: 'error',
      line: 3,
      column: 21,
      endLine: 3,
      endColumn: 21 + hook.length,
      keyPath: 'alerts.webhook_url',
    });
    expect(text.slice(finding?.offset, finding?.endOffset)).toBe(hook);
    // Slack's documented URL prefix, then nothing of the value but its length and the start of its keyed hash.
    expect(finding?.preview).toBe(`https://hooks.slack.com/services/…(${hook.length} chars, #${finding?.valueHash.slice(0, 8)})`);
    expect(finding?.message).not.toContain(hook);
    expect(finding?.fingerprint).toMatch(/^[0-9a-f]{32}$/u);
  });

  it('keeps columns right after CRLF line breaks', () => {
    const text = `first: 1\r\nsecond: 2\r\nurl: ${hook}\r\n`;
    const [finding] = engine.scanText(text, { path: 'a.yaml' }).findings;
    expect(finding).toMatchObject({ line: 3, column: 6, endColumn: 6 + hook.length });
  });

  it('keeps the fingerprint when lines move, and changes it with the path or value', () => {
    const a = engine.scanText(`url: ${hook}\n`, { path: 'a.yaml' }).findings[0];
    const moved = engine.scanText(`# notes\n\n\nurl: ${hook}\n`, { path: 'a.yaml' }).findings[0];
    const elsewhere = engine.scanText(`url: ${hook}\n`, { path: 'b.yaml' }).findings[0];
    expect(moved?.line).toBe(4);
    expect(moved?.fingerprint).toBe(a?.fingerprint);
    expect(elsewhere?.fingerprint).not.toBe(a?.fingerprint);
    expect(elsewhere?.valueHash).toBe(a?.valueHash);
  });

  it('applies configured suppressions by detector, category, key path and value hash', () => {
    const text = `alerts:\n  primary: ${hook}\n`;
    const { valueHash } = engine.scanText(text, { path: 'a.yaml' }).findings[0] ?? {};
    const quiet = (suppressions: readonly EngineSuppression[]): number =>
      engine.scanText(text, { path: 'a.yaml', suppressions }).findings.length;
    expect(quiet([{ target: 'slack-webhook-url', reason: 'revoked' }])).toBe(0);
    expect(quiet([{ target: 'escalation-webhook', keyPath: 'alerts.*', reason: 'revoked' }])).toBe(0);
    expect(quiet([{ target: 'escalation-webhook', keyPath: 'other.*', reason: 'revoked' }])).toBe(1);
    expect(quiet([{ target: 'slack-webhook-url', valueHash, reason: 'revoked' }])).toBe(0);
    expect(quiet([{ target: 'slack-webhook-url', valueHash: '0000000000000000', reason: 'revoked' }])).toBe(1);
    expect(quiet([{ target: 'license-key', reason: 'other category' }])).toBe(1);
  });

  it('shows what the synthetic registry suppressed, with the reason', () => {
    const result = engine.scanText('customer_id: tenant-demo\n', { path: 'a.yaml', collectSuppressed: true });
    expect(result.findings).toEqual([]);
    expect(result.suppressed[0]?.by).toBe('synthetic');
    expect(result.suppressed[0]?.reason).toMatch(/^not real: CAVRA's synthetic-example conventions .*\(cavra-example-marker\)$/u);
  });

  it('treats values under an example or examples key as samples of an API description', () => {
    const models = (key: string): string => JSON.stringify({ operations: { Notify: { [key]: { input: { WebhookUrl: hook } } } } }, null, 2);
    for (const key of ['examples', 'example', 'x-example']) {
      const result = engine.scanText(models(key), { path: 'apis/notify.json', collectSuppressed: true });
      expect(result.findings, key).toEqual([]);
      expect(result.suppressed.map((x) => x.by), key).toEqual(['synthetic']);
      expect(result.suppressed[0]?.reason, key).toMatch(/under an example, examples or x-example key.*\(example-key-path\)$/u);
    }
    // A key that only contains the word is an ordinary key.
    expect(engine.scanText(models('counterexample'), { path: 'apis/notify.json' }).findings).toHaveLength(1);
    expect(engine.scanText(`examples:\n  - name: drill\n    alerts:\n      url: ${hook}\n`, { path: 'values.yaml' }).findings).toEqual([]);
  });

  it('overrides severity by detector or category', () => {
    const warn = createEngine([slackWebhookUrl], { severity: { 'escalation-webhook': 'warning' } });
    expect(warn.scanText(`url: ${hook}`).findings[0]?.severity).toBe('warning');
  });

  it('lets a specific detector win over an overlapping generic one', () => {
    // A billing-provider id under a customer key: the generic key detector yields to the specific one.
    const specific = { ...slackWebhookUrl, id: 'billing-customer-id', category: 'customer-identifier' as const, regex: /(?<secret>cus_[A-Za-z0-9]{14,})/u, keywords: ['cus_'] };
    const text = `customer_id: ${'cus_'}Nf3kQ8zLr2VwXyBt\n`;
    const both = createEngine([customerKeyValue, specific]).scanText(text, { path: 'a.yaml' });
    expect(both.findings.map((f) => f.ruleId)).toEqual(['billing-customer-id']);
    const genericOnly = createEngine([customerKeyValue]).scanText(text, { path: 'a.yaml' });
    expect(genericOnly.findings.map((f) => f.ruleId)).toEqual(['customer-key-value']);
  });

  it('keeps a customer identifier found by its key beside a specific detector of another category', () => {
    // An account name that a (stand-in) health-record detector reports: both facts are reported.
    const record = defineDetector({
      id: 'health-record',
      name: 'Health record',
      category: 'customer-success-note',
      severity: 'error',
      description: 'A health score recorded against an account.',
      regex: /health_score: \d+, account_name: (?<secret>[A-Z][a-z]+ [A-Z][a-z]+)/u,
      keywords: ['health_score'],
      samples: () => ({ positive: [], negative: [] }),
    });
    const text = `health_score: 41, account_name: Quillfeather Health\n`;
    const found = createEngine([customerKeyValue, record]).scanText(text, { path: 'a.yaml' }).findings;
    expect(found.map((f) => [f.ruleId, f.category, f.offset])).toEqual([
      ['customer-key-value', 'customer-identifier', text.indexOf('Quill')],
      ['health-record', 'customer-success-note', text.indexOf('Quill')],
    ]);
    // Other categories compete: a licence-key reading of a vendor's key loses to the vendor's detector.
    const licenseKeyValue = catalog.find((d) => d.id === 'license-key-value');
    const newRelic = catalog.find((d) => d.id === 'new-relic-license-key');
    if (!licenseKeyValue || !newRelic) throw new Error('catalog detectors missing');
    const [first] = newRelic.samples().positive;
    const value = typeof first === 'object' ? first.value : '';
    expect(value).toMatch(/^[0-9a-f]{40}$/u);
    const yaml = `newrelic:\n  licenseKey: ${value}\n`;
    const ids = (engineOf: readonly Detector[]): string[] => createEngine(engineOf).scanText(yaml, { path: 'values.yaml' }).findings.map((f) => f.ruleId);
    expect(ids([licenseKeyValue])).toEqual(['license-key-value']);
    expect(ids([licenseKeyValue, newRelic])).toEqual(['new-relic-license-key']);
  });

  it('finds the same with and without the prefilter over every sample in every context', () => {
    const on = createEngine(catalog);
    const off = createEngine(catalog, { prefilter: false });
    for (const detector of catalog) {
      for (const sample of detector.samples().positive) {
        for (const context of CONTEXTS) {
          const { path, text } = embed(sample, context);
          const a = on.scanText(text, { path }).findings.map((f) => `${f.ruleId}@${f.offset}`);
          const b = off.scanText(text, { path }).findings.map((f) => `${f.ruleId}@${f.offset}`);
          expect(a, `${detector.id} in ${context}`).toEqual(b);
        }
      }
    }
  });

  it('gives nothing for empty or plain text, and the library scanText uses the full catalog', () => {
    expect(scanText('').findings).toEqual([]);
    expect(scanText('Hello, world.\n').findings).toEqual([]);
    expect(scanText(`url: ${hook}`, { path: 'a.yaml' }).findings.map((f) => f.ruleId)).toContain('slack-webhook-url');
  });
});

describe('LineIndex', () => {
  it('maps offsets to lines and columns', () => {
    const index = new LineIndex('ab\ncd\r\nef');
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.position(7)).toEqual({ line: 3, column: 1 });
    expect(index.lineText(2)).toBe('cd');
    expect(index.lineCount).toBe(3);
  });
});

describe('escapeRegExp', () => {
  it('gives a literal pattern that compiles with and without the u flag', () => {
    for (const value of ['acme-corp.internal', 'a.b*c+d?(e)|[f]{g}^$\\h/i', 'cavra-pro']) {
      for (const flags of ['', 'u', 'iu']) {
        const regex = new RegExp(`^${escapeRegExp(value)}$`, flags);
        expect(regex.test(value), `${value} /${flags}`).toBe(true);
        expect(regex.test(`${value}x`)).toBe(false);
      }
    }
  });

  it('lets a product name with a hyphen configure the product licence key detector', () => {
    expect(() => createCatalog({ productNames: ['acme-suite'] })).not.toThrow();
  });
});

describe('multiline detectors with a reach', () => {
  const nested = (reach?: number): Detector =>
    defineDetector({
      id: 'nested-vault-key-value',
      name: 'Nested vault key',
      category: 'connector-credential',
      severity: 'error',
      description: 'A key under a vault section.',
      regex: /(?<![^\n])vault:\n(?:[ \t]+[a-z]+: [a-z]+\n){0,4}[ \t]+key: (?<secret>[a-z0-9]{16,64})/u,
      keywords: ['vault'],
      multiline: true,
      ...(reach !== undefined ? { reach } : {}),
      samples: () => ({ positive: [], negative: [] }),
    });
  const value = 'q7w8e9r0t1y2u3i4o5p6';
  const block = `vault:\n  mode: strict\n  key: ${value}\n`;

  it('finds a match spanning lines near the keyword, at the same place as a whole-text scan', () => {
    const text = `${'filler line\n'.repeat(400)}${block}${'tail line\n'.repeat(400)}`;
    const withReach = createEngine([nested(256)]).scanText(text, { path: 'a.yaml' }).findings;
    const whole = createEngine([nested()]).scanText(text, { path: 'a.yaml' }).findings;
    expect(withReach.map((f) => [f.line, f.column, f.offset])).toEqual([[403, 8, text.indexOf(value)]]);
    expect(whole.map((f) => f.offset)).toEqual(withReach.map((f) => f.offset));
  });

  it('starts a window on a line boundary, so a line-start anchor never matches mid-line', () => {
    // The keyword sits 300 characters into a long line; with a reach of 100 the window would start mid-line.
    const text = `${'x'.repeat(300)}vault:\n  key: ${value}\n`;
    expect(createEngine([nested(100)]).scanText(text, { path: 'a.yaml' }).findings).toEqual([]);
    expect(createEngine([nested()]).scanText(text, { path: 'a.yaml' }).findings).toEqual([]);
  });

  it('misses a match that lies farther from every keyword than the reach', () => {
    const far = `vault:\n  mode: ${'a'.repeat(300)}\n  key: ${value}\n`;
    expect(createEngine([nested(64)]).scanText(block, { path: 'a.yaml' }).findings).toHaveLength(1);
    expect(createEngine([nested()]).scanText(far, { path: 'a.yaml' }).findings).toHaveLength(1);
    expect(createEngine([nested(64)]).scanText(far, { path: 'a.yaml' }).findings).toHaveLength(0);
  });
});

describe('detector gates', () => {
  it('runs the whole-text gate once per text and skips the detector when it is closed', () => {
    const texts: string[] = [];
    let validated = 0;
    const gated = defineDetector({
      id: 'ledger-cell',
      name: 'Ledger cell',
      category: 'billing-record',
      severity: 'error',
      description: 'A cell of a ledger table.',
      regex: /(?<=ledger,)(?<secret>[A-Z][a-z]{2,20})/u,
      keywords: ['ledger'],
      multiline: true,
      gate: (text) => {
        texts.push(text);
        return text.startsWith('#ledger');
      },
      validate: () => ++validated > 0,
      samples: () => ({ positive: [], negative: [] }),
    });
    const engine = createEngine([gated]);
    const open = '#ledger\nledger,Hallbrook\nledger,Quillfeather\n';
    const closed = 'ledger,Hallbrook\nledger,Quillfeather\n';
    expect(engine.scanText(open, { path: 'a.csv' }).findings.map((f) => f.line)).toEqual([2, 3]);
    expect(engine.scanText(closed, { path: 'a.csv' }).findings).toEqual([]);
    expect(texts).toEqual([open, closed]);
    expect(validated).toBe(2);
    expect(createEngine([gated], { prefilter: false }).scanText(closed, { path: 'a.csv' }).findings).toEqual([]);
  });
});
