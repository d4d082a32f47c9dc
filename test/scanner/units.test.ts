import { closeSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalog, createCatalog } from '../../patterns/index.js';
import { classify } from '../../src/scanner/content.js';
import { openRegularFile } from '../../src/scanner/read-file.js';
import { inShard, parseShard } from '../../src/scanner/discover.js';
import { parseAddedLines, parseRawDiff, readBlobs, touchesAdded } from '../../src/scanner/git.js';
import { GlobSet, PathFilter, SuppressionIndex } from '../../src/scanner/rules.js';
import { cleanup, git, gitRepo, tempDir } from './support.js';

afterAll(cleanup);

describe('git output parsing', () => {
  it('reads raw diff records, taking the new path of renames', () => {
    const z = (...parts: string[]): Buffer => Buffer.from(`${parts.join('\0')}\0`);
    const sha = (c: string): string => c.repeat(40);
    const out = z(
      `:000000 100644 ${sha('0')} ${sha('a')} A`, 'new file.txt',
      `:100644 100644 ${sha('b')} ${sha('c')} R087`, 'old\nname', 'new\nname',
      `:100644 120000 ${sha('d')} ${sha('e')} M`, 'link',
    );
    expect(parseRawDiff(out)).toEqual([
      { path: 'new file.txt', blob: sha('a'), mode: '100644', status: 'A' },
      { path: 'new\nname', blob: sha('c'), mode: '100644', status: 'R', from: 'old\nname' },
      { path: 'link', blob: sha('e'), mode: '120000', status: 'M' },
    ]);
  });

  it('reads added line ranges per -U0 section, including pure renames and deletions', () => {
    const patch = [
      'diff --git a/a b/a',
      'index 1..2 100644',
      '--- a/a',
      '+++ b/a',
      '@@ -0,0 +1,2 @@',
      '+one',
      '+two',
      '@@ -5 +7 @@',
      '-x',
      '+diff --git looks like a header but is content',
      '@@ -9,2 +10,0 @@',
      '-gone',
      '-gone',
      'diff --git a/old b/new',
      'similarity index 100%',
      'rename from old',
      'rename to new',
      '',
    ].join('\n');
    expect(parseAddedLines(patch)).toEqual([[[1, 2], [7, 7]], []]);
    expect(touchesAdded([[7, 7]], 7, 7)).toBe(true);
    expect(touchesAdded([[7, 7]], 5, 8)).toBe(true);
    expect(touchesAdded([[7, 7]], 8, 9)).toBe(false);
    expect(touchesAdded(undefined, 1, 1)).toBe(false);
  });

  it('streams blobs from one cat-file process, those over the limit in parts', async () => {
    const dir = gitRepo();
    const ids = ['small\n', 'x'.repeat(300_000), '', 'last'].map((content, i) => {
      writeFileSync(join(dir, `f${i}`), content);
      return git(dir, 'hash-object', '-w', `f${i}`).trim();
    });
    const blobs: { size: number; text: string | undefined; missing: boolean | undefined }[] = [];
    let parts = '';
    for await (const blob of readBlobs(dir, [...ids, 'f'.repeat(40)], 1000)) {
      if (blob.part === undefined) blobs.push({ size: blob.size, text: blob.bytes?.toString('utf8'), missing: blob.missing });
      else {
        parts += blob.part.toString('utf8');
        if (blob.last === true) blobs.push({ size: blob.size, text: parts, missing: undefined });
      }
    }
    expect(blobs).toEqual([
      { size: 6, text: 'small\n', missing: undefined },
      { size: 300_000, text: 'x'.repeat(300_000), missing: undefined },
      { size: 0, text: '', missing: undefined },
      { size: 4, text: 'last', missing: undefined },
      { size: 0, text: undefined, missing: true },
    ]);
  });
});

describe('globs', () => {
  it('matches at any depth without a slash, and everything under a named directory', () => {
    const set = new GlobSet(['*.min.js', 'fixtures', 'docs/generated/', './build/**']);
    expect(['a.min.js', 'x/y/a.min.js', 'fixtures/a', 'test/fixtures/b/c', 'docs/generated/x.md', 'build/a/b', '.hidden/fixtures/z'].every((p) => set.matches(p))).toBe(true);
    expect(['a.js', 'docs/x.md', 'src/docs/generated/x', 'fixturesx/a', 'rebuild/x'].some((p) => set.matches(p))).toBe(false);
  });

  it('filters by include then exclude, and indexes suppressions by file', () => {
    const filter = new PathFilter({ include: ['src/**', 'docs/**'], exclude: [{ pattern: 'src/vendor', reason: 'third-party code' }] });
    expect(['src/a.ts', 'docs/b.md'].every((p) => filter.accepts(p))).toBe(true);
    expect(['src/vendor/x.js', 'test/a.ts'].some((p) => filter.accepts(p))).toBe(false);
    const index = new SuppressionIndex({
      suppressions: [
        { rule: 'a', reason: 'everywhere' },
        { rule: 'b', files: ['docs/**'], keyPath: 'x.y', reason: 'docs only' },
      ],
    });
    expect(index.forPath('src/a.ts')).toEqual([{ target: 'a', reason: 'everywhere' }]);
    expect(index.forPath('docs/a.md')).toEqual([{ target: 'a', reason: 'everywhere' }, { target: 'b', keyPath: 'x.y', reason: 'docs only' }]);
  });

  it('parses shards and splits by a stable hash', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard takes I\/N/u);
    const paths = Array.from({ length: 200 }, (_, i) => `dir/file-${i}.ts`);
    const counts = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(200);
    expect(Math.min(...counts)).toBeGreaterThan(25);
    expect(inShard('src/index.ts', { index: 1, count: 1 })).toBe(true);
  });
});

describe('reading and decoding', () => {
  it('opens regular files only, never a symlink or a directory', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a'), 'hello');
    const opened = openRegularFile(join(dir, 'a'));
    expect(opened).toEqual({ kind: 'file', fd: expect.any(Number) as number, size: 5 });
    if (opened.kind === 'file') closeSync(opened.fd);
    symlinkSync(join(dir, 'a'), join(dir, 'link'));
    expect(openRegularFile(join(dir, 'link'))).toEqual({ kind: 'symlink' });
    expect(openRegularFile(join(dir, 'none'))).toEqual({ kind: 'missing' });
    expect(openRegularFile(dir)).toEqual({ kind: 'special' });
  });

  it('calls NUL bytes binary, reads a BOM as the encoding it names, and knows binary formats by signature', () => {
    expect(classify(Buffer.from([0x61, 0, 0x62, 0, 0, 0]))).toEqual({ kind: 'binary' });
    expect(classify(Buffer.from('\ufeffkey: value'))).toEqual({ kind: 'text', encoding: 'utf8', bom: 3 });
    expect(classify(Buffer.from([0xff, 0xfe, 0x61, 0]))).toEqual({ kind: 'text', encoding: 'utf16le', bom: 2 });
    expect(classify(Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).toEqual({ kind: 'text', encoding: 'utf32le', bom: 4 });
    expect(classify(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ kind: 'known-binary', format: 'png' });
    // An MP4 (or MOV, HEIC, AVIF) starts with its `ftyp` box, behind a 4-byte size.
    expect(classify(Buffer.from([0, 0, 0, 0x20, ...Buffer.from('ftypmp42'), 0, 0, 2, 0]))).toEqual({ kind: 'known-binary', format: 'iso-media' });
    expect(classify(Buffer.from('    ftyp: a text that says ftyp at byte 4'))).toEqual({ kind: 'text', encoding: 'utf8', bom: 0 });
    // A printable signature counts only in a binary: a text file may start with "OTTO".
    expect(classify(Buffer.from('OTTO was here'))).toEqual({ kind: 'text', encoding: 'utf8', bom: 0 });
    expect(classify(Buffer.from([0x61, 0xff, 0x62]))).toEqual({ kind: 'text', encoding: 'utf8', bom: 0 });
  });
});

describe('the detector catalog of a scan', () => {
  it('is built once per settings: later calls share the frozen detectors in a new array', () => {
    const first = createCatalog();
    const second = createCatalog({});
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    second.forEach((detector, i) => expect(detector).toBe(first[i]));
    expect(catalog.every((detector, i) => detector === first[i])).toBe(true);
    const custom = createCatalog({ productNames: ['acme'] });
    expect(custom.length).toBe(first.length);
    expect(custom.some((detector, i) => detector !== first[i])).toBe(true);
    expect(createCatalog({ productNames: ['acme'] }).every((detector, i) => detector === custom[i])).toBe(true);
  });
});
