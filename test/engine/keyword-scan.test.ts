import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { escapeRegExp } from '../../src/engine/index.js';
import { KeywordScanner } from '../../src/engine/keyword-scan.js';

/** The reference: a non-unicode case-insensitive alternation tried at every position, longest keyword first. */
function reference(keywords: readonly string[], text: string): [number, string][] {
  const order = [...keywords].sort((a, b) => b.length - a.length);
  const regex = new RegExp(order.map(escapeRegExp).join('|'), 'iy');
  const hits: [number, string][] = [];
  for (let i = 0; i < text.length; i++) {
    regex.lastIndex = i;
    const m = regex.exec(text);
    if (m) hits.push([i, m[0].toLowerCase()]);
  }
  return hits;
}

function scanned(keywords: readonly string[], text: string): [number, string][] {
  const scanner = new KeywordScanner(keywords);
  const hits: [number, string][] = [];
  scanner.scan(text, (start, id) => hits.push([start, text.slice(start, start + (keywords[id] ?? '').length).toLowerCase()]));
  return hits;
}

describe('KeywordScanner', () => {
  it('finds the longest keyword at every position, as the reference alternation does', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '_', '-', ':', '/', 'é', 'É', 'ß', 'k', 'K', '\u212a', ' ', '\n');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word.map((w) => w.toLowerCase()), { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 200 }), (keywords, chars) => {
        const text = chars.join('');
        expect(scanned(keywords, text)).toEqual(reference(keywords, text));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same in long texts, which it walks as two halves, keywords across the middle included', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '-', ':', 'é', 'ß', '\u212a', ' ', '\n');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 8 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word.map((w) => w.toLowerCase()), { minLength: 1, maxLength: 12 }),
        fc.array(alphabet, { minLength: 4096, maxLength: 9000 }),
        fc.nat(16),
        (keywords, chars, shift) => {
          // A keyword straddling the middle of the text.
          const mid = chars.length >> 1;
          const planted = keywords[0] ?? 'a';
          const cells: string[] = chars;
          cells.splice(mid - Math.min(shift, planted.length - 1), planted.length, ...planted);
          const text = cells.join('');
          expect(scanned(keywords, text)).toEqual(reference(keywords, text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with the reference on the catalog keywords over mixed text', () => {
    const keywords = [...new Set(catalog.flatMap((d) => d.keywords.map((k) => k.toLowerCase())))];
    const text = [
      'const CUSTOMER_ID = "cus_1"; // Tenant: Acme',
      'https://hooks.slack.com/services/T000/B000/XXXX and xoxb-1-2-3',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'Lizenzschlüssel, clé de licence, DATADOG_API_KEY=…, sk_live_…',
      keywords.join(' ').toUpperCase(),
      keywords.join(' '),
    ].join('\n');
    const hits = scanned(keywords, text);
    expect(hits.length).toBeGreaterThan(2 * keywords.length);
    expect(hits).toEqual(reference(keywords, text));
  });
});
