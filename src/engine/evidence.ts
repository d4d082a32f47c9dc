/**
 * Evidence: how much a value says by itself. A detector that finds values by
 * their key (`customerId: …`) declares `evidence: 'key'`; the engine then
 * reads the value's own shape. An email, a name in words or a slug of words
 * names someone; an opaque id (a UUID, a cuid, a number, random letters and
 * digits) says nothing by itself, so only the key suggests a customer: such a
 * finding is a warning, and in test data it is not reported at all.
 */

/**
 * What a value found by its key shows by itself, strongest first: an email,
 * a company (words with a legal form: "Northbridge Logistics GmbH"), a name
 * (capitalised words: "Marta Lindqvist"), a slug of lower-case words
 * (`northbridge-logistics`), or an opaque id (UUIDs, hex, numbers,
 * cuid/ulid/nanoid-like ids, random letters and digits, `prefix_` + random).
 */
export type ValueShape = 'email' | 'company' | 'name' | 'slug' | 'opaque';

/** Legal forms that make words a company's name. */
const LEGAL_FORM = /^(?:inc|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|ab|as|asa|oy|oyj|pty|kk|lda|sl|aps|se)$/iu;

export function valueShape(value: string): ValueShape {
  const trimmed = value.trim();
  if (/^[^\s@]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}$/iu.test(trimmed)) return 'email';
  const segments = trimmed.split(/[\s._:/+&,()-]+/u).filter((s) => s.length > 0);
  const words = segments.filter(isWord);
  if (words.length === 0) return 'opaque';
  if (/\s/u.test(trimmed) && segments.some((s) => LEGAL_FORM.test(s))) return 'company';
  if (/\s/u.test(trimmed) && words.some((w) => /^\p{Lu}/u.test(w))) return 'name';
  return 'slug';
}

/** Shapes that are evidence by themselves: never hidden by a synthetic neighbour or by a test path. */
export function isStrongShape(shape: ValueShape): boolean {
  return shape === 'email' || shape === 'company';
}

/**
 * A word of a name: letters only, with a vowel and without the case changes
 * and consonant runs of random text. Mixed digits make a segment an id.
 */
function isWord(segment: string): boolean {
  // Three letters make a word when capitalised like a name (`Ruiz`, `Ana`); a lower-case word needs four (`cus_`, `org-` are prefixes).
  if (!/^\p{L}{4,40}$/u.test(segment) && !/^\p{Lu}\p{Ll}{2}$/u.test(segment)) return false;
  const lower = segment.toLowerCase();
  if (!/[aeiouyàáâäåæèéêëìíîïòóôöøùúûüÿ]/u.test(lower)) return false;
  // Random letters alternate cases or pile up consonants; words do neither.
  if (/\p{Ll}\p{Lu}\p{Ll}?\p{Lu}/u.test(segment)) return false;
  let run = 0;
  for (const ch of lower) {
    run = /[aeiouyàáâäåæèéêëìíîïòóôöøùúûüÿ]/u.test(ch) ? 0 : run + 1;
    if (run >= 5) return false;
  }
  return true;
}

/**
 * Paths that hold test data, declared here with their reason: a value with
 * only key evidence is not reported there. Credentials and values that are
 * evidence by themselves are never relaxed by path.
 */
export const TEST_DATA_PATHS: readonly { readonly pattern: RegExp; readonly reason: string }[] = Object.freeze([
  {
    pattern:
      /(?:^|\/)(?:tests?|__tests__|specs?|e2e|cypress|playwright|integration-tests?|unit-tests?|testdata|test-data|test_data|testing|fixtures?|__fixtures__|mocks?|__mocks__|fakes?|stubs?|seeds?|seeders?|seeding|seed-data|stories|__stories__|storybook|snapshots?|__snapshots__)\//iu,
    reason: 'a test, fixture, mock, seed or story folder',
  },
  {
    pattern: /[._-](?:test|tests|spec|e2e|stories|story|fixtures?|mocks?|fakes?|stub|seeds?|seeder|snap)\.[a-z0-9]{1,8}$/iu,
    reason: 'a test, spec, story, fixture, mock or seed file',
  },
  {
    pattern: /(?:^|\/)(?:test_[^/]+\.py|[^/]+_test\.(?:go|py|rb|exs?)|conftest\.py|seed[^/.]*\.[a-z]+|[^/]*[._-]seed\.[a-z]+)$/iu,
    reason: 'a test module or a seed script',
  },
]);

/** The reason `path` holds test data, or undefined. */
export function testDataPath(path: string): string | undefined {
  for (const { pattern, reason } of TEST_DATA_PATHS) if (pattern.test(path)) return reason;
  return undefined;
}
