import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { BASE64, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'sentry-auth-token';

/** Org tokens: `sntrys_` + base64 JSON naming the org and region + `_` + 32 random bytes (base64, unpadded). */
function orgTokenValid(secret: string): boolean {
  const [, payload = '', key = ''] = secret.split('_');
  if (decodeBase64(key)?.length !== 32) return false;
  try {
    const value: unknown = JSON.parse(decodeBase64(payload)?.toString('utf8') ?? '');
    return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).org === 'string';
  } catch {
    return false;
  }
}

const orgToken = (seed: string): string => {
  const org = `northbridge-${r(`${seed}o`, LOWER_NUM, 5)}`;
  const payload = Buffer.from(JSON.stringify({ iat: 1718000000.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org })).toString('base64');
  return `sntrys_${payload}_${r(`${seed}k`, BASE64, 43)}`;
};

export default defineDetector({
  id,
  name: 'Sentry auth token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Sentry organisation auth tokens (sntrys_ + base64 JSON + key, decoded offline), user auth tokens (sntryu_ + 64 hex) and legacy 64-hex tokens under a SENTRY_AUTH_TOKEN key.',
  regex:
    /(?:(?<![\w-])(?=sntry[su]_)|(?<![A-Za-z0-9])(?:SENTRY|[Ss]entry)[_.-]?(?:AUTH|[Aa]uth)[_.-]?(?:TOKEN|[Tt]oken)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>sntrys_eyJ[A-Za-z0-9+/]{40,400}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64}|[a-f0-9]{64})(?![\w+/=-])/u,
  keywords: ['sntrys_', 'sntryu_', 'sentry_auth', 'sentry-auth', 'sentry.auth', 'sentryauth'],
  publicPrefix: /^sntry[su]_/u,
  entropy: 3.5,
  validate: (secret) => (secret.startsWith('sntrys_') ? orgTokenValid(secret) : !hasSequentialRun(secret, 5)),
  references: ['https://docs.sentry.io/account/auth-tokens/'],
  samples: () => ({
    positive: [orgToken(`${id}1`), `sntryu_${r(`${id}2`, HEX, 64)}`, { key: 'SENTRY_AUTH_TOKEN', value: r(`${id}3`, HEX, 64) }],
    negative: [
      'sntrys_<your-org-auth-token>',
      `sntryu_${'0'.repeat(64)}`,
      // Base64 that is not the token JSON.
      `sntrys_eyJ${r(`${id}4`, BASE64, 60)}_${r(`${id}5`, BASE64, 43)}`,
      { key: 'SENTRY_AUTH_TOKEN', value: '${SENTRY_AUTH_TOKEN}' },
      // 64 hex digits under an unrelated key (a SHA-256 digest).
      { key: 'sha256', value: r(`${id}6`, HEX, 64) },
    ],
  }),
});
