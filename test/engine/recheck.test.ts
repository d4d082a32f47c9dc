import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';

/**
 * Regexes that recheck's (seeded) fuzzer calls polynomial although every
 * repetition in them is bounded: a vendor section's body of at most 300
 * characters between the vendor's name and the key
 * (patterns/connector-credential/support/vendor-context.ts), a connection
 * string's keys, a nested block's lines. The cost per start is constant, and
 * test/engine/safety.test.ts measures these detectors linear on adversarial
 * inputs; recheck must still find no exponential backtracking in them.
 */
const BOUNDED_POLYNOMIAL = new Set([
  'azure-container-registry-password',
  'snyk-api-token',
  'sumologic-access-id',
  'salesforce-consumer-secret',
  'connection-string-password',
  'nested-signing-secret-key-value',
  'new-relic-license-key',
]);

function expectSafe(id: string, source: string, flags: string): void {
  const result = checkSync(source, flags.replace(/[gyd]/gu, ''), { timeout: 20_000, randomSeed: 1 });
  if (BOUNDED_POLYNOMIAL.has(id) && result.status === 'vulnerable') {
    expect(result.complexity.type, `${id}: ${JSON.stringify(result)}`).toBe('polynomial');
    return;
  }
  expect(result.status, `${id}: ${JSON.stringify(result)}`).toBe('safe');
}

describe('detector regexes are safe from catastrophic backtracking', () => {
  it.each(catalog.map((d) => [d.id, d] as const))('%s passes recheck', (id, detector) => {
    expectSafe(id, detector.regex.source, detector.regex.flags);
  });
});

describe('keyword context regexes are safe from catastrophic backtracking', () => {
  const withContext = catalog.flatMap((d) => (d.keywordContext ? [[d.id, d.keywordContext] as const] : []));
  it.each(withContext)('%s passes recheck', (id, context) => {
    expectSafe(id, context.source, context.flags);
  });
});
