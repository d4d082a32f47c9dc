/**
 * Recognises credential shapes in user input so the console can refuse to
 * store them in plain text. Shapes follow the vendors' public docs.
 */
export const TOKEN_SHAPES: ReadonlyArray<{ vendor: string; pattern: RegExp; docs: string }> = [
  { vendor: 'slack', pattern: /\bxox[baprs]-[0-9A-Za-z-]{10,250}\b/, docs: 'https://api.slack.com/authentication/token-types' },
  { vendor: 'github', pattern: /\bgh[pousr]_[A-Za-z0-9]{36}\b/, docs: 'https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/' },
  { vendor: 'github-fine-grained', pattern: /\bgithub_pat_[A-Za-z0-9_]{82}\b/, docs: 'https://docs.github.com/en/authentication' },
  { vendor: 'gitlab', pattern: /\bglpat-[A-Za-z0-9_-]{20}\b/, docs: 'https://docs.gitlab.com/ee/security/token_overview.html' },
  { vendor: 'stripe', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,99}\b/, docs: 'https://docs.stripe.com/keys' },
  { vendor: 'aws', pattern: /\b(?:AKIA|ASIA)[A-Z2-7]{16}\b/, docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html' },
  { vendor: 'sendgrid', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/, docs: 'https://www.twilio.com/docs/sendgrid' },
  { vendor: 'npm', pattern: /\bnpm_[A-Za-z0-9]{36}\b/, docs: 'https://docs.npmjs.com/about-access-tokens' },
  { vendor: 'grafana', pattern: /\bglsa_[A-Za-z0-9]{32}_[a-f0-9]{8}\b/, docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/' },
  { vendor: 'new-relic', pattern: /\bNRAK-[A-Z0-9]{27}\b/, docs: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/' },
  { vendor: 'atlassian', pattern: /\bATATT3[A-Za-z0-9_=-]{186}\b/, docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/' },
];

const PREFIXES = ['xoxb-', 'xoxp-', 'xapp-', 'ghp_', 'gho_', 'github_pat_', 'glpat-', 'sk_live_', 'rk_live_', 'AKIA', 'SG.', 'npm_', 'glsa_', 'NRAK-', 'AIza'];

/** True when `value` starts like a known credential. */
export function looksLikeCredential(value: string): boolean {
  return PREFIXES.some((prefix) => value.startsWith(prefix)) || TOKEN_SHAPES.some(({ pattern }) => pattern.test(value));
}

export function describeShape(value: string): string {
  if (value.startsWith('-----BEGIN') && value.includes('PRIVATE KEY-----')) return 'PEM private key';
  if (value.startsWith('ssh-ed25519 ') || value.startsWith('ssh-rsa ')) return 'SSH public key';
  if (value.startsWith('https://hooks.slack.com/')) return 'Slack incoming webhook';
  if (/^postgres(?:ql)?:\/\/[^:]+:[^@]+@/.test(value)) return 'database URL with password';
  return 'unknown';
}
