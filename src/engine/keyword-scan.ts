/**
 * The prefilter's keyword search: one Aho–Corasick automaton over all
 * keywords, run over the text once. It finds what a case-insensitive
 * (non-unicode `/i`) alternation of the keywords finds when tried at every
 * position — the longest keyword starting there — at a fraction of the cost:
 * a table step per character instead of a regex alternation per position.
 */
import { Buffer } from 'node:buffer';
import { sha256Hex } from './hash.js';
import { KEYWORD_WALK_WASM } from './keyword-walk-wasm.js';

/** Case folding of a non-unicode `/i` regex: upper case, but never from non-ASCII to ASCII. */
function canonical(code: number): number {
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const folded = upper.charCodeAt(0);
  return code >= 128 && folded < 128 ? code : folded;
}

const ASCII = 128;

/**
 * Keeps built automaton tables between processes. The engine knows nothing
 * about files: a host that has somewhere to keep them (the scanner CLI)
 * installs a store with `KeywordScanner.useStore`. A store returns bytes
 * exactly as saved or nothing; the tables' own layout is checked on load.
 */
export interface KeywordTableStore {
  load(key: string): Uint8Array | undefined;
  save(key: string, bytes: Uint8Array): void;
}

/** Layout of saved tables: a header of int32 fields, then the tables. Bump on any change to it. */
const TABLES_FORMAT = 1;
/** 'BGKA' read as a little-endian int32: also rejects tables saved on a machine of the other byte order. */
const TABLES_MAGIC = 0x414b4742;
const HEADER_INTS = 6;

/** Tables as restored from a store. */
interface SavedTables {
  readonly classOf: Int32Array;
  readonly stride: number;
  readonly own: Int32Array;
  readonly fail: Int32Array;
  readonly dict: Int32Array;
  readonly firstOut: Int32Array;
  readonly flagged: Int32Array;
  readonly wide: Map<number, Map<number, number>>;
}

export class KeywordScanner {
  private static store: KeywordTableStore | undefined;

  /**
   * Installs (or, with undefined, removes) the store that scanners built
   * from now on load their tables from and save them to.
   */
  static useStore(store: KeywordTableStore | undefined): void {
    KeywordScanner.store = store;
  }

  /**
   * The store key of a keyword list: it covers the keywords in order and the
   * source of the code that builds the tables, so a change to either never
   * meets tables built before it.
   */
  static tablesKey(keywords: readonly string[]): string {
    return sha256Hex(JSON.stringify([TABLES_FORMAT, canonical.toString(), KeywordScanner.toString(), keywords]));
  }

  readonly keywords: readonly string[];
  /**
   * ASCII code -> character class: one class per (case-folded) character that
   * occurs in a keyword, and class 0 for all others. Rows of the tables are
   * `stride` classes wide instead of 128 codes, which makes building the
   * automaton (once per engine, before the JIT warms up) several times cheaper.
   */
  private readonly classOf: Int32Array;
  private readonly stride: number;
  /** Goto edges on non-ASCII (canonical) codes, only for states that have any. */
  private readonly wide: Map<number, Map<number, number>>;
  private readonly fail: Int32Array;
  /** Keyword ending at the state itself, or -1. */
  private readonly own: Int32Array;
  /** Nearest state on the failure chain that ends a keyword, or -1. */
  private readonly dict: Int32Array;
  private readonly hasWide: boolean;
  /** First state on the chain (the state, then `dict`) that ends a keyword, or -1: one lookup per character. */
  private readonly firstOut: Int32Array;
  private readonly lengths: Int32Array;
  private readonly maxLength: number;
  /**
   * The full transition table for ASCII input, `flagged[state * stride +
   * classOf[code]]`: targets premultiplied by `stride` (the row offset), and
   * stored as `~(target * stride)` when the target ends a keyword, so one
   * load and one sign test per character do it all.
   */
  private readonly flagged: Int32Array;
  private readonly canonicalCache = new Map<number, number>();
  /** Gathered hits of the two walks, reused between scans. */
  private readonly buffers: readonly [HitBuffer, HitBuffer] = [new HitBuffer(), new HitBuffer()];
  private readonly pending = new PendingHits();
  /** The WebAssembly walk: undefined until first needed, null where it could not be made. */
  private walker: WasmWalker | null | undefined;

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    this.lengths = Int32Array.from(keywords, (k) => k.length);
    this.maxLength = Math.max(1, ...keywords.map((k) => k.length));
    const store = KeywordScanner.store;
    const key = store ? KeywordScanner.tablesKey(keywords) : '';
    const saved = store ? KeywordScanner.restore(store, key, keywords.length) : undefined;
    if (saved) {
      this.classOf = saved.classOf;
      this.stride = saved.stride;
      this.own = saved.own;
      this.fail = saved.fail;
      this.dict = saved.dict;
      this.firstOut = saved.firstOut;
      this.flagged = saved.flagged;
      this.wide = saved.wide;
      this.hasWide = this.wide.size > 0;
      return;
    }
    // Character classes first: one per (folded) ASCII character that occurs in a keyword.
    const classOf = new Int32Array(ASCII);
    let stride = 1;
    let bound = 1;
    for (const keyword of keywords) {
      bound += keyword.length;
      for (let i = 0; i < keyword.length; i++) {
        const code = this.fold(keyword.charCodeAt(i));
        if (code < ASCII && classOf[code] === 0) classOf[code] = stride++;
      }
    }
    // Lower-case letters share their upper-case letter's class (keywords are folded to upper case).
    for (let code = 97; code <= 122; code++) classOf[code] = classOf[code - 32] ?? 0;
    this.classOf = classOf;
    this.stride = stride;

    // The trie, in typed arrays rather than a map per state (start-up allocates little): ASCII edges
    // in `trie` rows of `stride` classes (0 = no edge; the root is never a target), others in `wide`.
    const trie = new Int32Array(bound * stride);
    this.wide = new Map();
    const ownList: number[] = [-1];
    keywords.forEach((keyword, id) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const code = this.fold(keyword.charCodeAt(i));
        let next: number | undefined;
        if (code < ASCII) {
          const at = state * stride + (classOf[code] ?? 0);
          next = trie[at] ?? 0;
          if (next === 0) trie[at] = next = ownList.push(-1) - 1;
        } else {
          let map = this.wide.get(state);
          if (!map) this.wide.set(state, (map = new Map<number, number>()));
          next = map.get(code);
          if (next === undefined) map.set(code, (next = ownList.push(-1) - 1));
        }
        state = next;
      }
      // Two keywords that fold to the same text: keep the first.
      if (keyword.length > 0 && ownList[state] === -1) ownList[state] = id;
    });
    const count = ownList.length;
    this.own = Int32Array.from(ownList);
    this.fail = new Int32Array(count);
    this.dict = new Int32Array(count).fill(-1);
    this.firstOut = new Int32Array(count).fill(-1);
    this.flagged = new Int32Array(count * stride);
    const link = (next: number, target: number): void => {
      this.fail[next] = target;
      this.dict[next] = (this.own[target] ?? -1) >= 0 ? target : (this.dict[target] ?? -1);
      this.firstOut[next] = (this.own[next] ?? -1) >= 0 ? next : (this.dict[next] ?? -1);
    };
    // Breadth first (each trie state has one parent), so a state's failure target is complete before the state.
    const order: number[] = [0];
    for (let q = 0; q < order.length; q++) {
      const state = order[q] ?? 0;
      const row = state * stride;
      // The failure state's row, then this state's own edges over it.
      if (state !== 0) {
        const from = (this.fail[state] ?? 0) * stride;
        this.flagged.copyWithin(row, from, from + stride);
      }
      for (let c = 1; c < stride; c++) {
        const next = trie[row + c] ?? 0;
        if (next === 0) continue;
        // The target's failure link and outputs first: the encoded edge carries whether it ends a keyword.
        link(next, state === 0 ? 0 : this.stepClass(this.fail[state] ?? 0, c));
        this.flagged[row + c] = this.encode(next);
        order.push(next);
      }
      for (const [code, next] of this.wide.get(state) ?? []) {
        link(next, state === 0 ? 0 : this.step(this.fail[state] ?? 0, code));
        order.push(next);
      }
    }
    this.hasWide = this.wide.size > 0;
    if (store) {
      try {
        store.save(key, this.saveTables(key));
      } catch {
        // A store that cannot keep the tables costs the next process a rebuild, nothing more.
      }
    }
  }

  /** The tables as bytes: header (magic, format, stride, states, wide edges, keywords), key, then the tables. */
  private saveTables(key: string): Uint8Array {
    const wideEdges: number[] = [];
    for (const [state, map] of this.wide) for (const [code, next] of map) wideEdges.push(state, code, next);
    const count = this.own.length;
    const keyBytes = Buffer.from(key, 'utf8');
    const keyInts = Math.ceil(keyBytes.length / 4);
    const ints = new Int32Array(HEADER_INTS + keyInts + ASCII + 4 * count + this.flagged.length + wideEdges.length);
    ints.set([TABLES_MAGIC, TABLES_FORMAT, this.stride, count, wideEdges.length / 3, this.keywords.length]);
    new Uint8Array(ints.buffer).set(keyBytes, HEADER_INTS * 4);
    let at = HEADER_INTS + keyInts;
    for (const table of [this.classOf, this.own, this.fail, this.dict, this.firstOut, this.flagged, wideEdges]) {
      ints.set(table, at);
      at += table.length;
    }
    return new Uint8Array(ints.buffer);
  }

  /** Tables from the store when their header, key and size fit these keywords; otherwise undefined (the caller builds). */
  private static restore(store: KeywordTableStore, key: string, keywordCount: number): SavedTables | undefined {
    let bytes: Uint8Array | undefined;
    try {
      bytes = store.load(key);
    } catch {
      return undefined;
    }
    if (!bytes || bytes.byteLength % 4 !== 0 || bytes.byteLength < HEADER_INTS * 4) return undefined;
    // Int32 views need an aligned offset; a copy is cheap next to a rebuild.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const ints = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
    const [magic, format, stride = 0, count = 0, wideCount = 0, keywords] = ints;
    if (magic !== TABLES_MAGIC || format !== TABLES_FORMAT || keywords !== keywordCount) return undefined;
    if (stride < 1 || stride > ASCII + 1 || count < 1 || wideCount < 0) return undefined;
    const keyBytes = Buffer.from(key, 'utf8');
    const keyInts = Math.ceil(keyBytes.length / 4);
    const tablesAt = HEADER_INTS + keyInts;
    if (ints.length !== tablesAt + ASCII + 4 * count + count * stride + 3 * wideCount) return undefined;
    if (!keyBytes.equals(Buffer.from(aligned.buffer, aligned.byteOffset + HEADER_INTS * 4, keyBytes.length))) return undefined;
    let at = tablesAt;
    const take = (length: number): Int32Array => ints.subarray(at, (at += length));
    const classOf = take(ASCII);
    const own = take(count);
    const fail = take(count);
    const dict = take(count);
    const firstOut = take(count);
    const flagged = take(count * stride);
    const edges = take(3 * wideCount);
    const wide = new Map<number, Map<number, number>>();
    for (let e = 0; e < edges.length; e += 3) {
      const state = edges[e] ?? 0;
      let map = wide.get(state);
      if (!map) wide.set(state, (map = new Map<number, number>()));
      map.set(edges[e + 1] ?? 0, edges[e + 2] ?? 0);
    }
    return { classOf, stride, own, fail, dict, firstOut, flagged, wide };
  }

  /** A transition target as stored in `flagged`. */
  private encode(target: number): number {
    return this.firstOut[target] === -1 ? target * this.stride : ~(target * this.stride);
  }

  private fold(code: number): number {
    if (code < ASCII) return code >= 97 && code <= 122 ? code - 32 : code;
    let folded = this.canonicalCache.get(code);
    if (folded === undefined) {
      folded = canonical(code);
      this.canonicalCache.set(code, folded);
    }
    return folded;
  }

  /** One transition on an ASCII character class. */
  private stepClass(state: number, cls: number): number {
    const encoded = this.flagged[state * this.stride + cls] ?? 0;
    return (encoded >= 0 ? encoded : ~encoded) / this.stride;
  }

  /** One transition on a canonical code. */
  private step(state: number, code: number): number {
    if (code < ASCII) return this.stepClass(state, this.classOf[code] ?? 0);
    for (let s = state; ; s = this.fail[s] ?? 0) {
      const next = this.wide.get(s)?.get(code);
      if (next !== undefined) return next;
      if (s === 0) return 0;
    }
  }

  /**
   * Calls `onHit(start, id)` for the longest keyword starting at each
   * position where one starts, in text order.
   *
   * When every keyword is ASCII, the walk runs in WebAssembly over the
   * text's UTF-16 code units (see `WasmWalker`); otherwise it steps through
   * the string here. Hits are gathered as (end, row) pairs, then expanded and
   * ordered.
   */
  scan(text: string, onHit: (start: number, id: number) => void): void {
    const length = text.length;
    const first = this.buffers[0];
    const second = this.buffers[1];
    first.count = 0;
    second.count = 0;
    this.pending.clear();
    const walker = this.wasmWalker();
    if (!walker) {
      this.walk(text, first);
      this.emit(first, length, onHit, true);
      return;
    }
    const mid = length >= SPLIT_AT ? length >> 1 : length;
    walker.walk(text, mid, Math.min(length, mid + this.maxLength - 1), first, second);
    this.emit(first, mid, onHit, false);
    this.emit(second, length, onHit, true);
  }

  /** Whether `scan` walks in WebAssembly: every keyword is ASCII and the runtime has WebAssembly. */
  get walksInWebAssembly(): boolean {
    return this.wasmWalker() !== undefined;
  }

  /** The WebAssembly walk over these tables, made on first use; undefined for a non-ASCII keyword or where WebAssembly cannot run. */
  private wasmWalker(): WasmWalker | undefined {
    if (this.hasWide) return undefined;
    if (this.walker === undefined) {
      try {
        this.walker = new WasmWalker(this.classOf, this.flagged);
      } catch {
        this.walker = null;
      }
    }
    return this.walker ?? undefined;
  }

  /** One walk over the whole text in JavaScript, hits into `hits`. */
  private walk(text: string, hits: HitBuffer): void {
    const { flagged, classOf, hasWide } = this;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const next = code < ASCII ? (flagged[row + (classOf[code] as number)] as number) : hasWide ? this.wideNext(row, code) : 0;
      if (next >= 0) row = next;
      else hits.push(i, (row = ~next));
    }
  }

  /** The encoded transition on a non-ASCII code from the state whose row starts at `row`. */
  private wideNext(row: number, code: number): number {
    return this.encode(this.step(row / this.stride, this.fold(code)));
  }

  /**
   * Expands gathered hits into keywords (longest per start) whose start lies
   * before `startLimit`, and reports them in start order. `last` flushes
   * every pending keyword at the end.
   */
  private emit(hits: HitBuffer, startLimit: number, onHit: (start: number, id: number) => void, last: boolean): void {
    const { own, dict, firstOut, lengths, maxLength, stride } = this;
    const { ends, rows } = hits;
    const pending = this.pending;
    for (let h = 0; h < hits.count; h++) {
      const end = ends[h] as number;
      // Keywords found from here on start at end + 1 - maxLength or later: pending ones before that are final.
      pending.flushBefore(end + 1 - maxLength, onHit);
      for (let o = firstOut[(rows[h] as number) / stride] as number; o !== -1; o = dict[o] as number) {
        const id = own[o] as number;
        const start = end + 1 - (lengths[id] as number);
        if (start < startLimit) pending.add(start, id, lengths);
      }
    }
    if (last) pending.flushBefore(Infinity, onHit);
  }
}

/** Texts at least this long are walked as two halves. */
const SPLIT_AT = 4096;

/** Code units per chunk copied into the walk's memory. */
const CHUNK = 32 * 1024;
/** Where the transition table starts in the walk's memory: after 256 int32 byte classes. */
const TABLE_AT = 1024;
const PAGE = 64 * 1024;

/** The part of the WebAssembly JS API used here; the compiler's libraries for Node do not declare it. */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: unknown };
};

interface WasmGlobal {
  value: number;
}

interface WalkExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  readonly rowA: WasmGlobal;
  readonly rowB: WasmGlobal;
  readonly hitsA: WasmGlobal;
  readonly hitsB: WasmGlobal;
  walkTwo(a: number, b: number, n: number, outA: number, outB: number): void;
  walkOne(a: number, n: number, out: number): void;
}

let walkModule: object | undefined;

/**
 * The automaton's walk in WebAssembly (keyword-walk.wat), for keyword sets
 * that are all ASCII. The text goes into the walk's memory in chunks, as
 * UTF-16 code units, so hits map back to string offsets by halving. No
 * keyword character is outside ASCII and folding never maps a non-ASCII unit
 * into ASCII, so the walk reads every unit from 0x80 up as one class: that
 * of the characters no keyword holds.
 *
 * The memory holds the classes and the table (4 bytes per entry), two text
 * chunks and two hit lists, and does not grow with the text.
 */
class WasmWalker {
  private readonly exports: WalkExports;
  private readonly bytes: Buffer;
  private readonly ints: Int32Array;
  private readonly textA: number;
  private readonly textB: number;
  private readonly hitsA: number;
  private readonly hitsB: number;

  constructor(classOf: Int32Array, flagged: Int32Array) {
    walkModule ??= new WebAssembly.Module(KEYWORD_WALK_WASM);
    this.exports = new WebAssembly.Instance(walkModule).exports as WalkExports;
    this.textA = TABLE_AT + 4 * flagged.length;
    this.textB = this.textA + 2 * CHUNK;
    this.hitsA = this.textB + 2 * CHUNK;
    this.hitsB = this.hitsA + 8 * CHUNK;
    const size = this.hitsB + 8 * CHUNK;
    const memory = this.exports.memory;
    memory.grow(Math.max(0, Math.ceil(size / PAGE) - memory.buffer.byteLength / PAGE));
    this.bytes = Buffer.from(memory.buffer);
    this.ints = new Int32Array(memory.buffer);
    // Units 0x80..0xFF keep class 0, as the fresh memory has it.
    for (let code = 0; code < ASCII; code++) this.ints[code] = 4 * (classOf[code] ?? 0);
    // Rows in the table are byte offsets: 4 times the row index, the complement kept for a keyword end.
    const table = this.ints.subarray(TABLE_AT / 4, TABLE_AT / 4 + flagged.length);
    for (let i = 0; i < flagged.length; i++) {
      const entry = flagged[i] as number;
      table[i] = entry >= 0 ? 4 * entry : ~(4 * ~entry);
    }
  }

  /**
   * Walks [0, firstEnd) into `first` and [mid, length) into `second`, both
   * from the root: in step while both have text, then each on its own.
   */
  walk(text: string, mid: number, firstEnd: number, first: HitBuffer, second: HitBuffer): void {
    const { exports: walk, textA, textB, hitsA, hitsB } = this;
    const together = Math.min(firstEnd, text.length - mid);
    walk.rowA.value = 0;
    walk.rowB.value = 0;
    for (let k = 0; k < together; k += CHUNK) {
      const n = Math.min(CHUNK, together - k);
      this.load(text, k, n, textA);
      this.load(text, mid + k, n, textB);
      walk.walkTwo(textA, textB, n, hitsA, hitsB);
      this.drain(hitsA, walk.hitsA.value, 2 * k - textA, first);
      this.drain(hitsB, walk.hitsB.value, 2 * (mid + k) - textB, second);
    }
    this.walkAlone(text, together, firstEnd, first);
    walk.rowA.value = walk.rowB.value;
    this.walkAlone(text, mid + together, text.length, second);
  }

  /** One walk over [from, to), on from rowA. */
  private walkAlone(text: string, from: number, to: number, hits: HitBuffer): void {
    const { exports: walk, textA, hitsA } = this;
    for (let k = from; k < to; k += CHUNK) {
      const n = Math.min(CHUNK, to - k);
      this.load(text, k, n, textA);
      walk.walkOne(textA, n, hitsA);
      this.drain(hitsA, walk.hitsA.value, 2 * k - textA, hits);
    }
  }

  /** Copies text[from, from + n) to `at` as UTF-16 code units. */
  private load(text: string, from: number, n: number, at: number): void {
    this.bytes.write(text.slice(from, from + n), at, 2 * n, 'utf16le');
  }

  /** Moves `count` hits from the list at `list` into `hits`; an address plus `shift` is twice the text offset. */
  private drain(list: number, count: number, shift: number, hits: HitBuffer): void {
    const ints = this.ints;
    for (let h = 0, at = list >> 2; h < count; h++, at += 2) hits.push(((ints[at] as number) + shift) >> 1, (ints[at + 1] as number) >> 2);
  }
}

/** Hit ends and states of one walk, in reusable typed arrays. */
class HitBuffer {
  ends = new Int32Array(1024);
  rows = new Int32Array(1024);
  count = 0;

  push(end: number, row: number): void {
    if (this.count === this.ends.length) {
      const ends = new Int32Array(this.count * 2);
      ends.set(this.ends);
      const rows = new Int32Array(this.count * 2);
      rows.set(this.rows);
      this.ends = ends;
      this.rows = rows;
    }
    this.ends[this.count] = end;
    this.rows[this.count++] = row;
  }
}

/** Keywords found but not reported yet: sorted by start, one per start (the longest). */
class PendingHits {
  private starts: number[] = [];
  private ids: number[] = [];
  private head = 0;

  /** Adds a keyword; they come in order of their end, so a start lies at most one keyword length behind. */
  add(start: number, id: number, lengths: Int32Array): void {
    const { starts, ids, head } = this;
    let j = starts.length;
    while (j > head && (starts[j - 1] as number) > start) j--;
    if (j > head && starts[j - 1] === start) {
      if ((lengths[ids[j - 1] as number] as number) < (lengths[id] as number)) ids[j - 1] = id;
    } else if (j === starts.length) {
      starts.push(start);
      ids.push(id);
    } else {
      starts.splice(j, 0, start);
      ids.splice(j, 0, id);
    }
  }

  clear(): void {
    this.starts.length = 0;
    this.ids.length = 0;
    this.head = 0;
  }

  /** Reports, in order, every pending keyword that starts before `limit`. */
  flushBefore(limit: number, onHit: (start: number, id: number) => void): void {
    const { starts, ids } = this;
    while (this.head < starts.length && (starts[this.head] as number) < limit) {
      const at = this.head++;
      onHit(starts[at] as number, ids[at] as number);
    }
    if (this.head === starts.length && this.head > 0) this.clear();
  }
}
