import { execFileSync } from 'node:child_process';
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

function scanned(keywords: readonly string[], text: string, scanner = new KeywordScanner(keywords)): [number, string][] {
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

  it('finds the same in long texts, keywords across the middle included', () => {
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

  describe('the WebAssembly walk (every keyword ASCII)', () => {
    // Units whose low byte is an ASCII keyword character (U+0141 -> 'A', U+0142 -> 'B', U+212A -> '*',
    // U+2F3A -> ':'), a surrogate pair, and Latin-1 letters: none of them may match.
    const tricky = ['\u0141', '\u0142', '\u212a', '\u2f3a', '\u{1F511}', 'é', 'ß', 'ÿ'];
    const asciiWord = fc.array(fc.constantFrom('a', 'b', '*', ':', '-', '_', 'k'), { minLength: 1, maxLength: 6 }).map((c) => c.join(''));
    const alphabet = fc.constantFrom('a', 'b', 'A', 'B', '*', ':', '-', '_', 'k', 'K', ' ', '\n', ...tricky);

    it('is the walk used for ASCII keywords, and not for others', () => {
      expect(new KeywordScanner(['token', 'a:b']).walksInWebAssembly).toBe(true);
      expect(new KeywordScanner(['token', 'clé']).walksInWebAssembly).toBe(false);
    });

    it('finds what the reference finds in short texts with units above ASCII and above 0xFF', () => {
      fc.assert(
        fc.property(fc.uniqueArray(asciiWord, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 300 }), (keywords, chars) => {
          const text = chars.join('');
          expect(scanned(keywords, text)).toEqual(reference(keywords, text));
        }),
        { numRuns: 400 },
      );
    });

    it('finds the same across its chunks and halves, keywords planted on every seam', () => {
      const chunk = 32 * 1024;
      fc.assert(
        fc.property(
          fc.uniqueArray(asciiWord, { minLength: 1, maxLength: 8 }),
          fc.integer({ min: 2 * chunk + 1, max: 5 * chunk }),
          fc.nat(5),
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          (keywords, length, shift, seed) => {
            const cells = randomCells(length, seed, ['a', 'b', 'A', ':', '-', ' ', '\n', ...tricky]);
            const mid = length >> 1;
            const planted = keywords[0] ?? 'a';
            for (const seam of [chunk, 2 * chunk, mid, mid + chunk, length - 1]) {
              const at = Math.max(0, seam - Math.min(shift, planted.length - 1));
              cells.splice(at, planted.length, ...planted.slice(0, length - at));
            }
            const text = cells.join('');
            const scanner = new KeywordScanner(keywords);
            expect(scanner.walksInWebAssembly).toBe(true);
            expect(scanned(keywords, text, scanner)).toEqual(reference(keywords, text));
          },
        ),
        { numRuns: 12 },
      );
    });

    it('is what keyword-walk.wat assembles to (npm run build:wasm)', () => {
      expect(() => execFileSync(process.execPath, ['scripts/build-wasm.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
    });
  });
});

/** `length` cells drawn from `alphabet` by a seeded generator: fast-check would build 100k-element arrays slowly. */
function randomCells(length: number, seed: number, alphabet: readonly string[]): string[] {
  let state = seed >>> 0 || 1;
  const cells = new Array<string>(length);
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    cells[i] = alphabet[(state >>> 0) % alphabet.length] ?? 'a';
  }
  return cells;
}
