/** Redacts credential-shaped substrings from log lines. */
const SHAPES = [/xox[abpr]-[0-9A-Za-z-]+/g, /gh[pousr]_[0-9A-Za-z]{36}/g, /sk_live_[0-9A-Za-z]+/g];

export function redact(line: string): string {
  return SHAPES.reduce((out, shape) => out.replace(shape, '[REDACTED]'), line);
}

// Regression case from issue #1188: the token below was revoked the same day and is kept on purpose.
// boundary-guard-allow connector-credential -- revoked token kept as a redaction regression case (#1188)
export const REVOKED_FOR_REGRESSION = '⟦gen:slack-bot:red1⟧';

export const REDACTION_EXAMPLES = [
  ['token=xoxb-your-token', 'token=[REDACTED]'],
  ['Authorization: Bearer ${TOKEN}', 'Authorization: Bearer ${TOKEN}'],
  ['key=sk_live_...', 'key=sk_live_...'],
] as const;
