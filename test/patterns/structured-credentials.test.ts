import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { ALPHA_NUM, BASE64URL, LOWER_NUM, base64UrlJson, randomString as r } from '../../patterns/support/sample-builder.js';
import { createEngine } from '../../src/engine/index.js';

/**
 * Tokens found by their structure (JWTs, authorization headers, credential
 * files, Kubernetes secrets) in the files that hold them, with the whole
 * catalog: one finding per token, and quiet on the shapes real code uses.
 * Values are assembled at run time: no realistic secret sits in this file.
 */
const engine = createEngine(catalog);
const ruleIds = (text: string, path: string): string[] => engine.scanText(text, { path }).findings.map((f) => f.ruleId);

const jwt = (seed: string, payload: Record<string, unknown>, alg = 'HS256', signatureLength = 43): string =>
  `${base64UrlJson({ alg, typ: 'JWT' })}.${base64UrlJson(payload)}.${r(`${seed}s`, BASE64URL, signatureLength)}`;

describe('JSON Web Tokens', () => {
  it('reports a licence token once, as a licence token', () => {
    const token = jwt('j1', { sub: `cus_${r('j2', LOWER_NUM, 14)}`, license: { edition: 'enterprise', seats: 250 }, exp: 1798761600 }, 'RS256', 342);
    expect(ruleIds(`LICENSE_TOKEN=${token}\n`, '.env')).toEqual(['signed-license-token']);
  });

  it('reports a bearer token in a script once, as a JWT', () => {
    const token = jwt('j3', { sub: r('j4', LOWER_NUM, 16), scope: 'ledger:write', exp: 1798761600 });
    expect(ruleIds(`curl -H "Authorization: Bearer ${token}" https://api.northbridge.io/v1/ledger\n`, 'scripts/sync.sh')).toEqual(['jwt-token']);
  });

  it('stays quiet on a Metabase embed link (the dashboard detector reports it)', () => {
    const token = jwt('j5', { resource: { dashboard: 12 }, params: {}, exp: 1798761600 });
    expect(ruleIds(`[dashboard](https://metabase.northbridge.io/embed/dashboard/${token}#bordered=true)\n`, 'docs/a.md')).not.toContain('jwt-token');
  });

  it.each([
    ['an OIDC spec example', jwt('q1', { iss: 'https://server.example.com', sub: '248289761001', aud: 's6BhdRkqt3', exp: 1311281970 }, 'RS256', 342)],
    ['a token for a placeholder user', jwt('q2', { sub: '{{user_id}}', exp: 1798761600 })],
    ['a truncated token', `${base64UrlJson({ alg: 'HS256' })}.${base64UrlJson({ sub: r('q3', ALPHA_NUM, 10) })}.abc`],
  ])('stays quiet on %s', (_name, token) => {
    expect(ruleIds(`const token = '${token}';\n`, 'src/auth.test.ts')).toEqual([]);
  });
});
