import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import type { RegistryLookup } from '../../src/engine/types.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { ALPHA_NUM, BASE64URL, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun, isReference } from './support/placeholders.js';
import { isDocumentationIp } from '../../src/engine/synthetic.js';
import { isDescriptive, placeholderPassword } from './support/secret-value.js';

const id = 'generic-http-credentials';

/** A token after Bearer/Token: long, random enough, and no placeholder. */
function tokenLooksReal(token: string, registry: RegistryLookup | undefined): boolean {
  if (token.length < 16 || isReference(token) || hasSequentialRun(token)) return false;
  // Words typed as a token (`fbk_validBearerKey123`), or as a JWT's parts (`eyJ….payload.signature`).
  if (isDescriptive(token) || token.split('.').slice(1).some((part) => part.length > 0 && isDescriptive(part))) return false;
  if (!/[0-9]/u.test(token) || !/[A-Za-z]/u.test(token)) return false;
  return shannonEntropy(token) >= 3.3 && !placeholderPassword(token, registry);
}

/** `user:password` with a password that is not a placeholder or default; `user:` alone is a token used as the user (Stripe, Mailgun). */
function userPasswordLooksReal(pair: string, registry: RegistryLookup | undefined): boolean {
  const colon = pair.indexOf(':');
  if (colon < 0 || !/^[\x20-\x7e]+$/u.test(pair)) return false;
  const user = pair.slice(0, colon);
  const password = pair.slice(colon + 1);
  if (isReference(user) || isReference(password)) return false;
  if (password.length === 0) return tokenLooksReal(user, registry);
  return password.length >= 8 && !placeholderPassword(password, registry) && registry?.match(password) === undefined && !isDescriptive(password) && shannonEntropy(password) >= 2.8;
}

/** A request to a documentation or local host (`https://api.example.com`, `localhost:9200`) shows how to call, with stand-in credentials. */
function standInTarget(line: string, registry: RegistryLookup | undefined): boolean {
  const host = /https?:\/\/(?:[^\s/@"'`]{0,200}@)?(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9.-]{1,253})/u.exec(line)?.groups?.host;
  if (host === undefined) return false;
  const lower = host.toLowerCase().replace(/^\[|\]$/gu, '');
  return isDocumentationIp(lower) || (registry?.isReservedHost(lower) ?? false);
}

const basic = (user: string, password: string): string => Buffer.from(`${user}:${password}`).toString('base64');

/**
 * Credentials in HTTP requests written out in scripts, docs and `.http`
 * files: `curl -u user:password`, `--user user:password`, and
 * `Authorization: Basic …` (decoded: a user and a real password),
 * `Authorization: Bearer …` or `Token …` headers with a literal token.
 * Generic: a vendor or JWT detector on the same token wins.
 */
export default defineDetector({
  id,
  name: 'Credentials in an HTTP request',
  category: 'connector-credential',
  severity: 'error',
  description:
    'Literal credentials in HTTP requests in scripts, docs and .http files: curl -u/--user user:password, and Authorization: Basic (decoded to user:password), Bearer or Token headers.',
  regex:
    /(?:authorization\\?["'`]?\]?[ \t]{0,4}[:=][ \t]{0,4}(?:\\?["'`][ \t]{0,4})?(?<scheme>basic|bearer|token)[ \t]{1,4}(?:token=)?|(?<![\w-])(?:-u|--user)(?:[ \t]{1,4}|=)(?:\\?["'])?)(?<secret>[A-Z0-9+/=._~!#%&*?@^|-][A-Z0-9+/=._~!#%&*?@^|:-]{7,1000})/iu,
  keywords: ['authorization', '-u ', '-u"', "-u'", '--user'],
  // `-u` is everywhere (`sort -u`, `git push -u`): a hit opens a window only where a user:password pair follows.
  keywordContext: /authorization|-u[ \t"']{1,5}[^\s:"']{0,128}:|--user[ \t=]/iu,
  validate: (secret, { groups, line, registry }) => {
    if (standInTarget(line, registry)) return false;
    const scheme = groups.scheme?.toLowerCase();
    if (scheme === undefined) return /curl|wget|https?:\/\//iu.test(line) && userPasswordLooksReal(secret, registry);
    if (scheme === 'basic') {
      const decoded = decodeBase64(secret)?.toString('latin1') ?? '';
      return /^[A-Za-z0-9+/]+={0,2}$/u.test(secret) && userPasswordLooksReal(decoded, registry);
    }
    return tokenLooksReal(secret, registry);
  },
  references: ['https://www.rfc-editor.org/rfc/rfc7617', 'https://www.rfc-editor.org/rfc/rfc6750#section-2.1', 'https://curl.se/docs/manpage.html#-u'],
  samples: () => ({
    positive: [
      `curl -u deploy:${r(`${id}1`, ALPHA_NUM, 20)} https://artifacts.northbridge.io/api/upload`,
      `curl --user "svc-export:${r(`${id}2`, ALPHA_NUM, 18)}" -X POST https://ledger.northbridge.io/v1/export`,
      `curl -H "Authorization: Basic ${basic('ci-bot', r(`${id}3`, ALPHA_NUM, 22))}" https://registry.northbridge.io/v2/`,
      `Authorization: Bearer ${r(`${id}4`, BASE64URL, 48)}`,
      `headers: { Authorization: 'Token ${r(`${id}5`, HEX, 40)}' }`,
      `curl -u ${r(`${id}6`, ALPHA_NUM, 32)}: https://api.northbridge.io/v1/charges`,
    ],
    negative: [
      'curl -u admin:admin http://localhost:9200/_cat/indices',
      'curl -u elastic:changeme https://es.northbridge.io:9200',
      'curl -u "$USER:$API_TOKEN" https://api.northbridge.io/v1/me',
      `curl -u deploy:${r(`${id}7`, ALPHA_NUM, 20)} https://api.example.com/upload`,
      `curl -H "Authorization: Basic ${basic('username', 'password')}" https://registry.northbridge.io/v2/`,
      'Authorization: Bearer <token>',
      'Authorization: Bearer ${ACCESS_TOKEN}',
      "headers: { Authorization: 'Bearer ' + token }",
      'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
      'git push -u origin main',
      'sort -u names.txt | uniq -c',
      'authorization: "Bearer eyJhbGciOiJFZERTQSJ9.payload.signature"',
      'headers: { authorization: "Bearer fbk_validBearerKey123" }',
      `Authorization: Basic ${Buffer.from(r(`${id}8`, ALPHA_NUM, 30)).toString('base64')}`,
    ],
  }),
});
