import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, ConfigError, parseConfigText } from '../../src/scanner/config.js';
import { checkSchema, formatSchemaPath } from '../../src/scanner/json-schema.js';
import { repoRoot } from './support.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(CONFIG_SCHEMA as object);

const VALID: unknown[] = [
  {},
  { $schema: './schema.json', include: ['src/**'], exclude: [{ pattern: 'dist', reason: 'build output' }, { pattern: 'test/fixtures/**', reason: 'synthetic data' }] },
  { categories: { 'license-key': 'off', 'dashboard-url': 'warning' }, detectors: { 'slack-webhook-url': 'error' } },
  { synthetic: { markers: ['-fixture'], hosts: ['corp.example'] }, internalDomains: ['corp.internal'], privatePackages: ['@acme-private'] },
  { privatePaths: ['enterprise/'], productNames: ['acme'], maxFileSize: 1 },
  {
    suppressions: [
      { rule: 'customer-identifier', files: 'docs/**', keyPath: 'examples.*.tenant_id', valueHash: '0123456789abcdef', reason: 'docs', expires: '2030-01-01' },
      { rule: 'slack-webhook-url', files: ['a', 'b'], reason: 'two files' },
    ],
  },
];

const INVALID: [unknown, string][] = [
  [[], '(root): must be an object, not an array'],
  [{ unknown: true }, 'unknown: is not a known key'],
  [{ include: 'src' }, 'include: must be an array, not a string'],
  [{ exclude: [{ pattern: 'x' }] }, 'exclude[0].reason: is required'],
  [{ exclude: [3] }, 'exclude[0]: must be an object, not a number'],
  [{ exclude: ['dist'] }, 'exclude[0]: must be an object, not a string'],
  [{ exclude: [{ pattern: 'dist', reason: '   ' }] }, 'exclude[0].reason: must match'],
  [{ suppressions: [{ rule: '*', reason: 'all of it' }] }, 'suppressions[0].rule: must match'],
  [{ suppressions: [{ rule: 'slack-webhook-url', reason: '   ' }] }, 'suppressions[0].reason: must match'],
  [{ categories: { 'not-a-category': 'off' } }, 'categories.not-a-category: is not a known key'],
  [{ categories: { 'license-key': 'loud' } }, 'categories.license-key: must be one of "off", "error", "warning"'],
  [{ detectors: { Bad_Id: 'off' } }, 'detectors.Bad_Id: is not a known key'],
  [{ synthetic: { markers: [''] } }, 'synthetic.markers[0]: must not be empty'],
  [{ suppressions: [{ rule: 'slack-webhook-url', reason: 'ok', extra: 1 }] }, 'suppressions[0].extra: is not a known key'],
  [{ suppressions: [{ rule: 'slack-webhook-url', reason: 'x' }] }, 'suppressions[0].reason: must be at least 3 characters long'],
  [{ suppressions: [{ rule: 'slack-webhook-url', reason: 'ok!', valueHash: 'ABC' }] }, 'suppressions[0].valueHash: must match ^[0-9a-f]{16}$'],
  [{ suppressions: [{ rule: 'slack-webhook-url', reason: 'ok!', files: [] }] }, 'suppressions[0].files: must have at least 1 item(s)'],
  [{ suppressions: [{ rule: 'slack-webhook-url', reason: 'ok!', expires: 'soon' }] }, 'suppressions[0].expires: must match'],
  [{ maxFileSize: 0 }, 'maxFileSize: must be at least 1'],
  [{ maxFileSize: 1.5 }, 'maxFileSize: must be an integer, not a number'],
];

describe('config schema', () => {
  it('is a valid 2020-12 schema (ajv strict mode) and is the file shipped in schemas/', () => {
    expect(validate.errors ?? null).toBeNull();
    const shipped: unknown = JSON.parse(readFileSync(join(repoRoot, 'schemas/boundary-guard.config.schema.json'), 'utf8'));
    expect(shipped).toEqual(CONFIG_SCHEMA);
  });

  it.each(VALID.map((config) => [JSON.stringify(config), config]))('accepts %s (and ajv agrees)', (_, config) => {
    expect(checkSchema(CONFIG_SCHEMA, config)).toEqual([]);
    expect(validate(config)).toBe(true);
  });

  it.each(INVALID.map(([config, message]) => [JSON.stringify(config), config, message] as const))('rejects %s (and ajv agrees)', (_, config, message) => {
    const problems = checkSchema(CONFIG_SCHEMA, config).map((p) => `${formatSchemaPath(p.path)}: ${p.message}`);
    expect(problems.join('\n')).toContain(message);
    expect(validate(config)).toBe(false);
  });

  it('checks what the schema cannot: detector ids, suppression rules and real dates', () => {
    const parse = (config: unknown): unknown => parseConfigText(JSON.stringify(config), 'cfg.json');
    expect(() => parse({ detectors: { 'no-such-detector': 'off' } })).toThrow(ConfigError);
    expect(() => parse({ suppressions: [{ rule: 'escalation', reason: 'abc' }] })).toThrow(/suppressions\[0\]\.rule: neither a detector id nor a category \(did you mean "escalation-webhook"/u);
    expect(() => parse({ suppressions: [{ rule: 'slack-webhook-url', reason: 'abc', expires: '2025-02-30' }] })).toThrow(/suppressions\[0\]\.expires: not a date/u);
    expect(parse({ suppressions: [{ rule: 'billing-record', reason: 'abc', expires: '2024-02-29' }] })).toBeTruthy();
  });

  it('never quotes the file in its messages: not the text around a syntax error, not a key or a value it rejects', () => {
    const secret = `pw-${'Zq7'.repeat(4)}-${Date.now().toString(36)}`;
    const message = (text: string): string => {
      try {
        parseConfigText(text, 'cfg.json');
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    };
    const cases = [
      `{"exclude": [${secret}]}`,
      `${secret}\n`,
      `{"detectors": {"${secret}": "off"}}`,
      `{"categories": {"${secret}": "off"}}`,
      `{"${secret}": true}`,
      `{"suppressions": [{"rule": "${secret}", "reason": "abc"}]}`,
      `{"suppressions": [{"rule": "slack-webhook-url", "reason": "abc", "expires": "${secret}"}]}`,
      `{"hashKey": "${secret.slice(0, 8)}"}`,
    ];
    for (const text of cases) {
      const shown = message(text);
      expect(shown, text).toMatch(/^cfg\.json: /u);
      for (let i = 0; i + 6 <= secret.length; i++) expect(shown, text).not.toContain(secret.slice(i, i + 6));
    }
    expect(message(`{"exclude": [${secret}]}`)).toMatch(/not valid JSON \(a syntax error/u);
  });

  it('takes a hashKey of 16 to 1024 printable characters', () => {
    expect(parseConfigText(JSON.stringify({ hashKey: 'k'.repeat(16) }), 'cfg.json')).toEqual({ hashKey: 'k'.repeat(16) });
    for (const bad of ['short', ' '.repeat(20), `${'k'.repeat(16)}\n`]) expect(() => parseConfigText(JSON.stringify({ hashKey: bad }), 'cfg.json')).toThrow(/hashKey: must match/u);
  });

  it("validates the repository's own config", () => {
    for (const file of ['boundary-guard.config.json']) {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      expect(() => parseConfigText(text, file)).not.toThrow();
    }
  });
});
