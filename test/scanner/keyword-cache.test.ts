import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { KeywordScanner, type KeywordTableStore } from '../../src/engine/keyword-scan.js';
import { keywordCacheDir, KeywordTableFiles } from '../../src/scanner/keyword-cache.js';
import { cleanup, repoRoot, tempDir } from './support.js';

const KEYWORDS = [...new Set(catalog.flatMap((d) => d.keywords.map((k) => k.toLowerCase())))].sort();
const TEXT = [
  'const CUSTOMER_ID = "cus_1"; // Tenant: Acme',
  'https://hooks.slack.com/services/T000/B000/XXXX and xoxb-1-2-3',
  'Lizenzschlüssel, clé de licence, DATADOG_API_KEY=…, sk_live_…',
  KEYWORDS.join(' ').toUpperCase(),
].join('\n');

function hits(scanner: KeywordScanner, text = TEXT): [number, number][] {
  const out: [number, number][] = [];
  scanner.scan(text, (start, id) => out.push([start, id]));
  return out;
}

/** The catalog automaton built without any store: the reference. */
function reference(keywords: readonly string[] = KEYWORDS): KeywordScanner {
  KeywordScanner.useStore(undefined);
  return new KeywordScanner(keywords);
}

/** A store over `files` that records what the scanner asked of it. */
function recording(files: KeywordTableStore): KeywordTableStore & { loaded: number; saved: number } {
  const store = {
    loaded: 0,
    saved: 0,
    load: (key: string) => {
      const bytes = files.load(key);
      if (bytes) store.loaded++;
      return bytes;
    },
    save: (key: string, bytes: Uint8Array) => {
      store.saved++;
      files.save(key, bytes);
    },
  };
  return store;
}

function tableFile(dir: string): string {
  const [name] = readdirSync(dir).filter((n) => n.endsWith('.bin'));
  if (name === undefined) throw new Error(`no table file in ${dir}`);
  return join(dir, name);
}

afterEach(() => {
  KeywordScanner.useStore(undefined);
  cleanup();
});

describe('keyword automaton tables kept on disk', () => {
  it('saves the tables once, then loads them, and the loaded automaton finds what a fresh one finds', () => {
    const expected = hits(reference());
    const dir = join(tempDir(), 'cache');
    const store = recording(new KeywordTableFiles(dir));
    KeywordScanner.useStore(store);
    const first = new KeywordScanner(KEYWORDS);
    expect({ loaded: store.loaded, saved: store.saved }).toEqual({ loaded: 0, saved: 1 });
    const second = new KeywordScanner(KEYWORDS);
    expect({ loaded: store.loaded, saved: store.saved }).toEqual({ loaded: 1, saved: 1 });
    expect(hits(first)).toEqual(expected);
    expect(hits(second)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(KEYWORDS.length);
  });

  it('keeps non-ASCII keywords (edges outside the table) through a round trip', () => {
    const keywords = ['clé', 'schlüssel', 'ключ', 'k\u212aey', 'ab'];
    const text = 'CLÉ Schlüssel КЛЮЧ kKey k\u212aey ab AB clé';
    const expected = hits(reference(keywords), text);
    KeywordScanner.useStore(new KeywordTableFiles(join(tempDir(), 'cache')));
    new KeywordScanner(keywords);
    const loaded = new KeywordScanner(keywords);
    expect(hits(loaded, text)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(6);
  });

  it.each([
    ['a flipped byte in the tables', (b: Buffer) => Buffer.concat([b.subarray(0, 5000), Buffer.from([(b[5000] ?? 0) ^ 0x10]), b.subarray(5001)])],
    ['a truncated file', (b: Buffer) => b.subarray(0, b.length - 100)],
    ['an empty file', () => Buffer.alloc(0)],
    ['another magic', (b: Buffer) => Buffer.concat([Buffer.from('XXXXXXXX'), b.subarray(8)])],
    ['garbage', () => Buffer.alloc(4096, 0xa5)],
  ])('ignores %s, rebuilds and rewrites a sound file', (_what, damage) => {
    const expected = hits(reference());
    const dir = join(tempDir(), 'cache');
    KeywordScanner.useStore(new KeywordTableFiles(dir));
    new KeywordScanner(KEYWORDS);
    const file = tableFile(dir);
    const sound = readFileSync(file);
    writeFileSync(file, damage(sound));
    const store = recording(new KeywordTableFiles(dir));
    KeywordScanner.useStore(store);
    expect(hits(new KeywordScanner(KEYWORDS))).toEqual(expected);
    expect({ loaded: store.loaded, saved: store.saved }).toEqual({ loaded: 0, saved: 1 });
    expect(readFileSync(file).equals(sound)).toBe(true);
  });

  it('rejects sound tables of another keyword list saved under this key', () => {
    const dir = join(tempDir(), 'cache');
    const files = new KeywordTableFiles(dir);
    const other = ['alpha', 'beta', 'gamma'];
    KeywordScanner.useStore(files);
    new KeywordScanner(other);
    // A store that answers every key with the other list's (checksummed, well-formed) tables.
    const otherBytes = files.load(KeywordScanner.tablesKey(other));
    expect(otherBytes).toBeDefined();
    const store = recording({ load: () => otherBytes, save: () => undefined });
    KeywordScanner.useStore(store);
    const keywords = ['delta', 'epsilon', 'zeta'];
    const scanner = new KeywordScanner(keywords);
    expect(store.saved).toBe(1);
    expect(hits(scanner, 'DELTA zeta alpha')).toEqual([
      [0, 0],
      [6, 2],
    ]);
  });

  it('builds as usual when the directory cannot be written or a store throws', () => {
    const expected = hits(reference());
    const blocked = join(tempDir(), 'file');
    writeFileSync(blocked, 'not a directory');
    KeywordScanner.useStore(new KeywordTableFiles(join(blocked, 'cache')));
    expect(hits(new KeywordScanner(KEYWORDS))).toEqual(expected);
    KeywordScanner.useStore({
      load: () => {
        throw new Error('load failed');
      },
      save: () => {
        throw new Error('save failed');
      },
    });
    expect(hits(new KeywordScanner(KEYWORDS))).toEqual(expected);
  });

  it('keeps the newest few table files', () => {
    const dir = join(tempDir(), 'cache');
    KeywordScanner.useStore(new KeywordTableFiles(dir));
    for (let i = 0; i < 12; i++) new KeywordScanner([`word${i}`, 'other']);
    expect(readdirSync(dir).filter((n) => n.endsWith('.bin')).length).toBe(8);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('keywordCacheDir', () => {
  it('honours BOUNDARY_GUARD_CACHE_DIR, and an empty value turns the cache off', () => {
    expect(keywordCacheDir({ BOUNDARY_GUARD_CACHE_DIR: '/somewhere/else' })).toBe('/somewhere/else');
    expect(keywordCacheDir({ BOUNDARY_GUARD_CACHE_DIR: '' })).toBeUndefined();
  });

  it("defaults to node_modules/.cache/boundary-guard of the package's own node_modules", () => {
    expect(keywordCacheDir({})).toBe(join(repoRoot, 'node_modules', '.cache', 'boundary-guard'));
  });
});
