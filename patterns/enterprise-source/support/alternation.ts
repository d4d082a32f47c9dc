/**
 * Regex source for detectors built from settings (package names, paths,
 * product names). Escapes only what needs escaping under the `u` flag: `\-`
 * and `\/` outside a class are errors there.
 */
export function escapeLiteral(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A non-capturing alternation of literals, longest first; `(?!)` (never matches) when empty. */
export function alternation(values: readonly string[]): string {
  const unique = [...new Set(values)].sort((a, b) => b.length - a.length);
  return unique.length > 0 ? `(?:${unique.map(escapeLiteral).join('|')})` : '(?!)';
}
