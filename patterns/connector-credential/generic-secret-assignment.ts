import { defineDetector } from '../../src/engine/define-detector.js';
import nestedSigningSecretKeyValue from '../signing-material/nested-signing-secret-key-value.js';
import { ALPHA_NUM, BASE64, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { detectorReach } from '../../src/engine/regex-extent.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { looksGenerated } from './support/secret-value.js';

const id = 'generic-secret-assignment';

/** The last words of a key that names a credential (keys are normalized to snake_case first). */
const CREDENTIAL_KEY =
  /(?:^|_)(?<stem>(?:api|access|private|secret|app|master|auth|client)_?key|(?<=[a-z0-9]_)key|(?:client|app|consumer|api|oauth)_?secret|secret|(?:access|auth|api|bearer|bot|refresh|personal_access|service|admin|deploy|master|app)_?token|token|password|passwd|pwd)$/u;

/** Words before `token`/`key`/`secret` that name something else than a credential. */
const NOT_A_CREDENTIAL_KEY =
  /(?:^|_)(?:page|next|prev|previous|continuation|cursor|pagination|resume|sync|csrf|xsrf|cancel|cancellation|verification|verify|invite|reset|state|nonce|lexer|parser|start|end|eof|current|last|first|max|min|num|input|output|special|bos|eos|pad|unk|mask|sep|cls|public|publishable|site|recaptcha|captcha|idempotency|request|trace|correlation|checkout|cart|order|format|type|kind|name|header|prefix|placeholder|mock|fake|dummy|test|example|sample)_(?:[a-z]+_)?(?:token|key|secret)$/u;

/**
 * Words before a bare `key` that name something else than a credential: a
 * record's or cache's key, an object's path, a translation, a UI element.
 * A bare `<word>_key` (`weather_key`, `abuseipdbKey`) is a credential only
 * when its value is evidence by itself (see `bareKeyValue`).
 */
const NOT_A_CREDENTIAL_BARE_KEY =
  /(?:^|_)(?:primary|foreign|sort|partition|range|hash|cache|storage|object|s3|blob|bucket|file|i18n|translation|message|label|route|react|unique|dedup|dedupe|lookup|map|index|row|column|field|item|list|group|shard|sharding|routing|redis|memcache|memcached|query|search|public|pub|ssh|gpg|pgp|host|kms|sse|customer|master|meta|metadata|composite|compound|natural|surrogate|config|setting|settings|env|feature|flag|cursor|page|sequence|order|idempotency|event|state|component|element|node|entry|record|table|dict|registry|namespace|prefix|suffix|hotkey|short|keyboard|shortcut|access|default|context|stripe|publishable|site|widget|recaptcha|captcha|license|licence|encryption|signing|verify|verification|deploy|vapid|project|write|read|tracking|analytics|client_side|browser|frontend|embed)_key$/u;

/** A bare `<word>_key` value must look like a vendor's token: 20 or more characters mixing upper case, lower case and digits. */
const bareKeyValue = (value: string): boolean => value.length >= 20 && /[A-Z]/u.test(value) && /[a-z]/u.test(value) && /[0-9]/u.test(value);

/**
 * Keys left to the detectors that read them closer: signing secrets
 * (signing-secret-key-value, its nested twin) and database passwords
 * (database-password-key-value), so that one value makes one finding.
 */
const OWNED_ELSEWHERE =
  /(?:^|_)(?:jwt|jws|hmac)_?(?:signing_?)?(?:secret|key)$|(?:^|_)signing_?(?:secret|key)$|secret_?key_?base$|(?:^|_)(?:session|cookie)_?(?:signing_?)?secret$|(?<!o)auth_?secret$|^secret_key$|(?<!oauth_)token_(?:signing_(?:secret|key)|secret)$|(?:^|_)(?:db|database|datasource|postgres|postgresql|pg|mysql|mariadb|mongo|mongodb|redis|rabbitmq|mssql|clickhouse|cassandra|neo4j|elastic|influxdb)(?:_[a-z]+)?_(?:password|passwd|pwd)$|licen[cs]e/u;

/** nested-signing-secret-key-value's pattern: a `secret` under a `jwt:`, `session:` or `cookie:` block is its finding. */
const NESTED_SIGNING = new RegExp(nestedSigningSecretKeyValue.regex.source, `${nestedSigningSecretKeyValue.regex.flags}gd`);

/** True when the value at `offset` is the secret of a jwt/session/cookie block that nested-signing-secret-key-value reads. */
function ownedByNestedSigning(text: string, offset: number): boolean {
  const start = Math.max(0, offset - (detectorReach(nestedSigningSecretKeyValue) ?? 4096));
  const slice = text.slice(start, offset + 600);
  NESTED_SIGNING.lastIndex = 0;
  for (let m = NESTED_SIGNING.exec(slice); m !== null; m = NESTED_SIGNING.exec(slice)) {
    if (start + (m.indices?.groups?.secret?.[0] ?? -1) === offset) return true;
  }
  return false;
}

/**
 * Calls whose second argument is the value of the key named first: a default
 * for an environment variable (`os.environ.get("X", "…")`, `ENV.fetch("X", "…")`,
 * `env('X', '…')`) or a setting (`define('X', '…')`, `os.Setenv("X", "…")`,
 * `System.setProperty("x", "…")`).
 */
const KEY_VALUE_CALL = /(?:environ\.get|environ\.setdefault|getenv|setenv|putenv|setProperty|(?<![\w.])define|\.fetch|(?<![\w.])env|get_env|env\.get)\([ \t]{0,4}\\?["']$/iu;

/** The words of a phrase that end right before a key (`Cloudflare API ` of `Cloudflare API key: …`), one space apart. */
const PHRASE_WORDS = /(?<![\w$./-])(?:[A-Za-z][\w-]{0,30} ){1,3}$/u;

/** A line that is a comment: unquoted values there are prose or examples of configuration. */
const COMMENT_LINE = /^[ \t]*(?:\/[/*]|[*#;%]|--|<!--|rem[ \t])/iu;

/** `camelCase`, `kebab-case` and `dotted.keys` to snake_case: `clientSecret` -> `client_secret`. */
const normalizeKey = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/gu, '$1_$2')
    .replace(/[^A-Za-z0-9]+/gu, '_')
    .toLowerCase()
    .replace(/^_|_$/gu, '');


/**
 * Nx Cloud read-only access tokens (base64 of `<uuid>|read`) are made to be
 * committed in nx.json: they only read the remote cache.
 */
function nxCloudReadToken(value: string): boolean {
  const decoded = decodeBase64(value)?.toString('latin1') ?? '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\|read$/u.test(decoded);
}

/** True when the YAML document holding `at` is a Bitnami SealedSecret (its kind line within 8 KB before). */
function sealedSecret(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - 8192), at);
  const document = back.slice(back.lastIndexOf('\n---') + 1);
  return /^[ \t]*kind:[ \t]*["']?SealedSecret\b/mu.test(document);
}

const secret = (seed: string, length = 32): string => r(seed, ALPHA_NUM, length);

/**
 * A high-entropy literal assigned to a key that names a credential (api_key,
 * client_secret, access_token, password, …) in code, config, env files and
 * docs, including environment fallbacks (`process.env.X ?? '…'`,
 * `os.environ.get("X", "…")`, `ENV.fetch("X", "…")`). Only the key says
 * what the value is, so the value must be evidence by itself: length,
 * entropy, mixed classes, no name, path, URL, UUID or placeholder. Generic:
 * a vendor detector on the same value wins.
 */
export default defineDetector({
  id,
  name: 'Secret assigned to a credential key',
  category: 'connector-credential',
  severity: 'error',
  description:
    'High-entropy literals assigned to credential keys (api_key, apiKey, client_secret, access_token, auth_token, password, private_key, …) in code, config, .env and docs, and as environment fallbacks (process.env.X ?? "…", os.environ.get("X", "…")).',
  // The value sits in a lookahead: a rejected assignment does not consume the start of the next one
  // (`value: "process.env.API_TOKEN ?? '…'"`).
  regex:
    // A key that is a segment of a path (a translation key in a lock file: `workspace/api_keys/api_key: <hash>`) is no field.
    /(?:(?<![\w$./-])|(?<=[ \t]--))(?<key>[A-Za-z_$][\w$.-]{0,80})\\?["'`]?[ \t]{0,4}(?<op>=>|:=|:-|\?\?|\|\||[:=,>])[ \t]{0,4}(?:[rbu]?(?<quote>\\?["'`]))?(?=(?<secret>[^\s"'`<>\\,;&(){}[\]]{8,256}))/u,
  // A comment on the value's line that calls it fake (`// dummy secret`, `# example`).
  context: [{ pattern: /(?:\/\/|#|\/\*|--)[^\n]{0,80}\b(?:dummy|fake|mock|example|sample|placeholder|not (?:a )?real|test(?:ing)? only)\b/iu, within: 'line', effect: 'forbid' }],
  keywords: [
    ...['token', 'secret', 'password', 'passwd', 'pwd', 'key'].flatMap((stem) => ['"', "'", '`', '\\', '=', ':', ' ', '\t', '|', '?', '>'].map((end) => `${stem}${end}`)),
    ...['api', 'access', 'private', 'secret', 'app', 'master', 'auth', 'client'].flatMap((word) => ['', '_', '-', '.', ' '].map((sep) => `${word}${sep}key`)),
  ],
  // Most hits are words in prose and code; a key ends at the keyword and an assignment follows.
  keywordContext:
    /(?:(?:api|access|private|secret|app|master|auth|client)[ _.-]?key|(?<=[a-z0-9][_.-]?)key|token|secret|passw(?:or)?d|pwd)\\?["'`]?[ \t]{0,4}(?:=>|:=|:-|\?\?|\|\||[:=,>])/iu,
  validate: (value, { groups, syntax, text, offset, match, line, registry }) => {
    const rawKey = groups.key ?? '';
    const start = (offset ?? 0) - match.length;
    // Up to three words before the key, one space apart, qualify it as a phrase does (`Cloudflare API key: …`, `next page token = …`).
    const words = PHRASE_WORDS.exec(text?.slice(Math.max(0, start - 96), start) ?? '')?.[0] ?? '';
    const key = normalizeKey(`${words}${rawKey}`);
    const stem = CREDENTIAL_KEY.exec(key)?.groups?.stem;
    if (stem === undefined || NOT_A_CREDENTIAL_KEY.test(key) || OWNED_ELSEWHERE.test(key)) return false;
    if (stem === 'key' && (NOT_A_CREDENTIAL_BARE_KEY.test(key) || !bareKeyValue(value))) return false;
    if ((stem === 'secret' || key.endsWith('key')) && ownedByNestedSigning(text ?? '', offset ?? 0)) return false;
    const before = text?.slice(Math.max(0, start - 40), start) ?? '';
    const after = text?.slice((offset ?? 0) + value.length, (offset ?? 0) + value.length + 2) ?? '';
    const op = groups.op ?? '';
    // `foo(token, "…")` passes a value along; only an environment lookup's default is an assignment.
    if (op === ',' && !KEY_VALUE_CALL.test(before)) return false;
    // An XML element (`<password>…</password>`, Maven's settings.xml): the key opens it and the value closes it.
    if (op === '>') return before.endsWith('<') && after.startsWith('</') && looksGenerated(value, /^(?:password|passwd|pwd)$/u.test(stem), registry);
    const quote = groups.quote?.slice(-1);
    if (quote !== undefined) {
      // A quoted literal ends at its own closing quote (not `"abc" + rest`, not `"Password must …"`).
      if (after.replace(/^\\/u, '').charAt(0) !== quote) return false;
    } else {
      if (after.length > 0 && !/^[\s,;})#&"'`]/u.test(after)) return false;
      // In code an unquoted value is a variable, except inside a string (`?api_key=…`, `` `TOKEN=…` ``, `--token=…`), a shell default (`${X:-…}`) or a comment.
      const inString = (op === '=' && /["'`?&]$|[ \t]--$/u.test(before)) || op === ':-';
      // A key written as a phrase (words before it) is prose: no identifier holds a space.
      const phrase = words !== '';
      if ((syntax === 'js' || syntax === 'python') && !inString && !phrase && !COMMENT_LINE.test(line)) return false;
    }
    if (!looksGenerated(value, /^(?:password|passwd|pwd)$/u.test(stem), registry) || nxCloudReadToken(value)) return false;
    // A value that spells out its own key (`session-token-cm8z6…` under sessionToken) was typed for a test.
    if (value.toLowerCase().replace(/[^a-z0-9]+/gu, '_').startsWith(`${key.split('_').slice(-2).join('_')}_`)) return false;
    // A SealedSecret's values are ciphertext for the cluster's controller, made to be committed.
    return !sealedSecret(text ?? '', start);
  },
  references: ['https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/', 'https://cwe.mitre.org/data/definitions/798.html'],
  samples: () => ({
    positive: [
      { key: 'api_key', value: secret(`${id}1`) },
      // A vendor's key named only by its product (`<product>_key`, `<product>Key`): a token mixing cases and digits.
      { key: 'WEATHERSTACK_KEY', value: secret(`${id}35`) },
      // A key written as a phrase, in docs and logs.
      `Weatherstack API key: ${secret(`${id}41`)}`,
      `geocodio token = '${secret(`${id}42`)}'`,
      { key: 'clientSecret', value: r(`${id}2`, BASE64, 40) },
      { key: 'ACCESS_TOKEN', value: r(`${id}3`, HEX, 40) },
      { key: 'password', value: `${r(`${id}4`, ALPHA_NUM, 8)}#${r(`${id}5`, ALPHA_NUM, 7)}` },
      { key: 'x-api-key', value: secret(`${id}6`, 40) },
      `process.env.PAYMENTS_API_TOKEN ?? '${secret(`${id}7`)}'`,
      `process.env.SEARCH_API_KEY || "${secret(`${id}8`, 24)}"`,
      `os.environ.get("LEDGER_CLIENT_SECRET", "${secret(`${id}9`)}")`,
      `os.getenv('MAPS_API_KEY', '${secret(`${id}10`, 39)}')`,
      `ENV.fetch("SHIPPING_AUTH_TOKEN", "${secret(`${id}11`)}")`,
      `define('MAILER_API_KEY', '${secret(`${id}20`)}');`,
      `LIVE_SERVER_SECRET_KEY: \${LIVE_SERVER_SECRET_KEY:-${secret(`${id}34`)}}`,
      `ledger-cli export --api-key=${secret(`${id}21`)} --since 2026-01-01`,
      `<server>\n  <id>releases</id>\n  <username>deploy</username>\n  <password>${secret(`${id}22`, 24)}</password>\n</server>`,
    ],
    negative: [
      `workspace/api_keys/api_key: ${r(`${id}lock`, HEX, 32)}`,
      // A bare key holding a digest, an id or a record's key is no credential.
      { key: 'weatherstack_key', value: r(`${id}37`, HEX, 32) },
      { key: 'cacheKey', value: secret(`${id}38`) },
      { key: 'primary_key', value: secret(`${id}39`) },
      { key: 'key', value: secret(`${id}40`) },
      `the next page token: ${r(`${id}43`, BASE64, 40)}`,
      { key: 'TOKEN_TYPE', value: 'access_token' },
      { key: 'access_token', value: 'ACCESS_TOKEN' },
      { key: 'password', value: 'password123' },
      { key: 'password', value: 'P@ssw0rd2024!' },
      { key: 'api_key', value: 'process.env.API_KEY' },
      { key: 'api_key', value: '${API_KEY}' },
      { key: 'apiKey', value: '<your-api-key>' },
      { key: 'token', value: '3f2b8c1e-9a4d-4e7f-b6c2-1d5e8f9a0b3c' },
      { key: 'client_secret', value: 'auth.errors.client_secret_required' },
      { key: 'secret', value: 'config/secrets/production.json' },
      { key: 'secret', value: '~/.ssh/id_ed25519' },
      { key: 'token', value: 'https://auth.northbridge.io/oauth/token' },
      { key: 'nextPageToken', value: r(`${id}12`, BASE64, 40) },
      { key: 'csrf_token', value: secret(`${id}13`) },
      { key: 'publishable_key', value: `pk_live_${secret(`${id}14`, 24)}` },
      { key: 'api_key', value: 'abcdefghijklmnopqrstuvwxyz012345' },
      { key: 'secret', value: Buffer.from('this is not a secret at all').toString('base64') },
      { key: 'token', value: 'v2.4.17-beta.3' },
      { key: 'api_key', value: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
      { key: 'auth_token', value: `sk_test_${secret(`${id}15`, 24)}` },
      { key: 'secret_key_id', value: secret(`${id}16`) },
      { key: 'password_hint', value: secret(`${id}17`) },
      `sign(token, "${secret(`${id}18`)}")`,
      { key: 'sessionToken', value: `session-token-${r(`${id}33`, LOWER_NUM, 25)}` },
      `const token = "${LOWER_NUM.slice(0, 4)}" + suffix;`,
      'password: "Password must be at least 12 characters"',
      '<password>${env.MAVEN_PASSWORD}</password>',
      `<token>${secret(`${id}23`)}`,
      `token = getToken("${secret(`${id}19`)}")`,
      { key: 'apiKey', value: 'bedrock-api-key-1234' },
      // Left to the signing-secret detectors.
      { key: 'NEXTAUTH_SECRET', value: secret(`${id}31`, 44) },
      `jwt:\n  secret: ${secret(`${id}32`, 48)}\n  expiration: 86400`,
      { key: 'token', value: 'oauth:user_1:client_1' },
      { key: 'password', value: 'ScopedManager123!' },
      { key: 'secret', value: 'a1B2c3D4e5F6g7H8i9J0-_K1L2M3N4O5P6' },
      { key: 'checkout_token', value: r(`${id}24`, HEX, 33) },
      { key: 'nxCloudAccessToken', value: Buffer.from(`${r(`${id}25`, HEX, 8)}-${r(`${id}26`, HEX, 4)}-4${r(`${id}27`, HEX, 3)}-8${r(`${id}28`, HEX, 3)}-${r(`${id}29`, HEX, 12)}|read`).toString('base64') },
      `secret: "whsec_${r(`${id}30`, HEX, 32)}", // dummy secret`,
      'const url = "http://localhost/api/test?apikey=123&token=abc123&safeParam=value";',
    ],
  }),
});
