/**
 * Nothing of a value in a finding: previews show a declared public vendor
 * prefix at most, hashes are keyed, key paths mask sensitive keys, and URL
 * credentials are read by the URL detectors only.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { CUSTOMER_DATA_CATEGORIES } from './support/customer-data.js';
import { createEngine, keyedHex, maskValue, publicPrefixOf, randomHashKey } from '../../src/engine/index.js';
import { maskKeyPath, MASKED_SEGMENT } from '../../src/engine/key-path.js';
import { randomString, ALPHA_NUM, LOWER_NUM } from '../../patterns/support/sample-builder.js';
import { sampleValue } from '../support/embed.js';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

describe('maskValue', () => {
  it('shows no character without a public prefix, only the length and the start of the given hash', () => {
    expect(maskValue('Tq8vLm2xR9kzWq', { hash: 'abcdef0123456789' })).toBe('…(14 chars, #abcdef01)');
  });

  it('shows a declared prefix only at the start, at most half the value, never with a control or space', () => {
    const token = `xoxb-${randomString('mask1', ALPHA_NUM, 40)}`;
    expect(publicPrefixOf(token, /^xox[bp]-/u)).toBe('xoxb-');
    expect(publicPrefixOf(token, /xox[bp]-/u)).toBe('xoxb-');
    expect(publicPrefixOf(`a${token}`, /xox[bp]-/u)).toBe('');
    expect(publicPrefixOf('xoxb-1234', /^xox[bp]-/u)).toBe('');
    expect(publicPrefixOf(`x y${token}`, /^x y/u)).toBe('');
    expect(publicPrefixOf(token, undefined)).toBe('');
  });
});

describe('public prefixes in the catalog', () => {
  const prefixed = catalog.filter((d) => d.publicPrefix !== undefined);

  it('are declared by credential detectors only, never for customer data or passwords', () => {
    expect(prefixed.length).toBeGreaterThan(30);
    for (const d of prefixed) {
      expect(CUSTOMER_DATA_CATEGORIES.has(d.category), d.id).toBe(false);
      expect(d.id, d.id).not.toMatch(/(?<!one)password|connection|url-credentials/u);
    }
  });

  it('match the start of every positive sample, and a preview shows the prefix and nothing after it', () => {
    const engine = createEngine(prefixed);
    for (const d of prefixed) {
      for (const sample of d.samples().positive) {
        const text = `value: ${JSON.stringify(sampleValue(sample))}\n`;
        const finding = engine.scanText(text, { path: 'a.yaml' }).findings.find((f) => f.ruleId === d.id);
        if (!finding) continue;
        const value = text.slice(finding.offset, finding.endOffset);
        const prefix = publicPrefixOf(value, d.publicPrefix);
        expect(finding.preview, d.id).toBe(`${prefix}…(${value.length} chars, #${finding.valueHash.slice(0, 8)})`);
      }
    }
  });
});

describe('keyed hashes', () => {
  const password = `${['Winter', 'Spring', 'Summer', 'Autumn'][2]}2031!`;
  const url = (pw: string): string => `postgres://ledger:${pw}@pg.northbridge-ops.io:5432/ledger`;
  const text = `database:\n  db_password: ${password}\n  url: ${url(password)}\n`;

  /** 10,000 guesses, the real value among them: a season, a year and a mark, and other common shapes. */
  const guesses = (): string[] => {
    const out = new Set<string>();
    const words = ['Winter', 'Spring', 'Summer', 'Autumn', 'Fall', 'Password', 'Welcome', 'Ledger', 'Admin', 'Company'];
    for (const word of words) for (let year = 1900; year < 2100; year++) for (const mark of ['!', '', '#', '?', '@']) out.add(`${word}${year}${mark}`);
    for (let i = 0; out.size < 10_000; i++) out.add(randomString(`guess${i}`, LOWER_NUM, 10));
    return [...out].slice(0, 10_000);
  };

  it('a 10,000-word guess list confirms no value from valueHash, fingerprint or preview without the key, and does with it', () => {
    const key = randomHashKey();
    const engine = createEngine(catalog, { hashKey: key });
    const findings = engine.scanText(text, { path: 'deploy/values.yaml' }).findings;
    expect(findings.length).toBeGreaterThan(0);
    const list = guesses();
    expect(list).toContain(password);
    const outputs = findings.flatMap((f) => [f.valueHash, f.fingerprint, f.preview, f.message]).join('\n');
    const hexRuns = outputs.match(/[0-9a-f]{8,}/gu) ?? [];
    // Without the key: plain SHA-256 of each guess, alone and in the fingerprint's shape, and HMAC under keys an outsider might try.
    const outsider = (guess: string, f: { ruleId: string }): string[] => [
      sha256(guess),
      sha256(`${f.ruleId}\u0000deploy/values.yaml\u0000${guess}`),
      keyedHex('', guess),
      keyedHex('deploy/values.yaml', guess),
      keyedHex('boundary-guard', guess),
    ];
    // The outsider is granted everything but the password: the value may be the password or the URL around it.
    const values = (guess: string): string[] => [guess, url(guess)];
    const confirmed = list.filter((guess) => values(guess).some((v) => findings.some((f) => outsider(v, f).some((h) => hexRuns.some((run) => h.startsWith(run))))));
    expect(confirmed).toEqual([]);
    // With the key the same check does confirm it: the test would see a leak.
    const withKey = list.filter((guess) => values(guess).some((v) => findings.some((f) => f.valueHash === keyedHex(key, v, 16))));
    expect(withKey).toEqual([password]);
  });
});

describe('URL credentials belong to the URL detectors', () => {
  const engine = createEngine(catalog);
  const pw = randomString('url-pw', ALPHA_NUM, 14);
  it.each([
    ['src/db.ts', `const url = "postgres://billing:${pw}@db.northwind-prod.io:5432/ledger";\n`],
    ['deploy/values.yaml', `database:\n  url: mysql://customer:${pw}@db.northwind-prod.io/app\n`],
    ['.env', `DATABASE_URL=mysql://customer:${pw}@db.northwind-prod.io:3306/app\n`],
    ['.env', `BROKER_URL=amqp://tenant:${pw}@mq.northwind-prod.io/vhost\n`],
    ['.env', `SMTP_URL=smtp://owner:${pw}@mail.northwind-prod.io:587\n`],
  ])('%s: the user name is no key and the password no email', (path, text) => {
    const { findings } = engine.scanText(text, { path });
    expect(findings.filter((f) => f.category === 'customer-identifier').map((f) => f.ruleId)).toEqual([]);
    expect(findings.map((f) => f.category)).toContain('connector-credential');
    for (const f of findings) expect(f.preview).not.toContain(pw.slice(0, 6));
  });
});

describe('key paths', () => {
  it('mask a key that is a value found in the text, a key that is no identifier, a generated key and a key under a customers map', () => {
    const token = `ghp_${randomString('kp-token', ALPHA_NUM, 36)}`;
    expect(maskKeyPath(`tokens.${token}.owner`, new Set([token]))).toBe(`tokens.${MASKED_SEGMENT}.owner`);
    expect(maskKeyPath('accounts.jane@northwind-prod.io.email', new Set(['jane@northwind-prod.io']))).toBe(`accounts.${MASKED_SEGMENT}.email`);
    expect(maskKeyPath('billing.Varga Precision Kft.contact', new Set())).toBe(`billing.${MASKED_SEGMENT}.contact`);
    expect(maskKeyPath('customers.varga-precision.email', new Set())).toBe(`customers.${MASKED_SEGMENT}.email`);
    expect(maskKeyPath('tenants_by_customer.northwind.plan', new Set())).toBe(`tenants_by_customer.${MASKED_SEGMENT}.plan`);
    expect(maskKeyPath('hooks.a1b2c3d4e5f6a7b8c9d0.url', new Set())).toBe(`hooks.${MASKED_SEGMENT}.url`);
    expect(maskKeyPath('::warning::pwned.url', new Set())).toBe(`${MASKED_SEGMENT}.url`);
    expect(maskKeyPath('customers[3].email', new Set())).toBe('customers[3].email');
    expect(maskKeyPath('deploy.aws.aws_secret_access_key', new Set())).toBe('deploy.aws.aws_secret_access_key');
  });

  it('are masked in findings: a customer name used as a JSON map key does not reach the key path', () => {
    const engine = createEngine(catalog);
    const email = `ap@${randomString('kp-mail', LOWER_NUM, 9)}-precision.hu`;
    const text = JSON.stringify({ customers: { 'Varga Precision Kft': { billing_email: email } } }, null, 2);
    const [finding] = engine.scanText(text, { path: 'data/customers.json' }).findings;
    expect(finding?.keyPath).toBe(`customers.${MASKED_SEGMENT}.billing_email`);
  });
});
