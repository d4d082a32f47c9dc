/**
 * Placeholder checks shared by the connector-credential detectors, for what
 * the synthetic registry leaves to each detector: runs like `123456` inside a
 * token body, and values that only name a variable.
 */

const RUN_ALPHABETS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz'];

/**
 * True when `value` holds `length` consecutive characters of the digits or the
 * alphabet, ascending or descending (`123456`, `abcdef`, `987654`), ignoring
 * case. A random token body holds one with negligible probability.
 */
export function hasSequentialRun(value: string, length = 6): boolean {
  const lower = value.toLowerCase();
  let up = 1;
  let down = 1;
  for (let i = 1; i < lower.length; i++) {
    const prev = lower.charAt(i - 1);
    const next = lower.charAt(i);
    const alphabet = RUN_ALPHABETS.find((a) => a.includes(prev));
    const step = alphabet && alphabet.includes(next) ? alphabet.indexOf(next) - alphabet.indexOf(prev) : 0;
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= length || down >= length) return true;
  }
  return false;
}

/**
 * True when `value` is a reference to a value rather than one: `$VAR`,
 * `${VAR}`, `{{ var }}`, `{var}`, `%(var)s`, `%s`, `<var>`, `[var]`, `@VAR@`,
 * or ellipses and masks.
 */
export function isReference(value: string): boolean {
  return /^(?:[$%{[<]|@[A-Z_])|\$\{|\{\{|\}\}|%\(|%[sd](?![0-9a-f])|\.\.\.|…|\*{3}|x{4}/iu.test(value);
}
