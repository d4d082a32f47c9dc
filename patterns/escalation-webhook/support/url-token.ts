/**
 * URL helpers shared by the webhook and dashboard detectors: split a matched
 * URL without throwing, tell a token from a slug, and recognise hosts that
 * serve documentation or vendor consoles rather than someone's endpoint.
 */
import { shannonEntropy } from '../../../src/engine/entropy.js';

/** The parts of a URL the detectors reason about. */
export interface UrlParts {
  /** Lower-case host without port. */
  readonly host: string;
  /** Decoded path segments, empty ones dropped. */
  readonly segments: readonly string[];
  /** Query parameters in order, names lower-cased, values decoded. */
  readonly params: readonly (readonly [string, string])[];
  /** The fragment after `#`, raw. */
  readonly fragment: string;
}

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Splits `url` (scheme optional) into host, path segments, query and fragment. */
export function splitUrl(url: string): UrlParts {
  const noScheme = url.replace(/^[a-z][a-z0-9+.-]{0,15}:\/\//iu, '');
  const hashAt = noScheme.indexOf('#');
  const fragment = hashAt === -1 ? '' : noScheme.slice(hashAt + 1);
  const beforeHash = hashAt === -1 ? noScheme : noScheme.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  const hostAndPath = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const slash = hostAndPath.indexOf('/');
  const authority = slash === -1 ? hostAndPath : hostAndPath.slice(0, slash);
  const host = authority.replace(/^[^@]*@/u, '').replace(/:\d*$/u, '').toLowerCase();
  const segments = slash === -1 ? [] : hostAndPath.slice(slash + 1).split('/').filter((s) => s.length > 0).map(decode);
  const params = query
    .replace(/&amp;/gu, '&')
    .split('&')
    .filter((p) => p.length > 0)
    .map((p): readonly [string, string] => {
      const eq = p.indexOf('=');
      return eq === -1 ? [decode(p).toLowerCase(), ''] : [decode(p.slice(0, eq)).toLowerCase(), decode(p.slice(eq + 1))];
    });
  return { host, segments, params, fragment };
}

/** Switches between digits and letters: many in random tokens, few in slugs and names. */
function digitLetterSwitches(value: string): number {
  let switches = 0;
  let previous: boolean | undefined;
  for (const ch of value) {
    const isDigit = ch >= '0' && ch <= '9';
    const isLetter = /[A-Za-z]/u.test(ch);
    if (!isDigit && !isLetter) continue;
    if (previous !== undefined && previous !== isDigit) switches++;
    previous = isDigit;
  }
  return switches;
}

/**
 * True when `value` reads as a random token: long enough, token characters
 * only, letters and digits interleaved, and close to the entropy of its length.
 */
export function isTokenLike(value: string, minLength = 16): boolean {
  if (value.length < minLength || value.length > 512) return false;
  if (!/^[A-Za-z0-9_=+/.~-]+$/u.test(value)) return false;
  if (digitLetterSwitches(value) < 3) return false;
  return shannonEntropy(value) >= Math.min(3.3, Math.log2(value.length) - 1);
}

/** A run of five or more consecutive digits or letters (`12345`, `abcdef`): documentation filler. */
export function hasSequentialRun(value: string): boolean {
  const lower = value.toLowerCase();
  let run = 1;
  for (let i = 1; i < lower.length; i++) {
    const step = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
    run = step === 1 && /[a-z0-9]/u.test(lower.charAt(i)) ? run + 1 : 1;
    if (run >= 5) return true;
  }
  return false;
}

/**
 * Hosts whose URLs are documentation, code hosting or vendor consoles: a
 * webhook word in their paths names a page, not an endpoint.
 */
const PAGE_HOST_SUFFIXES = [
  'github.com', 'githubusercontent.com', 'github.io', 'gitlab.com', 'gitlab.io', 'bitbucket.org', 'sourceforge.net',
  'stackoverflow.com', 'stackexchange.com', 'medium.com', 'dev.to', 'reddit.com', 'youtube.com', 'wikipedia.org',
  'npmjs.com', 'npmjs.org', 'pypi.org', 'crates.io', 'rubygems.org', 'pkg.go.dev', 'readthedocs.io', 'readthedocs.org',
  'learn.microsoft.com', 'docs.microsoft.com', 'dashboard.stripe.com', 'stripe.com', 'twilio.com', 'atlassian.com',
  'gitbook.io', 'notion.so', 'archive.org',
];

/** True for documentation, code-hosting and vendor-console hosts, and hosts named docs.*, developer(s).*, blog.*, help.*, support.*. */
export function isPageHost(host: string): boolean {
  if (/^(?:docs?|developers?|dev-docs|blog|help|support|learn|community|forum|www\.docs)\./u.test(host)) return true;
  return PAGE_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
