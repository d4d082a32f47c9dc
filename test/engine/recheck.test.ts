import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';

describe('detector regexes are safe from catastrophic backtracking', () => {
  it.each(catalog.map((d) => [d.id, d] as const))('%s passes recheck', (_id, detector) => {
    const result = checkSync(detector.regex.source, detector.regex.flags.replace(/[gyd]/gu, ''), { timeout: 20_000 });
    expect(result.status, `${detector.id}: ${JSON.stringify(result)}`).toBe('safe');
  });
});


describe('keyword context regexes are safe from catastrophic backtracking', () => {
  const withContext = catalog.flatMap((d) => (d.keywordContext ? [[d.id, d.keywordContext] as const] : []));
  it.each(withContext)('%s passes recheck', (id, context) => {
    const result = checkSync(context.source, context.flags.replace(/[gyd]/gu, ''), { timeout: 20_000 });
    expect(result.status, `${id}: ${JSON.stringify(result)}`).toBe('safe');
  });
});
