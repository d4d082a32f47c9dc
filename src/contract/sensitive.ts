/**
 * The contract's own sensitive-key and sensitive-value checks, after CAVRA's
 * list. They are deliberately small and self-contained: the full detection
 * engine is wired in by the library entry point through `scanValue`, because
 * src/contract depends on nothing else in the package.
 */

/**
 * Fragments of key names that never belong in a public payload. A key is
 * sensitive when its lower-cased letters and digits contain one of these, so
 * `api_key`, `apiKey` and `X-Api-Key` all match.
 */
export const SENSITIVE_KEY_FRAGMENTS = Object.freeze([
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'credential',
  'authorization',
  'licensekey',
  'signingkey',
  'webhook',
  'customeremail',
  'billingemail',
  'cardnumber',
  'cvv',
  'iban',
  'routingkey',
  'cookie',
  'sessionid',
  'connectionstring',
] as const);

/** True when `key` names something that must not appear in a public payload. */
export function isSensitiveKey(key: string): boolean {
  const normalized = key.toLowerCase().replace(/[^a-z0-9]/gu, '');
  return SENSITIVE_KEY_FRAGMENTS.some((fragment) => normalized.includes(fragment));
}

/** A value shape that is never public-safe. */
export interface SensitiveValuePattern {
  /** Stable kebab-case id. */
  readonly id: string;
  /** What it looks like, for messages, e.g. "a Slack token". */
  readonly description: string;
  /**
   * ECMAScript regular expression source, valid with the `u` flag and without
   * `i`, so the same text serves the validators and the JSON Schemas.
   * Runs of characters start only where a lookbehind allows, which keeps
   * matching linear on long hostile input.
   */
  readonly source: string;
}

const pattern = (id: string, description: string, source: string): SensitiveValuePattern =>
  Object.freeze({ id, description, source });

// Hosts that RFC 2606/6761 reserve for documentation; emails there are synthetic.
const RESERVED_EMAIL_DOMAIN = String.raw`(?:[A-Za-z0-9-]+\.)*(?:example\.(?:com|net|org)|example|test|invalid|localhost)(?![A-Za-z0-9.-])`;

/** Token-like values that are rejected anywhere in a payload. */
export const SENSITIVE_VALUE_PATTERNS: readonly SensitiveValuePattern[] = Object.freeze([
  pattern('stripe-key', 'a Stripe API key', String.raw`\b[rs]k_(?:live|test)_[0-9A-Za-z]{4,}`),
  pattern('slack-token', 'a Slack token', String.raw`\bxox[abeoprs]-[0-9A-Za-z][0-9A-Za-z-]{5,}`),
  pattern('slack-app-token', 'a Slack app token', String.raw`\bxapp-[0-9]-[0-9A-Za-z-]{6,}`),
  pattern('github-token', 'a GitHub token', String.raw`\bgh[oprsu]_[0-9A-Za-z]{8,}`),
  pattern('github-pat', 'a GitHub fine-grained token', String.raw`\bgithub_pat_[0-9A-Za-z_]{8,}`),
  pattern('gitlab-token', 'a GitLab token', String.raw`\bglpat-[0-9A-Za-z_-]{8,}`),
  pattern('npm-token', 'an npm token', String.raw`\bnpm_[0-9A-Za-z]{36}`),
  pattern('aws-access-key-id', 'an AWS access key id', String.raw`\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b`),
  pattern('google-api-key', 'a Google API key', String.raw`\bAIza[0-9A-Za-z_-]{35}`),
  pattern('pem-block', 'a PEM block (private key or certificate)', String.raw`-----BEGIN`),
  pattern('jwt', 'a JSON Web Token', String.raw`(?<![0-9A-Za-z_-])eyJ[0-9A-Za-z_-]{8,}\.eyJ[0-9A-Za-z_-]{8,}\.`),
  pattern('bearer-token', 'a bearer token', String.raw`\b[Bb]earer\s+[0-9A-Za-z._~+/-]{12,}`),
  pattern(
    'chat-webhook',
    'a chat or incident webhook URL',
    String.raw`hooks\.slack\.com|discord(?:app)?\.com/api/webhooks|webhook\.office\.com|outlook\.office(?:365)?\.com/webhook|chat\.googleapis\.com/v1/spaces`,
  ),
  pattern('url-with-password', 'a URL with a password', String.raw`(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@]+:[^\s/@]+@`),
  pattern(
    'email-address',
    'an email address outside the reserved example domains',
    String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?!${RESERVED_EMAIL_DOMAIN})[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
  ),
]);

const COMPILED = SENSITIVE_VALUE_PATTERNS.map((p) => ({ pattern: p, regex: new RegExp(p.source, 'u') }));

/** The first sensitive-value pattern that `value` matches, if any. */
export function findSensitiveValue(value: string): SensitiveValuePattern | undefined {
  return COMPILED.find(({ regex }) => regex.test(value))?.pattern;
}
