/**
 * The longest match of a regex, read from its source, and the reach the
 * engine derives from it for a multiline detector whose keywords lie in its
 * matches.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { createEngine, detectorReach, maxMatchLength } from '../../src/engine/index.js';
import type { Detector } from '../../src/engine/types.js';
import { CONTEXTS, embed } from '../support/embed.js';

describe('maxMatchLength', () => {
  it.each([
    [/abc/u, 3],
    [/a|bcd|ef/u, 3],
    [/(?:ab){2,5}c?/u, 11],
    [/x{3}/u, 3],
    [/[a-z]{0,40}/u, 40],
    [/(?<![\w-])key[ \t]{0,4}=[ \t]{0,4}(?<secret>[A-Za-z0-9]{20,40})(?![\w-])/u, 1 + 3 + 4 + 1 + 4 + 40 + 1],
    [/\bfoo\b$/u, 3],
    [/a+/u, Infinity],
    [/(?:ab)*/u, Infinity],
    [/b{2,}/u, Infinity],
    [/(?:)*/u, 0],
    [/(?<word>ab)\k<word>/u, 4],
    [/(a{1,3})\1/u, 6],
    // Under `u` a character that can be astral takes two code units; a BMP literal or class one.
    [/.{2}/u, 4],
    [/.{2}/, 2],
    [/\p{L}{3}/u, 6],
    [/[^\n]{5}/u, 10],
    [/[a-z\d]{5}/u, 5],
    [/\u{1F600}/u, 2],
    [/[[]]/, 2],
    [/[\]]{2}/u, 2],
  ])('%s: %d', (regex, expected) => {
    expect(maxMatchLength(regex)).toBe(expected);
  });

  it('is never shorter than a match found', () => {
    const text = 'key = Zr8Qe0LmB2vX9sT4kJ7wA1cD\nsecret: "abc" and more text -----BEGIN RSA PRIVATE KEY-----';
    for (const detector of catalog) {
      const longest = maxMatchLength(detector.regex);
      const regex = new RegExp(detector.regex.source, `${detector.regex.flags.replace(/[gy]/gu, '')}g`);
      for (const sample of detector.samples().positive) {
        const value = typeof sample === 'string' ? sample : `${sample.key}: ${sample.value}`;
        for (const m of `${value}\n${text}`.matchAll(regex)) expect(m[0].length, detector.id).toBeLessThanOrEqual(longest);
      }
    }
  });
});

describe("a multiline detector's reach", () => {
  const matchReach = catalog.filter((d) => d.reach === 'match');

  it.each(matchReach.map((d) => [d.id, d] as const))("%s: every match of a positive sample holds one of its keywords, as 'match' declares", (_id, detector) => {
    const keywords = detector.keywords.map((k) => k.toLowerCase());
    const regex = new RegExp(detector.regex.source, `${detector.regex.flags.replace(/[gy]/gu, '')}g`);
    let matched = 0;
    for (const sample of detector.samples().positive) {
      for (const context of CONTEXTS) {
        for (const m of embed(sample, context).text.matchAll(regex)) {
          const found = m[0].toLowerCase();
          expect(keywords.some((k) => found.includes(k)), `${context}: ${m[0].slice(0, 80)}`).toBe(true);
          matched++;
        }
      }
    }
    expect(matched).toBeGreaterThan(0);
  });

  it('is derived for the detectors whose keywords lie in their matches, and bounded', () => {
    expect(matchReach.length).toBeGreaterThan(100);
    for (const detector of matchReach) expect(detectorReach(detector), detector.id).toBeLessThan(50_000);
  });

  it('is the whole text for an unbounded regex, and the declared distance for a number', () => {
    const base: Detector = { ...catalog[0]!, multiline: true, keywords: ['token'], samples: () => ({ positive: [], negative: [] }) };
    expect(detectorReach({ ...base, regex: /token[^\n]*/u, reach: 'match' })).toBeUndefined();
    expect(detectorReach({ ...base, regex: /token[^\n]{0,10}/u, reach: 'match' })).toBe(5 + 10 * 2);
    expect(detectorReach({ ...base, reach: 700 })).toBe(700);
  });

  it('finds a match that spans lines around its keyword, and only there', () => {
    const detector: Detector = {
      ...catalog[0]!,
      id: 'two-line-token',
      multiline: true,
      reach: 'match',
      keywords: ['vault'],
      keywordContext: undefined,
      context: undefined,
      gate: undefined,
      validate: undefined,
      entropy: undefined,
      allow: undefined,
      regex: /vault:\n[ \t]{0,8}token:[ \t]{0,4}(?<secret>[A-Za-z0-9]{24})/u,
      samples: () => ({ positive: [], negative: [] }),
    };
    const engine = createEngine([detector]);
    const value = 'Qm7Zr8Qe0LmB2vX9sT4kJ7wA';
    const text = `${'filler line\n'.repeat(2000)}vault:\n  token: ${value}\n${'more filler\n'.repeat(2000)}`;
    expect(engine.scanText(text, { path: 'config.yaml' }).findings.map((f) => f.ruleId)).toEqual(['two-line-token']);
    expect(engine.scanText(text.replace('vault:', 'store:'), { path: 'config.yaml' }).findings).toEqual([]);
  });
});
