/** A module specifier that names private code, and which configured entry it matched. */
export interface PrivateSourceMatch {
  readonly kind: 'package' | 'path';
  readonly entry: string;
}

/** Matches module specifiers against private package scopes/names and private path fragments. */
export type PrivateSourceMatcher = (source: string) => PrivateSourceMatch | undefined;

/**
 * `@scope` matches every package of the scope; `name*` is a prefix; any other
 * name matches itself, its subpaths and its `name-…` siblings
 * (`@cavra/saas` covers `@cavra/saas-billing`).
 */
function packageMatches(entry: string, source: string): boolean {
  if (entry.endsWith('*')) return source.startsWith(entry.slice(0, -1));
  if (entry.startsWith('@') && !entry.includes('/')) return source.startsWith(`${entry}/`);
  return source === entry || source.startsWith(`${entry}/`) || source.startsWith(`${entry}-`);
}

/** Relative, absolute and aliased specifiers (`./`, `../`, `/`, `~/`, `@/`, `#`) are paths. */
const isPathLike = (source: string): boolean => /^(?:\.{1,2}(?:\/|$)|\/|~\/|@\/|#)/u.test(source);

function normalizeFragment(fragment: string): string {
  const trimmed = fragment.replace(/\\/gu, '/').replace(/^(?:\.\/|\/)+/u, '');
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/**
 * Builds a matcher; `allow` entries (exact, or prefix with a trailing `*`)
 * win over everything else.
 */
export function createPrivateSourceMatcher(
  packages: readonly string[],
  paths: readonly string[],
  allow: readonly string[] = [],
): PrivateSourceMatcher {
  const fragments = paths.map((path) => ({ entry: path, needle: `/${normalizeFragment(path)}` }));
  const allowed = (source: string): boolean =>
    allow.some((entry) => (entry.endsWith('*') ? source.startsWith(entry.slice(0, -1)) : source === entry));
  return (source) => {
    if (allowed(source)) return undefined;
    const pkg = packages.find((entry) => packageMatches(entry, source));
    if (pkg !== undefined) return { kind: 'package', entry: pkg };
    if (!isPathLike(source)) return undefined;
    const haystack = `/${source.replace(/\\/gu, '/')}/`;
    const path = fragments.find((fragment) => haystack.includes(fragment.needle));
    return path === undefined ? undefined : { kind: 'path', entry: path.entry };
  };
}
