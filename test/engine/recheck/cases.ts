/**
 * The catastrophic-backtracking check of every detector regex and keyword
 * context regex, with recheck's seeded fuzzer. recheck takes about a second
 * a regex, so the cases are dealt into parts (one test file each) that the
 * runner's workers take in parallel.
 */
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../patterns/index.js';
import { VENDOR_FORMATS } from '../../../patterns/connector-credential/support/vendor-token.js';

/** How many test files share the cases. */
export const PARTS = 2;

/**
 * Regexes that recheck's (seeded) fuzzer calls polynomial although every
 * repetition in them is bounded: a vendor section's body of at most 300
 * characters between the vendor's name and the key
 * (patterns/connector-credential/support/vendor-context.ts), a connection
 * string's keys, a nested block's lines. The cost per start is constant, and
 * test/engine/safety.test.ts measures these detectors linear on adversarial
 * inputs; recheck must still find no exponential backtracking in them. The
 * vendor formats recognized by their key (keyedToken) are all of this kind.
 */
const BOUNDED_POLYNOMIAL = new Set([
  ...VENDOR_FORMATS.filter((format) => 'vendor' in format).map((format) => format.id),
  'azure-container-registry-password',
  'snyk-api-token',
  'sumologic-access-id',
  'salesforce-consumer-secret',
  'connection-string-password',
  'nested-signing-secret-key-value',
  'new-relic-license-key',
]);

interface Case {
  readonly label: string;
  readonly id: string;
  readonly source: string;
  readonly flags: string;
}

/** Every distinct regex (source and flags) once: a keyword context that repeats its detector's regex is checked once. */
function allCases(): Case[] {
  const cases = new Map<string, Case>();
  const add = (label: string, id: string, regex: RegExp): void => {
    const flags = regex.flags.replace(/[gyd]/gu, '');
    const key = `${flags}/${regex.source}`;
    if (!cases.has(key)) cases.set(key, { label, id, source: regex.source, flags });
  };
  for (const d of catalog) add(`${d.id} regex`, d.id, d.regex);
  for (const d of catalog) if (d.keywordContext) add(`${d.id} keyword context`, d.id, d.keywordContext);
  return [...cases.values()];
}

function expectSafe({ id, label, source, flags }: Case): void {
  const result = checkSync(source, flags, { timeout: 20_000, randomSeed: 1 });
  if (BOUNDED_POLYNOMIAL.has(id) && result.status === 'vulnerable') {
    expect(result.complexity.type, `${label}: ${JSON.stringify(result)}`).toBe('polynomial');
    return;
  }
  expect(result.status, `${label}: ${JSON.stringify(result)}`).toBe('safe');
}

/** Declares the tests of part `part` (1-based) of PARTS: every PARTS-th case. */
export function recheckPart(part: number): void {
  const cases = allCases().filter((_, i) => i % PARTS === part - 1);
  describe(`detector regexes are safe from catastrophic backtracking (part ${part} of ${PARTS})`, () => {
    it.each(cases.map((c) => [c.label, c] as const))('%s passes recheck', (_label, c) => expectSafe(c));
  });
}
