// The printable strings of a binary, as the scanner reads them chunk by chunk, against the plain
// byte-by-byte definition: runs of 8 or more printable ASCII bytes (tab included), one a line,
// a run longer than 4096 bytes cut into lines of 4096, each line with its byte offset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkDecoder } from '../../src/scanner/content.js';

const printable = (b: number): boolean => (b >= 0x20 && b <= 0x7e) || b === 0x09;

function reference(bytes: Uint8Array): { lines: string[]; offsets: number[] } {
  const lines: string[] = [];
  const offsets: number[] = [];
  let run: number[] = [];
  let start = 0;
  const flush = (): void => {
    if (run.length >= 8) {
      lines.push(String.fromCharCode(...run));
      offsets.push(start);
    }
    run = [];
  };
  bytes.forEach((b, i) => {
    if (!printable(b)) return flush();
    if (run.length === 0) start = i;
    run.push(b);
    if (run.length === 4096) flush();
  });
  flush();
  return { lines, offsets };
}

function decoded(bytes: Uint8Array, cuts: readonly number[]): { lines: string[]; offsets: number[] } {
  const decoder = chunkDecoder({ kind: 'binary' });
  const pieces = [];
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b)) {
    pieces.push(decoder.push(bytes.subarray(from, cut)));
    from = cut;
  }
  pieces.push(decoder.push(bytes.subarray(from)), decoder.end());
  return {
    lines: pieces.flatMap((p) => (p.text === '' ? [] : p.text.slice(0, -1).split('\n'))),
    offsets: pieces.flatMap((p) => [...(p.lineOffsets ?? [])]),
  };
}

describe('printable strings of a binary', () => {
  // Mostly printable bytes with some control and high bytes, so runs of every length occur.
  const byte = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, fc.constantFrom(0x00, 0x09, 0x0a, 0x7f, 0x80, 0xff));
  it('are the same however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 600 }), fc.array(fc.nat({ max: 600 }), { maxLength: 6 }), (values, cuts) => {
        const bytes = Uint8Array.from(values);
        expect(decoded(bytes, cuts)).toEqual(reference(bytes));
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });

  it('cut a long run into lines of 4096 bytes at the right offsets, across chunks', () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i === 0 ? 0 : 0x41 + (i % 26)));
    const result = decoded(bytes, [1000, 4097, 4098, 9000]);
    expect(result).toEqual(reference(bytes));
    expect(result.offsets).toEqual([1, 4097, 8193]);
  });

  it('carry the few bytes after a cut at 4096 into the next chunk, and only those', () => {
    const bytes = Uint8Array.from({ length: 8300 }, (_, i) => (i === 0 || i === 8250 ? 0 : 0x61 + (i % 26)));
    for (const cuts of [[4100], [4097, 4103], [4104], [8193, 8196], [4097, 8200]]) expect(decoded(bytes, cuts), cuts.join(',')).toEqual(reference(bytes));
  });
});
