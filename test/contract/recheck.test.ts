import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { CORRELATION_ID_ACCEPTED_PATTERN, SENSITIVE_VALUE_PATTERNS } from '../../src/contract/index.js';

// The validators run these on untrusted input, and the JSON Schemas ship them to other validators.
describe('contract regexes are safe from catastrophic backtracking', () => {
  it.each(SENSITIVE_VALUE_PATTERNS.map((p) => [p.id, p.source] as const))('%s passes recheck', (id, source) => {
    const result = checkSync(source, 'u', { timeout: 30_000, randomSeed: 1 });
    expect(result.status, `${id}: ${JSON.stringify(result)}`).toBe('safe');
  });

  it('the correlation id pattern passes recheck', () => {
    expect(checkSync(CORRELATION_ID_ACCEPTED_PATTERN.source, 'u', { randomSeed: 1 }).status).toBe('safe');
  });
});
