import { describe, expect, it } from 'vitest';
import { BOUNDARY_CATEGORY_IDS } from '../../src/contract/categories.js';
import { expandTemplate, loadCorpus } from './expand.js';
import { crc32, generate, ibanRemainder, luhnOk, toBase62 } from './generators.js';

const corpus = loadCorpus();
const labels = corpus.flatMap((file) => file.labels.map((label) => ({ ...label, path: file.path })));
const required = labels.filter((label) => !label.optional);

describe('corpus templates', () => {
  it('has enough files, syntaxes and labels', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    expect(required.length).toBeGreaterThanOrEqual(150);
    const extensions = new Set(corpus.map((file) => /\.([a-z0-9]+)$/u.exec(file.path)?.[1] ?? file.path));
    for (const ext of ['ts', 'js', 'json', 'yaml', 'yml', 'md', 'sh', 'py', 'toml', 'log', 'txt']) expect(extensions).toContain(ext);
    expect(corpus.some((file) => file.path.split('/').pop()?.startsWith('.env'))).toBe(true);
  });

  it.each(BOUNDARY_CATEGORY_IDS)('labels at least six %s positives', (category) => {
    expect(required.filter((label) => label.category === category).length).toBeGreaterThanOrEqual(6);
  });

  it('leaves no macro or label behind and keeps labels on real lines', () => {
    for (const file of corpus) {
      expect(file.text, file.path).not.toMatch(/[⟦⟧]/u);
      const lineCount = file.text.split('\n').length;
      for (const label of file.labels) expect(label.endLine, `${file.path}:${label.line}`).toBeLessThanOrEqual(lineCount);
    }
  });

  it('is deterministic', () => {
    const again = loadCorpus();
    expect(again.map((file) => file.text)).toEqual(corpus.map((file) => file.text));
  });
});

describe('expandTemplate', () => {
  it('strips labels with the white space before them and keeps line numbers', () => {
    const { text, labels: found } = expandTemplate('a: 1\nb: ⟦gen:hex:t1:8⟧ ⟦expect:connector-credential⟧⟦maybe:dashboard-url⟧\nc: 3 ⟦expect:support-ticket:+2⟧\nd\ne\n');
    expect(text).toMatch(/^a: 1\nb: [0-9a-f]{8}\nc: 3\nd\ne\n$/u);
    expect(found).toEqual([
      { line: 2, endLine: 2, category: 'connector-credential', optional: false },
      { line: 2, endLine: 2, category: 'dashboard-url', optional: true },
      { line: 3, endLine: 5, category: 'support-ticket', optional: false },
    ]);
  });

  it('continues a multi-line value with the line indentation and counts its lines', () => {
    const { text, labels: found } = expandTemplate('key: |\n    ⟦gen:pem-body:t2:ec⟧\nnext: 1 ⟦expect:license-key⟧\n');
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.slice(1, -2).every((line) => line.startsWith('    '))).toBe(true);
    expect(found[0]?.line).toBe(lines.indexOf('next: 1') + 1);
  });

  it('rejects unknown generators, categories and malformed markers', () => {
    expect(() => expandTemplate('⟦gen:nope:s⟧')).toThrow(/unknown corpus generator/u);
    expect(() => expandTemplate('x ⟦expect:secrets⟧')).toThrow(/unknown category/u);
    expect(() => expandTemplate('x ⟦gen:hex⟧')).toThrow(/malformed/u);
  });
});

describe('generators', () => {
  it('are seeded', () => {
    expect(generate('slack-bot', 'a')).toBe(generate('slack-bot', 'a'));
    expect(generate('slack-bot', 'a')).not.toBe(generate('slack-bot', 'b'));
  });

  it('check CRC-32 against the standard check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(toBase62(61, 2)).toBe('0z');
  });

  it('build GitHub classic tokens with a valid checksum, and invalid ones on request', () => {
    for (const seed of ['g1', 'g2', 'g3']) {
      const token = generate('github-classic', seed);
      expect(token).toMatch(/^ghp_[A-Za-z0-9]{36}$/u);
      expect(toBase62(crc32(token.slice(4, 34)), 6)).toBe(token.slice(34));
      const bad = generate('github-classic-badcrc', seed);
      expect(toBase62(crc32(bad.slice(4, 34)), 6)).not.toBe(bad.slice(34));
    }
    expect(generate('npm-token', 'n1')).toMatch(/^npm_[A-Za-z0-9]{36}$/u);
  });

  it('build Luhn-valid cards and Luhn-invalid near misses', () => {
    for (const brand of ['visa', 'mastercard', 'amex', 'discover']) {
      for (const seed of ['c1', 'c2', 'c3', 'c4']) {
        expect(luhnOk(generate('card', seed, [brand])), brand).toBe(true);
        expect(luhnOk(generate('card-badluhn', seed, [brand])), brand).toBe(false);
      }
    }
    expect(luhnOk('4242424242424242')).toBe(true);
    expect(generate('card', 'c5', ['visa', 'spaced'])).toMatch(/^4\d{3}( \d{4}){3}$/u);
  });

  it('build mod-97-valid IBANs and invalid near misses', () => {
    expect(ibanRemainder('DE89370400440532013000')).toBe(1);
    for (const country of ['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT', 'IE', 'CH']) {
      for (const seed of ['i1', 'i2', 'i3']) {
        expect(ibanRemainder(generate('iban', seed, [country])), country).toBe(1);
        expect(ibanRemainder(generate('iban-bad', seed, [country])), country).not.toBe(1);
      }
    }
  });

  it('build key bodies that decode to the right structures', () => {
    const der = Buffer.from(generate('pem-body', 'k1', ['rsa']).replace(/\n/gu, ''), 'base64');
    expect(der[0]).toBe(0x30);
    expect(der.subarray(0, 2).toString('hex')).toBe('3082');
    const ssh = Buffer.from(generate('pem-body', 'k2', ['openssh']).replace(/\n/gu, ''), 'base64');
    expect(ssh.subarray(0, 15).toString('latin1')).toBe('openssh-key-v1\0');
    expect(Buffer.from(generate('pem-b64', 'k5', ['ec']), 'base64').toString('latin1')).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END EC PRIVATE KEY-----\n$/u);
    expect(Buffer.from(generate('docker-auth', 'k6'), 'base64').toString('latin1')).toMatch(/^ci-pusher:[A-Za-z0-9]{24}$/u);
    expect(generate('minisign-secret', 'k3')).toMatch(/^RWRTY0Iy[A-Za-z0-9+/]{203}=$/u);
    const jwt = generate('licence-jwt', 'k4').split('.');
    expect(jwt).toHaveLength(3);
    expect(JSON.parse(Buffer.from(jwt[1] ?? '', 'base64url').toString('utf8'))).toHaveProperty('edition', 'enterprise');
  });
});
