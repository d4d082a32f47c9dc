import { Buffer as Buffer$1 } from "node:buffer";
import { createHash, createHmac, randomBytes } from "node:crypto";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
// dist/src/engine/hash.js
/** Hex SHA-256 of `value`, cut to `length` characters. Not for values: outputs hash them with `keyedHex`. */
function sha256Hex(value, length = 64) {
	return createHash("sha256").update(value, "utf8").digest("hex").slice(0, length);
}
/**
* Hex HMAC-SHA-256 of `value` under `key`, cut to `length` characters. Every
* hash of a value that reaches an output (value hash, preview, fingerprint)
* is keyed, so that someone without the key cannot confirm a guessed value
* by hashing it.
*/
function keyedHex(key, value, length = 64) {
	return createHmac("sha256", key).update(value, "utf8").digest("hex").slice(0, length);
}
/** A fresh random key: 32 bytes as 64 hex characters. */
function randomHashKey() {
	return randomBytes(32).toString("hex");
}
/**
* The key an engine uses when none is given: random, made once per process.
* Hashes made with it match within the process (the CLI and the ESLint
* plugin in one run) and nowhere else.
*/
const PROCESS_HASH_KEY = randomHashKey();
/** The environment variable a repository's hash key can be given in (a CI secret). */
const HASH_KEY_ENV = "BOUNDARY_GUARD_HASH_KEY";
/** A usable key: 16 to 1024 printable ASCII characters, no space at either end. */
function isValidHashKey(key) {
	return key.length >= 16 && key.length <= 1024 && /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/u.test(key);
}
/**
* The key given in `BOUNDARY_GUARD_HASH_KEY`, if set. Read by the surfaces
* (scanner, ESLint plugin, library default), never by an engine itself. A
* malformed key throws, with a message that does not echo it.
*/
function hashKeyFromEnv(env = process.env) {
	const key = env[HASH_KEY_ENV];
	if (key === void 0 || key === "") return void 0;
	if (!isValidHashKey(key)) throw new TypeError(`${HASH_KEY_ENV} must be 16 to 1024 printable ASCII characters`);
	return key;
}
// dist/src/engine/keyword-walk-wasm.js
/** The assembled keyword walk (WebAssembly binary format). */
const KEYWORD_WALK_WASM = new Uint8Array([
	0,
	97,
	115,
	109,
	1,
	0,
	0,
	0,
	1,
	15,
	2,
	96,
	5,
	127,
	127,
	127,
	127,
	127,
	0,
	96,
	3,
	127,
	127,
	127,
	0,
	3,
	3,
	2,
	0,
	1,
	5,
	3,
	1,
	0,
	1,
	6,
	21,
	4,
	127,
	1,
	65,
	0,
	11,
	127,
	1,
	65,
	0,
	11,
	127,
	1,
	65,
	0,
	11,
	127,
	1,
	65,
	0,
	11,
	7,
	60,
	7,
	6,
	109,
	101,
	109,
	111,
	114,
	121,
	2,
	0,
	4,
	114,
	111,
	119,
	65,
	3,
	0,
	4,
	114,
	111,
	119,
	66,
	3,
	1,
	5,
	104,
	105,
	116,
	115,
	65,
	3,
	2,
	5,
	104,
	105,
	116,
	115,
	66,
	3,
	3,
	7,
	119,
	97,
	108,
	107,
	84,
	119,
	111,
	0,
	0,
	7,
	119,
	97,
	108,
	107,
	79,
	110,
	101,
	0,
	1,
	10,
	241,
	2,
	2,
	233,
	1,
	1,
	8,
	127,
	32,
	0,
	32,
	2,
	65,
	1,
	116,
	106,
	33,
	5,
	35,
	0,
	33,
	6,
	35,
	1,
	33,
	7,
	32,
	3,
	33,
	10,
	32,
	4,
	33,
	11,
	2,
	64,
	3,
	64,
	32,
	0,
	32,
	5,
	79,
	13,
	1,
	32,
	6,
	32,
	0,
	47,
	1,
	0,
	34,
	12,
	65,
	128,
	1,
	32,
	12,
	65,
	128,
	2,
	73,
	27,
	65,
	2,
	116,
	40,
	2,
	0,
	106,
	40,
	2,
	128,
	8,
	33,
	8,
	32,
	7,
	32,
	1,
	47,
	1,
	0,
	34,
	12,
	65,
	128,
	1,
	32,
	12,
	65,
	128,
	2,
	73,
	27,
	65,
	2,
	116,
	40,
	2,
	0,
	106,
	40,
	2,
	128,
	8,
	33,
	9,
	32,
	8,
	65,
	0,
	78,
	4,
	64,
	32,
	8,
	33,
	6,
	5,
	32,
	8,
	65,
	127,
	115,
	33,
	6,
	32,
	10,
	32,
	0,
	54,
	2,
	0,
	32,
	10,
	32,
	6,
	54,
	2,
	4,
	32,
	10,
	65,
	8,
	106,
	33,
	10,
	11,
	32,
	9,
	65,
	0,
	78,
	4,
	64,
	32,
	9,
	33,
	7,
	5,
	32,
	9,
	65,
	127,
	115,
	33,
	7,
	32,
	11,
	32,
	1,
	54,
	2,
	0,
	32,
	11,
	32,
	7,
	54,
	2,
	4,
	32,
	11,
	65,
	8,
	106,
	33,
	11,
	11,
	32,
	0,
	65,
	2,
	106,
	33,
	0,
	32,
	1,
	65,
	2,
	106,
	33,
	1,
	12,
	0,
	11,
	11,
	32,
	6,
	36,
	0,
	32,
	7,
	36,
	1,
	32,
	10,
	32,
	3,
	107,
	65,
	3,
	118,
	36,
	2,
	32,
	11,
	32,
	4,
	107,
	65,
	3,
	118,
	36,
	3,
	11,
	131,
	1,
	1,
	5,
	127,
	32,
	0,
	32,
	1,
	65,
	1,
	116,
	106,
	33,
	3,
	35,
	0,
	33,
	4,
	32,
	2,
	33,
	6,
	2,
	64,
	3,
	64,
	32,
	0,
	32,
	3,
	79,
	13,
	1,
	32,
	4,
	32,
	0,
	47,
	1,
	0,
	34,
	7,
	65,
	128,
	1,
	32,
	7,
	65,
	128,
	2,
	73,
	27,
	65,
	2,
	116,
	40,
	2,
	0,
	106,
	40,
	2,
	128,
	8,
	33,
	5,
	32,
	5,
	65,
	0,
	78,
	4,
	64,
	32,
	5,
	33,
	4,
	5,
	32,
	5,
	65,
	127,
	115,
	33,
	4,
	32,
	6,
	32,
	0,
	54,
	2,
	0,
	32,
	6,
	32,
	4,
	54,
	2,
	4,
	32,
	6,
	65,
	8,
	106,
	33,
	6,
	11,
	32,
	0,
	65,
	2,
	106,
	33,
	0,
	12,
	0,
	11,
	11,
	32,
	4,
	36,
	0,
	32,
	6,
	32,
	2,
	107,
	65,
	3,
	118,
	36,
	2,
	11
]);
// dist/src/engine/keyword-scan.js
/**
* The prefilter's keyword search: one Aho–Corasick automaton over all
* keywords, run over the text once. It finds what a case-insensitive
* (non-unicode `/i`) alternation of the keywords finds when tried at every
* position — the longest keyword starting there — at a fraction of the cost:
* a table step per character instead of a regex alternation per position.
*/
/** Case folding of a non-unicode `/i` regex: upper case, but never from non-ASCII to ASCII. */
function canonical(code) {
	const upper = String.fromCharCode(code).toUpperCase();
	if (upper.length !== 1) return code;
	const folded = upper.charCodeAt(0);
	return code >= 128 && folded < 128 ? code : folded;
}
const ASCII = 128;
/** Layout of saved tables: a header of int32 fields, then the tables. Bump on any change to it. */
const TABLES_FORMAT = 1;
/** 'BGKA' read as a little-endian int32: also rejects tables saved on a machine of the other byte order. */
const TABLES_MAGIC = 1095452482;
const HEADER_INTS = 6;
var KeywordScanner = class KeywordScanner {
	static store;
	/**
	* Installs (or, with undefined, removes) the store that scanners built
	* from now on load their tables from and save them to.
	*/
	static useStore(store) {
		KeywordScanner.store = store;
	}
	/**
	* The store key of a keyword list: it covers the keywords in order and the
	* source of the code that builds the tables, so a change to either never
	* meets tables built before it.
	*/
	static tablesKey(keywords) {
		return sha256Hex(JSON.stringify([
			TABLES_FORMAT,
			canonical.toString(),
			KeywordScanner.toString(),
			keywords
		]));
	}
	keywords;
	/**
	* ASCII code -> character class: one class per (case-folded) character that
	* occurs in a keyword, and class 0 for all others. Rows of the tables are
	* `stride` classes wide instead of 128 codes, which makes building the
	* automaton (once per engine, before the JIT warms up) several times cheaper.
	*/
	classOf;
	stride;
	/** Goto edges on non-ASCII (canonical) codes, only for states that have any. */
	wide;
	fail;
	/** Keyword ending at the state itself, or -1. */
	own;
	/** Nearest state on the failure chain that ends a keyword, or -1. */
	dict;
	hasWide;
	/** First state on the chain (the state, then `dict`) that ends a keyword, or -1: one lookup per character. */
	firstOut;
	lengths;
	maxLength;
	/**
	* The full transition table for ASCII input, `flagged[state * stride +
	* classOf[code]]`: targets premultiplied by `stride` (the row offset), and
	* stored as `~(target * stride)` when the target ends a keyword, so one
	* load and one sign test per character do it all.
	*/
	flagged;
	canonicalCache = /* @__PURE__ */ new Map();
	/** Gathered hits of the two walks, reused between scans. */
	buffers = [new HitBuffer(), new HitBuffer()];
	pending = new PendingHits();
	/** The WebAssembly walk: undefined until first needed, null where it could not be made. */
	walker;
	constructor(keywords) {
		this.keywords = keywords;
		this.lengths = Int32Array.from(keywords, (k) => k.length);
		this.maxLength = Math.max(1, ...keywords.map((k) => k.length));
		const store = KeywordScanner.store;
		const key = store ? KeywordScanner.tablesKey(keywords) : "";
		const saved = store ? KeywordScanner.restore(store, key, keywords.length) : void 0;
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
		for (let code = 97; code <= 122; code++) classOf[code] = classOf[code - 32] ?? 0;
		this.classOf = classOf;
		this.stride = stride;
		const trie = new Int32Array(bound * stride);
		this.wide = /* @__PURE__ */ new Map();
		const ownList = [-1];
		keywords.forEach((keyword, id) => {
			let state = 0;
			for (let i = 0; i < keyword.length; i++) {
				const code = this.fold(keyword.charCodeAt(i));
				let next;
				if (code < ASCII) {
					const at = state * stride + (classOf[code] ?? 0);
					next = trie[at] ?? 0;
					if (next === 0) trie[at] = next = ownList.push(-1) - 1;
				} else {
					let map = this.wide.get(state);
					if (!map) this.wide.set(state, map = /* @__PURE__ */ new Map());
					next = map.get(code);
					if (next === void 0) map.set(code, next = ownList.push(-1) - 1);
				}
				state = next;
			}
			if (keyword.length > 0 && ownList[state] === -1) ownList[state] = id;
		});
		const count = ownList.length;
		this.own = Int32Array.from(ownList);
		this.fail = new Int32Array(count);
		this.dict = new Int32Array(count).fill(-1);
		this.firstOut = new Int32Array(count).fill(-1);
		this.flagged = new Int32Array(count * stride);
		const link = (next, target) => {
			this.fail[next] = target;
			this.dict[next] = (this.own[target] ?? -1) >= 0 ? target : this.dict[target] ?? -1;
			this.firstOut[next] = (this.own[next] ?? -1) >= 0 ? next : this.dict[next] ?? -1;
		};
		const order = [0];
		for (let q = 0; q < order.length; q++) {
			const state = order[q] ?? 0;
			const row = state * stride;
			if (state !== 0) {
				const from = (this.fail[state] ?? 0) * stride;
				this.flagged.copyWithin(row, from, from + stride);
			}
			for (let c = 1; c < stride; c++) {
				const next = trie[row + c] ?? 0;
				if (next === 0) continue;
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
		if (store) try {
			store.save(key, this.saveTables(key));
		} catch {}
	}
	/** The tables as bytes: header (magic, format, stride, states, wide edges, keywords), key, then the tables. */
	saveTables(key) {
		const wideEdges = [];
		for (const [state, map] of this.wide) for (const [code, next] of map) wideEdges.push(state, code, next);
		const count = this.own.length;
		const keyBytes = Buffer$1.from(key, "utf8");
		const keyInts = Math.ceil(keyBytes.length / 4);
		const ints = new Int32Array(HEADER_INTS + keyInts + ASCII + 4 * count + this.flagged.length + wideEdges.length);
		ints.set([
			TABLES_MAGIC,
			TABLES_FORMAT,
			this.stride,
			count,
			wideEdges.length / 3,
			this.keywords.length
		]);
		new Uint8Array(ints.buffer).set(keyBytes, 24);
		let at = HEADER_INTS + keyInts;
		for (const table of [
			this.classOf,
			this.own,
			this.fail,
			this.dict,
			this.firstOut,
			this.flagged,
			wideEdges
		]) {
			ints.set(table, at);
			at += table.length;
		}
		return new Uint8Array(ints.buffer);
	}
	/** Tables from the store when their header, key and size fit these keywords; otherwise undefined (the caller builds). */
	static restore(store, key, keywordCount) {
		let bytes;
		try {
			bytes = store.load(key);
		} catch {
			return;
		}
		if (!bytes || bytes.byteLength % 4 !== 0 || bytes.byteLength < 24) return void 0;
		const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
		const ints = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
		const [magic, format, stride = 0, count = 0, wideCount = 0, keywords] = ints;
		if (magic !== TABLES_MAGIC || format !== TABLES_FORMAT || keywords !== keywordCount) return void 0;
		if (stride < 1 || stride > 129 || count < 1 || wideCount < 0) return void 0;
		const keyBytes = Buffer$1.from(key, "utf8");
		const keyInts = Math.ceil(keyBytes.length / 4);
		const tablesAt = HEADER_INTS + keyInts;
		if (ints.length !== tablesAt + ASCII + 4 * count + count * stride + 3 * wideCount) return void 0;
		if (!keyBytes.equals(Buffer$1.from(aligned.buffer, aligned.byteOffset + 24, keyBytes.length))) return void 0;
		let at = tablesAt;
		const take = (length) => ints.subarray(at, at += length);
		const classOf = take(ASCII);
		const own = take(count);
		const fail = take(count);
		const dict = take(count);
		const firstOut = take(count);
		const flagged = take(count * stride);
		const edges = take(3 * wideCount);
		const wide = /* @__PURE__ */ new Map();
		for (let e = 0; e < edges.length; e += 3) {
			const state = edges[e] ?? 0;
			let map = wide.get(state);
			if (!map) wide.set(state, map = /* @__PURE__ */ new Map());
			map.set(edges[e + 1] ?? 0, edges[e + 2] ?? 0);
		}
		return {
			classOf,
			stride,
			own,
			fail,
			dict,
			firstOut,
			flagged,
			wide
		};
	}
	/** A transition target as stored in `flagged`. */
	encode(target) {
		return this.firstOut[target] === -1 ? target * this.stride : ~(target * this.stride);
	}
	fold(code) {
		if (code < ASCII) return code >= 97 && code <= 122 ? code - 32 : code;
		let folded = this.canonicalCache.get(code);
		if (folded === void 0) {
			folded = canonical(code);
			this.canonicalCache.set(code, folded);
		}
		return folded;
	}
	/** One transition on an ASCII character class. */
	stepClass(state, cls) {
		const encoded = this.flagged[state * this.stride + cls] ?? 0;
		return (encoded >= 0 ? encoded : ~encoded) / this.stride;
	}
	/** One transition on a canonical code. */
	step(state, code) {
		if (code < ASCII) return this.stepClass(state, this.classOf[code] ?? 0);
		for (let s = state;; s = this.fail[s] ?? 0) {
			const next = this.wide.get(s)?.get(code);
			if (next !== void 0) return next;
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
	scan(text, onHit) {
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
	get walksInWebAssembly() {
		return this.wasmWalker() !== void 0;
	}
	/** The WebAssembly walk over these tables, made on first use; undefined for a non-ASCII keyword or where WebAssembly cannot run. */
	wasmWalker() {
		if (this.hasWide) return void 0;
		if (this.walker === void 0) try {
			this.walker = new WasmWalker(this.classOf, this.flagged);
		} catch {
			this.walker = null;
		}
		return this.walker ?? void 0;
	}
	/** One walk over the whole text in JavaScript, hits into `hits`. */
	walk(text, hits) {
		const { flagged, classOf, hasWide } = this;
		let row = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			const next = code < ASCII ? flagged[row + classOf[code]] : hasWide ? this.wideNext(row, code) : 0;
			if (next >= 0) row = next;
			else hits.push(i, row = ~next);
		}
	}
	/** The encoded transition on a non-ASCII code from the state whose row starts at `row`. */
	wideNext(row, code) {
		return this.encode(this.step(row / this.stride, this.fold(code)));
	}
	/**
	* Expands gathered hits into keywords (longest per start) whose start lies
	* before `startLimit`, and reports them in start order. `last` flushes
	* every pending keyword at the end.
	*/
	emit(hits, startLimit, onHit, last) {
		const { own, dict, firstOut, lengths, maxLength, stride } = this;
		const { ends, rows } = hits;
		const pending = this.pending;
		for (let h = 0; h < hits.count; h++) {
			const end = ends[h];
			pending.flushBefore(end + 1 - maxLength, onHit);
			for (let o = firstOut[rows[h] / stride]; o !== -1; o = dict[o]) {
				const id = own[o];
				const start = end + 1 - lengths[id];
				if (start < startLimit) pending.add(start, id, lengths);
			}
		}
		if (last) pending.flushBefore(Infinity, onHit);
	}
};
/** Texts at least this long are walked as two halves. */
const SPLIT_AT = 4096;
/** Code units per chunk copied into the walk's memory. */
const CHUNK = 32768;
/** Where the transition table starts in the walk's memory: after 256 int32 byte classes. */
const TABLE_AT = 1024;
const PAGE = 65536;
let walkModule;
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
var WasmWalker = class {
	exports;
	bytes;
	ints;
	textA;
	textB;
	hitsA;
	hitsB;
	constructor(classOf, flagged) {
		walkModule ??= new WebAssembly.Module(KEYWORD_WALK_WASM);
		this.exports = new WebAssembly.Instance(walkModule).exports;
		this.textA = TABLE_AT + 4 * flagged.length;
		this.textB = this.textA + 2 * CHUNK;
		this.hitsA = this.textB + 2 * CHUNK;
		this.hitsB = this.hitsA + 8 * CHUNK;
		const size = this.hitsB + 8 * CHUNK;
		const memory = this.exports.memory;
		memory.grow(Math.max(0, Math.ceil(size / PAGE) - memory.buffer.byteLength / PAGE));
		this.bytes = Buffer$1.from(memory.buffer);
		this.ints = new Int32Array(memory.buffer);
		for (let code = 0; code < ASCII; code++) this.ints[code] = 4 * (classOf[code] ?? 0);
		const table = this.ints.subarray(TABLE_AT / 4, TABLE_AT / 4 + flagged.length);
		for (let i = 0; i < flagged.length; i++) {
			const entry = flagged[i];
			table[i] = entry >= 0 ? 4 * entry : ~(4 * ~entry);
		}
	}
	/**
	* Walks [0, firstEnd) into `first` and [mid, length) into `second`, both
	* from the root: in step while both have text, then each on its own.
	*/
	walk(text, mid, firstEnd, first, second) {
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
	walkAlone(text, from, to, hits) {
		const { exports: walk, textA, hitsA } = this;
		for (let k = from; k < to; k += CHUNK) {
			const n = Math.min(CHUNK, to - k);
			this.load(text, k, n, textA);
			walk.walkOne(textA, n, hitsA);
			this.drain(hitsA, walk.hitsA.value, 2 * k - textA, hits);
		}
	}
	/** Copies text[from, from + n) to `at` as UTF-16 code units. */
	load(text, from, n, at) {
		this.bytes.write(text.slice(from, from + n), at, 2 * n, "utf16le");
	}
	/** Moves `count` hits from the list at `list` into `hits`; an address plus `shift` is twice the text offset. */
	drain(list, count, shift, hits) {
		const ints = this.ints;
		for (let h = 0, at = list >> 2; h < count; h++, at += 2) hits.push(ints[at] + shift >> 1, ints[at + 1] >> 2);
	}
};
/** Hit ends and states of one walk, in reusable typed arrays. */
var HitBuffer = class {
	ends = /* @__PURE__ */ new Int32Array(1024);
	rows = /* @__PURE__ */ new Int32Array(1024);
	count = 0;
	push(end, row) {
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
};
/** Keywords found but not reported yet: sorted by start, one per start (the longest). */
var PendingHits = class {
	starts = [];
	ids = [];
	head = 0;
	/** Adds a keyword; they come in order of their end, so a start lies at most one keyword length behind. */
	add(start, id, lengths) {
		const { starts, ids, head } = this;
		let j = starts.length;
		while (j > head && starts[j - 1] > start) j--;
		if (j > head && starts[j - 1] === start) {
			if (lengths[ids[j - 1]] < lengths[id]) ids[j - 1] = id;
		} else if (j === starts.length) {
			starts.push(start);
			ids.push(id);
		} else {
			starts.splice(j, 0, start);
			ids.splice(j, 0, id);
		}
	}
	clear() {
		this.starts.length = 0;
		this.ids.length = 0;
		this.head = 0;
	}
	/** Reports, in order, every pending keyword that starts before `limit`. */
	flushBefore(limit, onHit) {
		const { starts, ids } = this;
		while (this.head < starts.length && starts[this.head] < limit) {
			const at = this.head++;
			onHit(starts[at], ids[at]);
		}
		if (this.head === starts.length && this.head > 0) this.clear();
	}
};
// dist/src/contract/categories.js
/**
* The Boundary of CAVRA's public contracts as data: what a public repository
* may hold, and the categories of what it must never hold. Detectors, rules
* and reports all take their category ids, titles and descriptions from here.
*/
/** Category ids, in the order reports list them. */
const BOUNDARY_CATEGORY_IDS = [
	"license-key",
	"signing-material",
	"connector-credential",
	"escalation-webhook",
	"dashboard-url",
	"customer-identifier",
	"billing-record",
	"support-ticket",
	"customer-success-note",
	"customer-audit-payload",
	"paid-policy-pack",
	"enterprise-source",
	"saas-backend-code",
	"scheduler-implementation",
	"automation-worker"
];
const info = (id, title, description) => Object.freeze({
	id,
	title,
	description
});
/** Every Boundary category with its title and description, keyed by id. */
const BOUNDARY_CATEGORIES = Object.freeze({
	"license-key": info("license-key", "Licence key", "Product licence keys, signed licence tokens and licence-signing secrets."),
	"signing-material": info("signing-material", "Signing material", "Private keys (PEM, OpenSSH, PGP, PKCS#8, PuTTY), JWT and HMAC signing secrets, cosign and minisign keys."),
	"connector-credential": info("connector-credential", "Connector credential", "SaaS and cloud API tokens, database URLs and any URL that carries a password."),
	"escalation-webhook": info("escalation-webhook", "Escalation webhook", "Chat and incident webhooks (Slack, Discord, Teams, Google Chat, Mattermost), PagerDuty routing keys, Opsgenie integrations and tokened webhook URLs."),
	"dashboard-url": info("dashboard-url", "Production dashboard URL", "Links to production dashboards (Grafana, Datadog, Kibana, Looker, Tableau, Metabase, Power BI, New Relic, Splunk, Sentry) and internal or production hosts."),
	"customer-identifier": info("customer-identifier", "Customer identifier", "Real-looking customer, tenant and account ids, names and emails, billing-provider customer ids and provider account ids."),
	"billing-record": info("billing-record", "Billing record", "Invoices, charges, card numbers, IBANs and amounts tied to a named customer."),
	"support-ticket": info("support-ticket", "Support ticket", "Support ticket URLs and ticket contents (Zendesk, Freshdesk, Jira Service Management, ServiceNow, Intercom)."),
	"customer-success-note": info("customer-success-note", "Customer-success note", "Account notes, health scores, renewal and churn notes about a real customer."),
	"customer-audit-payload": info("customer-audit-payload", "Customer audit payload", "Audit-log events with real actors, IP addresses and tenant ids."),
	"paid-policy-pack": info("paid-policy-pack", "Paid policy pack", "Paid or enterprise policy pack files and their markers."),
	"enterprise-source": info("enterprise-source", "Enterprise source", "Imports of private packages, proprietary licence headers and enterprise source trees."),
	"saas-backend-code": info("saas-backend-code", "SaaS backend code", "Hosted-service implementation code and its markers."),
	"scheduler-implementation": info("scheduler-implementation", "Scheduler implementation", "Cron and queue schedulers wired to the private operating-automation checks."),
	"automation-worker": info("automation-worker", "Automation worker", "Worker implementations of the private operating-automation checks.")
});
/** What a public Community Edition repository may contain. */
const BOUNDARY_MAY_CONTAIN = Object.freeze([
	"request and response shapes",
	"schema versions",
	"synthetic examples",
	"tests"
]);
/** What a public Community Edition repository must never contain, in DESIGN order. */
const BOUNDARY_MUST_NOT_CONTAIN = Object.freeze([
	"Enterprise source",
	"SaaS backend code",
	"scheduler and automation-worker implementations",
	"billing records",
	"support tickets",
	"customer-success notes",
	"customer identifiers",
	"production dashboard URLs",
	"escalation webhooks",
	"connector credentials",
	"licence keys",
	"signing material",
	"paid policy packs",
	"customer audit payloads"
]);
// dist/src/engine/define-detector.js
/** Types and freezes a detector; does no work at import. */
function defineDetector(detector) {
	return Object.freeze(detector);
}
// dist/src/contract/constants.js
/**
* Vocabulary of CAVRA's `saas_operating_automation` contract, as published in
* its Community Edition. Tuples keep CAVRA's order; the literal unions are
* derived from them so that there is one source for both.
*/
/** Schema version of a SaaS control-plane request envelope. */
const REQUEST_SCHEMA_VERSION = "cavra.saas_control_plane.request.v1";
/** Schema version of a SaaS control-plane response envelope. */
const RESPONSE_SCHEMA_VERSION = "cavra.saas_control_plane.response.v1";
/** Schema version of the contract description returned by `describeContract()`. */
const CONTRACT_SCHEMA_VERSION = "cavra.saas_control_plane.contract.v1";
/** The operation this package's contract module implements. */
const OPERATING_AUTOMATION_OPERATION = "saas_operating_automation";
/** Every operation of the SaaS control plane, in CAVRA's order. */
const SAAS_OPERATIONS = [
	"entitlement_status",
	"tenant_onboarding",
	"tenant_status",
	"license_validation",
	"policy_registry_readiness",
	"policy_registry_lookup",
	"tenant_audit_store_operating",
	"customer_operating_dashboard",
	"support_handoff_readiness",
	"saas_operating_automation",
	"evidence_export"
];
/** Response statuses; `requires_private_service` is the default. */
const RESPONSE_STATUSES = [
	"accepted",
	"unavailable",
	"requires_private_service"
];
/** CAVRA's default response status. */
const DEFAULT_RESPONSE_STATUS = "requires_private_service";
/** The seven required checks, in CAVRA's order. */
const OPERATING_AUTOMATION_CHECKS = [
	"billing_monitoring",
	"license_telemetry_sync",
	"support_followup",
	"customer_success_review",
	"dashboard_refresh",
	"escalation_drill",
	"closeout_retry"
];
/** Statuses of the automation and of each check; every status defaults to `unknown`. */
const AUTOMATION_STATUSES = [
	"ready",
	"scheduled",
	"enabled",
	"automated",
	"blocked",
	"unknown"
];
/** Default of every status. */
const DEFAULT_AUTOMATION_STATUS = "unknown";
/**
* Summary field that carries each check's status. CAVRA names the licence
* telemetry field `license_telemetry_status`, not `license_telemetry_sync_status`.
*/
const CHECK_STATUS_FIELDS = {
	billing_monitoring: "billing_monitoring_status",
	license_telemetry_sync: "license_telemetry_status",
	support_followup: "support_followup_status",
	customer_success_review: "customer_success_review_status",
	dashboard_refresh: "dashboard_refresh_status",
	escalation_drill: "escalation_drill_status",
	closeout_retry: "closeout_retry_status"
};
/** Default `requested_by` of a request. */
const DEFAULT_REQUESTED_BY = "community";
/** Default `payload.automation_scope` of a request. */
const DEFAULT_AUTOMATION_SCOPE = "trial-to-paid-customer-scale";
/** Default `payload.automation_cadence` of a request (free text). */
const DEFAULT_AUTOMATION_CADENCE = "daily";
/** Fixed text of the request payload's `automation_boundary`. */
const REQUEST_AUTOMATION_BOUNDARY = "public request shape only; SaaS operating automation execution is private";
/** Fixed text of the response summary's `automation_boundary`. */
const SUMMARY_AUTOMATION_BOUNDARY = "billing systems, license telemetry, support workflows, customer-success records, dashboard refresh jobs, escalation drills, closeout retries, and scheduler execution remain private service responsibilities";
/** Fixed `message` of an operating-automation response. */
const OPERATING_AUTOMATION_MESSAGE = "SaaS operating automation requires private billing monitoring, license telemetry, support, customer-success, dashboard, escalation, closeout retry, and scheduler validation.";
/** Fixed `private_modules_required` labels, in CAVRA's order. */
const PRIVATE_MODULES_REQUIRED = [
	"billing monitoring",
	"license telemetry sync",
	"support follow-up",
	"customer-success review",
	"dashboard refresh automation",
	"escalation drill scheduler",
	"closeout retry automation"
];
/** Fixed `next_step` of an operating-automation response. */
const OPERATING_AUTOMATION_NEXT_STEP = "See docs/architecture/saas-operating-automation-contract.md";
/** Prefix of every correlation id. */
const CORRELATION_ID_PREFIX = "saas-";
/** Correlation ids that the builders generate: `saas-` followed by 12 lower-case hex digits. */
const CORRELATION_ID_PATTERN = /^saas-[0-9a-f]{12}$/u;
/**
* Correlation ids that the validators accept: `saas-` followed by lower-case
* letters, digits and hyphens. Wider than {@link CORRELATION_ID_PATTERN}
* because CAVRA's own documented example uses `saas-example`.
*/
const CORRELATION_ID_ACCEPTED_PATTERN = /^saas-[a-z0-9-]+$/u;
// dist/patterns/scheduler-implementation/support/check-names.js
function wordsOf(check) {
	const compact = (s) => s.toLowerCase().replace(/[ _-]/gu, "");
	const labelParts = (PRIVATE_MODULES_REQUIRED.find((l) => compact(l).startsWith(compact(check))) ?? "").toLowerCase().split(/[ -]/u);
	const words = check.split("_").map((word) => {
		for (let i = 0; i < labelParts.length; i++) {
			let joined = "";
			for (let j = i; j < labelParts.length && joined.length < word.length; j++) {
				joined += labelParts[j];
				if (joined === word) return labelParts.slice(i, j + 1);
			}
		}
		return [word];
	});
	const status = CHECK_STATUS_FIELDS[check].replace(/_status$/u, "");
	return {
		check,
		words,
		lastOptional: status !== check && check.startsWith(`${status}_`)
	};
}
/** The seven checks' words, in the contract's order. */
const CHECK_WORDS = OPERATING_AUTOMATION_CHECKS.map(wordsOf);
/** One id word as a regex: its parts joined by `_`, `-` or nothing. */
const wordSource = (parts) => parts.join("[_-]?");
/**
* A check as a regex source: its words in order (`closeout[_-]?retry`), or
* with the last word first, as a verb names its object (`retry_closeout`,
* `refresh-dashboard`, `syncLicenseTelemetry`).
*/
function checkSource({ words, lastOptional }) {
	const sources = words.map(wordSource);
	const last = sources.length - 1;
	return `${sources.map((w, i) => i === last && lastOptional ? `(?:[_-]?${w})?` : i === 0 ? w : `[_-]?${w}`).join("")}|${[sources[last], ...sources.slice(0, last)].join("[_-]?")}`;
}
/**
* Any spelling of a check inside a name (`runBillingMonitoring`,
* `billing-monitoring-hourly`, `retry_closeout`): detectors match a plain
* name token and check it with this, which keeps their regexes simple and
* linear. Derived from the contract's check ids and labels.
*/
const CHECK_NAME = new RegExp(CHECK_WORDS.map(checkSource).join("|"), "iu");
/** A job or resource name that says it schedules a check: `escalation-drill-scheduler`, `billing_monitoring_cron`. */
const SCHEDULER_NAME = new RegExp(`(?:${CHECK_NAME.source})[_-](?:scheduler|cron(?:job)?|schedule|timer)(?![a-z0-9])`, "iu");
/** A name that implements a check: `run`/`process`/… + check, or check + `Worker`/`Processor`/…. */
const IMPLEMENTATION_NAME = new RegExp(`^(?:(?:run|process|execute|perform|handle|do|start)_?(?:${CHECK_NAME.source})[\\w$]{0,30}|(?:${CHECK_NAME.source})_?(?:worker|processor|job|runner|handler|task|consumer|executor)[\\w$]{0,20})$`, "iu");
/** True when a function or class name implements a check (`runBillingMonitoring`, `BillingMonitoringWorker`). */
function isCheckImplementationName(name) {
	return IMPLEMENTATION_NAME.test(name);
}
/** Every spelling of `parts` joined by `_`, `-` or nothing between each pair. */
function spellings(parts) {
	let out = [parts[0] ?? ""];
	for (const part of parts.slice(1)) out = out.flatMap((prefix) => [
		"_",
		"-",
		""
	].map((sep) => `${prefix}${sep}${part}`));
	return out;
}
/**
* Prefilter keywords: every spelling of every check, in order and with the
* last word first, lower-case (the prefilter ignores case). A check whose
* last word may be left out is keyed without it.
*/
function checkKeywords() {
	return [...new Set(CHECK_WORDS.flatMap(({ words, lastOptional }) => {
		const forward = lastOptional ? words.slice(0, -1).flat() : words.flat();
		const rotated = [...words[words.length - 1] ?? [], ...words.slice(0, -1).flat()];
		return [...spellings(forward), ...spellings(rotated)];
	}))];
}
/** A check id in the given style, for samples: `billing_monitoring`, `billing-monitoring`, `billingMonitoring`, `BillingMonitoring`. */
function checkName(check, style) {
	const words = check.split("_");
	const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
	switch (style) {
		case "snake": return words.join("_");
		case "kebab": return words.join("-");
		case "camel": return words.map((w, i) => i === 0 ? w : cap(w)).join("");
		case "pascal": return words.map(cap).join("");
	}
}
/**
* One segment of a job, task or handler name that names a check as a whole:
* the check, optionally after a verb and before a job-ish suffix
* (`billing_monitoring`, `run-closeout-retry`, `dashboardRefreshJob`), not
* a longer word that merely contains it (`billing_monitoring_status`).
*/
const CHECK_SEGMENT = new RegExp(`^(?:(?:run|process|execute|perform|handle|do|start|sync|trigger)[_-]?)?(?:${CHECK_NAME.source})(?:[_-]?(?:job|task|cron(?:job)?|schedule[rd]?|timer|tick|hourly|daily|nightly|weekly|worker|runner|handler|processor|consumer|activity|main|entry(?:point)?))?$`, "iu");
/**
* True when a dotted, colon- or slash-separated name has a segment that is a
* check (`ops.tasks.billing_monitoring`, `saas_workers.dashboard_refresh:run`,
* `src/workers/closeoutRetry.handler`); a trailing file extension is ignored.
*/
function namesCheck(name) {
	return name.split(/[.:/\\]/u).filter((segment) => !/^(?:ts|js|mjs|cjs|py|go|rb)$/iu.test(segment)).some((segment) => CHECK_SEGMENT.test(segment));
}
/** The checks whose names are ordinary words in other projects (a dashboard refresh job, a support follow-up). */
const COMMON_CHECKS = ["dashboard_refresh", "support_followup"];
const CHECK_PATTERNS = CHECK_WORDS.map((words) => ({
	check: words.check,
	regex: new RegExp(`^(?:${checkSource(words)})$`, "iu")
}));
const CHECK_NAME_ALL = new RegExp(CHECK_NAME.source, "giu");
const AUTOMATION_CONTEXT = /\bsaas\b|operating[ _-]?automation|control[ _-]?plane/iu;
/** How far around a value other checks or the SaaS context are looked for. */
const CONTEXT_REACH = 1500;
/** The check a spelling names (`retryCloseout` → `closeout_retry`). */
function checkOf(spelling) {
	return CHECK_PATTERNS.find((p) => p.regex.test(spelling))?.check;
}
/**
* A second signal for names that are ordinary words elsewhere: a check named
* `dashboard_refresh` or `support_followup` counts only with another check,
* or the SaaS operating-automation context, within a bounded reach of it.
* The other five checks are CAVRA's own words and count alone.
*/
function corroborated(name, text, offset) {
	const found = CHECK_NAME.exec(name)?.[0];
	if (found === void 0) return false;
	const own = checkOf(found);
	if (own === void 0 || !COMMON_CHECKS.includes(own)) return true;
	if (text === void 0 || offset === void 0) return false;
	const around = text.slice(Math.max(0, offset - CONTEXT_REACH), Math.min(text.length, offset + CONTEXT_REACH));
	if (AUTOMATION_CONTEXT.test(around)) return true;
	CHECK_NAME_ALL.lastIndex = 0;
	for (let m = CHECK_NAME_ALL.exec(around); m !== null; m = CHECK_NAME_ALL.exec(around)) if (checkOf(m[0]) !== own) return true;
	return false;
}
/**
* A schedule written as a value: a cron expression, a `@daily`-style macro,
* `rate(…)`/`cron(…)`/`crontab(…)`, an interval (`every: 3600000`,
* `interval: 15m`) under a schedule key, or a systemd timer's `OnCalendar=`.
*/
const SCHEDULE_VALUE = /\b(?:cron|schedule|crontab|cron_?expr(?:ession)?|every|interval|repeat_?every|run_?every)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly|every)\b|[\d*?][\d*/,?-]{0,20}(?:[ \t]+[\w*/,?#-]{1,20}){4,6}|(?:rate|cron|crontab|timedelta)\(|\d[\d_]{0,12}(?:\.\d{1,3})?[ \t]*(?:ms|sec(?:onds?)?|min(?:utes?)?|hours?|days?|[dhms])?(?![\w.]))|\bOn(?:Calendar|UnitActiveSec|BootSec)[ \t]*=[ \t]*[\w*:/@-]/iu;
/**
* The lines before and after a value that may belong to its record (bounded
* in characters too, so a minified line costs no more than a short one).
*/
function recordAround$1(text, offset, line, before = 2, after = 4) {
	if (text === void 0 || offset === void 0) return line;
	const floor = Math.max(0, offset - 600);
	let start = offset;
	let seen = 0;
	while (start > floor) {
		if (text.charCodeAt(start - 1) === 10 && ++seen > before) break;
		start--;
	}
	const ceiling = Math.min(text.length, offset + 800);
	let end = offset;
	seen = 0;
	while (end < ceiling) {
		if (text.charCodeAt(end) === 10 && ++seen > after) break;
		end++;
	}
	return text.slice(start, end);
}
/** Words a job, task or worker name may add to a check: verbs, job-ish nouns, cadences, the labels' own words. */
const JOB_WORDS = /* @__PURE__ */ new Set([
	"run",
	"process",
	"execute",
	"perform",
	"handle",
	"do",
	"start",
	"sync",
	"trigger",
	"enqueue",
	"schedule",
	"scheduled",
	"scheduler",
	"schedules",
	"job",
	"jobs",
	"task",
	"tasks",
	"cron",
	"cronjob",
	"timer",
	"tick",
	"worker",
	"workers",
	"runner",
	"handler",
	"processor",
	"consumer",
	"activity",
	"activities",
	"workflow",
	"workflows",
	"queue",
	"main",
	"entry",
	"entrypoint",
	"automation",
	"every",
	"hourly",
	"daily",
	"nightly",
	"weekly",
	"monthly",
	"hour",
	"hours",
	"minute",
	"minutes",
	"day",
	"sweep",
	"service",
	"periodic",
	"recurring"
]);
const FILE_EXTENSION = /^(?:ts|js|mjs|cjs|py|go|rb|java|cs|kt|service|timer|sh)$/iu;
const CHECK_NAME_ALL_WORDS = new RegExp(`^(?:(?:[a-z0-9]{1,20}_){0,4}?)(?:${CHECK_NAME.source})(?:_[a-z0-9]{1,20}){0,4}$`, "iu");
/** `CloseoutRetryJob`, `closeout-retry every hour`, `HTTPJob` → `closeout_retry_job`, `closeout_retry_every_hour`, `http_job` (one pass). */
function snakeWords(segment) {
	const isUpper = (c) => c >= "A" && c <= "Z";
	const isLower = (c) => c >= "a" && c <= "z" || c >= "0" && c <= "9";
	let out = "";
	for (let i = 0; i < segment.length; i++) {
		const c = segment.charAt(i);
		if (!isUpper(c) && !isLower(c)) {
			if (out.length > 0 && !out.endsWith("_")) out += "_";
			continue;
		}
		const prev = segment.charAt(i - 1);
		const next = segment.charAt(i + 1);
		if (isUpper(c) && out.length > 0 && !out.endsWith("_") && (isLower(prev) || isUpper(prev) && isLower(next))) out += "_";
		out += c.toLowerCase();
	}
	return out.endsWith("_") ? out.slice(0, -1) : out;
}
/**
* True when a name names a check as a job, task, worker or schedule: one of
* its dotted, colon-, slash- or space-separated segments is a check
* spelling with only job words around it (`CloseoutRetryJob`,
* `retry_closeout`, `closeout-retry-every-hour`, `automation.tasks.closeout_retry`,
* "escalation drill scheduler"), never a longer word that merely holds one
* (`closeout_retry_status`, `billing_monitoring_docs`).
*/
function tiedName(name) {
	for (const segment of name.split(/[.:/\\]/u)) {
		if (segment.length === 0 || segment.length > 120 || FILE_EXTENSION.test(segment)) continue;
		const words = snakeWords(segment);
		if (!CHECK_NAME_ALL_WORDS.test(words)) continue;
		const check = CHECK_NAME.exec(words);
		if (!check) continue;
		if (`${words.slice(0, check.index)}_${words.slice(check.index + check[0].length)}`.split("_").filter((w) => w.length > 0).every((w) => JOB_WORDS.has(w) || /^\d{1,4}[a-z]{0,3}$/u.test(w))) return true;
	}
	return false;
}
/**
* Queue workers that consume a check's jobs (`<check>`): BullMQ
* `new Worker('<check>', async (job) => …)`, Bull/Kue
* `queue.process('<check>', …)`, Agenda `agenda.define('<check>', …)`,
* NestJS `@Processor('<check>')`/`@Process('<check>')`, and Celery/RQ tasks
* registered under a check's name (`@app.task(name='<check>')`).
*/
var check_queue_worker_default = defineDetector({
	id: "check-queue-worker",
	name: "Queue worker of a private check",
	category: "automation-worker",
	severity: "error",
	precedence: 2,
	description: "BullMQ, Bull, Agenda, NestJS and Celery workers that consume jobs of the private operating-automation checks.",
	regex: /(?:\bnew[ \t]+Worker\(|\.process\(|\bagenda\.define\(|@Processor\(|@Process\(|@(?:\w{1,40}\.){0,3}(?:task|shared_task)\((?:\w{1,30}[ \t]{0,4}=[ \t]{0,4}[\w.'"]{1,40}[ \t]{0,4},[ \t]{0,4}){0,6}name[ \t]{0,4}=)[ \t]{0,4}\\?["'`](?<secret>[\w:.-]{1,120})\\?["'`]/iu,
	keywords: checkKeywords(),
	validate: (secret) => CHECK_NAME.test(secret),
	samples: () => ({
		positive: [
			`new Worker('${checkName("billing_monitoring", "snake")}', async (job) => { await sweep(job.data); }, { connection });`,
			`retryQueue.process('${checkName("closeout_retry", "kebab")}', 5, handleJob);`,
			`agenda.define('${checkName("support_followup", "kebab")}', async (job) => {`,
			`@Processor('${checkName("dashboard_refresh", "snake")}')`,
			`@app.task(bind=True, name='ops.${checkName("escalation_drill", "snake")}')`
		],
		negative: [
			"new Worker('send-welcome-email', async (job) => {})",
			"required_checks: ['billing_monitoring', 'closeout_retry']",
			"queue.process('image-resize', handler);",
			"billing monitoring"
		]
	})
});
/**
* Python task functions named after a check and registered with a task
* queue: `@celery.task`, `@app.task(…)`, `@shared_task`, Dramatiq
* `@dramatiq.actor`, RQ `@job(…)`, Temporal `@activity.defn`, on the same
* line or the lines above the `def`.
*/
var check_task_function_default = defineDetector({
	id: "check-task-function",
	name: "Task function of a private check",
	category: "automation-worker",
	severity: "error",
	precedence: 2,
	description: "Celery, Dramatiq, RQ and Temporal task functions named after the private operating-automation checks.",
	regex: /@(?:\w{1,40}\.){0,3}(?:task|shared_task|actor|job|defn)\b(?:\([^()\n]{0,160}\))?(?:[ \t]*\r?\n(?:[ \t]*@[\w.]{1,60}(?:\([^()\n]{0,160}\))?[ \t]*\r?\n){0,3})?[ \t]*(?:async[ \t]+)?def[ \t]+(?<secret>\w{1,100})[ \t]*\(/iu,
	keywords: checkKeywords(),
	validate: (secret) => CHECK_NAME.test(secret),
	multiline: true,
	samples: () => ({
		positive: [
			`@celery.task def ${checkName("billing_monitoring", "snake")}(tenant_id):`,
			`@app.task(bind=True, max_retries=5) def run_${checkName("closeout_retry", "snake")}(self, batch_id):`,
			`@shared_task def ${checkName("license_telemetry_sync", "snake")}():`,
			`@activity.defn async def ${checkName("customer_success_review", "snake")}_activity(account):`
		],
		negative: [
			"@celery.task def rotate_logs():",
			"def billing_monitoring_status(response):",
			"@pytest.fixture def billing_monitoring():",
			"required_checks = ['billing_monitoring']"
		]
	})
});
/**
* Commands that start a worker for a check (`<check>`), in container args,
* Procfiles, compose files, systemd units and scripts:
* `["worker", "run", "<check>"]`, `acme-worker start <check>`,
* `celery … worker -Q <check>`, `rq worker <check>`, `python -m
* workers.<check>`.
*/
var check_worker_command_default = defineDetector({
	id: "check-worker-command",
	name: "Worker command of a private check",
	category: "automation-worker",
	severity: "error",
	precedence: 2,
	description: "Container args, Procfile and script commands that start a worker for one of the private operating-automation checks.",
	regex: /(?:\bworkers?\\?["']?(?:[ \t]*,[ \t]*|[ \t]+)(?:\\?["']?(?:run|start|exec(?:ute)?|process|consume|-Q|--queues?)\\?["']?(?:[ \t]*,[ \t]*|[ \t]+|=))?|\bpython[\d.]{0,4}\\?["']?(?:[ \t]*,[ \t]*|[ \t]+)\\?["']?-m\\?["']?(?:[ \t]*,[ \t]*|[ \t]+))\\?["']?(?<secret>[\w.:-]{1,120})/iu,
	keywords: checkKeywords(),
	validate: (secret, { text, offset }) => namesCheck(secret) && corroborated(secret, text, offset),
	samples: () => ({
		positive: [
			{
				key: "args",
				value: `["worker", "run", "${checkName("closeout_retry", "snake")}", "--batch=200"]`
			},
			{
				key: "web",
				value: `ops-worker start ${checkName("escalation_drill", "kebab")} --concurrency 4`
			},
			{
				key: "command",
				value: `celery -A automation worker -Q ${checkName("billing_monitoring", "snake")} --loglevel=info`
			},
			{
				key: "command",
				value: `["python", "-m", "workers.${checkName("license_telemetry_sync", "snake")}"]`
			}
		],
		negative: [
			{
				key: "args",
				value: "[\"worker\", \"run\", \"emails\", \"--batch=200\"]"
			},
			{
				key: "command",
				value: "celery -A proj worker -Q default,mail --loglevel=info"
			},
			{
				key: "notes",
				value: "the worker runs billing monitoring every hour"
			},
			{
				key: "command",
				value: "python -m billing_monitoring_docs.build"
			},
			{
				key: "args",
				value: "[\"worker\", \"run\", \"dashboard_refresh\"]"
			}
		]
	})
});
/**
* Definitions that implement a check: functions named `run`/`process`/
* `execute`/`perform`/`handle` + check (`export async function run<Check>(`,
* `def run_<check>(`, `const run<Check> = async (`, Go `func (w *W) run<Check>(`,
* Rust `fn`, Kotlin `fun`), and worker, processor, job, runner, handler, task
* or consumer classes and Go structs named after a check
* (`class <Check>Worker`, `type <Check>Worker struct`). Calls, types and the contract's status fields are
* not definitions.
*/
var check_worker_definition_default = defineDetector({
	id: "check-worker-definition",
	name: "Worker implementation of a private check",
	category: "automation-worker",
	severity: "error",
	precedence: 2,
	description: "Functions, classes and Go structs that implement the private operating-automation checks (runBillingMonitoring, BillingMonitoringWorker, …).",
	regex: /(?:\b(?:export[ \t]+)?(?:default[ \t]+)?(?:async[ \t]+)?function\*?[ \t]+|\b(?:async[ \t]+)?def[ \t]+|\bclass[ \t]+|\b(?:pub(?:\(crate\))?[ \t]+)?(?:async[ \t]+)?(?:fn|fun|func)[ \t]+(?:\([\w$ \t*&.]{1,60}\)[ \t]*)?|\btype[ \t]+(?=[\w$]{1,80}[ \t]+struct\b)|\b(?:export[ \t]+)?(?:const|let|var)[ \t]+(?=[\w$]{1,80}[ \t]{0,4}(?::[^=\n:;]{1,60})?=[ \t]{0,4}(?:async\b|function\b|\()))(?<secret>[\w$]{1,100})(?![\w$])/iu,
	keywords: checkKeywords(),
	validate: (secret) => isCheckImplementationName(secret),
	samples: () => ({
		positive: [
			`export async function run${checkName("dashboard_refresh", "pascal")}(tenantId: string) {`,
			`def run_${checkName("closeout_retry", "snake")}(batch):`,
			`export class ${checkName("billing_monitoring", "pascal")}Worker extends WorkerHost {`,
			`const process${checkName("support_followup", "pascal")} = async (job) => {`,
			`func (w *Runner) run${checkName("license_telemetry_sync", "pascal")}(ctx context.Context) error {`,
			`type ${checkName("escalation_drill", "pascal")}Worker struct {`
		],
		negative: [
			`await run${checkName("dashboard_refresh", "pascal")}(tenantId);`,
			"billingMonitoringStatus?: AutomationStatus;",
			"const checks = ['billing_monitoring', 'closeout_retry'];",
			`import { ${checkName("billing_monitoring", "pascal")}Worker } from './workers';`,
			`const run${checkName("escalation_drill", "pascal")} = flags.escalation;`,
			"type BillingMonitoringStatus string",
			"func (s *Summary) BillingMonitoringStatus() AutomationStatus {"
		]
	})
});
/**
* Worker and function configuration whose handler or entry point is a
* check's implementation (`<check>`): worker pools
* (`handler = "workers.<check>:run"`), serverless functions
* (`handler: src/workers/<check>.handler`), task routes and process
* definitions (`entrypoint`, `callable`, `target`, `module`). The value is a
* module path with a segment that is a check, not a bare check id.
*/
var check_worker_entrypoint_default = defineDetector({
	id: "check-worker-entrypoint",
	name: "Worker entry point of a private check",
	category: "automation-worker",
	severity: "error",
	precedence: 2,
	description: "Worker, serverless and process configuration whose handler or entry point is the implementation of a private operating-automation check.",
	regex: /(?<![\w-])(?:handler|entry[_-]?point|callable|target|func(?:tion)?|processor|module|main|script|worker[_-]?(?:class|module|path|fn)?|task[_-]?path)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>[\w$.:/-]{1,160})/iu,
	keywords: checkKeywords(),
	validate: (secret, { text, offset }) => /[.:/]/u.test(secret) && namesCheck(secret) && corroborated(secret, text, offset),
	samples: () => ({
		positive: [
			{
				key: "worker",
				value: `name = "${checkName("escalation_drill", "snake")}"; handler = "ops_workers.${checkName("escalation_drill", "snake")}:run"`
			},
			{
				key: "functions",
				value: `handler: src/workers/${checkName("billing_monitoring", "kebab")}.handler`
			},
			{
				key: "process",
				value: `entrypoint: "automation.jobs.${checkName("closeout_retry", "snake")}.main"`
			},
			{
				key: "routes",
				value: `{ "callable": "tasks/${checkName("license_telemetry_sync", "camel")}.ts", "queue": "telemetry" }`
			}
		],
		negative: [
			{
				key: "worker",
				value: "handler = \"app.workers.resize_image:run\""
			},
			{
				key: "functions",
				value: "handler: src/handlers/billing_monitoring_status.handler"
			},
			{
				key: "worker",
				value: "name = \"billing_monitoring\""
			},
			{
				key: "functions",
				value: "handler: src/widgets/dashboard-refresh.handler"
			},
			{
				key: "module",
				value: "module: billing_monitoring"
			}
		]
	})
});
// dist/patterns/scheduler-implementation/support/frameworks.js
/**
* Scheduler and worker frameworks as data: how each one registers a recurring
* job or a queue consumer, and how far from that registration the name that
* ties it to a private check may stand. The detectors
* `check-scheduler-registration` and `check-worker-registration` report a
* check's name (see `tiedName`) only where a registration of their kind is
* the nearest one within reach; a registration with no check nearby, or a
* check with no registration, is no finding.
*/
const BEFORE = 240;
const AFTER = 420;
/** The frameworks, in no particular order; each pattern is tried over the whole text once. */
const FRAMEWORKS = [
	{
		name: "node-cron",
		kind: "scheduler",
		pattern: /\bcron\.schedule\(/u
	},
	{
		name: "cron",
		kind: "scheduler",
		pattern: /\bnew[ \t]+CronJob\(|\bCronJob\.from\(|\bCronTime\(/u
	},
	{
		name: "node-schedule",
		kind: "scheduler",
		pattern: /\bscheduleJob\(/u
	},
	{
		name: "@nestjs/schedule",
		kind: "scheduler",
		pattern: /@(?:Cron|Interval|Timeout)\(|\b[Ss]chedulerRegistry\.add(?:CronJob|Interval|Timeout)\(/u,
		before: 600
	},
	{
		name: "BullMQ repeatable job",
		kind: "scheduler",
		pattern: /\brepeat[ \t]{0,4}:[ \t]{0,4}\{|\bupsertJobScheduler\(|\brepeatJobKey\b/u,
		before: 300
	},
	{
		name: "Agenda",
		kind: "scheduler",
		pattern: /\bagenda\.(?:every|schedule|repeatEvery)\(|\.repeatEvery\(/u
	},
	{
		name: "Bree",
		kind: "scheduler",
		pattern: /\bnew[ \t]+Bree\(|\bbree\.add\(/u,
		after: 900
	},
	{
		name: "Temporal schedule",
		kind: "scheduler",
		pattern: /\bschedule\.create\(|\bcreate_schedule\(|\bCreateSchedule\(|\bScheduleSpec\b|\bcronSchedule[ \t]{0,4}:/u,
		before: 300,
		after: 700
	},
	{
		name: "APScheduler",
		kind: "scheduler",
		pattern: /\.add_job\(|\bscheduled_job\(/u
	},
	{
		name: "Celery beat",
		kind: "scheduler",
		pattern: /\bbeat_schedule\b|\bcrontab\(|@periodic_task\b|\badd_periodic_task\(/u,
		before: 300,
		after: 900
	},
	{
		name: "rq-scheduler",
		kind: "scheduler",
		pattern: /\bscheduler\.(?:cron|schedule|enqueue_in|enqueue_at)\(/u
	},
	{
		name: "Dramatiq periodiq",
		kind: "scheduler",
		pattern: /\bperiodic[ \t]{0,4}=[ \t]{0,4}cron\(/u
	},
	{
		name: "sidekiq-cron",
		kind: "scheduler",
		pattern: /\bSidekiq::Cron::Job\.(?:create|new|load_from_hash|load_from_array)\b|\bSidekiq\.schedule[ \t]{0,4}=/u
	},
	{
		name: "Quartz",
		kind: "scheduler",
		pattern: /\bTriggerBuilder\.newTrigger\(|\bCronScheduleBuilder\.|\bSimpleScheduleBuilder\.|\bJobBuilder\.newJob\(/u,
		before: 400,
		after: 500
	},
	{
		name: "Spring",
		kind: "scheduler",
		pattern: /@Scheduled\(/u
	},
	{
		name: "Hangfire",
		kind: "scheduler",
		pattern: /\b[Rr]ecurringJobs?(?:Manager)?\.AddOrUpdate\b|\bBackgroundJob\.Schedule\b/u
	},
	{
		name: "robfig/cron",
		kind: "scheduler",
		pattern: /\.Add(?:Func|Job)\([ \t]{0,4}"/u
	},
	{
		name: "gocron",
		kind: "scheduler",
		pattern: /\bgocron\.(?:DurationJob|CronJob|DailyJob|WeeklyJob|MonthlyJob|NewTask)\(|\.Every\([^)\n]{0,20}\)\.[A-Z]/u
	},
	{
		name: "Kubernetes CronJob / Argo CronWorkflow",
		kind: "scheduler",
		pattern: /\bkind\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?Cron(?:Job|Workflow)\b/u,
		after: 3e3
	},
	{
		name: "systemd timer",
		kind: "scheduler",
		pattern: /^\[Timer\]|\bOn(?:Calendar|UnitActiveSec|UnitInactiveSec|BootSec)[ \t]*=/mu,
		before: 600,
		after: 600
	},
	{
		name: "crontab",
		kind: "scheduler",
		pattern: /^[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|[\d*][\d*/,-]{0,20}(?:[ \t]+[\d*][\d*/,-]{0,20}){3}[ \t]+[\d*A-Za-z][\w*/,-]{0,20})[ \t]/mu,
		sameLine: true
	},
	{
		name: "GitHub Actions schedule",
		kind: "scheduler",
		pattern: /^[ \t]{0,8}schedule:[ \t]*\r?\n[ \t]{0,12}-[ \t]*cron:/mu,
		before: 400,
		after: 2500
	},
	{
		name: "EventBridge / Cloud Scheduler",
		kind: "scheduler",
		pattern: /\b(?:aws_cloudwatch_event_rule|aws_scheduler_schedule|google_cloud_scheduler_job|AWS::Events::Rule|AWS::Scheduler::Schedule|schedule_expression|ScheduleExpression|scheduleExpression)\b|\bevents\.Schedule\.(?:rate|cron|expression)\(|\bgcloud[ \t]+scheduler[ \t]+jobs[ \t]+create\b|-[ \t]*schedule:[ \t]*(?:rate|cron)\(/u,
		before: 400,
		after: 700
	},
	{
		name: "BullMQ / Temporal worker",
		kind: "worker",
		pattern: /\bnew[ \t]+Worker(?:<[^<>\n]{0,80}>)?\(|\bWorker\.create\(|@Processor\(|@Process\(|\bextends[ \t]+WorkerHost\b/u,
		before: 120
	},
	{
		name: "Bull / Kue",
		kind: "worker",
		pattern: /\.process\([ \t]{0,4}\\?["'`]/u
	},
	{
		name: "Agenda",
		kind: "worker",
		pattern: /\bagenda\.define\(/u
	},
	{
		name: "Celery",
		kind: "worker",
		pattern: /@(?:\w{1,40}\.){0,3}(?:task|shared_task)\b|\bself\.retry\(|\bsend_task\(/u,
		before: 400
	},
	{
		name: "Dramatiq",
		kind: "worker",
		pattern: /@(?:dramatiq\.)?actor\b/u
	},
	{
		name: "RQ",
		kind: "worker",
		pattern: /\bWorker\([ \t]{0,4}\[|@job\(|\brq[ \t]+worker\b/u
	},
	{
		name: "Temporal",
		kind: "worker",
		pattern: /@(?:activity|workflow)\.defn\b|\bRegister(?:Activity|Workflow)\(|\bworker\.New\(/u,
		before: 200,
		after: 500
	},
	{
		name: "Sidekiq / ActiveJob",
		kind: "worker",
		pattern: /\binclude[ \t]+Sidekiq::(?:Job|Worker)\b|\bsidekiq_options\b|<[ \t]*(?:ApplicationJob|ActiveJob::Base)\b/u,
		before: 300
	},
	{
		name: "Quartz job",
		kind: "worker",
		pattern: /\bimplements[ \t]+(?:Job|InterruptableJob|StatefulJob)\b|\bextends[ \t]+QuartzJobBean\b/u,
		before: 200
	},
	{
		name: "Hangfire job",
		kind: "worker",
		pattern: /\[AutomaticRetry\b|\bIBackgroundJobClient\b|\bBackgroundJob\.Enqueue\b/u
	},
	{
		name: "asynq / machinery",
		kind: "worker",
		pattern: /\basynq\.(?:NewServer|NewServeMux|NewTask)\(|\bRegisterTasks?\(/u
	}
];
const COMPILED$1 = FRAMEWORKS.map((framework) => ({
	framework,
	regex: new RegExp(framework.pattern.source, `${framework.pattern.flags}g`)
}));
const MAX_BEFORE = Math.max(...FRAMEWORKS.map((f) => f.before ?? BEFORE));
const MAX_AFTER = Math.max(...FRAMEWORKS.map((f) => f.after ?? AFTER));
/** Characters of a name token (`automation.tasks.closeout_retry`, `run-closeout-retry:main`). */
function isNameChar(code) {
	return code >= 48 && code <= 58 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 36 || code === 46 || code === 47 || code === 45;
}
/** How far a name token may reach beyond the check it holds, either side. */
const TOKEN_REACH = 60;
/**
* The name token around a check found at `offset`..`end` (the detectors'
* regexes match the check alone, which keeps them cheap): at most
* `TOKEN_REACH` name characters either side, dots and colons trimmed.
*/
function tokenAround(text, offset, end) {
	let start = offset;
	while (start > offset - TOKEN_REACH && start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
	let stop = end;
	while (stop < end + TOKEN_REACH && stop < text.length && isNameChar(text.charCodeAt(stop))) stop++;
	while (stop > end && /[.:/-]/u.test(text.charAt(stop - 1))) stop--;
	while (start < offset && /[.:/-]/u.test(text.charAt(start))) start++;
	return {
		start,
		value: text.slice(start, stop)
	};
}
const CHECK_ALL = new RegExp(CHECK_NAME.source, "giu");
let last;
function indexOf(text) {
	if (last?.text === text) return last;
	const registrations = [];
	for (const { framework, regex } of COMPILED$1) {
		regex.lastIndex = 0;
		for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
			if (m[0].length === 0) regex.lastIndex++;
			registrations.push({
				start: m.index,
				end: m.index + m[0].length,
				framework
			});
		}
	}
	registrations.sort((a, b) => a.start - b.start);
	const names = [];
	CHECK_ALL.lastIndex = registrations.length === 0 ? text.length : 0;
	for (let m = registrations.length === 0 ? null : CHECK_ALL.exec(text); m !== null; m = CHECK_ALL.exec(text)) {
		const token = tokenAround(text, m.index, m.index + m[0].length);
		if (names.at(-1)?.offset !== token.start && tiedName(token.value)) names.push({
			offset: token.start,
			check: checkOf(m[0]) ?? ""
		});
	}
	last = {
		text,
		registrations,
		names
	};
	return last;
}
/** First index in `list` whose `key` is at least `value`. */
function lowerBound(list, value, key) {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = lo + hi >> 1;
		if (key(list[mid]) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
/**
* The nearest registration that reaches a name at `offset`..`end`, of either
* kind, with its distance; undefined when none reaches it.
*/
function nearest(text, offset, end) {
	const { registrations } = indexOf(text);
	let best;
	let bestDistance = Infinity;
	for (let i = lowerBound(registrations, offset - MAX_AFTER, (r) => r.start); i < registrations.length; i++) {
		const r = registrations[i];
		if (r.start > end + MAX_BEFORE) break;
		const { framework } = r;
		let distance;
		if (r.end <= offset) distance = offset - r.end;
		else if (r.start >= end) distance = r.start - end;
		else distance = 0;
		const reach = r.end <= offset ? framework.after ?? AFTER : framework.before ?? BEFORE;
		if (distance > reach) continue;
		if (framework.sameLine && text.slice(Math.min(r.start, offset), Math.max(r.end, end)).includes("\n")) continue;
		if (distance < bestDistance) {
			best = r;
			bestDistance = distance;
		}
	}
	return best;
}
/**
* True when a check found at `offset` (by a detector's regex) stands in a
* name that is a check's job (see `tiedName`), that is not an ordinary word
* standing alone (see `corroborated`), and that is tied to a registration
* of `kind` (see `registeredAs`).
*/
function tiedTo(kind, secret, text, offset) {
	if (text === void 0 || offset === void 0) return false;
	const token = tokenAround(text, offset, offset + secret.length);
	const { names } = indexOf(text);
	if (names[lowerBound(names, token.start, (n) => n.offset)]?.offset !== token.start) return false;
	return corroborated(token.value, text, offset) && registeredAs(kind, text, token.start, token.value);
}
/**
* True when the name at `offset`..`end` is tied to a registration of
* `kind`: the nearest registration within reach is of that kind, and no
* earlier name of the same check stands between that registration and this
* name (one finding per registration).
*/
function registeredAs(kind, text, offset, name) {
	const registration = nearest(text, offset, offset + name.length);
	if (registration?.framework.kind !== kind) return false;
	const { names } = indexOf(text);
	const own = names[lowerBound(names, offset, (n) => n.offset)]?.check;
	const from = Math.min(registration.start, offset - (registration.framework.before ?? BEFORE));
	for (let i = lowerBound(names, from, (n) => n.offset); i < names.length; i++) {
		const other = names[i];
		if (other === void 0 || other.offset >= offset) break;
		if (other.check === own && nearest(text, other.offset, other.offset + 1) === registration) return false;
	}
	return true;
}
/**
* A queue consumer of any worker framework (BullMQ and Temporal workers,
* NestJS processors, Bull, Agenda, Celery tasks with their retries,
* Dramatiq, RQ, Sidekiq and ActiveJob, Quartz and Hangfire jobs, asynq;
* the table is `scheduler-implementation/support/frameworks.ts`) tied to a
* private check: a name that is a check's job or worker stands within reach
* of the registration, and that registration is the nearest one. The
* check's name alone, and a consumer of other jobs, are no finding.
*/
var check_worker_registration_default = defineDetector({
	id: "check-worker-registration",
	name: "Worker registration of a private check",
	category: "automation-worker",
	severity: "error",
	precedence: 1,
	description: "Queue consumers of worker frameworks (BullMQ, Temporal, NestJS, Bull, Agenda, Celery, Dramatiq, RQ, Sidekiq, Quartz, Hangfire, asynq) tied to a private operating-automation check.",
	regex: new RegExp(`(?<secret>${CHECK_NAME.source})`, "iu"),
	keywords: checkKeywords(),
	validate: (secret, { text, offset }) => tiedTo("worker", secret, text, offset),
	samples: () => ({
		positive: [
			`@shared_task(bind=True, autoretry_for=(TimeoutError,), max_retries=5) def ${checkName("closeout_retry", "snake")}(self):`,
			`class ${checkName("escalation_drill", "pascal")}Job include Sidekiq::Job; def perform; end; end`,
			`@dramatiq.actor(max_retries=3) def ${checkName("license_telemetry_sync", "snake")}(tenant):`
		],
		negative: [
			`"${checkName("closeout_retry", "snake")}_status": "enabled", "automation_cadence": "daily"`,
			"@shared_task(bind=True, max_retries=5) def rotate_logs(self):",
			`required_checks = ['${checkName("billing_monitoring", "snake")}']`
		]
	})
});
// dist/patterns/automation-worker/index.js
var automation_worker_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$14 });
/** Detectors of the `automation-worker` category, sorted by id. */
function detectors$14(_settings) {
	return [
		check_queue_worker_default,
		check_task_function_default,
		check_worker_command_default,
		check_worker_definition_default,
		check_worker_entrypoint_default,
		check_worker_registration_default
	];
}
// dist/patterns/support/sample-builder.js
/**
* Builds sample secrets from a fixed seed, so that no realistic token is ever
* written into the repository: tests assemble them at run time.
*/
const ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ALPHA_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const LOWER_NUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX = "0123456789abcdef";
const DIGITS = "0123456789";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** A small deterministic PRNG (mulberry32) seeded from a string. */
function seededRandom(seed) {
	let state = 2654435769;
	for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 2246822507) >>> 0;
	return () => {
		state = state + 1831565813 >>> 0;
		let t = state;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
/** `length` characters of `alphabet`, chosen by a PRNG seeded with `seed`. */
function randomString(seed, alphabet, length) {
	const next = seededRandom(seed);
	let out = "";
	for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)] ?? "";
	return out;
}
/** Base64 of `bytes` pseudo-random bytes, wrapped at 64 columns like PEM bodies. */
function randomBase64Lines(seed, bytes, width = 64) {
	const next = seededRandom(seed);
	const buffer = Buffer.alloc(bytes);
	for (let i = 0; i < bytes; i++) buffer[i] = Math.floor(next() * 256);
	const body = buffer.toString("base64");
	const lines = [];
	for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
	return lines.join("\n");
}
/** Base64url of a JSON value, without padding (JWT segments). */
function base64UrlJson(value) {
	return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}
// dist/patterns/customer-identifier/support/payload-values.js
/**
* True when the engine's registry (with the project's additions) calls `value`
* not real: for a part of a match other than the reported value (a subject, a
* name beside a quote, an email near an IP). The registry comes from the
* validator's context; without one nothing is known to be synthetic.
*/
function isSyntheticValue(value, registry) {
	return registry?.match(value) !== void 0;
}
/**
* True when `email` looks like a real person's or customer's address: a
* well-formed domain, and nothing in the registry (reserved and stand-in
* domains, public projects' and services' domains, role mailboxes, fictional
* people, markers) says otherwise.
*/
function isRealEmail(email, registry) {
	const at = email.lastIndexOf("@");
	if (at <= 0) return false;
	const domain = email.slice(at + 1).toLowerCase();
	if (!/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}$/u.test(domain)) return false;
	return !isSyntheticValue(email, registry);
}
/**
* True when `email` is at one of the project's own domains: a second-level
* label that is one of `products` (lower case), as test users at `cavra.io` are.
*/
function isProductDomain(email, products) {
	const labels = email.slice(email.lastIndexOf("@") + 1).toLowerCase().split(".");
	return products.has(labels[labels.length - 2] ?? "");
}
/** Words that make a pair of capitalised words a team, a role or a label rather than a person. */
const NOT_A_PERSON = /* @__PURE__ */ new Set([
	"team",
	"group",
	"squad",
	"guild",
	"desk",
	"support",
	"helpdesk",
	"ops",
	"devops",
	"sre",
	"engineering",
	"platform",
	"security",
	"admin",
	"admins",
	"administrator",
	"bot",
	"robot",
	"service",
	"services",
	"system",
	"inc",
	"ltd",
	"llc",
	"gmbh",
	"corp",
	"corporation",
	"company",
	"co",
	"department",
	"dept",
	"council",
	"committee",
	"board",
	"maintainers",
	"maintainer",
	"contributors",
	"core",
	"infra",
	"infrastructure",
	"data",
	"billing",
	"sales",
	"success",
	"customer",
	"customers",
	"account",
	"accounts",
	"manager",
	"owner",
	"owners",
	"lead",
	"leads",
	"unknown",
	"unassigned",
	"not",
	"assigned",
	"pending",
	"none",
	"open",
	"source",
	"foundation",
	"project",
	"community",
	"user",
	"users",
	"name",
	"full",
	"first",
	"last",
	"display",
	"contact",
	"person",
	"office",
	"operations",
	"finance",
	"legal",
	"marketing",
	"product",
	"design",
	"research",
	"release",
	"releases",
	"build",
	"on",
	"call",
	"oncall",
	"the",
	"and",
	"of",
	"for",
	"api",
	"app",
	"web",
	"mobile",
	"backend",
	"frontend",
	"cloud",
	"network",
	"networking",
	"storage",
	"docs",
	"documentation",
	"qa",
	"quality",
	"testing",
	"test",
	"tests",
	"runtime",
	"compiler",
	"tooling",
	"tools",
	"internal",
	"external",
	"global",
	"general",
	"default",
	"main",
	"primary",
	"secondary",
	"new",
	"old",
	"my",
	"your",
	"our",
	"their",
	"some",
	"any",
	"everyone",
	"nobody",
	"anyone",
	"staff",
	"members",
	"member",
	"partners",
	"partner",
	"vendor",
	"vendors",
	"client",
	"clients",
	"role",
	"roles",
	"bank",
	"technologies",
	"solutions",
	"labs",
	"studio",
	"studios",
	"systems",
	"group"
]);
const NAME_WORD = /^\p{Lu}\p{Ll}{1,24}(?:['-]\p{Lu}?\p{Ll}{1,24})?$/u;
/**
* True when `value` reads as a person's name: two to four capitalised words
* ("Marta Lindqvist", "Jean-Luc Moreau"), none of them a team or role word.
*/
function isPersonName(value, registry) {
	const words = value.trim().split(/\s+/u);
	if (words.length < 2 || words.length > 4) return false;
	if (!words.every((w) => NAME_WORD.test(w))) return false;
	if (words.some((w) => NOT_A_PERSON.has(w.toLowerCase()))) return false;
	return !isSyntheticValue(value, registry);
}
/**
* Words that never identify a customer on their own (defaults, types, labels,
* the keys themselves). Words like `demo` or `sample` are left to the
* synthetic registry, which reports why it suppressed a value.
*/
const NOT_AN_IDENTIFIER = /* @__PURE__ */ new Set([
	"customer",
	"customers",
	"cust",
	"tenant",
	"tenants",
	"account",
	"accounts",
	"acct",
	"org",
	"orgs",
	"organization",
	"organisation",
	"organizations",
	"organisations",
	"company",
	"client",
	"team",
	"user",
	"workspace",
	"project",
	"id",
	"ids",
	"uuid",
	"guid",
	"name",
	"slug",
	"ref",
	"key",
	"code",
	"number",
	"num",
	"no",
	"domain",
	"identifier",
	"unique",
	"display",
	"full",
	"short",
	"value",
	"string",
	"str",
	"int",
	"integer",
	"text",
	"type",
	"the",
	"your",
	"my",
	"our",
	"a",
	"an",
	"of",
	"default",
	"public",
	"private",
	"common",
	"main",
	"primary",
	"system",
	"admin",
	"root",
	"local",
	"global",
	"internal",
	"external",
	"personal",
	"unknown",
	"anonymous",
	"guest",
	"consumers",
	"community",
	"console",
	"cli",
	"current",
	"self",
	"me",
	"all",
	"any",
	"new",
	"prod",
	"production",
	"staging",
	"stage",
	"dev",
	"development",
	"qa",
	"sandbox",
	"preview",
	"optional",
	"required",
	"true",
	"false",
	"yes",
	"no",
	"on",
	"off",
	"empty",
	"blank",
	"na",
	"n/a",
	"abc",
	"xyz",
	"one",
	"two",
	"first",
	"second",
	"other",
	"some"
]);
const MEMBER_CHAIN = /^[A-Za-z_$][\w$]{0,80}(?:[?&]?\.[A-Za-z_$][\w$]{0,80}){1,8}$/u;
/** camelCase, PascalCase, snake_case and CONSTANT_CASE words: how code names things, unlike issued ids. */
const WORDY_IDENTIFIER = /^(?:[_$]?[a-z]+(?:[A-Z][a-z]+)*[0-9]{0,2}|[A-Z][a-z]+(?:[A-Z][a-z]+)*[0-9]{0,2}|[a-z]+(?:_[a-z0-9]+)*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)$/u;
/** True when an unquoted value in code reads as a variable or member access (`customer.id`, `tenantId`). */
function isCodeReference(value) {
	return MEMBER_CHAIN.test(value) || WORDY_IDENTIFIER.test(value);
}
/** True when `digits` run up or down (123456, 654321): typed by hand, never issued. */
function isSequentialDigits(digits) {
	return "01234567890123456789".includes(digits) || "98765432109876543210".includes(digits);
}
/** True when every run of equal digits is at least three long (111222333444, 111122223333). Loops, not a backreference regex. */
function isRunsOfThree(digits) {
	let i = 0;
	while (i < digits.length) {
		let j = i;
		while (j < digits.length && digits.charAt(j) === digits.charAt(i)) j++;
		if (j - i < 3) return false;
		i = j;
	}
	return digits.length > 0;
}
/** True when `digits` are one block of two to six repeated (123123, 12341234). */
function isRepeatedBlock(digits) {
	for (let size = 2; size <= 6 && size * 2 <= digits.length; size++) if (digits.length % size === 0 && digits.slice(0, size).repeat(digits.length / size) === digits) return true;
	return false;
}
/** Digits typed by hand as an example, never issued: counting, runs of equal digits, a repeated block. */
function isTypedDigits(digits) {
	return isSequentialDigits(digits) || isRunsOfThree(digits) || isRepeatedBlock(digits);
}
const EXAMPLE_LEAD = /(?:\bexamples?\b|\be\.g\.|\bi\.e\.|\bsuch as\b|\bfor instance\b|\bformat\b|\blike\b)[^.;\n]{0,100}$/iu;
/**
* True when documentation introduces `match` as an example ("for example,
* arn:aws:…", "e.g. …", "format: …") within the hundred characters before it
* on its line: vendor docs and SDK reference text, not a leak.
*/
function introducedAsExample(line, match) {
	const at = line.indexOf(match);
	if (at < 0) return false;
	return EXAMPLE_LEAD.test(line.slice(Math.max(0, at - 120), at));
}
/**
* True when `value`, found under a customer/tenant/account/org key, looks like
* a real identifier or name rather than a default, a type, a code reference,
* a small test number or the key's own name.
*/
function isCustomerValue(raw, context) {
	const value = raw.trim();
	if (value.length < 3) return false;
	if (isSyntheticValue(value, context.registry)) return true;
	if (!context.quoted && (context.syntax === "js" || context.syntax === "python") && isCodeReference(value)) return false;
	if (/^\d+$/u.test(value)) return value.length >= 6 && !isTypedDigits(value);
	if (/^[a-z]+(?:_[a-z]+)+$/iu.test(value) && /_(?:id|name|key|slug|uuid|number|code|ref)$/iu.test(value)) return false;
	if (/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+$/u.test(value)) return false;
	if (value.includes(" ")) return isProperName(value);
	if (/^[A-Za-z]+$/u.test(value)) return false;
	if (value.length <= 8 && /^[A-Za-z]{0,4}[-_]?\d{1,4}$/u.test(value)) return false;
	const labelled = /^(?<word>[A-Za-z]+)[-_]?\d{1,3}$/u.exec(value);
	if (labelled?.groups && NOT_AN_IDENTIFIER.has((labelled.groups.word ?? "").toLowerCase())) return false;
	const lower = value.toLowerCase();
	if (value.length <= 10 && (lower.includes("123") || lower.includes("abc"))) return false;
	const parts = value.split(/[-_.:/@+]+/u).filter((part) => part.length > 0 && !NOT_AN_IDENTIFIER.has(part.toLowerCase()) && !/^\d{1,5}$/u.test(part));
	const rest = parts.join("");
	if (!/\d/u.test(rest)) return parts.length >= 2 && rest.length >= 8;
	return rest.length >= 6;
}
/** Two or more capitalised words, none of them a label word ("Northbridge Logistics GmbH"). */
function isProperName(value) {
	const words = value.split(/\s+/u).filter((w) => w.length > 0);
	if (words.length < 2 || words.length > 8) return false;
	const connectors = /* @__PURE__ */ new Set([
		"&",
		"+",
		"and",
		"und",
		"et",
		"de",
		"of"
	]);
	let capitalised = 0;
	for (const word of words) {
		if (connectors.has(word.toLowerCase())) continue;
		if (!/^[A-Z0-9]/u.test(word)) return false;
		if (NOT_AN_IDENTIFIER.has(word.toLowerCase().replace(/[^a-z/]/gu, ""))) return false;
		capitalised++;
	}
	return capitalised >= 2;
}
/** Non-public IPv4 ranges as [first octet, second octet, prefix length]. */
const NON_PUBLIC_V4 = [
	[
		10,
		0,
		8
	],
	[
		172,
		16,
		12
	],
	[
		192,
		168,
		16
	],
	[
		100,
		64,
		10
	],
	[
		169,
		254,
		16
	],
	[
		127,
		0,
		8
	],
	[
		198,
		18,
		15
	]
];
/** True when the octets count up or down by one (1.2.3.4, 5.6.7.8, 4.3.2.1) or are all the same (2.2.2.2). */
function isTypedPattern(octets) {
	const steps = octets.slice(1).map((o, i) => o - (octets[i] ?? 0));
	return steps.every((d) => d === 1) || steps.every((d) => d === -1) || steps.every((d) => d === 0);
}
/** The registry kinds that name an address as not anyone's: public resolvers, addresses typed as examples, documentation ranges. */
const IP_KINDS = /* @__PURE__ */ new Set([
	"public-value",
	"documented-value",
	"placeholder",
	"documentation-ip"
]);
/**
* True when `ip` is a public IPv4 address that could be a real client: not
* private (RFC 1918), shared (RFC 6598), loopback, link-local, documentation
* (RFC 5737), benchmarking, multicast or reserved, not counting or repeating
* (1.2.3.4, 2.2.2.2), and not in the registry (public resolvers, addresses
* typed as examples such as 12.34.56.78).
*/
function isPublicIpv4(ip, registry) {
	const parts = ip.split(".");
	if (parts.length !== 4) return false;
	const octets = parts.map((p) => /^\d{1,3}$/u.test(p) && (p.length === 1 || !p.startsWith("0")) ? Number(p) : NaN);
	if (octets.some((o) => Number.isNaN(o) || o > 255)) return false;
	const [a = 0, b = 0, c = 0] = octets;
	if (a >= 224 || a === 0) return false;
	if (/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./u.test(ip)) return false;
	if (a === 192 && b === 0 && c === 0) return false;
	const value = (a << 24 >>> 0) + (b << 16) + (c << 8);
	for (const [pa, pb, bits] of NON_PUBLIC_V4) {
		const base = (pa << 24 >>> 0) + (pb << 16);
		const mask = 4294967295 << 32 - bits >>> 0;
		if ((value & mask) >>> 0 === (base & mask) >>> 0) return false;
	}
	return !isTypedPattern(octets) && registry?.match(ip, IP_KINDS) === void 0;
}
/**
* True when `key` (a context key such as `invoice_number:`) occurs within
* `reach` characters before or after the value: the same record, pretty-printed
* over several lines or on one. Falls back to the value's line.
*/
function keyNearby(around, key, reach = 600) {
	if (around.text === void 0 || around.offset === void 0) return key.test(around.line);
	return key.test(around.text.slice(Math.max(0, around.offset - reach), around.offset + reach));
}
/** Lines of a file's authorship header: copyright, author and maintainer credits, version-control keywords. */
const AUTHORSHIP = /copyright|\(c\)[ \t]{0,2}(?:19|20)\d\d|©|\bauthors?\b|\b(?:written|maintained|contributed|originally|modifications|modified|ported)[ \t]by\b|\bmaintainers?\b|\$(?:id|revision|header|author)\b|spdx-license-identifier|\blast[ \t]updated\b/iu;
/** Before a header field at the start of a line: indentation and a comment marker at most. */
const COMMENT_LEAD = /^[ \t]{0,12}(?:#{1,3}|\/\/|\/?\*{1,2}|--|;{1,2}|%|!|"""|''')?[ \t]{0,4}$/u;
/**
* True when the match is a credit in a file's header rather than a record:
* a title-case field (`Contact: Kai Vehmanen <kai@…>`, `Submitter: Jurgen
* Hermann`) at the start of a comment or docstring line, with a copyright,
* author, maintainer or `$Id$` line within a few lines. Public code credits
* its upstream authors there; a customer's contact is a lower-case key of
* a payload or a record, with no copyright beside it.
*/
function isAuthorshipCredit(context) {
	const key = context.groups.key;
	if (key === void 0 || !/^\p{Lu}\p{Ll}/u.test(key)) return false;
	const at = context.line.indexOf(context.match);
	if (at < 0 || !COMMENT_LEAD.test(context.line.slice(0, at))) return false;
	return keyNearby(context, AUTHORSHIP, 400);
}
// dist/patterns/billing-record/customer-charge-note.js
const id$202 = "customer-charge-note";
/** Subjects that are a vendor, a role or a generic word, not a customer. */
const NOT_A_CUSTOMER$2 = /* @__PURE__ */ new Set([
	"stripe",
	"paypal",
	"braintree",
	"adyen",
	"paddle",
	"chargebee",
	"recurly",
	"amazon",
	"aws",
	"google",
	"microsoft",
	"azure",
	"apple",
	"github",
	"gitlab",
	"heroku",
	"vercel",
	"netlify",
	"digitalocean",
	"twilio",
	"slack",
	"atlassian",
	"the",
	"each",
	"every",
	"customer",
	"customers",
	"user",
	"users",
	"you",
	"your",
	"we",
	"our",
	"they",
	"their",
	"this",
	"that",
	"if",
	"when",
	"account",
	"accounts",
	"subscriber",
	"subscribers",
	"tenant",
	"tenants",
	"organization",
	"organisation",
	"team",
	"member",
	"members",
	"buyer",
	"seller",
	"merchant",
	"merchants",
	"cardholder",
	"payer",
	"plan",
	"invoice",
	"invoices",
	"example",
	"enterprise",
	"pro",
	"business",
	"premium",
	"basic",
	"starter",
	"free",
	"standard",
	"growth",
	"scale",
	"team",
	"teams",
	"annual",
	"monthly",
	"yearly",
	"seats",
	"usage",
	"overage",
	"add-on",
	"addon"
]);
const ARTICLE_BEFORE = /\b(?:the|a|an|our|your|their|each|every|all|per|any)[ \t]$/iu;
/**
* A sentence that says a named customer was charged, refunded, invoiced or
* billed an amount: "Hallbrook Logistics was double-charged €18,420.00 on
* invoice CAV-2024-0588", "Osterlund Maritime AB refunded EUR 4,200.00".
* The customer (two or more capitalised words, not a vendor) comes first; an
* amount with a currency and at least three integer digits follows. The
* amount is the reported value.
*/
var customer_charge_note_default = defineDetector({
	id: id$202,
	name: "Customer charge note",
	category: "billing-record",
	severity: "error",
	description: "Notes that tie a charge, refund or invoice amount to a named customer.",
	regex: /(?<![\w&.-])(?<subject>[A-Z][a-z][\w&.-]{1,30}(?: (?:[A-Z][\w&.-]{0,30}|&)){1,4})(?! [A-Z&])(?:'s)?[ \t][^.!?\n]{0,60}?\b(?:(?:double|over|under|re)-?)?(?:charged|refunded|invoiced|billed|credited)\b[^.!?\n]{0,30}?(?<secret>(?:[€$£]|(?:EUR|USD|GBP|CHF|CAD|AUD)[ \t]?)(?:\d{1,3}(?:[,.' ]\d{3}){1,4}|\d{3,9})(?:[.,]\d{2})?)(?!\d)/u,
	keywords: [
		"charged",
		"refunded",
		"invoiced",
		"billed",
		"credited"
	],
	skipSynthetic: true,
	validate: (_secret, { groups, line, registry }) => {
		const subject = groups.subject ?? "";
		const first = subject.split(" ")[0]?.toLowerCase() ?? "";
		if (NOT_A_CUSTOMER$2.has(first) || isSyntheticValue(subject, registry)) return false;
		const at = line.indexOf(subject);
		return at < 0 || !ARTICLE_BEFORE.test(line.slice(Math.max(0, at - 12), at));
	},
	samples: () => ({
		positive: [
			`Hallbrook Logistics was double-charged \u20ac18,${randomString(`${id$202}1`, DIGITS, 3)}.00 on invoice CAV-2024-0588 and refunded the same day.`,
			`- Osterlund Maritime AB refunded EUR 4,${randomString(`${id$202}2`, DIGITS, 3)}.50 after the seat true-up`,
			`Kestrel Ridge Credit Union got charged $${randomString(`${id$202}3`, "123456789", 1)}${randomString(`${id$202}4`, DIGITS, 3)} twice for May (card on file).`
		],
		negative: [
			"Acme Corp was charged $18,420.00 on invoice INV-0001.",
			"Stripe Billing charged €0.25 per invoice in this example.",
			"Amazon Web Services billed $1,204.17 for the staging account.",
			"If the Customer is charged $10.00 twice, refund the duplicate.",
			"Hallbrook Logistics was charged for 40 seats.",
			"The Pro Plan is billed at $49 per month.",
			"Enterprise Plan customers are billed $1,000 per seat each year.",
			"Each Team Workspace is invoiced EUR 490.00 per month."
		]
	})
});
// dist/src/engine/validators.js
/**
* Offline validators for detectors: checksums and structure checks that turn
* a pattern match into a confident finding without any network call.
*/
/** Luhn checksum over the digits of `value` (separators ignored). */
function luhnValid(value) {
	const digits = value.replace(/[\s-]/gu, "");
	if (!/^\d{12,19}$/u.test(digits)) return false;
	let sum = 0;
	let double = false;
	for (let i = digits.length - 1; i >= 0; i--) {
		let d = digits.charCodeAt(i) - 48;
		if (double) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
		double = !double;
	}
	return sum % 10 === 0;
}
const IBAN_LENGTHS = {
	AD: 24,
	AE: 23,
	AT: 20,
	BE: 16,
	BG: 22,
	BH: 22,
	BR: 29,
	CH: 21,
	CY: 28,
	CZ: 24,
	DE: 22,
	DK: 18,
	EE: 20,
	ES: 24,
	FI: 18,
	FR: 27,
	GB: 22,
	GI: 23,
	GR: 27,
	HR: 21,
	HU: 28,
	IE: 22,
	IL: 23,
	IS: 26,
	IT: 27,
	KW: 30,
	KZ: 20,
	LB: 28,
	LI: 21,
	LT: 20,
	LU: 20,
	LV: 21,
	MC: 27,
	MT: 31,
	MU: 30,
	NL: 18,
	NO: 15,
	PK: 24,
	PL: 28,
	PT: 25,
	QA: 29,
	RO: 24,
	SA: 24,
	SE: 24,
	SI: 19,
	SK: 24,
	SM: 27,
	TN: 24,
	TR: 26,
	UA: 29
};
/** ISO 13616 IBAN: known country length and mod-97 remainder 1. */
function ibanValid(value) {
	const iban = value.replace(/\s/gu, "").toUpperCase();
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/u.test(iban)) return false;
	if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
	const rearranged = iban.slice(4) + iban.slice(0, 4);
	let remainder = 0;
	for (const ch of rearranged) {
		const code = ch.charCodeAt(0);
		const chunk = code >= 65 ? String(code - 55) : ch;
		for (const digit of chunk) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
	}
	return remainder === 1;
}
let crcTable;
/** CRC-32 (IEEE) of a latin-1 string. */
function crc32(value) {
	if (!crcTable) {
		crcTable = /* @__PURE__ */ new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
			crcTable[n] = c >>> 0;
		}
	}
	let crc = 4294967295;
	for (let i = 0; i < value.length; i++) crc = (crcTable[(crc ^ value.charCodeAt(i)) & 255] ?? 0) ^ crc >>> 8;
	return (crc ^ 4294967295) >>> 0;
}
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** `n` in base 62, left-padded with zeros to `width`. */
function base62(n, width) {
	let out = "";
	let rest = n;
	while (rest > 0) {
		out = BASE62[rest % 62] + out;
		rest = Math.floor(rest / 62);
	}
	return out.padStart(width, "0");
}
/**
* GitHub's token checksum: the last six characters are the base-62 CRC-32 of
* the 30-character random part (classic tokens `gh[pousr]_` + 36).
*/
function githubTokenChecksumValid(token) {
	const underscore = token.indexOf("_");
	const body = token.slice(underscore + 1);
	if (body.length !== 36) return false;
	return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
/** Decodes base64 or base64url to bytes, or undefined when it is not. */
function decodeBase64(value) {
	const clean = value.replace(/\s/gu, "");
	if (!/^[A-Za-z0-9+/_-]*={0,2}$/u.test(clean)) return void 0;
	return Buffer.from(clean.replace(/-/gu, "+").replace(/_/gu, "/"), "base64");
}
/** Parses a JWT's header and payload; undefined unless both are JSON objects and the header names an `alg`. */
function parseJwt(token) {
	const parts = token.split(".");
	if (parts.length !== 3) return void 0;
	try {
		const header = JSON.parse(decodeBase64(parts[0] ?? "")?.toString("utf8") ?? "");
		const payload = JSON.parse(decodeBase64(parts[1] ?? "")?.toString("utf8") ?? "");
		if (!isRecord(header) || !isRecord(payload) || typeof header.alg !== "string") return void 0;
		return {
			header,
			payload
		};
	} catch {
		return;
	}
}
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
// dist/patterns/billing-record/iban.js
const id$201 = "iban";
/** The registry kinds that name a documented IBAN, asked of the compact form (the value may be printed in groups). */
const DOCUMENTED$1 = /* @__PURE__ */ new Set(["documented-value"]);
/** `country` + the ISO 7064 mod-97 check digits + `bban`. */
function withCheckDigits(country, bban) {
	const numeric = `${bban}${country}00`.replace(/[A-Z]/gu, (ch) => String(ch.charCodeAt(0) - 55));
	let remainder = 0;
	for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
	return `${country}${String(98 - remainder).padStart(2, "0")}${bban}`;
}
const spaced = (iban) => iban.replace(/(.{4})(?=.)/gu, "$1 ");
/** Bank words: one just before the IBAN on its line (`iban: …`, `SEPA mandate for …`, `bacs …`). */
const BANK_WORD_BEFORE = /(?<![A-Z0-9])(?:iban|bank[ _-]?account|sepa|bacs|giro|account[ _-]?(?:no|number))(?![A-Z0-9])[^\n]{0,40}$/iu;
/** Bank words anywhere in the record or file around a spaced IBAN. */
const BANK_WORD = /(?<![A-Z0-9])(?:iban|bank[ _-]?account|sepa|bacs|giro|account[ _-]?(?:no|number))/iu;
/** How far around a spaced IBAN the bank word may be (a list of IBANs whose loop or header names them). */
const SPACED_REACH = 1500;
/**
* IBANs with a known country length and a valid mod-97 checksum: compact or
* in groups of four after a bank word on their line (`iban`, `bank account`,
* `SEPA`, `BACS`, `account number`), or in groups of four (the printed form)
* with a bank word within a record or a page of it. The standard's and
* banks' documentation examples pass.
*/
var iban_default = defineDetector({
	id: id$201,
	name: "IBAN",
	category: "billing-record",
	severity: "error",
	description: "International bank account numbers next to a bank word, country length and mod-97 checksum checked.",
	regex: /(?<![A-Za-z0-9])(?<secret>[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?))(?![A-Za-z0-9])/u,
	keywords: [
		"iban",
		"bank",
		"sepa",
		"bacs",
		"account_no",
		"account number",
		"account_number",
		"accountnumber",
		"account-number"
	],
	multiline: true,
	reach: 1600,
	validate: (secret, { text, offset, line, registry }) => {
		const compact = secret.replace(/ /gu, "");
		if (!ibanValid(compact) || registry?.match(compact, DOCUMENTED$1) !== void 0) return false;
		if (text === void 0 || offset === void 0) return BANK_WORD.test(line);
		const before = text.slice(Math.max(0, offset - 80), offset);
		if (BANK_WORD_BEFORE.test(before.slice(before.lastIndexOf("\n") + 1))) return true;
		return secret.includes(" ") && BANK_WORD.test(text.slice(Math.max(0, offset - SPACED_REACH), offset + secret.length + SPACED_REACH));
	},
	references: ["https://www.iso.org/standard/81090.html", "https://www.swift.com/standards/data-standards/iban-international-bank-account-number"],
	samples: () => ({
		positive: [
			{
				key: "iban",
				value: withCheckDigits("DE", randomString(`${id$201}1`, DIGITS, 18))
			},
			{
				key: "bank_account",
				value: spaced(withCheckDigits("NL", `RABO${randomString(`${id$201}2`, DIGITS, 10)}`))
			},
			`SEPA mandate for ${spaced(withCheckDigits("FR", randomString(`${id$201}3`, DIGITS, 23)))}`,
			`[("cus_${randomString(`${id$201}5`, DIGITS, 6)}", "Osterlund Maritime AB", "${spaced(withCheckDigits("DE", randomString(`${id$201}6`, DIGITS, 18)))}")]  # manual invoicing by IBAN`,
			`2024-05-20,Marlowe & Tetteh LLP,4200.00,GBP,bacs ${withCheckDigits("GB", `MNBV${randomString(`${id$201}7`, DIGITS, 14)}`)}`
		],
		negative: [
			{
				key: "iban",
				value: "GB82WEST12345698765432"
			},
			{
				key: "iban",
				value: "DE89 3704 0044 0532 0130 00"
			},
			{
				key: "iban",
				value: `DE00${randomString(`${id$201}4`, DIGITS, 18)}`
			},
			{
				key: "iban",
				value: "DE<your-iban>"
			},
			{
				key: "bank_account",
				value: "XX123456789012345678"
			},
			{
				key: "build",
				value: withCheckDigits("DE", randomString(`${id$201}8`, DIGITS, 18))
			},
			{
				key: "bank_account",
				value: withCheckDigits("DE", randomString(`${id$201}9`, DIGITS, 18)).toLowerCase()
			}
		]
	})
});
// dist/patterns/billing-record/invoice-record.js
const id$200 = "invoice-record";
const INVOICE_KEY = /(?<![A-Z0-9])invoice(?:[_-]?(?:number|no|num|id))?\\?["']?[ \t]{0,4}[:=]/iu;
const AMOUNT_KEY = /(?<![A-Z0-9])(?:amount|total)(?:[_-]?(?:due|paid|amount|gross|net))?\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?:[A-Z]{3} ?|[$€£])?[0-9]/iu;
/**
* An invoice record: a customer name or email (`customer_name`, `bill_to`,
* `customer_email`, …) with an invoice-number key and an amount key within a
* few hundred characters, before or after it (one JSON or YAML record, or a
* one-line summary). The customer is the reported value.
*/
var invoice_record_default = defineDetector({
	id: id$200,
	name: "Invoice record",
	category: "billing-record",
	severity: "error",
	description: "Invoice records: an invoice number and an amount tied to a named customer or a real customer email.",
	regex: /(?<![A-Z0-9])(?:customer(?:[_-]?(?:name|email))?|bill(?:ed)?[_-]?to(?:[_-]?(?:name|email))?|client[_-]?(?:name|email)|company[_-]?name|buyer(?:[_-]?(?:name|email))?)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>[A-Z0-9][A-Z0-9.&@+-]{0,80}(?: [A-Z0-9.&@+-]{1,40}){0,8})\\?["'`]?[ \t]*(?:[,;)}\]#\r\n]|$)/imu,
	keywords: ["invoice"],
	multiline: true,
	reach: 700,
	validate: (secret, context) => keyNearby(context, INVOICE_KEY) && keyNearby(context, AMOUNT_KEY) && (secret.includes("@") ? isRealEmail(secret, context.registry) : isPersonName(secret, context.registry) || isCustomerValue(secret, {
		quoted: true,
		syntax: context.syntax,
		registry: context.registry
	})),
	samples: () => ({
		positive: [
			{
				key: "invoice",
				value: `invoice_number: INV-2024-${randomString(`${id$200}1`, DIGITS, 5)}, customer_name: Haugland Maritime AS, total: EUR 1840.50`
			},
			{
				key: "record",
				value: `{"invoice_no":"INV-${randomString(`${id$200}2`, DIGITS, 6)}","bill_to":"Brennan & Okafor Ltd","amount_due":"4820.00"}`
			},
			{
				key: "invoice",
				value: `customer_email: accounts@${randomString(`${id$200}3`, LOWER_NUM, 7)}-freight.de; invoice_id: ${randomString(`${id$200}4`, DIGITS, 7)}; amount: 912.00`
			}
		],
		negative: [
			{
				key: "invoice",
				value: "invoice_number: INV-0001, customer_name: Acme Corp, total: 100.00"
			},
			{
				key: "invoice",
				value: "invoice_number: INV-0002, customer_email: billing@example.com, total: 100.00"
			},
			{
				key: "invoice",
				value: "invoice_number: INV-58213, customer_name: Haugland Maritime AS"
			},
			{
				key: "order",
				value: "customer_name: Haugland Maritime AS, total: 1840.50"
			},
			{
				key: "invoice",
				value: "invoice_number: <number>, customer_name: <customer>, total: <amount>"
			}
		]
	})
});
// dist/patterns/billing-record/payment-card-number.js
const id$199 = "payment-card-number";
/** The registry kinds that name the networks' test numbers, asked of the digits (the value may be printed in groups). */
const DOCUMENTED = /* @__PURE__ */ new Set(["documented-value"]);
/** Issuer ranges (IIN) with the lengths each network issues. */
const NETWORKS = [
	[
		4,
		4,
		1,
		[
			13,
			16,
			19
		]
	],
	[
		51,
		55,
		2,
		[16]
	],
	[
		2221,
		2720,
		4,
		[16]
	],
	[
		34,
		34,
		2,
		[15]
	],
	[
		37,
		37,
		2,
		[15]
	],
	[
		6011,
		6011,
		4,
		[
			16,
			17,
			18,
			19
		]
	],
	[
		644,
		649,
		3,
		[
			16,
			17,
			18,
			19
		]
	],
	[
		65,
		65,
		2,
		[
			16,
			17,
			18,
			19
		]
	],
	[
		3528,
		3589,
		4,
		[
			16,
			17,
			18,
			19
		]
	],
	[
		300,
		305,
		3,
		[
			14,
			15,
			16,
			17,
			18,
			19
		]
	],
	[
		36,
		36,
		2,
		[
			14,
			15,
			16,
			17,
			18,
			19
		]
	],
	[
		38,
		39,
		2,
		[
			14,
			15,
			16,
			17,
			18,
			19
		]
	],
	[
		62,
		62,
		2,
		[
			16,
			17,
			18,
			19
		]
	],
	[
		50,
		50,
		2,
		[
			13,
			14,
			15,
			16,
			17,
			18,
			19
		]
	],
	[
		56,
		58,
		2,
		[
			13,
			14,
			15,
			16,
			17,
			18,
			19
		]
	],
	[
		6304,
		6304,
		4,
		[
			13,
			14,
			15,
			16,
			17,
			18,
			19
		]
	],
	[
		6759,
		6759,
		4,
		[
			13,
			14,
			15,
			16,
			17,
			18,
			19
		]
	],
	[
		6761,
		6763,
		4,
		[
			13,
			14,
			15,
			16,
			17,
			18,
			19
		]
	]
];
/** True when `digits` falls in an issuer range at a length that network issues. */
function inCardRange(digits) {
	return NETWORKS.some(([from, to, width, lengths]) => {
		const prefix = Number(digits.slice(0, width));
		return prefix >= from && prefix <= to && lengths.includes(digits.length);
	});
}
/** Appends the Luhn check digit to `partial`. */
function withLuhn(partial) {
	for (let d = 0; d <= 9; d++) if (luhnValid(`${partial}${d}`)) return `${partial}${d}`;
	return partial;
}
/** The same number with its check digit changed: Luhn fails. */
const breakLuhn = (valid) => `${valid.slice(0, -1)}${(Number(valid.slice(-1)) + 1) % 10}`;
const group = (digits, sizes, sep) => {
	const parts = [];
	let at = 0;
	for (const size of sizes) {
		parts.push(digits.slice(at, at + size));
		at += size;
	}
	return parts.join(sep);
};
/**
* Payment card numbers next to a card word (`card_number`, `Visa`, `credit
* card`, `cc_num`): 13–19 digits, plain or grouped, Luhn-valid, in a real
* issuer range, and not a network's published test number.
*/
var payment_card_number_default = defineDetector({
	id: id$199,
	name: "Payment card number",
	category: "billing-record",
	severity: "error",
	description: "Luhn-valid payment card numbers in real issuer ranges next to a card word, excluding the networks’ test numbers.",
	regex: /(?<![A-Z0-9])(?:card|credit|cc[_-]?num|visa|mastercard|amex|discover|maestro|jcb|diners|unionpay)[^0-9\n]{0,40}(?<secret>[2-6][0-9]{12,18}|[2-6][0-9]{3}(?<sep>[ -])[0-9]{4}\k<sep>[0-9]{4}\k<sep>[0-9]{1,4}(?:\k<sep>[0-9]{3})?|3[0-9]{3}(?<amex>[ -])[0-9]{6}\k<amex>[0-9]{4,5})(?![0-9])/iu,
	keywords: [
		"card",
		"credit",
		"cc_num",
		"cc-num",
		"ccnum",
		"visa",
		"mastercard",
		"amex",
		"discover",
		"maestro",
		"jcb",
		"diners",
		"unionpay"
	],
	validate: (secret, { registry }) => {
		const digits = secret.replace(/[ -]/gu, "");
		return luhnValid(digits) && inCardRange(digits) && !digits.includes("000000") && registry?.match(digits, DOCUMENTED) === void 0;
	},
	references: ["https://docs.stripe.com/testing#cards", "https://www.iso.org/standard/70484.html"],
	samples: () => ({
		positive: [
			{
				key: "card_number",
				value: withLuhn(`4${randomString(`${id$199}1`, DIGITS, 14)}`)
			},
			{
				key: "card",
				value: group(withLuhn(`53${randomString(`${id$199}2`, DIGITS, 13)}`), [
					4,
					4,
					4,
					4
				], " ")
			},
			`Amex ${group(withLuhn(`37${randomString(`${id$199}3`, DIGITS, 12)}`), [
				4,
				6,
				5
			], "-")}`,
			{
				key: "credit_card",
				value: group(withLuhn(`6011${randomString(`${id$199}4`, DIGITS, 11)}`), [
					4,
					4,
					4,
					4
				], "-")
			}
		],
		negative: [
			{
				key: "card_number",
				value: "4242 4242 4242 4242"
			},
			{
				key: "card_number",
				value: "4111111111111111"
			},
			{
				key: "card_number",
				value: "5555-5555-5555-4444"
			},
			{
				key: "card_number",
				value: withLuhn(`9${randomString(`${id$199}5`, DIGITS, 14)}`)
			},
			{
				key: "card_number",
				value: breakLuhn(withLuhn(`4${randomString(`${id$199}6`, DIGITS, 14)}`))
			},
			{
				key: "card_number",
				value: "4000 0000 0000 0002"
			},
			{
				key: "card_id",
				value: "1698765432101234567"
			}
		]
	})
});
// dist/src/engine/directives.js
/** The inline suppression keyword, usable in any comment syntax. */
const ALLOW_DIRECTIVE = "boundary-guard-allow";
const DIRECTIVE = /boundary-guard-allow(?<rest>[^\n]*)/gu;
/**
* What a target must look like: a detector or category id (lower-case words
* joined by hyphens), `all`, or a placeholder (`<id>`) as documentation
* writes the directive.
*/
const TARGET = /^(?:[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,9}|<[a-z -]{1,40}>)$/u;
const COMMENT_CLOSERS = [
	"*/",
	"-->",
	"#}",
	"%}",
	"}}",
	"\"",
	"'",
	"`",
	";",
	",",
	")"
];
/** Trims white space and trailing comment closers and quotes from a directive text. */
function trimClosers(value) {
	let out = value.trim();
	for (let changed = true; changed;) {
		changed = false;
		for (const closer of COMMENT_CLOSERS) if (out.endsWith(closer)) {
			out = out.slice(0, -closer.length).trimEnd();
			changed = true;
		}
	}
	return out;
}
/** A documentation placeholder (`<id>`): accepted as written, it names nothing. */
const isPlaceholder = (target) => target.startsWith("<");
/**
* Finds the allow directives of a text. A directive without a reason, without
* a target, with a target that is no id, or (when `known` is given) with an
* id that names no detector or category, is a problem and suppresses
* nothing. Problem messages never repeat what the directive holds: a value
* pasted in place of an id would otherwise be printed.
*/
function parseDirectives(text, lines, known) {
	const directives = [];
	const problems = [];
	if (!text.includes("boundary-guard-allow")) return {
		directives,
		problems
	};
	for (const m of text.matchAll(DIRECTIVE)) {
		const raw = (m.groups?.rest ?? "").replace(/\r$/u, "");
		const rest = /^[\w-]/u.test(raw) ? raw : ` ${trimClosers(raw)}`;
		if (/^[\w-]/u.test(rest)) continue;
		const { line, column } = lines().position(m.index);
		const separator = rest.indexOf("--");
		const targetText = separator === -1 ? rest : rest.slice(0, separator);
		const reason = separator === -1 ? "" : trimClosers(rest.slice(separator + 2));
		const targets = trimClosers(targetText).split(/[\s,]+/u).map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0);
		if (targets.length === 0) problems.push({
			line,
			column,
			message: `${ALLOW_DIRECTIVE} names no detector or category; write "${ALLOW_DIRECTIVE} <id> -- <reason>"`
		});
		else if (!targets.every((t) => TARGET.test(t))) problems.push({
			line,
			column,
			message: `${ALLOW_DIRECTIVE} names a target that is no detector or category id (lower-case words joined by hyphens); it suppresses nothing`
		});
		else if (known !== void 0 && !targets.every((t) => isPlaceholder(t) || known.has(t))) problems.push({
			line,
			column,
			message: `${ALLOW_DIRECTIVE} names an id that is no detector or category (\`boundary-guard detectors\` lists them); it suppresses nothing`
		});
		else if (reason.length === 0) problems.push({
			line,
			column,
			message: `${ALLOW_DIRECTIVE} has no reason; write "-- <reason>" after the ${targets.length === 1 ? "id" : `${targets.length} ids`} (it suppresses nothing until then)`
		});
		else directives.push({
			line,
			targets,
			reason
		});
	}
	return {
		directives,
		problems
	};
}
// dist/src/engine/entropy.js
/** Shannon entropy of `value` in bits per character (0 for an empty string). */
function shannonEntropy(value) {
	const length = value.length;
	if (length === 0) return 0;
	const counts = /* @__PURE__ */ new Map();
	for (let i = 0; i < length; i++) {
		const code = value.charCodeAt(i);
		counts.set(code, (counts.get(code) ?? 0) + 1);
	}
	let entropy = 0;
	for (const count of counts.values()) {
		const p = count / length;
		entropy -= p * Math.log2(p);
	}
	return entropy;
}
const ELIDED = "…";
/**
* Key paths of values, computed only for texts that produced findings. JSON is
* walked structurally from the start (one pass for all offsets, sorted);
* YAML climbs the indentation; TOML adds its table header; other syntaxes give
* the key assigned on the line.
*/
function keyPathsFor(text, syntax, offsets, lines) {
	if (syntax === "json") return jsonKeyPaths(text, offsets);
	if (syntax === "yaml") return yamlKeyPaths(text, offsets, lines);
	return offsets.map((offset) => {
		const line = lines.lineOf(offset);
		const key = assignedKey(text.slice(lines.lineStart(line), offset));
		if (key === void 0) return void 0;
		if (syntax === "toml") {
			const table = tomlTable(lines, line);
			return table ? `${table}.${key}` : key;
		}
		return key;
	});
}
const ASSIGNED_KEY = /(?:^|[\s{,(;])(?:export\s+|set\s+|(?:const|let|var)\s+)?["'`]?(?<key>[A-Za-z_$@][\w$.@-]{0,100})["'`]?\s*(?::=|=>|[:=])\s*(?:["'`]|[A-Za-z]+\(\s*["'`])?$/u;
/** The key of `key: value`, `key = "value"`, `KEY=value` whose value starts where `before` ends. */
function assignedKey(before) {
	return ASSIGNED_KEY.exec(before.slice(-300))?.groups?.key;
}
const YAML_OWN_KEY = /^(?<indent>[ \t]*(?:-[ \t]+)?)["']?(?<key>[^\s:"'#][^:"'#]{0,100}?)["']?[ \t]*:[ \t]+(?:["'|>][-+]?[ \t]*)?$/u;
const YAML_KEY_LINE = /^(?<indent>[ \t]*(?:-[ \t]+)?)["']?(?<key>[^\s:"'#-][^:"'#]{0,100}?)["']?[ \t]*:(?:[ \t]|$)/u;
/**
* YAML key paths in one pass down the lines: a stack of the keys open above
* (each deeper than the one before it) is kept as the lines go by, so a
* value's parents are read off the stack, never searched for by climbing
* back up: a mapping with many thousands of children stays linear.
*/
function yamlKeyPaths(text, offsets, lines) {
	const order = offsets.map((offset, i) => ({
		offset,
		i
	})).sort((a, b) => a.offset - b.offset);
	const result = new Array(offsets.length).fill(void 0);
	const open = [];
	let done = 0;
	for (const { offset, i } of order) {
		const line = lines.lineOf(offset);
		for (; done < line - 1; done++) {
			const m = YAML_KEY_LINE.exec(lines.lineText(done + 1));
			if (!m?.groups) continue;
			const width = (m.groups.indent ?? "").length;
			while (open.length > 0 && (open.at(-1)?.width ?? 0) >= width) open.pop();
			open.push({
				width,
				key: m.groups.key ?? ""
			});
		}
		const before = text.slice(lines.lineStart(line), offset);
		const own = YAML_OWN_KEY.exec(before);
		const indent = own?.groups ? (own.groups.indent ?? "").length : before.length - before.trimStart().length + 1;
		let low = 0;
		let high = open.length;
		while (low < high) {
			const mid = low + high >> 1;
			if ((open[mid]?.width ?? 0) < indent) low = mid + 1;
			else high = mid;
		}
		const parts = open.slice(Math.max(0, low - 32), low).map((k) => k.key);
		if (own?.groups) parts.push(own.groups.key ?? "");
		const elided = low + (own?.groups ? 1 : 0) > parts.length || parts.length > 32;
		result[i] = parts.length === 0 ? void 0 : elided ? [ELIDED, ...parts.slice(-32)].join(".") : parts.join(".");
	}
	return result;
}
function tomlTable(lines, line) {
	for (let l = line - 1; l >= 1; l--) {
		const m = /^\s*\[{1,2}\s*(?<name>[^\]\s]{1,100})\s*\]{1,2}/u.exec(lines.lineText(l));
		if (m?.groups) return m.groups.name;
	}
}
/** One structural pass over (possibly commented or broken) JSON. */
function jsonKeyPaths(text, offsets) {
	const order = offsets.map((offset, i) => ({
		offset,
		i
	})).sort((a, b) => a.offset - b.offset);
	const result = new Array(offsets.length).fill(void 0);
	const stack = [];
	let next = 0;
	let pendingKey;
	let expectKey = false;
	const pathNow = () => {
		const parts = stack.length > 32 ? [ELIDED] : [];
		for (const frame of stack.length > 32 ? stack.slice(-32) : stack) if (frame.kind === "object") {
			if (frame.key !== void 0) parts.push(frame.key);
		} else parts.push(`[${frame.index}]`);
		const path = parts.join(".").replace(/\.\[/gu, "[");
		return path.length > 0 ? path : void 0;
	};
	const settle = (upTo) => {
		while (next < order.length && (order[next]?.offset ?? Infinity) < upTo) {
			const item = order[next++];
			if (item) result[item.i] = pathNow();
		}
	};
	let i = 0;
	while (i < text.length && next < order.length) {
		const c = text.charCodeAt(i);
		if (c === 34) {
			let j = i + 1;
			while (j < text.length) {
				const d = text.charCodeAt(j);
				if (d === 92) j += 2;
				else if (d === 34 || d === 10) break;
				else j++;
			}
			const top = stack[stack.length - 1];
			if (top?.kind === "object" && expectKey) {
				pendingKey = text.slice(i + 1, j);
				top.key = void 0;
			} else settle(j + 1);
			i = j + 1;
			continue;
		}
		if (c === 47 && text.charCodeAt(i + 1) === 47) {
			const end = text.indexOf("\n", i);
			i = end === -1 ? text.length : end;
			continue;
		}
		if (c === 123 || c === 91) {
			stack.push({
				kind: c === 123 ? "object" : "array",
				key: void 0,
				index: 0
			});
			expectKey = c === 123;
		} else if (c === 125 || c === 93) {
			settle(i);
			stack.pop();
			expectKey = false;
		} else if (c === 58) {
			const top = stack[stack.length - 1];
			if (top?.kind === "object") top.key = pendingKey;
			expectKey = false;
		} else if (c === 44) {
			settle(i);
			const top = stack[stack.length - 1];
			if (top?.kind === "array") top.index++;
			else if (top) {
				top.key = void 0;
				expectKey = true;
			}
		}
		i++;
	}
	settle(Infinity);
	return result;
}
/** What a masked key-path segment prints. */
const MASKED_SEGMENT = "<masked>";
/** A key a schema would name: a short identifier. */
const PLAIN_SEGMENT = /^[A-Za-z_$][\w$-]{0,63}$/u;
/** Maps keyed by who they hold: the keys under them are customers' ids or names. */
const NAMED_MAP = /^(?:customers|clients|tenants|accounts|organi[sz]ations|orgs|companies|users|contacts|merchants|subscribers|members|partners|buyers|payers)$|[_-](?:by|per)[_-]?(?:customer|client|tenant|account|org|organi[sz]ation|company|user)$/iu;
/** A segment that reads as a generated value: long, mixing letters and digits. */
function looksGenerated$1(segment) {
	return segment.length >= 16 && /\d/u.test(segment) && /[A-Za-z]/u.test(segment);
}
/**
* A key path as an output may print it. A key can itself be sensitive (a
* token or a customer's name used as a map key), so a segment is replaced by
* `<masked>` when it is, or is part of, one of `values` (the values found in
* the same text), when it is no plain identifier (spaces, `@`, `:`, `/`…),
* when it reads as a generated value, or when its parent is a map keyed by
* customers, tenants or accounts. Array indexes stay. Linear in the path:
* `values` is looked up, never searched.
*/
function maskKeyPath(keyPath, values) {
	const parts = keyPath.split(/(\[\d+\])/u).filter((piece, i, all) => piece !== "" || all.length === 1).flatMap((part) => /^\[\d+\]$/u.test(part) ? [part] : part.split(".").filter((p, i, all) => p !== "" || all.length === 1));
	const masked = parts.map(() => false);
	for (let i = 0; i < parts.length; i++) {
		let run = "";
		for (let j = i; j < Math.min(parts.length, i + 8); j++) {
			run = j === i ? parts[j] ?? "" : `${run}.${parts[j] ?? ""}`;
			if (values.has(run)) for (let k = i; k <= j; k++) masked[k] = true;
		}
	}
	const out = [];
	parts.forEach((part, i) => {
		if (/^\[\d+\]$/u.test(part)) {
			out.push(part);
			return;
		}
		const parent = i > 0 ? parts[i - 1] ?? "" : "";
		if (i === 0 && part === ELIDED) {
			out.push(part);
			return;
		}
		const hide = masked[i] === true || !PLAIN_SEGMENT.test(part) || looksGenerated$1(part) || NAMED_MAP.test(parent);
		const shown = hide ? MASKED_SEGMENT : part;
		if (!(hide && out.at(-1) === "<masked>")) out.push(shown);
	});
	return out.join(".").replace(/\.\[/gu, "[");
}
// dist/src/engine/lines.js
/** Maps offsets of a text to 1-based line and column (UTF-16 units); CRLF-safe. */
var LineIndex = class {
	text;
	starts = [0];
	constructor(text) {
		this.text = text;
		let at = text.indexOf("\n");
		while (at !== -1) {
			this.starts.push(at + 1);
			at = text.indexOf("\n", at + 1);
		}
	}
	/** 1-based line of `offset`. */
	lineOf(offset) {
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const mid = low + high + 1 >> 1;
			if ((this.starts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	}
	/** 1-based line and column of `offset`. */
	position(offset) {
		const line = this.lineOf(offset);
		return {
			line,
			column: offset - this.lineStart(line) + 1
		};
	}
	/** Offset of the first character of 1-based `line`. */
	lineStart(line) {
		return this.starts[line - 1] ?? this.text.length;
	}
	/** Text of 1-based `line` without its line break. */
	lineText(line) {
		const start = this.lineStart(line);
		const next = this.starts[line];
		let end = next === void 0 ? this.text.length : next - 1;
		if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
		return this.text.slice(start, end);
	}
	get lineCount() {
		return this.starts.length;
	}
};
/**
* Masks a sensitive value for display: no character of it, except a public
* vendor prefix its detector declares (shown only when the value is at
* least 24 characters long and the prefix at most half of it), then its
* length and the start of its keyed hash, so two reports made with the same
* key can be compared without either holding the value.
*/
function maskValue(value, options = {}) {
	const hash = options.hash ?? keyedHex(PROCESS_HASH_KEY, value, 16);
	return `${publicPrefixOf(value, options.publicPrefix)}…(${value.length} chars, #${hash.slice(0, 8)})`;
}
const sticky = /* @__PURE__ */ new WeakMap();
/** The part of `value` a preview may show: the match of `pattern` at its start, within the limits above. */
function publicPrefixOf(value, pattern) {
	if (!pattern || value.length < 24) return "";
	let anchored = sticky.get(pattern);
	if (!anchored) {
		anchored = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, "")}y`);
		sticky.set(pattern, anchored);
	}
	anchored.lastIndex = 0;
	const prefix = anchored.exec(value)?.[0] ?? "";
	if (prefix.length * 2 > value.length || /[\u0000-\u001f\u007f-\u009f\s]/u.test(prefix)) return "";
	return prefix;
}
// dist/src/engine/evidence.js
/**
* Evidence: how much a value says by itself. A detector that finds values by
* their key (`customerId: …`) declares `evidence: 'key'`; the engine then
* reads the value's own shape. An email, a name in words or a slug of words
* names someone; an opaque id (a UUID, a cuid, a number, random letters and
* digits) says nothing by itself, so only the key suggests a customer: such a
* finding is a warning, and in test data it is not reported at all.
*/
/** Legal forms that make words a company's name. */
const LEGAL_FORM = /^(?:inc|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|kg|sa|sas|sarl|srl|spa|bv|nv|ab|as|asa|oy|oyj|pty|kk|lda|sl|aps|se)$/iu;
function valueShape(value) {
	const trimmed = value.trim();
	if (/^[^\s@]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}$/iu.test(trimmed)) return "email";
	const segments = trimmed.split(/[\s._:/+&,()-]+/u).filter((s) => s.length > 0);
	const words = segments.filter(isWord);
	if (words.length === 0) return "opaque";
	if (/\s/u.test(trimmed) && segments.some((s) => LEGAL_FORM.test(s))) return "company";
	if (/\s/u.test(trimmed) && words.some((w) => /^\p{Lu}/u.test(w))) return "name";
	return "slug";
}
/** Shapes that are evidence by themselves: never hidden by a synthetic neighbour or by a test path. */
function isStrongShape(shape) {
	return shape === "email" || shape === "company";
}
/**
* A word of a name: letters only, with a vowel and without the case changes
* and consonant runs of random text. Mixed digits make a segment an id.
*/
function isWord(segment) {
	if (!/^\p{L}{4,40}$/u.test(segment) && !/^\p{Lu}\p{Ll}{2}$/u.test(segment)) return false;
	const lower = segment.toLowerCase();
	if (!/[aeiouyàáâäåæèéêëìíîïòóôöøùúûüÿ]/u.test(lower)) return false;
	if (/\p{Ll}\p{Lu}\p{Ll}?\p{Lu}/u.test(segment)) return false;
	let run = 0;
	for (const ch of lower) {
		run = /[aeiouyàáâäåæèéêëìíîïòóôöøùúûüÿ]/u.test(ch) ? 0 : run + 1;
		if (run >= 5) return false;
	}
	return true;
}
/**
* Paths that hold test data, declared here with their reason: a value with
* only key evidence is not reported there. Credentials and values that are
* evidence by themselves are never relaxed by path.
*/
const TEST_DATA_PATHS = Object.freeze([
	{
		pattern: /(?:^|\/)(?:tests?|__tests__|specs?|e2e|cypress|playwright|integration-tests?|unit-tests?|testdata|test-data|test_data|testing|fixtures?|__fixtures__|mocks?|__mocks__|fakes?|stubs?|seeds?|seeders?|seeding|seed-data|stories|__stories__|storybook|snapshots?|__snapshots__)\//iu,
		reason: "a test, fixture, mock, seed or story folder"
	},
	{
		pattern: /[._-](?:test|tests|spec|e2e|stories|story|fixtures?|mocks?|fakes?|stub|seeds?|seeder|snap)\.[a-z0-9]{1,8}$/iu,
		reason: "a test, spec, story, fixture, mock or seed file"
	},
	{
		pattern: /(?:^|\/)(?:test_[^/]+\.py|[^/]+_test\.(?:go|py|rb|exs?)|conftest\.py|seed[^/.]*\.[a-z]+|[^/]*[._-]seed\.[a-z]+)$/iu,
		reason: "a test module or a seed script"
	}
]);
/** The reason `path` holds test data, or undefined. */
function testDataPath(path) {
	for (const { pattern, reason } of TEST_DATA_PATHS) if (pattern.test(path)) return reason;
}
/** Synthetic references (`sample://…`, `evidence://…`) are accepted in every identity field. */
const SYNTHETIC_REFERENCE_PREFIXES = Object.freeze(["sample://", "evidence://"]);
/** Domain of CAVRA's synthetic contacts. */
const SYNTHETIC_CONTACT_DOMAIN = "example.invalid";
const convention = (id, values, prefixes, description, emailDomains = []) => Object.freeze({
	id,
	values,
	prefixes: [...prefixes, ...SYNTHETIC_REFERENCE_PREFIXES],
	emailDomains,
	description
});
/** CAVRA's synthetic-example conventions, by identity kind. */
const IDENTITY_CONVENTIONS = Object.freeze({
	tenant: convention("tenant", ["tenant-demo"], ["tenant-demo-"], "tenant-demo, tenant-demo-*"),
	requester: convention("requester", [
		"console",
		DEFAULT_REQUESTED_BY,
		"cli"
	], [], `console, community, cli or a contact at ${SYNTHETIC_CONTACT_DOMAIN}`, [SYNTHETIC_CONTACT_DOMAIN]),
	correlation: convention("correlation", ["saas-example"], ["saas-example-"], "saas-example, saas-example-*"),
	contact: convention("contact", [], [], `a contact at ${SYNTHETIC_CONTACT_DOMAIN}`, [SYNTHETIC_CONTACT_DOMAIN])
});
/** Every envelope of the control plane carries these identities. */
const REQUEST_IDENTITIES = {
	tenant_id: "tenant",
	requested_by: "requester",
	correlation_id: "correlation"
};
const RESPONSE_IDENTITIES = { correlation_id: "correlation" };
/** Identities a payload adds beyond the envelope, by operation (CAVRA publishes the operating-automation payload). */
const PAYLOAD_IDENTITIES = { saas_operating_automation: { response: { "payload.summary.tenant_id": "tenant" } } };
/** The eleven operations' envelopes, with their identity fields. */
const OPERATION_ENVELOPES = Object.freeze(Object.fromEntries(SAAS_OPERATIONS.map((operation) => [operation, Object.freeze({
	operation,
	request: {
		...REQUEST_IDENTITIES,
		...PAYLOAD_IDENTITIES[operation]?.request
	},
	response: {
		...RESPONSE_IDENTITIES,
		...PAYLOAD_IDENTITIES[operation]?.response
	}
})])));
/**
* Keys that hold an identity wherever they sit in a payload, for the payloads
* of operations whose shape CAVRA does not publish: a tenant, a requester, a
* correlation id, and contacts (keys ending in `email`).
*/
const IDENTITY_KEYS = Object.freeze({
	tenant_id: "tenant",
	requested_by: "requester",
	correlation_id: "correlation"
});
/** The convention of the field at `path` (dotted, `[n]` for items) of an envelope, if it is an identity. */
function identityConventionAt(path, envelope) {
	const id = (SAAS_OPERATIONS.includes(envelope.operation ?? "") ? OPERATION_ENVELOPES[envelope.operation][envelope.kind] : envelope.kind === "request" ? REQUEST_IDENTITIES : RESPONSE_IDENTITIES)[path] ?? identityKeyConvention(path);
	return id === void 0 ? void 0 : IDENTITY_CONVENTIONS[id];
}
function identityKeyConvention(path) {
	const key = /(?:^|\.)([A-Za-z_$][\w$-]*)$/u.exec(path)?.[1];
	if (key === void 0) return void 0;
	if (Object.hasOwn(IDENTITY_KEYS, key)) return IDENTITY_KEYS[key];
	return /email$/iu.test(key) ? "contact" : void 0;
}
/**
* Identities that say who only beside another: a correlation id is an opaque
* id, reported only when a tenant, requester or contact of the same envelope
* is real (a generated `saas-` + 12 hex id in an otherwise synthetic example
* is part of the example).
*/
function isWeakIdentity(path) {
	return /(?:^|\.)correlation_id$/u.test(path);
}
/** True when `value` follows `convention` by itself (the engine also accepts what its registry calls synthetic). */
function followsConvention(value, identity) {
	if (identity.values.includes(value)) return true;
	if (identity.prefixes.some((prefix) => value.startsWith(prefix) && value.length > prefix.length)) return true;
	const at = value.lastIndexOf("@");
	return at > 0 && identity.emailDomains.some((domain) => value.slice(at + 1).toLowerCase() === domain);
}
/** The message of an identity value that does not follow its convention. */
function identityMessage(path, identity) {
	return `${path} must follow the synthetic convention (${identity.description})`;
}
/**
* The contract's own vocabulary: schema versions, operations, statuses, check
* ids, status fields, fixed texts, labels and defaults. A payload, a schema, a
* table or a document about the contract may hold any of them.
*/
const CONTRACT_VOCABULARY = /* @__PURE__ */ new Set([
	REQUEST_SCHEMA_VERSION,
	RESPONSE_SCHEMA_VERSION,
	CONTRACT_SCHEMA_VERSION,
	...SAAS_OPERATIONS,
	...RESPONSE_STATUSES,
	...AUTOMATION_STATUSES,
	...OPERATING_AUTOMATION_CHECKS,
	...Object.values(CHECK_STATUS_FIELDS),
	...PRIVATE_MODULES_REQUIRED,
	REQUEST_AUTOMATION_BOUNDARY,
	SUMMARY_AUTOMATION_BOUNDARY,
	OPERATING_AUTOMATION_MESSAGE,
	OPERATING_AUTOMATION_NEXT_STEP,
	DEFAULT_AUTOMATION_SCOPE,
	DEFAULT_AUTOMATION_CADENCE,
	DEFAULT_REQUESTED_BY,
	...IDENTITY_CONVENTIONS.requester.values
]);
/** The words of the vocabulary (`billing`, `telemetry`, `pending`…): a capitalised run of them names a check, not a person. */
const CONTRACT_VOCABULARY_WORDS = new Set([
	...CONTRACT_VOCABULARY,
	"escalation drill owner pending",
	"saas control plane operating automation"
].flatMap((term) => term.toLowerCase().split(/[^a-z]+/u)).filter((word) => word.length > 1));
/**
* The findings of a recognised payload. All three are `customer-identifier`:
* a payload example is a statement about a customer, and one category (one
* ESLint rule, one `boundary-guard-allow customer-identifier`) covers the
* payload's judgement; the detector ids tell the three apart, and a
* structural error is a warning (it shows a drifted example, not a leak).
*/
const CONTRACT_FINDINGS = Object.freeze({
	identity: Object.freeze({
		id: "contract-identity-field",
		name: "Contract identity field",
		category: "customer-identifier",
		severity: "error",
		description: "An identity field of a CAVRA control-plane payload (tenant_id, requested_by, correlation_id, summary.tenant_id) whose value does not follow the synthetic conventions: a real tenant, requester or correlation id in a public example."
	}),
	freeText: Object.freeze({
		id: "contract-free-text-name",
		name: "Name in a contract payload",
		category: "customer-identifier",
		severity: "error",
		description: "A person's or company's name in a free-text field of a CAVRA control-plane payload (blockers, message, scope, cadence)."
	}),
	structure: Object.freeze({
		id: "contract-payload-structure",
		name: "Contract payload structure",
		category: "customer-identifier",
		severity: "warning",
		description: "A saas_operating_automation payload that breaks the contract's shape (unknown check, invalid status, misspelled field such as license_telemetry_sync_status), with the validator's message."
	})
});
/** Schema versions of the envelopes a scanner judges (not the contract description). */
function envelopeKindOf(schemaVersion) {
	if (typeof schemaVersion !== "string" || !schemaVersion.startsWith("cavra.saas_control_plane.")) return void 0;
	if (schemaVersion === "cavra.saas_control_plane.request.v1") return "request";
	if (schemaVersion === "cavra.saas_control_plane.response.v1") return "response";
	return schemaVersion === "cavra.saas_control_plane.contract.v1" ? void 0 : "document";
}
const isObject$1 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/**
* The identity values of a request, a response or a `{request, response}`
* pair that follow neither their convention nor `isSynthetic` (the engine's
* registry, with the project's markers and entries), as contract errors with
* the field's path and the convention. Never echoes the value.
*/
function identityErrors(document, isSynthetic = () => false, kind) {
	const errors = [];
	const check = (envelope, prefix, fallback) => {
		if (!isObject$1(envelope)) return;
		const byVersion = envelopeKindOf(envelope.schema_version);
		const own = byVersion === "request" || byVersion === "response" ? byVersion : fallback;
		if (own === void 0) return;
		const operation = typeof envelope.operation === "string" ? envelope.operation : void 0;
		const visit = (value, path) => {
			if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
			else if (isObject$1(value)) for (const [key, item] of Object.entries(value)) visit(item, path === "" ? key : `${path}.${key}`);
			else if (typeof value === "string" && value.trim() !== "") {
				const identity = identityConventionAt(path, {
					kind: own,
					operation
				});
				if (identity && !followsConvention(value, identity) && !CONTRACT_VOCABULARY.has(value) && !isSynthetic(value)) {
					const shown = `${prefix}${path}`;
					errors.push({
						path: shown,
						code: `boundary:${CONTRACT_FINDINGS.identity.id}`,
						message: identityMessage(shown, identity)
					});
				}
			}
		};
		const start = errors.length;
		visit(envelope, "");
		if (errors.slice(start).every((e) => isWeakIdentity(e.path))) errors.splice(start);
	};
	if (isObject$1(document) && !Object.hasOwn(document, "schema_version") && (Object.hasOwn(document, "request") || Object.hasOwn(document, "response"))) {
		check(document.request, "request.", "request");
		check(document.response, "response.", "response");
	} else check(document, "", kind);
	return errors;
}
// dist/src/contract/paths.js
/** Validator paths (`payload.summary["a b"]`, `required_checks[2]`), as the validators write them. */
/** Splits a validator path into keys and indexes; undefined when it is not one (`$` and `''` are the root). */
function splitPath(path) {
	if (path === "$" || path === "") return [];
	const segments = [];
	const token = /\.?(?<name>[A-Za-z_][\w-]*)|\[(?<index>\d+)\]|\[(?<quoted>"(?:[^"\\]|\\.)*")\]/uy;
	let at = 0;
	while (at < path.length) {
		token.lastIndex = at;
		const m = token.exec(path);
		if (!m?.groups) return segments.length > 0 ? segments : void 0;
		const { name, index, quoted } = m.groups;
		if (name !== void 0) segments.push(name);
		else if (index !== void 0) segments.push(Number(index));
		else if (quoted !== void 0) segments.push(JSON.parse(quoted));
		at = token.lastIndex;
	}
	return segments;
}
// dist/src/contract/sensitive.js
/**
* The contract's own sensitive-key and sensitive-value checks, after CAVRA's
* list. They are deliberately small and self-contained: the full detection
* engine is wired in by the library entry point through `scanValue`, because
* src/contract depends on nothing else in the package.
*/
/**
* Fragments of key names that never belong in a public payload. A key is
* sensitive when its lower-cased letters and digits contain one of these, so
* `api_key`, `apiKey` and `X-Api-Key` all match.
*/
const SENSITIVE_KEY_FRAGMENTS = Object.freeze([
	"password",
	"passwd",
	"passphrase",
	"secret",
	"token",
	"apikey",
	"accesskey",
	"privatekey",
	"credential",
	"authorization",
	"licensekey",
	"signingkey",
	"webhook",
	"customeremail",
	"billingemail",
	"cardnumber",
	"cvv",
	"iban",
	"routingkey",
	"cookie",
	"sessionid",
	"connectionstring"
]);
/** True when `key` names something that must not appear in a public payload. */
function isSensitiveKey(key) {
	const normalized = key.toLowerCase().replace(/[^a-z0-9]/gu, "");
	return SENSITIVE_KEY_FRAGMENTS.some((fragment) => normalized.includes(fragment));
}
const pattern = (id, description, source) => Object.freeze({
	id,
	description,
	source
});
const RESERVED_EMAIL_DOMAIN = String.raw`(?:[A-Za-z0-9-]+\.)*(?:example\.(?:com|net|org)|example|test|invalid|localhost)(?![A-Za-z0-9.-])`;
const COMPILED = Object.freeze([
	pattern("stripe-key", "a Stripe API key", String.raw`\b[rs]k_(?:live|test)_[0-9A-Za-z]{4,}`),
	pattern("slack-token", "a Slack token", String.raw`\bxox[abeoprs]-[0-9A-Za-z][0-9A-Za-z-]{5,}`),
	pattern("slack-app-token", "a Slack app token", String.raw`\bxapp-[0-9]-[0-9A-Za-z-]{6,}`),
	pattern("github-token", "a GitHub token", String.raw`\bgh[oprsu]_[0-9A-Za-z]{8,}`),
	pattern("github-pat", "a GitHub fine-grained token", String.raw`\bgithub_pat_[0-9A-Za-z_]{8,}`),
	pattern("gitlab-token", "a GitLab token", String.raw`\bglpat-[0-9A-Za-z_-]{8,}`),
	pattern("npm-token", "an npm token", String.raw`\bnpm_[0-9A-Za-z]{36}`),
	pattern("aws-access-key-id", "an AWS access key id", String.raw`\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b`),
	pattern("google-api-key", "a Google API key", String.raw`\bAIza[0-9A-Za-z_-]{35}`),
	pattern("pem-block", "a PEM block (private key or certificate)", String.raw`-----BEGIN`),
	pattern("jwt", "a JSON Web Token", String.raw`(?<![0-9A-Za-z_-])eyJ[0-9A-Za-z_-]{8,}\.eyJ[0-9A-Za-z_-]{8,}\.`),
	pattern("bearer-token", "a bearer token", String.raw`\b[Bb]earer\s+[0-9A-Za-z._~+/-]{12,}`),
	pattern("chat-webhook", "a chat or incident webhook URL", String.raw`hooks\.slack\.com|discord(?:app)?\.com/api/webhooks|webhook\.office\.com|outlook\.office(?:365)?\.com/webhook|chat\.googleapis\.com/v1/spaces`),
	pattern("url-with-password", "a URL with a password", String.raw`(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@]+:[^\s/@]+@`),
	pattern("email-address", "an email address outside the reserved example domains", String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?!${RESERVED_EMAIL_DOMAIN})[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)
]).map((p) => ({
	pattern: p,
	regex: new RegExp(p.source, "u")
}));
/** The first sensitive-value pattern that `value` matches, if any. */
function findSensitiveValue(value) {
	return COMPILED.find(({ regex }) => regex.test(value))?.pattern;
}
// dist/src/contract/spec.js
/**
* One description of the request and response shapes, read by both the
* TypeScript validators and the JSON Schema generator so that the two cannot
* drift apart. Internal to src/contract.
*/
const text = { kind: "text" };
const status = {
	kind: "enum",
	values: AUTOMATION_STATUSES,
	code: "invalid_enum",
	def: "automation_status"
};
/** Shape of a `saas_operating_automation` request, keys in CAVRA's order. */
const REQUEST_SPEC = {
	kind: "object",
	fields: {
		schema_version: {
			kind: "schema_version",
			value: REQUEST_SCHEMA_VERSION
		},
		operation: {
			kind: "operation",
			value: OPERATING_AUTOMATION_OPERATION
		},
		tenant_id: text,
		requested_by: text,
		correlation_id: { kind: "correlation_id" },
		private_implementation_required: { kind: "true" },
		payload: {
			kind: "object",
			fields: {
				automation_scope: text,
				automation_cadence: text,
				required_checks: {
					kind: "list",
					minItems: 1,
					items: {
						kind: "enum",
						values: OPERATING_AUTOMATION_CHECKS,
						code: "unknown_check"
					}
				},
				automation_boundary: {
					kind: "fixed_text",
					value: REQUEST_AUTOMATION_BOUNDARY
				}
			}
		}
	}
};
/** Shape of a `saas_operating_automation` response, keys in CAVRA's order. */
const RESPONSE_SPEC = {
	kind: "object",
	fields: {
		schema_version: {
			kind: "schema_version",
			value: RESPONSE_SCHEMA_VERSION
		},
		operation: {
			kind: "operation",
			value: OPERATING_AUTOMATION_OPERATION
		},
		status: {
			kind: "enum",
			values: RESPONSE_STATUSES,
			code: "invalid_enum"
		},
		message: {
			kind: "fixed_text",
			value: OPERATING_AUTOMATION_MESSAGE
		},
		correlation_id: { kind: "correlation_id" },
		private_implementation_required: { kind: "true" },
		payload: {
			kind: "object",
			fields: {
				summary: {
					kind: "object",
					fields: {
						tenant_id: text,
						automation_status: status,
						billing_monitoring_status: status,
						license_telemetry_status: status,
						support_followup_status: status,
						customer_success_review_status: status,
						dashboard_refresh_status: status,
						escalation_drill_status: status,
						closeout_retry_status: status,
						automation_scope: text,
						automation_cadence: text,
						blockers: {
							kind: "list",
							minItems: 0,
							items: text
						},
						private_validation_required: { kind: "true" },
						automation_boundary: {
							kind: "fixed_text",
							value: SUMMARY_AUTOMATION_BOUNDARY
						}
					}
				},
				private_modules_required: {
					kind: "fixed_list",
					values: PRIVATE_MODULES_REQUIRED
				},
				next_step: {
					kind: "fixed_text",
					value: OPERATING_AUTOMATION_NEXT_STEP
				}
			}
		}
	}
};
/** Source of the accepted correlation-id pattern, shared with the schemas. */
const CORRELATION_ID_SOURCE = CORRELATION_ID_ACCEPTED_PATTERN.source;
/** At least one non-whitespace character (the same set as `String.prototype.trim`). */
const NON_BLANK_SOURCE = String.raw`\S`;
// dist/src/contract/validate.js
/**
* Validators for unknown JSON against the `saas_operating_automation`
* contract. They report every error with its JSON path, are stricter than
* CAVRA where CAVRA is loose (unknown check ids, unknown keys, summary versus
* request), and accept every payload CAVRA emits.
*/
const CORRELATION_ID = new RegExp(CORRELATION_ID_SOURCE, "u");
const NON_BLANK = new RegExp(NON_BLANK_SOURCE, "u");
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/u;
const ROOT = "$";
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const sorted = (values) => [...values].sort().join(", ");
/** Path of `key` under `parent`; keys that look like secrets are not echoed. */
function childPath(parent, key) {
	if (typeof key === "number") return `${parent}[${key}]`;
	if (findSensitiveValue(key) !== void 0) return `${parent}[<redacted key>]`;
	const segment = PLAIN_KEY.test(key) ? key : `[${JSON.stringify(key)}]`;
	if (parent === "") return segment;
	return segment.startsWith("[") ? `${parent}${segment}` : `${parent}.${segment}`;
}
const shown = (path) => path === "" ? ROOT : path;
var Report = class {
	errors = [];
	seen = /* @__PURE__ */ new Set();
	add(path, code, message) {
		this.push(path, code, message);
	}
	push(path, code, message) {
		const error = {
			path: shown(path),
			message,
			code
		};
		const id = JSON.stringify(error);
		if (this.seen.has(id)) return;
		this.seen.add(id);
		this.errors.push(error);
	}
	addAll(errors) {
		for (const error of errors) this.push(error.path === ROOT ? "" : error.path, error.code, error.message);
	}
	result() {
		return {
			valid: this.errors.length === 0,
			errors: this.errors
		};
	}
};
/** Levenshtein distance, case-insensitive. */
function editDistance(a, b) {
	const s = a.toLowerCase();
	const t = b.toLowerCase();
	let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i += 1) {
		const current = [i];
		for (let j = 1; j <= t.length; j += 1) {
			const substitution = (previous[j - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}
		previous = current;
	}
	return previous[t.length] ?? 0;
}
/** The candidate nearest to `word`, when it is near enough to be a plausible misspelling. */
function nearestKey(word, candidates) {
	const limit = Math.max(2, Math.ceil(word.length / 3));
	let best;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		const distance = editDistance(word, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
const didYouMean = (suggestion) => suggestion === void 0 ? "" : `; did you mean ${suggestion}?`;
function checkString(value, path, ctx) {
	if (typeof value === "string") return true;
	ctx.report.add(path, "wrong_type", `${shown(path)} must be a string`);
	return false;
}
function checkField(value, spec, path, ctx) {
	const p = shown(path);
	switch (spec.kind) {
		case "schema_version":
			if (value !== spec.value) ctx.report.add(path, "schema_version", `${p} must be ${spec.value}`);
			return;
		case "operation":
			if (!checkString(value, path, ctx)) return;
			if (!SAAS_OPERATIONS.includes(value)) ctx.report.add(path, "invalid_enum", `${p} must be one of: ${sorted(SAAS_OPERATIONS)}`);
			else if (value !== spec.value) ctx.report.add(path, "unsupported_operation", `${p} must be ${spec.value}: ${value} is a SaaS control-plane operation, but this contract covers ${spec.value} only`);
			return;
		case "fixed_text":
			if (checkString(value, path, ctx) && value !== spec.value) ctx.report.add(path, "fixed_text", `${p} must be CAVRA's fixed text: "${spec.value}"`);
			return;
		case "fixed_list":
			if (!Array.isArray(value)) {
				ctx.report.add(path, "wrong_type", `${p} must be an array`);
				return;
			}
			if (!(value.length === spec.values.length && value.every((item, i) => item === spec.values[i]))) ctx.report.add(path, "fixed_text", `${p} must be CAVRA's fixed list, in order: ${spec.values.join(", ")}`);
			return;
		case "true":
			if (typeof value !== "boolean") ctx.report.add(path, "wrong_type", `${p} must be a boolean (true)`);
			else if (!value) ctx.report.add(path, "invalid_value", `${p} must be true`);
			return;
		case "enum":
			if (checkString(value, path, ctx) && !spec.values.includes(value)) {
				const hint = spec.code === "unknown_check" ? didYouMean(nearestKey(value, spec.values)) : "";
				ctx.report.add(path, spec.code, `${p} must be one of: ${sorted(spec.values)}${hint}`);
			}
			return;
		case "text":
			if (checkString(value, path, ctx) && !NON_BLANK.test(value)) ctx.report.add(path, "empty_string", `${p} must not be empty`);
			return;
		case "correlation_id":
			if (checkString(value, path, ctx) && !CORRELATION_ID.test(value)) ctx.report.add(path, "correlation_id", `${p} must be "saas-" followed by lower-case letters, digits or hyphens, e.g. saas-0123456789ab or saas-example`);
			return;
		case "list":
			if (!Array.isArray(value)) {
				ctx.report.add(path, "wrong_type", `${p} must be an array`);
				return;
			}
			if (value.length < spec.minItems) ctx.report.add(path, "empty_list", `${p} must not be empty`);
			value.forEach((item, i) => {
				checkField(item, spec.items, childPath(path, i), ctx);
			});
			return;
		case "object":
			checkObject(value, spec, path, ctx);
			return;
	}
}
function checkObject(value, spec, path, ctx) {
	if (!isObject(value)) {
		ctx.report.add(path, "wrong_type", `${shown(path)} must be an object`);
		return;
	}
	const expected = Object.keys(spec.fields);
	for (const [key, field] of Object.entries(spec.fields)) {
		const child = childPath(path, key);
		if (Object.hasOwn(value, key)) {
			checkField(value[key], field, child, ctx);
			continue;
		}
		const special = ctx.missing?.(child);
		if (special) ctx.report.add(child, special.code, special.message);
		else ctx.report.add(child, "missing_key", `${child} is required`);
	}
	const absent = expected.filter((key) => !Object.hasOwn(value, key));
	for (const key of Object.keys(value)) {
		if (expected.includes(key) || isSensitiveKey(key) || findSensitiveValue(key) !== void 0) continue;
		const child = childPath(path, key);
		const suggestion = nearestKey(key, absent) ?? nearestKey(key, expected);
		ctx.report.add(child, "unknown_key", `${child} is not a key of ${shown(path)}${didYouMean(suggestion)}`);
	}
}
/** Sensitive keys and values anywhere in the document, then the caller's own scan. */
function scanSensitive(value, path, report, options) {
	if (typeof value === "string") {
		const found = findSensitiveValue(value);
		if (found) report.add(path, "sensitive_value", `${shown(path)} looks like ${found.description}; sensitive values never belong in a public payload`);
		if (options.scanValue) report.addAll(options.scanValue(value, shown(path)));
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((item, i) => {
			scanSensitive(item, childPath(path, i), report, options);
		});
		return;
	}
	if (!isObject(value)) return;
	for (const [key, child] of Object.entries(value)) {
		const keyPath = childPath(path, key);
		const tokenLike = findSensitiveValue(key);
		if (tokenLike) report.add(keyPath, "sensitive_value", `a key of ${shown(path)} looks like ${tokenLike.description}; sensitive values never belong in a public payload`);
		else if (isSensitiveKey(key)) report.add(keyPath, "sensitive_key", `${keyPath} is a sensitive key: credentials, keys and customer data never belong in a public payload`);
		scanSensitive(child, keyPath, report, options);
	}
}
/** Field of `request` when it is a string, for cross-checks that tolerate a malformed request. */
function stringAt(source, ...keys) {
	let current = source;
	for (const key of keys) {
		if (!isObject(current)) return void 0;
		current = current[key];
	}
	return typeof current === "string" ? current : void 0;
}
const STATUS_FIELD_TO_CHECK = new Map(OPERATING_AUTOMATION_CHECKS.map((check) => [CHECK_STATUS_FIELDS[check], check]));
function requestedChecks(request) {
	const payload = isObject(request) ? request.payload : void 0;
	const checks = isObject(payload) ? payload.required_checks : void 0;
	return new Set(Array.isArray(checks) ? checks.filter((c) => typeof c === "string") : []);
}
function crossCheck(response, request, base, report) {
	if (!isObject(response)) return;
	const at = (...keys) => keys.reduce((p, k) => childPath(p, k), base);
	const operation = stringAt(request, "operation");
	const answered = stringAt(response, "operation");
	if (operation !== void 0 && answered !== void 0 && operation !== answered) {
		const named = SAAS_OPERATIONS.includes(operation) ? ` (${operation})` : "";
		report.add(at("operation"), "operation_mismatch", `${at("operation")} must match the request's operation${named}: a response cannot answer a request of another operation`);
	}
	for (const [responseKeys, requestKeys] of [
		[["correlation_id"], ["correlation_id"]],
		[[
			"payload",
			"summary",
			"tenant_id"
		], ["tenant_id"]],
		[[
			"payload",
			"summary",
			"automation_scope"
		], ["payload", "automation_scope"]],
		[[
			"payload",
			"summary",
			"automation_cadence"
		], ["payload", "automation_cadence"]]
	]) {
		const expected = stringAt(request, ...requestKeys);
		const actual = stringAt(response, ...responseKeys);
		if (expected !== void 0 && actual !== void 0 && expected !== actual) report.add(at(...responseKeys), "request_mismatch", `${at(...responseKeys)} must equal the request's ${requestKeys.join(".")}`);
	}
}
function missingCheckStatus(request, base) {
	const checks = requestedChecks(request);
	const summary = childPath(childPath(base, "payload"), "summary");
	return (path) => {
		if (!path.startsWith(`${summary}.`)) return void 0;
		const check = STATUS_FIELD_TO_CHECK.get(path.slice(summary.length + 1));
		if (check === void 0 || !checks.has(check)) return void 0;
		return {
			code: "missing_check_status",
			message: `${path} is required: the request lists ${check} in required_checks`
		};
	};
}
function requestInto(value, base, report) {
	checkObject(value, REQUEST_SPEC, base, { report });
}
function responseInto(value, request, base, report) {
	const missing = request === void 0 ? void 0 : missingCheckStatus(request, base);
	checkObject(value, RESPONSE_SPEC, base, missing ? {
		report,
		missing
	} : { report });
	if (request !== void 0) crossCheck(value, request, base, report);
}
function checkGivenRequest(request, report) {
	if (request !== void 0 && !isObject(request)) report.add("", "wrong_type", "the request to cross-check the response against must be an object");
}
/**
* Validates unknown JSON as a `saas_operating_automation` request: shape,
* types, enum values, fixed texts, correlation id and sensitive content.
*/
function validateRequest(value, options = {}) {
	const report = new Report();
	requestInto(value, "", report);
	scanSensitive(value, "", report, options);
	return report.result();
}
/**
* Validates unknown JSON as a `saas_operating_automation` response. Given the
* request it answers, also checks that the operation, correlation id, tenant,
* scope and cadence match and that no requested check's status is missing.
*/
function validateResponse(value, request, options = {}) {
	const report = new Report();
	checkGivenRequest(request, report);
	responseInto(value, request, "", report);
	scanSensitive(value, "", report, options);
	return report.result();
}
/**
* Validates a contract document of either kind, chosen by its `schema_version`,
* or a `{ "request": …, "response": … }` pair as the CLI prints it (the
* response is then cross-checked against the request).
*/
function validateContractDocument(value, options = {}) {
	const report = new Report();
	if (!isObject(value)) {
		report.add("", "wrong_type", `${ROOT} must be a JSON object`);
		return report.result();
	}
	if (!Object.hasOwn(value, "schema_version") && (Object.hasOwn(value, "request") || Object.hasOwn(value, "response"))) checkPair(value, report);
	else if (value.schema_version === "cavra.saas_control_plane.request.v1") requestInto(value, "", report);
	else if (value.schema_version === "cavra.saas_control_plane.response.v1") {
		checkGivenRequest(options.request, report);
		responseInto(value, options.request, "", report);
	} else if (Object.hasOwn(value, "schema_version")) report.add("schema_version", "schema_version", `schema_version must be one of: ${sorted([REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION])}`);
	else report.add("schema_version", "missing_key", "schema_version is required");
	scanSensitive(value, "", report, options);
	return report.result();
}
function checkPair(value, report) {
	for (const key of ["request", "response"]) if (!Object.hasOwn(value, key)) report.add(key, "missing_key", `${key} is required`);
	if (Object.hasOwn(value, "request")) requestInto(value.request, "request", report);
	if (Object.hasOwn(value, "response")) responseInto(value.response, value.request, "response", report);
	for (const key of Object.keys(value)) {
		if (key === "request" || key === "response" || isSensitiveKey(key) || findSensitiveValue(key) !== void 0) continue;
		const path = childPath("", key);
		const suggestion = nearestKey(key, ["request", "response"]);
		report.add(path, "unknown_key", `${path} is not a key of ${ROOT}${didYouMean(suggestion)}`);
	}
}
// dist/src/engine/payload-parse.js
/**
* Small, bounded readers of the documents a contract payload is written in:
* JSON (with comments), JS/TS object literals and block YAML. Each value keeps
* its span in the text, so a finding lands on the value itself. Anything that
* is not a literal (an identifier, a call, a template with expressions) is an
* `unknown` node: nothing is said about it. Every reader stops after a fixed
* number of characters, so the cost stays linear in the text.
*/
/** The farthest a payload reaches from its opening brace or first line. */
const PAYLOAD_REACH = 65536;
/** Stands for a value that cannot be known without running the code. */
const UNKNOWN_VALUE = Symbol("unknown payload value");
/** The plain value of a node (`UNKNOWN_VALUE` where it is not a literal). */
function plainValue(node) {
	switch (node.kind) {
		case "string":
		case "scalar": return node.value;
		case "unknown": return UNKNOWN_VALUE;
		case "array": return node.open ? UNKNOWN_VALUE : node.items.map(plainValue);
		case "object": return Object.fromEntries(node.entries.map((e) => [e.key, plainValue(e.node)]));
	}
}
var Stop = class extends Error {};
const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 65279 || c === 160;
const isIdentifier = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57 || c === 95 || c === 36 || c === 45 || c > 127;
/** Reads a JSON value or a JS/TS object or array literal starting at `start` (a `{` or `[`). */
function readBraced(text, start, flowYaml = false) {
	const limit = Math.min(text.length, start + PAYLOAD_REACH);
	let i = start;
	const fail = () => {
		throw new Stop();
	};
	const skip = () => {
		while (i < limit) {
			const c = text.charCodeAt(i);
			if (isSpace(c)) i++;
			else if (c === 47 && text.charCodeAt(i + 1) === 47) {
				const end = text.indexOf("\n", i);
				i = end === -1 || end > limit ? limit : end;
			} else if (c === 47 && text.charCodeAt(i + 1) === 42) {
				const end = text.indexOf("*/", i + 2);
				i = end === -1 || end > limit ? fail() : end + 2;
			} else if (flowYaml && c === 35) {
				const end = text.indexOf("\n", i);
				i = end === -1 || end > limit ? limit : end;
			} else return;
		}
	};
	const readString = () => {
		const quote = text.charCodeAt(i);
		const from = i + 1;
		let value = "";
		let j = from;
		while (j < limit) {
			const c = text.charCodeAt(j);
			if (c === quote) break;
			if (c === 10 && quote !== 96) fail();
			if (quote === 96 && c === 36 && text.charCodeAt(j + 1) === 123) {
				let depth = 0;
				for (; j < limit; j++) {
					const d = text.charCodeAt(j);
					if (d === 123) depth++;
					else if (d === 125) depth--;
					else if (d === 96 && depth === 0) break;
				}
				i = j + 1;
				return;
			}
			if (c === 92 && !(flowYaml && quote === 39)) {
				const next = text.charAt(j + 1);
				const escapes = {
					n: "\n",
					t: "	",
					r: "\r",
					b: "\b",
					f: "\f",
					"\"": "\"",
					"'": "'",
					"\\": "\\",
					"/": "/",
					"`": "`"
				};
				if (next === "u" && /^[0-9a-fA-F]{4}$/u.test(text.slice(j + 2, j + 6))) {
					value += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
					j += 6;
				} else {
					value += escapes[next] ?? next;
					j += 2;
				}
				continue;
			}
			if (flowYaml && quote === 39 && c === 39 && text.charCodeAt(j + 1) === 39) {
				value += "'";
				j += 2;
				continue;
			}
			value += text.charAt(j);
			j++;
		}
		if (j >= limit) fail();
		i = j + 1;
		return {
			value,
			start: from,
			end: j
		};
	};
	/** Skips an expression up to a `,`, `}` or `]` at its own depth. */
	const skipExpression = () => {
		let depth = 0;
		while (i < limit) {
			const c = text.charCodeAt(i);
			if (c === 34 || c === 39 || c === 96) {
				readString();
				continue;
			}
			if (c === 40 || c === 91 || c === 123) depth++;
			else if (c === 41 || c === 93 || c === 125) {
				if (depth === 0) return;
				depth--;
			} else if (c === 44 && depth === 0) return;
			i++;
		}
		fail();
	};
	const readValue = () => {
		skip();
		const from = i;
		const c = text.charCodeAt(i);
		if (c === 123) return readObject();
		if (c === 91) return readArray();
		if (c === 34 || c === 39 || c === 96) {
			const s = readString();
			return s ? {
				kind: "string",
				...s
			} : {
				kind: "unknown",
				start: from,
				end: i
			};
		}
		const word = /(?:true|false|null|-?\d[\d.eE+-]*)(?![\w$])/uy;
		word.lastIndex = i;
		const m = word.exec(text);
		if (m) {
			i += m[0].length;
			skip();
			const next = text.charCodeAt(i);
			if (next === 44 || next === 125 || next === 93) {
				const raw = m[0];
				return {
					kind: "scalar",
					value: raw === "null" ? null : raw === "true" ? true : raw === "false" ? false : Number(raw),
					start: from,
					end: from + raw.length
				};
			}
			i = from;
		}
		skipExpression();
		let end = i;
		while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
		if (flowYaml && end > from) return {
			kind: "string",
			value: text.slice(from, end),
			start: from,
			end
		};
		return {
			kind: "unknown",
			start: from,
			end
		};
	};
	/** `value as const`, `value satisfies T`: the value stands; other trailing syntax makes it unknown. */
	const trailing = (node) => {
		skip();
		const c = text.charCodeAt(i);
		if (i >= limit || c === 44 || c === 125 || c === 93) return node;
		const typed = /(?:as|satisfies)\s/uy;
		typed.lastIndex = i;
		const kept = typed.test(text) && node.kind !== "unknown";
		skipExpression();
		return kept ? node : {
			kind: "unknown",
			start: node.start,
			end: i
		};
	};
	const readKey = () => {
		const c = text.charCodeAt(i);
		if (c === 34 || c === 39) {
			const s = readString();
			return s && {
				key: s.value,
				start: s.start,
				end: s.end
			};
		}
		const from = i;
		while (i < limit && isIdentifier(text.charCodeAt(i))) i++;
		if (flowYaml) while (i < limit && text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) !== 58) i++;
		return i > from ? {
			key: text.slice(from, i).trim(),
			start: from,
			end: i
		} : void 0;
	};
	/** The members of an object or array up to `close`, spreads marking it open; `member` reads one. */
	const readMembers = (close, member) => {
		let open = false;
		for (;;) {
			skip();
			if (i >= limit) fail();
			if (text.charCodeAt(i) === close) break;
			if (text.startsWith("...", i)) {
				open = true;
				i += 3;
				skipExpression();
			} else open = member() || open;
			skip();
			const c = text.charCodeAt(i);
			if (c === 44) i++;
			else if (c !== close) fail();
		}
		i++;
		return open;
	};
	const readObject = () => {
		const from = i;
		i++;
		const entries = [];
		const open = readMembers(125, () => {
			const key = text.charCodeAt(i) === 91 ? void 0 : readKey();
			skip();
			if (key === void 0 || text.charCodeAt(i) !== 58) {
				skipExpression();
				return key === void 0;
			}
			i++;
			entries.push({
				key: key.key,
				keyStart: key.start,
				keyEnd: key.end,
				node: trailing(readValue())
			});
			return false;
		});
		return {
			kind: "object",
			entries,
			start: from,
			end: i,
			open
		};
	};
	const readArray = () => {
		const from = i;
		i++;
		const items = [];
		const open = readMembers(93, () => {
			items.push(trailing(readValue()));
			return false;
		});
		return {
			kind: "array",
			items,
			start: from,
			end: i,
			open
		};
	};
	try {
		return readValue();
	} catch (error) {
		if (error instanceof Stop) return void 0;
		throw error;
	}
}
/** The `{` that opens the object around `offset`, found by counting braces within the reach. */
function enclosingBrace$1(text, offset) {
	let depth = 0;
	for (let i = offset - 1, floor = Math.max(0, offset - PAYLOAD_REACH); i >= floor; i--) {
		const c = text.charCodeAt(i);
		if (c === 125) depth++;
		else if (c === 123) {
			if (depth === 0) return i;
			depth--;
		}
	}
}
function yamlLine(text, start, stop) {
	let end = text.indexOf("\n", start);
	if (end === -1 || end > stop) end = stop;
	let i = start;
	const dashes = [];
	for (;;) {
		while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
		if (text.charCodeAt(i) === 45 && (i + 1 === end || text.charCodeAt(i + 1) === 32)) {
			dashes.push(i - start);
			i++;
		} else break;
	}
	const c = text.charCodeAt(i);
	const blank = i >= end || c === 35 || c === 13;
	return {
		start,
		indent: i - start,
		dashes,
		content: i,
		end: text.charCodeAt(end - 1) === 13 ? end - 1 : end,
		blank
	};
}
const YAML_KEY = /(?:"(?<dq>[^"\\\n]{1,200})"|'(?<sq>[^'\n]{1,200})'|(?<plain>[^\s:#'"[\]{},&*!|>%@`-][^:\n#]{0,200}?|-[^\s:#][^:\n#]{0,199}?))[ \t]*:(?=[ \t\r\n]|$)/uy;
/**
* Reads the block YAML mapping whose first key starts at `offset` (a line
* start or just after a `- ` item marker), within [from, stop).
*/
function readYamlMapping(text, offset, stop) {
	const limit = Math.min(stop, offset + PAYLOAD_REACH);
	const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
	const lines = [];
	for (let at = lineStart; at < limit;) {
		const line = yamlLine(text, at, limit);
		lines.push(line);
		const next = text.indexOf("\n", at);
		if (next === -1 || next >= limit) break;
		at = next + 1;
	}
	let index = 0;
	const scalar = (from, to) => {
		let end = to;
		for (let j = from; j < to; j++) if (text.charCodeAt(j) === 35 && (j === from || text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) {
			end = j;
			break;
		}
		while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
		const c = text.charCodeAt(from);
		if (c === 34 || c === 39 || c === 91 || c === 123) {
			const node = readBraced(text.slice(0, end), from, true);
			if (node) return node;
			return {
				kind: "unknown",
				start: from,
				end
			};
		}
		const raw = text.slice(from, end);
		if (/^(?:true|false|True|False|null|~|-?\d+(?:\.\d+)?)$/u.test(raw)) return {
			kind: "scalar",
			value: raw === "~" || raw === "null" ? null : /^(?:true|True)$/u.test(raw) ? true : /^(?:false|False)$/u.test(raw) ? false : Number(raw),
			start: from,
			end
		};
		if (c === 38 || c === 42 || c === 33) return {
			kind: "unknown",
			start: from,
			end
		};
		return {
			kind: "string",
			value: raw,
			start: from,
			end
		};
	};
	/** A `|` or `>` block scalar: the more-indented lines below `parent`. */
	const blockScalar = (parent, folded) => {
		const parts = [];
		let start = -1;
		let end = -1;
		while (index < lines.length) {
			const line = lines[index];
			if (!line) break;
			const empty = line.content >= line.end;
			if (!empty && (line.dashes[0] ?? line.indent) <= parent) break;
			index++;
			if (empty) {
				parts.push("");
				continue;
			}
			const from = line.start + (line.dashes[0] ?? line.indent);
			if (start === -1) start = from;
			end = line.end;
			parts.push(text.slice(from, line.end));
		}
		const value = parts.join(folded ? " " : "\n").trim();
		return start === -1 ? {
			kind: "string",
			value: "",
			start: 0,
			end: 0
		} : {
			kind: "string",
			value,
			start,
			end
		};
	};
	/** The value after `key:` at [from, to) of a line whose key sits at column `column`. */
	const valueAfter = (from, to, column) => {
		let j = from;
		while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
		if (j >= to || text.charCodeAt(j) === 35) return childBlock(column);
		const c = text.charCodeAt(j);
		if ((c === 124 || c === 62) && /^[|>][-+0-9]*[ \t]*(?:#.*)?$/u.test(text.slice(j, to))) return blockScalar(column, c === 62);
		return scalar(j, to);
	};
	/** The block under a key at `column`: a mapping or a sequence indented more (a sequence may sit at the key's column). */
	const childBlock = (column) => {
		while (index < lines.length && lines[index]?.blank) index++;
		const line = lines[index];
		const here = line ? line.dashes[0] ?? line.indent : -1;
		if (!line || here < column || here === column && line.dashes.length === 0) return {
			kind: "scalar",
			value: null,
			start: line?.start ?? limit,
			end: line?.start ?? limit
		};
		if (line.dashes.length > 0) return sequence(here);
		return mapping(here, line.start + here) ?? {
			kind: "unknown",
			start: line.start,
			end: line.end
		};
	};
	const sequence = (column) => {
		const items = [];
		const first = lines[index];
		const from = first ? first.start + column : limit;
		let end = from;
		while (index < lines.length) {
			const line = lines[index];
			if (!line) break;
			if (line.blank && line.dashes.length === 0) {
				index++;
				continue;
			}
			if (line.dashes[0] !== column) break;
			const item = itemAt(line, 1);
			items.push(item);
			end = item.end;
		}
		return {
			kind: "array",
			items,
			start: from,
			end,
			open: false
		};
	};
	/** The item after the `depth`-th dash of `line` (nested `- - x` items read deeper). */
	const itemAt = (line, depth) => {
		if (depth < line.dashes.length) {
			const column = line.dashes[depth] ?? 0;
			const items = [itemAt(line, depth + 1)];
			while (index < lines.length && lines[index]?.dashes[0] === column && !lines[index]?.blank) {
				const next = lines[index];
				if (!next) break;
				items.push(itemAt(next, 1));
			}
			return {
				kind: "array",
				items,
				start: line.start + column,
				end: items.at(-1)?.end ?? line.end,
				open: false
			};
		}
		const contentColumn = line.indent;
		YAML_KEY.lastIndex = line.content;
		if (!line.blank && YAML_KEY.test(text) && YAML_KEY.lastIndex <= line.end) return mapping(contentColumn, line.content) ?? {
			kind: "unknown",
			start: line.content,
			end: line.end
		};
		index++;
		if (line.blank) return childBlock((line.dashes.at(-1) ?? 0) + 1);
		return scalar(line.content, line.end);
	};
	/** The mapping whose keys sit at `column`, its first key at `first`. */
	const mapping = (column, first) => {
		const entries = [];
		let end = first;
		let started = false;
		while (index < lines.length) {
			const line = lines[index];
			if (!line) break;
			if (line.blank && line.dashes.length === 0) {
				index++;
				continue;
			}
			if (started ? line.indent !== column || line.dashes.length > 0 : line.content !== first) break;
			YAML_KEY.lastIndex = line.content;
			const m = YAML_KEY.exec(text);
			if (!m?.groups || YAML_KEY.lastIndex > line.end) break;
			const key = m.groups.dq ?? m.groups.sq ?? (m.groups.plain ?? "").trim();
			const keyStart = line.content + (m.groups.dq !== void 0 || m.groups.sq !== void 0 ? 1 : 0);
			index++;
			const node = valueAfter(YAML_KEY.lastIndex, line.end, column);
			entries.push({
				key,
				keyStart,
				keyEnd: keyStart + key.length,
				node
			});
			end = Math.max(node.end, line.end);
			started = true;
		}
		return entries.length === 0 ? void 0 : {
			kind: "object",
			entries,
			start: first,
			end,
			open: false
		};
	};
	const firstLine = lines[0];
	if (!firstLine) return void 0;
	const column = offset - firstLine.start;
	if (firstLine.content !== offset) return void 0;
	return mapping(column, offset);
}
/** The start of the YAML mapping that holds the key line at `lineStart`: its first key, at the same column. */
function yamlMappingStart(text, lineStart) {
	const own = yamlLine(text, lineStart, text.length);
	const column = own.indent;
	if (own.dashes.length > 0) return lineStart + column;
	let first = lineStart + column;
	for (let at = lineStart, steps = 0; at > 0 && steps < 4096; steps++) {
		const prevStart = text.lastIndexOf("\n", at - 2) + 1;
		const line = yamlLine(text, prevStart, at - 1);
		at = prevStart;
		if (line.blank) {
			if (line.dashes.length > 0 && line.indent === column) return first;
			continue;
		}
		if (line.indent < column) break;
		if (line.indent === column) {
			first = prevStart + column;
			if (line.dashes.length > 0) break;
		}
		if (prevStart === 0) break;
	}
	return first;
}
// dist/src/engine/payloads.js
/**
* Contract payloads: a JSON or YAML document, a Markdown fence or a JS/TS
* object literal whose `schema_version` / `operation` name a CAVRA
* control-plane envelope is judged by field, from `src/contract`:
*
* - identity fields must follow the synthetic conventions, or be what the
*   registry (with the project's markers and entries) calls not real;
* - free-text fields are read for people's and companies' names (the other
*   detectors read them like any text);
* - the contract's own vocabulary is never a finding;
* - a `saas_operating_automation` payload that breaks the contract's shape is
*   a warning with the validator's message.
*
* The pass runs only on texts whose keyword prefilter met an envelope key.
*/
/** Prefilter keywords: a text holds a payload only if it holds one of them. */
const PAYLOAD_KEYWORDS = Object.freeze(["schema_version", "cavra.saas_control_plane"]);
const detector = (kind) => Object.freeze({
	id: kind.id,
	name: kind.name,
	category: kind.category,
	severity: kind.severity,
	description: kind.description,
	regex: /\0payload-pass\0/u,
	keywords: PAYLOAD_KEYWORDS,
	samples: () => ({
		positive: [],
		negative: []
	})
});
/** The detectors of the payload pass, as the engine reports them. */
const PAYLOAD_DETECTORS = Object.freeze([
	detector(CONTRACT_FINDINGS.identity),
	detector(CONTRACT_FINDINGS.freeText),
	detector(CONTRACT_FINDINGS.structure)
]);
/** Ids of the payload detectors: their findings carry their own explanation. */
const PAYLOAD_DETECTOR_IDS = new Set(PAYLOAD_DETECTORS.map((d) => d.id));
const ENVELOPE_KEYS = /* @__PURE__ */ new Set([
	"schema_version",
	"tenant_id",
	"requested_by",
	"correlation_id",
	"private_implementation_required",
	"payload",
	"status",
	"message"
]);
const field = (node, key) => node.entries.find((e) => e.key === key)?.node;
/** Which envelope an object is, if any (like the ESLint rule's `contractKindOf`, for every operation). */
function envelopeOf(node) {
	if (node?.kind !== "object") return void 0;
	const schema = field(node, "schema_version");
	const operationNode = field(node, "operation");
	const operation = operationNode?.kind === "string" ? operationNode.value : void 0;
	const kind = envelopeKindOf(schema?.kind === "string" ? schema.value : void 0);
	if (kind !== void 0) return {
		node,
		kind,
		operation
	};
	if (schema?.kind === "string") return void 0;
	if (operation === void 0 || !SAAS_OPERATIONS.includes(operation)) return void 0;
	const keys = new Set(node.entries.map((e) => e.key));
	if (![...ENVELOPE_KEYS].some((key) => keys.has(key))) return void 0;
	return {
		node,
		kind: keys.has("status") || keys.has("message") ? "response" : "request",
		operation
	};
}
const ANCHOR = /(?<![\w$])["'`]?(?:schema_version|operation)["'`]?[ \t]*:/gu;
const FENCE$1 = /^[ \t]{0,3}(?:(?<ticks>`{3,})(?<tickInfo>[^`\n]*)|(?<tildes>~{3,})(?<tildeInfo>[^~\n]*))\n/gmu;
const FENCE_LANG = /^[ \t]*(?<lang>[\w+-]*)/u;
/** The envelopes in [from, to) of a text read as `mode`. */
function envelopesIn(text, from, to, mode, out) {
	const slice = from === 0 && to === text.length ? text : text.slice(0, to);
	ANCHOR.lastIndex = from;
	let covered = -1;
	const read = /* @__PURE__ */ new Set();
	for (let m = ANCHOR.exec(slice); m !== null; m = ANCHOR.exec(slice)) {
		if (m.index < covered) continue;
		let node;
		if (mode === "braced") {
			const open = enclosingBrace$1(slice, m.index);
			if (open === void 0 || open < from || read.has(open)) continue;
			read.add(open);
			node = readBraced(slice, open);
		} else {
			const lineStart = slice.lastIndexOf("\n", m.index - 1) + 1;
			if (!/^[ \t]*(?:-[ \t]+)*$/u.test(slice.slice(lineStart, m.index))) continue;
			node = readYamlMapping(slice, Math.max(from, yamlMappingStart(slice, lineStart)), to);
		}
		const envelope = envelopeOf(node);
		if (!envelope) continue;
		out.push(envelope);
		covered = envelope.node.end;
		ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, covered);
	}
}
const BRACED_LANGS = /^(?:json|jsonc|json5|js|jsx|ts|tsx|javascript|typescript|mjs|cjs)$/iu;
const YAML_LANGS = /^ya?ml$/iu;
/** Every envelope in the text, in text order. */
function findEnvelopes(text, syntax) {
	const out = [];
	if (syntax === "markdown") {
		FENCE$1.lastIndex = 0;
		for (let m = FENCE$1.exec(text); m !== null; m = FENCE$1.exec(text)) {
			const body = m.index + m[0].length;
			const fence = m.groups?.ticks ?? m.groups?.tildes ?? "```";
			const close = text.indexOf(`\n${fence.slice(0, 3)}`, body - 1);
			const end = close === -1 ? text.length : close + 1;
			const lang = FENCE_LANG.exec(m.groups?.tickInfo ?? m.groups?.tildeInfo ?? "")?.groups?.lang ?? "";
			const mode = YAML_LANGS.test(lang) ? "yaml" : BRACED_LANGS.test(lang) || /^\s*[[{]/u.test(text.slice(body, body + 64)) ? "braced" : lang === "" ? "yaml" : void 0;
			if (mode !== void 0) envelopesIn(text, body, end, mode, out);
			FENCE$1.lastIndex = Math.min(text.length, end + fence.length);
		}
		return out;
	}
	envelopesIn(text, 0, text.length, syntax === "yaml" ? "yaml" : "braced", out);
	return out;
}
function locate(root, segments) {
	let node = root;
	let key;
	for (const segment of segments) {
		if (node.kind === "unknown") return {
			node,
			complete: false,
			throughUnknown: true,
			open: false
		};
		if (node.kind === "object" && typeof segment === "string") {
			const entry = node.entries.find((e) => e.key === segment);
			if (!entry) return {
				node,
				...key ? { key } : {},
				complete: false,
				throughUnknown: false,
				open: node.open
			};
			key = {
				start: entry.keyStart,
				end: entry.keyEnd
			};
			node = entry.node;
		} else if (node.kind === "array" && typeof segment === "number") {
			const item = node.items[segment];
			if (!item) return {
				node,
				complete: false,
				throughUnknown: false,
				open: node.open
			};
			key = void 0;
			node = item;
		} else return {
			node,
			complete: false,
			throughUnknown: false,
			open: false
		};
	}
	return {
		node,
		...key ? { key } : {},
		complete: true,
		throughUnknown: false,
		open: false
	};
}
/** Errors about absence: meaningless where spread members may supply the value. */
const ABSENCE_CODES = /* @__PURE__ */ new Set(["empty_list", "fixed_text"]);
/** Errors about a key itself: they hold whatever its value. */
const KEY_CODES = /* @__PURE__ */ new Set(["unknown_key"]);
/**
* Not reported as structure: sensitive keys and values (the detectors report
* them, by category), and absences (documentation shows excerpts of a payload;
* what an example gets wrong is reported, not what it leaves out).
*/
const NOT_REPORTED = /* @__PURE__ */ new Set([
	"sensitive_key",
	"sensitive_value",
	"missing_key",
	"missing_check_status"
]);
function structureErrors(envelope) {
	if (envelope.operation !== "saas_operating_automation" || envelope.kind === "document") return [];
	const value = plainValue(envelope.node);
	return envelope.kind === "request" ? validateRequest(value).errors : validateResponse(value).errors;
}
/** Capitalised runs of two to four words: a person's or a company's name in a sentence. */
const NAME_RUN = /(?<![\p{L}\p{N}_'’-])\p{Lu}\p{Ll}{1,30}(?:[ \t]+\p{Lu}[\p{L}.]{0,30}){1,3}/gu;
/** Names in a free-text value: runs of capitalised words that are not the contract's words nor a fictional name. */
function namesIn(value, registry) {
	const out = [];
	for (const m of value.matchAll(NAME_RUN)) {
		const name = m[0].replace(/\.$/u, "");
		const words = name.split(/[ \t]+/u);
		if (words.some((w) => CONTRACT_VOCABULARY_WORDS.has(w.toLowerCase()))) continue;
		const shape = valueShape(name);
		if (shape !== "name" && shape !== "company") continue;
		if (shape === "name" && !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
		if (registry.match(name) !== void 0) continue;
		out.push({
			start: m.index,
			end: m.index + name.length,
			name
		});
	}
	return out;
}
const joinPath = (parent, key) => typeof key === "number" ? `${parent}[${key}]` : parent === "" ? key : `${parent}.${key}`;
/**
* A correlation id is an opaque id: like any weaker value in a synthetic
* record (precision.md), it is reported only beside a tenant, requester or
* contact of the same envelope that is real. Drops, from `start` on, the
* correlation findings of an envelope without one.
*/
function keepWeakIdentities(findings, start) {
	if (findings.slice(start).filter((f) => f.detectorId === CONTRACT_FINDINGS.identity.id).some((f) => !isWeakIdentity(f.keyPath))) return;
	for (let i = findings.length - 1; i >= start; i--) if (findings[i]?.detectorId === CONTRACT_FINDINGS.identity.id) findings.splice(i, 1);
}
/** Runs the payload pass over a text. */
function judgePayloads(text, syntax, registry) {
	const result = {
		findings: [],
		vocabulary: [],
		payloads: []
	};
	for (const envelope of findEnvelopes(text, syntax)) {
		result.payloads.push([envelope.node.start, envelope.node.end]);
		const kind = envelope.kind === "document" ? "request" : envelope.kind;
		const visit = (node, path) => {
			if (node.kind === "object") {
				for (const entry of node.entries) visit(entry.node, joinPath(path, entry.key));
				return;
			}
			if (node.kind === "array") {
				node.items.forEach((item, i) => visit(item, joinPath(path, i)));
				return;
			}
			if (node.kind !== "string") return;
			const { value } = node;
			if (CONTRACT_VOCABULARY.has(value)) {
				result.vocabulary.push([node.start, node.end]);
				return;
			}
			const identity = identityConventionAt(path, {
				kind,
				operation: envelope.operation
			});
			if (identity) {
				if (value.trim() === "" || followsConvention(value, identity) || registry.match(value) !== void 0) return;
				result.findings.push({
					detectorId: CONTRACT_FINDINGS.identity.id,
					offset: node.start,
					endOffset: node.end,
					value,
					keyPath: path,
					message: identityMessage(path, identity)
				});
				return;
			}
			if (node.end - node.start !== value.length) return;
			for (const name of namesIn(value, registry)) result.findings.push({
				detectorId: CONTRACT_FINDINGS.freeText.id,
				offset: node.start + name.start,
				endOffset: node.start + name.end,
				value: name.name,
				keyPath: path,
				message: `${path} names a ${valueShape(name.name) === "company" ? "company" : "person"}; free text of a public payload names no one`
			});
		};
		const before = result.findings.length;
		visit(envelope.node, "");
		keepWeakIdentities(result.findings, before);
		for (const error of structureErrors(envelope)) {
			if (NOT_REPORTED.has(error.code) || error.code.includes(":")) continue;
			const segments = splitPath(error.path);
			if (segments === void 0) continue;
			const found = locate(envelope.node, segments);
			if (found.throughUnknown || found.open && ABSENCE_CODES.has(error.code)) continue;
			if (found.complete && found.node.kind === "unknown" && !KEY_CODES.has(error.code)) continue;
			if (found.complete && plainValue(found.node) === UNKNOWN_VALUE && !KEY_CODES.has(error.code)) continue;
			const span = found.complete && KEY_CODES.has(error.code) && found.key ? [found.key.start, found.key.end] : found.complete ? [found.node.start, found.node.end] : found.key ? [found.key.start, found.key.end] : [found.node.start, found.node.start + 1];
			result.findings.push({
				detectorId: CONTRACT_FINDINGS.structure.id,
				offset: span[0],
				endOffset: Math.max(span[1], span[0] + 1),
				value: `${error.code}\u0000${error.path}`,
				keyPath: error.path,
				message: `${OPERATING_AUTOMATION_OPERATION} ${envelope.kind}: ${error.message}`
			});
		}
	}
	return result;
}
// dist/src/engine/records.js
/** The farthest a record reaches from its value, either side. */
const RECORD_REACH = 2048;
/** The span [start, end) of the record that holds `offset` (or `[offset, end)`). */
function recordSpan(text, offset, end, syntax) {
	switch (syntax) {
		case "json":
		case "js":
		case "python": return braceRecord(text, offset, end) ?? paragraph(text, offset, end);
		case "yaml": return yamlRecord(text, offset, end);
		case "markdown":
		case "text": return isTableRow(text, offset) ? lineSpan(text, offset, end) : braceRecord(text, offset, end) ?? paragraph(text, offset, end);
		default: return lineSpan(text, offset, end);
	}
}
/**
* The key of the collection whose element is the value's record: the text
* before the `[` that opens the array around the record's `{` (JSON, JS,
* YAML flow), on that bracket's line, or the key line above a YAML list item
* (`customers:` over `- email: …`). An empty span at `offset` when the record
* is no element of a list. Bounded like the record.
*/
function collectionSpan(text, offset, end, syntax) {
	const none = [offset, offset];
	const [lineStart] = lineSpan(text, offset, end, RECORD_REACH);
	if (!text.slice(lineStart, offset).includes("{")) {
		const item = yamlListParent(text, offset, end);
		if (item !== void 0) return item;
		if (syntax === "yaml") return none;
	}
	const record = braceRecord(text, offset, end);
	if (record === void 0) return none;
	const opener = enclosingOpener(text, record[0]);
	if (opener === void 0 || text.charCodeAt(opener) !== 91) return none;
	let [keyStart] = lineSpan(text, opener, opener, 256);
	for (let up = 0; up < 2 && keyStart > 0 && !/[A-Za-z]/u.test(text.slice(keyStart, opener)); up++) [keyStart] = lineSpan(text, keyStart - 1, keyStart - 1, 256);
	return [keyStart, opener];
}
/** The `[` or `{` that holds the record starting at `start`, found by counting brackets back within the reach. */
function enclosingOpener(text, start) {
	let depth = 0;
	for (let i = start - 1, floor = Math.max(0, start - RECORD_REACH); i >= floor; i--) {
		const c = text.charCodeAt(i);
		if (c === 125 || c === 93) depth++;
		else if (c === 123 || c === 91) {
			if (depth === 0) return i;
			depth--;
		}
	}
}
/**
* For a value in a YAML list item (`- email: …`, or a sibling line of the
* item's mapping): the line of the key above the list, the first line above
* the item indented no deeper than its dash that is not an item itself.
*/
function yamlListParent(text, offset, end) {
	const [recordStart] = yamlRecord(text, offset, end);
	let dash = recordStart;
	while (dash < text.length && (text.charCodeAt(dash) === 32 || text.charCodeAt(dash) === 9)) dash++;
	if (!indentAt(text, recordStart).item) return void 0;
	const column = dash - recordStart;
	for (let prev = recordStart; prev > 0 && recordStart - prev < 2048;) {
		let at = prev - 1;
		while (at > 0 && text.charCodeAt(at - 1) !== 10) at--;
		prev = at;
		const line = indentAt(text, at);
		if (line.blank) continue;
		let first = at;
		while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
		const own = first - at;
		if (own > column || line.item && own === column) continue;
		const stop = text.indexOf("\n", at);
		return [at, stop === -1 ? text.length : stop];
	}
}
/** The line (bounded) that holds [offset, end). */
function lineSpan(text, offset, end, reach = RECORD_REACH) {
	const floor = Math.max(0, offset - reach);
	let start = offset;
	while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
	const ceiling = Math.min(text.length, end + reach);
	let stop = end;
	while (stop < ceiling && text.charCodeAt(stop) !== 10) stop++;
	return [start, stop];
}
/** The innermost `{ … }` around the value, found by counting braces within the reach. */
function braceRecord(text, offset, end) {
	let depth = 0;
	let start = -1;
	for (let i = offset - 1, floor = Math.max(0, offset - RECORD_REACH); i >= floor; i--) {
		const c = text.charCodeAt(i);
		if (c === 125) depth++;
		else if (c === 123) {
			if (depth === 0) {
				start = i;
				break;
			}
			depth--;
		}
	}
	if (start === -1) return void 0;
	depth = 0;
	for (let i = end, ceiling = Math.min(text.length, end + RECORD_REACH); i < ceiling; i++) {
		const c = text.charCodeAt(i);
		if (c === 123) depth++;
		else if (c === 125) {
			if (depth === 0) return [start, i + 1];
			depth--;
		}
	}
	return [start, Math.min(text.length, end + RECORD_REACH)];
}
/** Indentation of the line starting at `start`, a list item's dash counting as indentation. */
function indentAt(text, start) {
	let i = start;
	while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	const item = text.charCodeAt(i) === 45 && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9);
	let indent = i - start;
	if (item) {
		i++;
		while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
		indent = i - start;
	}
	const c = text.charCodeAt(i);
	return {
		indent,
		item,
		blank: i >= text.length || c === 10 || c === 13 || c === 35
	};
}
/**
* The YAML mapping that holds the value: its sibling lines at the same
* indentation (and their children), up to a line indented less or the list
* item that opens it.
*/
function yamlRecord(text, offset, end) {
	const [lineStart] = lineSpan(text, offset, end, RECORD_REACH);
	const own = indentAt(text, lineStart);
	let start = lineStart;
	if (!own.item) for (let prev = lineStart; prev > 0 && lineStart - prev < 2048;) {
		let at = prev - 1;
		while (at > 0 && text.charCodeAt(at - 1) !== 10) at--;
		const line = indentAt(text, at);
		if (!line.blank && line.indent < own.indent) break;
		prev = at;
		if (line.blank) continue;
		start = at;
		if (line.item && line.indent === own.indent) break;
	}
	let stop = end;
	for (let next = text.indexOf("\n", end); next !== -1 && next - end < 2048; next = text.indexOf("\n", next + 1)) {
		const line = indentAt(text, next + 1);
		if (!line.blank && (line.indent < own.indent || line.item && line.indent <= own.indent)) break;
		const after = text.indexOf("\n", next + 1);
		stop = after === -1 ? text.length : after;
	}
	return [start, Math.min(stop, end + RECORD_REACH)];
}
/** A Markdown paragraph or list block: lines up to a blank line either side. */
function paragraph(text, offset, end) {
	const floor = Math.max(0, offset - RECORD_REACH);
	let start = offset;
	while (start > floor && !(text.charCodeAt(start - 1) === 10 && (start < 2 || text.charCodeAt(start - 2) === 10))) start--;
	const ceiling = Math.min(text.length, end + RECORD_REACH);
	let stop = end;
	while (stop < ceiling && !(text.charCodeAt(stop) === 10 && text.charCodeAt(stop + 1) === 10)) stop++;
	return [start, stop];
}
function isTableRow(text, offset) {
	const [start] = lineSpan(text, offset, offset, 512);
	let i = start;
	while (i < offset && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	return text.charCodeAt(i) === 124;
}
/**
* The scalar values of a record: quoted strings and YAML or assignment values
* after a colon or an equals sign. Bounded by the record, which is bounded.
*/
function recordValues(record) {
	const values = [];
	for (const m of record.matchAll(/"(?<dq>[^"\\\n]{1,200})"|'(?<sq>[^'\\\n]{1,200})'|[:=][ \t]{1,4}(?<bare>[^\s"'{}[\],#][^\n,#}\]]{0,199})/gu)) {
		const value = (m.groups?.dq ?? m.groups?.sq ?? m.groups?.bare ?? "").trim();
		if (value.length > 0) values.push(value);
	}
	return values;
}
// dist/src/engine/registry-data.js
const BUILT_IN_ENTRIES = Object.freeze([
	{
		id: "reserved-host",
		kind: "reserved-host",
		reason: "RFC 2606 / 6761 reserved names (example.com/.org/.net, *.example, *.test, *.invalid, *.localhost, localhost, mDNS .local)",
		values: [
			"example.com",
			"example.org",
			"example.net",
			".example",
			".test",
			".invalid",
			".localhost",
			"localhost",
			".local"
		]
	},
	{
		id: "documentation-host",
		kind: "stand-in-host",
		reason: "domains that vendors' documentation uses for fictional companies (Microsoft's Contoso, Fabrikam, Northwind, AdventureWorks, Wingtip Toys)",
		values: [
			"contoso.com",
			"fabrikam.com",
			"northwindtraders.com",
			"adventure-works.com",
			"wingtiptoys.com",
			"contoso.onmicrosoft.com",
			"fabrikam.onmicrosoft.com"
		]
	},
	{
		id: "stand-in-domain",
		kind: "stand-in-host",
		reason: "generic domains that documentation and forms use as stand-ins for \"your company\" (company.com, yourdomain.com, …)",
		values: [
			"company.com",
			"mycompany.com",
			"yourcompany.com",
			"somecompany.com",
			"domain.com",
			"mydomain.com",
			"yourdomain.com",
			"somedomain.com",
			"email.com",
			"somewhere.com",
			"website.com",
			"corp.com",
			"org.com",
			"site.com",
			"host.com"
		]
	},
	{
		id: "public-project-mail",
		kind: "public-mail-domain",
		reason: "addresses of public projects and hosting services (commit no-reply addresses, foundations' lists, cloud service accounts): never a customer's",
		values: [
			"users.noreply.github.com",
			"noreply.github.com",
			"github.com",
			"users.noreply.gitlab.com",
			"noreply.gitlab.com",
			"gserviceaccount.com",
			"apache.org",
			"python.org",
			"gnu.org",
			"fsf.org",
			"kernel.org",
			"debian.org",
			"fedoraproject.org",
			"npmjs.com",
			"w3.org",
			"eclipse.org",
			"linuxfoundation.org",
			"cncf.io",
			"opensource.org",
			"mozilla.org",
			"freebsd.org",
			"chromium.org"
		]
	},
	{
		id: "documentation-ip",
		kind: "documentation-ip",
		reason: "RFC 5737 and RFC 3849 documentation addresses, loopback and the unspecified address"
	},
	{
		id: "template-placeholder",
		kind: "placeholder",
		reason: "a reference to a value, not a value: <…>, ${…}, {{…}}, %(…)s, $VAR, process.env.X, os.environ",
		pattern: /<[^<>\n]{1,80}>|\$\{[^{}\n]{0,80}\}|\{\{[^{}\n]{0,80}\}\}|%\([\w.]{1,40}\)s|^\$[A-Z_]\w{1,60}$|process\.env|os\.environ|getenv|secrets\.[A-Z_]|\[\[[^\]\n]{1,40}\]\]/u
	},
	{
		id: "placeholder-word",
		kind: "placeholder",
		reason: "words that say the value is not real: YOUR_…_HERE, xxxx, ****, REDACTED, changeme, REPLACE_WITH_…, placeholder, dummy, fake, sample, example",
		pattern: /your[_-]|[_-]here\b|x{4,}|\*{3,}|•{3,}|redacted|changeme|change[_-]me|placeholder|dummy|fake|sample|example|insert[_-]|replace[_-]?(?:me|with)|not[_-]?a[_-]?real|lorem|ipsum/iu
	},
	{
		id: "placeholder-stop-word",
		kind: "placeholder",
		reason: "a stand-in word as a whole word of the value (test, demo, mock, foo, bar, todo, null, …), maybe with a small number",
		pattern: /(?:^|[^a-z0-9])(?:test|testing|demo|mock|foo|bar|baz|qux|todo|tbd|null|none|undefined|nonexistent|invalid)\d{0,6}(?:$|[^a-z0-9])/iu
	},
	{
		id: "cavra-example-marker",
		kind: "example-marker",
		reason: "CAVRA's synthetic-example conventions (tenant-demo, saas-example, sample://, evidence://, …-pending, example.invalid)",
		values: [
			"tenant-demo",
			"saas-example",
			"sample://",
			"evidence://",
			"-pending",
			"example.invalid",
			"owner pending"
		]
	},
	{
		id: "stripe-documented-customer-id",
		kind: "documented-value",
		reason: "customer ids that Stripe's API reference prints in its examples; they name no customer",
		values: [
			"cus_NffrFeUfNV2Hib",
			"cus_4QFJOjw2pOmAGJ",
			"cus_9s6XKzkNRiz8i3"
		]
	},
	{
		id: "salesforce-documented-record-id",
		kind: "documented-value",
		reason: "Account and Contact ids from Salesforce's developer documentation",
		values: [
			"001D000000IqhSLIAZ",
			"001D000000IqhSL",
			"0015000000VALDtAAP",
			"003D000000QV9n2IAD"
		]
	},
	{
		id: "salesforce-pod-placeholder",
		kind: "placeholder",
		reason: "a Salesforce id with xx where the pod goes (001xx000003DGb2AAG): Salesforce's documentation writes ids so",
		pattern: /^00[136]xx[a-z0-9]{10}(?:[a-z0-9]{3})?$/iu
	},
	{
		id: "microsoft-public-tenant-id",
		kind: "public-value",
		reason: "directory ids of Microsoft's own tenants (its corporate tenant, the Microsoft-account and first-party tenants), published and found in many open trees",
		values: [
			"72f988bf-86f1-41af-91ab-2d7cd011db47",
			"9188040d-6c67-4c5b-b112-36a304b66dad",
			"f8cdef31-a31e-4b4a-93e4-5f571e91255a",
			"33e01921-4d64-4f8c-a055-5bdaffd5e33d"
		].flatMap((guid) => [guid, guid.toUpperCase()])
	},
	{
		id: "documentation-guid",
		kind: "placeholder",
		reason: "a GUID written by hand as documentation does: runs of one character (aaaabbbb-0000-cccc-1111-dddd2222eeee), or an abcdef…, 1234, abcd or 0000 group",
		pattern: /(?<![0-9a-f-])(?:([0-9a-f])\1{3}([0-9a-f])\2{3}-([0-9a-f])\3{3}-([0-9a-f])\4{3}-([0-9a-f])\5{3}-([0-9a-f])\6{3}([0-9a-f])\7{3}([0-9a-f])\8{3}|(?:abcdef[0-9a-f]{2}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}|[0-9a-f]{8}-(?:(?:1234|abcd|0000)-[0-9a-f]{4}-[0-9a-f]{4}|[0-9a-f]{4}-(?:1234|abcd|0000)-[0-9a-f]{4}|[0-9a-f]{4}-[0-9a-f]{4}-(?:1234|abcd|0000)))-[0-9a-f]{12})(?![0-9a-f-])/iu
	},
	{
		id: "aws-documented-account-id",
		kind: "documented-value",
		reason: "account ids that AWS's documentation uses in its examples (123456789012, 111122223333, …)",
		values: [
			"123456789012",
			"111122223333",
			"444455556666",
			"777788889999",
			"210987654321",
			"012345678901",
			"098765432109",
			"112233445566",
			"123412341234",
			"999988887777"
		]
	},
	{
		id: "public-cli-oauth-client",
		kind: "public-value",
		reason: "OAuth client ids and secrets that vendors' command-line tools ship in their public source for the installed-app flow (Google Cloud SDK, Azure CLI, Azure PowerShell): public by design, they identify the tool, not an account",
		values: [
			"32555940559.apps.googleusercontent.com",
			"ZmssLNjJy2998hD4CTg2ejr2",
			"04b07795-8ddb-461a-bbee-02f9e1bf7b46",
			"1950a258-227b-4e31-a9cf-717495945fc2"
		]
	},
	{
		id: "google-chat-webhook-key",
		kind: "public-value",
		reason: "the API key every Google Chat incoming-webhook URL carries (Google's documentation): public, the webhook's token is its secret",
		values: ["AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI"]
	},
	{
		id: "aws-public-account-id",
		kind: "public-value",
		reason: "accounts that AWS and vendors publish images, layers and log-delivery principals from (ELB per region, EKS and Deep Learning images, AMI owners, Lambda extensions): public on purpose",
		values: [
			"602401143452",
			"763104351884",
			"137112412989",
			"099720109477",
			"309956199498",
			"136693071363",
			"679593333241",
			"580247275435",
			"464622532012",
			"017000801446",
			"094274105915",
			"901920570463",
			"184161586896",
			"013841110898",
			"127311923021",
			"033677994240",
			"027434742980",
			"797873946194",
			"156460612806",
			"054676820928",
			"652711504416",
			"009996457667",
			"897822967062",
			"582318560864",
			"600734575887",
			"114774131450",
			"783225319266",
			"718504428378",
			"507241528517",
			"985666609251",
			"754344448648",
			"076674570225",
			"098369216593",
			"635631232127",
			"383597477331"
		]
	},
	{
		id: "role-mailbox",
		kind: "placeholder",
		reason: "a no-reply or RFC 2142 role mailbox (noreply@, postmaster@, security@, …): a service's published address, never a person's",
		pattern: /^(?:no-?reply|do-?not-?reply|noreply\+[\w.-]{0,64}|mailer-daemon|postmaster|hostmaster|webmaster|abuse|noc|security|privacy|opensource|oss)@[^@\s]{1,253}$/iu
	},
	{
		id: "typed-example-ip",
		kind: "placeholder",
		reason: "an IPv4 address typed by hand as an example (12.34.56.78, 123.45.67.89, 11.22.33.44, …)",
		pattern: /^(?:12\.34\.56\.78|123\.45\.67\.89|11\.22\.33\.44|98\.76\.54\.32|87\.65\.43\.21)$/u
	},
	{
		id: "public-dns-resolver",
		kind: "public-value",
		reason: "the addresses of public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS): configuration, not anyone's address",
		values: [
			"8.8.8.8",
			"8.8.4.4",
			"1.1.1.1",
			"1.0.0.1",
			"9.9.9.9",
			"149.112.112.112",
			"208.67.222.222",
			"208.67.220.220"
		]
	},
	{
		id: "documented-iban",
		kind: "documented-value",
		reason: "IBANs printed in the standard and in banks’ and payment providers’ documentation (GB82WEST12345698765432, DE89370400440532013000, …)",
		values: [
			"GB82WEST12345698765432",
			"DE89370400440532013000",
			"GB29NWBK60161331926819",
			"FR1420041010050500013M02606",
			"NL91ABNA0417164300",
			"CH9300762011623852957",
			"BE68539007547034",
			"GB33BUKB20201555555555",
			"ES9121000418450200051332",
			"IT60X0542811101000000123456",
			"AT611904300234573201",
			"DE02120300000000202051",
			"DE02500105170137075030",
			"FR7630006000011234567890189",
			"NL02ABNA0123456789",
			"AT483200000012345864",
			"DE75512108001245126199"
		]
	},
	{
		id: "test-card-number",
		kind: "documented-value",
		reason: "card-network test numbers from Stripe, Braintree, Adyen, PayPal and Checkout.com documentation: Luhn-valid and in real ranges, but never a card",
		values: [
			"4242424242424242",
			"4000056655665556",
			"4111111111111111",
			"4012888888881881",
			"4222222222222",
			"4000000000000002",
			"4000000000009995",
			"4000000000000077",
			"4000002500003155",
			"4000002760003184",
			"4000003800000446",
			"4000000000003220",
			"4000000000000010",
			"4917610000000000",
			"4988438843884305",
			"4444333322221111",
			"4035501000000008",
			"4005519200000004",
			"4009348888881881",
			"4012000033330026",
			"4012000077777777",
			"4217651111111119",
			"4500600000000061",
			"4263982640269299",
			"4001919257537193",
			"4007702835532454",
			"4012001037141112",
			"4263970000005262",
			"4484070000000000",
			"4916338506082832",
			"5555555555554444",
			"2223003122003222",
			"5200828282828210",
			"5105105105105100",
			"5425233430109903",
			"2222400070000005",
			"5454545454545454",
			"5500000000000004",
			"5431111111111111",
			"5436031030606378",
			"5199990000000001",
			"2223000048400011",
			"378282246310005",
			"371449635398431",
			"378734493671000",
			"340000000000009",
			"371111111111114",
			"370000000000002",
			"6011111111111117",
			"6011000990139424",
			"6011981111111113",
			"6011000000000004",
			"6011601160116611",
			"6445644564456445",
			"3056930009020004",
			"36227206271667",
			"38520000023237",
			"30569309025904",
			"30000000000004",
			"36006666333344",
			"3566002020360505",
			"3530111333300000",
			"3566111111111113",
			"6200000000000005",
			"6205500000000000004",
			"6331101999990016",
			"5019717010103742",
			"6759649826438453",
			"6304000000000000",
			"6799990100000000019"
		]
	},
	{
		id: "stripe-documentation-account",
		kind: "example-marker",
		reason: "the account segment (LkdIwHu7ix) of every object id and link in Stripe's API reference, which all come from its documentation account",
		values: ["LkdIwHu7ix"]
	},
	{
		id: "default-password",
		kind: "placeholder-part",
		reason: "a URL whose password ships as a default of a database, broker or tool, or stands for \"a password\" in docs and compose files (postgres, admin, root, minioadmin, homestead, tiger, letmein, …), maybe with a number",
		pattern: /\/\/[^:/@\s]{0,256}:(?:admin|administrator|root|toor|guest|user|username|login|default|welcome|qwerty|qwertyuiop|letmein|monkey|dragon|master|trustno1|iloveyou|sunshine|postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|rabbitmq|rabbit|clickhouse|cassandra|neo4j|oracle|couchdb|couchbase|influxdb|elastic|kibana|docker|local|development|develop|staging|database|app|application|service|minioadmin|postgrespw|dbpw|helloworld|anoncvs|anonymous|nopassword|none|empty|tiger|bitnami|keycloak|airflow|superset|metabase|sonar|sonarqube|gitlab|jenkins|odoo|wordpress|drupal|magento|nextcloud|zabbix|netbox|harbor|grafana|prisma|supabase|hasura|directus|xyzzy|plugh|swordfish|opensesame|homestead|laravel|forge|sail|vagrant|symfony|django|rails|devpassword|localdev|dev)\d{0,8}@/iu
	},
	{
		id: "stand-in-password",
		kind: "placeholder-part",
		reason: "a URL whose password is built on a stand-in (changeme, changeit, admin, qwerty, letmein, hunter2, default, dbuser, mypw): written for a tutorial, not chosen",
		pattern: /\/\/[^:/@\s]{0,256}:[a-z0-9]{0,12}(?:changeme|changeit|admin|qwerty|letmein|hunter2|default|dbuser|mypw|userpw)[a-z0-9]{0,12}@/iu
	},
	{
		id: "stripe-documented-key",
		kind: "documented-value",
		reason: "the bodies of the sample API keys that Stripe's documentation shows (sk_test_4eC39HqLyjWDarjtT1zdp7dc and its like), under any prefix",
		values: ["4eC39HqLyjWDarjtT1zdp7dc", "BQokikJOvBiI2HlWgH4olfQ2"]
	},
	{
		id: "pagerduty-documented-token",
		kind: "documented-value",
		reason: "the API token that PagerDuty's API reference uses in its examples",
		values: ["y_NbAkKc66ryYTWUXYEu"]
	},
	{
		id: "azure-documented-sas-signature",
		kind: "documented-value",
		reason: "the signature of the shared access signature examples in Azure's documentation",
		values: ["NAxefF%2BrR2ubjZtyUtuAvLQgt%2FJIN5aHJMj6OsDwyy4%3D"]
	},
	{
		id: "cosmos-db-emulator-key",
		kind: "emulator-default",
		reason: "the account key built into the Azure Cosmos DB emulator, the same on every machine and published by Microsoft",
		values: ["C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="]
	},
	{
		id: "placeholder-tenant",
		kind: "placeholder-part",
		reason: "a vendor-hosted URL whose tenant is one documentation writes (yoursubdomain.zendesk.com, your-domain.atlassian.net, mycompany.looker.com, your-stack.grafana.net, Zendesk's z3n and obscura, a Sentry organization or Tableau site named my-org or example)",
		pattern: /\/\/(?:[^/@\s]{0,256}@)?(?:my|me|mine|your|yours|my-?stack|your-?stack|stack|stack-?name|stack-slug|instance|instance[_-]?name|my-?instance|your-?instance|company|my-?company|your-?company|company-?name|org|my-?org|your-?org|org-?name|org-slug|organi[sz]ation|organization-slug|tenant|tenant-name|subdomain|my-?subdomain|your-?subdomain|my-?domain|your-?domain|domain|host|hostname|server|site|my-?site|your-?site|site-?name|deployment|my-deployment|deployment-name|test|demo|sample|example|sandbox|play|try|trial|helpdesk|obscura|z3n|acme|dev\d{3,6})\.(?:[a-z0-9-]{1,63}\.)?(?:zendesk\.com|freshdesk\.com|atlassian\.net|service-now\.com|helpscoutapp\.com|kayako\.com|gorgias\.com|looker\.com|grafana\.net|splunkcloud\.com|sentry\.io)(?![\w-])|(?:\/organizations|sentry\.io|tableau[\w.-]{0,200}(?::\d{1,5})?\/(?:#\/)?(?:site|t))\/(?:my|your|my-?org|your-?org|org-?name|org-slug|organi[sz]ation|organization-slug|company|my-?company|your-?company|tenant|site|my-?site|your-?site|site-?name|test|demo|sample|example|sandbox)\//iu
	},
	{
		id: "placeholder-ticket-number",
		kind: "placeholder-part",
		reason: "a Zendesk or Freshdesk ticket link whose number is typed by hand (0, 1, 12, 123, …) or is Zendesk's documentation ticket 35436",
		pattern: /(?:zendesk|freshdesk)\.com\/[\w/-]{0,60}?\/(?:0+|1|12|123|1234|12345|123456|35436)(?![\w-])/iu
	},
	{
		id: "request-inspection-service",
		kind: "stand-in-host",
		reason: "request-inspection services (webhook.site, hookbin, beeceptor, httpbin, …): a URL on them is a throwaway endpoint for trying a webhook out",
		values: [
			"webhook.site",
			"webhook.cool",
			"hookbin.com",
			"beeceptor.com",
			"requestcatcher.com",
			"postb.in",
			"ptsv2.com",
			"ptsv3.com",
			"httpbin.org",
			"mockbin.org"
		]
	},
	{
		id: "placeholder-url-user",
		kind: "placeholder-part",
		reason: "a URL whose user is one documentation writes for \"a user\" (user, username, dbuser, myuser, scott of scott/tiger, anonymous, …)",
		pattern: /\/\/(?:user|username|usr|db[_-]?user|my[_-]?user|your[_-]?user|someuser|scott|name|login|userid|user[_-]id|anonymous)(?::[^@/\s]{0,256})?@/iu
	},
	{
		id: "placeholder-url-host",
		kind: "placeholder-part",
		reason: "a URL whose host is one documentation writes for \"a host\" (host, hostname, server, db-host, your-domain, ip-address, host.docker.internal, …)",
		pattern: /\/\/(?:[^/@\s]{0,256}@|(?![^/@\s]{0,256}@))(?:host|hostname|myhost|your-?host|server|myserver|your-server|server-name|domain|mydomain|your-domain|ip|ip-address|db-?host|database-host|address|(?:host|gateway|kubernetes)\.docker\.internal)(?![\w.-])/iu
	},
	{
		id: "placeholder-host-label",
		kind: "placeholder-part",
		reason: "a URL whose host has a stand-in label (mycompany, your-domain, foo, fake, sample, bogus, your-…, …-here): a documentation host, never a real one",
		pattern: /\/\/(?:[^/@\s]{0,256}@|(?![^/@\s]{0,256}@))(?:(?:your|my)[_-]|[\w.-]{0,253}?(?:(?<![a-z0-9])(?:bogus|fake|dummy|examples?|sample|placeholder|invalid|nowhere|foo|bar|baz|qux|changeme|company|mycompany|yourcompany|mydomain|yourdomain|yourhost|yourserver)(?![a-z0-9])|(?<![\w-])(?:my-company|your-company|companyname|company-name|my-domain|domainname|myorg|my-org|yourorg|your-org|organization|corpname|your-host|myhost|my-host|hostname|your-server|myserver|my-server|server-name)(?![\w-])|x{3}|[_-]here(?![a-z0-9])))/iu
	},
	{
		id: "azure-storage-emulator",
		kind: "emulator-default",
		reason: "the account and key built into Azurite and the Azure Storage Emulator, the same on every machine and published by Microsoft",
		values: ["devstoreaccount1", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="]
	},
	{
		id: "container-host-alias",
		kind: "reserved-host",
		reason: "names that Docker Desktop, Podman and Testcontainers resolve to the local machine or its containers, the same on every machine",
		values: [
			"host.docker.internal",
			"gateway.docker.internal",
			"kubernetes.docker.internal",
			"host.testcontainers.internal",
			"host.containers.internal"
		]
	},
	{
		id: "qstash-dev-server",
		kind: "emulator-default",
		reason: "the token and signing keys of QStash's local development server (npx @upstash/qstash-cli dev), published by Upstash and the same on every machine",
		values: [
			"eyJVc2VySUQiOiJkZWZhdWx0VXNlciIsIlBhc3N3b3JkIjoiZGVmYXVsdFBhc3N3b3JkIn0=",
			"sig_7kYjw48mhY7kAjqNGcy6cr29RJ6r",
			"sig_5ZB6DVzB1wjE8S6rZ7eenA8Pdnhs"
		]
	},
	{
		id: "publishable-client-key",
		kind: "public-value",
		reason: "a publishable key that vendors issue to be embedded in web pages and apps (Stripe pk_live_/pk_test_, PostHog phc_, Logo.dev pk_): public by design, it opens nothing",
		pattern: /^(?:pk_(?:live|test)_[A-Za-z0-9]{20,247}|phc_[A-Za-z0-9]{30,60}|pk_[A-Za-z0-9_-]{16,40})$/u
	},
	{
		id: "openapi-generator-example-uuid",
		kind: "documented-value",
		reason: "the UUID OpenAPI Generator writes as the example of every uuid parameter in the client READMEs it generates",
		values: ["38400000-8cf0-11bd-b23e-10b96e4ef00d"]
	},
	{
		id: "minio-default-credentials",
		kind: "emulator-default",
		reason: "MinIO's built-in root user and password for local development",
		values: ["minioadmin"]
	},
	{
		id: "jwt-io-example-token",
		kind: "documented-value",
		reason: "the example token of jwt.io and RFC 7519 tutorials (sub 1234567890, John Doe), signed with the documented secret your-256-bit-secret",
		values: [
			"eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ",
			"eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0",
			"SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
		]
	},
	{
		id: "oauth-rfc-example-values",
		kind: "documented-value",
		reason: "the example tokens, codes and client credentials of the OAuth RFCs (RFC 5849 OAuth 1.0, RFC 6749 OAuth 2.0, RFC 6750 bearer tokens), which OAuth libraries repeat in their docs and tests",
		values: [
			"ad180jjd733klru7",
			"nnch734d00sl2jdk",
			"pfkkdhi9sl3r4s00",
			"dpf43f3p2l4k3l03",
			"kd94hf93k423kf44",
			"hh5s93j4hdidpola",
			"hdk48Djdsa",
			"2YotnFZFEjr1zCsicMWpAA",
			"tGzv3JOkF0XG5Qx2TlKWIA",
			"SplxlOBeZQQYbYS6WxSbIA",
			"7Fjfp0ZBr1KtDRbnfVdmIw",
			"mF_9.B5f-4.1JqM",
			"s6BhdRkqt3",
			"gX1fBat3bV",
			"czZCaGRSa3F0MzpnWDFmQmF0M2JW"
		]
	},
	{
		id: "pagerduty-documented-api-key",
		kind: "documented-value",
		reason: "the API key that PagerDuty's REST API reference shows in its examples (Authorization: Token token=…)",
		values: ["y_NbAkKc66ryYTWUXYEu"]
	},
	{
		id: "traefik-documented-htpasswd",
		kind: "documented-value",
		reason: "the apr1 hashes of the users test and test2 in Traefik's BasicAuth middleware documentation, copied into many compose files",
		values: ["$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/", "$apr1$d9hr9HBB$4HxwgUir3HP4EsggP/QNo0"]
	},
	{
		id: "rfc-example-jwk-private-keys",
		kind: "documented-value",
		reason: "the private members of the example keys of RFC 7517 (EC P-256) and RFC 8037 (Ed25519), which JOSE libraries repeat in their docs and tests",
		values: ["870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"]
	},
	{
		id: "yarn-plugin-search-algolia-key",
		kind: "public-value",
		reason: "the search-only Algolia key (application OFCNCOG2CU) that Yarn's interactive-tools plugin ships to search npm packages: a browser key, public by design",
		values: ["6fe4476ee5a1832882e326b506d14126"]
	},
	{
		id: "well-known-fictional-name",
		kind: "fictional-name",
		reason: "fictional organisations and people of documentation and examples (whole names only)",
		values: [
			...[
				"acme",
				"contoso",
				"fabrikam",
				"northwind",
				"northwind traders",
				"adventure works",
				"wingtip toys",
				"tailspin toys",
				"initech",
				"globex"
			],
			...[
				"wayne enterprises",
				"umbrella",
				"umbrella corp",
				"hooli",
				"stark industries",
				"cyberdyne",
				"dunder mifflin",
				"soylent",
				"vandelay industries"
			],
			...[
				"pied piper",
				"aviato",
				"raviga",
				"wernham hogg",
				"sterling cooper",
				"los pollos hermanos",
				"prestige worldwide",
				"massive dynamic",
				"oscorp",
				"tyrell corporation",
				"weyland-yutani",
				"buy n large",
				"monsters inc"
			],
			...[
				"jane doe",
				"john doe",
				"jane.doe",
				"john.doe",
				"john smith",
				"jane smith",
				"alice",
				"bob",
				"charlie",
				"mallory"
			],
			"wile e coyote"
		]
	},
	{
		id: "cloudflare-documented-api-token",
		kind: "documented-value",
		reason: "the API token that Cloudflare's API reference shows in every example request (Authorization: Bearer …)",
		values: ["Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY"]
	},
	{
		id: "low-variety-body",
		kind: "low-variety",
		reason: "a repeated or sequential body (AAAA…, 0000…, 1234567890, abcdef…): typed by hand, not generated"
	}
]);
// dist/src/engine/synthetic.js
/**
* The registry of what is not real: values a public repository may hold
* because they are plainly not anyone's data or credentials (reserved hosts,
* documentation addresses, placeholders, vendors' documented example values,
* vendor-published public keys, emulator defaults, fictional names, the
* project's declared example markers). It is data: each entry has an id, a
* kind and a reason, a detector declares which kinds apply to its values, and
* the engine applies them. A suppressed finding names the entry and its reason.
* The config adds entries; no detector keeps a list of stand-ins of its own.
*/
const REGISTRY_KINDS = Object.freeze([
	"reserved-host",
	"stand-in-host",
	"public-mail-domain",
	"documentation-ip",
	"placeholder",
	"placeholder-part",
	"low-variety",
	"example-marker",
	"fictional-name",
	"documented-value",
	"public-value",
	"emulator-default"
]);
Object.freeze(REGISTRY_KINDS.filter((k) => k !== "placeholder" && k !== "placeholder-part" && k !== "documentation-ip" && k !== "low-variety"));
/**
* The kinds that name a particular value (a vendor's example key, a public
* client id, an emulator's account key): they apply to every detector, even
* one whose values carry their own checksum.
*/
const EXACT_VALUE_KINDS = Object.freeze([
	"documented-value",
	"public-value",
	"emulator-default"
]);
/** The built-in registry, CAVRA's conventions included. */
const SYNTHETIC_REGISTRY = BUILT_IN_ENTRIES;
/** Every run of eight consecutive digits or letters, both directions. */
const SEQUENCE_RUNS = [
	"01234567890",
	"abcdefghijklmnopqrstuvwxyz",
	"09876543210",
	"zyxwvutsrqponmlkjihgfedcba"
].flatMap((seq) => Array.from({ length: seq.length - 7 }, (_, i) => seq.slice(i, i + 8)));
/** Corporate forms that may follow a fictional organisation's name ("Acme Corp", "Contoso Ltd."). */
const CORPORATE_FORM = /^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|bv|nv|ab|as|oy|pty|group|holdings|industries|international|enterprises|labs|software|systems|solutions|technologies|tech|bank|pharmaceuticals|pharma|traders|toys|airlines|university|hotels|winery|insurance|cycles|works)$/u;
/**
* A compiled registry: `match(value, kinds)` names the entry that makes a
* value not real, with its reason.
*/
/** Answers a registry keeps per set of kinds before it starts over. */
const MEMO_LIMIT = 4096;
/** Longer values are judged every time (they rarely repeat, and would make the memo large). */
const MEMO_VALUE_LENGTH = 256;
var SyntheticRegistry = class {
	entries;
	hosts = /* @__PURE__ */ new Map();
	markers = [];
	names = /* @__PURE__ */ new Map();
	exact = /* @__PURE__ */ new Map();
	/** Exact values long enough to be matched inside a larger value (a key inside a URL or a connection string). */
	embedded = [];
	placeholders = [];
	/** Shapes of values published as public (`public-value` entries with a pattern, anchored). */
	shapes = [];
	builtIn = /* @__PURE__ */ new Map();
	/**
	* Answers already given, per set of kinds asked about: a value repeated
	* across a file's records (a sibling read for every finding in its record,
	* a host on every line) is judged once. Emptied when it grows past
	* MEMO_LIMIT, so memory stays bounded.
	*/
	memo = /* @__PURE__ */ new WeakMap();
	memoAll = /* @__PURE__ */ new Map();
	constructor(entries = SYNTHETIC_REGISTRY, options = {}) {
		const all = [...entries];
		if (options.hosts && options.hosts.length > 0) all.push({
			id: "project-host",
			kind: "reserved-host",
			reason: "host reserved by the project's configuration",
			values: options.hosts
		});
		if (options.markers && options.markers.length > 0) all.push({
			id: "project-marker",
			kind: "example-marker",
			reason: "example marker declared in the project's configuration",
			values: options.markers
		});
		all.push(...options.entries ?? []);
		this.entries = all;
		for (const entry of all) this.add(entry);
	}
	add(entry) {
		const values = entry.values ?? [];
		switch (entry.kind) {
			case "reserved-host":
			case "stand-in-host":
			case "public-mail-domain": {
				const list = this.hosts.get(entry.kind) ?? [];
				for (const value of values) list.push({
					entry,
					suffix: value.toLowerCase()
				});
				this.hosts.set(entry.kind, list);
				break;
			}
			case "example-marker":
				for (const value of values) this.markers.push({
					entry,
					value: value.toLowerCase()
				});
				break;
			case "fictional-name":
				for (const value of values) this.names.set(nameKey(value), entry);
				break;
			case "documented-value":
			case "public-value":
			case "emulator-default":
				for (const value of values) {
					if (!this.exact.has(value)) this.exact.set(value, entry);
					if (value.length >= 16 && entry.kind !== "public-value") this.embedded.push({
						entry,
						value
					});
				}
				if (entry.pattern) this.shapes.push(entry);
				break;
			case "placeholder":
			case "placeholder-part":
				if (entry.pattern) this.placeholders.push(entry);
				break;
			case "documentation-ip":
			case "low-variety": if (!this.builtIn.has(entry.kind)) this.builtIn.set(entry.kind, entry);
		}
	}
	/**
	* The entry that makes `value` not real, or undefined when it looks real.
	* `kinds` limits the entries consulted (a detector's declared kinds); all apply by default.
	*/
	match(value, kinds) {
		let memo = kinds === void 0 ? this.memoAll : this.memo.get(kinds);
		if (memo === void 0 && kinds !== void 0) this.memo.set(kinds, memo = /* @__PURE__ */ new Map());
		const known = memo?.get(value);
		if (known !== void 0) return known ?? void 0;
		const found = this.judge(value, kinds);
		if (memo !== void 0 && value.length <= MEMO_VALUE_LENGTH) {
			if (memo.size >= MEMO_LIMIT) memo.clear();
			memo.set(value, found ?? null);
		}
		return found;
	}
	judge(value, kinds) {
		const applies = (kind) => kinds === void 0 || kinds.has(kind);
		if (applies("documented-value") || applies("public-value") || applies("emulator-default")) {
			const exact = this.exactMatch(value);
			if (exact && applies(exact.kind)) return describe(exact);
		}
		const lower = value.toLowerCase();
		const named = hostsIn(lower);
		for (const { host, email } of named) {
			for (const kind of [
				"reserved-host",
				"stand-in-host",
				"public-mail-domain"
			]) {
				if (!applies(kind) || kind === "public-mail-domain" && !email) continue;
				const hit = this.hostEntry(kind, host);
				if (hit) return describe(hit);
			}
			if (applies("documentation-ip") && isDocumentationIp(host)) {
				const entry = this.builtIn.get("documentation-ip");
				if (entry) return describe(entry);
			}
		}
		if (applies("example-marker")) {
			for (const { entry, value: marker } of this.markers) if (lower.includes(marker)) return describe(entry);
		}
		if (applies("fictional-name")) {
			const entry = this.fictional(value, named);
			if (entry) return describe(entry);
		}
		for (const entry of this.placeholders) if (applies(entry.kind) && entry.pattern?.test(value)) return describe(entry);
		if (applies("low-variety") && isLowVariety(lower)) {
			const entry = this.builtIn.get("low-variety");
			if (entry) return describe(entry);
		}
	}
	/** True when `host` (lower-case) is reserved for documentation or local use, or a documentation stand-in. */
	isReservedHost(host) {
		return this.hostEntry("reserved-host", host) !== void 0 || this.hostEntry("stand-in-host", host) !== void 0;
	}
	/** The reason of an entry, by id. */
	reasonOf(id) {
		return this.entries.find((e) => e.id === id)?.reason;
	}
	exactMatch(value) {
		const direct = this.exact.get(value);
		if (direct) return direct;
		for (const entry of this.shapes) if (entry.pattern?.test(value)) return entry;
		if (value.length < 16) return void 0;
		for (const { entry, value: known } of this.embedded) if (value.includes(known)) return entry;
	}
	hostEntry(kind, host) {
		for (const { entry, suffix } of this.hosts.get(kind) ?? []) if (suffix.startsWith(".") ? host.endsWith(suffix) || host === suffix.slice(1) : host === suffix || host.endsWith(`.${suffix}`)) return entry;
	}
	/**
	* A fictional name stands as a whole name: the value is the name, maybe with
	* a corporate form ("Acme Corp"); or a host's or an email domain's own label
	* is the name (`acme.com`, `mail.contoso.com`, not `acme-logistics.io`); or an
	* email's mailbox is a fictional person (`jane.doe@…`); or the name is a
	* whole phrase of prose ("sent to Acme on Monday"). Never a substring of an
	* identifier or a host label.
	*/
	fictional(value, named) {
		if (this.names.size === 0) return void 0;
		for (const { host, local } of named) {
			const labels = host.split(".");
			const owner = labels.length >= 2 ? labels[labels.length - 2] : void 0;
			const hit = (owner !== void 0 ? this.names.get(owner) : void 0) ?? (local !== void 0 ? this.names.get(nameKey(local)) : void 0);
			if (hit) return hit;
		}
		if (named.length > 0) return void 0;
		const words = value.split(/[\s,;:()"'`/|]+/u).filter((w) => w.length > 0);
		if (words.length === 0 || words.length > 40) return void 0;
		const whole = words.map(trimSentenceEnd).filter((w) => !CORPORATE_FORM.test(w.toLowerCase()));
		const direct = this.names.get(nameKey(whole.join(" ")));
		if (direct) return direct;
		for (let i = 0; i < words.length; i++) {
			let phrase = "";
			for (let n = 0; n < 3 && i + n < words.length; n++) {
				const word = trimSentenceEnd(words[i + n] ?? "");
				if (/[._@-]/u.test(word)) break;
				phrase = phrase ? `${phrase} ${word}` : word;
				const hit = this.names.get(nameKey(phrase));
				if (hit) return hit;
			}
		}
	}
};
/** Names compare by letters and single spaces, lower case: `WILE_E_COYOTE` and `Wile E. Coyote` are one name. */
function nameKey(name) {
	return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
/** A word without the full stops, question or exclamation marks that end it. */
function trimSentenceEnd(word) {
	let end = word.length;
	while (end > 0 && ".!?".includes(word.charAt(end - 1))) end--;
	return word.slice(0, end);
}
function describe(entry) {
	return {
		id: entry.id,
		kind: entry.kind,
		reason: entry.reason
	};
}
/** Hosts named in a value: URL authorities and email domains (with the mailbox). */
function hostsIn(lower) {
	const hosts = [];
	for (const m of lower.matchAll(/(?:[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/@\s]{0,200}@)?|(?<local>[a-z0-9._%+-]{1,64})?@)(?<host>\[[0-9a-f:.]{2,45}\]|[a-z0-9.-]{1,253})/gu)) {
		const host = m.groups?.host;
		if (!host) continue;
		const email = !m[0].includes("://") && lower.charCodeAt((m.index ?? 0) + m[0].length) !== 58;
		hosts.push({
			host: host.replace(/^\[|\]$/gu, "").replace(/\.$/u, ""),
			email,
			...email && m.groups?.local ? { local: m.groups.local } : {}
		});
	}
	const bare = hosts.length === 0 ? /^(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?=$|[:/?#])/u.exec(lower)?.groups?.host : void 0;
	if (bare !== void 0 && /[a-z]/u.test(bare)) hosts.push({
		host: bare,
		email: false
	});
	if (hosts.length === 0 && /^[0-9a-f:.]{2,45}$/u.test(lower) && /[.:]/u.test(lower)) hosts.push({
		host: lower,
		email: false
	});
	return hosts;
}
/** RFC 5737 / RFC 3849 documentation ranges, loopback and the unspecified address. */
function isDocumentationIp(host) {
	return /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/u.test(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(host) || host === "0.0.0.0" || host === "::1" || /^2001:0?db8:/u.test(host);
}
/** Repeated or sequential bodies: few distinct characters, or a run of the alphabet or digits. */
function isLowVariety(lower) {
	const body = lower.replace(/[^a-z0-9]/gu, "");
	if (body.length < 6) return false;
	const counts = /* @__PURE__ */ new Map();
	let most = 0;
	for (const ch of body) {
		const n = (counts.get(ch) ?? 0) + 1;
		counts.set(ch, n);
		if (n > most) most = n;
	}
	if (counts.size <= 3) return true;
	if (body.length >= 12 && most / body.length > .6) return true;
	return SEQUENCE_RUNS.some((run) => body.includes(run));
}
// dist/src/engine/syntax.js
const BY_EXTENSION = {
	js: "js",
	mjs: "js",
	cjs: "js",
	jsx: "js",
	ts: "js",
	mts: "js",
	cts: "js",
	tsx: "js",
	vue: "js",
	svelte: "js",
	java: "js",
	kt: "js",
	go: "js",
	rs: "js",
	cs: "js",
	c: "js",
	h: "js",
	cpp: "js",
	hpp: "js",
	swift: "js",
	scala: "js",
	php: "js",
	dart: "js",
	groovy: "js",
	gradle: "js",
	json: "json",
	jsonc: "json",
	json5: "json",
	geojson: "json",
	webmanifest: "json",
	har: "json",
	ipynb: "json",
	yaml: "yaml",
	yml: "yaml",
	md: "markdown",
	markdown: "markdown",
	mdx: "markdown",
	env: "dotenv",
	sh: "shell",
	bash: "shell",
	zsh: "shell",
	ksh: "shell",
	fish: "shell",
	ps1: "shell",
	py: "python",
	pyi: "python",
	rb: "python",
	pl: "python",
	r: "python",
	toml: "toml",
	ini: "toml",
	cfg: "toml",
	conf: "toml",
	properties: "dotenv",
	tf: "toml",
	hcl: "toml"
};
/** Picks the syntax of a file from its path (forward or back slashes). */
function syntaxFromPath(path) {
	if (!path) return "text";
	const base = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1).toLowerCase();
	if (base === ".env" || base.startsWith(".env.") || base.endsWith(".env")) return "dotenv";
	if (base === "dockerfile" || base === "makefile" || base === ".bashrc" || base === ".profile") return "shell";
	const dot = base.lastIndexOf(".");
	if (dot <= 0) return "text";
	return BY_EXTENSION[base.slice(dot + 1)] ?? "text";
}
// dist/src/engine/scan-text.js
/** Characters scanned before and after a keyword hit on the same line. */
const WINDOW_BEFORE = 512;
const WINDOW_AFTER = 4096;
/** Stages after the detectors' own (numbered from `detectors.length`): see `Engine.stageName`. */
const STAGE_KEYWORDS = 0;
const STAGE_PAYLOADS = 1;
const STAGE_JUDGING = 2;
/** Bound of the line text handed to `validate`. */
const CONTEXT_LINE = 2048;
/**
* A compiled detection engine: the prefilter is built once, and `scanText`
* is pure and synchronous.
*/
var Engine = class {
	detectors;
	registry;
	compiled;
	prefilter;
	/**
	* For each keyword met so far: the windowed and the multiline detectors any
	* of whose keywords it contains. Filled on first use, so building an engine
	* stays cheap for a run that scans a few files.
	*/
	triggers;
	lowerKeywords = /* @__PURE__ */ new Map();
	usePrefilter;
	hashKey;
	/** The payload pass's detectors (src/engine/payloads.ts), by id. */
	payloadDetectors;
	/** What an allow directive may name: detector and category ids, and `all`. */
	directiveTargets;
	stageListener;
	constructor(detectors, options = {}) {
		this.detectors = detectors;
		this.registry = new SyntheticRegistry(void 0, options.synthetic);
		this.usePrefilter = options.prefilter !== false;
		this.hashKey = options.hashKey ?? PROCESS_HASH_KEY;
		this.directiveTargets = /* @__PURE__ */ new Set([
			"all",
			...BOUNDARY_CATEGORY_IDS,
			...PAYLOAD_DETECTOR_IDS,
			...detectors.map((d) => d.id),
			...options.directiveTargets ?? []
		]);
		const severity = options.severity ?? {};
		this.compiled = detectors.map((detector, index) => ({
			detector,
			index,
			regex: withFlags(detector.regex, "gd"),
			context: detector.keywordContext && withFlags(detector.keywordContext, "y"),
			severity: severity[detector.id] ?? severity[detector.category] ?? detector.severity,
			generic: detector.id.startsWith("generic-") || detector.id.endsWith("-key-value"),
			kinds: registryKinds(detector)
		}));
		this.payloadDetectors = new Map(PAYLOAD_DETECTORS.map((detector) => [detector.id, {
			detector,
			index: detectors.length + STAGE_PAYLOADS,
			regex: detector.regex,
			context: void 0,
			severity: severity[detector.id] ?? severity[detector.category] ?? detector.severity,
			generic: false,
			kinds: ALL_KINDS
		}]));
		const keywords = [.../* @__PURE__ */ new Set([
			ALLOW_DIRECTIVE,
			...PAYLOAD_KEYWORDS,
			...this.compiled.flatMap((c) => c.detector.keywords.map((k) => k.toLowerCase()))
		])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
		for (const c of this.compiled) this.lowerKeywords.set(c, c.detector.keywords.map((k) => k.toLowerCase()));
		this.prefilter = new KeywordScanner(keywords);
		this.triggers = new Array(keywords.length).fill(void 0);
	}
	/** The detectors a prefilter keyword triggers: those with a keyword it contains. */
	triggersOf(id, keyword) {
		let found = this.triggers[id];
		if (!found) {
			const windowed = [];
			const whole = [];
			for (const compiled of this.compiled) {
				const offsets = [];
				for (const own of this.lowerKeywords.get(compiled) ?? []) for (let at = keyword.indexOf(own); at !== -1; at = keyword.indexOf(own, at + 1)) if (!offsets.includes(at)) offsets.push(at);
				if (offsets.length > 0) (compiled.detector.multiline ? whole : windowed).push({
					compiled,
					offsets
				});
			}
			found = {
				windowed,
				whole,
				directive: keyword.includes(ALLOW_DIRECTIVE),
				payload: PAYLOAD_KEYWORDS.some((k) => keyword.includes(k))
			};
			this.triggers[id] = found;
		}
		return found;
	}
	/**
	* Calls `listener` with a stage number each time a scan moves to another
	* part of its work, so a watchdog on another thread can tell which one a
	* scan is stuck in (`stageName`). One call per detector run: cheap enough
	* to leave on.
	*/
	onStage(listener) {
		this.stageListener = listener;
	}
	/** What a stage number given to the `onStage` listener stands for. */
	stageName(stage) {
		const detector = this.detectors[stage];
		if (detector) return `detector ${detector.id}`;
		switch (stage - this.detectors.length) {
			case STAGE_KEYWORDS: return "the keyword prefilter";
			case STAGE_PAYLOADS: return "the contract payload pass";
			case STAGE_JUDGING: return "judging the findings (records, evidence, directives)";
			default: return "reading the file";
		}
	}
	/** Scans one text; see `ScanTextOptions`. */
	scanText(text, options = {}) {
		const path = options.path ?? "";
		const syntax = options.syntax ?? syntaxFromPath(path);
		const collected = this.collect(text, syntax, path);
		this.stageListener?.(this.detectors.length + STAGE_PAYLOADS);
		const pooled = this.withPayloads(collected.candidates, text, syntax, collected.payload);
		const records = new RecordMemo(text, syntax);
		const resolved = collapseRepeats(resolveOverlaps(pooled), text, records);
		const candidates = options.collectSuppressed ? resolved : resolved.filter((c) => c.synthetic === void 0);
		let lineIndex;
		const lines = () => lineIndex ??= new LineIndex(text);
		const { directives, problems } = collected.directive === false ? {
			directives: [],
			problems: []
		} : parseDirectives(text, lines, this.directiveTargets);
		const findings = [];
		const suppressed = [];
		if (candidates.length === 0) return {
			findings,
			suppressed,
			problems
		};
		this.stageListener?.(this.detectors.length + STAGE_JUDGING);
		const keyPaths = keyPathsFor(text, syntax, candidates.map((c) => c.offset), lines());
		const values = new Set(candidates.map((c) => c.value));
		const shownPaths = /* @__PURE__ */ new Map();
		const shownPath = (keyPath) => {
			if (keyPath === void 0) return void 0;
			let shown = shownPaths.get(keyPath);
			if (shown === void 0) shownPaths.set(keyPath, shown = maskKeyPath(keyPath, values));
			return shown;
		};
		const byLine = indexDirectives(directives);
		const used = /* @__PURE__ */ new Set();
		candidates.forEach((candidate, i) => {
			const keyPath = candidate.keyPath ?? keyPaths[i];
			const synthetic = candidate.synthetic ?? (keyPath !== void 0 && isExampleKeyPath(keyPath) ? EXAMPLE_KEY_PATH : void 0);
			if (synthetic !== void 0 && !options.collectSuppressed) return;
			const judged = synthetic === void 0 ? judgeEvidence(candidate, text, syntax, records, path, keyPath, this.registry) : void 0;
			if (judged?.drop !== void 0 && !options.collectSuppressed) return;
			const finding = this.toFinding(candidate, path, lines(), shownPath(keyPath), judged?.note);
			if (judged?.drop !== void 0) {
				suppressed.push({
					finding,
					by: "synthetic",
					reason: judged.drop
				});
				return;
			}
			if (synthetic !== void 0) {
				suppressed.push({
					finding,
					by: "synthetic",
					reason: `not real: ${synthetic.reason} (${synthetic.id})`
				});
				return;
			}
			const directive = findDirective(byLine, finding);
			if (directive) {
				used.add(directive);
				if (options.collectSuppressed) suppressed.push({
					finding,
					by: "inline",
					reason: directive.reason
				});
				return;
			}
			const configured = findSuppression(options.suppressions, finding);
			if (configured) {
				if (options.collectSuppressed) suppressed.push({
					finding,
					by: "config",
					reason: configured.reason
				});
				return;
			}
			findings.push(finding);
		});
		return {
			findings,
			suppressed,
			problems
		};
	}
	/**
	* Regex stage: keyword windows (or the whole text), then entropy, allow
	* list, validator and registry. `directive` is false when the prefilter
	* pass met no allow directive (undefined without a prefilter pass).
	*/
	collect(text, syntax, path) {
		const out = [];
		const seen = /* @__PURE__ */ new Set();
		const gates = /* @__PURE__ */ new Map();
		const contextLine = contextLines(text);
		const run = (compiled, start, end) => {
			const { detector, regex } = compiled;
			this.stageListener?.(compiled.index);
			if (detector.gate) {
				let open = gates.get(compiled);
				if (open === void 0) gates.set(compiled, open = detector.gate(text));
				if (!open) return;
			}
			const slice = start === 0 && end === text.length ? text : text.slice(start, end);
			regex.lastIndex = 0;
			for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
				if (m[0].length === 0) {
					regex.lastIndex++;
					continue;
				}
				const groups = m.groups ?? {};
				const secret = groups.secret ?? m[0];
				const span = m.indices?.groups?.secret ?? m.indices?.[0];
				if (!span || secret.length === 0) continue;
				const offset = start + span[0];
				const key = `${detector.id}:${offset}`;
				if (seen.has(key)) continue;
				seen.add(key);
				if (detector.entropy !== void 0 && shannonEntropy(secret) < detector.entropy) continue;
				if (detector.allow?.some((pattern) => pattern.test(secret))) continue;
				if (detector.context && !contextHolds(detector.context, text, offset, start + span[1], syntax)) continue;
				if (detector.validate) {
					const context = {
						match: m[0],
						groups,
						syntax,
						path,
						text,
						offset,
						registry: this.registry,
						get line() {
							return contextLine(offset);
						}
					};
					if (!detector.validate(secret, context)) continue;
				}
				const synthetic = this.registry.match(secret, compiled.kinds) ?? (isPlaceholderAttribute(text, offset) ? PLACEHOLDER_ATTRIBUTE : void 0);
				out.push({
					compiled,
					value: secret,
					offset,
					endOffset: start + span[1],
					synthetic
				});
			}
		};
		if (!this.usePrefilter) {
			for (const compiled of this.compiled) run(compiled, 0, text.length);
			return {
				candidates: sortByOffset(out),
				directive: void 0,
				payload: void 0
			};
		}
		const wholeText = /* @__PURE__ */ new Set();
		const windows = /* @__PURE__ */ new Map();
		const addWindow = (compiled, start, end) => {
			const list = windows.get(compiled);
			const last = list ? list.length - 1 : -1;
			if (!list) windows.set(compiled, [start, end]);
			else if (start <= (list[last] ?? -1)) {
				list[last - 1] = Math.min(start, list[last - 1] ?? start);
				list[last] = Math.max(end, list[last] ?? end);
			} else list.push(start, end);
		};
		/** A detector's keyword context holds at one of its keywords inside the hit. */
		const confirmed = ({ compiled: { context }, offsets }, hit) => {
			if (!context) return true;
			for (const offset of offsets) {
				context.lastIndex = hit + offset;
				if (context.test(text)) return true;
			}
			return false;
		};
		const keywordList = this.prefilter.keywords;
		let lineStart = 0;
		let lineEnd = -1;
		let directive = false;
		let payload = false;
		this.stageListener?.(this.detectors.length + STAGE_KEYWORDS);
		this.prefilter.scan(text, (hit, id) => {
			const triggers = this.triggersOf(id, keywordList[id] ?? "");
			if (triggers.directive) directive = true;
			if (triggers.payload) payload = true;
			const { windowed, whole } = triggers;
			for (const trigger of whole) {
				const { compiled } = trigger;
				if (wholeText.has(compiled) || !confirmed(trigger, hit)) continue;
				const reach = compiled.detector.reach;
				if (reach === void 0) wholeText.add(compiled);
				else {
					const from = Math.max(0, hit - reach);
					const last = windows.get(compiled)?.at(-1) ?? -1;
					addWindow(compiled, last >= from ? from : lineStartNear(text, from, reach), Math.min(text.length, hit + reach));
				}
			}
			for (const trigger of windowed) {
				if (!confirmed(trigger, hit)) continue;
				if (hit >= lineEnd) {
					lineStart = text.lastIndexOf("\n", hit - 1) + 1;
					lineEnd = text.indexOf("\n", hit);
					if (lineEnd === -1) lineEnd = text.length;
				}
				addWindow(trigger.compiled, Math.max(lineStart, hit - WINDOW_BEFORE), Math.min(lineEnd, hit + WINDOW_AFTER));
			}
		});
		for (const compiled of wholeText) run(compiled, 0, text.length);
		for (const [compiled, list] of windows) {
			if (wholeText.has(compiled)) continue;
			for (let i = 0; i < list.length; i += 2) run(compiled, list[i] ?? 0, list[i + 1] ?? text.length);
		}
		sortByOffset(out);
		return {
			candidates: out,
			directive,
			payload
		};
	}
	/**
	* The payload pass (src/engine/payloads.ts), only when the prefilter met an
	* envelope key: findings by field, and no finding of any detector on the
	* contract's own vocabulary inside a payload.
	*/
	withPayloads(candidates, text, syntax, seen) {
		if (seen === false || seen === void 0 && !PAYLOAD_KEYWORDS.some((k) => text.includes(k))) return candidates;
		const { findings, vocabulary } = judgePayloads(text, syntax, this.registry);
		if (findings.length === 0 && vocabulary.length === 0) return candidates;
		const kept = candidates.filter((c) => !vocabulary.some(([from, to]) => c.offset >= from && c.endOffset <= to));
		for (const f of findings) {
			const compiled = this.payloadDetectors.get(f.detectorId);
			if (compiled) kept.push({
				compiled,
				value: f.value,
				offset: f.offset,
				endOffset: f.endOffset,
				synthetic: void 0,
				keyPath: f.keyPath,
				message: f.message
			});
		}
		return sortByOffset(kept);
	}
	toFinding(candidate, path, lines, keyPath, keyOnly) {
		const { detector } = candidate.compiled;
		const severity = keyOnly === void 0 ? candidate.compiled.severity : "warning";
		const start = lines.position(candidate.offset);
		const end = lines.position(candidate.endOffset);
		const valueHash = keyedHex(this.hashKey, candidate.value, 16);
		const preview = maskValue(candidate.value, {
			hash: valueHash,
			...detector.publicPrefix ? { publicPrefix: detector.publicPrefix } : {}
		});
		return {
			ruleId: detector.id,
			category: detector.category,
			severity,
			message: candidate.message !== void 0 ? `${detector.name}: ${candidate.message}: ${preview}` : keyOnly === void 0 ? `${detector.name}: ${preview}` : `${detector.name}: ${preview} (${keyOnly})`,
			line: start.line,
			column: start.column,
			endLine: end.line,
			endColumn: end.column,
			offset: candidate.offset,
			endOffset: candidate.endOffset,
			preview,
			fingerprint: keyedHex(this.hashKey, `${detector.id}\u0000${path}\u0000${candidate.value}`, 32),
			valueHash,
			...keyPath !== void 0 ? { keyPath } : {}
		};
	}
};
const ALL_KINDS = new Set(REGISTRY_KINDS);
/** The registry kinds a detector's values are judged by: its declared kinds and always the exact-value ones. */
function registryKinds(detector) {
	if (detector.skipSynthetic) return new Set(EXACT_VALUE_KINDS);
	if (detector.synthetic === void 0) return ALL_KINDS;
	return /* @__PURE__ */ new Set([...detector.synthetic, ...EXACT_VALUE_KINDS]);
}
/** The text a context rule reads around a value: its line, its record, its record's collection key or a fixed reach. */
function contextSpan(rule, text, offset, end, syntax) {
	if (rule.within === "line") return lineSpan(text, offset, end);
	if (rule.within === "record") return recordSpan(text, offset, end, syntax);
	if (rule.within === "collection") return collectionSpan(text, offset, end, syntax);
	return [Math.max(0, offset - rule.within), Math.min(text.length, end + rule.within)];
}
function ruleHolds(rule, text, offset, end, syntax) {
	const [from, to] = contextSpan(rule, text, offset, end, syntax);
	return rule.pattern.test(text.slice(from, to));
}
/** Every `require` rule holds and no `forbid` rule does. */
function contextHolds(rules, text, offset, end, syntax) {
	for (const rule of rules) {
		const effect = rule.effect ?? "require";
		if (effect === "evidence") continue;
		if (ruleHolds(rule, text, offset, end, syntax) !== (effect === "require")) return false;
	}
	return true;
}
/** Registry kinds that make a whole record an example: reserved and stand-in hosts, markers, fictional names. */
const RECORD_KINDS = /* @__PURE__ */ new Set([
	"reserved-host",
	"stand-in-host",
	"example-marker",
	"fictional-name",
	"documentation-ip"
]);
/**
* For a detector whose evidence is a key: what the value shows by itself.
* An email or a company's name is evidence, and so is a value an `evidence`
* context backs. Any other value in a synthetic record (a sibling value is an
* example) is not real. A person's name is reported; a slug or an opaque id
* in test data is not; elsewhere a slug is reported and an opaque id is a warning.
* `drop` is the reason a finding is not reported; `note` explains a key-only finding.
*/
function judgeEvidence(candidate, text, syntax, records, path, keyPath, registry) {
	const { detector } = candidate.compiled;
	if (detector.evidence !== "key") return void 0;
	const shape = valueShape(candidate.value);
	if (isStrongShape(shape)) return void 0;
	if ((detector.context?.filter((r) => r.effect === "evidence") ?? []).some((rule) => ruleHolds(rule, text, candidate.offset, candidate.endOffset, syntax))) return void 0;
	const siblings = records.values(candidate.offset, candidate.endOffset).filter((v) => v !== candidate.value);
	for (const sibling of siblings) {
		const match = registry.match(sibling, RECORD_KINDS);
		if (match) return { drop: `not real: a sibling value in the same record is an example (${match.reason}) (${match.id})` };
	}
	if (shape === "name") return void 0;
	const testData = path === "" ? void 0 : testDataPath(path);
	if (testData !== void 0 && !siblings.some((v) => isStrongShape(valueShape(v)) && registry.match(v) === void 0)) return { drop: `test data: only the key suggests a customer, in ${testData}` };
	if (shape === "slug") return void 0;
	const key = keyPath?.split(/[.[\]]/u).filter((s) => s.length > 0).at(-1);
	return { note: `${key ? `under key ${key}; ` : ""}value is an opaque id: only the key suggests a customer` };
}
/** The value of a form field's `placeholder` attribute or prop shows the user the shape to type, never a real value. */
const PLACEHOLDER_ATTRIBUTE = {
	id: "placeholder-attribute",
	kind: "placeholder",
	reason: "the value of a form field's placeholder attribute or prop: hint text that shows the shape to type"
};
/** True when the value is the whole text of a `placeholder="…"` / `placeholder: '…'` / `placeholder={'…'}` on its line. */
function isPlaceholderAttribute(text, offset) {
	const from = Math.max(0, offset - 40);
	const before = text.slice(from, offset);
	return /placeholder\??["']?[ \t]{0,4}[:=][ \t]{0,4}\{?[ \t]{0,4}["'`]$/iu.test(before);
}
/** Values under an `example` key of an API description are samples of a shape. */
const EXAMPLE_KEY_PATH = {
	id: "example-key-path",
	kind: "example-marker",
	reason: "the value sits under an example, examples or x-example key, where API descriptions give sample requests and responses"
};
/** Overlap resolution walks candidates in offset order, whichever path collected them. */
function sortByOffset(candidates) {
	return candidates.sort((a, b) => a.offset - b.offset || (a.compiled.detector.id < b.compiled.detector.id ? -1 : 1));
}
/** Creates an engine over `detectors`. */
function createEngine(detectors, options) {
	return new Engine(detectors, options);
}
/**
* Overlapping candidates: the higher declared precedence wins (one category
* per finding); then a vendor-specific detector wins over a generic one; of
* two generic ones the longer span wins.
*/
function resolveOverlaps(candidates) {
	if (candidates.length < 2) return candidates;
	const dropped = /* @__PURE__ */ new Set();
	for (let i = 0; i < candidates.length; i++) {
		const a = candidates[i];
		if (!a || dropped.has(a)) continue;
		for (let j = i + 1; j < candidates.length; j++) {
			const b = candidates[j];
			if (!b) continue;
			if (b.offset >= a.endOffset) break;
			if (dropped.has(b)) continue;
			if (a.compiled.generic !== b.compiled.generic && identifiesCustomer(a.compiled.generic ? a : b) && a.compiled.detector.category !== b.compiled.detector.category) continue;
			if (precedence(a) !== precedence(b)) dropped.add(precedence(a) > precedence(b) ? b : a);
			else if (a.compiled.generic && !b.compiled.generic) dropped.add(a);
			else if (b.compiled.generic && !a.compiled.generic) dropped.add(b);
			else if (a.compiled.generic && b.compiled.generic) dropped.add(a.endOffset - a.offset >= b.endOffset - b.offset ? b : a);
			else if (a.compiled.detector.id === b.compiled.detector.id) dropped.add(b);
			if (dropped.has(a)) break;
		}
	}
	return dropped.size === 0 ? candidates : candidates.filter((c) => !dropped.has(c));
}
/** A detector's declared precedence over overlapping specific detectors (see `Detector.precedence`). */
function precedence(candidate) {
	return candidate.compiled.detector.precedence ?? 0;
}
/**
* The records of one scan's findings, each found and read once: the values
* of a record dense with findings (a map of customer ids, a table) are
* judged for every one of them, so reading it again each time would cost
* the record's length per finding.
*/
var RecordMemo = class {
	text;
	syntax;
	spans = /* @__PURE__ */ new Map();
	read = /* @__PURE__ */ new Map();
	constructor(text, syntax) {
		this.text = text;
		this.syntax = syntax;
	}
	/** The record around [offset, end): see `recordSpan`. */
	span(offset, end) {
		const key = `${offset}:${end}`;
		let span = this.spans.get(key);
		if (span === void 0) this.spans.set(key, span = recordSpan(this.text, offset, end, this.syntax));
		return span;
	}
	/** The values in the record around [offset, end): see `recordValues`. */
	values(offset, end) {
		const [from, to] = this.span(offset, end);
		const key = `${from}:${to}`;
		let values = this.read.get(key);
		if (values === void 0) this.read.set(key, values = recordValues(this.text.slice(from, to)));
		return values;
	}
};
/**
* De-duplication: one value seen by two detectors of a category at the same
* span is one finding, and a detector that reports once per line, record or
* file keeps its first match there.
*/
function collapseRepeats(candidates, text, records) {
	if (candidates.length < 2) return candidates;
	const seen = /* @__PURE__ */ new Set();
	const out = [];
	for (const candidate of candidates) {
		const { detector } = candidate.compiled;
		const span = `${detector.category}\u0000${candidate.offset}\u0000${candidate.endOffset}`;
		if (seen.has(span)) continue;
		seen.add(span);
		if (detector.oncePer !== void 0) {
			const region = detector.oncePer === "file" ? 0 : (detector.oncePer === "line" ? lineSpan(text, candidate.offset, candidate.endOffset) : records.span(candidate.offset, candidate.endOffset))[0];
			const key = `${detector.id}\u0000${region}`;
			if (seen.has(key)) continue;
			seen.add(key);
		}
		out.push(candidate);
	}
	return out;
}
function identifiesCustomer(candidate) {
	const { detector } = candidate.compiled;
	return detector.category === "customer-identifier" && detector.id.endsWith("-key-value");
}
function indexDirectives(directives) {
	const byLine = /* @__PURE__ */ new Map();
	for (const directive of directives) for (const line of [directive.line, directive.line + 1]) {
		const list = byLine.get(line);
		if (list) list.push(directive);
		else byLine.set(line, [directive]);
	}
	return byLine;
}
function findDirective(byLine, finding) {
	return byLine.get(finding.line)?.find((d) => d.targets.some((t) => t === finding.ruleId || t === finding.category || t === "all"));
}
function findSuppression(suppressions, finding) {
	return suppressions?.find((s) => (s.target === finding.ruleId || s.target === finding.category || s.target === "*") && (s.valueHash === void 0 || s.valueHash === finding.valueHash) && (s.keyPath === void 0 || finding.keyPath !== void 0 && keyPathMatches(s.keyPath, finding.keyPath)));
}
/** `a.*.c` matches `a.b.c`; `**` matches any number of segments; `[0]` indexes count as segments. */
/**
* True when a key path runs through an `example` or `examples` key: API
* descriptions (OpenAPI, AWS and Google API models) give sample requests and
* responses there, which document a shape and hold no one's data.
*/
function isExampleKeyPath(keyPath) {
	return keyPath.split(/[.[\]]/u).some((segment) => /^(?:x-)?examples?$/iu.test(segment));
}
function keyPathMatches(pattern, keyPath) {
	const split = (p) => p.replace(/\[(\d+|\*)\]/gu, ".$1").split(".").filter((s) => s.length > 0);
	const want = split(pattern);
	const have = split(keyPath);
	const match = (i, j) => {
		if (i === want.length) return j === have.length;
		if (want[i] === "**") return match(i + 1, j) || j < have.length && match(i, j + 1);
		return j < have.length && (want[i] === "*" || want[i] === have[j]) && match(i + 1, j + 1);
	};
	return match(0, 0);
}
/**
* The start of the line holding `at` when it lies within `limit` characters
* before it, else `at`: a reach window starts on a line boundary, so that
* line-start anchors in a detector mean the same as over the whole text.
*/
function lineStartNear(text, at, limit) {
	const floor = Math.max(0, at - limit);
	for (let i = at; i > floor; i--) if (text.charCodeAt(i - 1) === 10) return i;
	return floor === 0 ? 0 : at;
}
/**
* The part of an offset's line within CONTEXT_LINE characters either side.
* The bounds of the last line looked at are kept: the matches on one line
* (thousands on a long minified or generated line) find them once, so the
* cost is linear in the text rather than in matches times the window.
*/
function contextLines(text) {
	let lineStart = 0;
	let lineEnd = -1;
	return (offset) => {
		if (offset < lineStart || offset > lineEnd) {
			lineStart = offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
			const end = text.indexOf("\n", offset);
			lineEnd = end === -1 ? text.length : end;
		}
		return text.slice(Math.max(lineStart, offset - CONTEXT_LINE), Math.min(lineEnd, offset + CONTEXT_LINE));
	};
}
function withFlags(regex, extra) {
	const flags = [...new Set((regex.flags + extra).split(""))].join("");
	return new RegExp(regex.source, flags);
}
/**
* Escapes `value` for use as a literal outside a character class, valid with
* and without the `u` flag (which rejects needless escapes such as `\-`).
*/
function escapeRegExp(value) {
	return value.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}
// dist/patterns/customer-success-note/support/tables.js
/**
* Tables of records in a text: CSV (commas or semicolons), TSV and Markdown/pipe tables, as files or
* pasted into a string, a comment, a YAML block or a fenced block. A header
* row names the columns; the rows below it with the same number of cells are
* its records. Built once per text (the record detectors call it for every
* candidate cell), linear in the text's length.
*/
/** The segment (line, or part of a line between `\n` escapes) that starts at `start`. */
function segmentFrom(text, start) {
	let lineEnd = text.indexOf("\n", start);
	if (lineEnd === -1) lineEnd = text.length;
	let body = text.slice(start, Math.min(lineEnd, start + 65536));
	const escape = body.indexOf("\\n");
	if (escape !== -1) body = body.slice(0, escape);
	return {
		start,
		text: body.endsWith("\r") ? body.slice(0, -1) : body
	};
}
/** Longest header line read; longer lines are code or data, not a table header. */
const MAX_HEADER = 4e3;
/** The segment that holds `at` (searched back at most `MAX_HEADER` characters, so minified lines stay linear). */
function segmentAt(text, at) {
	const floor = Math.max(0, at - MAX_HEADER);
	const before = text.slice(floor, at);
	const newline = before.lastIndexOf("\n");
	const escape = before.lastIndexOf("\\n");
	if (newline === -1 && escape === -1 && floor > 0) return {
		start: at,
		text: text.slice(at, at + MAX_HEADER + 1)
	};
	return segmentFrom(text, floor + Math.max(newline + 1, escape === -1 ? 0 : escape + 2));
}
/** Where the segment after `segment` starts, or -1 at the end of the text. */
function nextStart(text, segment) {
	const end = segment.start + segment.text.length;
	if (text.startsWith("\\n", end)) return end + 2;
	const newline = text.indexOf("\n", end);
	return newline === -1 ? -1 : newline + 1;
}
/** Splits a row at `delimiter` outside double quotes (`\"` counts as a quote: the row sits in a string). */
function splitRow(segment, delimiter) {
	const cells = [];
	let inQuotes = false;
	let cellStart = 0;
	let blank = true;
	const { text } = segment;
	for (let i = 0; i <= text.length; i++) {
		const ch = text[i];
		if (ch === "\"" && (inQuotes || blank)) {
			inQuotes = !inQuotes;
			blank = false;
		} else if (i === text.length || ch === delimiter && !inQuotes) {
			cells.push({
				start: segment.start + cellStart,
				text: text.slice(cellStart, i)
			});
			cellStart = i + 1;
			blank = true;
		} else if (ch !== " " && ch !== "	" && ch !== "\\") blank = false;
	}
	return cells;
}
/** `value` without the characters of `lead` at its start and of `trail` at its end (loops, not a regex: linear). */
function trim(value, lead, trail) {
	let start = 0;
	let end = value.length;
	while (start < end && lead.includes(value.charAt(start))) start++;
	while (end > start && trail.includes(value.charAt(end - 1))) end--;
	return value.slice(start, end);
}
const PADDING = " 	\r\\\"'`";
/** A cell's text without the quotes, escapes and padding around it. */
function cellValue(raw) {
	return trim(raw, PADDING, `${PADDING};,)`);
}
/** The column name a header cell ends with (`  "log": "account` → `account`), normalised. */
function columnName(raw) {
	const tail = trim(raw, "", PADDING);
	return (/[A-Za-z][A-Za-z0-9 _-]{0,40}$/u.exec(tail.slice(-41))?.[0] ?? "").trim().replace(/([a-z0-9])([A-Z])/gu, "$1_$2").toLowerCase().replace(/[^a-z0-9]+/gu, "_");
}
/** Pipe tables: `| a | b |` rows; the outer pipes make an empty first and last cell. */
function trimPipes(cells, delimiter) {
	if (delimiter !== "|") return cells;
	const first = cells[0];
	const last = cells[cells.length - 1];
	let out = cells;
	if (first && (trim(first.text, " 	*#>/", "") === "" || ":=(".includes(trim(first.text, "", PADDING).slice(-1) || "x"))) out = out.slice(1);
	if (last && cellValue(last.text) === "") out = out.slice(0, -1);
	return out;
}
const DELIMITERS = [
	",",
	";",
	"	",
	"|"
];
const SEPARATOR_ROW = /^[\s|:*-]+$/u;
/** The naming cells of every record under a matching header, by the cell's offset. */
function scanTables(text, spec) {
	const found = /* @__PURE__ */ new Map();
	const hint = new RegExp(spec.hint.source, "giu");
	for (let m = hint.exec(text); m !== null; m = hint.exec(text)) {
		const header = segmentAt(text, m.index);
		hint.lastIndex = Math.max(m.index + 1, header.start + header.text.length + 1);
		if (header.text.length > MAX_HEADER) continue;
		for (const delimiter of DELIMITERS) {
			if (!header.text.includes(delimiter)) continue;
			const headerCells = trimPipes(splitRow(header, delimiter), delimiter);
			if (headerCells.length < 3 || headerCells.length > 60) continue;
			const columns = headerCells.map((c) => columnName(c.text));
			const nameIndex = columns.findIndex((c) => spec.nameColumn.test(c));
			if (nameIndex < 0) continue;
			if (spec.signalColumns.filter((p) => columns.some((c) => p.test(c))).length < spec.minSignals) continue;
			let at = nextStart(text, header);
			if (delimiter === "|" && at !== -1 && SEPARATOR_ROW.test(segmentFrom(text, at).text)) at = nextStart(text, segmentFrom(text, at));
			for (; at !== -1;) {
				const segment = segmentFrom(text, at);
				const cells = trimPipes(splitRow(segment, delimiter), delimiter);
				if (cells.length === headerCells.length + 1 && /^[\s"'`;,)]*$/u.test(cells[cells.length - 1]?.text ?? "")) cells.pop();
				if (cells.length !== headerCells.length) break;
				const cell = cells[nameIndex];
				if (!cell) break;
				const value = cellValue(cell.text.replace(/^[ \t]*(?:[*#>]|\/\/)[ \t]+/u, ""));
				const offset = cell.start + cell.text.indexOf(value);
				if (value.length > 0) found.set(offset, {
					value,
					row: cells.map((c) => cellValue(c.text)),
					columns
				});
				hint.lastIndex = Math.max(hint.lastIndex, segment.start + segment.text.length + 1);
				at = nextStart(text, segment);
			}
			break;
		}
	}
	return found;
}
const memo$1 = /* @__PURE__ */ new Map();
function namedCells(text, spec) {
	let entry = memo$1.get(spec);
	if (entry?.text !== text) {
		entry = {
			text,
			cells: scanTables(text, spec)
		};
		memo$1.set(spec, entry);
	}
	return entry.cells;
}
/**
* The record whose naming cell starts at `offset`, when `offset` is the
* naming cell of a row under a header that `spec` accepts.
*/
function namedCellAt(text, offset, spec) {
	return namedCells(text, spec).get(offset);
}
/** Whether `text` holds any record under a header that `spec` accepts: a detector's `gate`. */
function hasTable(text, spec) {
	return namedCells(text, spec).size > 0;
}
/**
* A keyword context for a table detector: the keyword reads as a column
* name, ending its cell after at most three short words (`Invoice`,
* `invoice_number`, `Invoice Due Date`) at a delimiter, a closing quote that
* is not a key's, or the line end. Prose (`the invoice was sent to them.`),
* calls (`invoiceService.create(`) and keys (`"invoice": {`) do not, and the
* table reader is then not run over the text.
*/
function columnNameContext(keywords) {
	const words = keywords.map(escapeRegExp).join("|");
	return new RegExp(`(?:${words})[a-z0-9_.#-]{0,16}(?: [a-z0-9_.#-]{1,16}){0,2}[ \\t]{0,4}(?:[,;|\\t]|["'](?![ \\t]{0,4}[:=])|\\r?\\n|\\\\n|$)`, "iu");
}
// dist/patterns/billing-record/payment-table-row.js
const id$198 = "payment-table-row";
/** Payment and invoice tables: a customer column, an amount column, a reference column and a payment-method column. */
const PAYMENT_TABLE = {
	nameColumn: /^(?:(?:customer|client|company|account|payer|buyer|bill(?:ed)?_to)(?:_name)?|name)$/u,
	signalColumns: [
		/^(?:amount|total|net|gross|(?:amount|total)_(?:due|paid|net|gross|eur|usd|gbp|chf|cents))$/u,
		/^(?:invoice(?:_(?:number|no|id|ref))?|reference|ref|charge(?:_id)?|payment(?:_(?:id|ref|reference|intent))?|transaction(?:_id)?)$/u,
		/^(?:card(?:_number|_last4)?|last4|pan|iban|bank_account|payment_method|method|mandate)$/u
	],
	minSignals: 3,
	hint: /(?<![a-z])(?:amount|total|net|gross)/iu
};
const KEYWORDS$3 = [
	"invoice",
	"iban",
	"last4",
	"payment_method",
	"payment method",
	"payment_id",
	"charge_id",
	"card_number",
	"bank_account",
	"mandate"
];
/** An amount: digits with a decimal part or a thousands separator, or at least three digits. */
const AMOUNT = /^(?:[A-Z]{3} ?|[$€£])?-?(?:\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{2})?|\d{3,9}(?:[.,]\d{2})?|\d{1,2}[.,]\d{2})$/u;
/**
* Rows of a payment or invoice table (CSV with commas or semicolons, TSV or Markdown, as a file or
* pasted into a string or comment) whose header has a customer column, an
* amount, a reference (invoice, charge, payment) and a payment method (card,
* IBAN, method): each row ties an amount to a named customer. The customer
* cell is the reported value.
*/
var payment_table_row_default = defineDetector({
	id: id$198,
	name: "Payment table row",
	category: "billing-record",
	severity: "error",
	description: "Rows of a CSV or Markdown payment table that tie an amount, a reference and a payment method to a named customer.",
	regex: /(?:^[ \t]{0,12}(?:[*#>|][ \t]{0,4})?"?|[,;|\t][ \t]{0,4}"?|\\n"?)(?<secret>[A-Z0-9](?:[^\s,;|\\"]| (?=[^\s,;|\\"])){1,119})/mu,
	keywords: KEYWORDS$3,
	keywordContext: columnNameContext(KEYWORDS$3),
	multiline: true,
	gate: (text) => hasTable(text, PAYMENT_TABLE),
	validate: (secret, { text, offset, syntax, registry }) => {
		if (text === void 0 || offset === void 0) return false;
		const cell = namedCellAt(text, offset, PAYMENT_TABLE);
		if (cell?.value !== secret || !isCustomerValue(secret, {
			quoted: true,
			syntax,
			registry
		}) || /^\d+$/u.test(secret)) return false;
		const amountAt = cell.columns.findIndex((c) => PAYMENT_TABLE.signalColumns[0]?.test(c));
		return AMOUNT.test(cell.row[amountAt] ?? "");
	},
	samples: () => ({
		positive: [
			{
				key: "payments",
				value: `date,customer,amount,currency,method,invoice\n2024-04-02,Hallbrook Logistics Ltd,${randomString(`${id$198}1`, DIGITS, 5)}.00,EUR,card,INV-2024-${randomString(`${id$198}2`, DIGITS, 4)}`
			},
			{
				key: "table",
				value: `| Customer | Invoice | Amount | Payment method |\n|---|---|---|---|\n| Marlowe & Tetteh LLP | INV-${randomString(`${id$198}3`, DIGITS, 6)} | £4,${randomString(`${id$198}4`, DIGITS, 3)}.00 | BACS |`
			},
			{
				key: "rows",
				value: `kunde;rechnung;customer_name;invoice_number;total;iban\n${randomString(`${id$198}5`, DIGITS, 5)};R-${randomString(`${id$198}6`, DIGITS, 5)};Osterlund Maritime AB;${randomString(`${id$198}7`, DIGITS, 7)};4.${randomString(`${id$198}8`, DIGITS, 3)},50;on file`
			}
		],
		negative: [
			{
				key: "payments",
				value: "date,customer,amount,currency\n2024-04-02,Hallbrook Logistics Ltd,18420.00,EUR"
			},
			{
				key: "payments",
				value: "customer,amount,method,reference\nAcme Corp,100.00,card,INV-0001"
			},
			{
				key: "payments",
				value: "customer,amount,method,reference\n<customer>,<amount>,<method>,<reference>"
			},
			{
				key: "table",
				value: "| Field | Type | Description |\n|---|---|---|\n| amount | integer | Amount in cents |\n| invoice | string | Invoice id |"
			},
			{
				key: "table",
				value: "| customer | amount | method | reference |\n|---|---|---|---|\n| string | integer | card, sepa | string |"
			}
		]
	})
});
// dist/patterns/billing-record/stripe-billing-object-id.js
const id$197 = "stripe-billing-object-id";
/**
* Stripe invoice, charge, payment-intent, subscription, payment and refund
* ids next to the billing word that names them (`invoice: in_…`,
* `"charge": "ch_…"`, `payment_intent=pi_…`, `subscription_id: sub_…`), or
* as the `id` of a pretty-printed Stripe object (`"object": "invoice"`).
*/
var stripe_billing_object_id_default = defineDetector({
	id: id$197,
	name: "Stripe billing object id",
	category: "billing-record",
	severity: "error",
	description: "Stripe invoice, charge, payment-intent and subscription ids in a billing context.",
	regex: /\b(?<secret>(?:in|ch|pi|sub|py|re)_[A-Za-z0-9]{14,32})\b/u,
	keywords: [
		"invoice",
		"charge",
		"payment_intent",
		"paymentintent",
		"payment intent",
		"payment-intent",
		"subscription",
		"refund",
		"stripe",
		"\"in_1",
		"\"ch_1",
		"\"ch_3",
		"\"pi_1",
		"\"pi_3",
		"\"sub_1",
		"\"py_1",
		"\"py_3",
		"\"re_1",
		"\"re_3"
	],
	context: [{
		pattern: new RegExp(`${/invoice|charge|payment[_ -]?intent|subscription|refund|stripe/iu.source}|${/"object\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?:invoice|charge|payment_intent|subscription|refund|payment)\\?"/u.source}`, "iu"),
		within: "record"
	}],
	validate: (secret) => {
		const body = secret.slice(secret.indexOf("_") + 1);
		return /[A-Z]/u.test(body) && /[a-z]/u.test(body) && /\d/u.test(body);
	},
	entropy: 3.2,
	references: [
		"https://docs.stripe.com/api/invoices/object",
		"https://docs.stripe.com/api/charges/object",
		"https://docs.stripe.com/api/payment_intents/object"
	],
	samples: () => ({
		positive: [
			{
				key: "invoice",
				value: `in_1${randomString(`${id$197}1`, ALPHA_NUM, 23)}`
			},
			{
				key: "charge_id",
				value: `ch_3${randomString(`${id$197}2`, ALPHA_NUM, 23)}`
			},
			{
				key: "payment_intent",
				value: `pi_3${randomString(`${id$197}3`, ALPHA_NUM, 23)}`
			},
			{
				key: "subscription",
				value: `sub_1${randomString(`${id$197}4`, ALPHA_NUM, 23)}`
			},
			{
				key: "data",
				value: `{\n  "id": "in_1${randomString(`${id$197}6`, ALPHA_NUM, 23)}",\n  "object": "invoice",\n  "account_country": "DE"\n}`
			}
		],
		negative: [
			{
				key: "invoice",
				value: "in_1MtHbELkdIwHu7ixl4OzzPMv"
			},
			{
				key: "charge",
				value: "ch_xxxxxxxxxxxxxxxxxxxxxxxx"
			},
			{
				key: "subscription",
				value: "sub_<subscription-id>"
			},
			{
				key: "invoice",
				value: "in_progress_with_retries"
			},
			{
				key: "payment_intent",
				value: "pi_123"
			},
			{
				key: "build",
				value: `in_1${randomString(`${id$197}5`, ALPHA_NUM, 23)}`
			},
			{
				key: "data",
				value: `{\n  "id": "in_1${randomString(`${id$197}7`, ALPHA_NUM, 23)}",\n  "object": "list",\n  "url": "/v1/items"\n}`
			}
		]
	})
});
// dist/patterns/billing-record/stripe-hosted-invoice-url.js
const id$196 = "stripe-hosted-invoice-url";
/**
* Links to a live Stripe-hosted invoice page or receipt
* (`https://invoice.stripe.com/i/acct_…/live_…`,
* `https://pay.stripe.com/invoice/acct_…/live_…`,
* `https://pay.stripe.com/receipts/…`): anyone holding the link sees the
* customer's invoice, amounts and address. Test-mode and placeholder
* accounts pass; the API reference's example account is in the registry.
*/
var stripe_hosted_invoice_url_default = defineDetector({
	id: id$196,
	name: "Stripe hosted invoice link",
	category: "billing-record",
	severity: "error",
	description: "Live Stripe-hosted invoice and receipt links, which open a customer’s invoice to anyone who holds them.",
	regex: /(?<secret>https:\/\/(?:invoice\.stripe\.com\/i|pay\.stripe\.com\/invoice)\/acct_[A-Za-z0-9]{10,24}\/live_[A-Za-z0-9_-]{20,200}|https:\/\/pay\.stripe\.com\/receipts\/(?:invoices\/|payment\/)?[A-Za-z0-9_-]{40,300})/u,
	keywords: ["invoice.stripe.com", "pay.stripe.com"],
	validate: (secret) => !/\/(?:test_|acct_x+|acct_1{6})/iu.test(secret),
	entropy: 3.5,
	references: ["https://docs.stripe.com/invoicing/hosted-invoice-page", "https://docs.stripe.com/api/invoices/object#invoice_object-hosted_invoice_url"],
	samples: () => ({
		positive: [
			{
				key: "hosted_invoice_url",
				value: `https://invoice.stripe.com/i/acct_1OqZ${randomString(`${id$196}1`, ALPHA_NUM, 12)}/live_${randomString(`${id$196}2`, ALPHA_NUM, 60)}`
			},
			{
				key: "invoice_pdf",
				value: `https://pay.stripe.com/invoice/acct_1Nf${randomString(`${id$196}3`, ALPHA_NUM, 13)}/live_${randomString(`${id$196}4`, ALPHA_NUM, 58)}/pdf?s=ap`
			},
			{
				key: "receipt_url",
				value: `https://pay.stripe.com/receipts/invoices/${randomString(`${id$196}5`, ALPHA_NUM, 96)}?s=ap`
			}
		],
		negative: [
			{
				key: "hosted_invoice_url",
				value: "https://invoice.stripe.com/i/acct_1MtHbELkdIwHu7ix/test_YWNjdF8xTXRIYkVMa2RJd0h1N2l4LF9OZWlqa2FtRGhZQUhDT09jaXZ5ZGQ2ZnJj0100"
			},
			{
				key: "hosted_invoice_url",
				value: `https://invoice.stripe.com/i/acct_1OqZ${randomString(`${id$196}6`, ALPHA_NUM, 12)}/test_${randomString(`${id$196}7`, ALPHA_NUM, 60)}`
			},
			{
				key: "docs",
				value: "https://invoice.stripe.com/i/{account}/{token}"
			},
			{
				key: "receipt_url",
				value: "https://pay.stripe.com/receipts/acct_1MtHbELkdIwHu7ix/ch_xxxxxxxxxxxxxxxxxxxxxxxx/rcpt_xxxxxxxxxxxxxxxxxxx"
			}
		]
	})
});
// dist/patterns/billing-record/index.js
var billing_record_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$13 });
/** Detectors of the `billing-record` category, sorted by id. */
function detectors$13(_settings) {
	return [
		customer_charge_note_default,
		iban_default,
		invoice_record_default,
		payment_card_number_default,
		payment_table_row_default,
		stripe_billing_object_id_default,
		stripe_hosted_invoice_url_default
	];
}
// dist/patterns/connector-credential/support/placeholders.js
/**
* Placeholder checks shared by the connector-credential detectors, for what
* the synthetic registry leaves to each detector: runs like `123456` inside a
* token body, and values that only name a variable.
*/
const RUN_ALPHABETS = ["0123456789", "abcdefghijklmnopqrstuvwxyz"];
/**
* True when `value` holds `length` consecutive characters of the digits or the
* alphabet, ascending or descending (`123456`, `abcdef`, `987654`), ignoring
* case. A random token body holds one with negligible probability.
*/
function hasSequentialRun$1(value, length = 6) {
	const lower = value.toLowerCase();
	let up = 1;
	let down = 1;
	for (let i = 1; i < lower.length; i++) {
		const prev = lower.charAt(i - 1);
		const next = lower.charAt(i);
		const alphabet = RUN_ALPHABETS.find((a) => a.includes(prev));
		const step = alphabet && alphabet.includes(next) ? alphabet.indexOf(next) - alphabet.indexOf(prev) : 0;
		up = step === 1 ? up + 1 : 1;
		down = step === -1 ? down + 1 : 1;
		if (up >= length || down >= length) return true;
	}
	return false;
}
/**
* True when `value` is a reference to a value rather than one: `$VAR`,
* `${VAR}`, `{{ var }}`, `{var}`, `%(var)s`, `%s`, `<var>`, `[var]`, `@VAR@`,
* or ellipses and masks.
*/
function isReference(value) {
	return /^(?:[$%{[<]|@[A-Z_])|\$\{|\{\{|\}\}|%\(|%[sd](?![0-9a-f])|\.\.\.|…|\*{3}|x{4}/iu.test(value);
}
// dist/patterns/connector-credential/support/vendor-context.js
/**
* Regex sources for "a value under a key that names its vendor", shared by
* the detectors whose value alone is too common (a UUID, 40 hex digits, 64
* letters and digits) and which need the vendor's name standing by it.
*
* Both forms end right before the value, past the assignment and its quote:
*
* - the same key: `CLOUDFLARE_API_TOKEN=…`, `"snykToken": "…"`,
*   `-Dsonar.login=…`, `<sumoAccessKey>…`, and a Kubernetes/ECS env entry
*   (`- name: SNYK_TOKEN` then `value: …` on the next line);
* - a section named after the vendor and the key inside it, a few lines down
*   (`cloudflare:` / `  api_token: …`, `sumologic = { access_key = "…" }`,
*   a Terraform `provider "cloudflare" {` block).
*
* Every quantifier is bounded and the separators exclude the characters of
* the words around them, so the sources stay linear in the window they run in.
*/
/** Quote, optional escaped quote, then `=`, `:`, `:=`, `=>` or an XML `>`, then the opening quote. */
const ASSIGN = String.raw`\\?["'\x60]?[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4}\\?["'\x60]?`;
/** After a key: the `value:` line of an env entry (`- name: X` / `  value: …`), if any. */
const ENV_ENTRY = String.raw`(?:\\?["'\x60]?[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'\x60]?value)?`;
/** Lines of a section between its name and a key inside it (never crossing a closing brace). */
const SECTION_BODY = String.raw`(?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?`;
/**
* A regex source (no flags, meant for `iu`) that matches up to the start of a
* value assigned to a key naming the vendor, in either form above.
*/
function vendorKeyContext({ vendor, key, gap = 30, spaced = false, words = false }) {
	const assign = spaced ? String.raw`(?:${ASSIGN}|[ \t]{1,4}\\?["'\x60]?)` : ASSIGN;
	const between = words ? String.raw`[\w .-]` : String.raw`[\w.-]`;
	return `${String.raw`(?<![a-z0-9])(?:${vendor})${between}{0,${gap}}?(?:${key})${ENV_ENTRY}${assign}`}|${String.raw`(?<![a-z0-9])(?:${vendor})\\?["'\x60]?(?:[ \t]{0,4}[:=]|[ \t]{1,4}(?=\{))${SECTION_BODY}(?<![a-z0-9])(?:${key})${ASSIGN}`}`;
}
/** `vendorKeyContext` compiled with a value source after it: `(?:context)(?<secret>value)(?!end)`. */
function vendorKeyedValue(options) {
	const end = options.end ?? String.raw`[\w-]`;
	return new RegExp(String.raw`(?:${vendorKeyContext(options)})(?<secret>${options.value})(?!${end})`, "iu");
}
/** True when `value` mixes upper case, lower case and digits (a random token does; a word or a hex digest does not). */
function mixesCaseAndDigits(value) {
	return /[A-Z]/u.test(value) && /[a-z]/u.test(value) && /\d/u.test(value);
}
// dist/patterns/connector-credential/support/vendor-token.js
/**
* Detectors of vendor credentials described as data: the documented shape of
* the value (literal prefixes and runs of an alphabet), and for a value whose
* shape alone is too common, the vendor's names that must stand in its key or
* its section. The regex, keywords, keyword context, public prefix and the
* seeded samples are all derived from that one description, so a format is
* written once and what the tests generate is what the regex reads.
*/
const alphabet = (chars, cls) => ({
	chars,
	cls
});
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGIT = "0123456789";
/** The alphabets of documented formats. */
const ABC = {
	alnum: alphabet(`${UPPER}${LOWER}${DIGIT}`, "A-Za-z0-9"),
	lowerAlnum: alphabet(`${LOWER}${DIGIT}`, "a-z0-9"),
	upperAlnum: alphabet(`${UPPER}${DIGIT}`, "A-Z0-9"),
	hex: alphabet("0123456789abcdef", "a-f0-9"),
	upperHex: alphabet("0123456789ABCDEF", "A-F0-9"),
	digits: alphabet(DIGIT, "0-9"),
	base64url: alphabet(`${UPPER}${LOWER}${DIGIT}-_`, "A-Za-z0-9_-"),
	base64: alphabet(`${UPPER}${LOWER}${DIGIT}+/`, "A-Za-z0-9+/"),
	/** URL-encoded base64 (`%2B`, `%3D`). */
	alnumPercent: alphabet(`${UPPER}${LOWER}${DIGIT}%`, "A-Za-z0-9%")
};
/** A literal as regex source (`-` is literal outside a class, and `\\-` is invalid with the `u` flag). */
const escape = (literal) => literal.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
/** The regex source that reads a shape (no groups; every run bounded). */
function shapeSource(shape) {
	return shape.map((part) => {
		if (typeof part === "string") return escape(part);
		const [abc, min, max] = part;
		return `[${abc.cls}]{${min}${max === void 0 ? "" : `,${max}`}}`;
	}).join("");
}
/** A value of the shape, generated from `seed` (runs at their longest). */
function shapeSample(shape, seed) {
	return shape.map((part, i) => typeof part === "string" ? part : randomString(`${seed}:${i}`, part[0].chars, part[2] ?? part[1])).join("");
}
/** The characters of the value that are not literals of its shape, in order. */
function randomParts(shape, value) {
	let rest = value;
	let out = "";
	for (const part of shape) if (typeof part === "string") {
		const at = rest.indexOf(part);
		if (at < 0) return out + rest;
		out += rest.slice(0, at);
		rest = rest.slice(at + part.length);
	}
	return out + rest;
}
/** The literal the shape starts with (its public prefix), or '' when it starts with a run. */
const leadingLiteral = (shape) => typeof shape[0] === "string" ? shape[0] : "";
/** Key words of a credential after the vendor's name: `api_key`, `clientSecret`, `access-token`, `pat`. */
const CREDENTIAL_KEY_WORDS = String.raw`(?:(?:api|access|secret|private|auth|client|app|admin|bot|server|account|user|personal|master|write|management|integration|service)[_.-]?)?(?:key|token|secret|pat|password)`;
/**
* Default entropy floor for a shape: three quarters of what a random value of
* it reaches (the log of its alphabet, or of its length when shorter), so a
* generated token passes and a word, a run or a repeated pattern does not.
*/
function defaultEntropy(shape) {
	let length = 0;
	let widest = 1;
	for (const part of shape) if (typeof part === "string") length += part.length;
	else {
		length += part[1];
		widest = Math.max(widest, part[0].chars.length);
	}
	return Math.round(75 * Math.min(Math.log2(widest), Math.log2(length))) / 100;
}
/** Checks every vendor value passes: random, not a placeholder or a reference. */
function randomValue(format) {
	const { shapes, validate, repeats = false } = format;
	return (secret) => {
		if (isReference(secret)) return false;
		const body = shapes.length === 1 ? randomParts(shapes[0] ?? [], secret) : secret;
		if (hasSequentialRun$1(body)) return false;
		if (!repeats && /(.)\1{5}/u.test(body)) return false;
		return validate ? validate(secret) : true;
	};
}
/** Negatives every vendor detector must keep quiet: its documented placeholders, an all-`x` value, a value one character short. */
function standardNegatives(format, shape, whole) {
	const negatives = [{
		key: format.sampleKey,
		value: maskedSample(shape)
	}, {
		key: format.sampleKey,
		value: `\${${format.sampleKey}}`
	}];
	const last = shape.at(-1);
	if (last !== void 0 && typeof last !== "string" && last[1] >= 2) {
		const short = shapeSample([...shape.slice(0, -1), [
			last[0],
			last[1] - 1,
			last[1] - 1
		]], `${format.id}:short`);
		if (!whole.test(short)) negatives.push({
			key: format.sampleKey,
			value: short
		});
	}
	for (const placeholder of format.placeholders ?? []) negatives.push({
		key: format.sampleKey,
		value: placeholder
	});
	return negatives;
}
/** Every format described here, in the order its detector was built (the format-recall table reads them). */
const VENDOR_FORMATS = [];
/** The value of a shape with every run written as `x` (how documentation masks a token). */
const maskedSample = (shape) => shape.map((part) => typeof part === "string" ? part : "x".repeat(part[2] ?? part[1])).join("");
/** The fields of a detector that come straight from its format; records the format for the recall table. */
function described(format) {
	VENDOR_FORMATS.push(format);
	return {
		id: format.id,
		name: format.name,
		category: "connector-credential",
		severity: "error",
		description: format.description,
		entropy: format.entropy ?? Math.min(...format.shapes.map(defaultEntropy)),
		validate: randomValue(format),
		...format.context ? { context: format.context } : {},
		references: format.references
	};
}
/** A detector for a value with a documented, distinctive prefix. */
function prefixedToken(format) {
	const prefixes = [...new Set(format.shapes.map(leadingLiteral))];
	const prefixed = prefixes.every((p) => p.length >= 3);
	if (!prefixed && !format.keywords) throw new Error(`${format.id}: a format whose shapes do not all start with a literal of 3 or more characters names its keywords`);
	const flags = format.caseInsensitive ? "iu" : "u";
	const value = format.shapes.map(shapeSource).join("|");
	const end = format.end ?? String.raw`[\w-]`;
	const contexts = format.shapes.map((shape) => {
		const run = shape.findIndex((part) => typeof part !== "string");
		return shapeSource(shape.slice(0, run + 1).map((part) => typeof part === "string" ? part : [part[0], Math.min(part[1], 8)]));
	});
	return defineDetector({
		...described(format),
		regex: new RegExp(String.raw`(?<![\w-])(?<secret>${value})(?!${end})`, flags),
		keywords: format.keywords ?? prefixes.map((p) => p.toLowerCase()),
		keywordContext: format.keywordContext ?? new RegExp(contexts.join("|"), "iu"),
		...prefixed ? { publicPrefix: new RegExp(`^(?:${prefixes.map(escape).join("|")})`, "u") } : {},
		samples: () => ({
			positive: format.shapes.flatMap((shape, i) => [...format.context ? [] : [shapeSample(shape, `${format.id}:${i}:a`)], {
				key: format.sampleKey,
				value: shapeSample(shape, `${format.id}:${i}:b`)
			}]),
			negative: format.shapes.flatMap((shape) => standardNegatives(format, shape, new RegExp(`^(?:${value})$`, flags)))
		})
	});
}
/** The key a sample takes inside the vendor's section: `TWITCH_CLIENT_SECRET` -> `client_secret`. */
const sectionKey = (sampleKey) => sampleKey.toLowerCase().replace(/^[a-z0-9]+_/u, "");
/** A detector for a value recognized by the vendor named in its key or section. */
function keyedToken(format) {
	const key = (format.key ?? CREDENTIAL_KEY_WORDS).replaceAll("[_.-]?", "[_. -]?");
	const { vendor } = format;
	const namesSection = new RegExp(`^(?:${vendor}):`, "iu").test(`${format.keywords[0] ?? ""}:`);
	const value = format.shapes.map(shapeSource).join("|");
	const first = format.shapes[0] ?? [];
	return defineDetector({
		...described(format),
		regex: vendorKeyedValue({
			vendor,
			key,
			value,
			words: true,
			...format.end ? { end: format.end } : {}
		}),
		keywords: format.keywords,
		keywordContext: new RegExp(String.raw`(?<![a-z0-9])(?:${vendor})[a-z0-9]{0,24}(?![a-z0-9])`, "iu"),
		multiline: true,
		reach: 1024,
		samples: () => ({
			positive: format.shapes.flatMap((shape, i) => [
				{
					key: format.sampleKey,
					value: shapeSample(shape, `${format.id}:${i}:a`)
				},
				...namesSection ? [`${format.keywords[0] ?? ""}:\n  ${sectionKey(format.sampleKey)}: ${shapeSample(shape, `${format.id}:${i}:b`)}`] : [],
				`${format.keywords[0] ?? ""} ${sectionKey(format.sampleKey).replace(/_/gu, " ")} = '${shapeSample(shape, `${format.id}:${i}:c`)}'`
			]),
			negative: [...format.shapes.flatMap((shape) => standardNegatives(format, shape, new RegExp(`^(?:${value})$`, "iu"))), {
				key: "value",
				value: shapeSample(first, `${format.id}:unkeyed`)
			}]
		})
	});
}
// dist/patterns/connector-credential/adafruit-io-key.js
var adafruit_io_key_default = prefixedToken({
	id: "adafruit-io-key",
	name: "Adafruit IO key",
	description: "Adafruit IO keys (aio_ + 28 characters): read and write the account's feeds and devices.",
	shapes: [["aio_", [ABC.alnum, 28]]],
	sampleKey: "ADAFRUIT_IO_KEY",
	references: ["https://io.adafruit.com/api/docs/#authentication"]
});
// dist/patterns/connector-credential/adobe-client-secret.js
var adobe_client_secret_default = prefixedToken({
	id: "adobe-client-secret",
	name: "Adobe client secret",
	description: "Adobe Developer Console client secrets (p8e- + 32 characters): sign in to Adobe APIs as the integration.",
	shapes: [["p8e-", [ABC.alnum, 32]]],
	caseInsensitive: true,
	sampleKey: "ADOBE_CLIENT_SECRET",
	references: ["https://developer.adobe.com/developer-console/docs/guides/authentication/"]
});
// dist/patterns/connector-credential/airtable-token.js
const id$195 = "airtable-token";
var airtable_token_default = defineDetector({
	id: id$195,
	name: "Airtable personal access token",
	category: "connector-credential",
	severity: "error",
	description: "Airtable personal access tokens (pat + 14-character id + . + 64 hex characters).",
	regex: /(?<![\w.-])(?<secret>pat[A-Za-z0-9]{14}\.[0-9a-f]{64})(?![\w.-])/u,
	keywords: ["pat"],
	keywordContext: /pat[a-z0-9]{14}\.[0-9a-f]/iu,
	entropy: 3.5,
	validate: (secret) => !hasSequentialRun$1(secret.slice(18)) && !hasSequentialRun$1(secret.slice(3, 17)),
	references: ["https://airtable.com/developers/web/guides/personal-access-tokens"],
	samples: () => ({
		positive: [`pat${randomString(`${id$195}1`, ALPHA_NUM, 14)}.${randomString(`${id$195}2`, HEX, 64)}`, {
			key: "AIRTABLE_API_KEY",
			value: `pat${randomString(`${id$195}3`, ALPHA_NUM, 14)}.${randomString(`${id$195}4`, HEX, 64)}`
		}],
		negative: [
			`pat${randomString(`${id$195}5`, ALPHA_NUM, 14)}.${"0".repeat(64)}`,
			"pat<token-id>.<secret>",
			`pat${randomString(`${id$195}6`, ALPHA_NUM, 14)}.${randomString(`${id$195}7`, HEX, 32)}`,
			`spat${randomString(`${id$195}8`, ALPHA_NUM, 14)}.${randomString(`${id$195}9`, HEX, 64)}`,
			"pathToTheFilesDir.js"
		]
	})
});
// dist/patterns/connector-credential/akamai-edgegrid-token.js
var akamai_edgegrid_token_default = prefixedToken({
	id: "akamai-edgegrid-token",
	name: "Akamai EdgeGrid client or access token",
	description: "Akamai EdgeGrid client and access tokens (akab- + two 16-character parts): with the client secret, call Akamai APIs as the API client.",
	shapes: [[
		"akab-",
		[ABC.lowerAlnum, 16],
		"-",
		[ABC.lowerAlnum, 16]
	]],
	sampleKey: "AKAMAI_ACCESS_TOKEN",
	references: ["https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials"]
});
// dist/patterns/connector-credential/alchemy-api-key.js
var alchemy_api_key_default = keyedToken({
	id: "alchemy-api-key",
	name: "Alchemy API key",
	description: "Alchemy API keys (32 characters) under a key or section named after Alchemy.",
	vendor: String.raw`alchemy`,
	keywords: ["alchemy"],
	shapes: [[[ABC.base64url, 32]]],
	sampleKey: "ALCHEMY_API_KEY",
	references: ["https://docs.alchemy.com/docs/alchemy-quickstart-guide"]
});
// dist/patterns/connector-credential/algolia-admin-key.js
var algolia_admin_key_default = keyedToken({
	id: "algolia-admin-key",
	name: "Algolia admin or write API key",
	description: "Algolia admin and write API keys (32 hex digits) under a key or section named after Algolia (search-only keys are public by design).",
	vendor: String.raw`algolia`,
	keywords: ["algolia"],
	shapes: [[[ABC.hex, 32]]],
	key: String.raw`(?:admin|write)[_.-]?(?:api[_.-]?)?key|(?<!search[_.-]?(?:only[_.-]?)?)api[_.-]?key`,
	sampleKey: "ALGOLIA_ADMIN_API_KEY",
	references: ["https://www.algolia.com/doc/guides/security/api-keys/"]
});
// dist/patterns/connector-credential/alibaba-access-key-id.js
var alibaba_access_key_id_default = prefixedToken({
	id: "alibaba-access-key-id",
	name: "Alibaba Cloud AccessKey ID",
	description: "Alibaba Cloud AccessKey IDs (LTAI + 12 to 20 characters): half of the account's API credential, the other half stands near it.",
	shapes: [["LTAI", [
		ABC.alnum,
		12,
		20
	]]],
	sampleKey: "ALIBABA_CLOUD_ACCESS_KEY_ID",
	references: ["https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair"]
});
// dist/patterns/connector-credential/amplitude-secret-key.js
var amplitude_secret_key_default = keyedToken({
	id: "amplitude-secret-key",
	name: "Amplitude secret key",
	description: "Amplitude project secret keys (32 hex digits) under a key or section named after Amplitude.",
	vendor: String.raw`amplitude`,
	keywords: ["amplitude"],
	shapes: [[[ABC.hex, 32]]],
	key: String.raw`secret[_.-]?key|secret`,
	sampleKey: "AMPLITUDE_SECRET_KEY",
	references: ["https://amplitude.com/docs/apis/authentication"]
});
// dist/patterns/connector-credential/anthropic-api-key.js
const id$194 = "anthropic-api-key";
var anthropic_api_key_default = defineDetector({
	id: id$194,
	name: "Anthropic API key",
	category: "connector-credential",
	severity: "error",
	description: "Anthropic API and admin keys (sk-ant-api03- / sk-ant-admin01- + 93 characters + AA): usage is billed to the owner.",
	regex: /(?<![\w-])(?<secret>sk-ant-(?:api|admin)\d{2}-[\w-]{93}AA)(?![\w-])/u,
	keywords: ["sk-ant-"],
	publicPrefix: /^sk-ant-(?:api|admin)\d{2}-/u,
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(14)),
	references: ["https://docs.anthropic.com/en/api/getting-started#authentication"],
	samples: () => ({
		positive: [`sk-ant-api03-${randomString(`${id$194}1`, BASE64URL, 93)}AA`, {
			key: "ANTHROPIC_API_KEY",
			value: `sk-ant-api03-${randomString(`${id$194}2`, BASE64URL, 93)}AA`
		}],
		negative: [
			"sk-ant-api03-...",
			`sk-ant-api03-${"x".repeat(93)}AA`,
			`sk-ant-api03-${randomString(`${id$194}3`, BASE64URL, 40)}`,
			"sk-ant-<your-key>"
		]
	})
});
// dist/patterns/connector-credential/artifactory-token.js
var artifactory_token_default = prefixedToken({
	id: "artifactory-token",
	name: "JFrog Artifactory API key or reference token",
	description: "JFrog Artifactory API keys (AKCp + 69 characters) and reference tokens (cmVmdGtu + 56): pull and push the registry's artifacts.",
	shapes: [["AKCp", [ABC.alnum, 69]], ["cmVmdGtu", [ABC.alnum, 56]]],
	sampleKey: "ARTIFACTORY_API_KEY",
	references: ["https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"]
});
// dist/patterns/connector-credential/asana-access-token.js
var asana_access_token_default = keyedToken({
	id: "asana-access-token",
	name: "Asana access token",
	description: "Asana personal access tokens (1/ or 2/ + user id + : + 32 hex digits) and client secrets (32 characters) under a key or section named after Asana.",
	vendor: String.raw`asana`,
	keywords: ["asana"],
	shapes: [[
		[ABC.digits, 1],
		"/",
		[
			ABC.digits,
			13,
			19
		],
		":",
		[ABC.hex, 32]
	], [[ABC.alnum, 32]]],
	sampleKey: "ASANA_ACCESS_TOKEN",
	references: ["https://developers.asana.com/docs/personal-access-token"]
});
// dist/patterns/connector-credential/assemblyai-api-key.js
var assemblyai_api_key_default = keyedToken({
	id: "assemblyai-api-key",
	name: "AssemblyAI API key",
	description: "AssemblyAI API keys (32 hex digits) under a key or section named after AssemblyAI.",
	vendor: String.raw`assembly[_.-]?ai`,
	keywords: [
		"assemblyai",
		"assembly_ai",
		"assembly-ai"
	],
	shapes: [[[ABC.hex, 32]]],
	sampleKey: "ASSEMBLYAI_API_KEY",
	references: ["https://www.assemblyai.com/docs/api-reference/overview#authorization"]
});
// dist/patterns/connector-credential/atlassian-api-token.js
const id$193 = "atlassian-api-token";
/** A current-format token, built at run time; it ends in `=` + the CRC-32 (upper-case hex) of everything before. */
function token$5(seed, header = "ATATT3xFfGF0") {
	const head = `${header}${randomString(seed, BASE64URL, 171)}=`;
	return `${head}${crc32(head).toString(16).toUpperCase().padStart(8, "0")}`;
}
var atlassian_api_token_default = defineDetector({
	id: id$193,
	name: "Atlassian API token",
	category: "connector-credential",
	severity: "error",
	description: "Atlassian Cloud API tokens for Jira, Confluence and Bitbucket (ATATT3… + = + 8 hex checksum digits), Bitbucket repository, project and workspace access tokens (ATCTT3…, same layout), and legacy 24-character tokens under a Jira/Confluence/Atlassian token key.",
	regex: /(?:(?<![\w-])(?=AT[AC]TT3)|(?<![a-z0-9])(?:jira|confluence|atlassian)[\w.-]{0,30}?(?:api[_.-]?)?token\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|(?<![a-z0-9])(?:jira|confluence|atlassian)\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])(?:api[_.-]?)?token\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>AT[AC]TT3[\w-]{150,250}=[0-9a-f]{8}|[a-z0-9]{24})(?![\w=-])/iu,
	keywords: [
		"atatt3",
		"atctt3",
		"jira",
		"confluence",
		"atlassian"
	],
	multiline: true,
	reach: 1024,
	entropy: 3.5,
	validate: (secret) => {
		if (/^AT[AC]TT3/u.test(secret)) return /[0-9A-F]{8}$/u.test(secret) && !hasSequentialRun$1(secret.slice(12));
		return /[A-Z]/u.test(secret) && /[a-z]/u.test(secret) && /\d/u.test(secret) && !hasSequentialRun$1(secret);
	},
	references: ["https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/", "https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/"],
	samples: () => ({
		positive: [
			token$5(`${id$193}1`),
			{
				key: "ATLASSIAN_API_TOKEN",
				value: token$5(`${id$193}2`)
			},
			`git clone https://x-token-auth:${token$5(`${id$193}6`, "ATCTT3xFfGN0")}@bitbucket.org/team/repo.git`,
			{
				key: "jira_api_token",
				value: randomString(`${id$193}3`, ALPHA_NUM, 24)
			}
		],
		negative: [
			`ATATT3xFfGF0${randomString(`${id$193}4`, BASE64URL, 171)}=${"z".repeat(8)}`,
			"ATATTxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			{
				key: "JIRA_API_TOKEN",
				value: "your-jira-api-token"
			},
			{
				key: "confluence_token",
				value: "abcdefghijklmnopqrstuvwx"
			},
			{
				key: "build_id",
				value: randomString(`${id$193}5`, ALPHA_NUM, 24)
			}
		]
	})
});
// dist/patterns/connector-credential/auth0-client-secret.js
var auth0_client_secret_default = keyedToken({
	id: "auth0-client-secret",
	name: "Auth0 client secret",
	description: "Auth0 application client secrets (64 characters) under a key or section named after Auth0.",
	vendor: String.raw`auth0`,
	keywords: ["auth0"],
	shapes: [[[ABC.base64url, 64]]],
	key: String.raw`(?:client|app|api)?[_.-]?secret`,
	sampleKey: "AUTH0_CLIENT_SECRET",
	references: ["https://auth0.com/docs/get-started/applications/application-credentials"]
});
// dist/patterns/connector-credential/authress-access-key.js
var authress_access_key_default = prefixedToken({
	id: "authress-access-key",
	name: "Authress service client access key",
	description: "Authress service client access keys (account . key id . acc_ client id . secret): act as the service client on the account.",
	shapes: [
		[
			"sc_",
			[
				ABC.lowerAlnum,
				5,
				30
			],
			".",
			[
				ABC.lowerAlnum,
				4,
				6
			],
			".acc_",
			[
				ABC.lowerAlnum,
				10,
				32
			],
			".",
			[
				ABC.base64url,
				30,
				120
			]
		],
		[
			"ext_",
			[
				ABC.lowerAlnum,
				5,
				30
			],
			".",
			[
				ABC.lowerAlnum,
				4,
				6
			],
			".acc_",
			[
				ABC.lowerAlnum,
				10,
				32
			],
			".",
			[
				ABC.base64url,
				30,
				120
			]
		],
		[
			"scauth_",
			[
				ABC.lowerAlnum,
				5,
				30
			],
			".",
			[
				ABC.lowerAlnum,
				4,
				6
			],
			".acc_",
			[
				ABC.lowerAlnum,
				10,
				32
			],
			".",
			[
				ABC.base64url,
				30,
				120
			]
		],
		[
			"authress_",
			[
				ABC.lowerAlnum,
				5,
				30
			],
			".",
			[
				ABC.lowerAlnum,
				4,
				6
			],
			".acc_",
			[
				ABC.lowerAlnum,
				10,
				32
			],
			".",
			[
				ABC.base64url,
				30,
				120
			]
		]
	],
	keywords: [".acc_"],
	keywordContext: /\.acc_[a-z0-9]{8}/iu,
	caseInsensitive: true,
	sampleKey: "AUTHRESS_KEY",
	references: ["https://authress.io/knowledge-base/docs/authorization/service-clients/secrets-scanning"]
});
// dist/patterns/connector-credential/aws-access-key-id.js
const id$192 = "aws-access-key-id";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var aws_access_key_id_default = defineDetector({
	id: id$192,
	name: "AWS access key id",
	category: "connector-credential",
	severity: "error",
	description: "AWS access key ids (AKIA long-term, ASIA temporary, ABIA/ACCA service credentials) with a 16-character base32 body.",
	regex: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/u,
	keywords: [
		"akia",
		"asia",
		"abia",
		"acca"
	],
	publicPrefix: /^(?:AKIA|ASIA|ABIA|ACCA)/u,
	entropy: 3,
	validate: (secret) => {
		const body = secret.slice(4);
		if (hasSequentialRun$1(body, 5)) return false;
		return /[2-7]/u.test(body) || (body.match(/[AEIOU]/gu)?.length ?? 0) / body.length < .3;
	},
	references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids", "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html"],
	samples: () => ({
		positive: [
			`AKIA${randomString(`${id$192}1`, BASE32, 16)}`,
			`ASIA${randomString(`${id$192}2`, BASE32, 16)}`,
			{
				key: "aws_access_key_id",
				value: `AKIA${randomString(`${id$192}3`, BASE32, 16)}`
			}
		],
		negative: [
			"AKIAIOSFODNN7EXAMPLE",
			"AKIAI44QH8DHBEXAMPLE",
			"AKIAXXXXXXXXXXXXXXXX",
			"AKIA0123456789018989",
			"ASIAPACIFICSOUTHEAST",
			"Asia/Kolkata"
		]
	})
});
// dist/patterns/connector-credential/aws-bedrock-api-key.js
const id$191 = "aws-bedrock-api-key";
/** A long-term key: ABSK + base64 of "BedrockAPIKey-<id>-at-<account>:<secret>". */
const longTerm = (seed) => `ABSK${Buffer.from(`BedrockAPIKey-${randomString(`${seed}a`, LOWER_NUM, 4)}-at-${randomString(`${seed}b`, DIGITS, 12)}:${randomString(`${seed}c`, BASE64, 56)}`).toString("base64")}`;
/** A short-term key: bedrock-api-key- + base64 of a presigned Bedrock URL. */
const shortTerm = (seed) => `bedrock-api-key-${Buffer.from(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${randomString(`${seed}a`, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${randomString(`${seed}b`, BASE64, 120)}&X-Amz-Signature=${randomString(`${seed}c`, HEX, 64)}&Version=1`).toString("base64")}`;
var aws_bedrock_api_key_default = defineDetector({
	id: id$191,
	name: "Amazon Bedrock API key",
	category: "connector-credential",
	severity: "error",
	description: "Amazon Bedrock API keys: long-term keys (ABSK + base64 of BedrockAPIKey-…:secret) and short-term keys (bedrock-api-key- + a base64 presigned URL), checked by decoding; they call Bedrock models billed to the account.",
	regex: /(?<![\w+/-])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,400}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2})(?![\w+/=-])/u,
	keywords: ["absk", "bedrock-api-key-"],
	validate: (secret) => {
		const long = secret.startsWith("ABSK");
		const text = decodeBase64(long ? secret.slice(4) : secret.slice(16))?.toString("latin1") ?? "";
		return long ? /^BedrockAPIKey-[\w-]{1,40}-at-\d{12}:[A-Za-z0-9+/=]{20,}$/u.test(text) : text.includes("X-Amz-Signature=") && !/x{6}|<|example/iu.test(text);
	},
	references: ["https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html", "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-generate.html"],
	samples: () => ({
		positive: [
			longTerm(`${id$191}1`),
			{
				key: "AWS_BEARER_TOKEN_BEDROCK",
				value: longTerm(`${id$191}2`)
			},
			shortTerm(`${id$191}3`)
		],
		negative: [
			"ABSKQmVkcm9ja0FQSUtleS0...",
			{
				key: "AWS_BEARER_TOKEN_BEDROCK",
				value: "<your-bedrock-api-key>"
			},
			`ABSKQmVkcm9ja0FQSUtleS${randomString(`${id$191}4`, BASE64, 120)}`,
			`bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${randomString(`${id$191}5`, BASE64, 60)}`
		]
	})
});
// dist/patterns/connector-credential/aws-secret-access-key.js
const id$190 = "aws-secret-access-key";
var aws_secret_access_key_default = defineDetector({
	id: id$190,
	name: "AWS secret access key",
	category: "connector-credential",
	severity: "error",
	description: "AWS secret access keys (40 base64 characters) under an aws_secret_access_key / AWS_SECRET_ACCESS_KEY / secretAccessKey key, a secret_key in an aws provider block, or next to an access key id.",
	regex: /(?:(?<![a-z0-9])(?:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?(?:[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4}|[ \t]{1,4})|(?<![a-z0-9])provider[ \t]{1,4}\\?["']?aws\\?["']?[ \t]{0,4}\{(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])secret[_.-]?(?:access[_.-]?)?key\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4}|(?<![a-z0-9])a[ks]ia[a-z2-7]{16}(?![a-z0-9])[^\n]{1,60}?(?<![a-z0-9/+=])|(?<![a-z0-9])a[ks]ia[a-z2-7]{16}(?![a-z0-9])[\s\S]{1,200}?(?<![a-z0-9])secret[\w.-]{0,20}\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4})\\?["'`]?(?<secret>[a-z0-9/+]{40})(?![a-z0-9/+=])/iu,
	keywords: [
		"awssecret",
		"aws_secret",
		"aws-secret",
		"aws.secret",
		"secretaccess",
		"secret_access",
		"secret-access",
		"secret.access",
		"secret_key",
		"secretkey",
		"secret-key",
		"akia",
		"asia"
	],
	keywordContext: /(?:aws[_.-]?secret|secret[_.-]?access|secret[_.-]?key\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=>])|a[ks]ia[a-z2-7]{16}(?![a-z0-9]))/iu,
	multiline: true,
	entropy: 4,
	validate: (secret) => /[A-Z]/u.test(secret) && /[a-z]/u.test(secret) && /[0-9/+]/u.test(secret) && !hasSequentialRun$1(secret),
	references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"],
	samples: () => ({
		positive: [
			{
				key: "aws_secret_access_key",
				value: randomString(`${id$190}1`, BASE64, 40)
			},
			{
				key: "secretAccessKey",
				value: randomString(`${id$190}2`, BASE64, 40)
			},
			{
				key: "AWS_SECRET_ACCESS_KEY",
				value: randomString(`${id$190}3`, BASE64, 40)
			},
			`aws configure set aws_secret_access_key ${randomString(`${id$190}5`, BASE64, 40)}`,
			`<SecretAccessKey>${randomString(`${id$190}6`, BASE64, 40)}</SecretAccessKey>`,
			`provider "aws" {\n  region     = "eu-west-1"\n  access_key = "AKIA${randomString(`${id$190}7`, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}"\n  secret_key = "${randomString(`${id$190}8`, BASE64, 40)}"\n}`,
			`new BasicAWSCredentials("AKIA${randomString(`${id$190}9`, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}", "${randomString(`${id$190}10`, BASE64, 40)}")`,
			`- name: AWS_SECRET_ACCESS_KEY\n  value: ${randomString(`${id$190}11`, BASE64, 40)}`,
			`<com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>deploy-aws</id>\n  <accessKey>AKIA${randomString(`${id$190}13`, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}</accessKey>\n  <secretKey>${randomString(`${id$190}14`, BASE64, 40)}</secretKey>\n</com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>`,
			`id: AKIA${randomString(`${id$190}15`, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}\nsecret: ${randomString(`${id$190}16`, BASE64, 40)}`
		],
		negative: [
			{
				key: "aws_secret_access_key",
				value: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
			},
			{
				key: "aws_secret_access_key",
				value: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
			},
			{
				key: "aws_secret_access_key",
				value: "${AWS_SECRET_ACCESS_KEY}"
			},
			{
				key: "secretAccessKey",
				value: "b1946ac92492d2347c6235b4d2611184e3b0c442"
			},
			{
				key: "checksum",
				value: randomString(`${id$190}4`, BASE64, 40)
			},
			{
				key: "aws_secret_access_key",
				value: "your-secret-access-key"
			},
			{
				key: "SECRET_KEY",
				value: randomString(`${id$190}12`, BASE64, 40)
			},
			`<accessKey>AKIA${randomString(`${id$190}17`, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}</accessKey>\n<secretKey>{AQAAABAAAAAw${randomString(`${id$190}18`, BASE64, 60)}}</secretKey>`
		]
	})
});
// dist/patterns/connector-credential/aws-session-token.js
const id$189 = "aws-session-token";
var aws_session_token_default = defineDetector({
	id: id$189,
	name: "AWS session token",
	category: "connector-credential",
	severity: "error",
	description: "AWS STS session tokens (long base64) under an aws_session_token, AWS_SESSION_TOKEN or SessionToken key: with the temporary key pair they act as the role.",
	regex: /(?<![a-z0-9])(?:aws[_.-]?)?session[_.-]?token\\?["'`]?(?:[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4}|[ \t]{1,4})\\?["'`]?(?<secret>(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|AQoDYXdz)[a-z0-9/+]{80,2000}={0,2})(?![a-z0-9/+=])/iu,
	keywords: [
		"session_token",
		"sessiontoken",
		"session-token",
		"session.token"
	],
	entropy: 4.5,
	references: ["https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"],
	samples: () => ({
		positive: [
			{
				key: "aws_session_token",
				value: `IQoJb3JpZ2luX2Vj${randomString(`${id$189}1`, BASE64, 600)}`
			},
			{
				key: "SessionToken",
				value: `FwoGZXIvYXdz${randomString(`${id$189}2`, BASE64, 300)}`
			},
			{
				key: "AWS_SESSION_TOKEN",
				value: `IQoJb3JpZ2luX2Vj${randomString(`${id$189}3`, BASE64, 900)}==`
			}
		],
		negative: [
			{
				key: "aws_session_token",
				value: "${AWS_SESSION_TOKEN}"
			},
			{
				key: "aws_session_token",
				value: "IQoJb3JpZ2luX2VjEXAMPLETOKEN"
			},
			{
				key: "session_token",
				value: randomString(`${id$189}4`, BASE64, 300)
			},
			{
				key: "AWS_SESSION_TOKEN",
				value: `IQoJb3JpZ2luX2Vj${"A".repeat(200)}`
			}
		]
	})
});
// dist/patterns/connector-credential/azure-ad-client-secret.js
const id$188 = "azure-ad-client-secret";
const SECRET_BODY = `${ALPHA_NUM}_~.-`;
var azure_ad_client_secret_default = defineDetector({
	id: id$188,
	name: "Azure AD client secret",
	category: "connector-credential",
	severity: "error",
	description: "Microsoft Entra ID (Azure AD) application client secrets in the current format (3 characters, a digit, Q~, 31–34 characters).",
	regex: /(?<![\w~.-])(?<secret>[\w~.-]{3}\dQ~[\w~.-]{31,34})(?![\w~.-])/u,
	keywords: ["q~"],
	entropy: 3.5,
	validate: (secret) => !hasSequentialRun$1(secret.slice(6)),
	references: ["https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials"],
	samples: () => ({
		positive: [`${randomString(`${id$188}1`, ALPHA_NUM, 3)}8Q~${randomString(`${id$188}2`, SECRET_BODY, 34)}`, {
			key: "AZURE_CLIENT_SECRET",
			value: `${randomString(`${id$188}3`, ALPHA_NUM, 3)}7Q~${randomString(`${id$188}4`, SECRET_BODY, 34)}`
		}],
		negative: [
			"abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"<client-secret>",
			`${randomString(`${id$188}5`, ALPHA_NUM, 3)}8Q~${randomString(`${id$188}6`, SECRET_BODY, 20)}`
		]
	})
});
// dist/patterns/connector-credential/azure-container-registry-password.js
const id$187 = "azure-container-registry-password";
const context$5 = vendorKeyContext({
	vendor: String.raw`acr|azurecr|azure[_.-]?container[_.-]?registry|registry`,
	key: String.raw`(?:admin[_.-]?)?(?:password|passwd|pwd)|(?:access[_.-]?)?token`
});
var azure_container_registry_password_default = defineDetector({
	id: id$187,
	name: "Azure Container Registry password",
	category: "connector-credential",
	severity: "error",
	description: "Azure Container Registry admin and token passwords: the current format (42 characters, +ACR, 6 characters) anywhere, and older 32-character passwords under an ACR registry password key: they push and pull the registry's images.",
	regex: new RegExp(String.raw`(?:(?<![\w+/])(?=[A-Za-z0-9+/]{42}\+ACR)|${context$5})(?<secret>[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}|[A-Za-z0-9+/]{32})(?![\w+/=-])`, "iu"),
	keywords: [
		"+acr",
		"acr",
		"azurecr",
		"container",
		"registry"
	],
	keywordContext: /\+acr|(?:acr|azurecr|container[_.-]?registry|registry)[\w.-]{0,30}?(?:password|passwd|pwd|token)|(?:acr|azurecr|registry)\\?["'`]?[ \t]{0,4}[:=]/iu,
	multiline: true,
	reach: 1024,
	entropy: 4,
	validate: (secret) => (secret.length === 32 || secret.slice(42, 46) === "+ACR") && mixesCaseAndDigits(secret) && !hasSequentialRun$1(secret),
	references: ["https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account", "https://learn.microsoft.com/en-us/azure/container-registry/container-registry-token-based-repository-permissions"],
	samples: () => ({
		positive: [
			`${randomString(`${id$187}1`, BASE64, 42)}+ACR${randomString(`${id$187}2`, ALPHA_NUM, 6)}`,
			{
				key: "ACR_PASSWORD",
				value: `${randomString(`${id$187}3`, BASE64, 42)}+ACR${randomString(`${id$187}4`, ALPHA_NUM, 6)}`
			},
			{
				key: "AZURE_CONTAINER_REGISTRY_PASSWORD",
				value: randomString(`${id$187}5`, BASE64, 32)
			}
		],
		negative: [
			{
				key: "ACR_PASSWORD",
				value: "<acr-admin-password>"
			},
			{
				key: "ACR_PASSWORD",
				value: randomString(`${id$187}6`, ALPHA_NUM, 24)
			},
			{
				key: "db_password",
				value: randomString(`${id$187}7`, BASE64, 32)
			},
			`${"A".repeat(42)}+ACR${"A".repeat(6)}`
		]
	})
});
// dist/patterns/connector-credential/azure-devops-pat.js
const id$186 = "azure-devops-pat";
const BASE32_LOWER = "abcdefghijklmnopqrstuvwxyz234567";
const context$4 = vendorKeyContext({
	vendor: String.raw`azure[_.-]?devops|ado(?=[_.-])|azdo|vsts|devops`,
	key: String.raw`(?:ext[_.-]?)?pat|(?:personal[_.-]?)?(?:access[_.-]?)?token`
});
var azure_devops_pat_default = defineDetector({
	id: id$186,
	name: "Azure DevOps personal access token",
	category: "connector-credential",
	severity: "error",
	description: "Azure DevOps personal access tokens: the current 84-character format (AZDO at characters 53-56) anywhere, and legacy 52-character tokens under an AZURE_DEVOPS_EXT_PAT, ADO/AZDO/VSTS token key: they act on the organisation's repos, pipelines and boards.",
	regex: new RegExp(String.raw`(?:(?<![\w-])(?=[A-Za-z0-9]{52}AZDO)|${context$4})(?<secret>[A-Za-z0-9]{52}AZDO[A-Za-z0-9]{28}|[a-z2-7]{52})(?![\w-])`, "iu"),
	keywords: [
		"azdo",
		"azure",
		"ado_",
		"ado-",
		"ado.",
		"vsts",
		"devops"
	],
	keywordContext: /azdo|(?:azure[_.-]?devops|ado[_.-]|vsts|devops)[\w.-]{0,30}?(?:pat|token)|azure[_.-]?devops\\?["'`]?[ \t]{0,4}[:=]|devops\\?["'`]?[ \t]{0,4}[:=]/iu,
	multiline: true,
	reach: 1024,
	entropy: 3.8,
	validate: (secret) => (secret.length === 84 ? secret.slice(52, 56) === "AZDO" && /[a-z]/u.test(secret) && /\d/u.test(secret) : /^[a-z2-7]{52}$/u.test(secret) && /[2-7]/u.test(secret)) && !hasSequentialRun$1(secret),
	references: ["https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate", "https://devblogs.microsoft.com/devops/new-azure-devops-pat-format/"],
	samples: () => ({
		positive: [
			`${randomString(`${id$186}1`, ALPHA_NUM, 52)}AZDO${randomString(`${id$186}2`, ALPHA_NUM, 28)}`,
			{
				key: "AZURE_DEVOPS_EXT_PAT",
				value: randomString(`${id$186}3`, BASE32_LOWER, 52)
			},
			{
				key: "azdoPersonalAccessToken",
				value: randomString(`${id$186}4`, BASE32_LOWER, 52)
			},
			`- name: AZURE_DEVOPS_EXT_PAT\n  value: ${randomString(`${id$186}5`, BASE32_LOWER, 52)}`
		],
		negative: [
			{
				key: "AZURE_DEVOPS_EXT_PAT",
				value: "<personal-access-token>"
			},
			{
				key: "AZURE_DEVOPS_EXT_PAT",
				value: "a".repeat(52)
			},
			{
				key: "build_token",
				value: randomString(`${id$186}6`, BASE32_LOWER, 52)
			},
			`${randomString(`${id$186}7`, ALPHA_NUM, 52)}AZDO${randomString(`${id$186}8`, ALPHA_NUM, 12)}`
		]
	})
});
// dist/patterns/connector-credential/azure-openai-api-key.js
var azure_openai_api_key_default = keyedToken({
	id: "azure-openai-api-key",
	name: "Azure OpenAI API key",
	description: "Azure OpenAI and Azure AI services keys (32 hex digits, or 84 characters) under a key or section named after Azure OpenAI.",
	vendor: String.raw`azure[_.-]?open[_.-]?ai|aoai`,
	keywords: [
		"azure_openai",
		"azure-openai",
		"azureopenai",
		"azure_open_ai",
		"aoai"
	],
	shapes: [[[ABC.hex, 32]], [[ABC.alnum, 84]]],
	sampleKey: "AZURE_OPENAI_API_KEY",
	references: ["https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication"]
});
// dist/patterns/connector-credential/azure-sas-token.js
const id$185 = "azure-sas-token";
/** An HMAC-SHA256 signature as a SAS URL carries it: base64, URL-encoded. */
const signature = (seed) => encodeURIComponent(`${randomString(seed, BASE64, 43)}=`);
/** The query string around a `sig=` value on the line, up to white space or a quote. */
function queryAround(line, secret) {
	const at = line.indexOf(`sig=${secret}`);
	if (at < 0) return void 0;
	let start = at;
	while (start > 0 && !/[\s"'`<>()]/u.test(line.charAt(start - 1))) start--;
	return line.slice(start, Math.min(line.length, at + 4 + secret.length + 600));
}
function decodeUrl(value) {
	try {
		return decodeURIComponent(value);
	} catch {
		return;
	}
}
/**
* Azure Shared Access Signatures: a `sig=` signature in a query string that
* also carries the service version (`sv=`) or expiry (`se=`) of a SAS.
*/
var azure_sas_token_default = defineDetector({
	id: id$185,
	name: "Azure SAS token",
	category: "connector-credential",
	severity: "error",
	description: "Azure Storage shared access signatures (sig= alongside sv= or se= in a URL or SAS string): bearer access to blobs, queues, tables or files until expiry.",
	regex: /\bsig=(?<secret>[A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])/u,
	keywords: ["sig="],
	entropy: 4,
	validate: (secret, { line }) => {
		const query = queryAround(line, secret);
		if (!query || !/(?:^|[?&;])(?:sv=\d{4}-\d{2}-\d{2}|se=\d{4}-\d{2}-\d{2})/u.test(query)) return false;
		if (introducedAsExample(line, query)) return false;
		return decodeBase64(decodeUrl(secret) ?? "")?.length === 32;
	},
	references: ["https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas", "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview"],
	samples: () => ({
		positive: [
			`https://st${randomString(`${id$185}1`, LOWER_NUM, 10)}.blob.core.windows.net/exports/2024/ledger.csv?sp=r&st=2024-03-01T09:00:00Z&se=2024-03-08T17:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${signature(`${id$185}2`)}`,
			`?sv=2021-06-08&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=${signature(`${id$185}3`)}`,
			`BlobEndpoint=https://st${randomString(`${id$185}4`, LOWER_NUM, 9)}.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&sig=${signature(`${id$185}5`)}`
		],
		negative: [
			"https://myaccount.blob.core.windows.net/container/blob.txt?sv=2022-11-02&se=2024-01-01&sig=<signature>",
			`https://api.maps.vendor.net/v1/tiles?sig=${signature(`${id$185}6`)}&z=4`,
			"https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sr=b&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D",
			"sv=2019-02-02&sr=b&sig=REDACTED",
			"?sv=2018-03-28&sr=c&si=myPolicyPS&sig=NAxefF%2BrR2ubjZtyUtuAvLQgt%2FJIN5aHJMj6OsDwyy4%3D",
			`<p>A token looks something like this: <code>sp=r&amp;st=2023-12-20T14:54:52Z&amp;se=2023-12-20T22:54:52Z&amp;spr=https&amp;sv=2021-06-08&amp;sr=c&amp;sig=${signature(`${id$185}7`)}</code></p>`,
			`For example: ?sv=2022-11-02&se=2024-05-01T00:00:00Z&sr=b&sp=r&sig=${signature(`${id$185}8`)}`
		]
	})
});
// dist/patterns/connector-credential/azure-shared-access-key.js
const id$184 = "azure-shared-access-key";
/** 32 random bytes as Azure prints a shared access key (44 base64 characters). */
const sharedKey = (seed) => `${randomString(seed, BASE64, 43)}=`;
var azure_shared_access_key_default = defineDetector({
	id: id$184,
	name: "Azure shared access key",
	category: "connector-credential",
	severity: "error",
	description: "Shared access keys in Azure Service Bus, Event Hubs, Relay and IoT Hub connection strings (SharedAccessKey= + 44 base64 characters).",
	regex: /(?<![a-z0-9])SharedAccessKey[ \t]{0,2}=[ \t]{0,2}(?<secret>[a-z0-9+/]{43}=)(?![a-z0-9+/=])/iu,
	keywords: ["sharedaccesskey="],
	entropy: 4,
	validate: (secret) => decodeBase64(secret)?.length === 32,
	references: ["https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-authentication-and-authorization#shared-access-signature", "https://learn.microsoft.com/en-us/azure/event-hubs/authenticate-shared-access-signature"],
	samples: () => ({
		positive: [
			`Endpoint=sb://ns-${randomString(`${id$184}1`, LOWER_NUM, 10)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sharedKey(`${id$184}2`)}`,
			`HostName=iot-${randomString(`${id$184}3`, LOWER_NUM, 8)}.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${sharedKey(`${id$184}4`)}`,
			`Endpoint=sb://evh-${randomString(`${id$184}5`, LOWER_NUM, 8)}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${sharedKey(`${id$184}6`)};EntityPath=telemetry`
		],
		negative: [
			"Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>",
			"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SERVICEBUS_KEY}",
			`SharedAccessKey=${"X".repeat(43)}=`,
			"SharedAccessKeyName=RootManageSharedAccessKey"
		]
	})
});
// dist/patterns/connector-credential/azure-storage-account-key.js
const id$183 = "azure-storage-account-key";
/** 64 random bytes as Azure prints a storage account key (86 base64 characters and ==). */
const accountKey$1 = (seed) => `${randomString(seed, BASE64, 85)}w==`;
var azure_storage_account_key_default = defineDetector({
	id: id$183,
	name: "Azure storage account key",
	category: "connector-credential",
	severity: "error",
	description: "Azure storage account keys (88 base64 characters, 64 bytes) outside a connection string, under an AZURE_STORAGE_KEY, storageAccountKey, account_key or primary_access_key key or in an azure/storage section: they read and write every blob, queue and table of the account.",
	regex: vendorKeyedValue({
		vendor: String.raw`azure|storage|account|primary|secondary`,
		key: String.raw`(?:access[_.-]?|account[_.-]?|shared[_.-]?)?key`,
		value: String.raw`[A-Za-z0-9+/]{86}==`,
		spaced: true,
		end: String.raw`[\w+/=-]`
	}),
	context: [{
		pattern: /AccountName=/iu,
		within: "line",
		effect: "forbid"
	}],
	keywords: [
		"azure",
		"storage",
		"account",
		"primary",
		"secondary"
	],
	keywordContext: /(?:azure|storage|account|primary|secondary)[\w.-]{0,30}?key|azure\\?["'`]?[ \t]{0,4}[:=]|storage\\?["'`]?[ \t]{0,4}[:=]/iu,
	multiline: true,
	reach: 1024,
	entropy: 4.5,
	validate: (secret) => decodeBase64(secret)?.length === 64,
	references: ["https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage", "https://learn.microsoft.com/en-us/cli/azure/storage/account/keys"],
	samples: () => ({
		positive: [
			{
				key: "AZURE_STORAGE_KEY",
				value: accountKey$1(`${id$183}1`)
			},
			{
				key: "storageAccountKey",
				value: accountKey$1(`${id$183}2`)
			},
			`az storage blob upload --account-name stdata --account-key ${accountKey$1(`${id$183}3`)} --file a.txt`,
			`azure:\n  storage:\n    account: stdata\n    key: ${accountKey$1(`${id$183}4`)}`
		],
		negative: [
			{
				key: "AZURE_STORAGE_KEY",
				value: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
			},
			{
				key: "AZURE_STORAGE_KEY",
				value: "<storage-account-key>"
			},
			{
				key: "AZURE_STORAGE_KEY",
				value: `${"A".repeat(86)}==`
			},
			{
				key: "signature",
				value: accountKey$1(`${id$183}5`)
			}
		]
	})
});
// dist/patterns/connector-credential/azure-storage-connection-string.js
const id$182 = "azure-storage-connection-string";
/** The account name a connection string gives beside the key. */
const ACCOUNT_NAME = /AccountName[ \t]{0,2}=[ \t]{0,2}(?<name>[^;\s"'`]{1,64})/iu;
/** The registry kinds that name an emulator's account. */
const EMULATOR = /* @__PURE__ */ new Set(["emulator-default"]);
/** 64 random bytes as Azure prints an account key (88 base64 characters). */
const accountKey = (seed) => `${randomString(seed, BASE64, 86)}==`;
var azure_storage_connection_string_default = defineDetector({
	id: id$182,
	name: "Azure storage account key",
	category: "connector-credential",
	severity: "error",
	description: "Azure Storage and Cosmos DB account keys (AccountKey= + 88 base64 characters) in connection strings; the emulator keys are not findings.",
	regex: /(?:account|storage|access)[_-]?key\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?(?<secret>[a-z0-9+/]{86}==)(?![a-z0-9+/=])/iu,
	keywords: [
		"accountkey",
		"account_key",
		"account-key",
		"storagekey",
		"storage_key",
		"storage-key",
		"accesskey",
		"access_key",
		"access-key"
	],
	entropy: 4.5,
	validate: (secret, { line, registry }) => {
		if (decodeBase64(secret)?.length !== 64) return false;
		const account = ACCOUNT_NAME.exec(line)?.groups?.name;
		return account === void 0 || registry?.match(account, EMULATOR) === void 0;
	},
	references: ["https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings"],
	samples: () => ({
		positive: [
			`DefaultEndpointsProtocol=https;AccountName=st${randomString(`${id$182}1`, LOWER_NUM, 12)};AccountKey=${accountKey(`${id$182}2`)};EndpointSuffix=core.windows.net`,
			`AccountEndpoint=https://cosmos-${randomString(`${id$182}3`, LOWER_NUM, 8)}.documents.azure.com:443/;AccountKey=${accountKey(`${id$182}4`)};`,
			{
				key: "AZURE_STORAGE_KEY",
				value: accountKey(`${id$182}5`)
			},
			{
				key: "accountKey",
				value: accountKey(`${id$182}6`)
			}
		],
		negative: [
			`DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
			`AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==`,
			"DefaultEndpointsProtocol=https;AccountName=mystorageaccount;AccountKey=<account-key>;EndpointSuffix=core.windows.net",
			"UseDevelopmentStorage=true",
			`AccountKey=${"A".repeat(86)}==`
		]
	})
});
// dist/patterns/connector-credential/beamer-api-key.js
var beamer_api_key_default = keyedToken({
	id: "beamer-api-key",
	name: "Beamer API key",
	description: "Beamer API keys (b_ + 44 characters) under a key or section named after Beamer.",
	vendor: String.raw`beamer`,
	keywords: ["beamer"],
	shapes: [["b_", [ABC.base64url, 44]]],
	sampleKey: "BEAMER_API_KEY",
	references: ["https://www.getbeamer.com/api"]
});
// dist/patterns/connector-credential/binance-api-secret.js
var binance_api_secret_default = keyedToken({
	id: "binance-api-secret",
	name: "Binance API secret",
	description: "Binance API keys and secrets (64 characters) under a key or section named after Binance.",
	vendor: String.raw`binance`,
	keywords: ["binance"],
	shapes: [[[ABC.alnum, 64]]],
	sampleKey: "BINANCE_API_SECRET",
	references: ["https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security"]
});
// dist/patterns/connector-credential/bitbucket-app-password.js
const id$181 = "bitbucket-app-password";
var bitbucket_app_password_default = defineDetector({
	id: id$181,
	name: "Bitbucket app password",
	category: "connector-credential",
	severity: "error",
	description: "Bitbucket Cloud app passwords (ATBB + 32 letters and digits): with the username they read and write the account's repositories and pull requests.",
	regex: /(?<![\w-])(?<secret>ATBB[A-Za-z0-9]{32})(?![\w-])/u,
	keywords: ["atbb"],
	entropy: 3.8,
	validate: (secret) => mixesCaseAndDigits(secret.slice(4)) && !hasSequentialRun$1(secret.slice(4)),
	references: ["https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/", "https://support.atlassian.com/bitbucket-cloud/docs/using-app-passwords/"],
	samples: () => ({
		positive: [`ATBB${randomString(`${id$181}1`, ALPHA_NUM, 24)}${randomString(`${id$181}2`, "0123456789ABCDEF", 8)}`, `git clone https://ci-bot:ATBB${randomString(`${id$181}3`, ALPHA_NUM, 24)}${randomString(`${id$181}4`, "0123456789ABCDEF", 8)}@bitbucket.org/team/repo.git`],
		negative: [
			"ATBB<app-password>",
			`ATBB${"x".repeat(32)}`,
			`ATBB${randomString(`${id$181}5`, ALPHA_NUM, 20)}`,
			`ATBB${randomString(`${id$181}6`, ALPHA_NUM, 40)}`
		]
	})
});
// dist/patterns/connector-credential/bitbucket-client-secret.js
var bitbucket_client_secret_default = keyedToken({
	id: "bitbucket-client-secret",
	name: "Bitbucket OAuth consumer secret",
	description: "Bitbucket OAuth consumer secrets (32 characters) under a key or section named after Bitbucket.",
	vendor: String.raw`bitbucket`,
	keywords: ["bitbucket"],
	shapes: [[[ABC.alnum, 32]]],
	key: String.raw`(?:client|consumer|oauth|app)[_.-]?secret|secret`,
	sampleKey: "BITBUCKET_CLIENT_SECRET",
	references: ["https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/"]
});
// dist/patterns/connector-credential/bitly-access-token.js
var bitly_access_token_default = keyedToken({
	id: "bitly-access-token",
	name: "Bitly access token",
	description: "Bitly generic access tokens (40 hex digits) under a key or section named after Bitly.",
	vendor: String.raw`bitly`,
	keywords: ["bitly"],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "BITLY_ACCESS_TOKEN",
	references: ["https://dev.bitly.com/docs/getting-started/authentication/"]
});
// dist/patterns/connector-credential/bittrex-api-credentials.js
var bittrex_api_credentials_default = keyedToken({
	id: "bittrex-api-credentials",
	name: "Bittrex API key or secret",
	description: "Bittrex API keys and secrets (32 characters) under a key or section named after Bittrex.",
	vendor: String.raw`bittrex`,
	keywords: ["bittrex"],
	shapes: [[[ABC.alnum, 32]]],
	sampleKey: "BITTREX_API_SECRET",
	references: ["https://bittrex.github.io/api/v3#topic-Authentication"]
});
// dist/patterns/connector-credential/box-client-secret.js
var box_client_secret_default = keyedToken({
	id: "box-client-secret",
	name: "Box client secret",
	description: "Box app client secrets (32 characters) under a key named after Box.",
	vendor: String.raw`box(?=[_. -]?(?:client|app|developer|api))`,
	keywords: ["box"],
	shapes: [[[ABC.alnum, 32]]],
	key: String.raw`(?:client|app)[_.-]?secret|developer[_.-]?token`,
	sampleKey: "BOX_CLIENT_SECRET",
	references: ["https://developer.box.com/guides/authentication/"]
});
// dist/patterns/connector-credential/braintree-access-token.js
var braintree_access_token_default = prefixedToken({
	id: "braintree-access-token",
	name: "Braintree access token",
	description: "Braintree production access tokens (access_token$production$ + merchant id + $ + 32 hex digits): move the merchant's money.",
	shapes: [[
		"access_token$production$",
		[ABC.lowerAlnum, 16],
		"$",
		[ABC.hex, 32]
	]],
	sampleKey: "BRAINTREE_ACCESS_TOKEN",
	references: ["https://developer.paypal.com/braintree/docs/guides/authorization/overview"]
});
// dist/patterns/connector-credential/brevo-api-key.js
const id$180 = "brevo-api-key";
var brevo_api_key_default = defineDetector({
	id: id$180,
	name: "Brevo API key",
	category: "connector-credential",
	severity: "error",
	description: "Brevo (formerly Sendinblue) API v3 keys (xkeysib- + 64 hex characters + - + 16 characters), which send mail as the account.",
	regex: /(?<![\w.-])(?<secret>xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16})(?![\w.-])/u,
	keywords: ["xkeysib-"],
	publicPrefix: /^xkeysib-/u,
	entropy: 3.5,
	validate: (secret) => !hasSequentialRun$1(secret.slice(8, 72)),
	references: ["https://developers.brevo.com/docs/getting-started", "https://help.brevo.com/hc/en-us/articles/209467485"],
	samples: () => ({
		positive: [`xkeysib-${randomString(`${id$180}1`, HEX, 64)}-${randomString(`${id$180}2`, ALPHA_NUM, 16)}`, {
			key: "BREVO_API_KEY",
			value: `xkeysib-${randomString(`${id$180}3`, HEX, 64)}-${randomString(`${id$180}4`, ALPHA_NUM, 16)}`
		}],
		negative: [
			`xkeysib-${"0".repeat(64)}-${"x".repeat(16)}`,
			"xkeysib-<api-key>",
			`xkeysib-${randomString(`${id$180}5`, HEX, 64)}`,
			`xkeysib-${randomString(`${id$180}6`, HEX, 40)}-${randomString(`${id$180}7`, ALPHA_NUM, 16)}`
		]
	})
});
// dist/patterns/connector-credential/buildkite-token.js
const id$179 = "buildkite-token";
var buildkite_token_default = defineDetector({
	id: id$179,
	name: "Buildkite API access token",
	category: "connector-credential",
	severity: "error",
	description: "Buildkite API access tokens (bkua_ + an optional short id and dot + 40 hex characters).",
	regex: /(?<![\w.-])(?<secret>bkua_(?:[A-Za-z0-9]{2,16}\.)?[0-9a-f]{40})(?![\w.-])/u,
	keywords: ["bkua_"],
	publicPrefix: /^bkua_/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(-40)),
	references: ["https://buildkite.com/docs/platform/security/tokens", "https://buildkite.com/docs/apis/managing-api-tokens"],
	samples: () => ({
		positive: [`bkua_${randomString(`${id$179}1`, HEX, 40)}`, {
			key: "BUILDKITE_API_TOKEN",
			value: `bkua_MTA.${randomString(`${id$179}2`, HEX, 40)}`
		}],
		negative: [
			`bkua_${"0".repeat(40)}`,
			"bkua_<api-token>",
			`bkua_${randomString(`${id$179}3`, HEX, 24)}`,
			`bkua_${randomString(`${id$179}4`, HEX, 40).toUpperCase()}`
		]
	})
});
// dist/patterns/connector-credential/cerebras-api-key.js
var cerebras_api_key_default = prefixedToken({
	id: "cerebras-api-key",
	name: "Cerebras API key",
	description: "Cerebras inference API keys (csk- + 48 characters): call and bill models on the account.",
	shapes: [["csk-", [ABC.lowerAlnum, 48]]],
	sampleKey: "CEREBRAS_API_KEY",
	references: ["https://inference-docs.cerebras.ai/quickstart"]
});
// dist/patterns/connector-credential/circleci-legacy-token.js
var circleci_legacy_token_default = keyedToken({
	id: "circleci-legacy-token",
	name: "CircleCI API token (40 hex)",
	description: "CircleCI personal and project API tokens of the 40-hex form under a key or section named after CircleCI.",
	vendor: String.raw`circle[_.-]?ci|circle(?=[_.-]token)`,
	keywords: [
		"circleci",
		"circle_ci",
		"circle-ci",
		"circle_token",
		"circle-token"
	],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "CIRCLECI_TOKEN",
	references: ["https://circleci.com/docs/managing-api-tokens/"]
});
// dist/patterns/connector-credential/circleci-personal-token.js
var circleci_personal_token_default = prefixedToken({
	id: "circleci-personal-token",
	name: "CircleCI personal API token",
	description: "CircleCI personal API tokens (CCIPAT_ + 22 characters + _ + 40 hex digits): trigger and read the user's pipelines.",
	shapes: [[
		"CCIPAT_",
		[ABC.alnum, 22],
		"_",
		[ABC.hex, 40]
	]],
	sampleKey: "CIRCLECI_TOKEN",
	references: ["https://circleci.com/docs/managing-api-tokens/"]
});
// dist/patterns/connector-credential/cisco-meraki-api-key.js
var cisco_meraki_api_key_default = keyedToken({
	id: "cisco-meraki-api-key",
	name: "Cisco Meraki API key",
	description: "Cisco Meraki Dashboard API keys (40 hex digits) under a key or section named after Meraki.",
	vendor: String.raw`meraki`,
	keywords: ["meraki"],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "MERAKI_DASHBOARD_API_KEY",
	references: ["https://developer.cisco.com/meraki/api-v1/authorization/"]
});
// dist/patterns/connector-credential/clickhouse-cloud-api-secret.js
var clickhouse_cloud_api_secret_default = prefixedToken({
	id: "clickhouse-cloud-api-secret",
	name: "ClickHouse Cloud API key secret",
	description: "ClickHouse Cloud API key secrets (4b1d + 38 characters): manage the organisation's services.",
	shapes: [["4b1d", [ABC.alnum, 38]]],
	sampleKey: "CLICKHOUSE_KEY_SECRET",
	references: ["https://clickhouse.com/docs/cloud/manage/openapi"]
});
// dist/patterns/connector-credential/clickup-api-token.js
var clickup_api_token_default = prefixedToken({
	id: "clickup-api-token",
	name: "ClickUp personal API token",
	description: "ClickUp personal API tokens (pk_ + user id + _ + 32 characters): read and change the user's workspaces.",
	shapes: [[
		"pk_",
		[
			ABC.digits,
			6,
			10
		],
		"_",
		[ABC.upperAlnum, 32]
	]],
	sampleKey: "CLICKUP_API_TOKEN",
	references: ["https://clickup.com/api/developer-portal/authentication/"]
});
// dist/patterns/connector-credential/clojars-deploy-token.js
var clojars_deploy_token_default = prefixedToken({
	id: "clojars-deploy-token",
	name: "Clojars deploy token",
	description: "Clojars deploy tokens (CLOJARS_ + 60 characters): publish artifacts under the account's groups.",
	shapes: [["CLOJARS_", [ABC.lowerAlnum, 60]]],
	caseInsensitive: true,
	sampleKey: "CLOJARS_DEPLOY_TOKEN",
	references: ["https://github.com/clojars/clojars-web/wiki/Deploy-Tokens"]
});
// dist/patterns/connector-credential/cloudflare-api-token.js
const id$178 = "cloudflare-api-token";
var cloudflare_api_token_default = defineDetector({
	id: id$178,
	name: "Cloudflare API token",
	category: "connector-credential",
	severity: "error",
	description: "Cloudflare API tokens (40 letters, digits, - and _) under a CLOUDFLARE_API_TOKEN, CF_API_TOKEN, cloudflare apiToken key or in a cloudflare section: they change DNS, zones and Workers.",
	regex: vendorKeyedValue({
		vendor: String.raw`cloudflare|cf(?=[_.-]|api)`,
		key: String.raw`(?:api[_.-]?)?(?:token|key)`,
		value: String.raw`[A-Za-z0-9_-]{40}`
	}),
	keywords: [
		"cloudflare",
		"cf_",
		"cf-",
		"cf.",
		"cfapi"
	],
	keywordContext: /cloudflare|cf(?:[_.-]|api)[\w.-]{0,30}?(?:token|key)/iu,
	multiline: true,
	reach: 1024,
	entropy: 4,
	validate: (secret) => mixesCaseAndDigits(secret) && !hasSequentialRun$1(secret),
	references: ["https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", "https://developers.cloudflare.com/api/"],
	samples: () => ({
		positive: [
			{
				key: "CLOUDFLARE_API_TOKEN",
				value: `${randomString(`${id$178}1`, ALPHA_NUM, 4)}${randomString(`${id$178}2`, BASE64URL, 36)}`
			},
			{
				key: "cfApiToken",
				value: `${randomString(`${id$178}3`, ALPHA_NUM, 4)}${randomString(`${id$178}4`, BASE64URL, 36)}`
			},
			`cloudflare:\n  zone: example.org\n  api_token: ${randomString(`${id$178}5`, ALPHA_NUM, 40)}`,
			`provider "cloudflare" {\n  api_token = "${randomString(`${id$178}6`, ALPHA_NUM, 40)}"\n}`
		],
		negative: [
			{
				key: "CLOUDFLARE_API_TOKEN",
				value: "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY"
			},
			{
				key: "CLOUDFLARE_API_TOKEN",
				value: "<API_TOKEN>"
			},
			{
				key: "CLOUDFLARE_API_TOKEN",
				value: "your_cloudflare_api_token_here_000000000"
			},
			{
				key: "deploy_token",
				value: randomString(`${id$178}7`, ALPHA_NUM, 40)
			},
			{
				key: "CLOUDFLARE_ZONE_ID",
				value: randomString(`${id$178}8`, "0123456789abcdef", 32)
			},
			{
				key: "CLOUDFLARE_API_TOKEN",
				value: randomString(`${id$178}9`, ALPHA_NUM, 39)
			}
		]
	})
});
// dist/patterns/connector-credential/cloudflare-global-api-key.js
const id$177 = "cloudflare-global-api-key";
var cloudflare_global_api_key_default = defineDetector({
	id: id$177,
	name: "Cloudflare global API key",
	category: "connector-credential",
	severity: "error",
	description: "Cloudflare global API keys (37 hex digits) under a cloudflare/CF_API_KEY key, in a cloudflare section or in an X-Auth-Key header beside X-Auth-Email: the key acts with every permission of the account.",
	regex: vendorKeyedValue({
		vendor: String.raw`cloudflare|cf(?=[_.-])|x-auth(?=-key)`,
		key: String.raw`(?:global[_.-]?)?(?:api[_.-]?|auth[_.-]?)?key`,
		value: String.raw`[a-f0-9]{37}`,
		end: String.raw`[\w-]`
	}),
	keywords: [
		"cloudflare",
		"cf_",
		"cf-",
		"cf.",
		"x-auth-key"
	],
	keywordContext: /cloudflare|x-auth-key|cf[_.-][\w.-]{0,30}?key/iu,
	multiline: true,
	reach: 1024,
	entropy: 3,
	validate: (secret) => /^[a-f0-9]{37}$/u.test(secret) && /[a-f]/u.test(secret) && /\d/u.test(secret) && !hasSequentialRun$1(secret, 5),
	references: ["https://developers.cloudflare.com/fundamentals/api/get-started/keys/", "https://developers.cloudflare.com/fundamentals/api/how-to/make-api-calls/"],
	samples: () => ({
		positive: [
			{
				key: "CLOUDFLARE_API_KEY",
				value: randomString(`${id$177}1`, HEX, 37)
			},
			{
				key: "CF_GLOBAL_API_KEY",
				value: randomString(`${id$177}2`, HEX, 37)
			},
			`curl https://api.cloudflare.com/client/v4/zones -H "X-Auth-Email: ops@corp.example" -H "X-Auth-Key: ${randomString(`${id$177}3`, HEX, 37)}"`,
			`cloudflare:\n  email: ops@corp.example\n  api_key: ${randomString(`${id$177}4`, HEX, 37)}`
		],
		negative: [
			{
				key: "CLOUDFLARE_API_KEY",
				value: "<API_KEY>"
			},
			{
				key: "CLOUDFLARE_API_KEY",
				value: "0000000000000000000000000000000000000"
			},
			{
				key: "CLOUDFLARE_API_KEY",
				value: randomString(`${id$177}5`, HEX, 32)
			},
			{
				key: "cache_key",
				value: randomString(`${id$177}6`, HEX, 37)
			}
		]
	})
});
// dist/patterns/connector-credential/cloudflare-origin-ca-key.js
const id$176 = "cloudflare-origin-ca-key";
var cloudflare_origin_ca_key_default = defineDetector({
	id: id$176,
	name: "Cloudflare Origin CA key",
	category: "connector-credential",
	severity: "error",
	description: "Cloudflare Origin CA keys (v1.0- + 24 hex + - + 146 hex), which issue and revoke origin certificates for the account's zones.",
	regex: /(?<![\w.-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![\w-])/u,
	keywords: ["v1.0-"],
	publicPrefix: /^v1\.0-/u,
	entropy: 3.5,
	validate: (secret) => !hasSequentialRun$1(secret.slice(5), 6),
	references: ["https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/", "https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/"],
	samples: () => ({
		positive: [`v1.0-${randomString(`${id$176}1`, HEX, 24)}-${randomString(`${id$176}2`, HEX, 146)}`, {
			key: "CLOUDFLARE_ORIGIN_CA_KEY",
			value: `v1.0-${randomString(`${id$176}3`, HEX, 24)}-${randomString(`${id$176}4`, HEX, 146)}`
		}],
		negative: [
			"v1.0-<origin-ca-key>",
			`v1.0-${"0".repeat(24)}-${"0".repeat(146)}`,
			`v1.0-${randomString(`${id$176}5`, HEX, 24)}-${randomString(`${id$176}6`, HEX, 100)}`,
			`v1.0-${randomString(`${id$176}7`, HEX, 24).toUpperCase()}-${randomString(`${id$176}8`, HEX, 146).toUpperCase()}`
		]
	})
});
// dist/patterns/connector-credential/codecov-token.js
var codecov_token_default = keyedToken({
	id: "codecov-token",
	name: "Codecov upload token",
	description: "Codecov repository and global upload tokens (a UUID) under a key or section named after Codecov.",
	vendor: String.raw`codecov`,
	keywords: ["codecov"],
	shapes: [[
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	sampleKey: "CODECOV_TOKEN",
	references: ["https://docs.codecov.com/docs/codecov-tokens"]
});
// dist/patterns/connector-credential/cohere-api-key.js
var cohere_api_key_default = keyedToken({
	id: "cohere-api-key",
	name: "Cohere API key",
	description: "Cohere API keys (40 characters) under a key or section named after Cohere (CO_API_KEY).",
	vendor: String.raw`cohere|co(?=[_.-]api)`,
	keywords: [
		"cohere",
		"co_api",
		"co-api",
		"co.api"
	],
	shapes: [[[ABC.alnum, 40]]],
	sampleKey: "COHERE_API_KEY",
	references: ["https://docs.cohere.com/docs/rate-limits"]
});
// dist/patterns/connector-credential/coinbase-api-secret.js
var coinbase_api_secret_default = keyedToken({
	id: "coinbase-api-secret",
	name: "Coinbase API secret",
	description: "Coinbase API key secrets (64 characters) under a key or section named after Coinbase.",
	vendor: String.raw`coinbase`,
	keywords: ["coinbase"],
	shapes: [[[ABC.base64url, 64]]],
	sampleKey: "COINBASE_API_SECRET",
	references: ["https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys"]
});
// dist/patterns/connector-credential/confluent-api-secret.js
var confluent_api_secret_default = keyedToken({
	id: "confluent-api-secret",
	name: "Confluent Cloud API secret",
	description: "Confluent Cloud API secrets (64 characters) under a key or section named after Confluent or Kafka's SASL password.",
	vendor: String.raw`confluent`,
	keywords: ["confluent"],
	shapes: [[[ABC.base64, 64]]],
	end: String.raw`[\w+/=-]`,
	sampleKey: "CONFLUENT_CLOUD_API_SECRET",
	references: ["https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html"]
});
// dist/patterns/connector-credential/support/url-credentials.js
/**
* Judges the `user:password@host` part of a URL: documentation URLs, local
* development defaults and templated passwords are not credentials; a
* non-trivial password for a real host is.
*
* The URL detectors report the whole URL (so previews show the scheme) and
* skip the engine's registry pass over it: the registry would judge the host
* and path words (`acme-corp`, `/test`) as well, while only the password and
* the host decide here. The helpers ask the engine's registry, passed down
* from the validator's context, about each part: the password (default and
* stand-in passwords), the user, and the host (reserved and stand-in hosts,
* documentation's `db-host`, `your-server`, `mycompany` labels).
*/
/** Words for "password" (in several languages) that a value spelling one holds, after undoing leetspeak: a description of a password, not one. */
const PASSWORD_WORD = /pass|pwd|secret|sekret|senha|contrase|wachtwoord|haslo|parol|clave|mima/u;
/**
* The kind asked of one part of a URL (a password, a user, a host), written
* in its place in a URL (`//:password@`, `//user@host`, `//host`): the
* registry's patterns for documentation's default passwords, users and hosts.
*/
const PART_KINDS$1 = /* @__PURE__ */ new Set(["placeholder-part"]);
function decode$1(value) {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
function trimTrailingDigits(value) {
	let end = value.length;
	while (end > 0 && value.charCodeAt(end - 1) >= 48 && value.charCodeAt(end - 1) <= 57) end--;
	return value.slice(0, end);
}
function unleet(value) {
	return value.toLowerCase().replace(/0/gu, "o").replace(/[1!|]/gu, "i").replace(/3/gu, "e").replace(/[4@]/gu, "a").replace(/[5$]/gu, "s").replace(/7/gu, "t");
}
/**
* True when the password is not a password at all: templated, masked, a
* placeholder word, a shipped default or a dictionary stand-in (`p4ssw0rd`).
* Pass the validator's `context.registry`: without it only the shapes here
* are judged, none of the registry's default and stand-in passwords.
*/
function isPlaceholderPassword(password, registry) {
	const value = decode$1(password);
	if (value.length < 4 || isReference(password) || isReference(value)) return true;
	if (!/^[\x21-\x7e]+$/u.test(value)) return true;
	if (registry?.match(value) !== void 0) return true;
	const lower = value.toLowerCase();
	const plain = lower.replace(/[^a-z0-9]/gu, "");
	const unleeted = unleet(lower);
	for (const form of /* @__PURE__ */ new Set([plain, unleeted.replace(/[^a-z0-9]/gu, "")])) if (form.length > 0 && registry?.match(`//:${form}@`, PART_KINDS$1) !== void 0) return true;
	return PASSWORD_WORD.test(unleeted) || hasSequentialRun$1(value, 5);
}
/**
* True when a password is too weak to be anything but a local default: short,
* low in entropy, or the user name or scheme again (`app:app`, `redis:redis1`).
* Applied to hosts without a domain (compose service names like `db`).
*/
function isWeakPassword(password, user = "", scheme = "") {
	const value = decode$1(password).toLowerCase();
	const base = trimTrailingDigits(value.replace(/[^a-z0-9]/gu, ""));
	const userBase = trimTrailingDigits(decode$1(user).toLowerCase().replace(/[^a-z0-9]/gu, ""));
	if (value.length < 8 || shannonEntropy(value) < 2.5) return true;
	if (userBase.length > 0 && (base === userBase || value.includes(userBase))) return true;
	return scheme.length > 0 && base === scheme.toLowerCase().replace(/[^a-z]/gu, "");
}
/** True when the host is local, reserved for documentation or a placeholder. */
function isStandInHost(host, registry) {
	const lower = host.toLowerCase().replace(/^\[|\]$/gu, "").replace(/\.$/u, "");
	if (lower.length === 0) return true;
	if (/\.svc(?:\.cluster\.local)?$|\.cluster\.local$/u.test(lower)) return false;
	if (isDocumentationIp(lower)) return true;
	return registry !== void 0 && (registry.isReservedHost(lower) || registry.match(`//${lower}`, PART_KINDS$1) !== void 0);
}
/**
* True when `user:password@host` looks like a real credential for a real host.
* A host with a domain or an IP address is real infrastructure, so any real
* password counts, however weak; a bare service name (`db`, `redis`) is a
* local setup unless the password is strong.
*/
function urlCredentialsLookReal({ scheme, user, password, host }, registry) {
	if (isStandInHost(host, registry)) return false;
	const userValue = decode$1(user);
	if (userValue.length > 0 && (isReference(user) || registry?.match(userValue) !== void 0)) return false;
	if (userValue.length > 0 && registry?.match(`//${userValue.toLowerCase()}@${host.toLowerCase()}`, PART_KINDS$1) !== void 0) return false;
	if (userValue.length === 0 && password.includes(":")) return false;
	if (isPlaceholderPassword(password, registry)) return false;
	return host.includes(".") || host.includes(":") || !isWeakPassword(password, user, scheme);
}
// dist/patterns/connector-credential/connection-string-password.js
const id$175 = "connection-string-password";
const password = (seed) => `${randomString(`${seed}a`, ALPHA_NUM, 8)}!${randomString(`${seed}b`, ALPHA_NUM, 9)}`;
/** The server a connection string names (`Server=tcp:host,1433`, `Data Source=host`, `jdbc:…://host`). */
function serverOf(match) {
	const ado = /(?:server|data source|host|address)[ \t]{0,2}=[ \t]{0,2}(?:tcp:)?(?<host>[^;,\s]{1,253})/iu.exec(match);
	if (ado?.groups?.host) return ado.groups.host;
	return /jdbc:[a-z0-9]{2,20}:(?:\/\/)?(?<host>[^;/:?\s]{1,253})/iu.exec(match)?.groups?.host;
}
/** Local and SQL Server development data sources. */
const LOCAL_SERVER = /^(?:\.|\(local\)|\(localdb\)\\.*|\.\\sqlexpress|localhost\\.*)$/iu;
/**
* Passwords in key=value connection strings: ADO.NET / SQL Server
* (`Server=…;User ID=…;Password=…`), ODBC and JDBC URLs that carry the password
* as a parameter (`jdbc:sqlserver://host;password=…`, `?password=…`).
*/
var connection_string_password_default = defineDetector({
	id: id$175,
	name: "Connection string password",
	category: "connector-credential",
	severity: "error",
	description: "Passwords in ADO.NET, ODBC and JDBC connection strings (Server=…;Password=…, jdbc:…;password=…) for a real server.",
	regex: /(?<![a-z0-9])(?:server|data source|host|address|jdbc:[a-z0-9]{2,20}:)[ \t]{0,2}[=:/][^"'`\n]{0,400}?[;?&][ \t]{0,2}(?:password|pwd)[ \t]{0,2}=[ \t]{0,2}(?<secret>[^;"'`\s&]{4,128})/iu,
	keywords: ["password=", "pwd="],
	entropy: 2.5,
	validate: (secret, { match, registry }) => {
		const server = serverOf(match);
		if (!server || LOCAL_SERVER.test(server) || isStandInHost(server.split("\\")[0] ?? server, registry)) return false;
		return !isPlaceholderPassword(secret, registry) && !/^\{.*\}$/u.test(secret);
	},
	references: ["https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url"],
	samples: () => ({
		positive: [
			`Server=tcp:sql-${randomString(`${id$175}1`, LOWER_NUM, 8)}.database.windows.net,1433;Initial Catalog=billing;Persist Security Info=False;User ID=billing_app;Password=${password(`${id$175}2`)};Encrypt=True;`,
			`jdbc:sqlserver://reports.prod.northbridge.io:1433;databaseName=ledger;user=etl;password=${password(`${id$175}3`)};encrypt=true`,
			`Data Source=10.20.4.11;Initial Catalog=crm;User Id=crm_sync;Pwd=${password(`${id$175}4`)};`
		],
		negative: [
			"Server=(localdb)\\MSSQLLocalDB;Database=app;Trusted_Connection=True;",
			"Server=localhost;Database=app;User Id=sa;Password=Your_password123;",
			"Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;",
			`Server=tcp:sql-${randomString(`${id$175}5`, LOWER_NUM, 8)}.database.windows.net,1433;User ID=app;Password={your_password};`,
			"jdbc:postgresql://db.example.com:5432/app?user=app&password=secret"
		]
	})
});
// dist/patterns/connector-credential/contentful-delivery-token.js
var contentful_delivery_token_default = keyedToken({
	id: "contentful-delivery-token",
	name: "Contentful delivery or preview token",
	description: "Contentful Content Delivery and Preview API tokens (43 characters) under a key or section named after Contentful.",
	vendor: String.raw`contentful`,
	keywords: ["contentful"],
	shapes: [[[ABC.base64url, 43]]],
	sampleKey: "CONTENTFUL_ACCESS_TOKEN",
	references: ["https://www.contentful.com/developers/docs/references/authentication/"]
});
// dist/patterns/connector-credential/contentful-management-token.js
var contentful_management_token_default = prefixedToken({
	id: "contentful-management-token",
	name: "Contentful personal access token",
	description: "Contentful content management tokens (CFPAT- + 43 characters): edit and publish the space's content.",
	shapes: [["CFPAT-", [ABC.base64url, 43]]],
	sampleKey: "CONTENTFUL_MANAGEMENT_TOKEN",
	references: ["https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api"]
});
// dist/patterns/connector-credential/database-connection-url.js
const id$174 = "database-connection-url";
var database_connection_url_default = defineDetector({
	id: id$174,
	name: "Database URL with a password",
	category: "connector-credential",
	severity: "error",
	description: "Database, cache and message-broker URLs that carry a real password (postgres://user:password@host/db and the like).",
	regex: /(?<![A-Za-z0-9+.-])(?<secret>(?:jdbc:)?(?<scheme>postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|couchdb|couchbase|neo4j|bolt|cassandra|oracle|memcached|influxdb|snowflake)(?:\+[a-z0-9]{1,20})?:\/\/(?<user>[^\s:/@"'`<>\\]{0,128}):(?<password>[^\s/@"'`<>\\]{1,256})@(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9._-]{1,253})(?::\d{1,5})?(?:,[A-Za-z0-9._-]{1,253}(?::\d{1,5})?){0,16}(?:[/?][^\s"'`<>\\(){}[\]|^]{0,300})?)/u,
	keywords: [
		"postgres",
		"postgresql",
		"mysql",
		"mariadb",
		"mongodb",
		"redis",
		"rediss",
		"amqp",
		"amqps",
		"mssql",
		"sqlserver",
		"clickhouse",
		"cockroachdb",
		"couchdb",
		"couchbase",
		"neo4j",
		"bolt",
		"cassandra",
		"oracle",
		"memcached",
		"influxdb",
		"snowflake"
	].flatMap((scheme) => [`${scheme}://`, `${scheme}+`]),
	validate: (_secret, { groups, registry }) => urlCredentialsLookReal({
		scheme: groups.scheme ?? "",
		user: groups.user ?? "",
		password: groups.password ?? "",
		host: groups.host ?? ""
	}, registry),
	skipSynthetic: true,
	references: [
		"https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS",
		"https://www.mongodb.com/docs/manual/reference/connection-string/",
		"https://www.iana.org/assignments/uri-schemes/prov/redis"
	],
	samples: () => ({
		positive: [
			`postgres://app:${randomString(`${id$174}1`, ALPHA_NUM, 24)}@db.internal.acme-corp.com:5432/app`,
			`mongodb+srv://svc_reporting:${randomString(`${id$174}2`, ALPHA_NUM, 20)}@cluster0.${randomString(`${id$174}3`, LOWER_NUM, 5)}.mongodb.net/reporting?retryWrites=true&w=majority`,
			`mysql://billing:${randomString(`${id$174}4`, ALPHA_NUM, 18)}@10.12.4.7:3306/billing`,
			`rediss://default:${randomString(`${id$174}5`, ALPHA_NUM, 32)}@redis-${randomString(`${id$174}6`, DIGITS, 5)}.c12.us-east-1-2.ec2.cloud.redislabs.com:${randomString(`${id$174}7`, DIGITS, 5)}`,
			`postgresql+asyncpg://ledger:${randomString(`${id$174}8`, ALPHA_NUM, 16)}%21@pg-ledger.prod.northbridge.io/ledger`
		],
		negative: [
			"postgres://postgres:postgres@localhost:5432/postgres",
			"postgresql://user:pass@db.example.com/app",
			"postgres://app:${DB_PASSWORD}@db.internal.acme-corp.com:5432/app",
			"mysql://root:password@127.0.0.1:3306/app",
			"redis://:changeme@cache.northbridge.io:6379/0",
			"amqp://guest:guest@rabbitmq:5672/"
		]
	})
});
// dist/patterns/connector-credential/database-password-key-value.js
const id$173 = "database-password-key-value";
/** Key stems of database, cache and broker passwords (`DB_PASSWORD`, `PGPASSWORD`, `spring.datasource.password`, …). */
const STEMS = [
	"db",
	"database",
	"datasource",
	"postgres",
	"postgresql",
	"pg",
	"mysql",
	"mysql_root",
	"mariadb",
	"mariadb_root",
	"mongo",
	"mongodb",
	"mongo_initdb_root",
	"redis",
	"rabbitmq",
	"rabbitmq_default",
	"mssql",
	"mssql_sa",
	"sa",
	"clickhouse",
	"cassandra",
	"neo4j",
	"elastic",
	"influxdb",
	"influxdb_init"
];
/** A password the way a generator or a person writes one, built at run time. */
const secret$1 = (seed) => `${randomString(`${seed}a`, ALPHA_NUM, 6)}-${randomString(`${seed}b`, ALPHA_NUM, 7)}!${randomString(`${seed}c`, ALPHA_NUM, 5)}`;
/** A dotted reference (`settings.DB_PASSWORD`, `config.db.pw`) or a call, not a value. */
const CODE_REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|[()[\]]/u;
/**
* A literal password assigned to a database, cache or broker password key:
* `.env` and compose files, Spring properties, shell exports, Kubernetes and
* ECS env entries (`name: DB_PASSWORD` + `value: …`). Generic: a database URL
* on the same span wins.
*/
var database_password_key_value_default = defineDetector({
	id: id$173,
	name: "Database password",
	category: "connector-credential",
	severity: "error",
	description: "Literal passwords under database, cache and broker password keys (DB_PASSWORD, PGPASSWORD, spring.datasource.password, POSTGRES_PASSWORD, …) that are not local defaults or placeholders.",
	regex: /(?<![a-z0-9])(?:spring\.)?(?:db|database|datasource|postgres(?:ql)?|pg|mysql(?:_root)?|mariadb(?:_root)?|mongo(?:db)?(?:_initdb_root)?|redis|rabbitmq(?:_default)?|(?:mssql_)?sa|mssql|clickhouse|cassandra|neo4j|elastic|influxdb(?:_init)?)[_.-]?(?:password|passwd|pass|pwd)\\?["'`]?(?:[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}|[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?[ \t]{0,4}[:=][ \t]{0,4})(?<quote>\\?["'`])?(?<secret>[^\s"'`<>\\]{4,128})/iu,
	keywords: STEMS.flatMap((stem) => [
		"",
		"_",
		".",
		"-"
	].flatMap((sep) => [`${stem}${sep}pass`, `${stem}${sep}pwd`])),
	multiline: true,
	entropy: 3,
	validate: (value, { groups, syntax, registry }) => {
		if (value.length < 8 || isPlaceholderPassword(value, registry)) return false;
		if ((syntax === "js" || syntax === "python") && groups.quote === void 0 && /^[A-Za-z_$][\w$]*$/u.test(value)) return false;
		if (/^[a-z]+(?:_[a-z]+)+$|^[a-z]+(?:[A-Z][a-z]+)+$/u.test(value)) return false;
		return !CODE_REFERENCE.test(value);
	},
	references: ["https://www.postgresql.org/docs/current/libpq-envars.html", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password"],
	samples: () => ({
		positive: [
			{
				key: "DB_PASSWORD",
				value: secret$1(`${id$173}1`)
			},
			{
				key: "spring.datasource.password",
				value: secret$1(`${id$173}2`)
			},
			{
				key: "POSTGRES_PASSWORD",
				value: secret$1(`${id$173}3`)
			},
			`env:\n  - name: DATABASE_PASSWORD\n    value: "${secret$1(`${id$173}4`)}"`
		],
		negative: [
			{
				key: "POSTGRES_PASSWORD",
				value: "postgres"
			},
			{
				key: "DB_PASSWORD",
				value: "${DB_PASSWORD}"
			},
			{
				key: "MYSQL_ROOT_PASSWORD",
				value: "example"
			},
			{
				key: "DB_PASSWORD",
				value: "changeme"
			},
			{
				key: "db_password",
				value: "settings.DATABASE_PASSWORD"
			},
			{
				key: "POSTGRES_PASSWORD",
				value: "contraseña"
			},
			{
				key: "DB_PASSWORD",
				value: "sua_senha"
			},
			"db_password = decrypted_value",
			"env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: app-db\n        key: password"
		]
	})
});
// dist/patterns/connector-credential/databricks-token.js
const id$172 = "databricks-token";
var databricks_token_default = defineDetector({
	id: id$172,
	name: "Databricks personal access token",
	category: "connector-credential",
	severity: "error",
	description: "Databricks personal access tokens (dapi + 32 hex digits, optionally -N): act as the user on the workspace.",
	regex: /\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)\b/u,
	keywords: ["dapi"],
	publicPrefix: /^dapi/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(4), 5),
	references: ["https://docs.databricks.com/en/dev-tools/auth/pat.html"],
	samples: () => ({
		positive: [`dapi${randomString(`${id$172}1`, HEX, 32)}`, {
			key: "DATABRICKS_TOKEN",
			value: `dapi${randomString(`${id$172}2`, HEX, 32)}-2`
		}],
		negative: [
			`dapi${"0".repeat(32)}`,
			"dapi<your-token>",
			`dapi${randomString(`${id$172}3`, HEX, 20)}`
		]
	})
});
// dist/patterns/connector-credential/datadog-api-key.js
const id$171 = "datadog-api-key";
var datadog_api_key_default = defineDetector({
	id: id$171,
	name: "Datadog API key",
	category: "connector-credential",
	severity: "error",
	description: "Datadog API keys (32 hex digits) under a DD_API_KEY, datadog_api_key, DD-API-KEY header or similar Datadog key.",
	regex: /(?:(?<![a-z0-9])(?:dd|datadog)[\w.-]{0,20}?api[_.-]?key\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?|(?:(?<![^\n])|(?<=\\n))[ \t*#/]{0,6}api_key|(?<![a-z0-9])datadog\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])api[_.-]?key\\?["'`]?)[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?(?<secret>[a-f0-9]{32})(?![a-z0-9])/iu,
	keywords: [
		"dd_api",
		"dd-api",
		"ddapi",
		"dd.api",
		"datadog"
	],
	multiline: true,
	reach: 2048,
	context: [{
		pattern: /datadog|(?<![a-z0-9])dd[_.-]?api/iu,
		within: 2048
	}],
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret, 5),
	references: ["https://docs.datadoghq.com/account_management/api-app-keys/"],
	samples: () => ({
		positive: [
			{
				key: "DD_API_KEY",
				value: randomString(`${id$171}1`, HEX, 32)
			},
			{
				key: "datadog_api_key",
				value: randomString(`${id$171}2`, HEX, 32)
			},
			`curl -X POST "https://api.datadoghq.eu/api/v2/series" -H "DD-API-KEY: ${randomString(`${id$171}3`, HEX, 32)}"`,
			`datadog:\n  site: datadoghq.eu\n  apiKey: ${randomString(`${id$171}5`, HEX, 32)}`,
			`{ "name": "DD_API_KEY", "value": "${randomString(`${id$171}6`, HEX, 32)}" }`,
			`## @param api_key - string - required\n## The Datadog API key to associate your Agent's data with your organization.\napi_key: ${randomString(`${id$171}7`, HEX, 32)}\nsite: datadoghq.eu`
		],
		negative: [
			{
				key: "DD_API_KEY",
				value: "<DATADOG_API_KEY>"
			},
			{
				key: "DD_API_KEY",
				value: "00000000000000000000000000000000"
			},
			{
				key: "dd_api_key",
				value: "${DD_API_KEY}"
			},
			{
				key: "md5",
				value: randomString(`${id$171}4`, HEX, 32)
			},
			{
				key: "DD_API_KEY",
				value: "abcdef0123456789abcdef0123456789"
			}
		]
	})
});
// dist/patterns/connector-credential/datadog-app-key.js
const id$170 = "datadog-app-key";
var datadog_app_key_default = defineDetector({
	id: id$170,
	name: "Datadog application key",
	category: "connector-credential",
	severity: "error",
	description: "Datadog application keys (40 hex digits) under a DD_APP_KEY, DD_APPLICATION_KEY, datadog_app_key, DD-APPLICATION-KEY header or similar key.",
	regex: /(?:(?<![a-z0-9])(?:dd|datadog)[\w.-]{0,20}?app(?:lication)?[_.-]?key\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?|(?<![a-z0-9])datadog\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])app(?:lication)?[_.-]?key\\?["'`]?)[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?(?<secret>[a-f0-9]{40})(?![a-z0-9])/iu,
	keywords: [
		"dd_app",
		"dd-app",
		"ddapp",
		"dd.app",
		"datadog"
	],
	multiline: true,
	reach: 2048,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret, 5),
	references: ["https://docs.datadoghq.com/account_management/api-app-keys/#application-keys"],
	samples: () => ({
		positive: [
			{
				key: "DD_APP_KEY",
				value: randomString(`${id$170}1`, HEX, 40)
			},
			{
				key: "datadogApplicationKey",
				value: randomString(`${id$170}2`, HEX, 40)
			},
			`curl "https://api.datadoghq.com/api/v1/dashboard" -H "DD-API-KEY: \${DD_API_KEY}" -H "DD-APPLICATION-KEY: ${randomString(`${id$170}3`, HEX, 40)}"`,
			`datadog:\n  site: datadoghq.com\n  appKey: ${randomString(`${id$170}5`, HEX, 40)}`,
			`- name: DD_APP_KEY\n  value: "${randomString(`${id$170}6`, HEX, 40)}"`
		],
		negative: [
			{
				key: "DD_APP_KEY",
				value: "<DATADOG_APP_KEY>"
			},
			{
				key: "DD_APP_KEY",
				value: "0000000000000000000000000000000000000000"
			},
			{
				key: "commit",
				value: randomString(`${id$170}4`, HEX, 40)
			},
			{
				key: "DD_APPLICATION_KEY",
				value: "${DD_APPLICATION_KEY}"
			}
		]
	})
});
// dist/patterns/connector-credential/deepgram-api-key.js
var deepgram_api_key_default = keyedToken({
	id: "deepgram-api-key",
	name: "Deepgram API key",
	description: "Deepgram API keys (40 hex digits) under a key or section named after Deepgram.",
	vendor: String.raw`deepgram`,
	keywords: ["deepgram"],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "DEEPGRAM_API_KEY",
	references: ["https://developers.deepgram.com/guides/fundamentals/authenticating"]
});
// dist/patterns/connector-credential/deepseek-api-key.js
var deepseek_api_key_default = keyedToken({
	id: "deepseek-api-key",
	name: "DeepSeek API key",
	description: "DeepSeek API keys (sk- + 32 hex digits) under a key or section named after DeepSeek.",
	vendor: String.raw`deep[_.-]?seek`,
	keywords: [
		"deepseek",
		"deep_seek",
		"deep-seek"
	],
	shapes: [["sk-", [ABC.hex, 32]]],
	sampleKey: "DEEPSEEK_API_KEY",
	references: ["https://api-docs.deepseek.com/"]
});
// dist/patterns/connector-credential/defined-networking-api-token.js
var defined_networking_api_token_default = prefixedToken({
	id: "defined-networking-api-token",
	name: "Defined Networking API token",
	description: "Defined Networking (Nebula) API tokens (dnkey- + two random parts): manage the overlay network's hosts.",
	shapes: [[
		"dnkey-",
		[ABC.upperAlnum, 26],
		"-",
		[ABC.upperAlnum, 52]
	]],
	caseInsensitive: true,
	sampleKey: "DN_API_KEY",
	references: ["https://docs.defined.net/guides/automating-host-creation/"]
});
// dist/patterns/connector-credential/digitalocean-token.js
const id$169 = "digitalocean-token";
var digitalocean_token_default = defineDetector({
	id: id$169,
	name: "DigitalOcean token",
	category: "connector-credential",
	severity: "error",
	description: "DigitalOcean personal access, OAuth and refresh tokens (dop_v1_, doo_v1_, dor_v1_ + 64 hex digits).",
	regex: /\b(?<secret>do[opr]_v1_[a-f0-9]{64})\b/u,
	keywords: [
		"dop_v1_",
		"doo_v1_",
		"dor_v1_"
	],
	publicPrefix: /^do[opr]_v1_/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(7), 5),
	references: ["https://docs.digitalocean.com/reference/api/create-personal-access-token/"],
	samples: () => ({
		positive: [`dop_v1_${randomString(`${id$169}1`, HEX, 64)}`, {
			key: "DIGITALOCEAN_TOKEN",
			value: `dop_v1_${randomString(`${id$169}2`, HEX, 64)}`
		}],
		negative: [
			`dop_v1_${"0".repeat(64)}`,
			"dop_v1_<token>",
			`dop_v1_${randomString(`${id$169}3`, HEX, 40)}`
		]
	})
});
// dist/patterns/connector-credential/discord-bot-token.js
var discord_bot_token_default = keyedToken({
	id: "discord-bot-token",
	name: "Discord bot token or client secret",
	description: "Discord bot tokens (user id . timestamp . HMAC) and OAuth client secrets (32 characters) under a key or section named after Discord.",
	vendor: String.raw`discord`,
	keywords: ["discord"],
	shapes: [[
		[
			ABC.base64url,
			24,
			26
		],
		".",
		[ABC.base64url, 6],
		".",
		[
			ABC.base64url,
			27,
			38
		]
	], [[ABC.base64url, 32]]],
	sampleKey: "DISCORD_BOT_TOKEN",
	references: ["https://discord.com/developers/docs/reference#authentication"]
});
// dist/patterns/connector-credential/docker-hub-token.js
const id$168 = "docker-hub-token";
var docker_hub_token_default = defineDetector({
	id: id$168,
	name: "Docker Hub access token",
	category: "connector-credential",
	severity: "error",
	description: "Docker Hub personal and organisation access tokens (dckr_pat_, dckr_oat_): push and pull images as the owner.",
	regex: /(?<![\w-])(?<secret>dckr_(?:pat|oat)_[\w-]{27,32})(?![\w-])/u,
	keywords: ["dckr_pat_", "dckr_oat_"],
	publicPrefix: /^dckr_(?:pat|oat)_/u,
	entropy: 3.5,
	validate: (secret) => !hasSequentialRun$1(secret.slice(9)),
	references: ["https://docs.docker.com/security/for-developers/access-tokens/"],
	samples: () => ({
		positive: [`dckr_pat_${randomString(`${id$168}1`, BASE64URL, 27)}`, {
			key: "DOCKERHUB_TOKEN",
			value: `dckr_oat_${randomString(`${id$168}2`, BASE64URL, 32)}`
		}],
		negative: [
			"dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"dckr_pat_<token>",
			`dckr_pat_${randomString(`${id$168}3`, BASE64URL, 12)}`
		]
	})
});
// dist/patterns/connector-credential/docker-registry-auth.js
const id$167 = "docker-registry-auth";
/** True when base64 `auth` decodes to `user:password` with a real password. */
function authValid(auth, registry) {
	const decoded = decodeBase64(auth)?.toString("utf8") ?? "";
	const colon = decoded.indexOf(":");
	if (colon <= 0 || !/^[\x20-\x7e]+$/u.test(decoded)) return false;
	return !isPlaceholderPassword(decoded.slice(colon + 1), registry);
}
/** A base64 `.dockerconfigjson` holds at least one registry entry with real credentials. */
function dockerConfigValid(encoded, registry) {
	const json = decodeBase64(encoded)?.toString("utf8") ?? "";
	if (!json.trimEnd().endsWith("}")) return false;
	try {
		const config = JSON.parse(json);
		return Object.values(config.auths ?? {}).some((entry) => typeof entry.auth === "string" && authValid(entry.auth, registry) || typeof entry.password === "string" && !isPlaceholderPassword(entry.password, registry));
	} catch {
		return false;
	}
}
/**
* An `identitytoken` (a registry refresh token, stored by `docker login` when
* the registry issues one): random enough and no placeholder. A JWT there is
* left to jwt-token, which judges its claims.
*/
function identityTokenValid(token, registry) {
	if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/u.test(token)) return false;
	return shannonEntropy(token) >= 3.5 && /[0-9]/u.test(token) && /[A-Za-z]/u.test(token) && !isPlaceholderPassword(token, registry);
}
const auth = (seed, user) => Buffer.from(`${user}:${randomString(seed, ALPHA_NUM, 24)}`).toString("base64");
/**
* Registry credentials in Docker `config.json` (`"auths": {"<registry>": {"auth": base64(user:password)}}`)
* and in Kubernetes image-pull secrets (base64 `.dockerconfigjson`, which starts `eyJhdXRocyI6`).
*/
var docker_registry_auth_default = defineDetector({
	id: id$167,
	name: "Docker registry credentials",
	category: "connector-credential",
	severity: "error",
	description: "Container registry credentials: base64 user:password `auth` entries and `identitytoken` refresh tokens of Docker config.json, and base64 .dockerconfigjson image-pull secrets.",
	regex: /(?:\\?"auth\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?=[A-Za-z0-9+/]{8,400}={0,2}\\?")|(?<identity>\\?"identitytoken\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?=[\w.+/-]{20,4000}={0,2}\\?"))|(?<![A-Za-z0-9+/])(?=eyJhdXRocyI6[A-Za-z0-9+/]{40}))(?<secret>[\w.+/-]{8,20000}={0,2})(?![\w.+/=-])/u,
	keywords: ["\"auths", "eyjhdxrocyi6"],
	multiline: true,
	entropy: 3,
	validate: (secret, { groups, registry }) => {
		if (groups.identity !== void 0) return identityTokenValid(secret, registry);
		return secret.startsWith("eyJhdXRocyI6") ? dockerConfigValid(secret, registry) : /^[A-Za-z0-9+/]+={0,2}$/u.test(secret) && authValid(secret, registry);
	},
	references: ["https://docs.docker.com/reference/cli/docker/login/#credential-stores", "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets"],
	samples: () => ({
		positive: [
			`{\n  "auths": {\n    "ghcr.io": { "auth": "${auth(`${id$167}1`, "ci-pusher")}" }\n  }\n}`,
			`.dockerconfigjson: ${Buffer.from(JSON.stringify({ auths: { "registry.gitlab.com": { auth: auth(`${id$167}2`, "deploy-bot") } } })).toString("base64")}`,
			`{\n  "auths": {\n    "registry.northbridge.io": { "auth": "", "identitytoken": "${randomString(`${id$167}4`, ALPHA_NUM, 48)}" }\n  }\n}`
		],
		negative: [
			"{\n  \"auths\": {\n    \"https://index.docker.io/v1/\": {}\n  },\n  \"credsStore\": \"desktop\"\n}",
			`{ "auths": { "ghcr.io": { "auth": "${Buffer.from("username:password").toString("base64")}" } } }`,
			"{ \"auths\": { \"ghcr.io\": { \"auth\": \"<base64 of user:token>\" } } }",
			"{ \"auths\": { \"ghcr.io\": { \"identitytoken\": \"<identity-token>\" } } }",
			`{ "auths": { "ghcr.io": { "auth": "${Buffer.from(randomString(`${id$167}3`, ALPHA_NUM, 30)).toString("base64")}" } } }`
		]
	})
});
// dist/patterns/connector-credential/doppler-token.js
const id$166 = "doppler-token";
var doppler_token_default = defineDetector({
	id: id$166,
	name: "Doppler token",
	category: "connector-credential",
	severity: "error",
	description: "Doppler personal, service, service-account, CLI, SCIM and audit tokens (dp.pt., dp.st., dp.sa., dp.ct., … + 40–44 characters).",
	regex: /(?<![\w.-])(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})(?![\w.-])/u,
	keywords: [
		"dp.pt.",
		"dp.st.",
		"dp.sa.",
		"dp.ct.",
		"dp.scim.",
		"dp.audit."
	],
	publicPrefix: /^dp\.(?:pt|st|sa|ct|scim|audit)\./u,
	entropy: 3.8,
	validate: (secret) => !hasSequentialRun$1(secret.slice(6)),
	references: ["https://docs.doppler.com/reference/auth-token-formats"],
	samples: () => ({
		positive: [`dp.st.${randomString(`${id$166}1`, ALPHA_NUM, 43)}`, {
			key: "DOPPLER_TOKEN",
			value: `dp.pt.${randomString(`${id$166}2`, ALPHA_NUM, 43)}`
		}],
		negative: [
			`dp.st.${"x".repeat(43)}`,
			"dp.st.<service-token>",
			`dp.st.${randomString(`${id$166}3`, ALPHA_NUM, 20)}`
		]
	})
});
// dist/patterns/connector-credential/droneci-token.js
var droneci_token_default = keyedToken({
	id: "droneci-token",
	name: "Drone CI token",
	description: "Drone CI personal tokens (32 characters) under a key or section named after Drone.",
	vendor: String.raw`drone(?:ci)?`,
	keywords: ["drone"],
	shapes: [[[ABC.alnum, 32]]],
	sampleKey: "DRONE_TOKEN",
	references: ["https://docs.drone.io/cli/setup/"]
});
// dist/patterns/connector-credential/dropbox-access-token.js
var dropbox_access_token_default = prefixedToken({
	id: "dropbox-access-token",
	name: "Dropbox short-lived access token",
	description: "Dropbox short-lived access tokens (sl. or sl.u. + the token): read and write the user's files.",
	shapes: [["sl.u.", [
		ABC.base64url,
		130,
		1400
	]], ["sl.", [
		ABC.base64url,
		130,
		1400
	]]],
	sampleKey: "DROPBOX_ACCESS_TOKEN",
	references: ["https://developers.dropbox.com/oauth-guide"]
});
// dist/patterns/connector-credential/duffel-api-token.js
var duffel_api_token_default = prefixedToken({
	id: "duffel-api-token",
	name: "Duffel access token",
	description: "Duffel live access tokens (duffel_live_ + 43 characters): book and pay for travel as the account.",
	shapes: [["duffel_live_", [ABC.base64url, 43]]],
	sampleKey: "DUFFEL_ACCESS_TOKEN",
	references: ["https://duffel.com/docs/api/overview/making-requests/authentication"]
});
// dist/patterns/connector-credential/dynatrace-token.js
const id$165 = "dynatrace-token";
var dynatrace_token_default = defineDetector({
	id: id$165,
	name: "Dynatrace token",
	category: "connector-credential",
	severity: "error",
	description: "Dynatrace API, PaaS and platform tokens (dt0c01. + 24-character public part + . + 64-character secret part).",
	regex: /(?<![\w.-])(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![\w.-])/u,
	keywords: ["dt0c01."],
	publicPrefix: /^dt0c01\./u,
	entropy: 3.8,
	validate: (secret) => !hasSequentialRun$1(secret.slice(32)),
	references: ["https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens"],
	samples: () => ({
		positive: [`dt0c01.${randomString(`${id$165}1`, UPPER_NUM, 24)}.${randomString(`${id$165}2`, UPPER_NUM, 64)}`, {
			key: "DT_API_TOKEN",
			value: `dt0c01.${randomString(`${id$165}3`, UPPER_NUM, 24)}.${randomString(`${id$165}4`, UPPER_NUM, 64)}`
		}],
		negative: [
			`dt0c01.${randomString(`${id$165}5`, UPPER_NUM, 24)}.${"X".repeat(64)}`,
			"dt0c01.<public>.<secret>",
			`dt0c01.${randomString(`${id$165}6`, UPPER_NUM, 24)}`,
			`dt0c01.${randomString(`${id$165}7`, UPPER_NUM, 24)}.${randomString(`${id$165}8`, UPPER_NUM, 40)}`
		]
	})
});
// dist/patterns/connector-credential/easypost-api-key.js
var easypost_api_key_default = prefixedToken({
	id: "easypost-api-key",
	name: "EasyPost API key",
	description: "EasyPost production and test API keys (EZAK or EZTK + 54 characters): buy postage and read shipments.",
	shapes: [["EZAK", [ABC.alnum, 54]], ["EZTK", [ABC.alnum, 54]]],
	sampleKey: "EASYPOST_API_KEY",
	references: ["https://docs.easypost.com/docs/authentication"]
});
// dist/patterns/connector-credential/elevenlabs-api-key.js
var elevenlabs_api_key_default = keyedToken({
	id: "elevenlabs-api-key",
	name: "ElevenLabs API key",
	description: "ElevenLabs API keys (sk_ + 48 hex digits, or 32 hex digits) under a key, header or section named after ElevenLabs (xi-api-key).",
	vendor: String.raw`eleven[_.-]?labs|xi(?=[_.-]api)`,
	keywords: [
		"elevenlabs",
		"eleven_labs",
		"eleven-labs",
		"xi-api",
		"xi_api"
	],
	shapes: [["sk_", [ABC.hex, 48]], [[ABC.hex, 32]]],
	sampleKey: "ELEVENLABS_API_KEY",
	references: ["https://elevenlabs.io/docs/api-reference/authentication"]
});
// dist/patterns/connector-credential/etherscan-api-key.js
var etherscan_api_key_default = keyedToken({
	id: "etherscan-api-key",
	name: "Etherscan API key",
	description: "Etherscan (and its sibling explorers') API keys (34 upper-case letters and digits) under a key or section named after the explorer.",
	vendor: String.raw`etherscan|bscscan|polygonscan|arbiscan`,
	keywords: [
		"etherscan",
		"bscscan",
		"polygonscan",
		"arbiscan"
	],
	shapes: [[[ABC.upperAlnum, 34]]],
	sampleKey: "ETHERSCAN_API_KEY",
	references: ["https://docs.etherscan.io/getting-started/viewing-api-usage-statistics"]
});
// dist/patterns/connector-credential/etsy-api-key.js
var etsy_api_key_default = keyedToken({
	id: "etsy-api-key",
	name: "Etsy API key",
	description: "Etsy Open API keystrings (24 characters) under a key or section named after Etsy.",
	vendor: String.raw`etsy`,
	keywords: ["etsy"],
	shapes: [[[ABC.lowerAlnum, 24]]],
	sampleKey: "ETSY_API_KEY",
	references: ["https://developers.etsy.com/documentation/essentials/authentication"]
});
// dist/patterns/connector-credential/facebook-access-token.js
const id$164 = "facebook-access-token";
const VENDOR = String.raw`facebook|fb(?=[_.-]|access|page|token)|meta(?=[_.-])|instagram|whatsapp|graph(?=[_.-]?api)`;
const context$3 = vendorKeyContext({
	vendor: VENDOR,
	key: String.raw`(?:(?:page|user|system[_.-]?user|long[_.-]?lived|app)[_.-]?)?(?:access[_.-]?)?token`
});
var facebook_access_token_default = defineDetector({
	id: id$164,
	name: "Facebook / Meta access token",
	category: "connector-credential",
	severity: "error",
	description: "Meta Graph API access tokens (EAA… user, page and system-user tokens) under a Facebook/Meta/Instagram/WhatsApp token key, and app access tokens (app id | app secret) anywhere: they post, read messages and manage ads as the app or user.",
	regex: new RegExp(String.raw`(?:(?<![\w-])(?=\d{15,16}(?:\||%7C))|${context$3})(?<secret>EAA[A-Za-z0-9]{80,400}|\d{15,16}(?:\||%7C)[\w-]{27,40})(?![\w|%-])`, "iu"),
	keywords: [
		...[...DIGITS].flatMap((d) => [`${d}|`, `${d}%7c`]),
		"facebook",
		"fb_",
		"fb-",
		"fb.",
		"fbaccess",
		"fbpage",
		"fbtoken",
		"meta_",
		"meta-",
		"meta.",
		"instagram",
		"whatsapp",
		"graphapi",
		"graph_api",
		"graph-api",
		"graph.api"
	],
	keywordContext: new RegExp(String.raw`\d(?:\||%7c)[\w-]{27}|${VENDOR}`, "iu"),
	multiline: true,
	reach: 1024,
	entropy: 3.5,
	validate: (secret) => {
		if (secret.startsWith("EAA")) return mixesCaseAndDigits(secret.slice(3)) && !hasSequentialRun$1(secret.slice(3));
		const value = secret.slice(secret.search(/\||%7C/iu)).replace(/^(?:\||%7C)/iu, "");
		return /\d/u.test(value) && /[a-z]/iu.test(value) && !hasSequentialRun$1(value);
	},
	references: ["https://developers.facebook.com/docs/facebook-login/guides/access-tokens/", "https://developers.facebook.com/docs/facebook-login/guides/access-tokens/#apptokens"],
	samples: () => ({
		positive: [
			{
				key: "FACEBOOK_ACCESS_TOKEN",
				value: `EAA${randomString(`${id$164}1`, ALPHA_NUM, 180)}`
			},
			{
				key: "META_PAGE_ACCESS_TOKEN",
				value: `EAAG${randomString(`${id$164}2`, ALPHA_NUM, 150)}`
			},
			`1${randomString(`${id$164}3`, DIGITS, 15)}|${randomString(`${id$164}4`, HEX, 32)}`,
			{
				key: "access_token",
				value: `2${randomString(`${id$164}5`, DIGITS, 14)}|${randomString(`${id$164}6`, BASE64URL, 27)}`
			}
		],
		negative: [
			{
				key: "FACEBOOK_ACCESS_TOKEN",
				value: "<access-token>"
			},
			{
				key: "FACEBOOK_ACCESS_TOKEN",
				value: "EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
			},
			{
				key: "cursor",
				value: `EAA${randomString(`${id$164}7`, ALPHA_NUM, 120)}`
			},
			{
				key: "FACEBOOK_ACCESS_TOKEN",
				value: `EAA${randomString(`${id$164}8`, ALPHA_NUM, 40)}`
			},
			"{app-id}|{app-secret}"
		]
	})
});
// dist/patterns/connector-credential/facebook-app-secret.js
const id$163 = "facebook-app-secret";
var facebook_app_secret_default = defineDetector({
	id: id$163,
	name: "Facebook / Meta app secret",
	category: "connector-credential",
	severity: "error",
	description: "Meta app secrets (32 hex digits) under a Facebook/Meta/Instagram app or client secret key or in a facebook section: they mint app access tokens and sign API calls as the app.",
	regex: vendorKeyedValue({
		vendor: String.raw`facebook|fb(?=[_.-]|app|client|secret)|meta(?=[_.-])|instagram|whatsapp`,
		key: String.raw`(?:app[_.-]?|client[_.-]?|api[_.-]?)?secret`,
		value: String.raw`[a-f0-9]{32}`
	}),
	keywords: [
		"facebook",
		"fb",
		"meta_",
		"meta-",
		"meta.",
		"instagram",
		"whatsapp"
	],
	keywordContext: /facebook|fb(?:[_.-]|app|client|secret)|meta[_.-]|instagram|whatsapp/iu,
	multiline: true,
	reach: 1024,
	entropy: 3,
	validate: (secret) => /^[a-f0-9]{32}$/u.test(secret) && /[a-f]/u.test(secret) && /\d/u.test(secret) && !hasSequentialRun$1(secret, 5),
	references: ["https://developers.facebook.com/docs/facebook-login/security/#appsecret", "https://developers.facebook.com/docs/graph-api/securing-requests/"],
	samples: () => ({
		positive: [
			{
				key: "FACEBOOK_APP_SECRET",
				value: randomString(`${id$163}1`, HEX, 32)
			},
			{
				key: "fbAppSecret",
				value: randomString(`${id$163}2`, HEX, 32)
			},
			`facebook:\n  app_id: "1234"\n  app_secret: ${randomString(`${id$163}3`, HEX, 32)}`
		],
		negative: [
			{
				key: "FACEBOOK_APP_SECRET",
				value: "<app-secret>"
			},
			{
				key: "FACEBOOK_APP_SECRET",
				value: "0".repeat(32)
			},
			{
				key: "FACEBOOK_APP_ID",
				value: randomString(`${id$163}4`, HEX, 32)
			},
			{
				key: "client_secret",
				value: randomString(`${id$163}5`, HEX, 32)
			}
		]
	})
});
// dist/patterns/connector-credential/fastly-api-token.js
var fastly_api_token_default = keyedToken({
	id: "fastly-api-token",
	name: "Fastly API token",
	description: "Fastly API tokens (32 characters) under a key or section named after Fastly.",
	vendor: String.raw`fastly`,
	keywords: ["fastly"],
	shapes: [[[ABC.base64url, 32]]],
	sampleKey: "FASTLY_API_TOKEN",
	references: ["https://docs.fastly.com/en/guides/using-api-tokens"]
});
// dist/patterns/connector-credential/figma-access-token.js
var figma_access_token_default = prefixedToken({
	id: "figma-access-token",
	name: "Figma personal access token",
	description: "Figma personal access tokens (figd_ + about 40 characters): read the user's files and comments.",
	shapes: [["figd_", [
		ABC.base64url,
		38,
		43
	]]],
	sampleKey: "FIGMA_ACCESS_TOKEN",
	references: ["https://www.figma.com/developers/api#access-tokens"]
});
// dist/patterns/connector-credential/finicity-credentials.js
var finicity_credentials_default = keyedToken({
	id: "finicity-credentials",
	name: "Finicity app key or secret",
	description: "Finicity (Mastercard Open Banking) app keys (32 hex digits) and partner secrets (20 characters) under a key or section named after Finicity.",
	vendor: String.raw`finicity`,
	keywords: ["finicity"],
	shapes: [[[ABC.hex, 32]], [[ABC.alnum, 20]]],
	sampleKey: "FINICITY_APP_KEY",
	references: ["https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/"]
});
// dist/patterns/connector-credential/finnhub-api-key.js
var finnhub_api_key_default = keyedToken({
	id: "finnhub-api-key",
	name: "Finnhub API key",
	description: "Finnhub API keys (20 characters) under a key or section named after Finnhub.",
	vendor: String.raw`finnhub`,
	keywords: ["finnhub"],
	shapes: [[[ABC.lowerAlnum, 20]]],
	sampleKey: "FINNHUB_API_KEY",
	references: ["https://finnhub.io/docs/api/authentication"]
});
// dist/patterns/connector-credential/firebase-cloud-messaging-server-key.js
var firebase_cloud_messaging_server_key_default = prefixedToken({
	id: "firebase-cloud-messaging-server-key",
	name: "Firebase Cloud Messaging server key",
	description: "Firebase Cloud Messaging legacy server keys (AAAA + 7 characters + :APA91b + 134): send push messages to the project's users.",
	shapes: [[
		"AAAA",
		[ABC.base64url, 7],
		":APA91b",
		[ABC.base64url, 134]
	]],
	sampleKey: "FCM_SERVER_KEY",
	references: ["https://firebase.google.com/docs/cloud-messaging/auth-server"]
});
// dist/patterns/connector-credential/flickr-api-key.js
var flickr_api_key_default = keyedToken({
	id: "flickr-api-key",
	name: "Flickr API key",
	description: "Flickr API keys (32 hex digits) under a key or section named after Flickr.",
	vendor: String.raw`flickr`,
	keywords: ["flickr"],
	shapes: [[[ABC.hex, 32]]],
	sampleKey: "FLICKR_API_KEY",
	references: ["https://www.flickr.com/services/api/misc.api_keys.html"]
});
// dist/patterns/connector-credential/flutterwave-secret-key.js
var flutterwave_secret_key_default = prefixedToken({
	id: "flutterwave-secret-key",
	name: "Flutterwave secret key",
	description: "Flutterwave live secret keys (FLWSECK- + 32 hex digits + -X): move the account's money.",
	shapes: [[
		"FLWSECK-",
		[ABC.hex, 32],
		"-X"
	]],
	sampleKey: "FLW_SECRET_KEY",
	references: ["https://developer.flutterwave.com/docs/authentication"]
});
// dist/patterns/connector-credential/flyio-access-token.js
var flyio_access_token_default = prefixedToken({
	id: "flyio-access-token",
	name: "Fly.io access token",
	description: "Fly.io access tokens (fo1_ + 43 characters, and FlyV1 fm1/fm2 macaroon tokens): deploy and control the organisation's apps.",
	shapes: [
		["fo1_", [ABC.base64url, 43]],
		["fm2_", [
			ABC.base64,
			100,
			2e3
		]],
		["fm1r_", [
			ABC.base64,
			100,
			2e3
		]],
		["fm1a_", [
			ABC.base64,
			100,
			2e3
		]]
	],
	end: String.raw`[\w+/-]`,
	sampleKey: "FLY_API_TOKEN",
	references: ["https://fly.io/docs/security/tokens/"]
});
// dist/patterns/connector-credential/frameio-api-token.js
var frameio_api_token_default = prefixedToken({
	id: "frameio-api-token",
	name: "Frame.io developer token",
	description: "Frame.io developer tokens (fio-u- + 64 characters): read and upload the account's media.",
	shapes: [["fio-u-", [ABC.base64url, 64]]],
	sampleKey: "FRAMEIO_TOKEN",
	references: ["https://developer.frame.io/docs/getting-started/authentication"]
});
// dist/patterns/connector-credential/freemius-secret-key.js
var freemius_secret_key_default = keyedToken({
	id: "freemius-secret-key",
	name: "Freemius secret key",
	description: "Freemius secret keys (sk_ + 29 characters) under a key or section named after Freemius, or a secret_key entry of its SDK settings.",
	vendor: String.raw`freemius`,
	keywords: ["freemius"],
	shapes: [["sk_", [ABC.base64url, 29]]],
	sampleKey: "FREEMIUS_SECRET_KEY",
	references: ["https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/"]
});
// dist/patterns/connector-credential/freshbooks-token.js
var freshbooks_token_default = keyedToken({
	id: "freshbooks-token",
	name: "FreshBooks token or client secret",
	description: "FreshBooks OAuth tokens and client secrets (64 hex digits) under a key or section named after FreshBooks.",
	vendor: String.raw`freshbooks`,
	keywords: ["freshbooks"],
	shapes: [[[ABC.hex, 64]]],
	sampleKey: "FRESHBOOKS_CLIENT_SECRET",
	references: ["https://www.freshbooks.com/api/authentication"]
});
// dist/patterns/connector-credential/freshdesk-api-key.js
var freshdesk_api_key_default = keyedToken({
	id: "freshdesk-api-key",
	name: "Freshdesk API key",
	description: "Freshdesk API keys (20 characters) under a key or section named after Freshdesk.",
	vendor: String.raw`freshdesk`,
	keywords: ["freshdesk"],
	shapes: [[[ABC.alnum, 20]]],
	sampleKey: "FRESHDESK_API_KEY",
	references: ["https://developers.freshdesk.com/api/#authentication"]
});
// dist/patterns/connector-credential/gcp-api-key.js
const id$162 = "gcp-api-key";
/**
* Google Chat incoming webhooks all carry one public key (Google's docs), a
* public value of the registry; their token is the secret, reported as an
* escalation webhook.
*/
const GOOGLE_CHAT_KEY = BUILT_IN_ENTRIES.find((entry) => entry.id === "google-chat-webhook-key")?.values?.[0] ?? "";
const KEY_BODY$2 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
var gcp_api_key_default = defineDetector({
	id: id$162,
	name: "Google Cloud API key",
	category: "connector-credential",
	severity: "error",
	description: "Google Cloud and Firebase API keys (AIza + 35 characters), which bill and authorise calls to Google APIs.",
	regex: /(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/u,
	keywords: ["aiza"],
	publicPrefix: /^AIza/u,
	entropy: 3.8,
	validate: (secret) => !hasSequentialRun$1(secret.slice(4)),
	references: ["https://cloud.google.com/docs/authentication/api-keys"],
	samples: () => ({
		positive: [
			`AIzaSy${randomString(`${id$162}1`, KEY_BODY$2, 33)}`,
			`AIzaSy${randomString(`${id$162}2`, KEY_BODY$2, 33)}`,
			`AIza${randomString(`${id$162}3`, KEY_BODY$2, 35)}`
		],
		negative: [
			"AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
			"AIzaSy<your-api-key>",
			`AIzaSy${randomString(`${id$162}4`, KEY_BODY$2, 30)}`,
			"AIza[0-9A-Za-z\\-_]{35}",
			"AIzaSyA1234567890abcdefghijklmnopqrstu",
			`https://chat.googleapis.com/v1/spaces/AAAA${randomString(`${id$162}5`, KEY_BODY$2.slice(0, 62), 7)}/messages?key=${GOOGLE_CHAT_KEY}&token=${randomString(`${id$162}6`, KEY_BODY$2, 43)}%3D`
		]
	})
});
// dist/patterns/connector-credential/gcp-service-account-key.js
const id$161 = "gcp-service-account-key";
/** Decodes the PEM body of a JSON-escaped private key and checks it is DER (a SEQUENCE of real size). */
function derPrivateKey(pem) {
	const bytes = decodeBase64(pem.replace(/^-----BEGIN (?:RSA )?PRIVATE KEY-----|-----END (?:RSA )?PRIVATE KEY-----$/gu, "").replace(/\\{1,8}[nr]/gu, "").replace(/\s/gu, ""));
	return bytes !== void 0 && bytes.length >= 100 && bytes[0] === 48;
}
/** A service-account key file as `gcloud iam service-accounts keys create` writes it, built at run time. */
function keyFile$1(seed, project, account, pretty) {
	const pem = `-----BEGIN PRIVATE KEY-----\n${`MIIEvQ${randomBase64Lines(seed, 1200).slice(6)}`}\n-----END PRIVATE KEY-----\n`;
	const body = [
		["type", "service_account"],
		["project_id", project],
		["private_key_id", randomString(`${seed}:kid`, HEX, 40)],
		["private_key", pem],
		["client_email", `${account}@${project}.iam.gserviceaccount.com`],
		["client_id", randomString(`${seed}:cid`, DIGITS, 21)],
		["auth_uri", "https://accounts.google.com/o/oauth2/auth"],
		["token_uri", "https://oauth2.googleapis.com/token"]
	].map(([k, v]) => `${JSON.stringify(k)}:${pretty ? " " : ""}${JSON.stringify(v)}`);
	return pretty ? `{\n  ${body.join(",\n  ")}\n}` : `{${body.join(",")}}`;
}
/**
* A Google Cloud service-account key file: the private key reported once,
* when a `client_email` of a service account sits in the same JSON object
* (before or after it).
*/
var gcp_service_account_key_default = defineDetector({
	id: id$161,
	name: "GCP service-account key",
	category: "connector-credential",
	severity: "error",
	description: "Google Cloud service-account key files (JSON with a private_key and a …gserviceaccount.com client_email), in any field order, raw or JSON-escaped.",
	regex: /(?:\\?"client_email\\?"[ \t]{0,4}:[ \t]{0,4}\\?"[\w.+-]{1,100}@[a-z0-9.-]{1,100}\.gserviceaccount\.com\\?"(?:,(?:\\[nrt]|[\s*#/]){0,24}\\?"[a-z0-9_]{1,40}\\?"[ \t]{0,4}:[ \t]{0,4}\\?"[^"\\]{0,300}\\?"){0,8},(?:\\[nrt]|[\s*#/]){0,24})?\\?"private_key\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,6000}-----END (?:RSA )?PRIVATE KEY-----)(?:(?:\\{1,2}n)?\\?"(?:,(?:\\[nrt]|[\s*#/]){0,24}\\?"[a-z0-9_]{1,40}\\?"[ \t]{0,4}:[ \t]{0,4}\\?"[^"\\]{0,300}\\?"){0,8},(?:\\[nrt]|[\s*#/]){0,24}\\?"client_email\\?"[ \t]{0,4}:[ \t]{0,4}\\?"[\w.+-]{1,100}@[a-z0-9.-]{1,100}\.gserviceaccount\.com\\?")?/u,
	keywords: ["gserviceaccount.com"],
	multiline: true,
	gate: (text) => text.includes("\"private_key"),
	validate: (secret, { match }) => match.includes(".gserviceaccount.com") && derPrivateKey(secret),
	references: ["https://cloud.google.com/iam/docs/keys-create-delete", "https://google.aip.dev/auth/4112"],
	samples: () => ({
		positive: [
			keyFile$1(`${id$161}1`, `billing-sync-${randomString(`${id$161}2`, LOWER_NUM, 6)}`, "scheduler", true),
			keyFile$1(`${id$161}3`, `ops-${randomString(`${id$161}4`, LOWER_NUM, 8)}`, "dashboard-export", false),
			JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(keyFile$1(`${id$161}5`, `etl-${randomString(`${id$161}6`, LOWER_NUM, 6)}`, "loader", false))).sort()), null, 2)
		],
		negative: [
			"{\n  \"type\": \"service_account\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"my-sa@my-project.iam.gserviceaccount.com\"\n}",
			"{\"type\": \"service_account\", \"private_key\": \"<your-private-key>\", \"client_email\": \"sa@project-id.iam.gserviceaccount.com\"}",
			"{\n  \"type\": \"service_account\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nREDACTED\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"deployer@cavra-ci.iam.gserviceaccount.com\"\n}",
			`{"private_key": "-----BEGIN PRIVATE KEY-----\\n${randomBase64Lines(`${id$161}7`, 600).replace(/\n/gu, "\\n")}\\n-----END PRIVATE KEY-----\\n", "client_email": "svc@corp.example"}`
		]
	})
});
// dist/patterns/connector-credential/support/secret-value.js
/**
* Judges a literal that only its key calls a secret (generic assignments,
* Kubernetes Secret values): the value must be evidence by itself — long
* enough, random enough, of mixed classes — and no name, path, URL, UUID,
* base64 of words, words typed with a number, or placeholder.
*/
/** The shared password check, given the engine's registry (its default and stand-in passwords). */
const placeholderPassword = isPlaceholderPassword;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
/** Names, not values: `ACCESS_TOKEN`, `access_token`, `accessToken`, `auth.errors.password_required`, `Bearer`. */
const IDENTIFIER = /^[A-Z]+\d*(?:_[A-Z]+\d*)+$|^[a-z]+\d*(?:[_-][a-z]+\d*)+$|^[a-z]{2,}(?:[A-Z][a-z]+)+\d{0,3}$|^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)+$/u;
/** A file path (`config/secrets/prod.json`, `./keys/app.pem`, `~/.ssh/id_rsa`), not a value. */
function isPath(value) {
	if (!value.includes("/") && !value.includes("\\")) return false;
	return value.split(/[/\\]/u).every((segment) => segment === "" || /^[.~@]{0,2}[A-Za-z][a-z]*(?:[._-][A-Za-z0-9]+)*$|^\.{1,2}$|^~$|^[A-Za-z]:$/u.test(segment));
}
/** Base64 that decodes to readable text (`aGVsbG8gd29ybGQ=`) encodes words, not random key material. */
function encodesText(value) {
	if (value.length < 12 || !/^[A-Za-z0-9+/]+={0,2}$/u.test(value) || value.length % 4 !== 0) return false;
	const text = decodeBase64(value)?.toString("latin1") ?? "";
	return text.length > 0 && /^[\x20-\x7e]+$/u.test(text) && /^[A-Za-z0-9 ,.:;!?'"()/_-]+$/u.test(text) && /[a-z]{3}/u.test(text);
}
/**
* A value typed to describe itself (`bedrock-api-key-1234`, `oauth:user_1:client_1`,
* `fbk_validBearerKey123`, `Observe-Me1!`, `devrustfs123`): split into words at
* separators, case changes and digits, every run of four or more letters is
* a word (lower case, capitalized or all capitals, with a vowel) and words
* hold most of the letters. A generated value almost always has a run of
* mixed-case letters without that shape (`OMkrez`, `Xq`).
*/
function isDescriptive(value) {
	const runs = value.split(/[^A-Za-z]+/u).flatMap((run) => run.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/u)).filter((run) => run.length > 0);
	const letters = runs.reduce((n, run) => n + run.length, 0);
	const isWord = (run) => run.length >= 3 && /^(?:[A-Z]?[a-z]+|[A-Z]+)$/u.test(run) && /[aeiou]/iu.test(run);
	if (runs.filter((run) => run.length <= 2).length > 1 || !runs.every((run) => run.length <= 3 || isWord(run))) return false;
	const words = runs.filter(isWord);
	return words.some((run) => run.length >= 4) && words.reduce((n, run) => n + run.length, 0) >= letters * .7;
}
/** A sequence typed by hand, maybe interleaved (`a1B2c3D4…`, `abc123def456`): its letters or its digits alone run in order. */
function typedSequence(value) {
	const letters = value.replace(/[^A-Za-z]/gu, "");
	const digits = value.replace(/[^0-9]/gu, "");
	if (hasSequentialRun$1(letters, 6) || hasSequentialRun$1(digits, 6)) return true;
	return value.split(/[-_.]/u).some((part) => {
		const partLetters = part.replace(/[^A-Za-z]/gu, "");
		const partDigits = part.replace(/[^0-9]/gu, "");
		return partLetters.length + partDigits.length === part.length && hasSequentialRun$1(partLetters, 4) && hasSequentialRun$1(partDigits, 4);
	});
}
/** The value's own evidence: long enough, random enough, and of mixed classes. */
function looksGenerated(value, password, registry) {
	if (value.length < (password ? 12 : 16)) return false;
	if (shannonEntropy(value) < Math.min(3.5, Math.log2(value.length) - .6)) return false;
	const classes = [
		/[a-z]/u,
		/[A-Z]/u,
		/[0-9]/u,
		/[^A-Za-z0-9_.-]/u
	].filter((c) => c.test(value)).length;
	if (!(/[0-9]/u.test(value) && /[A-Za-z]/u.test(value)) && classes < 3) return false;
	if (UUID.test(value) || IDENTIFIER.test(value) || isPath(value) || encodesText(value) || isDescriptive(value) || typedSequence(value)) return false;
	if (/:\/\/|^https?:|^www\./iu.test(value)) return false;
	return !placeholderPassword(value, registry);
}
// dist/patterns/connector-credential/generic-http-credentials.js
const id$160 = "generic-http-credentials";
/** A token after Bearer/Token: long, random enough, and no placeholder. */
function tokenLooksReal(token, registry) {
	if (token.length < 16 || isReference(token) || hasSequentialRun$1(token)) return false;
	if (isDescriptive(token) || token.split(".").slice(1).some((part) => part.length > 0 && isDescriptive(part))) return false;
	if (!/[0-9]/u.test(token) || !/[A-Za-z]/u.test(token)) return false;
	return shannonEntropy(token) >= 3.3 && !placeholderPassword(token, registry);
}
/** `user:password` with a password that is not a placeholder or default; `user:` alone is a token used as the user (Stripe, Mailgun). */
function userPasswordLooksReal(pair, registry) {
	const colon = pair.indexOf(":");
	if (colon < 0 || !/^[\x20-\x7e]+$/u.test(pair)) return false;
	const user = pair.slice(0, colon);
	const password = pair.slice(colon + 1);
	if (isReference(user) || isReference(password)) return false;
	if (password.length === 0) return tokenLooksReal(user, registry);
	return password.length >= 8 && !placeholderPassword(password, registry) && registry?.match(password) === void 0 && !isDescriptive(password) && shannonEntropy(password) >= 2.8;
}
/** A request to a documentation or local host (`https://api.example.com`, `localhost:9200`) shows how to call, with stand-in credentials. */
function standInTarget(line, registry) {
	const host = /https?:\/\/(?:[^\s/@"'`]{0,200}@)?(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9.-]{1,253})/u.exec(line)?.groups?.host;
	if (host === void 0) return false;
	const lower = host.toLowerCase().replace(/^\[|\]$/gu, "");
	return isDocumentationIp(lower) || (registry?.isReservedHost(lower) ?? false);
}
const basic = (user, password) => Buffer.from(`${user}:${password}`).toString("base64");
/**
* Credentials in HTTP requests written out in scripts, docs and `.http`
* files: `curl -u user:password`, `--user user:password`, and
* `Authorization: Basic …` (decoded: a user and a real password),
* `Authorization: Bearer …` or `Token …` headers with a literal token.
* Generic: a vendor or JWT detector on the same token wins.
*/
var generic_http_credentials_default = defineDetector({
	id: id$160,
	name: "Credentials in an HTTP request",
	category: "connector-credential",
	severity: "error",
	description: "Literal credentials in HTTP requests in scripts, docs and .http files: curl -u/--user user:password, and Authorization: Basic (decoded to user:password), Bearer or Token headers.",
	regex: /(?:authorization\\?["'`]?\]?[ \t]{0,4}[:=][ \t]{0,4}(?:\\?["'`][ \t]{0,4})?(?<scheme>basic|bearer|token)[ \t]{1,4}(?:token=)?|(?<![\w-])(?:-u|--user)(?:[ \t]{1,4}|=)(?:\\?["'])?)(?<secret>[A-Z0-9+/=._~!#%&*?@^|-][A-Z0-9+/=._~!#%&*?@^|:-]{7,1000})/iu,
	keywords: [
		"authorization",
		"-u ",
		"-u\"",
		"-u'",
		"--user"
	],
	keywordContext: /authorization|-u[ \t"']{1,5}[^\s:"']{0,128}:|--user[ \t=]/iu,
	validate: (secret, { groups, line, registry }) => {
		if (standInTarget(line, registry)) return false;
		const scheme = groups.scheme?.toLowerCase();
		if (scheme === void 0) return /curl|wget|https?:\/\//iu.test(line) && userPasswordLooksReal(secret, registry);
		if (scheme === "basic") {
			const decoded = decodeBase64(secret)?.toString("latin1") ?? "";
			return /^[A-Za-z0-9+/]+={0,2}$/u.test(secret) && userPasswordLooksReal(decoded, registry);
		}
		return tokenLooksReal(secret, registry);
	},
	references: [
		"https://www.rfc-editor.org/rfc/rfc7617",
		"https://www.rfc-editor.org/rfc/rfc6750#section-2.1",
		"https://curl.se/docs/manpage.html#-u"
	],
	samples: () => ({
		positive: [
			`curl -u deploy:${randomString(`${id$160}1`, ALPHA_NUM, 20)} https://artifacts.northbridge.io/api/upload`,
			`curl --user "svc-export:${randomString(`${id$160}2`, ALPHA_NUM, 18)}" -X POST https://ledger.northbridge.io/v1/export`,
			`curl -H "Authorization: Basic ${basic("ci-bot", randomString(`${id$160}3`, ALPHA_NUM, 22))}" https://registry.northbridge.io/v2/`,
			`Authorization: Bearer ${randomString(`${id$160}4`, BASE64URL, 48)}`,
			`headers: { Authorization: 'Token ${randomString(`${id$160}5`, HEX, 40)}' }`,
			`curl -u ${randomString(`${id$160}6`, ALPHA_NUM, 32)}: https://api.northbridge.io/v1/charges`
		],
		negative: [
			"curl -u admin:admin http://localhost:9200/_cat/indices",
			"curl -u elastic:changeme https://es.northbridge.io:9200",
			"curl -u \"$USER:$API_TOKEN\" https://api.northbridge.io/v1/me",
			`curl -u deploy:${randomString(`${id$160}7`, ALPHA_NUM, 20)} https://api.example.com/upload`,
			`curl -H "Authorization: Basic ${basic("username", "password")}" https://registry.northbridge.io/v2/`,
			"Authorization: Bearer <token>",
			"Authorization: Bearer ${ACCESS_TOKEN}",
			"headers: { Authorization: 'Bearer ' + token }",
			"Authorization: Bearer YOUR_ACCESS_TOKEN_HERE",
			"git push -u origin main",
			"sort -u names.txt | uniq -c",
			"authorization: \"Bearer eyJhbGciOiJFZERTQSJ9.payload.signature\"",
			"headers: { authorization: \"Bearer fbk_validBearerKey123\" }",
			`Authorization: Basic ${Buffer.from(randomString(`${id$160}8`, ALPHA_NUM, 30)).toString("base64")}`
		]
	})
});
// dist/patterns/signing-material/nested-signing-secret-key-value.js
const id$159 = "nested-signing-secret-key-value";
/**
* A secret under the `secret` / `key` child of a `jwt`, `session` or
* `cookie` block (Spring's application.yml `jwt:\n  secret:`, pretty-printed
* JSON), which the line-local `signing-secret-key-value` cannot see.
*/
var nested_signing_secret_key_value_default = defineDetector({
	id: id$159,
	name: "Signing secret in a jwt / session block",
	category: "signing-material",
	severity: "error",
	description: "High-entropy values under the secret, key or signing-key child of a jwt, session or cookie block in YAML or pretty-printed JSON (jwt:\\n  secret: …).",
	regex: /(?<![a-z0-9_-])(?:\\?["'])?(?:jwt|session|cookie)(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n|\\n)(?<indent>[ \t*#/]{1,16})(?:(?:\\?["'])?[a-z0-9_-]{1,40}(?:\\?["'])?[ \t]{0,4}:(?:[^\r\n\\]|\\[^n]){0,300}(?:\r?\n|\\n)\k<indent>){0,8}(?:\\?["'])?(?:signing[_-]?)?(?:secret|key)(?:[_-]?key)?(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}(?:\\?["'])?(?<secret>[a-z0-9+/_!@#$%^&*~][a-z0-9+/=_.~!@#$%^&*-]{15,511})/iu,
	keywords: [
		"jwt",
		"session",
		"cookie"
	],
	keywordContext: /(?:jwt|session|cookie)(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n|\\n)/iu,
	multiline: true,
	reach: 4096,
	entropy: 3.5,
	allow: [/secret|passw(?:or)?d|changeme|insecure|development|localhost|signing/iu],
	validate: (secret) => /[0-9]/u.test(secret) && /[A-Za-z]/u.test(secret) && !/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/iu.test(secret),
	samples: () => ({
		positive: [
			`jwt:\n  secret: ${randomString(`${id$159}1`, ALPHA_NUM, 64)}\n  expiration: 86400000`,
			`session:\n  name: sid\n  secret: ${randomString(`${id$159}2`, BASE64, 44)}`,
			`"jwt": {\n  "signingKey": "${randomString(`${id$159}3`, ALPHA_NUM, 48)}"`
		],
		negative: [
			"jwt:\n  secret: ${JWT_SECRET}\n  expiration: 86400000",
			"jwt:\n  secret: my-super-secret-key-2024",
			"session:\n  key: sid\n  maxAge: 86400",
			`jwt:\n  issuer: https://auth.cavra.io\n  audience: console-${randomString(`${id$159}4`, ALPHA_NUM, 6)}`
		]
	})
});
// dist/patterns/connector-credential/generic-secret-assignment.js
const id$158 = "generic-secret-assignment";
/** The last words of a key that names a credential (keys are normalized to snake_case first). */
const CREDENTIAL_KEY$1 = /(?:^|_)(?<stem>(?:api|access|private|secret|app|master|auth|client)_?key|(?<=[a-z0-9]_)key|(?:client|app|consumer|api|oauth)_?secret|secret|(?:access|auth|api|bearer|bot|refresh|personal_access|service|admin|deploy|master|app)_?token|token|password|passwd|pwd)$/u;
/** Words before `token`/`key`/`secret` that name something else than a credential. */
const NOT_A_CREDENTIAL_KEY = /(?:^|_)(?:page|next|prev|previous|continuation|cursor|pagination|resume|sync|csrf|xsrf|cancel|cancellation|verification|verify|invite|reset|state|nonce|lexer|parser|start|end|eof|current|last|first|max|min|num|input|output|special|bos|eos|pad|unk|mask|sep|cls|public|publishable|site|recaptcha|captcha|idempotency|request|trace|correlation|checkout|cart|order|format|type|kind|name|header|prefix|placeholder|mock|fake|dummy|test|example|sample)_(?:[a-z]+_)?(?:token|key|secret)$/u;
/**
* Words before a bare `key` that name something else than a credential: a
* record's or cache's key, an object's path, a translation, a UI element.
* A bare `<word>_key` (`weather_key`, `abuseipdbKey`) is a credential only
* when its value is evidence by itself (see `bareKeyValue`).
*/
const NOT_A_CREDENTIAL_BARE_KEY = /(?:^|_)(?:primary|foreign|sort|partition|range|hash|cache|storage|object|s3|blob|bucket|file|i18n|translation|message|label|route|react|unique|dedup|dedupe|lookup|map|index|row|column|field|item|list|group|shard|sharding|routing|redis|memcache|memcached|query|search|public|pub|ssh|gpg|pgp|host|kms|sse|customer|master|meta|metadata|composite|compound|natural|surrogate|config|setting|settings|env|feature|flag|cursor|page|sequence|order|idempotency|event|state|component|element|node|entry|record|table|dict|registry|namespace|prefix|suffix|hotkey|short|keyboard|shortcut|access|default|context|stripe|publishable|site|widget|recaptcha|captcha|license|licence|encryption|signing|verify|verification|deploy|vapid|project|write|read|tracking|analytics|client_side|browser|frontend|embed)_key$/u;
/** A bare `<word>_key` value must look like a vendor's token: 20 or more characters mixing upper case, lower case and digits. */
const bareKeyValue = (value) => value.length >= 20 && /[A-Z]/u.test(value) && /[a-z]/u.test(value) && /[0-9]/u.test(value);
/**
* Keys left to the detectors that read them closer: signing secrets
* (signing-secret-key-value, its nested twin) and database passwords
* (database-password-key-value), so that one value makes one finding.
*/
const OWNED_ELSEWHERE = /(?:^|_)(?:jwt|jws|hmac)_?(?:signing_?)?(?:secret|key)$|(?:^|_)signing_?(?:secret|key)$|secret_?key_?base$|(?:^|_)(?:session|cookie)_?(?:signing_?)?secret$|(?<!o)auth_?secret$|^secret_key$|(?<!oauth_)token_(?:signing_(?:secret|key)|secret)$|(?:^|_)(?:db|database|datasource|postgres|postgresql|pg|mysql|mariadb|mongo|mongodb|redis|rabbitmq|mssql|clickhouse|cassandra|neo4j|elastic|influxdb)(?:_[a-z]+)?_(?:password|passwd|pwd)$|licen[cs]e/u;
/** nested-signing-secret-key-value's pattern: a `secret` under a `jwt:`, `session:` or `cookie:` block is its finding. */
const NESTED_SIGNING = new RegExp(nested_signing_secret_key_value_default.regex.source, `${nested_signing_secret_key_value_default.regex.flags}gd`);
/** True when the value at `offset` is the secret of a jwt/session/cookie block that nested-signing-secret-key-value reads. */
function ownedByNestedSigning(text, offset) {
	const start = Math.max(0, offset - (nested_signing_secret_key_value_default.reach ?? 4096));
	const slice = text.slice(start, offset + 600);
	NESTED_SIGNING.lastIndex = 0;
	for (let m = NESTED_SIGNING.exec(slice); m !== null; m = NESTED_SIGNING.exec(slice)) if (start + (m.indices?.groups?.secret?.[0] ?? -1) === offset) return true;
	return false;
}
/**
* Calls whose second argument is the value of the key named first: a default
* for an environment variable (`os.environ.get("X", "…")`, `ENV.fetch("X", "…")`,
* `env('X', '…')`) or a setting (`define('X', '…')`, `os.Setenv("X", "…")`,
* `System.setProperty("x", "…")`).
*/
const KEY_VALUE_CALL = /(?:environ\.get|environ\.setdefault|getenv|setenv|putenv|setProperty|(?<![\w.])define|\.fetch|(?<![\w.])env|get_env|env\.get)\([ \t]{0,4}\\?["']$/iu;
/** The words of a phrase that end right before a key (`Cloudflare API ` of `Cloudflare API key: …`), one space apart. */
const PHRASE_WORDS = /(?<![\w$./-])(?:[A-Za-z][\w-]{0,30} ){1,3}$/u;
/** A line that is a comment: unquoted values there are prose or examples of configuration. */
const COMMENT_LINE = /^[ \t]*(?:\/[/*]|[*#;%]|--|<!--|rem[ \t])/iu;
/** `camelCase`, `kebab-case` and `dotted.keys` to snake_case: `clientSecret` -> `client_secret`. */
const normalizeKey = (key) => key.replace(/([a-z0-9])([A-Z])/gu, "$1_$2").replace(/[^A-Za-z0-9]+/gu, "_").toLowerCase().replace(/^_|_$/gu, "");
/**
* Nx Cloud read-only access tokens (base64 of `<uuid>|read`) are made to be
* committed in nx.json: they only read the remote cache.
*/
function nxCloudReadToken(value) {
	const decoded = decodeBase64(value)?.toString("latin1") ?? "";
	return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\|read$/u.test(decoded);
}
/** True when the YAML document holding `at` is a Bitnami SealedSecret (its kind line within 8 KB before). */
function sealedSecret(text, at) {
	const back = text.slice(Math.max(0, at - 8192), at);
	const document = back.slice(back.lastIndexOf("\n---") + 1);
	return /^[ \t]*kind:[ \t]*["']?SealedSecret\b/mu.test(document);
}
const secret = (seed, length = 32) => randomString(seed, ALPHA_NUM, length);
/**
* A high-entropy literal assigned to a key that names a credential (api_key,
* client_secret, access_token, password, …) in code, config, env files and
* docs, including environment fallbacks (`process.env.X ?? '…'`,
* `os.environ.get("X", "…")`, `ENV.fetch("X", "…")`). Only the key says
* what the value is, so the value must be evidence by itself: length,
* entropy, mixed classes, no name, path, URL, UUID or placeholder. Generic:
* a vendor detector on the same value wins.
*/
var generic_secret_assignment_default = defineDetector({
	id: id$158,
	name: "Secret assigned to a credential key",
	category: "connector-credential",
	severity: "error",
	description: "High-entropy literals assigned to credential keys (api_key, apiKey, client_secret, access_token, auth_token, password, private_key, …) in code, config, .env and docs, and as environment fallbacks (process.env.X ?? \"…\", os.environ.get(\"X\", \"…\")).",
	regex: /(?:(?<![\w$./-])|(?<=[ \t]--))(?<key>[A-Za-z_$][\w$.-]{0,80})\\?["'`]?[ \t]{0,4}(?<op>=>|:=|:-|\?\?|\|\||[:=,>])[ \t]{0,4}(?:[rbu]?(?<quote>\\?["'`]))?(?=(?<secret>[^\s"'`<>\\,;&(){}[\]]{8,256}))/u,
	context: [{
		pattern: /(?:\/\/|#|\/\*|--)[^\n]{0,80}\b(?:dummy|fake|mock|example|sample|placeholder|not (?:a )?real|test(?:ing)? only)\b/iu,
		within: "line",
		effect: "forbid"
	}],
	keywords: [...[
		"token",
		"secret",
		"password",
		"passwd",
		"pwd",
		"key"
	].flatMap((stem) => [
		"\"",
		"'",
		"`",
		"\\",
		"=",
		":",
		" ",
		"	",
		"|",
		"?",
		">"
	].map((end) => `${stem}${end}`)), ...[
		"api",
		"access",
		"private",
		"secret",
		"app",
		"master",
		"auth",
		"client"
	].flatMap((word) => [
		"",
		"_",
		"-",
		".",
		" "
	].map((sep) => `${word}${sep}key`))],
	keywordContext: /(?:(?:api|access|private|secret|app|master|auth|client)[ _.-]?key|(?<=[a-z0-9][_.-]?)key|token|secret|passw(?:or)?d|pwd)\\?["'`]?[ \t]{0,4}(?:=>|:=|:-|\?\?|\|\||[:=,>])/iu,
	validate: (value, { groups, syntax, text, offset, match, line, registry }) => {
		const rawKey = groups.key ?? "";
		const start = (offset ?? 0) - match.length;
		const words = PHRASE_WORDS.exec(text?.slice(Math.max(0, start - 96), start) ?? "")?.[0] ?? "";
		const key = normalizeKey(`${words}${rawKey}`);
		const stem = CREDENTIAL_KEY$1.exec(key)?.groups?.stem;
		if (stem === void 0 || NOT_A_CREDENTIAL_KEY.test(key) || OWNED_ELSEWHERE.test(key)) return false;
		if (stem === "key" && (NOT_A_CREDENTIAL_BARE_KEY.test(key) || !bareKeyValue(value))) return false;
		if ((stem === "secret" || key.endsWith("key")) && ownedByNestedSigning(text ?? "", offset ?? 0)) return false;
		const before = text?.slice(Math.max(0, start - 40), start) ?? "";
		const after = text?.slice((offset ?? 0) + value.length, (offset ?? 0) + value.length + 2) ?? "";
		const op = groups.op ?? "";
		if (op === "," && !KEY_VALUE_CALL.test(before)) return false;
		if (op === ">") return before.endsWith("<") && after.startsWith("</") && looksGenerated(value, /^(?:password|passwd|pwd)$/u.test(stem), registry);
		const quote = groups.quote?.slice(-1);
		if (quote !== void 0) {
			if (after.replace(/^\\/u, "").charAt(0) !== quote) return false;
		} else {
			if (after.length > 0 && !/^[\s,;})#&"'`]/u.test(after)) return false;
			const inString = op === "=" && /["'`?&]$|[ \t]--$/u.test(before) || op === ":-";
			if ((syntax === "js" || syntax === "python") && !inString && !(words !== "") && !COMMENT_LINE.test(line)) return false;
		}
		if (!looksGenerated(value, /^(?:password|passwd|pwd)$/u.test(stem), registry) || nxCloudReadToken(value)) return false;
		if (value.toLowerCase().replace(/[^a-z0-9]+/gu, "_").startsWith(`${key.split("_").slice(-2).join("_")}_`)) return false;
		return !sealedSecret(text ?? "", start);
	},
	references: ["https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/", "https://cwe.mitre.org/data/definitions/798.html"],
	samples: () => ({
		positive: [
			{
				key: "api_key",
				value: secret(`${id$158}1`)
			},
			{
				key: "WEATHERSTACK_KEY",
				value: secret(`${id$158}35`)
			},
			`Weatherstack API key: ${secret(`${id$158}41`)}`,
			`geocodio token = '${secret(`${id$158}42`)}'`,
			{
				key: "clientSecret",
				value: randomString(`${id$158}2`, BASE64, 40)
			},
			{
				key: "ACCESS_TOKEN",
				value: randomString(`${id$158}3`, HEX, 40)
			},
			{
				key: "password",
				value: `${randomString(`${id$158}4`, ALPHA_NUM, 8)}#${randomString(`${id$158}5`, ALPHA_NUM, 7)}`
			},
			{
				key: "x-api-key",
				value: secret(`${id$158}6`, 40)
			},
			`process.env.PAYMENTS_API_TOKEN ?? '${secret(`${id$158}7`)}'`,
			`process.env.SEARCH_API_KEY || "${secret(`${id$158}8`, 24)}"`,
			`os.environ.get("LEDGER_CLIENT_SECRET", "${secret(`${id$158}9`)}")`,
			`os.getenv('MAPS_API_KEY', '${secret(`${id$158}10`, 39)}')`,
			`ENV.fetch("SHIPPING_AUTH_TOKEN", "${secret(`${id$158}11`)}")`,
			`define('MAILER_API_KEY', '${secret(`${id$158}20`)}');`,
			`LIVE_SERVER_SECRET_KEY: \${LIVE_SERVER_SECRET_KEY:-${secret(`${id$158}34`)}}`,
			`ledger-cli export --api-key=${secret(`${id$158}21`)} --since 2026-01-01`,
			`<server>\n  <id>releases</id>\n  <username>deploy</username>\n  <password>${secret(`${id$158}22`, 24)}</password>\n</server>`
		],
		negative: [
			`workspace/api_keys/api_key: ${randomString(`${id$158}lock`, HEX, 32)}`,
			{
				key: "weatherstack_key",
				value: randomString(`${id$158}37`, HEX, 32)
			},
			{
				key: "cacheKey",
				value: secret(`${id$158}38`)
			},
			{
				key: "primary_key",
				value: secret(`${id$158}39`)
			},
			{
				key: "key",
				value: secret(`${id$158}40`)
			},
			`the next page token: ${randomString(`${id$158}43`, BASE64, 40)}`,
			{
				key: "TOKEN_TYPE",
				value: "access_token"
			},
			{
				key: "access_token",
				value: "ACCESS_TOKEN"
			},
			{
				key: "password",
				value: "password123"
			},
			{
				key: "password",
				value: "P@ssw0rd2024!"
			},
			{
				key: "api_key",
				value: "process.env.API_KEY"
			},
			{
				key: "api_key",
				value: "${API_KEY}"
			},
			{
				key: "apiKey",
				value: "<your-api-key>"
			},
			{
				key: "token",
				value: "3f2b8c1e-9a4d-4e7f-b6c2-1d5e8f9a0b3c"
			},
			{
				key: "client_secret",
				value: "auth.errors.client_secret_required"
			},
			{
				key: "secret",
				value: "config/secrets/production.json"
			},
			{
				key: "secret",
				value: "~/.ssh/id_ed25519"
			},
			{
				key: "token",
				value: "https://auth.northbridge.io/oauth/token"
			},
			{
				key: "nextPageToken",
				value: randomString(`${id$158}12`, BASE64, 40)
			},
			{
				key: "csrf_token",
				value: secret(`${id$158}13`)
			},
			{
				key: "publishable_key",
				value: `pk_live_${secret(`${id$158}14`, 24)}`
			},
			{
				key: "api_key",
				value: "abcdefghijklmnopqrstuvwxyz012345"
			},
			{
				key: "secret",
				value: Buffer.from("this is not a secret at all").toString("base64")
			},
			{
				key: "token",
				value: "v2.4.17-beta.3"
			},
			{
				key: "api_key",
				value: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
			},
			{
				key: "auth_token",
				value: `sk_test_${secret(`${id$158}15`, 24)}`
			},
			{
				key: "secret_key_id",
				value: secret(`${id$158}16`)
			},
			{
				key: "password_hint",
				value: secret(`${id$158}17`)
			},
			`sign(token, "${secret(`${id$158}18`)}")`,
			{
				key: "sessionToken",
				value: `session-token-${randomString(`${id$158}33`, LOWER_NUM, 25)}`
			},
			`const token = "${LOWER_NUM.slice(0, 4)}" + suffix;`,
			"password: \"Password must be at least 12 characters\"",
			"<password>${env.MAVEN_PASSWORD}</password>",
			`<token>${secret(`${id$158}23`)}`,
			`token = getToken("${secret(`${id$158}19`)}")`,
			{
				key: "apiKey",
				value: "bedrock-api-key-1234"
			},
			{
				key: "NEXTAUTH_SECRET",
				value: secret(`${id$158}31`, 44)
			},
			`jwt:\n  secret: ${secret(`${id$158}32`, 48)}\n  expiration: 86400`,
			{
				key: "token",
				value: "oauth:user_1:client_1"
			},
			{
				key: "password",
				value: "ScopedManager123!"
			},
			{
				key: "secret",
				value: "a1B2c3D4e5F6g7H8i9J0-_K1L2M3N4O5P6"
			},
			{
				key: "checkout_token",
				value: randomString(`${id$158}24`, HEX, 33)
			},
			{
				key: "nxCloudAccessToken",
				value: Buffer.from(`${randomString(`${id$158}25`, HEX, 8)}-${randomString(`${id$158}26`, HEX, 4)}-4${randomString(`${id$158}27`, HEX, 3)}-8${randomString(`${id$158}28`, HEX, 3)}-${randomString(`${id$158}29`, HEX, 12)}|read`).toString("base64")
			},
			`secret: "whsec_${randomString(`${id$158}30`, HEX, 32)}", // dummy secret`,
			"const url = \"http://localhost/api/test?apikey=123&token=abc123&safeParam=value\";"
		]
	})
});
// dist/patterns/connector-credential/generic-url-credentials.js
const id$157 = "generic-url-credentials";
/**
* Any other `scheme://user:password@host` URL. Generic: a vendor detector
* (GitHub token, database URL, …) on the same span wins.
*/
var generic_url_credentials_default = defineDetector({
	id: id$157,
	name: "URL with a password",
	category: "connector-credential",
	severity: "error",
	description: "URLs of any scheme (https, ftp, smtp, ldap, …) whose user info carries a real password for a real host.",
	regex: /(?<![A-Za-z0-9+.-])(?<secret>(?<scheme>[a-z][a-z0-9+.-]{1,30}):\/\/(?<user>[^\s:/@"'`<>\\]{0,128}):(?<password>[^\s/?@"'`<>\\]{1,256})@(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})(?::\d{1,5})?(?:[/?#][^\s"'`<>\\(){}[\]|^]{0,300})?)/u,
	keywords: ["://"],
	keywordContext: /:\/\/[^\s:/@"'`<>\\]{0,128}:[^\s/?@"'`<>\\]{1,256}@/u,
	validate: (_secret, { groups, registry }) => urlCredentialsLookReal({
		scheme: groups.scheme ?? "",
		user: groups.user ?? "",
		password: groups.password ?? "",
		host: groups.host ?? ""
	}, registry),
	skipSynthetic: true,
	references: ["https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1"],
	samples: () => ({
		positive: [
			`https://deploy:${randomString(`${id$157}1`, ALPHA_NUM, 28)}@artifacts.internal.northbridge.io/repository/releases/`,
			`ftp://backup:${randomString(`${id$157}2`, ALPHA_NUM, 14)}@files.northbridge-logistics.de/nightly/`,
			`smtp://alerts%40mailer.${randomString(`${id$157}3`, LOWER_NUM, 6)}.io:${randomString(`${id$157}4`, ALPHA_NUM, 20)}@smtp.mailgun.org:587`,
			`ldaps://cn=svc-sync,ou=apps:${randomString(`${id$157}5`, ALPHA_NUM, 22)}@ldap.corp-${randomString(`${id$157}6`, LOWER_NUM, 6)}.net:636`
		],
		negative: [
			"https://user:password@example.com/path",
			"http://admin:admin@192.168.1.1/",
			"git+https://github.com/cavra/boundary-guard.git",
			"https://oauth2@gitlab.com/group/project.git",
			"http://username:${PROXY_PASSWORD}@proxy.corp.net:3128",
			"https://foo:bar@registry.npmjs.org/"
		]
	})
});
// dist/patterns/connector-credential/github-fine-grained-token.js
const id$156 = "github-fine-grained-token";
var github_fine_grained_token_default = defineDetector({
	id: id$156,
	name: "GitHub fine-grained personal access token",
	category: "connector-credential",
	severity: "error",
	description: "GitHub fine-grained personal access tokens (github_pat_ + 22 + _ + 59 characters), scoped to repositories and organisations.",
	regex: /\b(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/u,
	keywords: ["github_pat_"],
	publicPrefix: /^github_pat_/u,
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(11)),
	references: ["https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", "https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/"],
	samples: () => ({
		positive: [`github_pat_11${randomString(`${id$156}1`, UPPER_NUM, 20)}_${randomString(`${id$156}2`, ALPHA_NUM, 59)}`, `github_pat_11${randomString(`${id$156}3`, UPPER_NUM, 20)}_${randomString(`${id$156}4`, ALPHA_NUM, 59)}`],
		negative: [
			`github_pat_${"x".repeat(22)}_${"x".repeat(59)}`,
			"github_pat_<your-fine-grained-token>",
			`github_pat_11${randomString(`${id$156}5`, UPPER_NUM, 20)}_${randomString(`${id$156}6`, ALPHA_NUM, 58)}`,
			"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
			`github_pat_11ABCDEFGHIJKLMNOPQRST_${randomString(`${id$156}7`, ALPHA_NUM, 59)}`
		]
	})
});
// dist/patterns/connector-credential/github-token.js
const id$155 = "github-token";
/** A classic GitHub token body with a valid checksum, built at run time. */
function token$4(prefix, seed) {
	const body = randomString(seed, ALPHA_NUM, 30);
	return `${prefix}_${body}${base62(crc32(body), 6)}`;
}
var github_token_default = defineDetector({
	id: id$155,
	name: "GitHub token",
	category: "connector-credential",
	severity: "error",
	description: "GitHub personal access, OAuth, user-to-server, server-to-server and refresh tokens, with their CRC-32 checksum checked offline.",
	regex: /\b(?<secret>gh[pousr]_[A-Za-z0-9]{36})\b/u,
	keywords: [
		"ghp_",
		"gho_",
		"ghu_",
		"ghs_",
		"ghr_"
	],
	publicPrefix: /^gh[pousr]_/u,
	validate: (secret) => githubTokenChecksumValid(secret),
	skipSynthetic: true,
	references: ["https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/"],
	samples: () => ({
		positive: [
			token$4("ghp", `${id$155}1`),
			token$4("gho", `${id$155}2`),
			token$4("ghs", `${id$155}3`),
			token$4("ghr", `${id$155}4`)
		],
		negative: [
			`ghp_${randomString(`${id$155}5`, ALPHA_NUM, 30)}AAAAAA`,
			"ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"ghp_<your-token>",
			`ghx_${randomString(`${id$155}6`, ALPHA_NUM, 36)}`
		]
	})
});
// dist/patterns/connector-credential/gitlab-token.js
const id$154 = "gitlab-token";
var gitlab_token_default = defineDetector({
	id: id$154,
	name: "GitLab token",
	category: "connector-credential",
	severity: "error",
	description: "GitLab personal, project, group, deploy, runner, pipeline-trigger and OAuth tokens (glpat-, gldt-, glrt-, glptt-, …) and runner registration tokens (GR1348941).",
	regex: /(?<![A-Za-z0-9_-])(?<secret>gl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|soat|agent|ffct|wt)-[A-Za-z0-9_-]{20,300}(?:(?:\.[0-9a-z]{2})?\.[0-9a-z]{9})?|GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/u,
	keywords: [...[
		"glpat-",
		"gldt-",
		"glrt-",
		"glptt-",
		"gloas-",
		"glcbt-",
		"glimt-",
		"glft-",
		"glsoat-",
		"glagent-",
		"glffct-",
		"glwt-"
	], "gr1348941"],
	publicPrefix: /^(?:gl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|soat|agent|ffct|wt)-|GR1348941)/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret),
	references: ["https://docs.gitlab.com/security/tokens/#token-prefixes", "https://docs.gitlab.com/administration/settings/account_and_limit_settings/#personal-access-token-prefix"],
	samples: () => ({
		positive: [
			`glpat-${randomString(`${id$154}1`, ALPHA_NUM, 20)}`,
			`glpat-${randomString(`${id$154}2`, ALPHA_NUM, 36)}.01.${randomString(`${id$154}3`, LOWER_NUM, 9)}`,
			`glrt-t1_${randomString(`${id$154}8`, ALPHA_NUM, 30)}.0r${randomString(`${id$154}9`, LOWER_NUM, 7)}`,
			`gldt-${randomString(`${id$154}4`, ALPHA_NUM, 20)}`,
			`glptt-${randomString(`${id$154}5`, HEX, 40)}`,
			`GR1348941${randomString(`${id$154}6`, ALPHA_NUM, 20)}`
		],
		negative: [
			"glpat-xxxxxxxxxxxxxxxxxxxx",
			"glpat-<your-personal-access-token>",
			"glpat-1234567890abcdefghij",
			`glrt-${randomString(`${id$154}7`, ALPHA_NUM, 12)}`,
			"GR1348941XXXXXXXXXXXXXXXXXXXX",
			"/glpat-[0-9a-zA-Z_-]{20}/"
		]
	})
});
// dist/patterns/connector-credential/gitter-access-token.js
var gitter_access_token_default = keyedToken({
	id: "gitter-access-token",
	name: "Gitter access token",
	description: "Gitter personal access tokens (40 hex digits) under a key or section named after Gitter.",
	vendor: String.raw`gitter`,
	keywords: ["gitter"],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "GITTER_TOKEN",
	references: ["https://developer.gitter.im/docs/authentication"]
});
// dist/patterns/connector-credential/gocardless-access-token.js
var gocardless_access_token_default = keyedToken({
	id: "gocardless-access-token",
	name: "GoCardless access token",
	description: "GoCardless live access tokens (live_ + 40 characters) under a key or section named after GoCardless.",
	vendor: String.raw`go[_.-]?cardless`,
	keywords: [
		"gocardless",
		"go_cardless",
		"go-cardless"
	],
	shapes: [["live_", [ABC.base64url, 40]]],
	sampleKey: "GOCARDLESS_ACCESS_TOKEN",
	references: ["https://developer.gocardless.com/getting-started/api/making-your-first-request/"]
});
// dist/patterns/connector-credential/google-oauth-access-token.js
var google_oauth_access_token_default = prefixedToken({
	id: "google-oauth-access-token",
	name: "Google OAuth access token",
	description: "Google OAuth 2.0 access tokens (ya29. + the token): call Google APIs as the user or service account until they expire.",
	shapes: [["ya29.", [
		ABC.base64url,
		40,
		800
	]]],
	sampleKey: "GOOGLE_ACCESS_TOKEN",
	references: ["https://developers.google.com/identity/protocols/oauth2"]
});
// dist/patterns/connector-credential/google-oauth-client-secret.js
const id$153 = "google-oauth-client-secret";
var google_oauth_client_secret_default = defineDetector({
	id: id$153,
	name: "Google OAuth client secret",
	category: "connector-credential",
	severity: "error",
	description: "Google OAuth 2.0 client secrets (GOCSPX- + 28 characters), which let anyone act as the OAuth client.",
	regex: /(?<![\w-])(?<secret>GOCSPX-[\w-]{28})(?![\w-])/u,
	keywords: ["gocspx-"],
	publicPrefix: /^GOCSPX-/u,
	entropy: 3.6,
	validate: (secret) => !hasSequentialRun$1(secret.slice(7)),
	references: ["https://developers.google.com/identity/protocols/oauth2", "https://support.google.com/cloud/answer/15549257"],
	samples: () => ({
		positive: [`GOCSPX-${randomString(`${id$153}1`, BASE64URL, 28)}`, {
			key: "GOOGLE_CLIENT_SECRET",
			value: `GOCSPX-${randomString(`${id$153}2`, BASE64URL, 28)}`
		}],
		negative: [
			`GOCSPX-${"x".repeat(28)}`,
			"GOCSPX-<client-secret>",
			`GOCSPX-${randomString(`${id$153}3`, BASE64URL, 16)}`,
			`GOCSPX-${randomString(`${id$153}4`, BASE64URL, 40)}`
		]
	})
});
// dist/patterns/connector-credential/grafana-api-key.js
const id$152 = "grafana-api-key";
/**
* Legacy Grafana API keys are base64 of `{"k":"<key>","n":"<name>","id":<org>}`.
* Power BI report links start with the same `eyJrIjoi` but carry `t`/`c` fields instead.
*/
function payloadValid$1(secret) {
	try {
		const value = JSON.parse(decodeBase64(secret)?.toString("utf8") ?? "");
		if (typeof value !== "object" || value === null) return false;
		const { k, n, id: org } = value;
		return typeof k === "string" && k.length >= 16 && typeof n === "string" && typeof org === "number";
	} catch {
		return false;
	}
}
const key$1 = (seed) => Buffer.from(JSON.stringify({
	k: randomString(`${seed}k`, ALPHA_NUM, 32),
	n: `ci-${randomString(`${seed}n`, LOWER_NUM, 6)}`,
	id: Number(randomString(`${seed}i`, DIGITS, 1)) + 1
})).toString("base64");
var grafana_api_key_default = defineDetector({
	id: id$152,
	name: "Grafana API key",
	category: "connector-credential",
	severity: "error",
	description: "Legacy Grafana API keys (base64 JSON starting eyJrIjoi with a key, name and org id), checked by decoding offline.",
	regex: /(?<![A-Za-z0-9+/])(?<secret>eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=])/u,
	keywords: ["eyjrijoi"],
	entropy: 4,
	validate: payloadValid$1,
	references: ["https://grafana.com/docs/grafana/latest/developers/http_api/auth/"],
	samples: () => ({
		positive: [
			key$1(`${id$152}1`),
			{
				key: "GRAFANA_API_KEY",
				value: key$1(`${id$152}2`)
			},
			`Authorization: Bearer ${key$1(`${id$152}3`)}`
		],
		negative: [
			`https://app.powerbi.com/view?r=${Buffer.from(JSON.stringify({
				k: "3f1c2b9e-7d41-4a57-9a0c-2f8e4d6b1a33",
				t: "72f988bf-86f1-41af-91ab-2d7cd011db47",
				c: 3
			})).toString("base64")}`,
			"eyJrIjoiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
			"eyJrIjoi<your-api-key>"
		]
	})
});
// dist/patterns/connector-credential/grafana-cloud-token.js
const id$151 = "grafana-cloud-token";
/** glc_ tokens are base64 of a small JSON object naming the org (`o`), token name (`n`) and key (`k`). */
function payloadValid(secret) {
	try {
		const value = JSON.parse(decodeBase64(secret.slice(4))?.toString("utf8") ?? "");
		return typeof value === "object" && value !== null && typeof value.k === "string";
	} catch {
		return false;
	}
}
const token$3 = (seed) => {
	const json = JSON.stringify({
		o: randomString(`${seed}o`, DIGITS, 6),
		n: `stack-${randomString(`${seed}s`, DIGITS, 6)}-hm-read-${randomString(`${seed}n`, LOWER_NUM, 6)}`,
		k: randomString(`${seed}k`, ALPHA_NUM, 24),
		m: { r: "prod-eu-west-2" }
	});
	return `glc_${Buffer.from(json).toString("base64")}`;
};
var grafana_cloud_token_default = defineDetector({
	id: id$151,
	name: "Grafana Cloud token",
	category: "connector-credential",
	severity: "error",
	description: "Grafana Cloud access policy and API tokens (glc_ + base64 JSON with a key), checked by decoding offline.",
	regex: /\b(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])/u,
	keywords: ["glc_"],
	publicPrefix: /^glc_/u,
	entropy: 4,
	validate: payloadValid,
	references: ["https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/"],
	samples: () => ({
		positive: [token$3(`${id$151}1`), {
			key: "GRAFANA_CLOUD_TOKEN",
			value: token$3(`${id$151}2`)
		}],
		negative: [
			"glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"glc_<your-access-policy-token>",
			`glc_${Buffer.from(`not a token ${randomString(`${id$151}3`, ALPHA_NUM, 40)}`).toString("base64")}`
		]
	})
});
// dist/patterns/connector-credential/grafana-service-account-token.js
const id$150 = "grafana-service-account-token";
/**
* Grafana's checksum: CRC-32 of `glsa_<secret>`, its four bytes little-endian,
* in hex. Samples carry it; matches are not required to (copies are often
* hand-edited or generated by fixtures that still must not be committed).
*/
function checksum(payload) {
	const crc = crc32(payload);
	return [
		crc,
		crc >>> 8,
		crc >>> 16,
		crc >>> 24
	].map((b) => (b & 255).toString(16).padStart(2, "0")).join("");
}
const token$2 = (seed) => {
	const payload = `glsa_${randomString(seed, ALPHA_NUM, 32)}`;
	return `${payload}_${checksum(payload)}`;
};
var grafana_service_account_token_default = defineDetector({
	id: id$150,
	name: "Grafana service account token",
	category: "connector-credential",
	severity: "error",
	description: "Grafana service account tokens (glsa_ + 32 characters + _ + 8 hex checksum digits).",
	regex: /\b(?<secret>glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})\b/u,
	keywords: ["glsa_"],
	publicPrefix: /^glsa_/u,
	entropy: 3.5,
	validate: (secret) => !hasSequentialRun$1(secret.slice(5, 37)),
	references: ["https://grafana.com/docs/grafana/latest/administration/service-accounts/", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/secretscan/"],
	samples: () => ({
		positive: [
			token$2(`${id$150}1`),
			token$2(`${id$150}2`),
			{
				key: "GRAFANA_TOKEN",
				value: token$2(`${id$150}3`)
			}
		],
		negative: [
			`glsa_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef_${checksum("glsa_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef")}`,
			"glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx",
			"glsa_<service-account-token>"
		]
	})
});
// dist/patterns/connector-credential/groq-api-key.js
const id$149 = "groq-api-key";
var groq_api_key_default = defineDetector({
	id: id$149,
	name: "Groq API key",
	category: "connector-credential",
	severity: "error",
	description: "Groq API keys (gsk_ + 52 letters and digits): usage is billed to the owner.",
	regex: /(?<![\w.-])(?<secret>gsk_[A-Za-z0-9]{52})(?![\w.-])/u,
	keywords: ["gsk_"],
	publicPrefix: /^gsk_/u,
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(4)),
	references: ["https://console.groq.com/docs/quickstart"],
	samples: () => ({
		positive: [`gsk_${randomString(`${id$149}1`, ALPHA_NUM, 52)}`, {
			key: "GROQ_API_KEY",
			value: `gsk_${randomString(`${id$149}2`, ALPHA_NUM, 52)}`
		}],
		negative: [
			`gsk_${"x".repeat(52)}`,
			"gsk_<your-api-key>",
			`gsk_${randomString(`${id$149}3`, ALPHA_NUM, 24)}`,
			`gsk_${randomString(`${id$149}4`, ALPHA_NUM, 60)}`
		]
	})
});
// dist/patterns/connector-credential/harness-api-token.js
var harness_api_token_default = prefixedToken({
	id: "harness-api-token",
	name: "Harness API token",
	description: "Harness personal and service account tokens (pat. or sat. + account id + token id + secret).",
	shapes: [[
		"pat.",
		[ABC.base64url, 22],
		".",
		[ABC.alnum, 24],
		".",
		[ABC.alnum, 20]
	], [
		"sat.",
		[ABC.base64url, 22],
		".",
		[ABC.alnum, 24],
		".",
		[ABC.alnum, 20]
	]],
	sampleKey: "HARNESS_API_KEY",
	references: ["https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/"]
});
// dist/patterns/connector-credential/hashicorp-vault-token.js
const id$148 = "hashicorp-vault-token";
const context$2 = vendorKeyContext({
	vendor: String.raw`vault[ \t]{1,4}(?=login)|vault`,
	key: String.raw`(?:(?:root|client|auth)[_.-]?)?token|login`,
	spaced: true
});
var hashicorp_vault_token_default = defineDetector({
	id: id$148,
	name: "HashiCorp Vault token",
	category: "connector-credential",
	severity: "error",
	description: "HashiCorp Vault service, batch and recovery tokens (hvs., hvb., hvr. + 90 or more characters), and legacy s./b. tokens (+ 24 characters) under a VAULT_TOKEN key, a vault login argument or in a vault section.",
	regex: new RegExp(String.raw`(?:(?<![\w.-])(?=hv[sbr]\.)|${context$2})(?<secret>hv[sbr]\.[\w-]{90,400}|[sb]\.[A-Za-z0-9]{24})(?![\w.-])`, "iu"),
	keywords: [
		"hvs.",
		"hvb.",
		"hvr.",
		"vault"
	],
	publicPrefix: /^hv[sbr]\./u,
	multiline: true,
	reach: 1024,
	entropy: 3.5,
	validate: (secret) => /^hv[sbr]\./u.test(secret) ? !hasSequentialRun$1(secret.slice(4)) : /^[sb]\./u.test(secret) && mixesCaseAndDigits(secret.slice(2)) && !hasSequentialRun$1(secret.slice(2)),
	references: ["https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes"],
	samples: () => ({
		positive: [
			`hvs.CAESI${randomString(`${id$148}1`, BASE64URL, 86)}`,
			{
				key: "VAULT_TOKEN",
				value: `hvs.CAESI${randomString(`${id$148}2`, BASE64URL, 110)}`
			},
			{
				key: "VAULT_TOKEN",
				value: `s.${randomString(`${id$148}4`, ALPHA_NUM, 24)}`
			},
			`vault login s.${randomString(`${id$148}5`, ALPHA_NUM, 24)}`
		],
		negative: [
			"hvs.<your-vault-token>",
			`hvs.${"x".repeat(95)}`,
			`hvs.${randomString(`${id$148}3`, BASE64URL, 24)}`,
			{
				key: "VAULT_TOKEN",
				value: "s.XXXXXXXXXXXXXXXXXXXXXXXX"
			},
			{
				key: "session",
				value: `s.${randomString(`${id$148}6`, ALPHA_NUM, 24)}`
			},
			{
				key: "VAULT_TOKEN",
				value: "root"
			}
		]
	})
});
// dist/patterns/connector-credential/hasura-admin-secret.js
var hasura_admin_secret_default = keyedToken({
	id: "hasura-admin-secret",
	name: "Hasura admin secret",
	description: "Hasura GraphQL Engine admin secrets (16 or more random characters) under a key or header named after Hasura.",
	vendor: String.raw`hasura`,
	keywords: ["hasura"],
	shapes: [[[
		ABC.alnum,
		32,
		64
	]]],
	key: String.raw`admin[_.-]?secret`,
	sampleKey: "HASURA_GRAPHQL_ADMIN_SECRET",
	references: ["https://hasura.io/docs/latest/auth/authentication/admin-secret-access/"]
});
// dist/patterns/connector-credential/hellosign-api-key.js
var hellosign_api_key_default = keyedToken({
	id: "hellosign-api-key",
	name: "Dropbox Sign (HelloSign) API key",
	description: "Dropbox Sign (HelloSign) API keys (64 hex digits) under a key or section named after HelloSign or Dropbox Sign.",
	vendor: String.raw`hellosign|dropbox[_.-]?sign`,
	keywords: [
		"hellosign",
		"dropbox_sign",
		"dropbox-sign",
		"dropboxsign"
	],
	shapes: [[[ABC.hex, 64]]],
	sampleKey: "HELLOSIGN_API_KEY",
	references: ["https://developers.hellosign.com/api/reference/authentication/"]
});
// dist/patterns/connector-credential/heroku-api-key.js
const id$147 = "heroku-api-key";
var heroku_api_key_default = defineDetector({
	id: id$147,
	name: "Heroku API key",
	category: "connector-credential",
	severity: "error",
	description: "Heroku platform API keys in the current format (HRKU- + 60 characters), and legacy UUID keys under a HEROKU_API_KEY key.",
	regex: /(?:(?<![\w-])(?=HRKU-)|(?<![a-z0-9])heroku[\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>HRKU-[\w-]{60}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![\w-])/iu,
	keywords: ["hrku-", "heroku"],
	publicPrefix: /^HRKU-/u,
	entropy: 3.3,
	validate: (secret) => !hasSequentialRun$1(secret.replace(/-/gu, ""), 5),
	references: ["https://devcenter.heroku.com/articles/authentication"],
	samples: () => ({
		positive: [`HRKU-AA${randomString(`${id$147}1`, BASE64URL, 58)}`, {
			key: "HEROKU_API_KEY",
			value: `${randomString(`${id$147}2`, HEX, 8)}-${randomString(`${id$147}3`, HEX, 4)}-${randomString(`${id$147}4`, HEX, 4)}-${randomString(`${id$147}5`, HEX, 4)}-${randomString(`${id$147}6`, HEX, 12)}`
		}],
		negative: [
			"HRKU-<your-api-key>",
			{
				key: "HEROKU_API_KEY",
				value: "00000000-0000-0000-0000-000000000000"
			},
			{
				key: "request_id",
				value: `${randomString(`${id$147}7`, HEX, 8)}-${randomString(`${id$147}8`, HEX, 4)}-${randomString(`${id$147}9`, HEX, 4)}-${randomString(`${id$147}10`, HEX, 4)}-${randomString(`${id$147}11`, HEX, 12)}`
			}
		]
	})
});
// dist/patterns/connector-credential/hetzner-api-token.js
var hetzner_api_token_default = keyedToken({
	id: "hetzner-api-token",
	name: "Hetzner Cloud API token",
	description: "Hetzner Cloud API tokens (64 characters) under a key or section named after Hetzner or hcloud.",
	vendor: String.raw`hetzner|hcloud`,
	keywords: ["hetzner", "hcloud"],
	shapes: [[[ABC.alnum, 64]]],
	sampleKey: "HCLOUD_TOKEN",
	references: ["https://docs.hetzner.cloud/#authentication"]
});
// dist/patterns/connector-credential/honeycomb-api-key.js
var honeycomb_api_key_default = keyedToken({
	id: "honeycomb-api-key",
	name: "Honeycomb API key",
	description: "Honeycomb configuration and ingest keys (22 or 32 characters, or hcaik_/hcxik_ ingest keys) under a key, header or section named after Honeycomb.",
	vendor: String.raw`honeycomb`,
	keywords: ["honeycomb"],
	shapes: [
		["hcaik_", [ABC.lowerAlnum, 58]],
		["hcxik_", [ABC.lowerAlnum, 58]],
		[[ABC.alnum, 32]],
		[[ABC.alnum, 22]]
	],
	sampleKey: "HONEYCOMB_API_KEY",
	references: ["https://docs.honeycomb.io/configure/environments/manage-api-keys/"]
});
// dist/patterns/connector-credential/htpasswd-hash.js
const id$146 = "htpasswd-hash";
const CRYPT = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** A hash body of many different characters, none of them dominant: typed stand-ins (`xxxx…`, `abcabc…`) fail. */
function varied(body) {
	const counts = /* @__PURE__ */ new Map();
	for (const ch of body) counts.set(ch, (counts.get(ch) ?? 0) + 1);
	return counts.size >= Math.min(16, body.length / 2) && Math.max(...counts.values()) / body.length < .25;
}
/**
* `user:hash` lines of Apache / nginx `.htpasswd` files and of the basic-auth
* settings built from them (Traefik and ingress-nginx `users`/`auth`):
* apr1-MD5, bcrypt and {SHA} hashes crack offline, and {SHA} ones are
* unsalted.
*/
var htpasswd_hash_default = defineDetector({
	id: id$146,
	name: ".htpasswd password hash",
	category: "connector-credential",
	severity: "error",
	description: "Basic-auth user:hash entries of .htpasswd files and proxy configs (apr1-MD5 $apr1$, bcrypt $2y$/$2a$/$2b$, {SHA}), which crack offline.",
	regex: /(?<![\w.@$-])(?<user>[\w.@-]{1,64}):(?<secret>\$apr1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}|\$2[aby]\$\d\d\$[./0-9A-Za-z]{53}|\{SHA\}[A-Za-z0-9+/]{27}=)(?![./0-9A-Za-z=])/u,
	keywords: [
		":$apr1$",
		":$2y$",
		":$2a$",
		":$2b$",
		":{sha}"
	],
	skipSynthetic: true,
	validate: (secret) => varied(secret.slice(secret.lastIndexOf("$") + 1).replace(/^\{SHA\}/u, "")),
	references: ["https://httpd.apache.org/docs/2.4/misc/password_encryptions.html", "https://doc.traefik.io/traefik/middlewares/http/basicauth/"],
	samples: () => ({
		positive: [
			`deploy:$apr1$${randomString(`${id$146}1`, CRYPT, 8)}$${randomString(`${id$146}2`, CRYPT, 22)}`,
			`metrics:$2y$10$${randomString(`${id$146}3`, CRYPT, 53)}`,
			`ops:{SHA}${randomString(`${id$146}4`, BASE64, 27)}=`
		],
		negative: [
			"test:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/",
			"test2:$apr1$d9hr9HBB$4HxwgUir3HP4EsggP/QNo0",
			`password_hash: "$2b$12$${randomString(`${id$146}5`, CRYPT, 53)}"`,
			"admin:$apr1$xxxxxxxx$xxxxxxxxxxxxxxxxxxxxxx",
			"user:$2y$10$..."
		]
	})
});
// dist/patterns/connector-credential/hubspot-private-app-token.js
const id$145 = "hubspot-private-app-token";
const uuid$2 = (seed) => `${randomString(`${seed}a`, HEX, 8)}-${randomString(`${seed}b`, HEX, 4)}-${randomString(`${seed}c`, HEX, 4)}-${randomString(`${seed}d`, HEX, 4)}-${randomString(`${seed}e`, HEX, 12)}`;
var hubspot_private_app_token_default = defineDetector({
	id: id$145,
	name: "HubSpot private app token",
	category: "connector-credential",
	severity: "error",
	description: "HubSpot private app access tokens (pat-na1-, pat-eu1-, … + UUID) and legacy hapikey API keys: full CRM access for the portal.",
	regex: /(?:(?<![A-Za-z0-9-])(?=pat-)|hapikey\\?["'`]?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?)(?<secret>(?:pat-(?:na|eu|ap)\d-)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/u,
	keywords: [
		"pat-na",
		"pat-eu",
		"pat-ap",
		"hapikey"
	],
	publicPrefix: /^pat-(?:na|eu|ap)\d-/u,
	entropy: 3.3,
	validate: (secret) => !hasSequentialRun$1(secret.replace(/-/gu, "")),
	references: ["https://developers.hubspot.com/docs/api/private-apps", "https://developers.hubspot.com/changelog/upcoming-api-key-sunset"],
	samples: () => ({
		positive: [
			`pat-na1-${uuid$2(`${id$145}1`)}`,
			`pat-eu1-${uuid$2(`${id$145}2`)}`,
			`https://api.hubapi.com/crm/v3/objects/contacts?hapikey=${uuid$2(`${id$145}3`)}`
		],
		negative: [
			"pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
			"pat-na1-00000000-0000-0000-0000-000000000000",
			"pat-na1-<your-private-app-token>",
			"pat-na1-12345678-1234-1234-1234-123456789012",
			uuid$2(`${id$145}4`)
		]
	})
});
// dist/patterns/connector-credential/huggingface-token.js
const id$144 = "huggingface-token";
var huggingface_token_default = defineDetector({
	id: id$144,
	name: "Hugging Face token",
	category: "connector-credential",
	severity: "error",
	description: "Hugging Face user access tokens (hf_ + 34 letters) and legacy organization API tokens (api_org_ + 34 letters).",
	regex: /(?<![\w.-])(?<secret>(?:hf|api_org)_[A-Za-z]{34})(?![\w.-])/u,
	keywords: ["hf_", "api_org_"],
	publicPrefix: /^(?:hf|api_org)_/u,
	entropy: 3.8,
	validate: (secret) => !hasSequentialRun$1(secret.slice(secret.lastIndexOf("_") + 1)),
	references: ["https://huggingface.co/docs/hub/security-tokens"],
	samples: () => ({
		positive: [
			`hf_${randomString(`${id$144}1`, ALPHA, 34)}`,
			{
				key: "HF_TOKEN",
				value: `hf_${randomString(`${id$144}2`, ALPHA, 34)}`
			},
			`api_org_${randomString(`${id$144}3`, ALPHA, 34)}`
		],
		negative: [
			`hf_${"x".repeat(34)}`,
			"hf_<your-token>",
			`hf_${randomString(`${id$144}4`, ALPHA, 20)}`,
			`hf_${randomString(`${id$144}5`, ALPHA, 30)}1234`,
			`leaf_${randomString(`${id$144}6`, ALPHA, 34)}`
		]
	})
});
// dist/patterns/connector-credential/infracost-api-key.js
var infracost_api_key_default = prefixedToken({
	id: "infracost-api-key",
	name: "Infracost API key",
	description: "Infracost API keys (ico- + 32 characters): price Terraform plans against the organisation's account.",
	shapes: [["ico-", [ABC.alnum, 32]]],
	sampleKey: "INFRACOST_API_KEY",
	references: ["https://www.infracost.io/docs/integrations/environment_variables/"]
});
// dist/patterns/connector-credential/infura-api-key.js
var infura_api_key_default = keyedToken({
	id: "infura-api-key",
	name: "Infura API key",
	description: "Infura API keys and secrets (32 hex digits) under a key or section named after Infura.",
	vendor: String.raw`infura`,
	keywords: ["infura"],
	shapes: [[[ABC.hex, 32]]],
	sampleKey: "INFURA_API_KEY",
	references: ["https://docs.metamask.io/services/get-started/infura/"]
});
// dist/patterns/connector-credential/intercom-access-token.js
var intercom_access_token_default = keyedToken({
	id: "intercom-access-token",
	name: "Intercom access token",
	description: "Intercom access tokens (about 60 base64 characters) under a key or section named after Intercom.",
	vendor: String.raw`intercom`,
	keywords: ["intercom"],
	shapes: [[[
		ABC.base64,
		58,
		60
	], "="]],
	end: String.raw`[\w+/=-]`,
	sampleKey: "INTERCOM_ACCESS_TOKEN",
	references: ["https://developers.intercom.com/docs/build-an-integration/learn-more/authentication"]
});
// dist/patterns/connector-credential/intra42-client-secret.js
var intra42_client_secret_default = prefixedToken({
	id: "intra42-client-secret",
	name: "42 Intra client secret",
	description: "42 Intra OAuth application secrets (s-s4t2ud- or s-s4t2af- + 64 hex digits): act as the registered application.",
	shapes: [["s-s4t2ud-", [ABC.hex, 64]], ["s-s4t2af-", [ABC.hex, 64]]],
	sampleKey: "INTRA_CLIENT_SECRET",
	references: ["https://api.intra.42.fr/apidoc/guides/getting_started"]
});
// dist/patterns/connector-credential/jenkins-api-token.js
var jenkins_api_token_default = keyedToken({
	id: "jenkins-api-token",
	name: "Jenkins API token",
	description: "Jenkins user API tokens (11 + 32 hex digits) under a key or section named after Jenkins.",
	vendor: String.raw`jenkins`,
	keywords: ["jenkins"],
	shapes: [["11", [ABC.hex, 32]]],
	sampleKey: "JENKINS_API_TOKEN",
	references: ["https://www.jenkins.io/doc/book/using/remote-access-api/"]
});
// dist/patterns/connector-credential/jfrog-access-token.js
var jfrog_access_token_default = keyedToken({
	id: "jfrog-access-token",
	name: "JFrog access token",
	description: "JFrog Platform identity and API tokens (64 or 73 characters) under a key or section named after JFrog, Artifactory or Xray.",
	vendor: String.raw`jfrog|artifactory|bintray|xray`,
	keywords: [
		"jfrog",
		"artifactory",
		"bintray",
		"xray"
	],
	shapes: [[[ABC.alnum, 73]], [[ABC.alnum, 64]]],
	sampleKey: "JFROG_ACCESS_TOKEN",
	references: ["https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens"]
});
// dist/patterns/license-key/signed-license-token.js
const id$143 = "signed-license-token";
/** Claims that by themselves say the token is a licence. */
const LICENCE_CLAIMS = /^(?:licen[cs]e[_-]?(?:id|key|type|tier)?|licensee|entitlements?|seats|max[_-]?seats|edition)$/iu;
/** Claims that say so only in pairs (`tier` + `features`). */
const PLAN_CLAIMS = /^(?:tier|plan|features|product|sku|max[_-]?(?:users|nodes|hosts|tenants)|quota)$/iu;
/** Documentation tokens carry example subjects and issuers. */
const SYNTHETIC_PAYLOAD = /example|sample|dummy|placeholder|tenant-demo|your[_-]|lorem|acme|(?<![a-z])(?:test|demo|foo)(?![a-z])/iu;
/** True when a JWT payload is a licence: licence claims and an expiry. */
function isLicencePayload(payload) {
	if (typeof payload.exp !== "number") return false;
	const keys = Object.keys(payload);
	const strong = keys.some((k) => LICENCE_CLAIMS.test(k));
	const weak = keys.filter((k) => PLAN_CLAIMS.test(k)).length;
	return strong || weak >= 2;
}
const jwt$1 = (header, payload, signature) => `${base64UrlJson(header)}.${base64UrlJson(payload)}.${signature}`;
/** JWT-shaped licence tokens: a signed payload with licence claims and an expiry. */
var signed_license_token_default = defineDetector({
	id: id$143,
	name: "Signed licence token",
	category: "license-key",
	severity: "error",
	description: "Signed licence tokens: JWTs whose payload carries licence claims (license, entitlements, seats, edition, tier/plan) and an expiry.",
	regex: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,1500}\.eyJ[A-Za-z0-9_-]{10,6000}\.[A-Za-z0-9_-]{20,1400})(?![A-Za-z0-9_-])/u,
	keywords: ["eyj"],
	skipSynthetic: true,
	validate: (secret) => {
		const parsed = parseJwt(secret);
		if (!parsed || String(parsed.header.alg).toLowerCase() === "none") return false;
		if (!isLicencePayload(parsed.payload)) return false;
		return !SYNTHETIC_PAYLOAD.test(JSON.stringify(parsed.payload));
	},
	references: ["https://www.rfc-editor.org/rfc/rfc7519"],
	samples: () => ({
		positive: [
			jwt$1({
				alg: "RS256",
				typ: "JWT",
				kid: randomString(`${id$143}1`, LOWER_NUM, 16)
			}, {
				iss: "licensing.cavra.io",
				sub: `cus_${randomString(`${id$143}2`, LOWER_NUM, 14)}`,
				license: {
					edition: "enterprise",
					seats: 250
				},
				iat: 1767225600,
				exp: 1798761600
			}, randomString(`${id$143}3`, BASE64URL, 342)),
			jwt$1({
				alg: "HS256",
				typ: "JWT"
			}, {
				lid: randomString(`${id$143}4`, UPPER_NUM, 20),
				entitlements: [
					"sso",
					"audit-export",
					"policy-packs"
				],
				exp: 1793491200
			}, randomString(`${id$143}5`, BASE64URL, 43)),
			jwt$1({
				alg: "EdDSA",
				typ: "JWT"
			}, {
				sub: randomString(`${id$143}6`, LOWER_NUM, 12),
				tier: "business",
				plan: "annual",
				max_users: 500,
				exp: 1830297600
			}, randomString(`${id$143}7`, BASE64URL, 86))
		],
		negative: [
			"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
			jwt$1({ alg: "HS256" }, {
				license: "enterprise",
				seats: 10
			}, randomString(`${id$143}8`, BASE64URL, 43)),
			jwt$1({ alg: "RS256" }, {
				sub: "tenant-demo",
				license: "enterprise",
				exp: 1798761600
			}, randomString(`${id$143}9`, BASE64URL, 342)),
			jwt$1({ alg: "none" }, {
				license: "enterprise",
				exp: 1798761600
			}, randomString(`${id$143}10`, BASE64URL, 24)),
			jwt$1({ alg: "RS256" }, {
				sub: randomString(`${id$143}11`, LOWER_NUM, 12),
				scope: "read write",
				exp: 1798761600
			}, randomString(`${id$143}12`, BASE64URL, 342)),
			"eyJhbGciOiJSUzI1NiJ9.eyJsaWNlbnNlIjoi..."
		]
	})
});
// dist/patterns/connector-credential/jwt-token.js
const id$142 = "jwt-token";
/**
* Signature sizes in bytes by algorithm (RFC 7518 §3, RFC 8037): HMAC and
* ECDSA signatures have one size; RSA ones are as long as the modulus.
*/
const SIGNATURE_BYTES = {
	HS256: [32, 32],
	HS384: [48, 48],
	HS512: [64, 64],
	ES256: [64, 64],
	ES256K: [64, 64],
	ES384: [96, 96],
	ES512: [132, 132],
	EdDSA: [64, 114],
	Ed25519: [64, 64],
	Ed448: [114, 114],
	...Object.fromEntries([
		"RS256",
		"RS384",
		"RS512",
		"PS256",
		"PS384",
		"PS512"
	].map((alg) => [alg, [128, 1024]]))
};
/** Claims that name who or what a token is for: an example there makes the token an example. */
const IDENTITY_CLAIMS = [
	"sub",
	"name",
	"email",
	"iss",
	"aud",
	"preferred_username",
	"username",
	"given_name",
	"family_name",
	"nickname",
	"upn",
	"unique_name",
	"tenant",
	"client_id",
	"azp"
];
/** The registry kinds that mark a claim value as an example (whole-value documented tokens are exact entries). */
const EXAMPLE_KINDS = /* @__PURE__ */ new Set([
	"reserved-host",
	"stand-in-host",
	"documentation-ip",
	"placeholder",
	"example-marker",
	"fictional-name",
	"low-variety"
]);
const ISSUER_CLAIMS = /* @__PURE__ */ new Set([
	"iss",
	"aud",
	"azp",
	"client_id",
	"tenant"
]);
const ISSUER_EXAMPLE_KINDS = /* @__PURE__ */ new Set([
	"reserved-host",
	"stand-in-host",
	"documentation-ip",
	"example-marker"
]);
/** Claim values a registry entry marks as examples (`sub: "1234567890"`, `name: "John Doe"`, `iss: "https://server.example.com"`). */
function examplePayload(payload, registry) {
	if (!registry) return false;
	for (const claim of IDENTITY_CLAIMS) {
		const values = Array.isArray(payload[claim]) ? payload[claim].slice(0, 8) : [payload[claim]];
		const kinds = ISSUER_CLAIMS.has(claim) ? ISSUER_EXAMPLE_KINDS : EXAMPLE_KINDS;
		for (const value of values) if (typeof value === "string" && value.length > 0 && value.length <= 256 && registry.match(value, kinds) !== void 0) return true;
	}
	return false;
}
/** A signature of random bytes: the size its algorithm gives, and varied. */
function signatureValid(alg, signature) {
	const size = SIGNATURE_BYTES[alg];
	const bytes = decodeBase64(signature);
	if (!size || !bytes || bytes.length < size[0] || bytes.length > size[1]) return false;
	return new Set(signature).size >= Math.min(24, Math.floor(signature.length / 2));
}
/**
* Supabase's anon key is a JWT meant for browsers (row-level security guards
* the data): publishable, not a credential. Its service-role key is one.
*/
const isPublishable = (payload) => payload.iss === "supabase" && payload.role === "anon";
const jwt = (header, payload, signature) => `${base64UrlJson(header)}.${base64UrlJson(payload)}.${signature}`;
/**
* Signed JSON Web Tokens in source and config: the header names a real
* algorithm, the signature has the size that algorithm gives, and the
* payload is no documentation example. Bearer tokens, API keys issued as
* JWTs (service-role keys, CI tokens) and session tokens all open something
* until they expire, and many never do. Licence tokens are left to
* signed-license-token.
*/
var jwt_token_default = defineDetector({
	id: id$142,
	name: "JSON Web Token",
	category: "connector-credential",
	severity: "error",
	description: "Signed JSON Web Tokens (HS/RS/ES/PS/EdDSA) whose signature has its algorithm's size and whose claims are not documentation examples; alg \"none\" tokens are not reported.",
	regex: /(?<![A-Za-z0-9_-])(?<!embed\/(?:dashboard|question)\/)(?<secret>eyJ[A-Za-z0-9_-]{10,1000}\.ey[A-Za-z0-9_-]{10,3000}\.[A-Za-z0-9_-]{40,1400})(?![A-Za-z0-9_-])/u,
	keywords: ["eyj"],
	keywordContext: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,1000}\.ey/u,
	skipSynthetic: true,
	validate: (secret, { registry }) => {
		const parsed = parseJwt(secret);
		if (!parsed) return false;
		if (!signatureValid(String(parsed.header.alg), secret.slice(secret.lastIndexOf(".") + 1))) return false;
		if (isLicencePayload(parsed.payload) || isPublishable(parsed.payload)) return false;
		return !examplePayload(parsed.payload, registry);
	},
	references: ["https://www.rfc-editor.org/rfc/rfc7519", "https://www.rfc-editor.org/rfc/rfc7518#section-3.1"],
	samples: () => ({
		positive: [
			jwt({
				alg: "HS256",
				typ: "JWT"
			}, {
				sub: `usr_${randomString(`${id$142}1`, LOWER_NUM, 12)}`,
				role: "service",
				iat: 1767225600,
				exp: 1798761600
			}, randomString(`${id$142}2`, BASE64URL, 43)),
			jwt({
				alg: "RS256",
				typ: "JWT",
				kid: randomString(`${id$142}3`, LOWER_NUM, 16)
			}, {
				iss: "https://auth.northbridge-logistics.io/",
				sub: randomString(`${id$142}4`, LOWER_NUM, 24),
				aud: "ledger-api",
				scope: "ledger:write",
				exp: 1798761600
			}, randomString(`${id$142}5`, BASE64URL, 342)),
			jwt({ alg: "ES256" }, {
				iss: "supabase",
				ref: randomString(`${id$142}6`, LOWER_NUM, 20),
				role: "service_role",
				iat: 1767225600
			}, randomString(`${id$142}7`, BASE64URL, 86)),
			jwt({
				alg: "EdDSA",
				typ: "JWT"
			}, {
				sub: randomString(`${id$142}8`, LOWER_NUM, 10),
				ci: true
			}, randomString(`${id$142}9`, BASE64URL, 86))
		],
		negative: [
			"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
			jwt({
				alg: "HS256",
				typ: "JWT"
			}, {
				sub: "1234567890",
				name: "John Doe",
				admin: true,
				iat: 1516239022
			}, randomString(`${id$142}10`, BASE64URL, 43)),
			jwt({
				alg: "RS256",
				typ: "JWT"
			}, {
				sub: "1234567890",
				name: "John Doe",
				iat: 1516239022
			}, randomString(`${id$142}11`, BASE64URL, 342)),
			`${base64UrlJson({
				alg: "none",
				typ: "JWT"
			})}.${base64UrlJson({
				sub: randomString(`${id$142}12`, LOWER_NUM, 12),
				exp: 1798761600
			})}.${randomString(`${id$142}13`, BASE64URL, 43)}`,
			jwt({ alg: "RS256" }, {
				iss: "https://server.example.com",
				sub: "24400320",
				aud: "s6BhdRkqt3",
				exp: 1311281970
			}, randomString(`${id$142}14`, BASE64URL, 342)),
			jwt({ alg: "HS256" }, {
				sub: "your-user-id",
				exp: 1798761600
			}, randomString(`${id$142}15`, BASE64URL, 43)),
			jwt({ alg: "HS512" }, {
				sub: randomString(`${id$142}16`, LOWER_NUM, 8),
				email: "jane.doe@example.org"
			}, randomString(`${id$142}17`, BASE64URL, 86)),
			jwt({ alg: "HS256" }, {
				sub: randomString(`${id$142}18`, LOWER_NUM, 12),
				exp: 1798761600
			}, "signature-goes-here-and-is-not-random-at-all"),
			jwt({ alg: "RS256" }, {
				sub: randomString(`${id$142}19`, LOWER_NUM, 12),
				exp: 1798761600
			}, randomString(`${id$142}20`, BASE64URL, 43)),
			jwt({
				alg: "HS256",
				typ: "JWT"
			}, {
				iss: "supabase",
				ref: randomString(`${id$142}21`, LOWER_NUM, 20),
				role: "anon",
				iat: 1767225600
			}, randomString(`${id$142}22`, BASE64URL, 43)),
			"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ..."
		]
	})
});
// dist/patterns/connector-credential/kraken-api-secret.js
var kraken_api_secret_default = keyedToken({
	id: "kraken-api-secret",
	name: "Kraken API secret",
	description: "Kraken API private keys (80 to 90 base64 characters) under a key or section named after Kraken.",
	vendor: String.raw`kraken`,
	keywords: ["kraken"],
	shapes: [[[
		ABC.base64,
		80,
		90
	]]],
	end: String.raw`[\w+/=-]`,
	sampleKey: "KRAKEN_API_SECRET",
	references: ["https://docs.kraken.com/api/docs/guides/spot-rest-auth"]
});
// dist/patterns/signing-material/support/armor.js
/**
* Helpers for armored key blocks (PEM, OpenSSH, PGP, PuTTY, cosign) as they
* sit in source files: inside string literals, comments, YAML block scalars,
* JSON strings with `\n` escapes and `.env` values.
*/
const EDGE = /* @__PURE__ */ new Set([
	" ",
	"	",
	"\r",
	"/",
	"#",
	"*",
	"\"",
	"'",
	"`",
	",",
	"+",
	";",
	"\\"
]);
/** Drops comment leaders, quotes and concatenation around one line of an armored body. */
function stripQuoting(line) {
	let run = 0;
	while (run < line.length && EDGE.has(line.charAt(run))) run++;
	if (run === line.length) return "";
	let start = run;
	while (start > 0 && /[A-Za-z0-9+/=]/u.test(line.charAt(start - 1))) start--;
	let end = line.length;
	while (end > start && EDGE.has(line.charAt(end - 1))) end--;
	while (end < line.length && /[A-Za-z0-9+/=]/u.test(line.charAt(end))) end++;
	return line.slice(start, end);
}
/** The lines of an armored body, unquoted and unescaped, empty lines dropped. */
function armoredLines(body) {
	return body.replace(/\\r\\n|\\n|\\r/gu, "\n").split("\n").map((line) => stripQuoting(line)).filter((line) => line.length > 0);
}
/** `bytes` pseudo-random bytes from `seed` (sample builder). */
function seededBytes(seed, bytes) {
	const next = seededRandom(seed);
	const buffer = Buffer.alloc(bytes);
	for (let i = 0; i < bytes; i++) buffer[i] = Math.floor(next() * 256);
	return buffer;
}
/** Base64 of `bytes`, wrapped at `width` columns. */
function wrapBase64(bytes, width = 64) {
	const body = bytes.toString("base64");
	const lines = [];
	for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
	return lines.join("\n");
}
/** CRC-24 of OpenPGP ASCII armor (RFC 4880 §6.1), for building samples. */
function crc24(bytes) {
	let crc = 11994318;
	for (const byte of bytes) {
		crc ^= byte << 16;
		for (let i = 0; i < 8; i++) {
			crc <<= 1;
			if (crc & 16777216) crc ^= 25578747;
		}
	}
	return crc & 16777215;
}
/**
* True when an armored body is not a placeholder: long random bodies would
* trip the synthetic registry's word list by chance, so key blocks check
* variety themselves and skip the registry.
*/
function variedBody(lines) {
	const body = lines.join("");
	if (body.length < 32) return false;
	const counts = /* @__PURE__ */ new Map();
	for (const ch of body) counts.set(ch, (counts.get(ch) ?? 0) + 1);
	const most = Math.max(...counts.values());
	return counts.size >= 20 && most / body.length < .3;
}
// dist/patterns/connector-credential/kubernetes-secret-value.js
const id$141 = "kubernetes-secret-value";
/** How far the checks look from a value for its `data:` section and the document's `kind: Secret`. */
const LOOK = 8192;
/** A comment leader before YAML held in a comment (` * `, `# `, `// `). */
const LEADER = /^[ \t]*(?:\*|#|\/\/)/u;
/** Keys whose values name things (a user, a host, a certificate) rather than open them. */
const NOT_SECRET_KEY = /^(?:user(?:name)?|login|host(?:name)?|port|database|db(?:name)?|name|email|region|namespace|endpoint|url|uri|ca\.crt|tls\.crt|ca-bundle|\.dockerconfigjson|\.dockercfg|known_hosts|ssh-known-hosts|config)$/iu;
/** Keys that say the value is a credential: the value then only has to be no placeholder. */
const CREDENTIAL_KEY = /pass|pwd|secret|token|key|auth|credential|private|cookie|salt/iu;
/** One line's indentation after any comment leader. */
function indentOf$1(line) {
	const rest = line.slice(LEADER.exec(line)?.[0].length ?? 0);
	return rest.length - rest.trimStart().length;
}
const body = (line) => line.slice(LEADER.exec(line)?.[0].length ?? 0).trim();
/** The lines of a bounded slice, with escaped line breaks (`\n` in a JSON string) as breaks. */
const linesOf = (slice) => slice.replace(/\\r\\n|\\n/gu, "\n").split(/\r?\n/u);
/**
* The section (`data` or `stringData`) of a Secret manifest that holds the
* entry whose value starts at `offset`, or undefined when the entry is not
* one: its parent key is that section, and the same YAML document says
* `kind: Secret` at the section's level.
*/
function secretSection(text, offset) {
	const before = linesOf(text.slice(Math.max(0, offset - LOOK), offset));
	const level = indentOf$1(before.pop() ?? "");
	let section;
	let sectionLevel = -1;
	let at = before.length - 1;
	for (; at >= 0; at--) {
		const line = before[at] ?? "";
		const content = body(line);
		if (content === "" || content.startsWith("#")) continue;
		if (indentOf$1(line) >= level) continue;
		const heading = /^(data|stringData):[ \t]*$/u.exec(content);
		if (!heading) return void 0;
		section = heading[1];
		sectionLevel = indentOf$1(line);
		break;
	}
	if (section === void 0) return void 0;
	const isKind = (line) => indentOf$1(line) === sectionLevel && /^kind:[ \t]*["']?Secret["']?[ \t]*$/u.test(body(line));
	for (let i = at - 1; i >= 0; i--) {
		const line = before[i] ?? "";
		if (body(line) === "---") break;
		if (isKind(line)) return section;
	}
	for (const line of linesOf(text.slice(offset, offset + LOOK)).slice(1)) {
		if (body(line) === "---") break;
		if (isKind(line)) return section;
	}
}
/**
* The same for a Secret written as JSON (`kubectl get secret -o json`): the
* innermost object holding the entry is the value of `"data"` or
* `"stringData"`, and the object holding that one says `"kind": "Secret"`.
*/
function jsonSecretSection(text, offset) {
	const from = Math.max(0, offset - LOOK);
	const open = enclosingBrace(text, offset, from);
	if (open < 0) return void 0;
	const heading = /\\?"(data|stringData)\\?"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}$/u.exec(text.slice(Math.max(from, open - 40), open));
	if (!heading) return void 0;
	const parent = enclosingBrace(text, open, from);
	if (parent < 0) return void 0;
	const members = text.slice(parent, Math.min(text.length, offset + LOOK));
	return /\\?"kind\\?"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}\\?"Secret\\?"/u.test(members) ? heading[1] : void 0;
}
/** The offset of the `{` that opens the object holding `at`, looking back no further than `from`; -1 when none. */
function enclosingBrace(text, at, from) {
	let depth = 0;
	for (let i = at - 1; i >= from; i--) {
		const ch = text.charCodeAt(i);
		if (ch === 125) depth++;
		else if (ch === 123) {
			if (depth === 0) return i;
			depth--;
		}
	}
	return -1;
}
/** A Secret's value, decoded when it sits under `data`: a credential unless it is a placeholder or a plain word. */
function valueIsSecret(key, value, section, registry) {
	let plain = value;
	if (section === "data") {
		if (!/^[A-Za-z0-9+/]+={0,2}$/u.test(value) || value.length % 4 !== 0) return false;
		const bytes = decodeBase64(value);
		if (!bytes || bytes.length === 0) return false;
		plain = bytes.toString("latin1").replace(/\r?\n$/u, "");
		if (!/^[\x20-\x7e\t\r\n]*$/u.test(plain)) return bytes.length >= 16;
	}
	if (plain.startsWith("-----BEGIN") || isReference(plain)) return false;
	if (!CREDENTIAL_KEY.test(key)) return looksGenerated(plain, false, registry);
	if (plain.length < 8 || /\s/u.test(plain) || shannonEntropy(plain) < 2.5) return false;
	return !placeholderPassword(plain, registry) && registry?.match(plain) === void 0;
}
const b64 = (value) => Buffer.from(value).toString("base64");
const manifest = (section, entries) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger-credentials\n  namespace: billing\ntype: Opaque\n${section}:\n${entries}`;
/**
* Values of Kubernetes `Secret` manifests: `data:` entries are base64 and
* decoded before they are judged, `stringData:` entries are plain. Base64
* hides every vendor prefix, so no other detector sees these values.
*/
var kubernetes_secret_value_default = defineDetector({
	id: id$141,
	name: "Kubernetes Secret value",
	category: "connector-credential",
	severity: "error",
	description: "Values of Kubernetes Secret manifests (kind: Secret): data entries decoded from base64 and stringData entries, judged by key and value; placeholders, plain names and certificates are not reported.",
	regex: /(?:(?:(?<![^\n])|(?<=\\n))[ \t]{0,8}(?:[*#]|\/\/)?[ \t]{1,12}|(?<json>\\?"))(?<key>[\w.-]{1,253})(?:\\?"[ \t]{0,4}:[ \t]{0,4}\\?"|[ \t]{0,4}:[ \t]{1,4}["']?)(?<secret>[^\s"'`#\\|>][^\s"'`#\\]{0,8190})/u,
	keywords: [
		"kind: secret",
		"kind: \"secret\"",
		"kind: 'secret'",
		"\"kind\":\"secret\"",
		"\"kind\": \"secret\"",
		"\\\"kind\\\":\\\"secret\\\"",
		"\\\"kind\\\": \\\"secret\\\""
	],
	multiline: true,
	reach: LOOK,
	skipSynthetic: true,
	validate: (secret, { groups, text, offset, registry }) => {
		const key = groups.key ?? "";
		if (text === void 0 || offset === void 0 || NOT_SECRET_KEY.test(key)) return false;
		const section = groups.json === void 0 ? secretSection(text, offset) : jsonSecretSection(text, offset);
		return section !== void 0 && valueIsSecret(key, secret, section, registry);
	},
	references: ["https://kubernetes.io/docs/concepts/configuration/secret/", "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/"],
	samples: () => ({
		positive: [
			manifest("data", `  username: ${b64("ledger-sync")}\n  password: ${b64(`${randomString(`${id$141}1`, ALPHA_NUM, 12)}!${randomString(`${id$141}2`, ALPHA_NUM, 6)}`)}`),
			manifest("stringData", `  api-token: ${randomString(`${id$141}3`, ALPHA_NUM, 40)}\n  region: eu-west-1`),
			manifest("data", `  encryption.key: ${seededBytes(`${id$141}4`, 32).toString("base64")}`),
			JSON.stringify({
				apiVersion: "v1",
				data: { "api-token": b64(randomString(`${id$141}7`, ALPHA_NUM, 40)) },
				kind: "Secret",
				metadata: { name: "ledger" },
				type: "Opaque"
			}, null, 2)
		],
		negative: [
			manifest("data", `  username: ${b64("admin")}\n  password: ${b64("changeme")}`),
			manifest("stringData", "  password: ${DB_PASSWORD}\n  api-token: <your-token>"),
			manifest("data", `  ca.crt: ${b64("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")}`),
			manifest("stringData", "  LOG_LEVEL: debug\n  FEATURE_FLAGS: billing,export"),
			JSON.stringify({
				apiVersion: "v1",
				kind: "ConfigMap",
				data: { "api-token": randomString(`${id$141}8`, ALPHA_NUM, 40) }
			}),
			JSON.stringify({
				kind: "Secret",
				metadata: { annotations: { "checksum/config": randomString(`${id$141}9`, ALPHA_NUM, 40) } }
			}),
			`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ledger\ndata:\n  api-token: ${randomString(`${id$141}5`, ALPHA_NUM, 40)}`,
			`apiVersion: v1\nkind: Secret\nmetadata:\n  name: empty\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  token: ${randomString(`${id$141}6`, ALPHA_NUM, 40)}`
		]
	})
});
// dist/patterns/connector-credential/kucoin-api-credentials.js
var kucoin_api_credentials_default = keyedToken({
	id: "kucoin-api-credentials",
	name: "KuCoin API key or secret",
	description: "KuCoin API keys (24 hex digits) and secrets (a UUID) under a key or section named after KuCoin.",
	vendor: String.raw`kucoin`,
	keywords: ["kucoin"],
	shapes: [[
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	], [[ABC.hex, 24]]],
	sampleKey: "KUCOIN_API_SECRET",
	references: ["https://www.kucoin.com/docs-new/authentication"]
});
// dist/patterns/connector-credential/langfuse-secret-key.js
var langfuse_secret_key_default = prefixedToken({
	id: "langfuse-secret-key",
	name: "Langfuse secret key",
	description: "Langfuse project secret keys (sk-lf- + a UUID): read and write the project's traces.",
	shapes: [[
		"sk-lf-",
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	sampleKey: "LANGFUSE_SECRET_KEY",
	references: ["https://langfuse.com/faq/all/where-are-langfuse-api-keys"]
});
// dist/patterns/connector-credential/langsmith-api-key.js
var langsmith_api_key_default = prefixedToken({
	id: "langsmith-api-key",
	name: "LangSmith API key",
	description: "LangSmith personal access tokens and service keys (lsv2_pt_ or lsv2_sk_ + 32 hex + _ + 10 hex): read the organisation's traces and datasets.",
	shapes: [[
		"lsv2_pt_",
		[ABC.hex, 32],
		"_",
		[ABC.hex, 10]
	], [
		"lsv2_sk_",
		[ABC.hex, 32],
		"_",
		[ABC.hex, 10]
	]],
	sampleKey: "LANGSMITH_API_KEY",
	references: ["https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key"]
});
// dist/patterns/connector-credential/launchdarkly-access-token.js
var launchdarkly_access_token_default = prefixedToken({
	id: "launchdarkly-access-token",
	name: "LaunchDarkly API or SDK key",
	description: "LaunchDarkly API access tokens (api- + UUID) and server-side SDK keys (sdk- + UUID) near a LaunchDarkly name.",
	shapes: [[
		"api-",
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	], [
		"sdk-",
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	context: [{
		pattern: /launch[_.-]?darkly|(?<![a-z0-9])ld[_.-]?(?:sdk|api|access)/iu,
		within: 400
	}],
	sampleKey: "LAUNCHDARKLY_SDK_KEY",
	references: ["https://launchdarkly.com/docs/home/account/api", "https://launchdarkly.com/docs/sdk/concepts/client-side-server-side#keys"]
});
// dist/patterns/connector-credential/linear-api-key.js
const id$140 = "linear-api-key";
var linear_api_key_default = defineDetector({
	id: id$140,
	name: "Linear API key",
	category: "connector-credential",
	severity: "error",
	description: "Linear personal API keys (lin_api_ + 40 characters): read and write the workspace as the user.",
	regex: /\b(?<secret>lin_api_[A-Za-z0-9]{40})\b/u,
	keywords: ["lin_api_"],
	publicPrefix: /^lin_api_/u,
	entropy: 3.8,
	validate: (secret) => !hasSequentialRun$1(secret.slice(8)),
	references: ["https://linear.app/developers/graphql#personal-api-keys"],
	samples: () => ({
		positive: [`lin_api_${randomString(`${id$140}1`, ALPHA_NUM, 40)}`, {
			key: "LINEAR_API_KEY",
			value: `lin_api_${randomString(`${id$140}2`, ALPHA_NUM, 40)}`
		}],
		negative: [
			`lin_api_${"x".repeat(40)}`,
			"lin_api_<your-key>",
			`lin_api_${randomString(`${id$140}3`, ALPHA_NUM, 30)}`
		]
	})
});
// dist/patterns/connector-credential/linkedin-client-secret.js
var linkedin_client_secret_default = keyedToken({
	id: "linkedin-client-secret",
	name: "LinkedIn client secret",
	description: "LinkedIn OAuth client secrets (16 characters, or WPL_AP1. secrets) under a key or section named after LinkedIn.",
	vendor: String.raw`linked[_.-]?in`,
	keywords: [
		"linkedin",
		"linked_in",
		"linked-in",
		"linked.in"
	],
	shapes: [[[ABC.alnum, 16]], [
		"WPL_AP1.",
		[ABC.alnum, 16],
		".",
		[
			ABC.base64,
			16,
			24
		]
	]],
	key: String.raw`(?:client|app|api)?[_.-]?secret`,
	end: String.raw`[\w+/=-]`,
	sampleKey: "LINKEDIN_CLIENT_SECRET",
	references: ["https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow"]
});
// dist/patterns/connector-credential/linode-api-token.js
var linode_api_token_default = keyedToken({
	id: "linode-api-token",
	name: "Linode (Akamai) API token",
	description: "Linode personal access tokens (64 hex digits) under a key or section named after Linode.",
	vendor: String.raw`linode`,
	keywords: ["linode"],
	shapes: [[[ABC.hex, 64]]],
	sampleKey: "LINODE_TOKEN",
	references: ["https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens"]
});
// dist/patterns/connector-credential/lob-api-key.js
var lob_api_key_default = keyedToken({
	id: "lob-api-key",
	name: "Lob API key",
	description: "Lob live secret API keys (live_ + 35 hex digits) under a key or section named after Lob.",
	vendor: String.raw`lob`,
	keywords: ["lob"],
	shapes: [["live_", [ABC.hex, 35]]],
	sampleKey: "LOB_API_KEY",
	references: ["https://docs.lob.com/#tag/Authentication"]
});
// dist/patterns/connector-credential/looker-client-secret.js
var looker_client_secret_default = keyedToken({
	id: "looker-client-secret",
	name: "Looker API client secret",
	description: "Looker API3 client secrets (24 characters) under a key or section named after Looker.",
	vendor: String.raw`looker`,
	keywords: ["looker"],
	shapes: [[[ABC.alnum, 24]]],
	key: String.raw`(?:client|api)?[_.-]?secret`,
	sampleKey: "LOOKERSDK_CLIENT_SECRET",
	references: ["https://cloud.google.com/looker/docs/api-auth"]
});
// dist/patterns/connector-credential/mailchimp-api-key.js
var mailchimp_api_key_default = prefixedToken({
	id: "mailchimp-api-key",
	name: "Mailchimp API key",
	description: "Mailchimp Marketing API keys (32 hex digits + -us + data-centre number): read and mail the account's audiences.",
	shapes: [[
		[ABC.hex, 32],
		"-us",
		[
			ABC.digits,
			1,
			2
		]
	]],
	keywords: ["-us"],
	keywordContext: /-us[0-9]{1,2}(?![\w-])/iu,
	sampleKey: "MAILCHIMP_API_KEY",
	references: ["https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key"]
});
// dist/patterns/connector-credential/mailgun-api-key.js
var mailgun_api_key_default = keyedToken({
	id: "mailgun-api-key",
	name: "Mailgun API or webhook signing key",
	description: "Mailgun private API keys (key- + 32 hex digits, or 32 hex + two 8-hex parts) under a key or section named after Mailgun.",
	vendor: String.raw`mailgun`,
	keywords: ["mailgun"],
	shapes: [["key-", [ABC.hex, 32]], [
		[ABC.hex, 32],
		"-",
		[ABC.hex, 8],
		"-",
		[ABC.hex, 8]
	]],
	sampleKey: "MAILGUN_API_KEY",
	references: ["https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/"]
});
// dist/patterns/connector-credential/mailjet-api-secret.js
var mailjet_api_secret_default = keyedToken({
	id: "mailjet-api-secret",
	name: "Mailjet API secret",
	description: "Mailjet API secret keys (32 hex digits) under a key or section named after Mailjet.",
	vendor: String.raw`mailjet|mj(?=[_.-]apikey)`,
	keywords: [
		"mailjet",
		"mj_apikey",
		"mj-apikey"
	],
	shapes: [[[ABC.hex, 32]]],
	key: String.raw`(?:api[_.-]?)?(?:secret|private)(?:[_.-]?key)?|apikey[_.-]?private`,
	sampleKey: "MAILJET_API_SECRET",
	references: ["https://dev.mailjet.com/email/guides/#authentication"]
});
// dist/patterns/connector-credential/mandrill-api-key.js
var mandrill_api_key_default = keyedToken({
	id: "mandrill-api-key",
	name: "Mandrill API key",
	description: "Mailchimp Transactional (Mandrill) API keys (22 characters) under a key or section named after Mandrill.",
	vendor: String.raw`mandrill`,
	keywords: ["mandrill"],
	shapes: [[[ABC.base64url, 22]]],
	sampleKey: "MANDRILL_API_KEY",
	references: ["https://mailchimp.com/developer/transactional/guides/quick-start/"]
});
// dist/patterns/connector-credential/mapbox-secret-token.js
var mapbox_secret_token_default = prefixedToken({
	id: "mapbox-secret-token",
	name: "Mapbox secret access token",
	description: "Mapbox secret access tokens (sk.eyJ + the token): change the account's styles, tilesets and tokens (public pk. tokens are meant for browsers).",
	shapes: [[
		"sk.eyJ",
		[
			ABC.base64url,
			50,
			300
		],
		".",
		[ABC.base64url, 22]
	]],
	sampleKey: "MAPBOX_SECRET_TOKEN",
	references: ["https://docs.mapbox.com/accounts/guides/tokens/"]
});
// dist/patterns/connector-credential/mattermost-access-token.js
var mattermost_access_token_default = keyedToken({
	id: "mattermost-access-token",
	name: "Mattermost access token",
	description: "Mattermost personal access and bot tokens (26 characters) under a key or section named after Mattermost.",
	vendor: String.raw`mattermost`,
	keywords: ["mattermost"],
	shapes: [[[ABC.lowerAlnum, 26]]],
	sampleKey: "MATTERMOST_TOKEN",
	references: ["https://developers.mattermost.com/integrate/reference/personal-access-token/"]
});
// dist/patterns/connector-credential/maxmind-license-key.js
var maxmind_license_key_default = prefixedToken({
	id: "maxmind-license-key",
	name: "MaxMind licence key",
	description: "MaxMind account licence keys (6 + 29 characters + _mmk): download GeoIP databases and query the web services on the account.",
	shapes: [[
		[ABC.alnum, 6],
		"_",
		[ABC.alnum, 29],
		"_mmk"
	]],
	keywords: ["_mmk"],
	keywordContext: /_mmk(?![\w-])/iu,
	sampleKey: "MAXMIND_LICENSE_KEY",
	references: ["https://support.maxmind.com/hc/en-us/articles/4407111582235-Generate-a-License-Key"]
});
// dist/patterns/connector-credential/messagebird-api-key.js
var messagebird_api_key_default = keyedToken({
	id: "messagebird-api-key",
	name: "MessageBird (Bird) API key",
	description: "MessageBird access keys (25 characters) under a key or section named after MessageBird.",
	vendor: String.raw`message[_.-]?bird`,
	keywords: [
		"messagebird",
		"message_bird",
		"message-bird",
		"message.bird"
	],
	shapes: [[[ABC.alnum, 25]]],
	sampleKey: "MESSAGEBIRD_API_KEY",
	references: ["https://developers.messagebird.com/api/#authentication"]
});
// dist/patterns/connector-credential/mistral-api-key.js
var mistral_api_key_default = keyedToken({
	id: "mistral-api-key",
	name: "Mistral AI API key",
	description: "Mistral AI API keys (32 characters) under a key or section named after Mistral.",
	vendor: String.raw`mistral`,
	keywords: ["mistral"],
	shapes: [[[ABC.alnum, 32]]],
	sampleKey: "MISTRAL_API_KEY",
	references: ["https://docs.mistral.ai/getting-started/quickstart/"]
});
// dist/patterns/connector-credential/mollie-api-key.js
var mollie_api_key_default = keyedToken({
	id: "mollie-api-key",
	name: "Mollie API key",
	description: "Mollie live API keys (live_ + 30 characters) and organisation tokens (access_ + 40) under a key or section named after Mollie.",
	vendor: String.raw`mollie`,
	keywords: ["mollie"],
	shapes: [["live_", [ABC.alnum, 30]], ["access_", [ABC.alnum, 40]]],
	sampleKey: "MOLLIE_API_KEY",
	references: ["https://docs.mollie.com/reference/authentication"]
});
// dist/patterns/connector-credential/mongodb-atlas-private-key.js
var mongodb_atlas_private_key_default = keyedToken({
	id: "mongodb-atlas-private-key",
	name: "MongoDB Atlas API private key",
	description: "MongoDB Atlas programmatic API private keys (a UUID) under a key or section named after Atlas or MongoDB.",
	vendor: String.raw`mongodb[_.-]?atlas|atlas(?=[_.-](?:private|api))`,
	keywords: [
		"mongodb_atlas",
		"mongodb-atlas",
		"mongodbatlas",
		"atlas_private",
		"atlas-private",
		"atlas_api",
		"atlas-api"
	],
	shapes: [[
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	key: String.raw`private[_.-]?(?:api[_.-]?)?key`,
	sampleKey: "MONGODB_ATLAS_PRIVATE_KEY",
	references: ["https://www.mongodb.com/docs/atlas/configure-api-access/"]
});
// dist/patterns/connector-credential/neon-api-key.js
var neon_api_key_default = prefixedToken({
	id: "neon-api-key",
	name: "Neon API key",
	description: "Neon API keys (napi_ + 64 characters): create, change and delete the account's Postgres projects.",
	shapes: [["napi_", [ABC.lowerAlnum, 64]]],
	sampleKey: "NEON_API_KEY",
	references: ["https://neon.com/docs/manage/api-keys"]
});
// dist/patterns/connector-credential/netlify-access-token.js
var netlify_access_token_default = prefixedToken({
	id: "netlify-access-token",
	name: "Netlify personal access token",
	description: "Netlify personal access tokens (nfp_ + 36 to 40 characters): deploy and configure the account's sites.",
	shapes: [["nfp_", [
		ABC.alnum,
		36,
		40
	]]],
	sampleKey: "NETLIFY_AUTH_TOKEN",
	references: ["https://docs.netlify.com/api/get-started/#authentication"]
});
// dist/patterns/connector-credential/netlify-legacy-token.js
var netlify_legacy_token_default = keyedToken({
	id: "netlify-legacy-token",
	name: "Netlify access token (older form)",
	description: "Netlify access tokens of the older 40 to 46 character form under a key or section named after Netlify.",
	vendor: String.raw`netlify`,
	keywords: ["netlify"],
	shapes: [[[
		ABC.base64url,
		40,
		46
	]]],
	sampleKey: "NETLIFY_AUTH_TOKEN",
	references: ["https://docs.netlify.com/api/get-started/#authentication"]
});
// dist/patterns/connector-credential/netrc-credentials.js
const id$139 = "netrc-credentials";
/**
* Passwords in `.netrc` / `_netrc` entries (`machine host login user
* password secret`, on one line or several), which curl, git, ftp and
* Python's netrc module send to that host.
*/
var netrc_credentials_default = defineDetector({
	id: id$139,
	name: ".netrc password",
	category: "connector-credential",
	severity: "error",
	description: ".netrc entries (machine <host> login <user> password <secret>) with a real password for a real host.",
	regex: /(?<![\w-])machine[ \t]{1,8}(?<host>[^\s"'`\\]{1,253})(?:(?:\s|\\n)(?:[\s*#/]|\\n){0,19}(?:login|account|port)[ \t]{1,8}[^\s"'`\\]{1,256}){0,3}(?:\s|\\n)(?:[\s*#/]|\\n){0,19}password[ \t]{1,8}(?<secret>[^\s"'`\\]{1,256})/u,
	keywords: ["machine"],
	keywordContext: /machine[ \t]{1,8}[^\s"'`\\]{1,253}(?:\s|\\n)(?:[\s*#/]|\\n){0,19}(?:login|account|port|password)[ \t]/u,
	multiline: true,
	reach: 2048,
	skipSynthetic: true,
	validate: (secret, { groups, registry }) => {
		const host = (groups.host ?? "").toLowerCase();
		if (isDocumentationIp(host) || registry?.isReservedHost(host) || !host.includes(".")) return false;
		return secret.length >= 6 && !placeholderPassword(secret, registry) && registry?.match(secret) === void 0;
	},
	references: ["https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", "https://everything.curl.dev/usingcurl/netrc.html"],
	samples: () => ({
		positive: [`machine api.northbridge.io login deploy password ${randomString(`${id$139}1`, ALPHA_NUM, 24)}`, `machine git.northbridge.io\n  login ci-bot\n  password ${randomString(`${id$139}2`, ALPHA_NUM, 32)}`],
		negative: [
			"machine api.example.com login user password secret",
			"machine github.com login octocat password ${GITHUB_TOKEN}",
			`machine localhost login admin password ${randomString(`${id$139}3`, ALPHA_NUM, 16)}`,
			"default login anonymous password user@site",
			"The machine learning pipeline reads its password from the vault.",
			"machine api.northbridge.io login deploy password <token>"
		]
	})
});
// dist/patterns/connector-credential/new-relic-key.js
const id$138 = "new-relic-key";
var new_relic_key_default = defineDetector({
	id: id$138,
	name: "New Relic key",
	category: "connector-credential",
	severity: "error",
	description: "New Relic user (NRAK-), admin (NRAA-), Insights insert/query (NRII-, NRIQ-), browser (NRJS-) and ingest licence (…NRAL) keys and mobile tokens (…-NRMA).",
	regex: /(?<![\w-])(?<secret>NRAK-[A-Z0-9]{27}|NRAA-[A-Za-z0-9]{27}|NRI[IQ]-[\w-]{32}|NRJS-[a-f0-9]{19}|[a-f0-9]{36}NRAL|AA[a-f0-9]{40}-NRMA)(?![\w-])/u,
	keywords: [
		"nrak-",
		"nraa-",
		"nrii-",
		"nriq-",
		"nrjs-",
		"nral",
		"-nrma"
	],
	publicPrefix: /^(?:NRAK|NRAA|NRII|NRIQ|NRJS)-/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret),
	references: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/"],
	samples: () => ({
		positive: [
			`NRAK-${randomString(`${id$138}1`, UPPER_NUM, 27)}`,
			{
				key: "NEW_RELIC_LICENSE_KEY",
				value: `${randomString(`${id$138}2`, HEX, 36)}NRAL`
			},
			`NRII-${randomString(`${id$138}3`, `${ALPHA_NUM}-_`, 32)}`,
			`NRJS-${randomString(`${id$138}4`, HEX, 19)}`
		],
		negative: [
			"NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX",
			{
				key: "NEW_RELIC_LICENSE_KEY",
				value: "<your-license-key>"
			},
			"NRAK-<your-user-key>",
			`NRAK-${randomString(`${id$138}5`, UPPER_NUM, 26)}`,
			{
				key: "NEW_RELIC_LICENSE_KEY",
				value: `${"0".repeat(36)}NRAL`
			}
		]
	})
});
// dist/patterns/connector-credential/new-relic-license-key.js
const id$137 = "new-relic-license-key";
/**
* Classic New Relic licence (ingest) keys: 40 hex digits without the NRAL
* suffix, recognisable only by their key or their newrelic.yml. Keys ending in
* NRAL are the new-relic-key detector's.
*/
var new_relic_license_key_default = defineDetector({
	id: id$137,
	name: "New Relic licence key",
	category: "connector-credential",
	severity: "error",
	description: "Classic New Relic licence keys (40 hex digits) under a NEW_RELIC_LICENSE_KEY key, env entry or newrelic section, or a license_key line in a file that names New Relic.",
	regex: /(?:(?<![a-z0-9])new[_.-]?relic[\w.-]{0,20}?license[_.-]?key\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|(?:(?<![^\n])|(?<=\\n))[ \t*#/]{0,6}license_key[ \t]{0,4}:[ \t]{0,4}\\?["'`]?|(?<![a-z0-9])new[_.-]?relic\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])license[_.-]?key\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>[a-f0-9]{40})(?![a-z0-9])/iu,
	keywords: [
		"newrelic",
		"new_relic",
		"new-relic",
		"new.relic"
	],
	multiline: true,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret, 5),
	references: ["https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key", "https://docs.newrelic.com/docs/apm/agents/nodejs-agent/installation-configuration/nodejs-agent-configuration/"],
	samples: () => ({
		positive: [
			{
				key: "NEW_RELIC_LICENSE_KEY",
				value: randomString(`${id$137}1`, HEX, 40)
			},
			`# newrelic.yml\ncommon: &default_settings\n  license_key: '${randomString(`${id$137}2`, HEX, 40)}'\n  app_name: billing-sync`,
			`newrelic:\n  enabled: true\n  licenseKey: ${randomString(`${id$137}3`, HEX, 40)}`
		],
		negative: [
			{
				key: "NEW_RELIC_LICENSE_KEY",
				value: "<your-license-key>"
			},
			{
				key: "NEW_RELIC_LICENSE_KEY",
				value: "0000000000000000000000000000000000000000"
			},
			`license_key: ${randomString(`${id$137}4`, HEX, 40)}`,
			{
				key: "new_relic_license_key",
				value: "${NEW_RELIC_LICENSE_KEY}"
			}
		]
	})
});
// dist/patterns/connector-credential/ngrok-authtoken.js
var ngrok_authtoken_default = keyedToken({
	id: "ngrok-authtoken",
	name: "ngrok authtoken or API key",
	description: "ngrok agent authtokens and API keys (27 + _ + 21 characters, or 43+) under a key or section named after ngrok.",
	vendor: String.raw`ngrok`,
	keywords: ["ngrok"],
	shapes: [[
		[ABC.alnum, 27],
		"_",
		[ABC.alnum, 21]
	]],
	key: String.raw`auth[_.-]?token|(?:api[_.-]?)?key|token`,
	sampleKey: "NGROK_AUTHTOKEN",
	references: ["https://ngrok.com/docs/agent/#authtokens"]
});
// dist/patterns/connector-credential/notion-token.js
const id$136 = "notion-token";
var notion_token_default = defineDetector({
	id: id$136,
	name: "Notion integration token",
	category: "connector-credential",
	severity: "error",
	description: "Notion integration and API tokens (ntn_ + 11 digits + 35 letters and digits), which read and write the shared workspace pages.",
	regex: /(?<![\w.-])(?<secret>ntn_\d{11}[A-Za-z0-9]{35})(?![\w.-])/u,
	keywords: ["ntn_"],
	publicPrefix: /^ntn_/u,
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(15)),
	references: ["https://developers.notion.com/docs/authorization"],
	samples: () => ({
		positive: [`ntn_${randomString(`${id$136}1`, DIGITS, 11)}${randomString(`${id$136}2`, ALPHA_NUM, 35)}`, {
			key: "NOTION_TOKEN",
			value: `ntn_${randomString(`${id$136}3`, DIGITS, 11)}${randomString(`${id$136}4`, ALPHA_NUM, 35)}`
		}],
		negative: [
			`ntn_${randomString(`${id$136}5`, DIGITS, 11)}${"x".repeat(35)}`,
			"ntn_<integration-token>",
			`ntn_${randomString(`${id$136}6`, DIGITS, 11)}${randomString(`${id$136}7`, ALPHA_NUM, 20)}`,
			`ntn_${randomString(`${id$136}8`, ALPHA_NUM, 46)}`.replace(/^ntn_\d/u, "ntn_a")
		]
	})
});
// dist/patterns/connector-credential/npm-token.js
const id$135 = "npm-token";
var npm_token_default = defineDetector({
	id: id$135,
	name: "npm access token",
	category: "connector-credential",
	severity: "error",
	description: "npm access tokens (npm_ + 36 characters, classic and granular): publish and read packages as the owner.",
	regex: /\b(?<secret>npm_[A-Za-z0-9]{36})\b/u,
	keywords: ["npm_"],
	publicPrefix: /^npm_/u,
	entropy: 3.8,
	validate: (secret) => !hasSequentialRun$1(secret.slice(4)),
	references: ["https://docs.npmjs.com/about-access-tokens", "https://github.blog/security/announcing-npms-new-access-token-format/"],
	samples: () => ({
		positive: [
			`npm_${randomString(`${id$135}1`, ALPHA_NUM, 36)}`,
			`//registry.npmjs.org/:_authToken=npm_${randomString(`${id$135}2`, ALPHA_NUM, 36)}`,
			{
				key: "NPM_TOKEN",
				value: `npm_${randomString(`${id$135}3`, ALPHA_NUM, 36)}`
			}
		],
		negative: [
			"npm_YOUR_TOKEN_HERE",
			"npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
			"npm_config_registry",
			"process.env.npm_package_version"
		]
	})
});
// dist/patterns/connector-credential/npmrc-auth-token.js
const id$134 = "npmrc-auth-token";
const uuid$1 = (seed) => `${randomString(`${seed}a`, HEX, 8)}-${randomString(`${seed}b`, HEX, 4)}-${randomString(`${seed}c`, HEX, 4)}-${randomString(`${seed}d`, HEX, 4)}-${randomString(`${seed}e`, HEX, 12)}`;
/**
* `_auth` is base64 of `user:password` and `_password` base64 of a password:
* when the value decodes so, the password decides (`username:password` is a
* placeholder); a value that decodes to no text is judged as a token.
*/
function encodedPasswordReal(key, secret, registry) {
	if (key === "authToken") return true;
	const decoded = decodeBase64(secret)?.toString("latin1") ?? "";
	if (!/^[\x21-\x7e]+$/u.test(decoded)) return true;
	const password = key === "auth" ? decoded.slice(decoded.indexOf(":") + 1) : decoded;
	if (key === "auth" && !decoded.includes(":")) return true;
	return !placeholderPassword(password, registry) && registry?.match(password) === void 0;
}
/**
* Registry credentials in .npmrc / .yarnrc lines (`//host/:_authToken=`,
* `:_auth=`, `:_password=`, and the legacy top-level `_auth=`) with a literal
* value. Prefixed tokens (npm_, GitHub, GitLab) are left to their own
* detectors.
*/
var npmrc_auth_token_default = defineDetector({
	id: id$134,
	name: "npm registry credential",
	category: "connector-credential",
	severity: "error",
	description: "Literal registry credentials in .npmrc lines (//registry/:_authToken=, :_auth=, :_password=, top-level _auth=), such as legacy UUID tokens and base64 user:password pairs with a real password.",
	regex: /(?:(?<=:)|(?<![\w.-]))_(?<key>authToken|auth|password)[ \t]{0,2}=[ \t]{0,2}\\?["']?(?<secret>(?!npm_|gh[opsu]_|github_pat_|glpat-)[\w.~+/=-]{16,512})(?![\w.~+/=-])/u,
	keywords: ["_auth", "_password"],
	keywordContext: /_(?:authToken|auth|password)[ \t]{0,2}=/iu,
	entropy: 3,
	validate: (secret, { groups, registry }) => !hasSequentialRun$1(secret) && encodedPasswordReal(groups.key ?? "", secret, registry),
	references: ["https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration"],
	samples: () => ({
		positive: [
			`//registry.npmjs.org/:_authToken=${uuid$1(`${id$134}1`)}`,
			`//npm.pkg.internal.northbridge.io/repository/npm-private/:_auth=${randomString(`${id$134}2`, BASE64, 40)}`,
			`//artifacts.northbridge.io/api/npm/npm/:_password=${randomString(`${id$134}3`, BASE64, 24)}`,
			`_auth=${Buffer.from(`ci-publisher:${randomString(`${id$134}4`, ALPHA_NUM, 20)}`).toString("base64")}`
		],
		negative: [
			"//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
			"//registry.npmjs.org/:_authToken=$NPM_TOKEN",
			"//registry.npmjs.org/:_authToken=<your-token>",
			"//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000",
			"\"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\"",
			`//npm.northbridge.io/:_auth=${Buffer.from("username:password").toString("base64")}`,
			`const basic_auth = "${randomString(`${id$134}5`, BASE64, 32)}";`
		]
	})
});
// dist/patterns/connector-credential/nuget-api-key.js
var nuget_api_key_default = prefixedToken({
	id: "nuget-api-key",
	name: "NuGet API key",
	description: "NuGet.org API keys (oy2 + 43 characters): push packages under the account's ids.",
	shapes: [["oy2", [ABC.lowerAlnum, 43]]],
	sampleKey: "NUGET_API_KEY",
	references: ["https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys"]
});
// dist/patterns/connector-credential/nytimes-api-key.js
var nytimes_api_key_default = keyedToken({
	id: "nytimes-api-key",
	name: "New York Times API key",
	description: "New York Times developer API keys (32 characters) under a key or section named after the NYTimes.",
	vendor: String.raw`nytimes|ny[_.-]?times|new[_.-]?york[_.-]?times`,
	keywords: [
		"nytimes",
		"ny_times",
		"ny-times",
		"newyork",
		"new_york",
		"new-york"
	],
	shapes: [[[ABC.alnum, 32]]],
	sampleKey: "NYTIMES_API_KEY",
	references: ["https://developer.nytimes.com/get-started"]
});
// dist/patterns/connector-credential/octopus-deploy-api-key.js
var octopus_deploy_api_key_default = prefixedToken({
	id: "octopus-deploy-api-key",
	name: "Octopus Deploy API key",
	description: "Octopus Deploy API keys (API- + 26 upper-case letters and digits): deploy and configure the instance.",
	shapes: [["API-", [ABC.upperAlnum, 26]]],
	validate: (secret) => /\d/u.test(secret.slice(4)) && /[A-Z]/u.test(secret.slice(4)),
	sampleKey: "OCTOPUS_API_KEY",
	references: ["https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key"]
});
// dist/patterns/connector-credential/okta-api-token.js
var okta_api_token_default = keyedToken({
	id: "okta-api-token",
	name: "Okta API token",
	description: "Okta API tokens (00 + 40 characters) under a key or section named after Okta.",
	vendor: String.raw`okta`,
	keywords: ["okta"],
	shapes: [["00", [ABC.base64url, 40]]],
	sampleKey: "OKTA_API_TOKEN",
	references: ["https://developer.okta.com/docs/guides/create-an-api-token/main/"]
});
// dist/patterns/connector-credential/onepassword-connect-token.js
const id$133 = "onepassword-connect-token";
/** A Connect server access token: an ES256 JWT, built at run time. */
const token$1 = (seed) => [
	base64UrlJson({
		alg: "ES256",
		kid: randomString(`${seed}a`, LOWER_NUM, 26),
		typ: "JWT"
	}),
	base64UrlJson({
		"1password.com/auuid": randomString(`${seed}b`, LOWER_NUM, 26).toUpperCase(),
		"1password.com/fts": ["vaultaccess"],
		aud: ["com.1password.connect"],
		iat: 17e8,
		iss: "com.1password.b5",
		jti: randomString(`${seed}c`, LOWER_NUM, 26),
		sub: randomString(`${seed}d`, LOWER_NUM, 26).toUpperCase()
	}),
	randomString(`${seed}e`, BASE64URL, 86)
].join(".");
var onepassword_connect_token_default = defineDetector({
	id: id$133,
	name: "1Password Connect token",
	category: "connector-credential",
	severity: "error",
	description: "1Password Connect server access tokens (a signed JWT) under an OP_CONNECT_TOKEN, onepassword connect token key or in a 1Password Connect section: they read the vaults the Connect server serves.",
	regex: vendorKeyedValue({
		vendor: String.raw`op[_.-]?connect|(?:one|1)[_.-]?password[_.-]?connect|connect(?=[_.-]?token)`,
		key: String.raw`(?:access[_.-]?)?token`,
		value: String.raw`eyJ[\w-]{10,1000}\.ey[\w-]{10,4000}\.[\w-]{20,1000}`,
		end: String.raw`[\w.-]`
	}),
	keywords: ["connect"],
	keywordContext: /connect[\w.-]{0,30}?token|connect\\?["'`]?[ \t]{0,4}[:=]/iu,
	multiline: true,
	reach: 1024,
	validate: (secret) => parseJwt(secret)?.header["alg"] !== "none" && parseJwt(secret) !== void 0,
	references: ["https://developer.1password.com/docs/connect/manage-connect/", "https://developer.1password.com/docs/connect/connect-server-configuration/"],
	samples: () => ({
		positive: [{
			key: "OP_CONNECT_TOKEN",
			value: token$1(`${id$133}1`)
		}, `onepassword_connect:\n  host: http://op-connect:8080\n  token: ${token$1(`${id$133}2`)}`],
		negative: [
			{
				key: "OP_CONNECT_TOKEN",
				value: "<your-connect-token>"
			},
			{
				key: "OP_CONNECT_TOKEN",
				value: "eyJhbGciOi..."
			},
			{
				key: "id_token_hint",
				value: token$1(`${id$133}3`)
			}
		]
	})
});
// dist/patterns/connector-credential/onepassword-secret-key.js
const id$132 = "onepassword-secret-key";
/** The characters of a 1Password Secret Key: upper-case letters and digits without the look-alikes. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTVWXYZ23456789";
/** A Secret Key as the Emergency Kit prints it: A3, the account's six characters, then 26 more in groups. */
const secretKey$2 = (seed, joined = false) => {
	const part = (n, k) => randomString(`${seed}${n}`, ALPHABET, k);
	return joined ? `A3-${part(1, 6)}-${part(2, 11)}-${part(3, 5)}-${part(4, 5)}-${part(5, 5)}` : `A3-${part(1, 6)}-${part(2, 6)}-${part(3, 5)}-${part(4, 5)}-${part(5, 5)}-${part(6, 5)}`;
};
var onepassword_secret_key_default = defineDetector({
	id: id$132,
	name: "1Password Secret Key",
	category: "connector-credential",
	severity: "error",
	description: "1Password account Secret Keys (A3- and 34 characters in dash-separated groups): with the account password they open every vault of the account.",
	regex: /(?<![A-Za-z0-9-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/u,
	keywords: ["a3-"],
	publicPrefix: /^A3-/u,
	entropy: 3.5,
	references: ["https://support.1password.com/secret-key-security/", "https://support.1password.com/emergency-kit/"],
	samples: () => ({
		positive: [
			secretKey$2(`${id$132}1`),
			secretKey$2(`${id$132}2`, true),
			{
				key: "OP_SECRET_KEY",
				value: secretKey$2(`${id$132}3`)
			}
		],
		negative: [
			"A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
			"A3-AAAAAA-BBBBBB-CCCCC-DDDDD-EEEEE-FFFFF",
			`A3-${randomString(`${id$132}4`, ALPHABET, 6)}-${randomString(`${id$132}5`, ALPHABET, 5)}`
		]
	})
});
// dist/patterns/connector-credential/onepassword-service-account-token.js
const id$131 = "onepassword-service-account-token";
/** A service-account token: ops_ + base64 of the JSON sign-in record (unpadded). */
const token = (seed) => `ops_${Buffer.from(JSON.stringify({
	signInAddress: "my.1password.com",
	userAuth: {
		method: "SRPg-4096",
		alg: "PBES2g-HS256",
		iterations: 65e4,
		salt: randomString(`${seed}a`, BASE64URL, 22)
	},
	email: `${randomString(`${seed}b`, LOWER_NUM, 12)}@1passwordserviceaccounts.com`,
	srpX: randomString(`${seed}c`, "0123456789abcdef", 64),
	muk: {
		alg: "A256GCM",
		ext: true,
		k: randomString(`${seed}d`, BASE64URL, 43),
		key_ops: ["encrypt", "decrypt"],
		kty: "oct",
		kid: "mp"
	},
	secretKey: `A3-${randomString(`${seed}e`, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 6)}-${randomString(`${seed}f`, "ABCDEFGHJKLMNPQRSTVWXYZ23456789", 11)}`,
	deviceUuid: randomString(`${seed}g`, LOWER_NUM, 26)
})).toString("base64").replace(/=/gu, "")}`;
var onepassword_service_account_token_default = defineDetector({
	id: id$131,
	name: "1Password service account token",
	category: "connector-credential",
	severity: "error",
	description: "1Password service account tokens (ops_ + base64 of a JSON sign-in record, checked by decoding): they read every vault the service account is granted.",
	regex: /(?<![\w-])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{250,4000}={0,3})(?![\w+/=-])/u,
	keywords: ["ops_eyj"],
	validate: (secret) => {
		const json = decodeBase64(secret.slice(4))?.toString("utf8") ?? "";
		return json.startsWith("{\"") && (json.includes("\"secretKey\"") || json.includes("\"srpX\""));
	},
	references: ["https://developer.1password.com/docs/service-accounts/", "https://developer.1password.com/docs/service-accounts/use-with-1password-cli/"],
	samples: () => ({
		positive: [token(`${id$131}1`), {
			key: "OP_SERVICE_ACCOUNT_TOKEN",
			value: token(`${id$131}2`)
		}],
		negative: [
			{
				key: "OP_SERVICE_ACCOUNT_TOKEN",
				value: "<your-service-account-token>"
			},
			"ops_eyJ...",
			`ops_${Buffer.from(JSON.stringify({ note: randomString(`${id$131}3`, BASE64URL, 240) })).toString("base64")}`
		]
	})
});
// dist/patterns/connector-credential/openai-api-key.js
const id$130 = "openai-api-key";
const KEY_BODY$1 = BASE64URL;
var openai_api_key_default = defineDetector({
	id: id$130,
	name: "OpenAI API key",
	category: "connector-credential",
	severity: "error",
	description: "OpenAI API keys (sk-, sk-proj-, sk-svcacct-, sk-admin- with the T3BlbkFJ marker): usage is billed to the owner.",
	regex: /(?<![\w-])(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[\w-]{20,200}T3BlbkFJ[\w-]{20,200})(?![\w-])/u,
	keywords: ["t3blbkfj"],
	publicPrefix: /^sk-(?:(?:proj|svcacct|admin)-)?/u,
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(secret.indexOf("T3BlbkFJ") + 8)),
	references: ["https://platform.openai.com/docs/api-reference/authentication"],
	samples: () => ({
		positive: [`sk-proj-${randomString(`${id$130}1`, KEY_BODY$1, 74)}T3BlbkFJ${randomString(`${id$130}2`, KEY_BODY$1, 74)}`, `sk-${randomString(`${id$130}3`, ALPHA_NUM, 20)}T3BlbkFJ${randomString(`${id$130}4`, ALPHA_NUM, 20)}`],
		negative: [
			"sk-proj-...",
			"sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx",
			`sk-${randomString(`${id$130}5`, ALPHA_NUM, 48)}`,
			"sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}"
		]
	})
});
// dist/patterns/connector-credential/openrouter-api-key.js
var openrouter_api_key_default = prefixedToken({
	id: "openrouter-api-key",
	name: "OpenRouter API key",
	description: "OpenRouter API keys (sk-or-v1- + 64 hex digits): call and bill models on the account.",
	shapes: [["sk-or-v1-", [ABC.hex, 64]]],
	sampleKey: "OPENROUTER_API_KEY",
	references: ["https://openrouter.ai/docs/api-reference/authentication"]
});
// dist/patterns/connector-credential/openshift-user-token.js
var openshift_user_token_default = prefixedToken({
	id: "openshift-user-token",
	name: "OpenShift user token",
	description: "OpenShift OAuth user tokens (sha256~ + 43 characters): act on the cluster as the user.",
	shapes: [["sha256~", [ABC.base64url, 43]]],
	sampleKey: "OPENSHIFT_TOKEN",
	references: ["https://docs.openshift.com/container-platform/4.14/authentication/managing-oauth-access-tokens.html"]
});
// dist/patterns/connector-credential/openweather-api-key.js
var openweather_api_key_default = keyedToken({
	id: "openweather-api-key",
	name: "OpenWeather API key",
	description: "OpenWeather API keys (32 hex digits) under a key or section named after OpenWeather.",
	vendor: String.raw`open[_.-]?weather(?:map)?|owm(?=[_.-])`,
	keywords: [
		"openweather",
		"open_weather",
		"open-weather",
		"owm_",
		"owm-"
	],
	shapes: [[[ABC.hex, 32]]],
	sampleKey: "OPENWEATHER_API_KEY",
	references: ["https://openweathermap.org/appid"]
});
// dist/patterns/connector-credential/pagerduty-api-key.js
const id$129 = "pagerduty-api-key";
const KEY_BODY = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+";
var pagerduty_api_key_default = defineDetector({
	id: id$129,
	name: "PagerDuty REST API key",
	category: "connector-credential",
	severity: "error",
	description: "PagerDuty REST API keys and user tokens (20 characters, user tokens prefixed u+) under a PagerDuty key, env entry or section, or in a `Token token=` header in a file that names PagerDuty.",
	regex: /(?:(?<![a-z0-9])pagerduty[\w.-]{0,30}?(?:api[_.-]?)?(?:key|token)\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|(?<![a-z0-9])pagerduty\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])(?:api[_.-]?)?(?:key|token)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|token[ \t]{1,4}token=\\?["']?)(?<secret>[\w+-]{20})(?![\w+-])/iu,
	keywords: ["pagerduty"],
	multiline: true,
	entropy: 3.4,
	validate: (secret) => /[a-z]/iu.test(secret) && /\d/u.test(secret) && !hasSequentialRun$1(secret, 5),
	references: ["https://support.pagerduty.com/main/docs/api-access-keys", "https://developer.pagerduty.com/docs/authentication"],
	samples: () => ({
		positive: [
			{
				key: "PAGERDUTY_API_KEY",
				value: randomString(`${id$129}1`, KEY_BODY, 20)
			},
			{
				key: "pagerduty_token",
				value: `u+${randomString(`${id$129}2`, KEY_BODY.slice(0, 64), 18)}`
			},
			`curl -H "Authorization: Token token=${randomString(`${id$129}3`, KEY_BODY, 20)}" https://api.pagerduty.com/incidents`
		],
		negative: [
			{
				key: "PAGERDUTY_API_KEY",
				value: "y_NbAkKc66ryYTWUXYEu"
			},
			{
				key: "PAGERDUTY_API_KEY",
				value: "your-pagerduty-token"
			},
			{
				key: "pagerduty_token",
				value: "${PAGERDUTY_TOKEN}"
			},
			{
				key: "pagerduty_routing_key",
				value: "R0ut1ngK3yR0ut1ngK3yR0ut1ngK3yZZ"
			},
			"curl -H \"Authorization: Token token=y_NbAkKc66ryYTWUXYEu\" https://api.pagerduty.com/users"
		]
	})
});
// dist/patterns/connector-credential/perplexity-api-key.js
const id$128 = "perplexity-api-key";
var perplexity_api_key_default = defineDetector({
	id: id$128,
	name: "Perplexity API key",
	category: "connector-credential",
	severity: "error",
	description: "Perplexity API keys (pplx- + 48 letters and digits): usage is billed to the owner.",
	regex: /(?<![\w.-])(?<secret>pplx-[A-Za-z0-9]{48})(?![\w.-])/u,
	keywords: ["pplx-"],
	publicPrefix: /^pplx-/u,
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(5)),
	references: ["https://docs.perplexity.ai/guides/getting-started"],
	samples: () => ({
		positive: [`pplx-${randomString(`${id$128}1`, ALPHA_NUM, 48)}`, {
			key: "PERPLEXITY_API_KEY",
			value: `pplx-${randomString(`${id$128}2`, ALPHA_NUM, 48)}`
		}],
		negative: [
			`pplx-${"x".repeat(48)}`,
			"pplx-<your-api-key>",
			`pplx-${randomString(`${id$128}3`, ALPHA_NUM, 24)}`,
			`pplx-${randomString(`${id$128}4`, ALPHA_NUM, 56)}`
		]
	})
});
// dist/patterns/connector-credential/pinecone-api-key.js
var pinecone_api_key_default = prefixedToken({
	id: "pinecone-api-key",
	name: "Pinecone API key",
	description: "Pinecone API keys (pcsk_ + key id + _ + secret): read and write the project's vector indexes.",
	shapes: [[
		"pcsk_",
		[
			ABC.alnum,
			4,
			10
		],
		"_",
		[
			ABC.alnum,
			40,
			80
		]
	]],
	sampleKey: "PINECONE_API_KEY",
	references: ["https://docs.pinecone.io/guides/projects/manage-api-keys"]
});
// dist/patterns/connector-credential/pipedrive-api-token.js
var pipedrive_api_token_default = keyedToken({
	id: "pipedrive-api-token",
	name: "Pipedrive API token",
	description: "Pipedrive API tokens (40 hex digits) under a key or section named after Pipedrive.",
	vendor: String.raw`pipedrive`,
	keywords: ["pipedrive"],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "PIPEDRIVE_API_TOKEN",
	references: ["https://pipedrive.readme.io/docs/how-to-find-the-api-token"]
});
// dist/patterns/connector-credential/plaid-access-token.js
var plaid_access_token_default = prefixedToken({
	id: "plaid-access-token",
	name: "Plaid access token",
	description: "Plaid production and development access tokens (access-production- or access-development- + a UUID): read a person's bank accounts and transactions.",
	shapes: [[
		"access-production-",
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	], [
		"access-development-",
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	sampleKey: "PLAID_ACCESS_TOKEN",
	references: ["https://plaid.com/docs/api/tokens/"]
});
// dist/patterns/connector-credential/plaid-secret.js
var plaid_secret_default = keyedToken({
	id: "plaid-secret",
	name: "Plaid secret",
	description: "Plaid API secrets (30 characters) under a key or section named after Plaid.",
	vendor: String.raw`plaid`,
	keywords: ["plaid"],
	shapes: [[[ABC.lowerAlnum, 30]]],
	key: String.raw`(?:client|api|sandbox|development|production|dev|prod)?[_.-]?secret(?:[_.-]?key)?`,
	sampleKey: "PLAID_SECRET",
	references: ["https://plaid.com/docs/api/#api-access"]
});
// dist/patterns/connector-credential/planetscale-token.js
const id$127 = "planetscale-token";
var planetscale_token_default = defineDetector({
	id: id$127,
	name: "PlanetScale token",
	category: "connector-credential",
	severity: "error",
	description: "PlanetScale service tokens, database passwords and OAuth tokens (pscale_tkn_, pscale_pw_, pscale_oauth_ + 32–64 characters).",
	regex: /(?<![\w.-])(?<secret>pscale_(?:tkn|pw|oauth)_[\w.=-]{32,64})(?![\w.=-])/u,
	keywords: [
		"pscale_tkn_",
		"pscale_pw_",
		"pscale_oauth_"
	],
	publicPrefix: /^pscale_(?:tkn|pw|oauth)_/u,
	entropy: 3.8,
	validate: (secret) => !hasSequentialRun$1(secret.slice(secret.indexOf("_", 7) + 1)),
	references: ["https://planetscale.com/docs/concepts/service-tokens", "https://planetscale.com/docs/concepts/connection-strings"],
	samples: () => ({
		positive: [
			`pscale_tkn_${randomString(`${id$127}1`, ALPHA_NUM, 43)}`,
			{
				key: "DATABASE_PASSWORD",
				value: `pscale_pw_${randomString(`${id$127}2`, ALPHA_NUM, 43)}`
			},
			`pscale_oauth_${randomString(`${id$127}3`, ALPHA_NUM, 43)}`
		],
		negative: [
			`pscale_pw_${"x".repeat(43)}`,
			"pscale_tkn_<service-token>",
			`pscale_tkn_${randomString(`${id$127}4`, ALPHA_NUM, 20)}`,
			`pscale_key_${randomString(`${id$127}5`, ALPHA_NUM, 43)}`
		]
	})
});
// dist/patterns/connector-credential/plivo-auth-token.js
var plivo_auth_token_default = keyedToken({
	id: "plivo-auth-token",
	name: "Plivo auth token",
	description: "Plivo auth tokens (40 characters) under a key or section named after Plivo.",
	vendor: String.raw`plivo`,
	keywords: ["plivo"],
	shapes: [[[ABC.alnum, 40]]],
	sampleKey: "PLIVO_AUTH_TOKEN",
	references: ["https://www.plivo.com/docs/messaging/api/overview/authentication"]
});
// dist/patterns/connector-credential/posthog-personal-api-key.js
var posthog_personal_api_key_default = prefixedToken({
	id: "posthog-personal-api-key",
	name: "PostHog personal API key",
	description: "PostHog personal API keys (phx_ + about 43 characters): read the project's analytics data (project keys, phc_, are public by design).",
	shapes: [["phx_", [
		ABC.alnum,
		40,
		50
	]]],
	sampleKey: "POSTHOG_PERSONAL_API_KEY",
	references: ["https://posthog.com/docs/api#private-endpoint-authentication"]
});
// dist/patterns/connector-credential/postman-api-key.js
const id$126 = "postman-api-key";
var postman_api_key_default = defineDetector({
	id: id$126,
	name: "Postman API key",
	category: "connector-credential",
	severity: "error",
	description: "Postman API keys (PMAK- + 24 + - + 34 hex digits): read and change the owner's workspaces and collections.",
	regex: /\b(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/u,
	keywords: ["pmak-"],
	publicPrefix: /^PMAK-/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(5), 5),
	references: ["https://learning.postman.com/docs/developer/postman-api/authentication/"],
	samples: () => ({
		positive: [`PMAK-${randomString(`${id$126}1`, HEX, 24)}-${randomString(`${id$126}2`, HEX, 34)}`, {
			key: "POSTMAN_API_KEY",
			value: `PMAK-${randomString(`${id$126}3`, HEX, 24)}-${randomString(`${id$126}4`, HEX, 34)}`
		}],
		negative: [
			"PMAK-<your-api-key>",
			`PMAK-${"0".repeat(24)}-${"0".repeat(34)}`,
			`PMAK-${randomString(`${id$126}5`, HEX, 24)}`
		]
	})
});
// dist/patterns/connector-credential/postmark-server-token.js
var postmark_server_token_default = keyedToken({
	id: "postmark-server-token",
	name: "Postmark server or account token",
	description: "Postmark server and account API tokens (a UUID) under a key, header or section named after Postmark.",
	vendor: String.raw`postmark`,
	keywords: ["postmark"],
	shapes: [[
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	sampleKey: "POSTMARK_SERVER_TOKEN",
	references: ["https://postmarkapp.com/developer/api/overview#authentication"]
});
// dist/patterns/connector-credential/prefect-api-key.js
var prefect_api_key_default = prefixedToken({
	id: "prefect-api-key",
	name: "Prefect Cloud API key",
	description: "Prefect Cloud API keys (pnu_ + 36 characters): run and change the workspace's flows.",
	shapes: [["pnu_", [ABC.alnum, 36]]],
	sampleKey: "PREFECT_API_KEY",
	references: ["https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys"]
});
// dist/patterns/connector-credential/privateai-api-key.js
var privateai_api_key_default = keyedToken({
	id: "privateai-api-key",
	name: "Private AI API key",
	description: "Private AI API keys (32 characters) under a key or section named after Private AI.",
	vendor: String.raw`private[_.-]?ai`,
	keywords: [
		"privateai",
		"private_ai",
		"private-ai",
		"private.ai"
	],
	shapes: [[[ABC.alnum, 32]]],
	sampleKey: "PRIVATEAI_API_KEY",
	references: ["https://docs.private-ai.com/"]
});
// dist/patterns/connector-credential/pubnub-secret-key.js
var pubnub_secret_key_default = prefixedToken({
	id: "pubnub-secret-key",
	name: "PubNub secret or publish key",
	description: "PubNub secret keys (sec-c- + the key) and publish keys (pub-c- + a UUID): grant access and publish on the keyset.",
	shapes: [["sec-c-", [
		ABC.alnum,
		40,
		60
	]], [
		"pub-c-",
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	sampleKey: "PUBNUB_SECRET_KEY",
	references: ["https://www.pubnub.com/docs/general/setup/account-setup"]
});
// dist/patterns/connector-credential/pulumi-access-token.js
const id$125 = "pulumi-access-token";
var pulumi_access_token_default = defineDetector({
	id: id$125,
	name: "Pulumi access token",
	category: "connector-credential",
	severity: "error",
	description: "Pulumi Cloud personal, team and organization access tokens (pul- + 40 hex characters).",
	regex: /(?<![\w.-])(?<secret>pul-[0-9a-f]{40})(?![\w.-])/u,
	keywords: ["pul-"],
	publicPrefix: /^pul-/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(4)),
	references: ["https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/"],
	samples: () => ({
		positive: [`pul-${randomString(`${id$125}1`, HEX, 40)}`, {
			key: "PULUMI_ACCESS_TOKEN",
			value: `pul-${randomString(`${id$125}2`, HEX, 40)}`
		}],
		negative: [
			`pul-${"0".repeat(40)}`,
			"pul-<access-token>",
			`pul-${randomString(`${id$125}3`, HEX, 24)}`,
			`pul-${randomString(`${id$125}4`, HEX, 40).toUpperCase()}`,
			`hopul-${randomString(`${id$125}5`, HEX, 40)}`
		]
	})
});
// dist/patterns/connector-credential/pusher-secret.js
var pusher_secret_default = keyedToken({
	id: "pusher-secret",
	name: "Pusher Channels app secret",
	description: "Pusher Channels app secrets (20 hex digits) under a key or section named after Pusher.",
	vendor: String.raw`pusher`,
	keywords: ["pusher"],
	shapes: [[[ABC.hex, 20]]],
	key: String.raw`(?:app|api)?[_.-]?secret`,
	sampleKey: "PUSHER_APP_SECRET",
	references: ["https://pusher.com/docs/channels/server_api/http-api/#authentication"]
});
// dist/patterns/connector-credential/pypi-token.js
const id$124 = "pypi-token";
var pypi_token_default = defineDetector({
	id: id$124,
	name: "PyPI API token",
	category: "connector-credential",
	severity: "error",
	description: "PyPI and TestPyPI upload tokens (pypi- + a macaroon naming pypi.org): publish packages as the owner.",
	regex: /(?<![\w-])(?<secret>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\w-]{50,300})(?![\w-])/u,
	keywords: ["pypi-ageichlwas5vcmc", "pypi-agendgvzdc5wexbplm9yzw"],
	publicPrefix: /^pypi-/u,
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(24)),
	references: ["https://pypi.org/help/#apitoken"],
	samples: () => ({
		positive: [`pypi-AgEIcHlwaS5vcmc${randomString(`${id$124}1`, BASE64URL, 160)}`, `//upload.pypi.org/legacy/ password = pypi-AgEIcHlwaS5vcmc${randomString(`${id$124}2`, BASE64URL, 140)}`],
		negative: [
			"pypi-AgEIcHlwaS5vcmc...",
			"pypi-<your-token>",
			`pypi-AgEIcHlwaS5vcmc${randomString(`${id$124}3`, BASE64URL, 20)}`
		]
	})
});
// dist/patterns/connector-credential/rapidapi-key.js
var rapidapi_key_default = keyedToken({
	id: "rapidapi-key",
	name: "RapidAPI key",
	description: "RapidAPI application keys (50 characters) under a key, header or section named after RapidAPI.",
	vendor: String.raw`rapid[_.-]?api`,
	keywords: [
		"rapidapi",
		"rapid_api",
		"rapid-api",
		"rapid.api"
	],
	shapes: [[[ABC.base64url, 50]]],
	key: String.raw`(?:api[_.-]?)?key|token|secret`,
	sampleKey: "RAPIDAPI_KEY",
	references: ["https://docs.rapidapi.com/docs/keys-and-key-rotation"]
});
// dist/patterns/connector-credential/razorpay-key-secret.js
var razorpay_key_secret_default = keyedToken({
	id: "razorpay-key-secret",
	name: "Razorpay key secret",
	description: "Razorpay API key secrets (24 characters) under a key or section named after Razorpay.",
	vendor: String.raw`razorpay`,
	keywords: ["razorpay"],
	shapes: [[[ABC.alnum, 24]]],
	key: String.raw`(?:key|api|client)?[_.-]?secret`,
	sampleKey: "RAZORPAY_KEY_SECRET",
	references: ["https://razorpay.com/docs/api/authentication/"]
});
// dist/patterns/connector-credential/readme-api-key.js
var readme_api_key_default = prefixedToken({
	id: "readme-api-key",
	name: "ReadMe API key",
	description: "ReadMe API keys (rdme_ + 70 characters): edit the project's documentation and read its metrics.",
	shapes: [["rdme_", [ABC.lowerAlnum, 70]]],
	sampleKey: "README_API_KEY",
	references: ["https://docs.readme.com/main/reference/intro/authentication"]
});
// dist/patterns/connector-credential/render-api-key.js
var render_api_key_default = prefixedToken({
	id: "render-api-key",
	name: "Render API key",
	description: "Render API keys (rnd_ + 32 characters): deploy and configure the account's services.",
	shapes: [["rnd_", [ABC.alnum, 32]]],
	sampleKey: "RENDER_API_KEY",
	references: ["https://render.com/docs/api#1-create-an-api-key"]
});
// dist/patterns/connector-credential/replicate-api-token.js
var replicate_api_token_default = prefixedToken({
	id: "replicate-api-token",
	name: "Replicate API token",
	description: "Replicate API tokens (r8_ + 37 characters): run and bill models on the account.",
	shapes: [["r8_", [ABC.alnum, 37]]],
	sampleKey: "REPLICATE_API_TOKEN",
	references: ["https://replicate.com/docs/topics/security/api-tokens"]
});
// dist/patterns/connector-credential/resend-api-key.js
var resend_api_key_default = prefixedToken({
	id: "resend-api-key",
	name: "Resend API key",
	description: "Resend API keys (re_ + 8 characters + _ + 24): send email from the account's domains.",
	shapes: [[
		"re_",
		[ABC.alnum, 8],
		"_",
		[ABC.alnum, 24]
	]],
	sampleKey: "RESEND_API_KEY",
	references: ["https://resend.com/docs/dashboard/api-keys/introduction"]
});
// dist/patterns/connector-credential/rollbar-access-token.js
var rollbar_access_token_default = keyedToken({
	id: "rollbar-access-token",
	name: "Rollbar access token",
	description: "Rollbar project and account access tokens (32 hex digits) under a key or section named after Rollbar.",
	vendor: String.raw`rollbar`,
	keywords: ["rollbar"],
	shapes: [[[ABC.hex, 32]]],
	sampleKey: "ROLLBAR_ACCESS_TOKEN",
	references: ["https://docs.rollbar.com/docs/access-tokens"]
});
// dist/patterns/connector-credential/rubygems-api-key.js
const id$123 = "rubygems-api-key";
var rubygems_api_key_default = defineDetector({
	id: id$123,
	name: "RubyGems API key",
	category: "connector-credential",
	severity: "error",
	description: "RubyGems.org API keys (rubygems_ + 48 hex characters), which can push and yank gems.",
	regex: /(?<![\w.-])(?<secret>rubygems_[0-9a-f]{48})(?![\w.-])/u,
	keywords: ["rubygems_"],
	publicPrefix: /^rubygems_/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(9)),
	references: ["https://guides.rubygems.org/api-key-scopes/"],
	samples: () => ({
		positive: [`rubygems_${randomString(`${id$123}1`, HEX, 48)}`, {
			key: "GEM_HOST_API_KEY",
			value: `rubygems_${randomString(`${id$123}2`, HEX, 48)}`
		}],
		negative: [
			`rubygems_${"0".repeat(48)}`,
			"rubygems_<api-key>",
			`rubygems_${randomString(`${id$123}3`, HEX, 32)}`,
			`rubygems_${randomString(`${id$123}4`, UPPER_NUM, 48)}`
		]
	})
});
// dist/patterns/connector-credential/salesforce-access-token.js
const id$122 = "salesforce-access-token";
const SESSION_BODY = `${ALPHA_NUM}._`;
/** An org id (00D…) and the session part, as Salesforce issues access tokens; built at run time. */
const sessionId = (seed) => `00D${randomString(`${seed}a`, UPPER_NUM, 2)}0000${randomString(`${seed}b`, ALPHA_NUM, 6)}!AQ${randomString(`${seed}c`, ALPHA_NUM, 2)}AQ${randomString(`${seed}d`, SESSION_BODY, 92)}`;
var salesforce_access_token_default = defineDetector({
	id: id$122,
	name: "Salesforce access token",
	category: "connector-credential",
	severity: "error",
	description: "Salesforce OAuth access tokens and session ids (15- or 18-character org id 00D… + ! + a long session part).",
	regex: /(?<![A-Za-z0-9])(?<secret>00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{60,200})(?![A-Za-z0-9._])/u,
	keywords: ["00d"],
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(secret.indexOf("!") + 1)),
	references: ["https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm", "https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_curl.htm"],
	samples: () => ({
		positive: [
			{
				key: "SALESFORCE_ACCESS_TOKEN",
				value: sessionId(`${id$122}1`)
			},
			{
				key: "sfdc_session_id",
				value: sessionId(`${id$122}2`)
			},
			`curl https://${randomString(`${id$122}3`, LOWER_NUM, 8)}.my.salesforce.com/services/data/v60.0/sobjects -H "Authorization: Bearer ${sessionId(`${id$122}4`)}"`
		],
		negative: [
			{
				key: "SALESFORCE_ACCESS_TOKEN",
				value: "00DXXXXXXXXXXXX!XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
			},
			{
				key: "salesforce_access_token",
				value: "<access-token>"
			},
			{
				key: "salesforce_org_id",
				value: `00D${randomString(`${id$122}5`, ALPHA_NUM, 15)}`
			},
			{
				key: "access_token",
				value: `00D${randomString(`${id$122}6`, ALPHA_NUM, 12)}!short`
			}
		]
	})
});
// dist/patterns/connector-credential/salesforce-consumer-secret.js
const id$121 = "salesforce-consumer-secret";
var salesforce_consumer_secret_default = defineDetector({
	id: id$121,
	name: "Salesforce connected-app consumer secret",
	category: "connector-credential",
	severity: "error",
	description: "Salesforce connected-app consumer secrets (64 hex digits, or 19 digits in older apps) under a salesforce/SFDC consumer or client secret key or in a salesforce section: with the consumer key they obtain tokens for the org.",
	regex: vendorKeyedValue({
		vendor: String.raw`salesforce|sfdc|sf(?=[_.-])`,
		key: String.raw`(?:consumer|client|oauth)[_.-]?secret`,
		value: String.raw`[a-f0-9]{64}|\d{19}`
	}),
	keywords: [
		"salesforce",
		"sfdc",
		"sf_",
		"sf-",
		"sf."
	],
	keywordContext: /salesforce|sfdc|sf[_.-][\w.-]{0,30}?secret/iu,
	multiline: true,
	reach: 1024,
	entropy: 2.8,
	validate: (secret) => !hasSequentialRun$1(secret, 6) && (/^\d{19}$/u.test(secret) || /[a-f]/iu.test(secret) && /\d/u.test(secret)),
	references: ["https://help.salesforce.com/s/articleView?id=sf.connected_app_create_api_integration.htm", "https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm"],
	samples: () => ({
		positive: [
			{
				key: "SALESFORCE_CONSUMER_SECRET",
				value: randomString(`${id$121}1`, HEX, 64).toUpperCase()
			},
			{
				key: "SFDC_CLIENT_SECRET",
				value: `9${randomString(`${id$121}2`, DIGITS, 18)}`
			},
			`salesforce:\n  consumer_key: 3MVG9<consumer-key>\n  consumer_secret: ${randomString(`${id$121}3`, HEX, 64).toUpperCase()}`
		],
		negative: [
			{
				key: "SALESFORCE_CONSUMER_SECRET",
				value: "<consumer_secret>"
			},
			{
				key: "SALESFORCE_CONSUMER_SECRET",
				value: "0".repeat(64)
			},
			{
				key: "client_secret",
				value: randomString(`${id$121}4`, HEX, 64).toUpperCase()
			},
			{
				key: "SALESFORCE_CONSUMER_SECRET",
				value: randomString(`${id$121}5`, HEX, 40).toUpperCase()
			}
		]
	})
});
// dist/patterns/connector-credential/salesforce-refresh-token.js
const id$120 = "salesforce-refresh-token";
var salesforce_refresh_token_default = defineDetector({
	id: id$120,
	name: "Salesforce refresh token",
	category: "connector-credential",
	severity: "error",
	description: "Salesforce OAuth refresh tokens (5Aep… + ~80 characters) on a line that names Salesforce or a refresh token: they mint new access tokens until revoked.",
	regex: /(?<![A-Za-z0-9])(?<secret>5Aep[A-Za-z0-9._]{70,120})(?![A-Za-z0-9._])/u,
	keywords: [
		"salesforce",
		"sfdc",
		"force.com",
		"sfdx",
		"sf_",
		"refresh_token",
		"refreshtoken",
		"refresh-token"
	],
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret),
	references: ["https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_refresh_token_flow.htm"],
	samples: () => ({
		positive: [{
			key: "SALESFORCE_REFRESH_TOKEN",
			value: `5Aep861${randomString(`${id$120}1`, `${ALPHA_NUM}.`, 80)}`
		}, {
			key: "refresh_token",
			value: `5Aep861${randomString(`${id$120}2`, `${ALPHA_NUM}.`, 80)}`
		}],
		negative: [
			{
				key: "SALESFORCE_REFRESH_TOKEN",
				value: "5Aep861XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
			},
			{
				key: "salesforce_refresh_token",
				value: "${SF_REFRESH_TOKEN}"
			},
			{
				key: "refresh_token",
				value: `5Aep861${randomString(`${id$120}3`, ALPHA_NUM, 20)}`
			}
		]
	})
});
// dist/patterns/connector-credential/sanity-api-token.js
var sanity_api_token_default = keyedToken({
	id: "sanity-api-token",
	name: "Sanity API token",
	description: "Sanity project API tokens (sk + 78 to 80 characters) under a key named after Sanity.",
	vendor: String.raw`sanity(?=[_. -]?(?:api|auth|token|project|studio|write|read))`,
	keywords: ["sanity"],
	shapes: [["sk", [
		ABC.alnum,
		78,
		80
	]]],
	sampleKey: "SANITY_API_TOKEN",
	references: ["https://www.sanity.io/docs/http-auth"]
});
// dist/patterns/connector-credential/scaleway-secret-key.js
var scaleway_secret_key_default = keyedToken({
	id: "scaleway-secret-key",
	name: "Scaleway secret key",
	description: "Scaleway API secret keys (a UUID) under a key or section named after Scaleway (SCW_SECRET_KEY).",
	vendor: String.raw`scaleway|scw(?=[_.-])`,
	keywords: [
		"scaleway",
		"scw_",
		"scw-",
		"scw."
	],
	shapes: [[
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	key: String.raw`secret[_.-]?key|secret`,
	sampleKey: "SCW_SECRET_KEY",
	references: ["https://www.scaleway.com/en/docs/identity-and-access-management/iam/how-to/create-api-keys/"]
});
// dist/patterns/connector-credential/scalingo-api-token.js
var scalingo_api_token_default = prefixedToken({
	id: "scalingo-api-token",
	name: "Scalingo API token",
	description: "Scalingo API tokens (tk-us- + 48 characters): deploy and configure the account's applications.",
	shapes: [["tk-us-", [ABC.base64url, 48]]],
	sampleKey: "SCALINGO_API_TOKEN",
	references: ["https://developers.scalingo.com/#authentication"]
});
// dist/patterns/connector-credential/sendbird-api-token.js
var sendbird_api_token_default = keyedToken({
	id: "sendbird-api-token",
	name: "Sendbird API token",
	description: "Sendbird master and secondary API tokens (40 hex digits) under a key or section named after Sendbird.",
	vendor: String.raw`sendbird`,
	keywords: ["sendbird"],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "SENDBIRD_API_TOKEN",
	references: ["https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api#2-authentication"]
});
// dist/patterns/connector-credential/sendgrid-api-key.js
const id$119 = "sendgrid-api-key";
var sendgrid_api_key_default = defineDetector({
	id: id$119,
	name: "SendGrid API key",
	category: "connector-credential",
	severity: "error",
	description: "Twilio SendGrid API keys (SG. + 22 + . + 43 base64url characters): send mail as the account.",
	regex: /(?<![\w.-])(?<secret>SG\.[\w-]{22}\.[\w-]{43})(?![\w.-])/u,
	keywords: ["sg."],
	publicPrefix: /^SG\./u,
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(3)),
	references: ["https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"],
	samples: () => ({
		positive: [`SG.${randomString(`${id$119}1`, BASE64URL, 22)}.${randomString(`${id$119}2`, BASE64URL, 43)}`, {
			key: "SENDGRID_API_KEY",
			value: `SG.${randomString(`${id$119}3`, BASE64URL, 22)}.${randomString(`${id$119}4`, BASE64URL, 43)}`
		}],
		negative: [
			"SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"SG.<your-sendgrid-api-key>",
			`SG.${randomString(`${id$119}5`, BASE64URL, 22)}.${randomString(`${id$119}6`, BASE64URL, 40)}`,
			"/SG\\.[\\w-]{22}\\.[\\w-]{43}/",
			"msg.payload.headers"
		]
	})
});
// dist/patterns/connector-credential/sentry-auth-token.js
const id$118 = "sentry-auth-token";
/** Org tokens: `sntrys_` + base64 JSON naming the org and region + `_` + 32 random bytes (base64, unpadded). */
function orgTokenValid(secret) {
	const [, payload = "", key = ""] = secret.split("_");
	if (decodeBase64(key)?.length !== 32) return false;
	try {
		const value = JSON.parse(decodeBase64(payload)?.toString("utf8") ?? "");
		return typeof value === "object" && value !== null && typeof value.org === "string";
	} catch {
		return false;
	}
}
const orgToken = (seed) => {
	const org = `northbridge-${randomString(`${seed}o`, LOWER_NUM, 5)}`;
	return `sntrys_${Buffer.from(JSON.stringify({
		iat: 1718000000.5,
		url: "https://sentry.io",
		region_url: "https://us.sentry.io",
		org
	})).toString("base64")}_${randomString(`${seed}k`, BASE64, 43)}`;
};
var sentry_auth_token_default = defineDetector({
	id: id$118,
	name: "Sentry auth token",
	category: "connector-credential",
	severity: "error",
	description: "Sentry organisation auth tokens (sntrys_ + base64 JSON + key, decoded offline), user auth tokens (sntryu_ + 64 hex) and legacy 64-hex tokens under a SENTRY_AUTH_TOKEN key.",
	regex: /(?:(?<![\w-])(?=sntry[su]_)|(?<![A-Za-z0-9])(?:SENTRY|[Ss]entry)[_.-]?(?:AUTH|[Aa]uth)[_.-]?(?:TOKEN|[Tt]oken)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>sntrys_eyJ[A-Za-z0-9+/]{40,400}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64}|[a-f0-9]{64})(?![\w+/=-])/u,
	keywords: [
		"sntrys_",
		"sntryu_",
		"sentry_auth",
		"sentry-auth",
		"sentry.auth",
		"sentryauth"
	],
	publicPrefix: /^sntry[su]_/u,
	entropy: 3.5,
	validate: (secret) => secret.startsWith("sntrys_") ? orgTokenValid(secret) : !hasSequentialRun$1(secret, 5),
	references: ["https://docs.sentry.io/account/auth-tokens/"],
	samples: () => ({
		positive: [
			orgToken(`${id$118}1`),
			`sntryu_${randomString(`${id$118}2`, HEX, 64)}`,
			{
				key: "SENTRY_AUTH_TOKEN",
				value: randomString(`${id$118}3`, HEX, 64)
			}
		],
		negative: [
			"sntrys_<your-org-auth-token>",
			`sntryu_${"0".repeat(64)}`,
			`sntrys_eyJ${randomString(`${id$118}4`, BASE64, 60)}_${randomString(`${id$118}5`, BASE64, 43)}`,
			{
				key: "SENTRY_AUTH_TOKEN",
				value: "${SENTRY_AUTH_TOKEN}"
			},
			{
				key: "sha256",
				value: randomString(`${id$118}6`, HEX, 64)
			}
		]
	})
});
// dist/patterns/connector-credential/sentry-dsn.js
const id$117 = "sentry-dsn";
var sentry_dsn_default = defineDetector({
	id: id$117,
	name: "Sentry DSN",
	category: "connector-credential",
	severity: "error",
	description: "Sentry DSNs with a project key (https://<32 hex>@…/<project>): the key lets anyone send events into the project, so it stays out of the public tree.",
	regex: /(?<secret>https?:\/\/(?<key>[a-f0-9]{32})(?::[a-f0-9]{32})?@[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[\w.-]{1,64}\/){0,3}\d{1,20})(?![\w/])/u,
	keywords: ["sentry", "dsn"],
	validate: (_secret, { groups }) => !hasSequentialRun$1(groups.key ?? "", 5),
	references: ["https://docs.sentry.io/concepts/key-terms/dsn-explainer/", "https://docs.sentry.io/product/sentry-basics/dsn-explainer/"],
	samples: () => ({
		positive: [
			`https://${randomString(`${id$117}1`, HEX, 32)}@o${randomString(`${id$117}2`, DIGITS, 6)}.ingest.sentry.io/${randomString(`${id$117}3`, DIGITS, 7)}`,
			`https://${randomString(`${id$117}4`, HEX, 32)}@o${randomString(`${id$117}5`, DIGITS, 7)}.ingest.us.sentry.io/${randomString(`${id$117}6`, DIGITS, 16)}`,
			{
				key: "SENTRY_DSN",
				value: `https://${randomString(`${id$117}7`, HEX, 32)}@errors.${randomString(`${id$117}8`, LOWER_NUM, 8)}.io/12`
			}
		],
		negative: [
			"https://examplePublicKey@o0.ingest.sentry.io/0",
			"https://<key>@sentry.io/<project>",
			"https://public@sentry.example.com/1",
			`https://${randomString(`${id$117}9`, HEX, 32)}@o0.ingest.sentry.example/0`,
			"https://00000000000000000000000000000000@o0.ingest.sentry.io/0"
		]
	})
});
// dist/patterns/connector-credential/settlemint-token.js
var settlemint_token_default = prefixedToken({
	id: "settlemint-token",
	name: "SettleMint access token",
	description: "SettleMint personal, application and service access tokens (sm_pat_, sm_aat_, sm_sat_ + 16 characters).",
	shapes: [
		["sm_pat_", [ABC.alnum, 16]],
		["sm_aat_", [ABC.alnum, 16]],
		["sm_sat_", [ABC.alnum, 16]]
	],
	sampleKey: "SETTLEMINT_ACCESS_TOKEN",
	references: ["https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens"]
});
// dist/patterns/connector-credential/shippo-api-token.js
var shippo_api_token_default = prefixedToken({
	id: "shippo-api-token",
	name: "Shippo API token",
	description: "Shippo live API tokens (shippo_live_ + 40 hex digits): buy labels and read shipments.",
	shapes: [["shippo_live_", [ABC.hex, 40]]],
	sampleKey: "SHIPPO_API_TOKEN",
	references: ["https://docs.goshippo.com/docs/guides_general/authentication/"]
});
// dist/patterns/connector-credential/shodan-api-key.js
var shodan_api_key_default = keyedToken({
	id: "shodan-api-key",
	name: "Shodan API key",
	description: "Shodan API keys (32 characters) under a key or section named after Shodan.",
	vendor: String.raw`shodan`,
	keywords: ["shodan"],
	shapes: [[[ABC.alnum, 32]]],
	sampleKey: "SHODAN_API_KEY",
	references: ["https://developer.shodan.io/api/requirements"]
});
// dist/patterns/connector-credential/shopify-access-token.js
const id$116 = "shopify-access-token";
var shopify_access_token_default = defineDetector({
	id: id$116,
	name: "Shopify access token",
	category: "connector-credential",
	severity: "error",
	description: "Shopify Admin API access tokens and app secrets (shpat_, shpca_, shppa_, shpss_ + 32 hex digits).",
	regex: /\b(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/u,
	keywords: [
		"shpat_",
		"shpca_",
		"shppa_",
		"shpss_"
	],
	publicPrefix: /^shp(?:at|ca|pa|ss)_/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(6), 5),
	references: ["https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens"],
	samples: () => ({
		positive: [`shpat_${randomString(`${id$116}1`, HEX, 32)}`, {
			key: "SHOPIFY_API_SECRET",
			value: `shpss_${randomString(`${id$116}2`, HEX, 32)}`
		}],
		negative: [
			"shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"shpat_<access-token>",
			`shpat_${randomString(`${id$116}3`, HEX, 20)}`,
			"shpat_00000000000000000000000000000000"
		]
	})
});
// dist/patterns/connector-credential/sidekiq-credentials.js
const id$115 = "sidekiq-credentials";
const HOST = String.raw`(?:gems|enterprise)\.contribsys\.com`;
var sidekiq_credentials_default = defineDetector({
	id: id$115,
	name: "Sidekiq Pro / Enterprise credentials",
	category: "connector-credential",
	severity: "error",
	description: "Contribsys gem-server credentials for Sidekiq Pro and Enterprise (8 hex : 8 hex) in BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM, bundle config or a gems.contribsys.com URL: they are the paid licence.",
	regex: new RegExp(String.raw`(?:(?<![a-z0-9])bundle_(?:enterprise|gems)__contribsys__com[\w.-]{0,20}?${ASSIGN}|(?<![\w.-])${HOST}[ \t]{1,4}\\?["']?|https?://(?=[a-f0-9]{8}:[a-f0-9]{8}@${HOST}))(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![\w:-])`, "iu"),
	keywords: ["contribsys"],
	keywordContext: /contribsys/iu,
	multiline: true,
	reach: 256,
	entropy: 2.9,
	validate: (secret) => !hasSequentialRun$1(secret.replace(":", ""), 5) && !/^([a-f0-9]{8}):\1$/iu.test(secret),
	references: ["https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro", "https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Enterprise"],
	samples: () => ({
		positive: [
			`BUNDLE_GEMS__CONTRIBSYS__COM=${randomString(`${id$115}1`, HEX, 8)}:${randomString(`${id$115}2`, HEX, 8)}`,
			{
				key: "BUNDLE_ENTERPRISE__CONTRIBSYS__COM",
				value: `${randomString(`${id$115}3`, HEX, 8)}:${randomString(`${id$115}4`, HEX, 8)}`
			},
			`bundle config --local gems.contribsys.com ${randomString(`${id$115}5`, HEX, 8)}:${randomString(`${id$115}6`, HEX, 8)}`,
			`source "https://${randomString(`${id$115}7`, HEX, 8)}:${randomString(`${id$115}8`, HEX, 8)}@enterprise.contribsys.com/"`
		],
		negative: [
			"BUNDLE_GEMS__CONTRIBSYS__COM=cafebabe:deadbeef",
			"bundle config --local gems.contribsys.com user:pass",
			{
				key: "BUNDLE_ENTERPRISE__CONTRIBSYS__COM",
				value: "${SIDEKIQ_CREDENTIALS}"
			},
			"source \"https://gems.contribsys.com/\"",
			`${randomString(`${id$115}9`, HEX, 8)}:${randomString(`${id$115}10`, HEX, 8)}`
		]
	})
});
// dist/patterns/connector-credential/slack-app-token.js
const id$114 = "slack-app-token";
var slack_app_token_default = defineDetector({
	id: id$114,
	name: "Slack app-level token",
	category: "connector-credential",
	severity: "error",
	description: "Slack app-level tokens (xapp-), which open Socket Mode connections and manage an app across workspaces.",
	regex: /(?<![A-Za-z0-9-])(?<secret>xapp-\d-A[A-Z0-9]{6,14}-\d{8,16}-[a-f0-9]{64})(?![A-Za-z0-9-])/u,
	keywords: ["xapp-"],
	publicPrefix: /^xapp-/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(secret.lastIndexOf("-") + 1)),
	references: ["https://api.slack.com/authentication/token-types#app-level"],
	samples: () => ({
		positive: [`xapp-1-A${randomString(`${id$114}1`, UPPER_NUM, 10)}-${randomString(`${id$114}2`, DIGITS, 13)}-${randomString(`${id$114}3`, HEX, 64)}`, `xapp-1-A${randomString(`${id$114}4`, UPPER_NUM, 8)}-${randomString(`${id$114}5`, DIGITS, 12)}-${randomString(`${id$114}6`, HEX, 64)}`],
		negative: [
			"xapp-your-app-level-token",
			`xapp-1-A0123456789-1234567890123-${"0".repeat(64)}`,
			`xapp-1-A${randomString(`${id$114}7`, UPPER_NUM, 10)}-${randomString(`${id$114}8`, DIGITS, 13)}-${randomString(`${id$114}9`, HEX, 40)}`,
			"xapp-1-AXXXXXXXXXX-0000000000000-xxxxxxxx"
		]
	})
});
// dist/patterns/connector-credential/slack-token.js
const id$113 = "slack-token";
var slack_token_default = defineDetector({
	id: id$113,
	name: "Slack token",
	category: "connector-credential",
	severity: "error",
	description: "Slack bot, user, workspace, session, refresh and rotating (xoxe) tokens: each acts as the app or user in a workspace.",
	regex: /(?<![A-Za-z0-9-])(?<secret>xox[bpaso]-(?:\d{1,2}-)?(?:\d{5,15}-){1,3}[A-Za-z0-9]{16,80}|xox[er]-\d-[A-Za-z0-9]{40,250}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{40,250})(?![A-Za-z0-9-])/u,
	keywords: [
		"xoxb-",
		"xoxp-",
		"xoxa-",
		"xoxs-",
		"xoxo-",
		"xoxe-",
		"xoxr-",
		"xoxe."
	],
	publicPrefix: /^xox[bpaso]-/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(secret.lastIndexOf("-") + 1)),
	references: ["https://api.slack.com/authentication/token-types", "https://api.slack.com/authentication/rotation"],
	samples: () => ({
		positive: [
			`xoxb-${randomString(`${id$113}1`, DIGITS, 12)}-${randomString(`${id$113}2`, DIGITS, 13)}-${randomString(`${id$113}3`, ALPHA_NUM, 24)}`,
			`xoxp-${randomString(`${id$113}4`, DIGITS, 11)}-${randomString(`${id$113}5`, DIGITS, 12)}-${randomString(`${id$113}6`, DIGITS, 13)}-${randomString(`${id$113}7`, HEX, 32)}`,
			`xoxe.xoxp-1-${randomString(`${id$113}8`, ALPHA_NUM, 150)}`,
			`xoxe-1-${randomString(`${id$113}9`, ALPHA_NUM, 140)}`,
			`xoxa-2-${randomString(`${id$113}10`, DIGITS, 11)}-${randomString(`${id$113}11`, DIGITS, 12)}-${randomString(`${id$113}12`, DIGITS, 13)}-${randomString(`${id$113}13`, HEX, 64)}`
		],
		negative: [
			"xoxb-your-token",
			"xoxb-not-a-real-token-this-will-not-work",
			"xoxp-0000000000-0000000000-0000000000-00000000000000000000000000000000",
			"xoxb-1234567890-1234567890123-abcdefghijklmnopqrstuvwx",
			"xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX",
			"/xox[baprs]-([0-9a-zA-Z]{10,48})/"
		]
	})
});
// dist/patterns/connector-credential/snyk-api-token.js
const id$112 = "snyk-api-token";
/** A UUID of seeded hex digits, version 4 like Snyk's. */
const uuid = (seed) => {
	const h = randomString(seed, HEX, 32);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};
var snyk_api_token_default = defineDetector({
	id: id$112,
	name: "Snyk API token",
	category: "connector-credential",
	severity: "error",
	description: "Snyk API and service-account tokens (a UUID) under a SNYK_TOKEN, snyk api key or snyk auth argument: they read every project and its vulnerabilities.",
	regex: vendorKeyedValue({
		vendor: String.raw`snyk[ \t]{1,4}(?=auth)|snyk`,
		key: String.raw`(?:(?:api|oauth|auth|service[_.-]?account)[_.-]?)?(?:token|key)|auth`,
		value: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
		spaced: true
	}),
	keywords: ["snyk"],
	multiline: true,
	reach: 1024,
	entropy: 3,
	validate: (secret) => !hasSequentialRun$1(secret.replace(/-/gu, ""), 5) && !/^0{8}-/u.test(secret),
	references: ["https://docs.snyk.io/snyk-api/authentication-for-api", "https://docs.snyk.io/developer-tools/snyk-cli/authenticate-to-use-the-cli"],
	samples: () => ({
		positive: [
			{
				key: "SNYK_TOKEN",
				value: uuid(`${id$112}1`)
			},
			{
				key: "snykApiKey",
				value: uuid(`${id$112}2`)
			},
			`snyk auth ${uuid(`${id$112}3`)}`,
			`- name: SNYK_TOKEN\n  value: ${uuid(`${id$112}4`)}`
		],
		negative: [
			{
				key: "SNYK_TOKEN",
				value: "<API_TOKEN>"
			},
			{
				key: "SNYK_TOKEN",
				value: "00000000-0000-0000-0000-000000000000"
			},
			{
				key: "SNYK_ORG_ID",
				value: uuid(`${id$112}5`)
			},
			{
				key: "request_token",
				value: uuid(`${id$112}6`)
			}
		]
	})
});
// dist/patterns/connector-credential/sonarqube-token.js
const id$111 = "sonarqube-token";
const context$1 = vendorKeyContext({
	vendor: "sonar(?:qube|cloud)?",
	key: String.raw`(?:(?:auth|access|api|user)[_.-]?)?token|login`
});
var sonarqube_token_default = defineDetector({
	id: id$111,
	name: "SonarQube / SonarCloud token",
	category: "connector-credential",
	severity: "error",
	description: "SonarQube user, project and global analysis tokens (squ_, sqp_, sqa_ + 40 hex), and SonarCloud and legacy SonarQube tokens (40 hex) under a SONAR_TOKEN or sonar.login/sonar.token key.",
	regex: new RegExp(String.raw`(?:(?<![\w-])(?=sq[upa]_)|${context$1})(?<secret>sq[upa]_[a-f0-9]{40}|[a-f0-9]{40})(?![\w-])`, "iu"),
	keywords: [
		"squ_",
		"sqp_",
		"sqa_",
		"sonar"
	],
	publicPrefix: /^sq[upa]_/u,
	multiline: true,
	reach: 1024,
	entropy: 3,
	validate: (secret) => {
		const body = secret.replace(/^sq[upa]_/iu, "");
		return /^[a-f0-9]{40}$/u.test(body) && /[a-f]/u.test(body) && /\d/u.test(body) && !hasSequentialRun$1(body, 6);
	},
	references: ["https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/", "https://docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens/"],
	samples: () => ({
		positive: [
			`squ_${randomString(`${id$111}1`, HEX, 40)}`,
			`sqp_${randomString(`${id$111}2`, HEX, 40)}`,
			{
				key: "SONAR_TOKEN",
				value: `sqa_${randomString(`${id$111}3`, HEX, 40)}`
			},
			{
				key: "SONAR_TOKEN",
				value: randomString(`${id$111}4`, HEX, 40)
			},
			`mvn sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=${randomString(`${id$111}5`, HEX, 40)}`
		],
		negative: [
			{
				key: "SONAR_TOKEN",
				value: "<token>"
			},
			`squ_${"0".repeat(40)}`,
			`squ_${randomString(`${id$111}6`, HEX, 32)}`,
			{
				key: "commit",
				value: randomString(`${id$111}7`, HEX, 40)
			},
			{
				key: "sonar.projectKey",
				value: randomString(`${id$111}8`, HEX, 40)
			}
		]
	})
});
// dist/patterns/connector-credential/sourcegraph-access-token.js
var sourcegraph_access_token_default = prefixedToken({
	id: "sourcegraph-access-token",
	name: "Sourcegraph access token",
	description: "Sourcegraph access tokens (sgp_ + instance id + 40 hex digits, or the older sgp_ + 40): read the instance's code as the user.",
	shapes: [
		[
			"sgp_",
			[ABC.hex, 16],
			"_",
			[ABC.hex, 40]
		],
		["sgp_local_", [ABC.hex, 40]],
		["sgp_", [ABC.hex, 40]]
	],
	sampleKey: "SRC_ACCESS_TOKEN",
	references: ["https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token"]
});
// dist/patterns/connector-credential/sparkpost-api-key.js
var sparkpost_api_key_default = keyedToken({
	id: "sparkpost-api-key",
	name: "SparkPost API key",
	description: "SparkPost API keys (40 hex digits) under a key or section named after SparkPost.",
	vendor: String.raw`spark[_.-]?post`,
	keywords: [
		"sparkpost",
		"spark_post",
		"spark-post"
	],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "SPARKPOST_API_KEY",
	references: ["https://developers.sparkpost.com/api/#header-authorization"]
});
// dist/patterns/connector-credential/splunk-hec-token.js
var splunk_hec_token_default = keyedToken({
	id: "splunk-hec-token",
	name: "Splunk HTTP Event Collector token",
	description: "Splunk HEC tokens (a UUID) under a key, header or section named after Splunk or HEC.",
	vendor: String.raw`splunk|hec(?=[_.-])`,
	keywords: [
		"splunk",
		"hec_",
		"hec-",
		"hec."
	],
	shapes: [[
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	sampleKey: "SPLUNK_HEC_TOKEN",
	references: ["https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector"]
});
// dist/patterns/connector-credential/spotify-client-secret.js
var spotify_client_secret_default = keyedToken({
	id: "spotify-client-secret",
	name: "Spotify client secret",
	description: "Spotify app client secrets (32 hex digits) under a key or section named after Spotify.",
	vendor: String.raw`spotify`,
	keywords: ["spotify"],
	shapes: [[[ABC.hex, 32]]],
	key: String.raw`(?:client|app|api)?[_.-]?secret`,
	sampleKey: "SPOTIFY_CLIENT_SECRET",
	references: ["https://developer.spotify.com/documentation/web-api/tutorials/client-credentials-flow"]
});
// dist/patterns/connector-credential/square-access-token.js
const id$110 = "square-access-token";
const context = vendorKeyContext({
	vendor: "square",
	key: String.raw`(?:(?:access|api|personal)[_.-]?)?token`
});
var square_access_token_default = defineDetector({
	id: id$110,
	name: "Square credential",
	category: "connector-credential",
	severity: "error",
	description: "Square access tokens (EAAA + 60 characters, under a Square token key or in a square section), legacy OAuth access tokens (sq0atp- + 22 characters) and application secrets (sq0csp- + 43 characters).",
	regex: new RegExp(String.raw`(?:(?<![\w.-])(?=sq0atp-|sq0csp-)|${context})(?<secret>sq0atp-[\w-]{22}|sq0csp-[\w-]{43}|EAAA[\w-]{60})(?![\w.-])`, "iu"),
	keywords: [
		"sq0atp-",
		"sq0csp-",
		"square"
	],
	multiline: true,
	reach: 1024,
	publicPrefix: /^sq0(?:atp|csp)-/u,
	entropy: 3.5,
	validate: (secret) => secret.startsWith("EAAA") ? mixesCaseAndDigits(secret.slice(4)) && !hasSequentialRun$1(secret.slice(4)) : /^sq0(?:atp|csp)-/u.test(secret) && !hasSequentialRun$1(secret.slice(7)),
	references: ["https://developer.squareup.com/docs/build-basics/access-tokens", "https://developer.squareup.com/docs/oauth-api/overview"],
	samples: () => ({
		positive: [
			`sq0atp-${randomString(`${id$110}1`, BASE64URL, 22)}`,
			{
				key: "SQUARE_APPLICATION_SECRET",
				value: `sq0csp-${randomString(`${id$110}2`, BASE64URL, 43)}`
			},
			{
				key: "SQUARE_ACCESS_TOKEN",
				value: `EAAA${randomString(`${id$110}6`, BASE64URL, 60)}`
			},
			`square:\n  environment: production\n  access_token: EAAA${randomString(`${id$110}7`, BASE64URL, 60)}`
		],
		negative: [
			`sq0atp-${"x".repeat(22)}`,
			"sq0csp-<application-secret>",
			`sq0atp-${randomString(`${id$110}3`, BASE64URL, 12)}`,
			`sq0csp-${randomString(`${id$110}4`, BASE64URL, 30)}`,
			`sq0idp-${randomString(`${id$110}5`, BASE64URL, 22)}`,
			{
				key: "SQUARE_ACCESS_TOKEN",
				value: "{{SQUARE_ACCESS_TOKEN}}"
			},
			{
				key: "access_token",
				value: `EAAA${randomString(`${id$110}8`, BASE64URL, 60)}`
			},
			{
				key: "SQUARE_ACCESS_TOKEN",
				value: `EAAA${randomString(`${id$110}9`, BASE64URL, 30)}`
			}
		]
	})
});
// dist/patterns/connector-credential/squarespace-api-key.js
var squarespace_api_key_default = keyedToken({
	id: "squarespace-api-key",
	name: "Squarespace API key",
	description: "Squarespace API keys (a UUID) under a key or section named after Squarespace.",
	vendor: String.raw`squarespace`,
	keywords: ["squarespace"],
	shapes: [[
		[ABC.hex, 8],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 4],
		"-",
		[ABC.hex, 12]
	]],
	sampleKey: "SQUARESPACE_API_KEY",
	references: ["https://developers.squarespace.com/commerce-apis/authentication-and-permissions"]
});
// dist/patterns/connector-credential/stability-api-key.js
var stability_api_key_default = keyedToken({
	id: "stability-api-key",
	name: "Stability AI API key",
	description: "Stability AI API keys (sk- + 48 characters) under a key named after Stability AI.",
	vendor: String.raw`stability(?=[_. -]?(?:ai|api|key|token))(?:[_.-]?ai)?`,
	keywords: ["stability"],
	shapes: [["sk-", [ABC.alnum, 48]]],
	sampleKey: "STABILITY_API_KEY",
	references: ["https://platform.stability.ai/docs/getting-started/authentication"]
});
// dist/patterns/connector-credential/stripe-live-key.js
const id$109 = "stripe-live-key";
var stripe_live_key_default = defineDetector({
	id: id$109,
	name: "Stripe live key",
	category: "connector-credential",
	severity: "error",
	description: "Stripe live-mode secret (sk_live_) and restricted (rk_live_) API keys; test-mode keys are not findings.",
	regex: /\b(?<secret>[rs]k_live_[A-Za-z0-9]{20,247})\b/u,
	keywords: ["sk_live_", "rk_live_"],
	publicPrefix: /^[rs]k_live_/u,
	entropy: 3.5,
	validate: (secret) => !hasSequentialRun$1(secret.slice(8)),
	references: ["https://docs.stripe.com/keys", "https://docs.stripe.com/keys#limit-access"],
	samples: () => ({
		positive: [
			`sk_live_${randomString(`${id$109}1`, ALPHA_NUM, 24)}`,
			`sk_live_51${randomString(`${id$109}2`, ALPHA_NUM, 97)}`,
			`rk_live_51${randomString(`${id$109}3`, ALPHA_NUM, 97)}`
		],
		negative: [
			`sk_test_${randomString(`${id$109}4`, ALPHA_NUM, 24)}`,
			"sk_live_4eC39HqLyjWDarjtT1zdp7dc",
			"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
			"sk_live_...",
			"/sk_live_[0-9a-zA-Z]{24}/",
			"rk_live_<restricted-key>"
		]
	})
});
// dist/patterns/connector-credential/stytch-secret.js
var stytch_secret_default = prefixedToken({
	id: "stytch-secret",
	name: "Stytch project secret",
	description: "Stytch live project secrets (secret-live- + 36 characters): manage the project's users and sessions.",
	shapes: [["secret-live-", [ABC.base64url, 36]]],
	sampleKey: "STYTCH_SECRET",
	references: ["https://stytch.com/docs/api/authentication"]
});
// dist/patterns/connector-credential/sumologic-access-id.js
const id$108 = "sumologic-access-id";
var sumologic_access_id_default = defineDetector({
	id: id$108,
	name: "Sumo Logic access id",
	category: "connector-credential",
	severity: "error",
	description: "Sumo Logic access ids (su + 12 letters and digits) under a sumologic access id key or in a sumologic section: with the access key they read and change the account's logs and collectors.",
	regex: vendorKeyedValue({
		vendor: String.raw`sumo(?:[_.-]?logic)?`,
		key: String.raw`(?:access[_.-]?)?id`,
		value: String.raw`su[A-Za-z0-9]{12}`
	}),
	keywords: ["sumo"],
	multiline: true,
	reach: 1024,
	entropy: 3,
	validate: (secret) => mixesCaseAndDigits(secret.slice(2)) && !hasSequentialRun$1(secret.slice(2), 5),
	references: ["https://help.sumologic.com/docs/manage/security/access-keys/", "https://registry.terraform.io/providers/SumoLogic/sumologic/latest/docs"],
	samples: () => ({
		positive: [{
			key: "SUMOLOGIC_ACCESSID",
			value: `su${randomString(`${id$108}1`, ALPHA_NUM, 6)}7Kq${randomString(`${id$108}2`, ALPHA_NUM, 3)}`
		}, `provider "sumologic" {\n  access_id   = "su${randomString(`${id$108}3`, ALPHA_NUM, 6)}4Tb${randomString(`${id$108}4`, ALPHA_NUM, 3)}"\n  environment = "us2"\n}`],
		negative: [
			{
				key: "SUMOLOGIC_ACCESSID",
				value: "<access_id>"
			},
			{
				key: "sumo_access_id",
				value: "suXXXXXXXXXXXX"
			},
			{
				key: "sumo_collector_id",
				value: randomString(`${id$108}5`, ALPHA_NUM, 14)
			},
			{
				key: "access_id",
				value: `su${randomString(`${id$108}6`, ALPHA_NUM, 6)}7Kq${randomString(`${id$108}7`, ALPHA_NUM, 3)}`
			}
		]
	})
});
// dist/patterns/connector-credential/sumologic-access-key.js
const id$107 = "sumologic-access-key";
var sumologic_access_key_default = defineDetector({
	id: id$107,
	name: "Sumo Logic access key",
	category: "connector-credential",
	severity: "error",
	description: "Sumo Logic access keys (64 letters and digits) under a sumologic access key or in a sumologic section: they read and change the account's logs, collectors and users.",
	regex: vendorKeyedValue({
		vendor: String.raw`sumo(?:[_.-]?logic)?`,
		key: String.raw`(?:access[_.-]?)?key`,
		value: String.raw`[A-Za-z0-9]{64}`
	}),
	keywords: ["sumo"],
	multiline: true,
	reach: 1024,
	entropy: 4,
	validate: (secret) => mixesCaseAndDigits(secret) && !hasSequentialRun$1(secret),
	references: ["https://help.sumologic.com/docs/manage/security/access-keys/", "https://registry.terraform.io/providers/SumoLogic/sumologic/latest/docs"],
	samples: () => ({
		positive: [{
			key: "SUMOLOGIC_ACCESSKEY",
			value: randomString(`${id$107}1`, ALPHA_NUM, 64)
		}, `sumologic:\n  accessId: <access-id>\n  accessKey: ${randomString(`${id$107}2`, ALPHA_NUM, 64)}`],
		negative: [
			{
				key: "SUMOLOGIC_ACCESSKEY",
				value: "<your-sumologic-access-key>"
			},
			{
				key: "SUMOLOGIC_ACCESSKEY",
				value: randomString(`${id$107}3`, ALPHA_NUM, 40)
			},
			{
				key: "sumo_access_key",
				value: "x".repeat(64)
			},
			{
				key: "session_key",
				value: randomString(`${id$107}4`, ALPHA_NUM, 64)
			}
		]
	})
});
// dist/patterns/connector-credential/supabase-secret-key.js
var supabase_secret_key_default = prefixedToken({
	id: "supabase-secret-key",
	name: "Supabase secret API key",
	description: "Supabase secret API keys (sb_secret_ + the key): bypass row-level security on the project's database (sb_publishable_ keys are public).",
	shapes: [["sb_secret_", [
		ABC.base64url,
		31,
		64
	]]],
	sampleKey: "SUPABASE_SECRET_KEY",
	references: ["https://supabase.com/docs/guides/api/api-keys"]
});
// dist/patterns/connector-credential/supabase-token.js
const id$106 = "supabase-token";
var supabase_token_default = defineDetector({
	id: id$106,
	name: "Supabase access token",
	category: "connector-credential",
	severity: "error",
	description: "Supabase personal access tokens (sbp_ + 40 hex characters), which reach the Management API of every project of the account.",
	regex: /(?<![\w.-])(?<secret>sbp_[0-9a-f]{40})(?![\w.-])/u,
	keywords: ["sbp_"],
	publicPrefix: /^sbp_/u,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(4)),
	references: ["https://supabase.com/docs/reference/api/introduction", "https://supabase.com/dashboard/account/tokens"],
	samples: () => ({
		positive: [`sbp_${randomString(`${id$106}1`, HEX, 40)}`, {
			key: "SUPABASE_ACCESS_TOKEN",
			value: `sbp_${randomString(`${id$106}2`, HEX, 40)}`
		}],
		negative: [
			`sbp_${"0".repeat(40)}`,
			"sbp_<access-token>",
			`sbp_${randomString(`${id$106}3`, HEX, 20)}`,
			"sbp_0102...1920",
			`xsbp_${randomString(`${id$106}4`, HEX, 40)}`
		]
	})
});
// dist/patterns/connector-credential/tailscale-key.js
var tailscale_key_default = prefixedToken({
	id: "tailscale-key",
	name: "Tailscale API or auth key",
	description: "Tailscale API, auth, OAuth client, SCIM and webhook keys (tskey-<kind>- + key id + secret): join devices to the tailnet or manage it.",
	shapes: [
		[
			"tskey-auth-",
			[
				ABC.alnum,
				12,
				20
			],
			"-",
			[
				ABC.alnum,
				24,
				40
			]
		],
		[
			"tskey-api-",
			[
				ABC.alnum,
				12,
				20
			],
			"-",
			[
				ABC.alnum,
				24,
				40
			]
		],
		[
			"tskey-client-",
			[
				ABC.alnum,
				12,
				20
			],
			"-",
			[
				ABC.alnum,
				24,
				40
			]
		],
		[
			"tskey-scim-",
			[
				ABC.alnum,
				12,
				20
			],
			"-",
			[
				ABC.alnum,
				24,
				40
			]
		],
		[
			"tskey-webhook-",
			[
				ABC.alnum,
				12,
				20
			],
			"-",
			[
				ABC.alnum,
				24,
				40
			]
		]
	],
	sampleKey: "TS_AUTHKEY",
	references: ["https://tailscale.com/kb/1085/auth-keys", "https://tailscale.com/kb/1101/api"]
});
// dist/patterns/connector-credential/telegram-bot-token.js
const id$105 = "telegram-bot-token";
var telegram_bot_token_default = defineDetector({
	id: id$105,
	name: "Telegram bot token",
	category: "connector-credential",
	severity: "error",
	description: "Telegram Bot API tokens (bot id + :AA + 33 characters): control the bot and read its chats.",
	regex: /(?:(?<=\/bot)|(?<![\w:-]))(?<secret>\d{8,10}:AA[\w-]{33})(?![\w-])/u,
	keywords: [":aa"],
	entropy: 3.5,
	validate: (secret) => !hasSequentialRun$1(secret.slice(secret.indexOf(":") + 3)),
	references: ["https://core.telegram.org/bots/api#authorizing-your-bot"],
	samples: () => ({
		positive: [`${randomString(`${id$105}1`, "123456789", 1)}${randomString(`${id$105}2`, DIGITS, 9)}:AA${randomString(`${id$105}3`, BASE64URL, 33)}`, `https://api.telegram.org/bot${randomString(`${id$105}4`, "123456789", 1)}${randomString(`${id$105}5`, DIGITS, 9)}:AA${randomString(`${id$105}6`, BASE64URL, 33)}/sendMessage`],
		negative: [
			"123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			"<bot-id>:<token>",
			`${randomString(`${id$105}7`, DIGITS, 10)}:AA${randomString(`${id$105}8`, BASE64URL, 20)}`
		]
	})
});
// dist/patterns/connector-credential/terraform-cloud-token.js
const id$104 = "terraform-cloud-token";
var terraform_cloud_token_default = defineDetector({
	id: id$104,
	name: "Terraform Cloud token",
	category: "connector-credential",
	severity: "error",
	description: "HCP Terraform / Terraform Enterprise user, team and organisation API tokens (14 characters + .atlasv1. + ~67 characters).",
	regex: /(?<![\w.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[\w-]{60,70})(?![\w.-])/u,
	keywords: [".atlasv1."],
	entropy: 4,
	validate: (secret) => !hasSequentialRun$1(secret.slice(23)),
	references: ["https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens"],
	samples: () => ({
		positive: [`${randomString(`${id$104}1`, ALPHA_NUM, 14)}.atlasv1.${randomString(`${id$104}2`, BASE64URL, 67)}`, `credentials "app.terraform.io" { token = "${randomString(`${id$104}3`, ALPHA_NUM, 14)}.atlasv1.${randomString(`${id$104}4`, BASE64URL, 67)}" }`],
		negative: [
			`xxxxxxxxxxxxxx.atlasv1.${"x".repeat(67)}`,
			"<token>.atlasv1.<rest>",
			`${randomString(`${id$104}5`, ALPHA_NUM, 14)}.atlasv1.${randomString(`${id$104}6`, BASE64URL, 30)}`
		]
	})
});
// dist/patterns/connector-credential/todoist-api-token.js
var todoist_api_token_default = keyedToken({
	id: "todoist-api-token",
	name: "Todoist API token",
	description: "Todoist API tokens (40 hex digits) under a key or section named after Todoist.",
	vendor: String.raw`todoist`,
	keywords: ["todoist"],
	shapes: [[[ABC.hex, 40]]],
	sampleKey: "TODOIST_API_TOKEN",
	references: ["https://developer.todoist.com/rest/v2/#authorization"]
});
// dist/patterns/connector-credential/together-api-key.js
var together_api_key_default = keyedToken({
	id: "together-api-key",
	name: "Together AI API key",
	description: "Together AI API keys (64 hex digits, or tgp_v1_ keys) under a key named after Together AI.",
	vendor: String.raw`together(?=[_. -]?(?:ai|api|key|token))`,
	keywords: ["together"],
	shapes: [[[ABC.hex, 64]], ["tgp_v1_", [ABC.base64url, 43]]],
	sampleKey: "TOGETHER_API_KEY",
	references: ["https://docs.together.ai/reference/authentication-1"]
});
// dist/patterns/connector-credential/travisci-token.js
var travisci_token_default = keyedToken({
	id: "travisci-token",
	name: "Travis CI token",
	description: "Travis CI API tokens (22 characters) under a key or section named after Travis.",
	vendor: String.raw`travis(?:[_.-]?ci)?`,
	keywords: ["travis"],
	shapes: [[[ABC.alnum, 22]]],
	sampleKey: "TRAVIS_API_TOKEN",
	references: ["https://docs.travis-ci.com/user/triggering-builds/"]
});
// dist/patterns/connector-credential/trello-api-credentials.js
var trello_api_credentials_default = keyedToken({
	id: "trello-api-credentials",
	name: "Trello API key or token",
	description: "Trello API keys (32 hex digits), tokens (64 hex digits, or ATTA + 64 hex + 8) and secrets under a key or section named after Trello.",
	vendor: String.raw`trello`,
	keywords: ["trello"],
	shapes: [
		["ATTA", [
			ABC.alnum,
			64,
			72
		]],
		[[ABC.hex, 64]],
		[[ABC.hex, 32]]
	],
	sampleKey: "TRELLO_TOKEN",
	references: ["https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/"]
});
// dist/patterns/connector-credential/twilio-api-key.js
const id$103 = "twilio-api-key";
var twilio_api_key_default = defineDetector({
	id: id$103,
	name: "Twilio API key",
	category: "connector-credential",
	severity: "error",
	description: "Twilio API key SIDs (SK + 32 hex digits) in a file that mentions Twilio: with the key secret they authenticate as the account.",
	regex: /(?<![A-Za-z0-9])(?<secret>SK[a-f0-9]{32})(?![A-Za-z0-9])/u,
	keywords: ["twilio"],
	multiline: true,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret.slice(2), 5),
	references: ["https://www.twilio.com/docs/iam/api-keys"],
	samples: () => ({
		positive: [{
			key: "TWILIO_API_KEY",
			value: `SK${randomString(`${id$103}1`, HEX, 32)}`
		}, `twilio:\n  account_sid: AC${randomString(`${id$103}2`, HEX, 32)}\n  api_key: SK${randomString(`${id$103}3`, HEX, 32)}`],
		negative: [
			{
				key: "TWILIO_API_KEY",
				value: "SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
			},
			{
				key: "TWILIO_API_KEY",
				value: `SK${"0".repeat(32)}`
			},
			{
				key: "sku",
				value: `SK${randomString(`${id$103}4`, HEX, 32)}`
			},
			{
				key: "TWILIO_API_KEY",
				value: "<api-key-sid>"
			}
		]
	})
});
// dist/patterns/connector-credential/twilio-auth-token.js
const id$102 = "twilio-auth-token";
var twilio_auth_token_default = defineDetector({
	id: id$102,
	name: "Twilio auth token",
	category: "connector-credential",
	severity: "error",
	description: "Twilio auth tokens (32 hex digits) under a Twilio auth-token key, or following an account SID (AC + 32 hex) within a few lines in a file that mentions Twilio.",
	regex: /(?:(?<![A-Za-z0-9])AC[a-f0-9]{32}(?![A-Za-z0-9])[\s\S]{1,300}?|(?<![A-Za-z0-9])(?:TWILIO|[Tt]wilio)[\w.-]{0,20}?(?:AUTH|[Aa]uth)[_.-]?(?:TOKEN|[Tt]oken)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<![A-Za-z0-9])(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])/u,
	keywords: ["twilio"],
	multiline: true,
	entropy: 3.2,
	validate: (secret) => !hasSequentialRun$1(secret, 5),
	references: ["https://www.twilio.com/docs/iam/credentials/api", "https://www.twilio.com/docs/usage/security#credentials"],
	samples: () => ({
		positive: [
			{
				key: "TWILIO_AUTH_TOKEN",
				value: randomString(`${id$102}1`, HEX, 32)
			},
			`from twilio.rest import Client\naccount_sid = "AC${randomString(`${id$102}2`, HEX, 32)}"\nauth_token = "${randomString(`${id$102}3`, HEX, 32)}"\nclient = Client(account_sid, auth_token)`,
			{
				key: "twilio_credentials",
				value: `AC${randomString(`${id$102}4`, HEX, 32)}:${randomString(`${id$102}5`, HEX, 32)}`
			}
		],
		negative: [
			{
				key: "TWILIO_AUTH_TOKEN",
				value: "your_auth_token"
			},
			{
				key: "TWILIO_AUTH_TOKEN",
				value: "00000000000000000000000000000000"
			},
			{
				key: "TWILIO_ACCOUNT_SID",
				value: `AC${randomString(`${id$102}6`, HEX, 32)}`
			},
			`from twilio.rest import Client\naccount_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"\nauth_token = "your_auth_token"`,
			{
				key: "twilio_message",
				value: `AC${randomString(`${id$102}7`, HEX, 32)} SM${randomString(`${id$102}8`, HEX, 32)}`
			}
		]
	})
});
// dist/patterns/connector-credential/twitch-api-token.js
var twitch_api_token_default = keyedToken({
	id: "twitch-api-token",
	name: "Twitch client secret or token",
	description: "Twitch client secrets and OAuth tokens (30 characters) under a key or section named after Twitch.",
	vendor: String.raw`twitch`,
	keywords: ["twitch"],
	shapes: [[[ABC.lowerAlnum, 30]]],
	sampleKey: "TWITCH_CLIENT_SECRET",
	references: ["https://dev.twitch.tv/docs/authentication/"]
});
// dist/patterns/connector-credential/twitter-access-token.js
var twitter_access_token_default = keyedToken({
	id: "twitter-access-token",
	name: "X (Twitter) access token",
	description: "X (Twitter) OAuth 1.0a access tokens (user id + - + 20 to 40 characters) under a key or section named after Twitter.",
	vendor: String.raw`twitter`,
	keywords: ["twitter"],
	shapes: [[
		[
			ABC.digits,
			15,
			25
		],
		"-",
		[
			ABC.alnum,
			20,
			40
		]
	]],
	key: String.raw`access[_.-]?token|oauth[_.-]?token|token`,
	sampleKey: "TWITTER_ACCESS_TOKEN",
	references: ["https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens"]
});
// dist/patterns/connector-credential/twitter-api-secret.js
var twitter_api_secret_default = keyedToken({
	id: "twitter-api-secret",
	name: "X (Twitter) API secret",
	description: "X (Twitter) API key secrets and access token secrets (45 or 50 characters) under a key or section named after Twitter.",
	vendor: String.raw`twitter`,
	keywords: ["twitter"],
	shapes: [[[ABC.alnum, 50]], [[ABC.alnum, 45]]],
	key: String.raw`(?:api|consumer|access[_.-]?token|app)[_.-]?secret(?:[_.-]?key)?|secret`,
	sampleKey: "TWITTER_API_SECRET",
	references: ["https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret"]
});
// dist/patterns/connector-credential/twitter-bearer-token.js
var twitter_bearer_token_default = prefixedToken({
	id: "twitter-bearer-token",
	name: "X (Twitter) app bearer token",
	description: "X (Twitter) app-only bearer tokens (22 A + the token, URL-encoded): read the API as the app.",
	shapes: [["AAAAAAAAAAAAAAAAAAAAA", [
		ABC.alnumPercent,
		80,
		120
	]]],
	repeats: true,
	sampleKey: "TWITTER_BEARER_TOKEN",
	references: ["https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens"]
});
// dist/patterns/connector-credential/typeform-api-token.js
var typeform_api_token_default = prefixedToken({
	id: "typeform-api-token",
	name: "Typeform personal access token",
	description: "Typeform personal access tokens (tfp_ + 59 characters): read forms and their responses.",
	shapes: [["tfp_", [ABC.base64url, 59]]],
	caseInsensitive: true,
	sampleKey: "TYPEFORM_TOKEN",
	references: ["https://www.typeform.com/developers/get-started/personal-access-token/"]
});
// dist/patterns/connector-credential/vercel-access-token.js
var vercel_access_token_default = keyedToken({
	id: "vercel-access-token",
	name: "Vercel access token",
	description: "Vercel access tokens (24 characters) under a key or section named after Vercel.",
	vendor: String.raw`vercel`,
	keywords: ["vercel"],
	shapes: [[[ABC.alnum, 24]]],
	sampleKey: "VERCEL_TOKEN",
	references: ["https://vercel.com/docs/rest-api#creating-an-access-token"]
});
// dist/patterns/connector-credential/virustotal-api-key.js
var virustotal_api_key_default = keyedToken({
	id: "virustotal-api-key",
	name: "VirusTotal API key",
	description: "VirusTotal API keys (64 hex digits) under a key or section named after VirusTotal.",
	vendor: String.raw`virus[_.-]?total|vt(?=[_.-]api)`,
	keywords: [
		"virustotal",
		"virus_total",
		"virus-total",
		"vt_api",
		"vt-api"
	],
	shapes: [[[ABC.hex, 64]]],
	sampleKey: "VIRUSTOTAL_API_KEY",
	references: ["https://docs.virustotal.com/reference/authentication"]
});
// dist/patterns/connector-credential/vonage-api-secret.js
var vonage_api_secret_default = keyedToken({
	id: "vonage-api-secret",
	name: "Vonage (Nexmo) API secret",
	description: "Vonage (Nexmo) API secrets (16 characters) under a key or section named after Vonage or Nexmo.",
	vendor: String.raw`vonage|nexmo`,
	keywords: ["vonage", "nexmo"],
	shapes: [[[ABC.alnum, 16]]],
	key: String.raw`(?:api|app)?[_.-]?secret`,
	sampleKey: "VONAGE_API_SECRET",
	references: ["https://developer.vonage.com/en/getting-started/concepts/authentication"]
});
// dist/patterns/connector-credential/vultr-api-key.js
var vultr_api_key_default = keyedToken({
	id: "vultr-api-key",
	name: "Vultr API key",
	description: "Vultr API keys (36 upper-case letters and digits) under a key or section named after Vultr.",
	vendor: String.raw`vultr`,
	keywords: ["vultr"],
	shapes: [[[ABC.upperAlnum, 36]]],
	sampleKey: "VULTR_API_KEY",
	references: ["https://www.vultr.com/api/#section/Authentication"]
});
// dist/patterns/connector-credential/xai-api-key.js
var xai_api_key_default = prefixedToken({
	id: "xai-api-key",
	name: "xAI API key",
	description: "xAI API keys (xai- + 80 characters): call and bill Grok models on the account.",
	shapes: [["xai-", [ABC.alnum, 80]]],
	sampleKey: "XAI_API_KEY",
	references: ["https://docs.x.ai/docs/overview"]
});
// dist/patterns/connector-credential/yandex-api-key.js
var yandex_api_key_default = prefixedToken({
	id: "yandex-api-key",
	name: "Yandex Cloud API key",
	description: "Yandex Cloud API keys of service accounts (AQVN + 35 to 38 characters).",
	shapes: [["AQVN", [
		ABC.base64url,
		35,
		38
	]]],
	sampleKey: "YC_API_KEY",
	references: ["https://yandex.cloud/en/docs/iam/concepts/authorization/api-key"]
});
// dist/patterns/connector-credential/zendesk-api-token.js
const id$101 = "zendesk-api-token";
var zendesk_api_token_default = defineDetector({
	id: id$101,
	name: "Zendesk API token",
	category: "connector-credential",
	severity: "error",
	description: "Zendesk API tokens (40 alphanumerics) under a Zendesk token key, env entry or section, or after `/token:` in basic-auth credentials in a file that names Zendesk.",
	regex: /(?:(?<![a-z0-9])zendesk[\w.-]{0,30}?(?:api[_.-]?)?(?:token|key)\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|(?<![a-z0-9])zendesk\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])(?:api[_.-]?)?(?:token|key)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|\/token:)(?<secret>[a-z0-9]{40})(?![a-z0-9])/iu,
	keywords: ["zendesk"],
	multiline: true,
	entropy: 4,
	validate: (secret) => /[A-Z]/u.test(secret) && /[a-z]/u.test(secret) && /\d/u.test(secret) && !hasSequentialRun$1(secret),
	references: ["https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token"],
	samples: () => ({
		positive: [
			{
				key: "ZENDESK_API_TOKEN",
				value: randomString(`${id$101}1`, ALPHA_NUM, 40)
			},
			{
				key: "zendeskToken",
				value: randomString(`${id$101}2`, ALPHA_NUM, 40)
			},
			`curl https://${randomString(`${id$101}3`, LOWER_NUM, 8)}.zendesk.com/api/v2/tickets.json -u agent@northbridge.io/token:${randomString(`${id$101}4`, ALPHA_NUM, 40)}`
		],
		negative: [
			{
				key: "ZENDESK_API_TOKEN",
				value: "your_zendesk_api_token"
			},
			{
				key: "zendesk_token",
				value: "${ZENDESK_TOKEN}"
			},
			{
				key: "zendesk_token",
				value: "x".repeat(40)
			},
			{
				key: "zendesk_commit",
				value: "b1946ac92492d2347c6235b4d2611184e3b0c442"
			},
			"curl https://{subdomain}.zendesk.com/api/v2/users.json -u {email_address}/token:{api_token}"
		]
	})
});
// dist/patterns/connector-credential/zoom-client-secret.js
var zoom_client_secret_default = keyedToken({
	id: "zoom-client-secret",
	name: "Zoom client secret",
	description: "Zoom app client secrets and secret tokens (32 characters) under a key named after Zoom.",
	vendor: String.raw`zoom(?=[_. -]?(?:client|app|api|webhook|secret|sdk|oauth|account))`,
	keywords: ["zoom"],
	shapes: [[[ABC.alnum, 32]]],
	key: String.raw`(?:client|app|api|webhook)?[_.-]?secret(?:[_.-]?token)?`,
	sampleKey: "ZOOM_CLIENT_SECRET",
	references: ["https://developers.zoom.us/docs/integrations/oauth/"]
});
// dist/patterns/connector-credential/index.js
var connector_credential_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$12 });
/** Detectors of the `connector-credential` category, sorted by id. */
function detectors$12(_settings) {
	return [
		adafruit_io_key_default,
		adobe_client_secret_default,
		airtable_token_default,
		akamai_edgegrid_token_default,
		alchemy_api_key_default,
		algolia_admin_key_default,
		alibaba_access_key_id_default,
		amplitude_secret_key_default,
		anthropic_api_key_default,
		artifactory_token_default,
		asana_access_token_default,
		assemblyai_api_key_default,
		atlassian_api_token_default,
		auth0_client_secret_default,
		authress_access_key_default,
		aws_access_key_id_default,
		aws_bedrock_api_key_default,
		aws_secret_access_key_default,
		aws_session_token_default,
		azure_ad_client_secret_default,
		azure_container_registry_password_default,
		azure_devops_pat_default,
		azure_openai_api_key_default,
		azure_sas_token_default,
		azure_shared_access_key_default,
		azure_storage_account_key_default,
		azure_storage_connection_string_default,
		beamer_api_key_default,
		binance_api_secret_default,
		bitbucket_app_password_default,
		bitbucket_client_secret_default,
		bitly_access_token_default,
		bittrex_api_credentials_default,
		box_client_secret_default,
		braintree_access_token_default,
		brevo_api_key_default,
		buildkite_token_default,
		cerebras_api_key_default,
		circleci_legacy_token_default,
		circleci_personal_token_default,
		cisco_meraki_api_key_default,
		clickhouse_cloud_api_secret_default,
		clickup_api_token_default,
		clojars_deploy_token_default,
		cloudflare_api_token_default,
		cloudflare_global_api_key_default,
		cloudflare_origin_ca_key_default,
		codecov_token_default,
		cohere_api_key_default,
		coinbase_api_secret_default,
		confluent_api_secret_default,
		connection_string_password_default,
		contentful_delivery_token_default,
		contentful_management_token_default,
		database_connection_url_default,
		database_password_key_value_default,
		databricks_token_default,
		datadog_api_key_default,
		datadog_app_key_default,
		deepgram_api_key_default,
		deepseek_api_key_default,
		defined_networking_api_token_default,
		digitalocean_token_default,
		discord_bot_token_default,
		docker_hub_token_default,
		docker_registry_auth_default,
		doppler_token_default,
		droneci_token_default,
		dropbox_access_token_default,
		duffel_api_token_default,
		dynatrace_token_default,
		easypost_api_key_default,
		elevenlabs_api_key_default,
		etherscan_api_key_default,
		etsy_api_key_default,
		facebook_access_token_default,
		facebook_app_secret_default,
		fastly_api_token_default,
		figma_access_token_default,
		finicity_credentials_default,
		finnhub_api_key_default,
		firebase_cloud_messaging_server_key_default,
		flickr_api_key_default,
		flutterwave_secret_key_default,
		flyio_access_token_default,
		frameio_api_token_default,
		freemius_secret_key_default,
		freshbooks_token_default,
		freshdesk_api_key_default,
		gcp_api_key_default,
		gcp_service_account_key_default,
		generic_http_credentials_default,
		generic_secret_assignment_default,
		generic_url_credentials_default,
		github_fine_grained_token_default,
		github_token_default,
		gitlab_token_default,
		gitter_access_token_default,
		gocardless_access_token_default,
		google_oauth_access_token_default,
		google_oauth_client_secret_default,
		grafana_api_key_default,
		grafana_cloud_token_default,
		grafana_service_account_token_default,
		groq_api_key_default,
		harness_api_token_default,
		hashicorp_vault_token_default,
		hasura_admin_secret_default,
		hellosign_api_key_default,
		heroku_api_key_default,
		hetzner_api_token_default,
		honeycomb_api_key_default,
		htpasswd_hash_default,
		hubspot_private_app_token_default,
		huggingface_token_default,
		infracost_api_key_default,
		infura_api_key_default,
		intercom_access_token_default,
		intra42_client_secret_default,
		jenkins_api_token_default,
		jfrog_access_token_default,
		jwt_token_default,
		kraken_api_secret_default,
		kubernetes_secret_value_default,
		kucoin_api_credentials_default,
		langfuse_secret_key_default,
		langsmith_api_key_default,
		launchdarkly_access_token_default,
		linear_api_key_default,
		linkedin_client_secret_default,
		linode_api_token_default,
		lob_api_key_default,
		looker_client_secret_default,
		mailchimp_api_key_default,
		mailgun_api_key_default,
		mailjet_api_secret_default,
		mandrill_api_key_default,
		mapbox_secret_token_default,
		mattermost_access_token_default,
		maxmind_license_key_default,
		messagebird_api_key_default,
		mistral_api_key_default,
		mollie_api_key_default,
		mongodb_atlas_private_key_default,
		neon_api_key_default,
		netlify_access_token_default,
		netlify_legacy_token_default,
		netrc_credentials_default,
		new_relic_key_default,
		new_relic_license_key_default,
		ngrok_authtoken_default,
		notion_token_default,
		npm_token_default,
		npmrc_auth_token_default,
		nuget_api_key_default,
		nytimes_api_key_default,
		octopus_deploy_api_key_default,
		okta_api_token_default,
		onepassword_connect_token_default,
		onepassword_secret_key_default,
		onepassword_service_account_token_default,
		openai_api_key_default,
		openrouter_api_key_default,
		openshift_user_token_default,
		openweather_api_key_default,
		pagerduty_api_key_default,
		perplexity_api_key_default,
		pinecone_api_key_default,
		pipedrive_api_token_default,
		plaid_access_token_default,
		plaid_secret_default,
		planetscale_token_default,
		plivo_auth_token_default,
		posthog_personal_api_key_default,
		postman_api_key_default,
		postmark_server_token_default,
		prefect_api_key_default,
		privateai_api_key_default,
		pubnub_secret_key_default,
		pulumi_access_token_default,
		pusher_secret_default,
		pypi_token_default,
		rapidapi_key_default,
		razorpay_key_secret_default,
		readme_api_key_default,
		render_api_key_default,
		replicate_api_token_default,
		resend_api_key_default,
		rollbar_access_token_default,
		rubygems_api_key_default,
		salesforce_access_token_default,
		salesforce_consumer_secret_default,
		salesforce_refresh_token_default,
		sanity_api_token_default,
		scaleway_secret_key_default,
		scalingo_api_token_default,
		sendbird_api_token_default,
		sendgrid_api_key_default,
		sentry_auth_token_default,
		sentry_dsn_default,
		settlemint_token_default,
		shippo_api_token_default,
		shodan_api_key_default,
		shopify_access_token_default,
		sidekiq_credentials_default,
		slack_app_token_default,
		slack_token_default,
		snyk_api_token_default,
		sonarqube_token_default,
		sourcegraph_access_token_default,
		sparkpost_api_key_default,
		splunk_hec_token_default,
		spotify_client_secret_default,
		square_access_token_default,
		squarespace_api_key_default,
		stability_api_key_default,
		stripe_live_key_default,
		stytch_secret_default,
		sumologic_access_id_default,
		sumologic_access_key_default,
		supabase_secret_key_default,
		supabase_token_default,
		tailscale_key_default,
		telegram_bot_token_default,
		terraform_cloud_token_default,
		todoist_api_token_default,
		together_api_key_default,
		travisci_token_default,
		trello_api_credentials_default,
		twilio_api_key_default,
		twilio_auth_token_default,
		twitch_api_token_default,
		twitter_access_token_default,
		twitter_api_secret_default,
		twitter_bearer_token_default,
		typeform_api_token_default,
		vercel_access_token_default,
		virustotal_api_key_default,
		vonage_api_secret_default,
		vultr_api_key_default,
		xai_api_key_default,
		yandex_api_key_default,
		zendesk_api_token_default,
		zoom_client_secret_default
	];
}
// dist/patterns/customer-audit-payload/audit-event-actor.js
const id$100 = "audit-event-actor";
const EVENT_KEY = /(?<![A-Z0-9_-])(?:event(?:[_-]?(?:type|name|action))?|action)\\?["']?[ \t]{0,4}[:=]/iu;
const SCOPE_KEY = /(?<![A-Z0-9])(?:(?:tenant|org(?:ani[sz]ation)?|account|workspace)[_-]?id|ip(?:[_-]?address)?|source[_-]?ip|client[_-]?ip|remote[_-]?addr)\\?["']?[ \t]{0,4}[:=]/iu;
/**
* An audit-log event with a real actor: an actor email (`actor`,
* `actor_email`, `user_email`, `performed_by`, `principal`) on a real domain,
* with an event key (`event`, `event_type`, `event_name`, `action`) and a tenant, org
* or IP key within a few hundred characters, before or after it.
*/
var audit_event_actor_default = defineDetector({
	id: id$100,
	name: "Audit event with a real actor",
	category: "customer-audit-payload",
	severity: "error",
	description: "Audit-log events (event type or action, tenant, org or IP) whose actor is a real email address.",
	regex: /(?<![A-Z0-9])(?:actor(?:[_-]?(?:e[_-]?mail|user|login|name|id))?|user[_-]?email|principal(?:[_-]?email)?|(?:performed|initiated|changed|triggered)[_-]?by)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})(?![A-Z0-9.-])/iu,
	keywords: [
		"actor",
		"user_email",
		"useremail",
		"user-email",
		"principal",
		"performed_by",
		"performedby",
		"initiated_by",
		"initiatedby",
		"changed_by",
		"changedby",
		"triggered_by",
		"triggeredby"
	],
	multiline: true,
	reach: 300,
	validate: (secret, context) => keyNearby(context, EVENT_KEY) && keyNearby(context, SCOPE_KEY) && isRealEmail(secret, context.registry),
	samples: () => ({
		positive: [
			{
				key: "event",
				value: `event_type: role.granted, actor_email: marta.lindqvist@${randomString(`${id$100}1`, LOWER_NUM, 6)}-logistics.de, tenant_id: nb-${randomString(`${id$100}2`, LOWER_NUM, 8)}`
			},
			{
				key: "audit",
				value: `{"action":"export.download","actor":"k.mensah@${randomString(`${id$100}3`, LOWER_NUM, 8)}.com","org_id":"${randomString(`${id$100}4`, LOWER_NUM, 10)}"}`
			},
			{
				key: "audit",
				value: `{"event":"user.login","actor":"s.balakrishnan@${randomString(`${id$100}5`, LOWER_NUM, 9)}.org","source_ip":"2a02:c7c:5b1e::3c0","tenant_id":"${randomString(`${id$100}6`, LOWER_NUM, 8)}-cu"}`
			}
		],
		negative: [
			{
				key: "event",
				value: "event_type: role.granted, actor_email: ops@example.invalid, tenant_id: tenant-demo"
			},
			{
				key: "record",
				value: "actor_email: marta@northbridge-logistics.de, tenant_id: nb-1"
			},
			{
				key: "event",
				value: "event_type: role.granted, actor: console, tenant_id: tenant-demo"
			},
			{
				key: "event",
				value: "action: deploy, actor: 41898282+github-actions[bot]@users.noreply.github.com, org_id: 1"
			},
			{
				key: "note",
				value: "prevent_event: true, actor: marta@northbridge-logistics.de, tenant_id: nb-1"
			}
		]
	})
});
// dist/patterns/customer-audit-payload/audit-event-ip.js
const id$99 = "audit-event-ip";
const ACTOR_KEY = /(?<![A-Z0-9_-])(?:actor(?:[_-]?(?:email|id|name|user))?|event(?:[_-]?(?:type|name|action))?|action|user[_-]?(?:email|id)|principal)\\?["']?[ \t]{0,4}[:=]/iu;
/** A request log's user field holding an email (`user=marta@…`, `"user": "marta@…"`): an actor too. */
const USER_EMAIL = /(?<![A-Z0-9_-])(?:user|usr|login|email)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<email>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})/giu;
/** True when a user field within `reach` characters of the IP holds a real email. */
function userEmailNearby(text, offset, line, registry, reach = 300) {
	const around = text === void 0 || offset === void 0 ? line : text.slice(Math.max(0, offset - reach), offset + reach);
	for (const m of around.matchAll(USER_EMAIL)) if (isRealEmail(m.groups?.email ?? "", registry)) return true;
	return false;
}
/**
* True when `ip` is a global unicast IPv6 address (2000::/3) outside the
* documentation prefix 2001:db8::/32, written with at most one `::`.
*/
function isPublicIpv6(ip) {
	const lower = ip.toLowerCase();
	if ((lower.match(/::/gu) ?? []).length > 1) return false;
	const groups = lower.split(":");
	if (groups.length > 8 || !lower.includes("::") && groups.length !== 8) return false;
	if (!groups.every((g) => /^[0-9a-f]{0,4}$/u.test(g))) return false;
	if (!/^[23]/u.test(lower) || lower.startsWith("2001:db8:") || lower.startsWith("2001:0db8:")) return false;
	return true;
}
/** A public, non-documentation IPv4 address drawn from a seed. */
function publicIp(seed) {
	const next = seededRandom(seed);
	const octet = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
	for (;;) {
		const ip = `${octet(11, 95)}.${octet(1, 254)}.${octet(1, 254)}.${octet(1, 254)}`;
		if (isPublicIpv4(ip, void 0)) return ip;
	}
}
/**
* A client IP in an audit-log event or request log: an IP key (`ip_address`,
* `source_ip`, `sourceIPAddress`, `client_ip`, `remote_addr`, `ip`) holding a
* public IPv4 or global IPv6 address, with an actor or event key, or a user
* field holding a real email (`user=marta@…`), within a few hundred
* characters. Private (RFC 1918), shared, loopback, link-local and
* documentation (RFC 5737, 2001:db8::/32) addresses and public resolvers pass.
*/
var audit_event_ip_default = defineDetector({
	id: id$99,
	name: "Audit event with a real IP address",
	category: "customer-audit-payload",
	severity: "error",
	description: "Audit-log events and request logs that record a public client IP address (IPv4 or IPv6) next to an actor, an event type or a user’s email.",
	regex: /(?<![A-Z0-9])(?:ip|ip[_-]?addr(?:ess)?|source[_-]?ip(?:[_-]?addr(?:ess)?)?|client[_-]?ip(?:[_-]?addr(?:ess)?)?|remote[_-]?(?:addr|ip|address)|actor[_-]?ip|caller[_-]?ip|origin[_-]?ip)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![0-9.])|[23][0-9a-f]{3}(?::[0-9a-f]{0,4}){2,7}(?![0-9a-f:.]))/iu,
	keywords: [
		"\"ip\"",
		"ip:",
		"ip=",
		"ip_addr",
		"ipaddr",
		"ip-addr",
		"source_ip",
		"sourceip",
		"source-ip",
		"client_ip",
		"clientip",
		"client-ip",
		"remote_addr",
		"remoteaddr",
		"remote_ip",
		"remoteip",
		"remote-addr",
		"remote_address",
		"remoteaddress",
		"actor_ip",
		"actorip",
		"caller_ip",
		"callerip",
		"origin_ip",
		"originip"
	],
	multiline: true,
	reach: 300,
	validate: (secret, context) => (secret.includes(":") ? isPublicIpv6(secret) : isPublicIpv4(secret, context.registry)) && (keyNearby(context, ACTOR_KEY) || userEmailNearby(context.text, context.offset, context.line, context.registry)),
	samples: () => ({
		positive: [
			{
				key: "event",
				value: `event_type: login.succeeded, actor_id: usr_8f3k2x, source_ip: ${publicIp(`${id$99}1`)}`
			},
			{
				key: "audit",
				value: `{"eventName":"ConsoleLogin","sourceIPAddress":"${publicIp(`${id$99}2`)}","userIdentity":{"type":"IAMUser"}}`
			},
			{
				key: "audit",
				value: `{"action":"member.removed","ip_address":"${publicIp(`${id$99}3`)}","org_id":"nb-4821"}`
			},
			{
				key: "log",
				value: `POST /api/sessions 201 88ms user=d.fairbank@${randomString(`${id$99}5`, LOWER_NUM, 8)}-logistics.com ip=${publicIp(`${id$99}6`)} tenant=hallbrook`
			},
			{
				key: "audit",
				value: `{"event":"user.login","actor_id":"usr_${randomString(`${id$99}7`, LOWER_NUM, 8)}","source_ip":"2a02:c7c:${randomString(`${id$99}8`, "abcdef0123456789", 4)}:8f00:1d4:9b2e:77a1:3c0"}`
			}
		],
		negative: [
			{
				key: "event",
				value: "event_type: login.succeeded, source_ip: 10.12.0.4"
			},
			{
				key: "event",
				value: "event_type: login.succeeded, source_ip: 203.0.113.42"
			},
			{
				key: "event",
				value: "event_type: login.succeeded, source_ip: 192.168.1.20"
			},
			{
				key: "event",
				value: "event_type: dns.lookup, client_ip: 8.8.8.8"
			},
			{
				key: "server",
				value: `listen: 0.0.0.0, remote_addr: ${publicIp(`${id$99}4`)}`
			},
			{
				key: "event",
				value: "event_type: login.succeeded, source_ip: 127.0.0.1"
			},
			{
				key: "event",
				value: "event_type: login.succeeded, source_ip: 2001:db8:85a3::8a2e:370:7334"
			},
			{
				key: "log",
				value: `GET /healthz 200 user=ops@example.com ip=${publicIp(`${id$99}9`)}`
			}
		]
	})
});
// dist/patterns/customer-audit-payload/index.js
var customer_audit_payload_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$11 });
/** Detectors of the `customer-audit-payload` category, sorted by id. */
function detectors$11(_settings) {
	return [audit_event_actor_default, audit_event_ip_default];
}
// dist/patterns/customer-identifier/support/customer-context.js
/**
* Does the text around a cloud-provider id say it belongs to a customer? An
* AWS account id in an ARN, or a GCP project number, is the project's own
* infrastructure, a vendor's published principal or a test fixture unless a
* customer, tenant or licensee key sits next to it.
*/
/**
* Customer keys (`customer_account_id`, `tenantRoleArn`, `customer:`,
* `client_accounts`), not words: "customer managed key" and AWS's
* `CustomerGateway` are product vocabulary.
*/
const CUSTOMER_KEY = /(?<![a-z])(?:(?:customer|tenant|licensee|subscriber)s?(?:[_-]?(?:aws|gcp|google|cloud|azure)){0,2}[_-]?(?:accounts?|acct|roles?|arns?|ids?|names?|projects?|trust|org|slug)|client[_-]?accounts?|(?:customer|tenant)s?\\?["']?[ \t]{0,4}[:=])/iu;
/** The part of the text within `before`/`after` characters of `offset` (or the line when the text is unknown). */
function around(context, before, after) {
	if (context.text === void 0 || context.offset === void 0) return context.line;
	return context.text.slice(Math.max(0, context.offset - before), context.offset + after);
}
/** True when a customer, tenant or licensee key sits within a few lines of the value. */
function customerContextNear(context) {
	return CUSTOMER_KEY.test(around(context, 240, 160));
}
/** The context rule that keeps the records of a made-up collection quiet. */
const STAND_IN_COLLECTION_RULE = {
	pattern: /(?<![A-Za-z])(?:[Ff]ake|[Mm]ock|[Dd]ummy|[Ss]ample|[Dd]emo|[Ee]xample|[Pp]laceholder|[Ff]ixture|[Ss]tub|[Ss]eed)s?(?![a-z])|(?<=[a-z0-9])(?:Fake|Mock|Dummy|Sample|Demo|Example|Placeholder|Fixture|Stub|Seed)s?(?![a-z])|(?<![A-Za-z])(?:FAKE|MOCK|DUMMY|SAMPLE|DEMO|EXAMPLE|PLACEHOLDER|FIXTURE|STUB|SEED)S?(?![A-Z])/u,
	within: "collection",
	effect: "forbid"
};
// dist/patterns/customer-identifier/aws-account-id.js
const id$98 = "aws-account-id";
/** Vendor reference text lists the regional accounts of a service on one line; a leak names one or two. */
function listsManyAccounts(line) {
	return new Set(line.match(/(?<=:)\d{12}(?=:)/gu) ?? []).size >= 4;
}
/**
* AWS account ids of customers: under an AWS account key, inside an ARN
* (`arn:aws:iam::<id>:role/…`) or an ECR registry host, with a customer or
* tenant key next to it. Without one, an account id is the project's own
* infrastructure, an AWS service principal or a canned test response. Lambda
* layer ARNs are published for anyone to use and are not reported.
*/
var aws_account_id_default = defineDetector({
	id: id$98,
	name: "AWS account id",
	category: "customer-identifier",
	severity: "error",
	description: "AWS account ids of customers: under AWS account keys, in ARNs and in ECR registry hosts, next to a customer or tenant key.",
	regex: /(?:(?<![A-Z0-9])aws[_-]?account(?:[_-]?(?:id|number|no))?\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?|(?<![A-Z0-9])arn:aws(?:-cn|-us-gov|-iso(?:-[a-z])?)?:[a-z0-9-]{1,40}:(?<region>[a-z0-9-]{0,25}):|(?<![A-Z0-9.-]))(?<secret>\d{12})(?:(?=(?<ecr>\.dkr\.ecr))|:(?<resource>[A-Z0-9-]{0,40})|(?![A-Z0-9]))/iu,
	keywords: [
		"aws_account",
		"awsaccount",
		"aws-account",
		"arn:aws",
		"dkr.ecr"
	],
	validate: (secret, context) => {
		const { match, groups, line } = context;
		if (isTypedDigits(secret) || listsManyAccounts(line) || introducedAsExample(line, match)) return false;
		if (groups.region !== void 0 && groups.region !== "" && !/^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]{4,9}-\d$/u.test(groups.region)) return false;
		return (/^(?:aws|arn)/iu.test(match) || groups.ecr !== void 0) && groups.resource !== "layer" && customerContextNear(context);
	},
	references: ["https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html"],
	samples: () => ({
		positive: [
			{
				key: "customer_aws_account_id",
				value: `4${randomString(`${id$98}1`, DIGITS, 11)}`
			},
			`tenant_role_arn: arn:aws:iam::3${randomString(`${id$98}2`, DIGITS, 11)}:role/billing-export`,
			`customer: Haugland Maritime, queue: arn:aws:sqs:eu-west-1:7${randomString(`${id$98}3`, DIGITS, 11)}:closeout-retries`,
			`customer_account_registry=6${randomString(`${id$98}4`, DIGITS, 11)}.dkr.ecr.us-east-1.amazonaws.com/control-plane:1.4.2`
		],
		negative: [
			{
				key: "aws_account_id",
				value: "123456789012"
			},
			"arn:aws:iam::111122223333:role/ExampleRole",
			"arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:38",
			"602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.15.0",
			"arn:aws:s3:::release-artifacts/build.zip",
			{
				key: "aws_account_id",
				value: "<account-id>"
			},
			"Example: arn:aws:health:us-east-1:488216288981:entity/AVh5GGT7ul1arKr1sE1K",
			"arn:aws:datasync:us-east-1:111222333444:task/task-0208075f79cedf4a2",
			"arn:aws:sagemaker:aws-region:394669845002:human-task-ui/VideoObjectTracking",
			`arn:aws:iam::5${randomString(`${id$98}5`, DIGITS, 11)}:role/FederatedWebIdentityRole`,
			`{"Principal": {"AWS": "arn:aws:iam::0${randomString(`${id$98}6`, DIGITS, 11)}:root"}, "Action": "s3:PutObject"}`,
			{
				key: "AWS_ACCOUNT_ID",
				value: `0${randomString(`${id$98}7`, DIGITS, 11)}`
			},
			`VaultARN: arn:aws:glacier:us-east-1:6${randomString(`${id$98}8`, DIGITS, 11)}:vaults/vault0, CustomerGatewayId: cgw-b4dc3961`
		]
	})
});
// dist/patterns/customer-identifier/azure-subscription-id.js
const id$97 = "azure-subscription-id";
/** An ARN running unbroken up to the match: AWS names its own resources `…/subscriptions/<guid>` too (Greengrass). */
const ARN_TAIL = /arn:aws[a-z-]{0,12}:[^\s"'`<>,]{0,300}$/iu;
function inAwsArn(match, line) {
	if (!match.toLowerCase().startsWith("/subscriptions/")) return false;
	const at = line.indexOf(match);
	return at > 0 && ARN_TAIL.test(line.slice(Math.max(0, at - 300), at));
}
const guid$1 = (seed) => `${randomString(`${seed}a`, HEX, 8)}-${randomString(`${seed}b`, HEX, 4)}-4${randomString(`${seed}c`, HEX, 3)}-9${randomString(`${seed}d`, HEX, 3)}-${randomString(`${seed}e`, HEX, 12)}`;
/**
* Azure subscription and directory (tenant) GUIDs: under subscription, tenant
* and directory id keys (`ARM_SUBSCRIPTION_ID`, `tenantId`, `subscription_id`),
* after `--subscription`/`--tenant`, and in `/subscriptions/<guid>` resource ids.
*/
var azure_subscription_id_default = defineDetector({
	id: id$97,
	name: "Azure subscription or tenant id",
	category: "customer-identifier",
	severity: "error",
	description: "Azure subscription and tenant GUIDs under subscription/tenant id keys, CLI flags and resource ids.",
	regex: /(?:(?<![A-Z0-9_-])(?:(?:azure(?:ad)?|aad|entra|arm|az)[_-]?)?(?:subscription|tenant|directory)[_-]?id\\?["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|--(?:subscription|tenant)(?:[ \t]{1,4}|=)["']?|\/subscriptions\/)(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Z0-9-])/iu,
	evidence: "key",
	keywords: [
		"subscription",
		"tenant_id",
		"tenantid",
		"tenant-id",
		"directory_id",
		"directoryid",
		"--tenant"
	],
	validate: (secret, { match, line }) => !inAwsArn(match, line) && !introducedAsExample(line, match),
	references: ["https://learn.microsoft.com/en-us/azure/azure-portal/get-subscription-tenant-id"],
	samples: () => ({
		positive: [
			{
				key: "ARM_SUBSCRIPTION_ID",
				value: guid$1(`${id$97}1`)
			},
			{
				key: "tenantId",
				value: guid$1(`${id$97}2`)
			},
			{
				key: "AZUREAD_TENANT_ID",
				value: guid$1(`${id$97}8`)
			},
			`/subscriptions/${guid$1(`${id$97}3`)}/resourceGroups/rg-billing/providers/Microsoft.Web/sites/closeout`,
			`az account set --subscription ${guid$1(`${id$97}4`)}`
		],
		negative: [
			{
				key: "subscription_id",
				value: "00000000-0000-0000-0000-000000000000"
			},
			{
				key: "tenant_id",
				value: "aaaabbbb-0000-cccc-1111-dddd2222eeee"
			},
			{
				key: "AZURE_TENANT_ID",
				value: "72f988bf-86f1-41af-91ab-2d7cd011db47"
			},
			{
				key: "subscription_id",
				value: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
			},
			"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}",
			"/subscriptions/1a11aad8-de27-1234-85e9-0f675821f15c",
			`* @example /subscriptions/${guid$1(`${id$97}6`)}/resourceGroups/my-rg/providers/Microsoft.Network/virtualNetworks/my-vn`,
			`"Arn": "arn:aws:greengrass:us-west-2:123456789012:/greengrass/definition/subscriptions/${guid$1(`${id$97}5`)}"`,
			{
				key: "subscription_id",
				value: "sub_1MowQVLkdIwHu7ixeRlqHVzs"
			},
			{
				key: "HATCHET_CLIENT_TENANT_ID",
				value: guid$1(`${id$97}7`)
			}
		]
	})
});
// dist/patterns/customer-identifier/billing-customer-key-value.js
const id$96 = "billing-customer-key-value";
/**
* Billing providers whose customer ids have no fixed prefix (Chargebee,
* Recurly account codes, Braintree, Zuora, …): the key names the provider.
*/
var billing_customer_key_value_default = defineDetector({
	id: id$96,
	name: "Billing-provider customer id under a provider key",
	category: "customer-identifier",
	severity: "error",
	description: "Customer ids and account codes under billing-provider keys (chargebee_customer_id, recurly_account_code, braintree_customer_id, …).",
	regex: /(?<![A-Z0-9])(?<!:\/\/)(?<key>(?:stripe|chargebee|recurly|paddle|braintree|zuora|chargify|maxio|lago|orb|billing)[_-]?(?:customer|account|subscriber)[_-]?(?:id|code|ref|number))\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?<quote>\\?["'`])?(?<secret>[A-Z0-9][A-Z0-9_.-]{5,63})(?![A-Z0-9_.-])/iu,
	evidence: "key",
	keywords: [
		"stripe",
		"chargebee",
		"recurly",
		"paddle",
		"braintree",
		"zuora",
		"chargify",
		"maxio",
		"lago",
		"orb",
		"billing"
	],
	keywordContext: /(?:stripe|chargebee|recurly|paddle|braintree|zuora|chargify|maxio|lago|orb|billing)[_-]?(?:customer|account|subscriber)[_-]?(?:id|code|ref|number)\\?["']?[ \t]{0,4}(?:=>|[:=])/iu,
	validate: (secret, { groups, syntax, registry }) => /\d/u.test(secret) && isCustomerValue(secret, {
		quoted: groups.quote !== void 0,
		syntax,
		registry
	}),
	references: ["https://apidocs.chargebee.com/docs/api/customers", "https://recurly.com/developers/api/v2021-02-25/index.html#tag/account"],
	samples: () => ({
		positive: [
			{
				key: "chargebee_customer_id",
				value: randomString(`${id$96}1`, ALPHA_NUM, 16)
			},
			{
				key: "recurly_account_code",
				value: `acct-${randomString(`${id$96}2`, LOWER_NUM, 10)}`
			},
			{
				key: "braintreeCustomerId",
				value: randomString(`${id$96}3`, "0123456789", 9)
			}
		],
		negative: [
			{
				key: "chargebee_customer_id",
				value: "<customer-id>"
			},
			{
				key: "recurly_account_code",
				value: "tenant-demo"
			},
			{
				key: "billing_customer_id",
				value: "customer_1"
			},
			{
				key: "stripe_customer_id",
				value: "process.env.STRIPE_CUSTOMER_ID"
			},
			{
				key: "billing_account_id",
				value: "abc123"
			}
		]
	})
});
// dist/patterns/customer-identifier/customer-account-id-map.js
const id$95 = "customer-account-id-map";
/** A key that holds several customers' cloud accounts: `customer_account_ids`, `tenantAwsAccounts`, `CUSTOMER_PROJECT_NUMBERS`. */
const MAP_KEY = /(?<![a-z])(?:customer|tenant|client|licensee)s?[_-]?(?:aws[_-]?|gcp[_-]?|azure[_-]?|cloud[_-]?)?(?:account|project|subscription)s?(?:[_-]?(?:ids|numbers|map|list|by[_-]?[a-z]{2,12}))?\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?<open>[{[(]|dict\(|$)/gimu;
/** How far before a value its map's key may start. */
const MAP_REACH = 1500;
/** Leading spaces of the line that holds `at`. */
function indentOf(text, at) {
	const start = text.lastIndexOf("\n", at - 1) + 1;
	let i = start;
	while (text.charAt(i) === " " || text.charAt(i) === "	") i++;
	return i - start;
}
/**
* True when the value at `offset` sits inside the map or list opened by the
* nearest customer-accounts key before it: bracket depth never closes back to
* the key's level (JSON, HCL, code), or every line between is indented deeper
* than the key (YAML).
*/
function insideCustomerMap(text, offset) {
	const from = Math.max(0, offset - MAP_REACH);
	const before = text.slice(from, offset);
	let last;
	MAP_KEY.lastIndex = 0;
	for (let m = MAP_KEY.exec(before); m !== null; m = MAP_KEY.exec(before)) last = m;
	if (!last) return false;
	const bodyStart = last.index + last[0].length;
	const between = before.slice(bodyStart);
	if (last.groups?.open !== "") {
		let depth = 1;
		for (const ch of between) {
			if (ch === "{" || ch === "[" || ch === "(") depth++;
			else if (ch === "}" || ch === "]" || ch === ")") depth--;
			if (depth === 0) return false;
		}
		return true;
	}
	const keyIndent = indentOf(before, last.index);
	const lines = between.split("\n").slice(1);
	if (lines.length === 0) return false;
	return lines.every((line) => line.trim() === "" || line.length - line.trimStart().length > keyIndent);
}
/**
* Several customers' cloud accounts in one map or list: AWS account ids,
* GCP project numbers or Azure subscription ids under a key such as
* `customer_account_ids` (tfvars, Terraform locals, Helm values, code
* constants), each entry usually named after the customer.
*/
var customer_account_id_map_default = defineDetector({
	id: id$95,
	name: "Customer cloud accounts map",
	category: "customer-identifier",
	severity: "error",
	description: "AWS account ids, GCP project numbers and Azure subscription ids listed per customer under a customer or tenant accounts key.",
	regex: /(?<![\w.-])(?<secret>\d{10,14}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w.-])/iu,
	evidence: "key",
	keywords: [
		"customer",
		"customers",
		"tenant",
		"tenants",
		"client",
		"clients",
		"licensee"
	].flatMap((who) => [
		"_",
		"-",
		""
	].flatMap((sep) => [
		"account",
		"aws",
		"project",
		"subscription",
		"gcp",
		"azure"
	].map((what) => `${who}${sep}${what}`))),
	multiline: true,
	reach: 1600,
	validate: (secret, { text, offset }) => {
		if (text === void 0 || offset === void 0) return false;
		if (/^\d+$/u.test(secret) && (isTypedDigits(secret) || /^(?:1234567890|0123456789)/u.test(secret))) return false;
		return insideCustomerMap(text, offset);
	},
	samples: () => ({
		positive: [
			`customer_account_ids = {\n  northbridge-logistics = "4${randomString(`${id$95}1`, DIGITS, 11)}"\n  varga-precision      = "7${randomString(`${id$95}2`, DIGITS, 11)}"\n}`,
			`{"tenant_aws_accounts": {"haugland-maritime": "3${randomString(`${id$95}3`, DIGITS, 11)}", "brennan-okafor": "5${randomString(`${id$95}4`, DIGITS, 11)}"}}`,
			`customerSubscriptions: { castellanos-retail: ${randomString(`${id$95}5`, HEX, 8)}-${randomString(`${id$95}6`, HEX, 4)}-4${randomString(`${id$95}7`, HEX, 3)}-a${randomString(`${id$95}8`, HEX, 3)}-${randomString(`${id$95}9`, HEX, 12)} }`,
			`CUSTOMER_PROJECT_NUMBERS = [8${randomString(`${id$95}10`, DIGITS, 11)}, 2${randomString(`${id$95}11`, DIGITS, 11)}]`
		],
		negative: [
			`customer_account_ids = {\n  example = "123456789012"\n  sandbox = "111122223333"\n}`,
			`customer_account_ids = var.customer_account_ids\nelb_log_account = "6${randomString(`${id$95}12`, DIGITS, 11)}"`,
			`customer_accounts: []\nbuild_number: 4${randomString(`${id$95}13`, DIGITS, 11)}`,
			`{"customer_account_ids": {}, "created": 1717000000123}`,
			`customer_accounts:\n  - <account-id>\nrequest_timeout_ms: 3${randomString(`${id$95}14`, DIGITS, 11)}`
		]
	})
});
// dist/patterns/support/settings.js
/** Defaults that fit CAVRA's enterprise and SaaS packages. */
const DEFAULT_CATALOG_SETTINGS = Object.freeze({
	privatePackages: [
		"@cavra-enterprise",
		"@cavra/enterprise",
		"@cavra/saas",
		"@cavra-saas",
		"@cavra/private",
		"@cavra-internal",
		"cavra-enterprise",
		"cavra_enterprise",
		"cavra-saas"
	],
	privatePaths: [
		"enterprise/",
		"ee/",
		"saas-backend/",
		"private/"
	],
	pathAliases: Object.freeze({}),
	internalDomains: [
		"cavra.internal",
		"cavra.corp",
		"internal.cavra.io",
		"prod.cavra.io",
		"ops.cavra.io"
	],
	productNames: ["cavra"]
});
/** Merges project settings over the defaults (lists are added, not replaced; an alias given again takes the later targets). */
function resolveCatalogSettings(extra = {}) {
	const merge = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b ?? []])];
	return Object.freeze({
		privatePackages: merge(DEFAULT_CATALOG_SETTINGS.privatePackages, extra.privatePackages),
		privatePaths: merge(DEFAULT_CATALOG_SETTINGS.privatePaths, extra.privatePaths),
		pathAliases: Object.freeze({
			...DEFAULT_CATALOG_SETTINGS.pathAliases,
			...extra.pathAliases
		}),
		internalDomains: merge(DEFAULT_CATALOG_SETTINGS.internalDomains, extra.internalDomains),
		productNames: merge(DEFAULT_CATALOG_SETTINGS.productNames, extra.productNames)
	});
}
// dist/patterns/customer-identifier/customer-email-key-value.js
const id$94 = "customer-email-key-value";
/**
* A real-domain email under a customer, contact, billing, owner or requester
* key (`customer_email`, `billing_contact`, `requested_by`, `owner`), also in
* the `Name <address>` form and as the `email` of an inline object under such
* a key (`"requester": { "name": …, "email": … }`). Reserved domains, public projects' addresses
* (users.noreply.github.com, apache.org, …), no-reply mailboxes and the
* project's own domains (a second-level label that is one of
* settings.productNames: test users at cavra.io) pass, and so do credits in
* a file's header (`Contact: Name <address>` beside a copyright line).
*/
function customerEmailKeyValue(settings = DEFAULT_CATALOG_SETTINGS) {
	const products = new Set(settings.productNames.map((n) => n.toLowerCase()));
	return defineDetector({
		id: id$94,
		name: "Customer email in a payload",
		category: "customer-identifier",
		severity: "error",
		description: "Real-domain email addresses under customer, contact, billing, owner and requester keys of a payload.",
		regex: /(?<![\w-])(?<!:\/\/)(?<key>(?:customer|contact|billing|owner|requester|requested[_-]?by|submitter|account|tenant|buyer|payer|purchaser|primary[_-]?contact)(?:[_-]?(?:e[_-]?mail|mail|email[_-]?address|contact))?)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?:\{[ \t]{0,4}(?:\\?["']?[a-z_]{1,20}\\?["']?[ \t]{0,4}:[ \t]{0,4}(?:\\?["'][^"'\\\n]{0,80}\\?["']|[^"'\\\n{},]{1,80})[ \t]{0,4},[ \t]{0,4}){0,3}\\?["']?e?[_-]?mail(?:[_-]?address)?\\?["']?[ \t]{0,4}:[ \t]{0,4})?\\?["'`]?(?:[A-Z][A-Z .'-]{0,60}<)?(?<secret>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})(?![A-Z0-9.-])/iu,
		keywords: [
			"customer",
			"contact",
			"billing",
			"owner",
			"requester",
			"requested",
			"submitter",
			"account",
			"tenant",
			"buyer",
			"payer",
			"purchaser"
		],
		keywordContext: /(?:customer|contact|billing|owner|requester|requested[_-]?by|submitter|account|tenant|buyer|payer|purchaser)(?:[_-]?(?:e[_-]?mail|mail|email[_-]?address|contact))?\\?["']?[ \t]{0,4}(?:=>|[:=])/iu,
		validate: (secret, context) => isRealEmail(secret, context.registry) && !isProductDomain(secret, products) && !isAuthorshipCredit(context),
		samples: () => ({
			positive: [
				{
					key: "customer_email",
					value: `marta.lindqvist@${randomString(`${id$94}1`, LOWER_NUM, 7)}-logistics.de`
				},
				{
					key: "billing_contact",
					value: `Ingrid Holm <accounts.payable@${randomString(`${id$94}2`, LOWER_NUM, 9)}.no>`
				},
				{
					key: "requested_by",
					value: `d.okafor@${randomString(`${id$94}3`, LOWER_NUM, 8)}.com`
				},
				{
					key: "ownerEmail",
					value: `kwame.mensah+ops@${randomString(`${id$94}4`, LOWER_NUM, 6)}.co.uk`
				},
				`requester: { name: Ingrid Holm, email: i.holm@${randomString(`${id$94}5`, LOWER_NUM, 8)}-dental.com }`,
				`{"customer": {"id": 4412, "name": "Varga Precision", "email": "ap@${randomString(`${id$94}6`, LOWER_NUM, 7)}.hu"}}`
			],
			negative: [
				{
					key: "customer_email",
					value: "ops@example.invalid"
				},
				{
					key: "contact_email",
					value: "billing@example.com"
				},
				{
					key: "owner",
					value: "12345678+octocat@users.noreply.github.com"
				},
				{
					key: "billing_email",
					value: "no-reply@northwind-traders.io"
				},
				{
					key: "requested_by",
					value: "console"
				},
				{
					key: "customer_email",
					value: "${CUSTOMER_EMAIL}"
				},
				{
					key: "contact",
					value: "user@company.com"
				},
				{
					key: "owner",
					value: `release-bot@${[...products][0] ?? "product"}.io`
				},
				{
					key: "Upstream-Contact",
					value: "Teodor Haugland <teodor@haugland-tools.no>"
				},
				"{\"requester\": {\"name\": \"Example Requester\", \"email\": \"requester@example.invalid\"}}",
				"{\"owner\": {\"login\": \"octocat\", \"email\": \"octocat@users.noreply.github.com\"}}"
			]
		})
	});
}
// dist/patterns/customer-identifier/customer-key-value.js
const id$93 = "customer-key-value";
/**
* A value under a customer, tenant, account or organisation key (or a
* licence's `licensee` / `licensed_to`) that is not synthetic. Applies to JSON, YAML, .env, object literals and assignments.
* The key list is kept tight: `client_*` is an OAuth app, `*_key` a
* credential, a bare `org:` package metadata, `;AccountName=` a storage
* connection string, `service_account_name` a cloud principal, `AWS_ACCOUNT_ID`
* a cloud account (aws-account-id judges those, with their customer context); emails have
* their own detector.
*/
/** Letters and digits only, lower case: `Account_ID` and `accountId` compare equal. */
const squash = (value) => value.toLowerCase().replace(/[^a-z0-9]/gu, "");
/** A value that spells out its own key (`AccountID: 'box_AccountID_value'`) is a placeholder in documentation. */
function namesItsKey(value, key) {
	const name = squash(key);
	return name.length >= 5 && squash(value).includes(name);
}
/**
* `'tenant:metrics'`: a key, a colon and the value run together inside one
* string are a namespaced name (a cache or query key), not an assignment,
* which puts a space, a quote or an equals sign after the colon.
*/
function namespacedString(match, key) {
	if (!/^(?:customer|tenant)$/iu.test(key)) return false;
	const at = match.indexOf(key);
	if (at === -1) return false;
	const after = match.slice(at + key.length, at + key.length + 2);
	return after.length === 2 && after[0] === ":" && /[A-Za-z0-9]/u.test(after[1] ?? "");
}
var customer_key_value_default = defineDetector({
	id: id$93,
	name: "Customer identifier under a customer key",
	category: "customer-identifier",
	severity: "error",
	description: "Non-synthetic values under customer, tenant, account and organisation keys (customer_id, tenant_name, accountId, org_slug, …).",
	regex: /(?<![A-Z0-9;/])(?<!::)(?<!(?:service|storage|bot|robot|system|iam|mail|bank|aws|gcp|azure|cloud)[_-]?)(?<key>(?:customer|tenant|account|org|organi[sz]ation)[_-]?(?:id|name|slug|uuid|ref|number|code|domain)|licensee(?:[_-]?name)?|licensed[_-]?to|(?<![\w-])(?:customer|tenant)(?=\\?["']?[ \t]{0,4}[:=]))\\?["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}(?<quote>\\?["'`])?(?<secret>[A-Z0-9][A-Z0-9._@&+-]{0,80}(?: [A-Z0-9._@&+-]{1,40}){0,8})\\?["'`]?[ \t]*(?:[,;)}\]#\r\n]|$)/imu,
	evidence: "key",
	context: [STAND_IN_COLLECTION_RULE],
	keywords: [
		"customer",
		"tenant",
		"account",
		"org_",
		"org-",
		"orgid",
		"orgname",
		"orgslug",
		"orguuid",
		"orgref",
		"orgnumber",
		"orgcode",
		"orgdomain",
		"organization",
		"organisation",
		"licensee",
		"licensed_to",
		"licensedto",
		"licensed-to"
	],
	keywordContext: /(?:(?:customer|tenant|account|org|organi[sz]ation)[_-]?(?:id|name|slug|uuid|ref|number|code|domain)|licensee(?:[_-]?name)?|licensed[_-]?to|customer|tenant)\\?["']?[ \t]{0,4}(?:=>|:=|[:=])/iu,
	validate: (secret, { groups, match, syntax, registry }) => !namespacedString(match, groups.key ?? "") && !namesItsKey(secret, groups.key ?? "") && isCustomerValue(secret, {
		quoted: groups.quote !== void 0,
		syntax,
		registry
	}),
	samples: () => ({
		positive: [
			{
				key: "customer_id",
				value: `cu-${randomString(`${id$93}1`, LOWER_NUM, 10)}`
			},
			`const recentOrders = [\n  { id: "order_6782", customer: "Northbridge Logistics GmbH", amount: 493 },\n];`,
			{
				key: "tenant_name",
				value: "Northbridge Logistics GmbH"
			},
			{
				key: "accountId",
				value: `${randomString(`${id$93}2`, LOWER_NUM, 8)}-prod`
			},
			{
				key: "tenant_id",
				value: `${randomString(`${id$93}3`, HEX, 8)}-${randomString(`${id$93}4`, HEX, 4)}-4${randomString(`${id$93}5`, HEX, 3)}-a${randomString(`${id$93}6`, HEX, 3)}-${randomString(`${id$93}7`, HEX, 12)}`
			},
			{
				key: "org_slug",
				value: "northbridge-logistics"
			},
			{
				key: "account_number",
				value: randomString(`${id$93}8`, "123456789", 9)
			},
			{
				key: "licensee",
				value: "Haugland Maritime AS"
			},
			{
				key: "tenant",
				value: `varga-precision-${randomString(`${id$93}9`, LOWER_NUM, 4)}`
			},
			{
				key: "licensedTo",
				value: "Brennan & Okafor Ltd"
			}
		],
		negative: [
			`const fakeData: Order[] = [\n  { id: "order_6782", customer: "Northbridge Logistics GmbH", amount: 493 },\n];`,
			`MOCK_TENANTS = [{"tenant_name": "Northbridge Logistics GmbH"}]`,
			`const fakeData: Order[] = useMemo(\n  () => [\n    { id: "order_6782", customer: "Northbridge Logistics GmbH" },\n  ],\n  []\n);`,
			"queryKey: ['tenant:prometheus-metrics', tenantId]",
			`common/organization_id: ${randomString(`${id$93}11`, HEX, 32)}`,
			{
				key: "AccountID",
				value: "box_AccountID_value"
			},
			{
				key: "tenant_id",
				value: "tenant-demo"
			},
			{
				key: "customer_id",
				value: "<customer-id>"
			},
			{
				key: "org_name",
				value: "Acme Corp"
			},
			{
				key: "account_id",
				value: "12345"
			},
			{
				key: "tenant_name",
				value: "default"
			},
			{
				key: "organization_id",
				value: "${{ github.repository_owner }}"
			},
			{
				key: "customer_id",
				value: "customer_id"
			},
			{
				key: "tenant_id",
				value: "tenant-1"
			},
			{
				key: "account_id",
				value: "abc123"
			},
			{
				key: "customer_name",
				value: "Name of the customer"
			},
			{
				key: "azure_tenant_id",
				value: "azure_services_authentication.tenant_id"
			},
			{
				key: "SERVICE_ACCOUNT_NAME",
				value: "gce-diagnostics-extract-logs"
			},
			{
				key: "tenant",
				value: "common"
			},
			{
				key: "tenant",
				value: "organizations"
			},
			{
				key: "customer",
				value: "CustomerRecord"
			},
			{
				key: "licensee",
				value: "Licensee"
			},
			{
				key: "licensee",
				value: "Contoso Ltd"
			},
			{
				key: "customer",
				value: "Stripe.Customer"
			},
			{
				key: "AWS_ACCOUNT_ID",
				value: `0${randomString(`${id$93}10`, "0123456789", 11)}`
			}
		]
	})
});
// dist/patterns/customer-identifier/customer-record-email.js
const id$92 = "customer-record-email";
/**
* The key of a list of customer records: `customers`, `accounts`, `tenants`,
* `clients`, `subscribers`, a CRM export's `contacts` or `leads`, alone or
* with a qualifier (`paying_customers`, `enterpriseAccounts`), then its
* assignment (`:`, `=`, `=>`, a TypeScript annotation) at the end of the text
* before the list opens. Cloud, service and login accounts (`serviceAccounts`,
* `iam_accounts`, `linked_accounts`) hold principals, not customers.
*/
const CUSTOMER_COLLECTION_KEY = /(?<!(?:service|storage|bot|robot|system|iam|mail|e-?mail|bank|aws|gcp|azure|cloud|social|oauth|linked|connected|sso|user|admin|staff|team)[_-]?)(?:customers|accounts|tenants|clients|subscribers|contacts|leads|buyers|licensees)\\?["'`]?[ \t]{0,4}(?::[ \t]{0,4}[\w.<>[\]|]{1,60}[ \t]{0,4}=|=>|:=|[:=])?[ \t]{0,4}(?:#[^\n]{0,200})?$/iu;
/**
* A real-domain email under the `email` key of a record that is an element of
* a list of customer records: `customers[].email` in JSON, YAML, object
* literals and flow mappings (`{"customers": [{"name": …, "email": …}]}`,
* `accounts:` over `- email: …`). The list's key is a declared context
* (`within: 'collection'`), so a user, team or author list stays quiet.
* Reserved and stand-in domains, public projects' mail, role mailboxes,
* fictional people and the project's own domains pass by the registry.
*/
function customerRecordEmail(settings = DEFAULT_CATALOG_SETTINGS) {
	const products = new Set(settings.productNames.map((n) => n.toLowerCase()));
	return defineDetector({
		id: id$92,
		name: "Customer email in a list of customer records",
		category: "customer-identifier",
		severity: "error",
		description: "Real-domain email addresses of the records in a list of customers, accounts, tenants, clients, subscribers or CRM contacts (customers[].email).",
		regex: /(?<![\w-])(?<key>(?:(?:primary|work|business|main|contact|billing)[_-]?)?e[_-]?mail(?:[_-]?address)?)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?(?:[A-Z][A-Z .'-]{0,60}<)?(?<secret>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})(?![A-Z0-9.-])/iu,
		keywords: ["mail"],
		keywordContext: /mail(?:[_-]?address)?\\?["']?[ \t]{0,4}(?:=>|[:=])/iu,
		context: [{
			pattern: CUSTOMER_COLLECTION_KEY,
			within: "collection"
		}, STAND_IN_COLLECTION_RULE],
		validate: (secret, { registry }) => isRealEmail(secret, registry) && !isProductDomain(secret, products),
		samples: () => ({
			positive: [
				`{"customers": [{"name": "Brightwell Logistics", "email": "marta.lindqvist@${randomString(`${id$92}1`, LOWER_NUM, 7)}-logistics.de"}, {"email": "ap@${randomString(`${id$92}2`, LOWER_NUM, 6)}.com"}]}`,
				`{"tenants": [{"id": 4412, "plan": "enterprise", "email": "it-admin@${randomString(`${id$92}3`, LOWER_NUM, 8)}.no"}]}`,
				`{"contacts": [{"firstname": "Ingrid", "lastname": "Holm", "emailAddress": "ingrid.holm@${randomString(`${id$92}4`, LOWER_NUM, 7)}.se"}]}`,
				`{subscribers: [{subscriberId: "s-1", email: "kwame.mensah@${randomString(`${id$92}5`, LOWER_NUM, 6)}.co.uk"}]}`
			],
			negative: [
				"{\"customers\": [{\"name\": \"Example Customer\", \"email\": \"billing@example.com\"}, {\"email\": \"ops@customer.test\"}]}",
				"{\"customers\": [{\"name\": \"Acme Corp\", \"email\": \"jane.doe@acme.com\"}]}",
				"{\"accounts\": [{\"email\": \"{{ account.email }}\"}]}",
				"{\"customers\": [{\"email\": \"no-reply@brightwell-logistics.de\"}]}",
				`{"users": [{"name": "Marta Lindqvist", "email": "marta@${randomString(`${id$92}6`, LOWER_NUM, 7)}.de"}]}`,
				`{"serviceAccounts": [{"email": "deploy@${randomString(`${id$92}7`, LOWER_NUM, 7)}.iam.gserviceaccount.com"}]}`,
				`{"customer": {"id": "c-1"}, "email": "marta@${randomString(`${id$92}8`, LOWER_NUM, 7)}.de"}`,
				`{"customers": [{"email": "release-bot@${[...products][0] ?? "product"}.io"}]}`,
				"{\"contacts\": [{\"email\": \"12345678+octocat@users.noreply.github.com\"}]}"
			]
		})
	});
}
// dist/patterns/customer-identifier/gcp-project-number.js
const id$91 = "gcp-project-number";
/**
* Google Cloud project numbers of customers: under a project-number key, or in
* the default service accounts and service agents that embed them, with a
* customer or tenant key next to it. Without one, the number is the project's
* own (a CI setup script) or sample output in help text.
*/
var gcp_project_number_default = defineDetector({
	id: id$91,
	name: "Google Cloud project number",
	category: "customer-identifier",
	severity: "error",
	description: "Google Cloud project numbers of customers: under project-number keys and in service-account emails, next to a customer or tenant key.",
	regex: /(?:(?<![A-Z0-9])(?:gcp|google|gcloud|google[_-]?cloud)?[_-]?project[_-]?(?:number|num|no)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?(?<secret>\d{9,14})(?![A-Z0-9])|(?<![A-Z0-9.-])(?:service-)?(?<agent>\d{9,14})(?:-compute@developer|@cloudservices|@(?:gcp-sa-[a-z-]{2,40}|compute-system|container-engine-robot|cloudbuild)\.iam)\.gserviceaccount\.com)/iu,
	synthetic: [
		"reserved-host",
		"stand-in-host",
		"documentation-ip",
		"placeholder",
		"low-variety",
		"example-marker",
		"fictional-name"
	],
	keywords: [
		"project_number",
		"projectnumber",
		"project-number",
		"project_num",
		"project_no",
		"gserviceaccount.com"
	],
	validate: (secret, context) => !/^(?:1234567890\d*|0+)$/u.test(context.groups.agent ?? secret) && customerContextNear(context),
	references: ["https://cloud.google.com/resource-manager/docs/creating-managing-projects#identifying_projects", "https://cloud.google.com/iam/docs/service-agents"],
	samples: () => ({
		positive: [
			{
				key: "customer_project_number",
				value: `8${randomString(`${id$91}1`, DIGITS, 11)}`
			},
			{
				key: "TENANT_GOOGLE_CLOUD_PROJECT_NUMBER",
				value: `3${randomString(`${id$91}2`, DIGITS, 10)}`
			},
			`tenant_id: brennan-okafor, sa: 5${randomString(`${id$91}3`, DIGITS, 11)}-compute@developer.gserviceaccount.com`,
			`customer: Varga Precision Tools, agent: service-9${randomString(`${id$91}4`, DIGITS, 11)}@gcp-sa-pubsub.iam.gserviceaccount.com`
		],
		negative: [
			{
				key: "project_number",
				value: "123456789012"
			},
			{
				key: "project_number",
				value: "42"
			},
			"PROJECT_NUMBER-compute@developer.gserviceaccount.com",
			"release-bot@my-project.iam.gserviceaccount.com",
			{
				key: "project_number",
				value: "<project-number>"
			},
			{
				key: "PROJECT_NUMBER",
				value: `7${randomString(`${id$91}5`, DIGITS, 10)}`
			},
			`"projectNumber": "8${randomString(`${id$91}6`, DIGITS, 11)}", "team": "owners"`
		]
	})
});
// dist/patterns/customer-identifier/hubspot-record-id.js
const id$90 = "hubspot-record-id";
/**
* HubSpot CRM records: record URLs (`app.hubspot.com/contacts/<portal>/record/0-2/<id>`,
* legacy `/company/<id>`) and numeric ids under HubSpot keys.
*/
var hubspot_record_id_default = defineDetector({
	id: id$90,
	name: "HubSpot record id",
	category: "customer-identifier",
	severity: "error",
	description: "HubSpot contact, company and deal record URLs and ids under HubSpot keys (hubspot_company_id, hubspotContactId, …).",
	regex: /(?:(?<url>app(?:-[a-z]{2}\d)?\.hubspot\.com\/contacts\/\d{4,10}\/(?:record\/0-[1-3]|contact|company|deal)\/)|(?<![A-Z0-9])(?<key>hubspot[_-]?(?:contact|company|deal|portal|hub|account|owner|record|object)?[_-]?id)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>\d{3,15})(?![A-Z0-9])/iu,
	keywords: ["hubspot"],
	validate: (secret, { groups, match }) => {
		if ([...match.matchAll(/\d{4,}/gu)].some((m) => isTypedDigits(m[0])) || isTypedDigits(secret)) return false;
		return groups.url !== void 0 || secret.length >= 5;
	},
	references: ["https://knowledge.hubspot.com/records/find-record-id", "https://developers.hubspot.com/docs/api/crm/understanding-the-crm"],
	samples: () => ({
		positive: [
			`https://app.hubspot.com/contacts/${randomString(`${id$90}1`, DIGITS, 8)}/record/0-2/${randomString(`${id$90}2`, DIGITS, 10)}`,
			`https://app-eu1.hubspot.com/contacts/${randomString(`${id$90}3`, DIGITS, 7)}/company/${randomString(`${id$90}4`, DIGITS, 10)}`,
			{
				key: "hubspot_company_id",
				value: randomString(`${id$90}5`, DIGITS, 10)
			},
			{
				key: "HUBSPOT_PORTAL_ID",
				value: randomString(`${id$90}6`, DIGITS, 8)
			}
		],
		negative: [
			"https://app.hubspot.com/contacts/<portal-id>/record/0-1/<record-id>",
			"https://developers.hubspot.com/docs/api/crm/contacts",
			{
				key: "hubspot_company_id",
				value: "123"
			},
			{
				key: "hubspot_contact_id",
				value: "{{ contact.hs_object_id }}"
			},
			{
				key: "hubspot_portal_id",
				value: "12345678"
			},
			"https://app.hubspot.com/contacts/12345/record/0-2/11111",
			`https://app.hubspot.com/contacts/${randomString(`${id$90}7`, DIGITS, 8)}/record/0-3/22222`
		]
	})
});
// dist/patterns/customer-identifier/paddle-customer-id.js
const id$89 = "paddle-customer-id";
/** Lower-case Crockford base32, as Paddle's ULID-based ids use it. */
const ULID = "0123456789abcdefghjkmnpqrstvwxyz";
var paddle_customer_id_default = defineDetector({
	id: id$89,
	name: "Paddle customer id",
	category: "customer-identifier",
	severity: "error",
	description: "Paddle Billing customer ids (ctm_ + 26-character ULID): they name a paying customer.",
	regex: /\b(?<secret>ctm_[0-9a-hjkmnp-tv-z]{26})\b/u,
	keywords: ["ctm_"],
	entropy: 3,
	validate: (secret) => secret.startsWith("ctm_01") && /[a-z]/u.test(secret.slice(6)),
	references: ["https://developer.paddle.com/api-reference/about/paddle-ids"],
	samples: () => ({
		positive: [`ctm_01h${randomString(`${id$89}1`, ULID, 23)}`, `ctm_01j${randomString(`${id$89}2`, ULID, 23)}`],
		negative: [
			"ctm_01234567890123456789012345",
			"ctm_xxxxxxxxxxxxxxxxxxxxxxxxxx",
			"ctm_<customer_id>",
			`ctm_99${randomString(`${id$89}3`, ULID, 24)}`
		]
	})
});
// dist/patterns/customer-identifier/person-name-key-value.js
const id$88 = "person-name-key-value";
const GIVEN = [
	"Marta",
	"Ingrid",
	"Kwame",
	"Dmitri",
	"Aiyana",
	"Teodor",
	"Nadia",
	"Henrik",
	"Priya",
	"Matteo"
];
const FAMILY = [
	"Lindqvist",
	"Okafor",
	"Mensah",
	"Varga",
	"Castellanos",
	"Haugland",
	"Ferreira",
	"Nakashima",
	"Brennan"
];
/** A person's name picked from fragments with a seeded PRNG. */
function personName(seed) {
	const next = seededRandom(seed);
	const pick = (list) => list[Math.floor(next() * list.length)] ?? "";
	return `${pick(GIVEN)} ${pick(FAMILY)}`;
}
/**
* A person's name (two to four capitalised words) under a contact, owner,
* requester or account-manager key of a payload, or as the `name` of an
* inline object under such a key (`"requester": { "name": … }`). Team and role names
* ("Platform Team", "Support Desk"), documentation names and credits in a
* file's header (`Contact: Name` beside a copyright line) pass.
*/
var person_name_key_value_default = defineDetector({
	id: id$88,
	name: "Person name in a payload",
	category: "customer-identifier",
	severity: "error",
	description: "People's names under contact, owner, requester and account-manager keys of a payload.",
	regex: /(?<![\w-])(?<!:\/\/)(?<key>(?:(?:customer|client|billing|primary)[_-]?contact|contact|owner|requester|requested[_-]?by|submitter|assignee|account[_-]?(?:owner|manager|executive)|csm|customer[_-]?success[_-]?manager|signer|signatory)(?:[_-]?(?:full[_-]?)?name)?)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?:\{[ \t]{0,4}(?:\\?["']?[a-z_]{1,20}\\?["']?[ \t]{0,4}:[ \t]{0,4}(?:\\?["'][^"'\\\n]{0,80}\\?["']|[^"'\\\n{},]{1,80})[ \t]{0,4},[ \t]{0,4}){0,3}\\?["']?(?:full[_-]?)?name\\?["']?[ \t]{0,4}:[ \t]{0,4})?\\?["'`]?(?<secret>\p{L}[\p{L}'-]{1,24}(?: \p{L}[\p{L}'-]{1,24}){1,3})\\?["'`]?[ \t]*(?:[,;)}\]#<\r\n]|$)/imu,
	evidence: "key",
	keywords: [
		"contact",
		"owner",
		"requester",
		"requested",
		"submitter",
		"assignee",
		"csm",
		"manager",
		"executive",
		"signer",
		"signatory"
	],
	keywordContext: /(?:contact|owner|requester|requested[_-]?by|submitter|assignee|csm|manager|executive|signer|signatory)(?:[_-]?(?:full[_-]?)?name)?\\?["']?[ \t]{0,4}(?:=>|[:=])/iu,
	validate: (secret, context) => isPersonName(secret, context.registry) && !isAuthorshipCredit(context),
	samples: () => ({
		positive: [
			{
				key: "contact_name",
				value: personName(`${id$88}1`)
			},
			{
				key: "account_owner",
				value: personName(`${id$88}2`)
			},
			{
				key: "requester",
				value: personName(`${id$88}3`)
			},
			{
				key: "billing_contact",
				value: `${personName(`${id$88}4`)}-Ruiz`
			},
			`requester: { id: 4417, name: ${personName(`${id$88}5`)}, email: null }`,
			{
				key: "contact",
				value: "Ruairí Castellanos"
			}
		],
		negative: [
			{
				key: "owner",
				value: "Platform Team"
			},
			{
				key: "contact",
				value: "Jane Doe"
			},
			{
				key: "requester",
				value: "console"
			},
			{
				key: "contact_name",
				value: "Support Desk"
			},
			{
				key: "owner",
				value: "${{ github.repository_owner }}"
			},
			{
				key: "assignee",
				value: "Not Assigned"
			},
			{
				key: "Upstream-Contact",
				value: "Teodor Haugland"
			},
			"{\"requester\": {\"name\": \"Example Requester\", \"email\": \"requester@example.invalid\"}}",
			"{\"owner\": {\"name\": \"Platform Team\"}}"
		]
	})
});
// dist/patterns/customer-identifier/salesforce-record-id.js
const id$87 = "salesforce-record-id";
const SUFFIX_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
/** The three-character suffix that makes a 15-character Salesforce id case-insensitive. */
function salesforceIdSuffix(id15) {
	let suffix = "";
	for (let chunk = 0; chunk < 3; chunk++) {
		let bits = 0;
		for (let i = 0; i < 5; i++) {
			const ch = id15.charAt(chunk * 5 + i);
			if (ch >= "A" && ch <= "Z") bits |= 1 << i;
		}
		suffix += SUFFIX_ALPHABET.charAt(bits);
	}
	return suffix;
}
/**
* 15-character ids need mixed letters and digits after the key prefix;
* 18-character ids carry a checksum. Salesforce's documented ids and its
* `001xx…` pod placeholders are in the registry.
*/
function valid(secret) {
	const body = secret.slice(0, 15);
	if (!/[A-Za-z]/u.test(body.slice(5)) || !/\d/u.test(body.slice(3))) return false;
	return secret.length === 15 || salesforceIdSuffix(body) === secret.slice(15);
}
function recordId(seed, prefix) {
	const body = `${prefix}${randomString(`${seed}p`, "0123456789", 1)}${randomString(`${seed}q`, LOWER_NUM, 1)}0000${randomString(seed, ALPHA_NUM, 6)}`;
	return body + salesforceIdSuffix(body);
}
/**
* Salesforce Account (001), Contact (003) and Opportunity (006) record ids,
* in Lightning/Classic record URLs, under a Salesforce key (`sfdc_account_id`,
* `SalesforceId`, the SObject fields `AccountId`/`ContactId`/`OpportunityId`)
* or named in prose (`Account ID: 001…`, `Salesforce account 001…`, `SFDC: 006…`).
*/
var salesforce_record_id_default = defineDetector({
	id: id$87,
	name: "Salesforce record id",
	category: "customer-identifier",
	severity: "error",
	description: "Salesforce Account, Contact and Opportunity ids in record URLs, under Salesforce keys and named in prose (Account ID: 001…), 18-character ids checksum-checked.",
	regex: /(?:(?<![a-z0-9.-])[a-z0-9-]{1,63}(?:\.sandbox|\.develop)?\.(?:lightning\.force\.com|my\.salesforce\.com|salesforce\.com)\/(?:lightning\/r\/(?:Account|Contact|Opportunity)\/)?|(?<![A-Z0-9])(?:(?:salesforce|sfdc)[_-]?(?:account|contact|opportunity|opp|record|object)?[_-]?id|(?:Account|Contact|Opportunity)Id)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?|(?<![A-Z0-9])(?:(?:salesforce|sfdc)(?:[ \t]{1,4}(?:account|contact|opportunity|opp|record))?(?:[ \t]{1,4}id)?|(?:account|contact|opportunity)[ \t]{1,4}id)[ \t]{0,4}[:#=]?[ \t]{0,4}[`*]{0,2})(?<secret>00[136][A-Z0-9]{12}(?:[A-Z0-9]{3})?)(?![A-Z0-9])/iu,
	keywords: [
		"force.com",
		"salesforce",
		"sfdc",
		"accountid",
		"contactid",
		"opportunityid",
		"account id",
		"contact id",
		"opportunity id"
	],
	validate: (secret) => valid(secret),
	references: ["https://help.salesforce.com/s/articleView?id=000385008&type=1"],
	samples: () => ({
		positive: [
			`https://northbridge.lightning.force.com/lightning/r/Account/${recordId(`${id$87}1`, "001")}/view`,
			{
				key: "sfdc_contact_id",
				value: recordId(`${id$87}2`, "003")
			},
			{
				key: "SalesforceOpportunityId",
				value: recordId(`${id$87}3`, "006").slice(0, 15)
			},
			`https://northbridge.my.salesforce.com/${recordId(`${id$87}4`, "001")}`,
			`Account ID: ${recordId(`${id$87}6`, "001")} (renewal owner: CSM team)`,
			`escalated from Salesforce opportunity ${recordId(`${id$87}7`, "006").slice(0, 15)} after the outage`
		],
		negative: [
			{
				key: "salesforce_account_id",
				value: "001xx000003DGb2AAG"
			},
			{
				key: "AccountId",
				value: "001D000000IqhSLIAZ"
			},
			{
				key: "sfdc_account_id",
				value: `${recordId(`${id$87}5`, "001").slice(0, 15)}ZZZ`
			},
			{
				key: "salesforce_id",
				value: "<account-id>"
			},
			{
				key: "salesforce_account_id",
				value: "005000000000000AAA"
			},
			`Account ID: ${recordId(`${id$87}8`, "001").slice(0, 15)}QQQ`,
			"AWS Account ID: 001234567890123",
			`Account ${recordId(`${id$87}9`, "001")}`
		]
	})
});
// dist/patterns/customer-identifier/salesforce-id-name-pair.js
const id$86 = "salesforce-id-name-pair";
/** Words of Salesforce's own vocabulary: a label ("Standard Object", "Record Type"), not an account. */
const LABEL_WORDS = /\b(?:object|objects|standard|custom|field|fields|record|records|type|types|layout|lead|leads|view|list|report|queue|profile|role|sample|test)\b/iu;
/** An 18-character Account (001), Contact (003) or Opportunity (006) id whose checksum suffix holds. */
function sfid(seed, prefix) {
	const id15 = `${prefix}${randomString(`${seed}d`, "0123456789", 1)}${randomString(seed, ALPHA_NUM, 11)}`;
	return `${id15}${salesforceIdSuffix(id15)}`;
}
/**
* Salesforce record ids paired with the account or person they name, in a
* file that works with Salesforce: a resync map (`"001…": "Marlowe & Tetteh
* LLP"`), a CSV export row (`001…,Pinecrest Dental Group,…`), a fixture
* tuple. The 18-character id must carry a valid case checksum and the name
* must read as a real organisation or person.
*/
var salesforce_id_name_pair_default = defineDetector({
	id: id$86,
	name: "Salesforce record id with its account name",
	category: "customer-identifier",
	severity: "error",
	description: "Checksum-valid 18-character Salesforce Account, Contact and Opportunity ids paired with a real account or person name in a Salesforce-related file.",
	regex: /(?<![A-Za-z0-9])(?<secret>00[136][A-Za-z0-9]{15})\\?["']?[ \t]{0,4}(?:=>|[:,=])[ \t]{0,4}\\?["']?(?<name>[A-Z][A-Za-z0-9.&'-]{0,40}(?: [A-Za-z0-9.&'-]{1,40}){0,6})/u,
	keywords: [
		"salesforce",
		"sfdc",
		"force.com"
	],
	multiline: true,
	validate: (secret, { groups, syntax, registry }) => {
		if (!valid(secret) || secret.length !== 18) return false;
		const name = (groups.name ?? "").trim();
		if (LABEL_WORDS.test(name)) return false;
		return isPersonName(name, registry) || name.includes(" ") && isCustomerValue(name, {
			quoted: true,
			syntax,
			registry
		});
	},
	references: ["https://help.salesforce.com/s/articleView?id=000385008&type=1"],
	samples: () => ({
		positive: [
			`# salesforce resync\nRESYNC = {"${sfid(`${id$86}1`, "001")}": "Haugland Maritime AS", "${sfid(`${id$86}2`, "001")}": "Varga Precision Tools"}`,
			`salesforce export row: ${sfid(`${id$86}3`, "001")},Brennan & Okafor Ltd,Logistics`,
			`sfdc contacts: [("${sfid(`${id$86}4`, "003")}", "Marta Lindqvist")]`
		],
		negative: [
			"salesforce: {\"001D000000IqhSLIAZ\": \"Acme Corporation Ltd\"}",
			`salesforce: {"${sfid(`${id$86}5`, "001").slice(0, 15)}": "Haugland Maritime AS"}`,
			`salesforce: {"${sfid(`${id$86}6`, "001").slice(0, 15)}AAA": "Haugland Maritime AS"}`,
			`salesforce: {"${sfid(`${id$86}7`, "001")}": "Account"}`,
			`salesforce_object_types = {"${sfid(`${id$86}8`, "001")}": "Standard Object"}`
		]
	})
});
// dist/patterns/customer-identifier/stripe-customer-id.js
const id$85 = "stripe-customer-id";
var stripe_customer_id_default = defineDetector({
	id: id$85,
	name: "Stripe customer id",
	category: "customer-identifier",
	severity: "error",
	description: "Stripe customer object ids (cus_…): they name a paying customer in a billing account.",
	regex: /\b(?<secret>cus_[A-Za-z0-9]{14})(?![A-Za-z0-9])/u,
	evidence: "key",
	context: [{
		pattern: /stripe/iu,
		within: "record",
		effect: "evidence"
	}],
	keywords: ["cus_"],
	entropy: 3,
	validate: (secret) => /[A-Z]/u.test(secret) && /[a-z]/u.test(secret.slice(4)),
	references: ["https://docs.stripe.com/api/customers/object"],
	samples: () => ({
		positive: [
			`cus_${randomString(`${id$85}1`, ALPHA_NUM, 14)}`,
			`cus_${randomString(`${id$85}2`, ALPHA_NUM, 14)}`,
			{
				key: "stripe_customer",
				value: `cus_${randomString(`${id$85}3`, ALPHA_NUM, 14)}`
			}
		],
		negative: [
			"cus_NffrFeUfNV2Hib",
			"cus_xxxxxxxxxxxxxx",
			"cus_<customer-id>",
			"cus_123",
			"focus_visiblewithinbounds",
			"cus_abcdefghijklmnopq",
			`cus_${randomString(`${id$85}4`, ALPHA_NUM, 24)}`
		]
	})
});
// dist/patterns/customer-identifier/index.js
var customer_identifier_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$10 });
/** Detectors of the `customer-identifier` category, sorted by id. */
function detectors$10(settings) {
	return [
		aws_account_id_default,
		azure_subscription_id_default,
		billing_customer_key_value_default,
		customer_account_id_map_default,
		customerEmailKeyValue(settings),
		customer_key_value_default,
		customerRecordEmail(settings),
		gcp_project_number_default,
		hubspot_record_id_default,
		paddle_customer_id_default,
		person_name_key_value_default,
		salesforce_id_name_pair_default,
		salesforce_record_id_default,
		stripe_customer_id_default
	];
}
// dist/patterns/customer-success-note/account-health-note.js
const id$84 = "account-health-note";
/**
* What a customer-success note says about an account, one pattern per kind of
* signal: a health score or colour, churn, a renewal event, an NPS answer, a
* commercial move (expansion, discount, champion or sponsor change). Scores
* run 0-100 (a 200 is a status code); a scale that starts at 0 or 1
* ("0-100", "1 to 10") describes a field, not an account.
*/
const SIGNALS = [
	/\bhealth(?:[ _-]?score)?(?:[ \t]*[:=]|[ \t]+(?:is|was|at|of|now|dropped|fell|rose|went|from|to|down|up|still)){0,3}[ \t]*(?:(?![01][ \t]*(?:[-\u2013]|to\b)[ \t]*\d)(?:100|[1-9]?\d)\b|red\b|green\b|amber\b|yellow\b)|\b(?:still|now|turned|went|is|was) (?:red|amber|yellow)\b/iu,
	/\bchurn(?:ed\b|[ _-](?:risk|signals?|reason|score|flag|alert|probability))|\b(?:likely|about|threatening|going) to churn\b|\brisk of churn/iu,
	/\brenewal\b[^.;\n]{1,40}?(?:\b\d{4}(?:-\d{2})?\b|\bsigned\b|\bat risk\b|\bcall\b|\bpostponed\b|\bslipp|\bdue\b|\blost\b|\bbooked\b|\bdiscount|\bblocked\b)/iu,
	/\bNPS\b[^.;\n]{1,30}?\b(?![01][ \t]*(?:[-\u2013]|to\b)[ \t]*\d)\d{1,2}(?:\/10)?\b|\b(?:detractor|promoter)s?\b/iu,
	/\b(?:expansion|upsell|up-sell|downsell|down-sell|downgrad(?:e|ing)|exec(?:utive)? sponsor|champion|procurement|credit note|QBR|EBR|ARR|MRR)\b/u
];
/** How many of the first four (customer-success) signals and of all signals the rest of the line holds. */
function signalsIn(rest) {
	let specific = 0;
	let all = 0;
	SIGNALS.forEach((pattern, i) => {
		if (!pattern.test(rest)) return;
		all++;
		if (i < 4) specific++;
	});
	return {
		specific,
		all
	};
}
/** Subjects that are a label, a system or the note's own words rather than an account. */
const NOT_AN_ACCOUNT$1 = /* @__PURE__ */ new Set([
	"health",
	"score",
	"renewal",
	"renewals",
	"churn",
	"nps",
	"qbr",
	"ebr",
	"customer",
	"customers",
	"account",
	"accounts",
	"status",
	"summary",
	"overall",
	"current",
	"cluster",
	"node",
	"nodes",
	"service",
	"services",
	"server",
	"system",
	"index",
	"database",
	"application",
	"app",
	"api",
	"update",
	"updates",
	"note",
	"notes",
	"next",
	"steps",
	"action",
	"actions",
	"impact",
	"risk",
	"risks",
	"context",
	"background",
	"goal",
	"goals",
	"owner",
	"team",
	"support",
	"billing",
	"platform",
	"sales",
	"success",
	"finance",
	"product",
	"engineering",
	"today",
	"yesterday",
	"tomorrow",
	"this",
	"that",
	"the",
	"our",
	"their",
	"we",
	"they",
	"it",
	"he",
	"she",
	"example",
	"template",
	"sample",
	"demo",
	"monday",
	"tuesday",
	"wednesday",
	"thursday",
	"friday",
	"saturday",
	"sunday",
	"expansion",
	"champion",
	"procurement",
	"exec",
	"sponsor",
	"certificate",
	"license",
	"licence",
	"subscription",
	"plan",
	"contract",
	"domain",
	"kubernetes",
	"pod",
	"pods",
	"docker",
	"grafana",
	"salesforce",
	"hubspot",
	"gainsight",
	"churnzero",
	"totango",
	"vitally",
	"planhat",
	"catalyst",
	"zendesk",
	"intercom",
	"freshdesk",
	"jira",
	"stripe",
	"chargebee",
	"recurly",
	"paddle",
	"segment",
	"mixpanel",
	"amplitude",
	"pendo",
	"delighted",
	"qualtrics",
	"medallia",
	"field",
	"fields",
	"column",
	"columns",
	"metric",
	"metrics",
	"dashboard",
	"report",
	"widget",
	"let",
	"certbot",
	"letsencrypt",
	"acme",
	"nginx",
	"traefik",
	"consul",
	"vault",
	"elasticsearch",
	"opensearch",
	"redis",
	"postgres",
	"postgresql",
	"mysql",
	"kafka",
	"rabbitmq",
	"ingress",
	"gateway",
	"proxy",
	"load",
	"balancer",
	"replica"
]);
/**
* A customer-success note in prose: a line (a bullet, a notes line, a
* sentence) whose subject is an account ("Hallbrook: …", "Quillfeather
* Health's renewal …", "CS: Tamarind Bay renewal signed") and whose rest
* states at least two customer-success facts, one of them a health score or
* colour, churn, a renewal event or an NPS answer. The account is the
* reported value.
*/
var account_health_note_default = defineDetector({
	id: id$84,
	name: "Account health note",
	category: "customer-success-note",
	severity: "error",
	description: "Notes that record an account’s health, churn risk, renewal or NPS together with another customer-success fact.",
	regex: /(?:^[ \t]{0,8}(?:[*#>/]{1,3}[ \t]{0,4})?|["'`=][ \t]{0,4}|;[ \t]{1,4})(?:[A-Za-z_]{2,12}[:=][ \t]{0,4}["'`]?)?(?:[-*\u2022>]|\d{1,2}[.)]|#{1,6})?[ \t]{0,4}(?:\*\*)?(?:[A-Za-z]{2,12}:[ \t]{1,4})?(?<secret>[A-Z][a-z][A-Za-z&-]{1,30}(?: (?:[A-Z][A-Za-z&.-]{0,30}|&|and|of)){0,4})(?:\*\*)?(?='s\b|:|[ \t]+(?:[-\u2014\u2013(]|is\b|was\b|still\b|now\b|renewal|churn|health|NPS|at risk))/mu,
	keywords: [
		"health ",
		"health:",
		"churn",
		"renewal",
		"nps"
	],
	validate: (secret, { line, registry }) => {
		const first = secret.split(" ")[0] ?? "";
		if (NOT_AN_ACCOUNT$1.has(first.toLowerCase()) || isSyntheticValue(secret, registry)) return false;
		const at = line.indexOf(secret);
		if (at < 0) return false;
		const { specific, all } = signalsIn(line.slice(at + secret.length, at + secret.length + 400));
		return specific >= 1 && all >= 2;
	},
	samples: () => ({
		positive: [
			`Hallbrook: health ${randomString(`${id$84}1`, "6789", 1)}${randomString(`${id$84}2`, DIGITS, 1)} -> 64 after the double charge; renewal 2025-04; CFO wants a credit note`,
			`- Kestrel Ridge CU: churn risk HIGH, board reviewing vendors in July, NPS response was ${randomString(`${id$84}3`, "1234", 1)}/10`,
			`Quillfeather Health's renewal call was postponed; health score dropped from 72 to ${randomString(`${id$84}4`, "345", 1)}5.`,
			"- CS: Tamarind Bay renewal signed (3 years, +3 properties), exec sponsor happy with the rollout"
		],
		negative: [
			"Cluster health: green; renewal of the certificate is automatic",
			"Billing: fix the renewal date calculation; health score now ranges 0-100",
			"Acme Corp: health 42, renewal 2025-01, churn risk high",
			"Customer health: red when churn risk is high and renewal is due in 30 days",
			"Hallbrook: renewal call on Thursday",
			"Grafana: health 200 OK after the renewal of the TLS certificate",
			"Salesforce: churn risk, health score 0-100 and NPS 0-10 are synced nightly",
			"- Gainsight: map health score 1 to 100 onto renewal risk",
			"Certbot: renewal due in 30 days; health 200 from the ACME endpoint",
			"Let's Encrypt: renewal due in 30 days; health green"
		]
	})
});
// dist/patterns/customer-success-note/account-health-record.js
const id$83 = "account-health-record";
const SUCCESS_KEY$1 = /(?<![A-Z0-9])(?:health[_-]?score|churn[_-]?(?:risk|score|reason|probability)|renewal[_-]?(?:date|risk|status|likelihood|forecast)|csm[_-]?notes?|nps(?:[_-]?score)?)\\?["']?[ \t]{0,4}[:=]/iu;
/** Weaker signs, enough beside an account key, both needed beside a bare `name`: a health colour or score, a renewal date. */
const HEALTH_VALUE = /(?<![\w-])health\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?:red|amber|yellow|green|\d{1,3})\b/iu;
const RENEWAL_DATE = /(?<![\w-])renewal\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?\d{4}-\d{2}/iu;
/**
* A customer-success record: a named account (`account_name`, `customer`,
* `company`, `tenant_name`, … or a bare `name` holding a proper name) with a
* health score, churn, renewal, NPS or CSM-notes key, or a `health` colour or
* score or a `renewal` date, within a few hundred characters, before or after it. The
* account name is the reported value. The contract's check ids and statuses
* (`customer_success_review_status: scheduled`) name no account.
*/
var account_health_record_default = defineDetector({
	id: id$83,
	name: "Customer health or renewal record",
	category: "customer-success-note",
	severity: "error",
	description: "Health scores, churn risk, renewal dates and CSM notes recorded against a named customer account.",
	regex: /(?<![A-Z0-9])(?:(?:account|customer|company|client|logo|(?:tenant|org|organi[sz]ation)[_-]?name)(?:[_-]?name)?|(?<![\w-])(?<bare>name))\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>[A-Z0-9][A-Z0-9.&+-]{0,80}(?: [A-Z0-9.&+-]{1,40}){0,8})\\?["'`]?[ \t]*(?:[,;)}\]#\r\n]|$)/imu,
	keywords: [
		"health_score",
		"healthscore",
		"health-score",
		"health:",
		"health\"",
		"churn",
		"renewal",
		"csm_note",
		"csm-note",
		"csmnote",
		"nps"
	],
	multiline: true,
	reach: 700,
	validate: (secret, context) => {
		const bare = context.groups.bare !== void 0;
		if (bare && !secret.includes(" ")) return false;
		const weak = Number(keyNearby(context, HEALTH_VALUE)) + Number(keyNearby(context, RENEWAL_DATE));
		if (!keyNearby(context, SUCCESS_KEY$1) && weak < (bare ? 2 : 1)) return false;
		return isPersonName(secret, context.registry) || isCustomerValue(secret, {
			quoted: true,
			syntax: context.syntax,
			registry: context.registry
		});
	},
	samples: () => ({
		positive: [
			{
				key: "account",
				value: `account_name: Haugland Maritime AS, health_score: ${randomString(`${id$83}1`, DIGITS, 2)}, churn_risk: high`
			},
			{
				key: "record",
				value: `{"customer":"Brennan & Okafor Ltd","renewal_date":"2025-03-31","renewal_risk":"at risk"}`
			},
			{
				key: "csm",
				value: "csm_notes: asked for SSO before renewal; company: Varga Precision Tools GmbH"
			},
			{
				key: "accounts",
				value: "- name: Quillfeather Health, health: red, renewal: 2024-09-30, note: CISO prefers a competitor"
			}
		],
		negative: [
			{
				key: "summary",
				value: "customer_success_review_status: scheduled, tenant_id: tenant-demo"
			},
			{
				key: "account",
				value: "account_name: Acme Corp, health_score: 42, churn_risk: high"
			},
			{
				key: "account",
				value: "account_name: <account>, health_score: <score>"
			},
			{
				key: "account",
				value: "account_name: Haugland Maritime AS, plan: enterprise"
			},
			{
				key: "account",
				value: "customer: default, churn_risk: low"
			},
			{
				key: "accounts",
				value: "name: renewal-at-risk, health: red, renewal: 2024-09-30"
			},
			{
				key: "service",
				value: "name: Payments Api, health: green, port: 8080"
			},
			{
				key: "cert",
				value: "name: Edge Proxy, renewal: 2025-01-31, issuer: letsencrypt"
			}
		]
	})
});
// dist/patterns/customer-success-note/account-health-table-row.js
const id$82 = "account-health-table-row";
/** Account tables with at least two customer-success columns. */
const HEALTH_TABLE = {
	nameColumn: /^(?:(?:account|customer|company|client|logo|organi[sz]ation|org|tenant)(?:_name)?|name)$/u,
	signalColumns: [
		/^(?:account_)?health(?:_score|_status|_colou?r)?$/u,
		/^churn(?:_risk|_score|_reason|_probability)?$/u,
		/^(?:renewal(?:_date|_risk|_status|_forecast|_likelihood)?|days_to_renewal)$/u,
		/^nps(?:_score)?$/u,
		/^(?:(?:csm|cs|account|success|health|renewal|churn|qbr)_notes?|csm)$/u
	],
	minSignals: 2,
	hint: /(?<![a-z])(?:health|churn|renewal|nps|csm)/iu
};
const KEYWORDS$2 = [
	"health_score",
	"healthscore",
	"health score",
	"health-score",
	"churn",
	"renewal",
	"nps_score",
	"nps score",
	"csm_note",
	"csm note",
	"csm-note"
];
/**
* Rows of an account-health table (CSV, TSV or a Markdown table, as a file or
* pasted into a string or comment) whose header has an account column and at
* least two customer-success columns (health score, churn risk, renewal date,
* NPS, CSM notes). The account cell of each row is the reported value.
*/
var account_health_table_row_default = defineDetector({
	id: id$82,
	name: "Account health table row",
	category: "customer-success-note",
	severity: "error",
	description: "Rows of a CSV or Markdown account table with health, churn, renewal, NPS or CSM-note columns, for a named account.",
	regex: /(?:^[ \t]{0,12}(?:[*#>|][ \t]{0,4})?"?|[,;|\t][ \t]{0,4}"?|\\n"?)(?<secret>[A-Z0-9](?:[^\s,;|\\"]| (?=[^\s,;|\\"])){1,119})/mu,
	keywords: KEYWORDS$2,
	keywordContext: columnNameContext(KEYWORDS$2),
	multiline: true,
	gate: (text) => hasTable(text, HEALTH_TABLE),
	validate: (secret, { text, offset, syntax, registry }) => {
		if (text === void 0 || offset === void 0) return false;
		return namedCellAt(text, offset, HEALTH_TABLE)?.value === secret && isCustomerValue(secret, {
			quoted: true,
			syntax,
			registry
		});
	},
	samples: () => ({
		positive: [
			{
				key: "export",
				value: `account,segment,health_score,churn_risk,renewal_date,csm_note\nHallbrook Logistics Ltd,enterprise,${randomString(`${id$82}1`, DIGITS, 2)},medium,2025-04-30,"Usage dipped after the warehouse migration; renewal call booked"`
			},
			{
				key: "table",
				value: `| Customer | Health | Renewal | Notes |\n|---|---|---|---|\n| Brackwater Freight GmbH | red | 2024-10-01 | champion leaving, ${randomString(`${id$82}2`, DIGITS, 2)}% discount asked |`
			},
			{
				key: "rows",
				value: `date,company_name,nps,churn_reason\n2024-05-02,Osterlund Maritime AB,${randomString(`${id$82}3`, "0123456", 1)},moving to an in-house tool`
			}
		],
		negative: [
			{
				key: "export",
				value: "account,plan,seats\nHallbrook Logistics Ltd,enterprise,240"
			},
			{
				key: "export",
				value: "account,health_score,churn_risk\n<account>,<score>,<risk>"
			},
			{
				key: "export",
				value: "account,health_score,renewal_date\nAcme Corp,42,2025-01-01"
			},
			{
				key: "table",
				value: "| Column | Type | Description |\n|---|---|---|\n| health_score | integer | 0-100 |\n| churn_risk | string | low, medium, high |"
			},
			{
				key: "table",
				value: "| service | health | status |\n|---|---|---|\n| Api Gateway | green | ok |"
			},
			{
				key: "table",
				value: "| account | health_score | churn_risk |\n|---|---|---|\n| string | integer | enum |"
			}
		]
	})
});
// dist/patterns/customer-success-note/account-keyed-health-record.js
const id$81 = "account-keyed-health-record";
/** Customer-success keys inside the record, with a value. */
const SUCCESS_KEY = /(?<![A-Z0-9])(?:health[_-]?score|churn[_-]?(?:risk|score|reason|probability)|renewal[_-]?(?:date|risk|status|likelihood|forecast)|csm[_-]?notes?|nps(?:[_-]?score)?|account[_-]?health)\\?["']?[ \t]{0,4}[:=]/iu;
/**
* A map of accounts keyed by the account's name, whose record holds
* customer-success keys: `"Kestrel Ridge Credit Union": {"health_score": 38,
* "churn_risk": "high"}` in Python, JSON or JS, or the YAML
* `Kestrel Ridge Credit Union:` followed by indented `health_score:` lines.
* The name (two or more capitalised words) is the reported value; the keys
* must follow it within the record.
*/
var account_keyed_health_record_default = defineDetector({
	id: id$81,
	name: "Account-keyed health record",
	category: "customer-success-note",
	severity: "error",
	description: "Health, churn, renewal and CSM-note records stored under the customer’s name as a map key.",
	regex: /(?:^[ \t]{0,16}|[{,][ \t]{0,4})\\?["']?(?<secret>[A-Z][\w&.-]{0,40}(?: [A-Z0-9&][\w&.-]{0,40}){1,6})\\?["']?[ \t]{0,4}:[ \t]{0,4}(?:\{|\r?$)/mu,
	keywords: [
		"health_score",
		"healthscore",
		"health-score",
		"churn_",
		"churn-",
		"churnrisk",
		"renewal_",
		"renewal-",
		"csm_note",
		"csm-note",
		"nps_score",
		"account_health"
	],
	multiline: true,
	reach: 600,
	validate: (secret, { text, offset, syntax, registry }) => {
		if (text === void 0 || offset === void 0 || !isCustomerValue(secret, {
			quoted: true,
			syntax,
			registry
		})) return false;
		const after = text.slice(offset + secret.length, offset + secret.length + 400);
		const close = after.indexOf("}");
		return SUCCESS_KEY.test(close === -1 ? after : after.slice(0, close));
	},
	samples: () => ({
		positive: [{
			key: "at_risk",
			value: `{"Kestrel Ridge Credit Union": {"health_score": ${randomString(`${id$81}1`, DIGITS, 2)}, "churn_risk": "high", "note": "board vendor review in July"}}`
		}, {
			key: "accounts",
			value: `{'Quillfeather Health': {'churn_risk': 'high', 'renewal_date': '2024-09-${randomString(`${id$81}2`, "12", 1)}0'}}`
		}],
		negative: [
			{
				key: "at_risk",
				value: "{\"Acme Corp\": {\"health_score\": 38, \"churn_risk\": \"high\"}}"
			},
			{
				key: "services",
				value: "{\"Payments Api\": {\"health_check\": \"/healthz\", \"port\": 8080}}"
			},
			{
				key: "template",
				value: "{\"<Account Name>\": {\"health_score\": 0, \"churn_risk\": \"low\"}}"
			},
			{
				key: "accounts",
				value: "{\"Quillfeather Health\": {\"plan\": \"enterprise\", \"seats\": 240}, \"health_score\": 41}"
			}
		]
	})
});
// dist/patterns/customer-success-note/qbr-notes-heading.js
const id$80 = "qbr-notes-heading";
/** Words that follow (or precede) "QBR notes" without naming a customer. */
const NOT_A_CUSTOMER$1 = /^(?:Q[1-4]|H[12]|FY\d{2,4}|\d{4}|Template|Customer|Account|Example|Sample|Draft|Agenda|Summary|Overview|Index|Archive|Notes?|Guide|Checklist|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
/**
* Headings and subject lines of customer-success notes that name the
* customer: "QBR notes — <customer>", "Churn notes: <customer>", "Renewal
* notes for <customer>". Templates and dates pass.
*/
var qbr_notes_heading_default = defineDetector({
	id: id$80,
	name: "Customer-success notes heading",
	category: "customer-success-note",
	severity: "error",
	description: "QBR, account, churn, renewal and health notes headed with a customer name.",
	regex: /(?<![A-Z0-9])(?:QBR|EBR|account|churn|renewal|health[ -]check|success)[ -]notes?[ \t]*(?:[:\u2014\u2013-]|for)[ \t]*(?<secret>[A-Z][\w&.'-]{1,30}(?: [A-Z][\w&.'-]{1,30}){0,4})/iu,
	keywords: [
		"qbr",
		"ebr",
		"account note",
		"account-note",
		"churn note",
		"churn-note",
		"renewal note",
		"renewal-note",
		"health-check note",
		"health check note",
		"success note",
		"success-note"
	],
	validate: (secret, { registry }) => /^[A-Z]/u.test(secret) && !NOT_A_CUSTOMER$1.test(secret) && !isSyntheticValue(secret, registry),
	samples: () => ({
		positive: [
			"QBR notes — Northbridge Logistics",
			"Churn notes: Haugland Maritime AS",
			"Renewal notes for Varga Precision Tools"
		],
		negative: [
			"QBR notes — Q3 2024",
			"Account notes: <customer>",
			"QBR notes template",
			"Renewal notes for Acme Corp",
			"QBR notes: Template"
		]
	})
});
// dist/patterns/customer-success-note/account-review-title.js
const id$79 = "account-review-title";
/** Title words that open a generic heading rather than name an account. */
const GENERIC_LEAD = /^(?:Our|The|Weekly|Monthly|Quarterly|Annual|Yearly|Internal|Customer|Customers|Account|Accounts|Team|Meeting|New|Next|Last|Upcoming|Shared|Generic|Standard|Default|How|Writing|Running|About|Preparing|Release|Sprint|Project|Product|Engineering|Sales|Support|Marketing|Finance|Renewal|Churn)\b/u;
/**
* Titles of customer-success documents that put the account first:
* "# Brackwater Freight GmbH — QBR notes, Q2 2024", "Subject: Osterlund
* Maritime - renewal notes", "title: Kestrel Ridge | account review".
* Templates, periods and generic headings pass; renewal and churn notes need
* an account of two words or more (certificates and tools get renewal notes too).
*/
var account_review_title_default = defineDetector({
	id: id$79,
	name: "Account review title",
	category: "customer-success-note",
	severity: "error",
	description: "Headings and subject lines of QBR, account-review, renewal and churn notes that name the account first.",
	regex: /(?:^[ \t]{0,4}(?:(?:\*|\/\/|--)[ \t]{1,4})?|["'`=][ \t]{0,2})(?:[a-z_]{2,12}[ \t]{0,2}[:=][ \t]{0,4}["']?)?(?:#{1,6}[ \t]{1,4})?(?<secret>[A-Z][\w&.-]{1,30}(?: (?:[A-Z][\w&.-]{0,30}|&)){0,5})[ \t]{1,4}[\u2014\u2013:|-][ \t]{1,4}(?:(?:QBR|EBR|quarterly business review|business review|account review|success plan|account plan)(?:[ -](?:notes?|review|recap|summary|plan|prep))?|(?<weak>renewal|churn)[ -](?:notes?|review|recap|summary|plan|prep|risk))\b/imu,
	keywords: [
		"qbr",
		"ebr",
		"business review",
		"account review",
		"renewal",
		"churn",
		"success plan",
		"account plan"
	],
	validate: (secret, { groups, registry }) => (groups.weak === void 0 || secret.includes(" ")) && secret.split(" ").every((w) => /^[A-Z0-9&]/u.test(w) || w === "and" || w === "of") && !NOT_A_CUSTOMER$1.test(secret) && !GENERIC_LEAD.test(secret) && !isSyntheticValue(secret, registry),
	samples: () => ({
		positive: [
			`# Brack${randomString(`${id$79}1`, "aeiou", 1)}ter Freight GmbH \u2014 QBR notes, Q2 2024`,
			{
				key: "subject",
				value: "Osterlund Maritime AB - renewal notes"
			},
			{
				key: "title",
				value: "Kestrel Ridge Credit Union | account review 2024"
			}
		],
		negative: [
			"# Q2 2024 — QBR notes",
			"# Customer — QBR notes template",
			"# Quarterly — business review",
			"## Acme Corp — QBR notes",
			"# Certificates - renewal",
			"# Weekly — account review",
			"# Certbot — renewal notes",
			"## Ingress — health check notes"
		]
	})
});
// dist/patterns/customer-success-note/customer-note-subject.js
const id$78 = "customer-note-subject";
/**
* The vocabulary of a support or customer-success note: tickets, escalations,
* severities, churn, renewals, refunds and credits, cancellations. A heading
* or a `Customer:` line names an account only where the note around it speaks
* of one of these (a declared context, read within a few lines).
*/
const NOTE_VOCABULARY = /\b(?:tickets?|escalat(?:ed|ion|ions|ing)|sev[ -]?[1-4]|churn(?:ed|ing)?|renewal|renew(?:ed|s)|cancel(?:led|ed|lation)|refund(?:ed)?|credited|service credit|CSM|QBR|downgrad(?:e|ed|ing)|complain(?:ed|t|ts)?|outage|SLA breach)\b/iu;
/**
* Words of a heading or a label rather than of an account's name ("Root
* Cause", "Next Steps", "Self-Hosted Setup"): a subject holding any of them
* is no customer.
*/
const NOT_AN_ACCOUNT = /* @__PURE__ */ new Set([
	"the",
	"a",
	"an",
	"our",
	"your",
	"their",
	"this",
	"that",
	"all",
	"any",
	"new",
	"next",
	"last",
	"first",
	"steps",
	"step",
	"root",
	"cause",
	"causes",
	"summary",
	"overview",
	"timeline",
	"process",
	"policy",
	"policies",
	"procedure",
	"playbook",
	"runbook",
	"guide",
	"checklist",
	"template",
	"example",
	"sample",
	"workflow",
	"levels",
	"level",
	"matrix",
	"path",
	"paths",
	"how",
	"when",
	"what",
	"why",
	"who",
	"where",
	"which",
	"name",
	"names",
	"customer",
	"customers",
	"account",
	"accounts",
	"client",
	"clients",
	"tenant",
	"tenants",
	"ticket",
	"tickets",
	"escalation",
	"escalations",
	"churn",
	"renewal",
	"renewals",
	"support",
	"success",
	"team",
	"teams",
	"manager",
	"management",
	"owner",
	"owners",
	"contact",
	"contacts",
	"details",
	"info",
	"information",
	"notes",
	"note",
	"status",
	"report",
	"reports",
	"review",
	"reviews",
	"plan",
	"plans",
	"setup",
	"settings",
	"self",
	"hosted",
	"cloud",
	"enterprise",
	"community",
	"edition",
	"free",
	"pro",
	"paid",
	"trial",
	"tier",
	"tiers",
	"billing",
	"pricing",
	"portal",
	"page",
	"pages",
	"view",
	"list",
	"form",
	"field",
	"fields",
	"api",
	"sdk",
	"cli",
	"app",
	"data",
	"model",
	"object",
	"objects",
	"record",
	"records",
	"type",
	"types",
	"id",
	"ids",
	"email",
	"emails",
	"user",
	"users",
	"internal",
	"external",
	"priority",
	"severity",
	"high",
	"low",
	"medium",
	"urgent",
	"critical",
	"open",
	"closed",
	"pending",
	"resolved",
	"unknown",
	"none",
	"other",
	"misc",
	"general",
	"default",
	"required",
	"optional",
	"yes",
	"no",
	"true",
	"false",
	"todo",
	"tbd",
	"incident",
	"incidents",
	"outage",
	"outages",
	"issue",
	"issues",
	"bug",
	"bugs",
	"request",
	"requests",
	"feature",
	"features",
	"risk",
	"risks",
	"health",
	"score",
	"handling",
	"handoff",
	"triage",
	"response",
	"times",
	"time",
	"rules",
	"rule",
	"flow",
	"let",
	"us",
	"know",
	"see",
	"more",
	"about",
	"read",
	"learn",
	"get",
	"started",
	"sales",
	"help",
	"center",
	"centre"
]);
/** A word without the full stops, apostrophes and hyphens that end it. */
function trimPunctuation(word) {
	let end = word.length;
	while (end > 0 && ".'-".includes(word.charAt(end - 1))) end--;
	return word.slice(0, end);
}
/** Capitalised words (or `&`, `and`, `of`), two or more of them, none a heading word, not in the registry. */
function isAccountName(value, registry) {
	const named = value.split(" ").filter((w) => w.length > 0).filter((w) => w !== "&" && w !== "and" && w !== "of");
	if (named.length < 2) return false;
	if (!named.every((w) => /^\p{Lu}[\p{L}\d&.'-]{0,30}$/u.test(w))) return false;
	if (named.some((w) => NOT_AN_ACCOUNT.has(trimPunctuation(w.toLowerCase())))) return false;
	return !isSyntheticValue(value, registry);
}
/**
* The customer a support or customer-success note is about, where the note
* names it: a heading that opens an escalation, churn, renewal or account
* note ("## Escalation: Brightwell Logistics", "### Churn — Osterlund
* Maritime AB"), or a lead field at the start of a line ("Customer: Harborline
* Freight GmbH churned…", "**Account:** Kestrel Ridge Credit Union"). The
* note's own vocabulary (tickets, escalations, churn, renewals, refunds) must
* stand within a few lines; headings of runbooks and templates ("Escalation:
* Root Cause", "Customer: Name") and documentation's fictional companies pass.
*/
var customer_note_subject_default = defineDetector({
	id: id$78,
	name: "Customer named in a support or customer-success note",
	category: "customer-success-note",
	severity: "error",
	description: "Customer names in the headings and lead lines of support escalation, churn, renewal and account notes (## Escalation: <customer>, Customer: <customer>).",
	regex: /(?:^[ \t]{0,4}(?:(?:\*|\/\/|--)[ \t]{1,4})?|["'`=][ \t]{0,2})(?:[a-z_]{2,12}[ \t]{0,2}[:=][ \t]{0,4}["']?)?(?:(?:#{1,6}|[-*])[ \t]{1,4})?(?:\*\*|__)?(?:[Ee]scalation|[Cc]hurn|[Rr]enewal|[Cc]ustomer|[Aa]ccount|[Cc]lient|ESCALATION|CHURN|RENEWAL|CUSTOMER|ACCOUNT|CLIENT)(?:[ \t]{1,2}#?\d{1,10})?(?:\*\*|__)?[ \t]{0,2}(?:[:\u2014\u2013]|[ \t]-)(?:\*\*|__)?[ \t]{1,4}(?<secret>\p{Lu}[\p{L}\d&.'-]{0,30}(?:[ \t](?:\p{Lu}[\p{L}\d&.'-]{0,30}|&|and|of)){1,5})(?![\p{L}\d])/mu,
	keywords: [
		"escalation",
		"churn",
		"renewal",
		"customer",
		"account",
		"client"
	],
	keywordContext: /(?:escalation|churn|renewal|customer|account|client)(?:[ \t]{1,2}#?\d{1,10})?(?:\*\*|__)?[ \t]{0,2}(?:[:\u2014\u2013]|[ \t]-)/iu,
	context: [{
		pattern: NOTE_VOCABULARY,
		within: 400
	}],
	oncePer: "line",
	validate: (secret, { registry }) => isAccountName(secret, registry),
	samples: () => ({
		positive: [
			`## Escalation: Bright${randomString(`${id$78}1`, "aeiou", 1)}ll Logistics`,
			`Customer: Harborl${randomString(`${id$78}2`, "aeiou", 1)}ne Freight GmbH churned after the Q3 outage`,
			`**Account:** Kestrel Ridge Credit Union (renewal at risk, ticket 48213)`,
			`### Churn \u2014 Osterl${randomString(`${id$78}3`, "aeiou", 1)}nd Maritime AB`
		],
		negative: [
			"## Escalation: Root Cause Analysis",
			"## Escalation: Acme Corp",
			"Customer: Name of the customer (ticket requester)",
			"## Customer: Example Company",
			"## Escalation Policy",
			"## Renewal: Let Us Know",
			"Account: Brightwell Logistics",
			"### Client: Next Steps after the outage"
		]
	})
});
// dist/patterns/customer-success-note/success-note-key-value.js
const id$77 = "success-note-key-value";
/** Values that describe the field rather than fill it (schemas, forms, fixtures). */
const DESCRIBES_A_FIELD$1 = /\b(?:field|string|optional|required|description|free[ -]?(?:text|form)|placeholder|enter|notes? (?:about|on|for) the (?:account|customer))\b/iu;
/**
* Free-text customer-success notes under their keys (`csm_notes`,
* `account_notes`, `churn_reason`, `renewal_notes`, `qbr_notes`,
* `health_notes`): what a CSM wrote about a customer. Schema descriptions
* and template references pass.
*/
var success_note_key_value_default = defineDetector({
	id: id$77,
	name: "Customer-success note",
	category: "customer-success-note",
	severity: "error",
	description: "Free-text CSM, account, churn, renewal and QBR notes under their keys.",
	regex: /(?<![A-Z0-9])(?:csm|cs|account|success|churn|renewal|qbr|health)[_-]?(?:notes?|reason|summary|comments?)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>[A-Z0-9](?:[^"'`\\,;)}\]\s]|[ \t](?=[^"'`\\,;)}\]\s])){11,300})\\?["'`]?[ \t]*(?:[,;)}\]\r\n]|$)/imu,
	keywords: [
		"csm",
		"cs_note",
		"cs-note",
		"csnote",
		"account_note",
		"account-note",
		"accountnote",
		"success_note",
		"churn",
		"renewal",
		"qbr",
		"health_note",
		"health-note",
		"healthnote"
	],
	validate: (secret) => secret.trim().split(/\s+/u).length >= 3 && !DESCRIBES_A_FIELD$1.test(secret),
	samples: () => ({
		positive: [
			{
				key: "csm_notes",
				value: "Northbridge wants SSO before they sign the renewal"
			},
			{
				key: "churn_reason",
				value: "Moving to an in-house tool after the Q3 outage"
			},
			{
				key: "qbr_notes",
				value: "Exec sponsor left; new VP Ops is sceptical of the rollout"
			}
		],
		negative: [
			{
				key: "csm_notes",
				value: "Free-text notes about the account"
			},
			{
				key: "csm_notes",
				value: "${account.csmNotes}"
			},
			{
				key: "churn_reason",
				value: "too_expensive"
			},
			{
				key: "account_notes",
				value: "Optional string field"
			},
			{
				key: "customer_success_review",
				value: "scheduled"
			}
		]
	})
});
// dist/patterns/customer-success-note/index.js
var customer_success_note_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$9 });
/** Detectors of the `customer-success-note` category, sorted by id. */
function detectors$9(_settings) {
	return [
		account_health_note_default,
		account_health_record_default,
		account_health_table_row_default,
		account_keyed_health_record_default,
		account_review_title_default,
		customer_note_subject_default,
		qbr_notes_heading_default,
		success_note_key_value_default
	];
}
// dist/patterns/escalation-webhook/support/url-token.js
/**
* URL helpers shared by the webhook and dashboard detectors: split a matched
* URL without throwing, tell a token from a slug, and recognise hosts that
* serve documentation or vendor consoles rather than someone's endpoint.
*/
const decode = (value) => {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
};
/** Splits `url` (scheme optional) into host, path segments, query and fragment. */
function splitUrl(url) {
	const noScheme = url.replace(/^[a-z][a-z0-9+.-]{0,15}:\/\//iu, "");
	const hashAt = noScheme.indexOf("#");
	const fragment = hashAt === -1 ? "" : noScheme.slice(hashAt + 1);
	const beforeHash = hashAt === -1 ? noScheme : noScheme.slice(0, hashAt);
	const queryAt = beforeHash.indexOf("?");
	const query = queryAt === -1 ? "" : beforeHash.slice(queryAt + 1);
	const hostAndPath = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
	const slash = hostAndPath.indexOf("/");
	return {
		host: (slash === -1 ? hostAndPath : hostAndPath.slice(0, slash)).replace(/^[^@]*@/u, "").replace(/:\d*$/u, "").toLowerCase(),
		segments: slash === -1 ? [] : hostAndPath.slice(slash + 1).split("/").filter((s) => s.length > 0).map(decode),
		params: query.replace(/&amp;/gu, "&").split("&").filter((p) => p.length > 0).map((p) => {
			const eq = p.indexOf("=");
			return eq === -1 ? [decode(p).toLowerCase(), ""] : [decode(p.slice(0, eq)).toLowerCase(), decode(p.slice(eq + 1))];
		}),
		fragment
	};
}
/** Switches between digits and letters: many in random tokens, few in slugs and names. */
function digitLetterSwitches(value) {
	let switches = 0;
	let previous;
	for (const ch of value) {
		const isDigit = ch >= "0" && ch <= "9";
		const isLetter = /[A-Za-z]/u.test(ch);
		if (!isDigit && !isLetter) continue;
		if (previous !== void 0 && previous !== isDigit) switches++;
		previous = isDigit;
	}
	return switches;
}
/**
* True when `value` reads as a random token: long enough, token characters
* only, letters and digits interleaved, and close to the entropy of its length.
*/
function isTokenLike(value, minLength = 16) {
	if (value.length < minLength || value.length > 512) return false;
	if (!/^[A-Za-z0-9_=+/.~-]+$/u.test(value)) return false;
	if (digitLetterSwitches(value) < 3) return false;
	return shannonEntropy(value) >= Math.min(3.3, Math.log2(value.length) - 1);
}
/** A run of five or more consecutive digits or letters (`12345`, `abcdef`): documentation filler. */
function hasSequentialRun(value) {
	const lower = value.toLowerCase();
	let run = 1;
	for (let i = 1; i < lower.length; i++) {
		run = lower.charCodeAt(i) - lower.charCodeAt(i - 1) === 1 && /[a-z0-9]/u.test(lower.charAt(i)) ? run + 1 : 1;
		if (run >= 5) return true;
	}
	return false;
}
/**
* Hosts whose URLs are documentation, code hosting or vendor consoles: a
* webhook word in their paths names a page, not an endpoint.
*/
const PAGE_HOST_SUFFIXES = [
	"github.com",
	"githubusercontent.com",
	"github.io",
	"gitlab.com",
	"gitlab.io",
	"bitbucket.org",
	"sourceforge.net",
	"stackoverflow.com",
	"stackexchange.com",
	"medium.com",
	"dev.to",
	"reddit.com",
	"youtube.com",
	"wikipedia.org",
	"npmjs.com",
	"npmjs.org",
	"pypi.org",
	"crates.io",
	"rubygems.org",
	"pkg.go.dev",
	"readthedocs.io",
	"readthedocs.org",
	"learn.microsoft.com",
	"docs.microsoft.com",
	"dashboard.stripe.com",
	"stripe.com",
	"twilio.com",
	"atlassian.com",
	"gitbook.io",
	"notion.so",
	"archive.org"
];
/** True for documentation, code-hosting and vendor-console hosts, and hosts named docs.*, developer(s).*, blog.*, help.*, support.*. */
function isPageHost(host) {
	if (/^(?:docs?|developers?|dev-docs|blog|help|support|learn|community|forum|www\.docs)\./u.test(host)) return true;
	return PAGE_HOST_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}
// dist/patterns/dashboard-url/support/hosts.js
/** Labels of a vendor's own pages where a tenant would stand (docs.…, www.…, status.…): the vendor's, not a customer's. */
const VENDOR_PAGE_LABELS = /* @__PURE__ */ new Set([
	"docs",
	"doc",
	"www",
	"help",
	"support",
	"blog",
	"status",
	"community",
	"developer",
	"developers",
	"learn",
	"cloud",
	"app",
	"api"
]);
/** True when a tenant label (first host label, org slug, site name) is missing or one of the vendor's own pages. */
function isVendorPageLabel(label) {
	return label === void 0 || label.length === 0 || VENDOR_PAGE_LABELS.has(label.toLowerCase());
}
/** Vendor sites: marketing, documentation, public galleries and demos. */
const VENDOR_SITES = [
	"grafana.com",
	"grafana.org",
	"grafana.net",
	"raintank.io",
	"datadoghq.com",
	"datadoghq.eu",
	"elastic.co",
	"looker.com",
	"tableau.com",
	"metabase.com",
	"powerbi.microsoft.com",
	"newrelic.com",
	"splunk.com",
	"sentry.io",
	"sentry.dev"
];
/** Tenant-hosting subdomains of those vendors, which are not vendor sites. */
const TENANT_HOSTS = /\.(?:grafana\.net|datadoghq\.(?:com|eu)|online\.tableau\.com|looker\.com|sentry\.io|newrelic\.com)$/u;
const VENDOR_LABELS = /^(?:www|docs?|blog|help|support|community|learn|status|developers?|partners?|go|info|try|play|demo|public|university|academy|discuss|forum)\./u;
/** True for a vendor's own pages (grafana.com, docs.datadoghq.com, public.tableau.com, demo.elastic.co, …). */
function isVendorSite(host) {
	const lower = host.toLowerCase();
	for (const site of VENDOR_SITES) {
		if (lower === site) return true;
		if (!lower.endsWith(`.${site}`)) continue;
		if (VENDOR_LABELS.test(lower)) return true;
		if (!TENANT_HOSTS.test(lower)) return true;
	}
	return false;
}
/** The registry kind of documentation's stand-in hosts and host labels. */
const PART_KINDS = /* @__PURE__ */ new Set(["placeholder-part"]);
/** True when a free-form host names documentation's stand-in organisation (grafana.mycompany.com): asked of the engine's registry. */
function hasDocLabel(host, registry) {
	return registry?.match(`//${host.toLowerCase()}`, PART_KINDS) !== void 0;
}
// dist/patterns/dashboard-url/dashboard-url-key-value.js
const id$76 = "dashboard-url-key-value";
const TOOLS = [
	"dashboard",
	"grafana",
	"kibana",
	"datadog",
	"metabase",
	"looker",
	"tableau",
	"splunk",
	"newrelic",
	"powerbi",
	"monitoring",
	"observability"
];
/**
* A URL under a dashboard key (dashboard_url, grafanaLink, kibana_url, …).
* Vendor-shaped URLs are claimed by their own detectors first.
*/
var dashboard_url_key_value_default = defineDetector({
	id: id$76,
	name: "Dashboard URL under a dashboard key",
	category: "dashboard-url",
	severity: "error",
	description: "URLs with a path under dashboard key names (dashboard_url, grafanaLink, KIBANA_URL, monitoring_dashboard, …) on a non-reserved, non-vendor host.",
	regex: /(?<key>dashboards?(?:[_.-]?(?:url|uri|link|href))?|(?:grafana|kibana|datadog|metabase|looker|tableau|splunk|new[_-]?relic|power[_-]?bi|monitoring|observability)(?:[_.-]?(?:dashboard|board))?[_.-]?(?:url|uri|link|href)|(?:grafana|kibana|datadog|monitoring|observability)[_.-]?dashboard)["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>https?:\/\/[a-z0-9.-]{4,253}(?::\d{2,5})?\/[a-z0-9\-._~%!$&*+;=:@/?#]{1,1000})/iu,
	keywords: [
		...["dashboard", "dashboards"].flatMap((d) => [
			"\"",
			"'",
			":",
			"=",
			" =",
			" :"
		].map((end) => `${d}${end}`)),
		...TOOLS.flatMap((t) => [
			"_",
			"-",
			".",
			""
		].flatMap((sep) => [
			"url",
			"uri",
			"link",
			"href"
		].map((s) => `${t}${sep}${s}`))),
		"new_relic",
		"new-relic",
		"power_bi",
		"power-bi"
	],
	validate: (secret, { registry }) => {
		const { host, segments, fragment } = splitUrl(secret);
		if (isPageHost(host) || isVendorSite(host) || hasDocLabel(host, registry)) return false;
		if (segments.some((s) => /^(?:docs?|documentation|guides?|learn|tutorials?|blog)$/iu.test(s))) return false;
		return segments.length >= 2 || segments.length === 1 && /[0-9]/u.test(segments[0] ?? "") || fragment.length > 2;
	},
	samples: () => ({
		positive: [
			{
				key: "dashboard_url",
				value: `https://ops.brightpath-ops.io/boards/${randomString(`${id$76}1`, DIGITS, 4)}/billing-monitoring`
			},
			{
				key: "grafanaLink",
				value: `https://monitor.brightpath-ops.io/dash/${randomString(`${id$76}2`, ALPHA_NUM, 10)}`
			},
			{
				key: "KIBANA_URL",
				value: "https://search-logs.brightpath-ops.io/_plugin/kibana/app/dashboards"
			}
		],
		negative: [
			{
				key: "dashboard_url",
				value: "https://dashboard.example.com/d/abc123"
			},
			{
				key: "dashboard_url",
				value: "https://grafana.com/grafana/dashboards/1860-node-exporter-full/"
			},
			{
				key: "dashboard_url",
				value: "https://ops.brightpath-ops.io/"
			},
			{
				key: "dashboard_url",
				value: "{{ .Values.dashboard.url }}"
			},
			{
				key: "grafana_url",
				value: "https://docs.datadoghq.com/dashboards/"
			}
		]
	})
});
// dist/patterns/dashboard-url/support/samples.js
/**
* Sample helpers: hosts are joined from labels at run time so that no
* realistic URL sits in the source as one literal.
*/
/** Joins host labels with dots. */
const host = (...labels) => labels.join(".");
// dist/patterns/dashboard-url/datadog-dashboard-url.js
const id$75 = "datadog-dashboard-url";
/** First path segments of Datadog's product pages; account, settings and sign-up pages are not data. */
const PRODUCT_PATHS = /* @__PURE__ */ new Set([
	"dashboard",
	"screen",
	"notebook",
	"monitors",
	"monitor",
	"slo",
	"synthetics",
	"incidents",
	"incident",
	"apm",
	"logs",
	"rum",
	"security",
	"ci",
	"process",
	"infrastructure",
	"metric",
	"event",
	"containers",
	"orchestration",
	"cost",
	"watchdog",
	"profiling",
	"databases",
	"network",
	"functions",
	"error-tracking",
	"llm",
	"sb",
	"s"
]);
/** Dashboard and test ids (abc-def-ghi), numeric ids, 32-hex SLO ids. */
const ID_SEGMENT = /^(?:[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}|\d{3,15}|[a-f0-9]{32})$/u;
const ddId = (seed) => `${randomString(`${seed}a`, LOWER_NUM, 3)}-${randomString(`${seed}b`, LOWER_NUM, 3)}-${randomString(`${seed}c`, LOWER_NUM, 3)}`;
var datadog_dashboard_url_default = defineDetector({
	id: id$75,
	name: "Datadog dashboard URL",
	category: "dashboard-url",
	severity: "error",
	description: "Links into a Datadog organisation (app/us3/us5/ap1/eu/gov sites): dashboards, monitors, notebooks, log and APM queries, SLOs, incidents and public dashboard shares.",
	regex: /(?<secret>https:\/\/(?<host>(?:[a-z0-9-]{1,40}\.){1,2}datadoghq\.(?:com|eu)|app\.ddog-gov\.com)\/[a-z0-9\-._~%!$&*+;=:@/?#]{2,1000})/iu,
	keywords: [
		"datadoghq.com",
		"datadoghq.eu",
		"ddog-gov.com"
	],
	validate: (secret, { groups }) => {
		if (isVendorSite(groups.host ?? "")) return false;
		const { segments, params, fragment } = splitUrl(secret);
		const product = (segments[0] ?? "").toLowerCase();
		if (!PRODUCT_PATHS.has(product)) return false;
		if (product === "sb" || product === "s") return segments.slice(1).some((s) => s.length >= 10);
		const ids = [...segments.slice(1).filter((s) => ID_SEGMENT.test(s)), .../^\d{3,15}$/u.test(fragment) ? [fragment] : []];
		if (ids.length > 0) return ids.some((s) => !hasSequentialRun(s));
		return params.some(([name, value]) => name.length > 0 && value.length > 0);
	},
	references: ["https://docs.datadoghq.com/dashboards/sharing/"],
	samples: () => ({
		positive: [
			`https://app.datadoghq.com/dashboard/${ddId(`${id$75}1`)}/checkout-service-overview?fromUser=false&refresh_mode=sliding`,
			`https://app.datadoghq.eu/monitors/${randomString(`${id$75}2`, DIGITS, 8)}`,
			`https://${host("us5", "datadoghq", "com")}/logs?query=service%3Acavra-api%20status%3Aerror&from_ts=1767225600000`,
			`https://p.datadoghq.com/sb/${randomString(`${id$75}3`, LOWER_NUM, 8)}-${randomString(`${id$75}4`, ALPHA_NUM, 32)}`,
			`https://brightpath.datadoghq.com/notebook/${randomString(`${id$75}5`, DIGITS, 7)}/incident-review`,
			`https://app.datadoghq.com/apm/services/billing-${randomString(`${id$75}6`, LOWER_NUM, 6)}/operations/kafka.consume?env=prod`
		],
		negative: [
			"https://docs.datadoghq.com/dashboards/",
			"https://app.datadoghq.com/",
			"https://app.datadoghq.com/dashboard/lists",
			"https://app.datadoghq.com/dashboard/abc-def-ghi",
			"https://app.datadoghq.com/monitors/manage",
			"https://api.datadoghq.com/api/v1/dashboard",
			"https://app.datadoghq.com/organization-settings/api-keys",
			"https://app.datadoghq.com/signup?utm_source=docs",
			"https://app.datadoghq.com/monitors/1234567"
		]
	})
});
// dist/patterns/escalation-webhook/support/samples.js
/** A version-4 GUID built from a seed, for samples. */
const guid = (seed) => [
	randomString(`${seed}a`, HEX, 8),
	randomString(`${seed}b`, HEX, 4),
	`4${randomString(`${seed}c`, HEX, 3)}`,
	`a${randomString(`${seed}d`, HEX, 3)}`,
	randomString(`${seed}e`, HEX, 12)
].join("-");
// dist/patterns/dashboard-url/elastic-cloud-url.js
const id$74 = "elastic-cloud-url";
var elastic_cloud_url_default = defineDetector({
	id: id$74,
	name: "Elastic Cloud deployment URL",
	category: "dashboard-url",
	severity: "error",
	description: "Elastic Cloud deployment endpoints (Kibana and Elasticsearch on *.found.io, *.elastic-cloud.com, *.cloud.es.io) named by a cluster id or a deployment alias.",
	regex: /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}\.(?:found\.io|elastic-cloud\.com|cloud\.es\.io))(?::\d{2,5})?(?:\/[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})?)/iu,
	keywords: [
		"found.io",
		"elastic-cloud.com",
		"cloud.es.io"
	],
	validate: (_secret, { groups }) => {
		const label = (groups.host ?? "").toLowerCase().split(".")[0] ?? "";
		if (/^[0-9a-f]{32}$/u.test(label)) return shannonEntropy(label) >= 3;
		return /^[a-z0-9-]{1,50}-[0-9a-f]{6}$/u.test(label) && shannonEntropy(label.slice(-6)) >= 1.5;
	},
	references: ["https://www.elastic.co/guide/en/cloud/current/ec-find-endpoint.html"],
	samples: () => ({
		positive: [
			`https://${randomString(`${id$74}1`, HEX, 32)}.us-east-1.aws.found.io:9243`,
			`https://prod-logs-${randomString(`${id$74}2`, HEX, 6)}.kb.europe-west1.gcp.cloud.es.io/app/dashboards#/view/${guid(`${id$74}3`)}`,
			`https://${randomString(`${id$74}4`, HEX, 32)}.westeurope.azure.elastic-cloud.com:9243/app/kibana`
		],
		negative: [
			"https://my-deployment.kb.us-east-1.aws.found.io:9243",
			"https://<cluster-id>.us-east-1.aws.found.io:9243",
			"https://cloud.elastic.co/deployments",
			"https://00000000000000000000000000000000.us-east-1.aws.found.io:9243"
		]
	})
});
// dist/patterns/dashboard-url/generic-internal-host-url.js
const id$73 = "generic-internal-host-url";
/** Private top-level names: RFC 6762 appendix G and common practice. */
const PRIVATE_TLDS = [
	"internal",
	"corp",
	"intranet",
	"lan"
];
/** Well-known internal names that are the same everywhere, so they reveal nothing. */
const SHARED_INTERNAL = /(?:^|\.)(?:metadata\.google\.internal|docker\.internal|ec2\.internal|compute\.internal|cluster\.internal)$/u;
/**
* Public services whose hosts carry prod / production labels (CDNs, clouds,
* SaaS APIs): their production endpoints are public, not the project's.
*/
const PUBLIC_PROD_SUFFIXES = [
	"amazonaws.com",
	"aws.dev",
	"cloudfront.net",
	"azure.com",
	"azure.net",
	"azureedge.net",
	"azurewebsites.net",
	"windows.net",
	"microsoft.com",
	"office.com",
	"office365.com",
	"live.com",
	"visualstudio.com",
	"azure-api.net",
	"googleapis.com",
	"google.com",
	"gstatic.com",
	"googleusercontent.com",
	"appspot.com",
	"run.app",
	"akamai.net",
	"akamaized.net",
	"akamaihd.net",
	"edgekey.net",
	"edgesuite.net",
	"fastly.net",
	"fastlylb.net",
	"cloudflare.com",
	"cloudflare.net",
	"website-files.com",
	"webflow.com",
	"salesforce.com",
	"force.com",
	"adobe.com",
	"adobe.io",
	"apple.com",
	"icloud.com",
	"atlassian.net",
	"atlassian.com",
	"github.com",
	"githubusercontent.com",
	"gitlab.com",
	"docker.com",
	"docker.io",
	"npmjs.org",
	"npmjs.com",
	"yarnpkg.com",
	"jfrog.io",
	"hashicorp.com",
	"mongodb.net",
	"herokuapp.com",
	"heroku.com",
	"vercel.app",
	"netlify.app",
	"mozilla.org",
	"mozilla.net",
	"mozaws.net",
	"ubuntu.com",
	"spotify.com",
	"scdn.co",
	"twitch.tv",
	"ttvnw.net",
	"shopify.com",
	"shopifycdn.com",
	"segment.com",
	"segment.io",
	"datadoghq.com",
	"grafana.net",
	"newrelic.com",
	"sentry.io",
	"logic.azure.com",
	"online.tableau.com",
	"snowflakecomputing.com",
	"okta.com",
	"auth0.com",
	"twilio.com",
	"stripe.com",
	"paypal.com",
	"zoom.us",
	"slack.com",
	"slack-edge.com",
	"aws",
	"amazon",
	"google",
	"microsoft",
	"azure"
];
/** Drops leading and trailing dots of a configured domain. */
function trimDots(value) {
	let start = 0;
	let end = value.length;
	while (start < end && value.charAt(start) === ".") start++;
	while (end > start && value.charAt(end - 1) === ".") end--;
	return value.slice(start, end);
}
const isUnder = (host, suffix) => host === suffix || host.endsWith(`.${suffix}`);
/** True when a host is internal or production by name: a private TLD or a prod label over a registrable domain. */
function isInternalByName(host) {
	const labels = host.split(".");
	const tld = labels[labels.length - 1] ?? "";
	if (PRIVATE_TLDS.includes(tld)) return labels.length >= 3 && !SHARED_INTERNAL.test(host);
	if (labels.length < 3 || PUBLIC_PROD_SUFFIXES.some((suffix) => isUnder(host, suffix))) return false;
	return labels.slice(0, -2).some((label, i) => label === "prod" || label === "production" || i === 0 && /^prod(?:uction)?-[a-z0-9]/u.test(label));
}
/**
* URLs on internal and production hosts: the configured internal domains
* (settings.internalDomains, matched even without a scheme) and, in URLs,
* private TLDs (.internal, .corp, .intranet, .lan) and prod / production
* labels. The value is the host and path; a more specific detector on the
* same URL wins.
*/
function genericInternalHostUrl(settings = DEFAULT_CATALOG_SETTINGS) {
	const domains = settings.internalDomains.map((d) => trimDots(d.toLowerCase())).filter((d) => /^[a-z0-9.-]{3,253}$/u.test(d));
	const isConfigured = (host) => domains.some((d) => isUnder(host, d));
	return defineDetector({
		id: id$73,
		name: "Internal or production host URL",
		category: "dashboard-url",
		severity: "error",
		description: `URLs on internal and production hosts: ${domains.join(", ")}, private TLDs (.internal, .corp, .intranet, .lan) and prod / production host labels.`,
		regex: /(?<![a-z0-9.@-])(?<scheme>[a-z][a-z0-9+.-]{1,15}:\/\/(?:[^\s/@"'<>]{1,200}@)?)?(?<secret>(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?(?:\/[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})?)(?![a-z0-9.-])/iu,
		evidence: "key",
		keywords: [
			...domains,
			...PRIVATE_TLDS.flatMap((tld) => tld === "lan" ? [
				"/",
				":",
				"\"",
				"'",
				"`",
				")",
				" ",
				"\n",
				"\r",
				">",
				",",
				";"
			].map((c) => `.lan${c}`) : [`.${tld}`]),
			".prod.",
			"//prod.",
			"//prod-",
			"@prod-",
			".production.",
			"//production.",
			"//production-"
		],
		validate: (secret, { groups, line, match, registry }) => {
			const host = (groups.host ?? "").toLowerCase();
			const at = line.indexOf(match);
			if (at !== -1 && /^["'`][ \t]{0,4}\+/u.test(line.slice(at + match.length, at + match.length + 8))) return false;
			if (groups.scheme === void 0) return isConfigured(host) && (!domains.includes(host) || secret.length > host.length);
			return isConfigured(host) || isInternalByName(host) && !hasDocLabel(host, registry);
		},
		samples: () => ({
			positive: [
				`https://${host("ops", "cavra", "io")}/runbooks/escalation-drill#${randomString(`${id$73}1`, LOWER_NUM, 6)}`,
				`${host("db-primary", "cavra", "internal")}:5432`,
				`https://${host("grafana", "prod", "brightpath-ops", "io")}/alerting/list?search=${randomString(`${id$73}2`, LOWER_NUM, 8)}`,
				`http://${host("billing-worker", "eng", "corp")}:8080/healthz`,
				`https://prod-api-${randomString(`${id$73}3`, DIGITS, 2)}.${host("brightpath-ops", "io")}/v1/tenants`
			],
			negative: [
				"http://metadata.google.internal/computeMetadata/v1/instance/id",
				"http://host.docker.internal:3000/api",
				"https://cdn.prod.website-files.com/5f2b1a/app.css",
				`https://catalog.us-east-1.prod.workshops.aws/workshops/${randomString(`${id$73}5`, LOWER_NUM, 8)}/en-US`,
				"https://api.example.com/v1/prod/status",
				`https://prod-${randomString(`${id$73}4`, DIGITS, 2)}.westeurope.logic.azure.com/workflows/list`,
				"this.internal.value = settings.internal.value;",
				"'https://attacker.com\\\\@api.internal'",
				"'https://bcid.corp' + '.google.com/reference/v0.1'",
				"'https://artifacts.build.corp' + '.vendor-cdn.net/v1/index'",
				"http://billing-worker.corp:8080/healthz",
				"postgres://prod-db.acme.com/api",
				"http://host.testcontainers.internal:5432/test"
			]
		})
	});
}
// dist/patterns/dashboard-url/grafana-dashboard-url.js
const id$72 = "grafana-dashboard-url";
/** Grafana Cloud's shared ingestion endpoints under grafana.net: not anyone's dashboard. */
const CLOUD_ENDPOINT = /^(?:prometheus|logs|tempo|otlp|profiles|mimir|loki|alertmanager|graphite|influx|pyroscope|faro|synthetic-monitoring)-/u;
var grafana_dashboard_url_default = defineDetector({
	id: id$72,
	name: "Grafana dashboard URL",
	category: "dashboard-url",
	severity: "error",
	description: "Links into a Grafana Cloud stack (<stack>.grafana.net) or a self-hosted Grafana (grafana.<domain>, /grafana/ path): dashboards, panels, short links, Explore, alerting and public dashboards.",
	regex: /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?(?<prefix>\/grafana)?\/(?:d(?:-solo)?\/[a-z0-9_-]{2,40}|goto\/[a-z0-9_-]{4,40}|explore\?[a-z0-9%]|public-dashboards\/[a-f0-9]{32}|dashboard\/snapshot\/[a-z0-9]{10,40}|alerting\/grafana\/[a-z0-9_-]{6,40}|dashboards\/f\/[a-z0-9_-]{4,40})[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
	keywords: ["grafana"],
	validate: (_secret, { groups, registry }) => {
		const host = (groups.host ?? "").toLowerCase();
		if (isVendorSite(host) || isPageHost(host) || hasDocLabel(host, registry)) return false;
		if (host.endsWith(".grafana.net")) return !CLOUD_ENDPOINT.test(host) && !isVendorPageLabel(host.split(".")[0]);
		return host.includes("grafana") || groups.prefix !== void 0;
	},
	references: ["https://grafana.com/docs/grafana/latest/dashboards/share-dashboards-panels/"],
	samples: () => ({
		positive: [
			`https://brightpath.grafana.net/d/${randomString(`${id$72}1`, ALPHA_NUM, 9)}/api-latency?orgId=1&from=now-6h&to=now`,
			`https://grafana.ops.brightpath-ops.io/d/${randomString(`${id$72}2`, ALPHA_NUM, 14)}/checkout-service`,
			`https://monitoring.brightpath-ops.io/grafana/goto/${randomString(`${id$72}3`, ALPHA_NUM, 9)}?orgId=1`,
			`https://brightpathops.grafana.net/public-dashboards/${randomString(`${id$72}4`, HEX, 32)}`,
			`https://grafana-prod.cavra.io:3000/d-solo/${randomString(`${id$72}5`, ALPHA_NUM, 9)}/ingest?panelId=${randomString(`${id$72}6`, DIGITS, 2)}`
		],
		negative: [
			"https://grafana.com/docs/grafana/latest/dashboards/",
			"https://grafana.com/grafana/dashboards/1860-node-exporter-full/",
			"https://play.grafana.org/d/000000012/grafana-play-home",
			`https://grafana.example.com/d/${randomString(`${id$72}7`, ALPHA_NUM, 9)}/my-dashboard`,
			`http://localhost:3000/d/${randomString(`${id$72}8`, ALPHA_NUM, 9)}/overview`,
			"https://prometheus-prod-10-prod-us-central-0.grafana.net/api/prom/push",
			`https://your-stack.grafana.net/d/${randomString(`${id$72}9`, ALPHA_NUM, 9)}/overview`,
			`https://grafana.mycompany.com/d/${randomString(`${id$72}10`, ALPHA_NUM, 9)}/overview`
		]
	})
});
// dist/patterns/dashboard-url/kibana-dashboard-url.js
const id$71 = "kibana-dashboard-url";
var kibana_dashboard_url_default = defineDetector({
	id: id$71,
	name: "Kibana dashboard URL",
	category: "dashboard-url",
	severity: "error",
	description: "Kibana dashboard, Discover, Lens and visualization links (/app/dashboards#/view/<id>, /app/kibana#/dashboard/<id>, …) on a non-reserved, non-vendor host.",
	regex: /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?(?:\/[a-z0-9_-]{1,40}){0,3}\/app\/(?:kibana#\/(?:dashboard|discover|visualize\/edit)|dashboards#\/view|discover#\/view|visualize#\/edit|lens#\/edit)\/[a-z0-9_-]{6,64}[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
	keywords: [
		"/app/kibana#",
		"/app/dashboards#",
		"/app/discover#",
		"/app/visualize#",
		"/app/lens#"
	],
	validate: (_secret, { groups, registry }) => {
		const host = (groups.host ?? "").toLowerCase();
		return !isVendorSite(host) && !isPageHost(host) && !hasDocLabel(host, registry);
	},
	references: ["https://www.elastic.co/guide/en/kibana/current/dashboard.html"],
	samples: () => ({
		positive: [
			`https://kibana.ops.brightpath-ops.io/app/dashboards#/view/${guid(`${id$71}1`)}?_g=(time:(from:now-24h,to:now))`,
			`https://logs.cavra.io/s/support/app/discover#/view/${guid(`${id$71}2`)}`,
			`https://search.brightpath-ops.io:5601/app/kibana#/dashboard/${guid(`${id$71}3`)}`
		],
		negative: [
			"https://www.elastic.co/guide/en/kibana/current/dashboard.html",
			`https://demo.elastic.co/app/dashboards#/view/${guid(`${id$71}4`)}`,
			`http://localhost:5601/app/dashboards#/view/${guid(`${id$71}5`)}`,
			`https://kibana.brightpath-ops.io/app/home#/tutorial/${randomString(`${id$71}6`, LOWER_NUM, 12)}`,
			"https://kibana.example.com/app/dashboards#/view/722b74f0-b882-11e8-a6d9-e546fe2bba5f"
		]
	})
});
// dist/patterns/dashboard-url/looker-dashboard-url.js
const id$70 = "looker-dashboard-url";
var looker_dashboard_url_default = defineDetector({
	id: id$70,
	name: "Looker dashboard URL",
	category: "dashboard-url",
	severity: "error",
	description: "Links into a Looker instance (<company>.looker.com, <company>.cloud.looker.com): dashboards, Looks, Explores and short links.",
	regex: /(?<secret>https:\/\/(?<host>[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63})?\.looker\.com)(?::\d{2,5})?\/(?:embed\/)?(?:dashboards(?:-next)?|looks|explore|x)\/[a-z0-9_:-]{1,100}[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
	keywords: ["looker.com"],
	validate: (_secret, { groups }) => {
		const host = (groups.host ?? "").toLowerCase();
		return !isVendorSite(host) && !isVendorPageLabel(host.split(".")[0]);
	},
	references: ["https://cloud.google.com/looker/docs/sharing-and-publishing"],
	samples: () => ({
		positive: [
			`https://brightpath.looker.com/dashboards/${randomString(`${id$70}1`, DIGITS, 3)}?Region=EMEA`,
			`https://brightpathops.cloud.looker.com/looks/${randomString(`${id$70}2`, DIGITS, 4)}`,
			`https://${host("cavra", "eu", "looker", "com")}/dashboards/billing_model::renewals_overview`,
			`https://${host("brightpath", "looker", "com")}/explore/billing/invoices?qid=${randomString(`${id$70}3`, DIGITS, 9)}`
		],
		negative: [
			"https://cloud.google.com/looker/docs/creating-user-defined-dashboards",
			`https://mycompany.looker.com/dashboards/${randomString(`${id$70}4`, DIGITS, 3)}`,
			`https://instance_name.looker.com/looks/${randomString(`${id$70}5`, DIGITS, 3)}`,
			"https://docs.looker.com/dashboards/creating-lookml-dashboards",
			"https://brightpath.looker.com/"
		]
	})
});
// dist/patterns/dashboard-url/metabase-dashboard-url.js
const id$69 = "metabase-dashboard-url";
var metabase_dashboard_url_default = defineDetector({
	id: id$69,
	name: "Metabase dashboard URL",
	category: "dashboard-url",
	severity: "error",
	description: "Metabase dashboards, questions and collections on a Metabase host (metabase.<domain>, *.metabaseapp.com), and public or embedded Metabase links on any host.",
	regex: /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?(?:\/[a-z0-9_-]{1,40}){0,2}\/(?:(?<numbered>dashboard|question|collection)\/\d{1,7}(?:-[a-z0-9-]{1,100})?(?![a-z0-9_])|public\/(?:dashboard|question)\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|embed\/(?:dashboard|question)\/eyJ[a-z0-9_.-]{10,2000})[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
	keywords: [
		"metabase",
		"/public/dashboard/",
		"/public/question/",
		"/embed/dashboard/eyj",
		"/embed/question/eyj"
	],
	validate: (_secret, { groups, registry }) => {
		const host = (groups.host ?? "").toLowerCase();
		if (isVendorSite(host) || isPageHost(host) || hasDocLabel(host, registry)) return false;
		return groups.numbered === void 0 || host.includes("metabase");
	},
	references: ["https://www.metabase.com/docs/latest/embedding/public-links"],
	samples: () => ({
		positive: [
			`https://metabase.brightpath-ops.io/dashboard/${randomString(`${id$69}1`, DIGITS, 3)}-renewals-by-region`,
			`https://brightpath.metabaseapp.com/question/${randomString(`${id$69}2`, DIGITS, 4)}`,
			`https://bi.cavra.io/public/dashboard/${guid(`${id$69}3`)}`,
			`https://metabase.internal-bi.net:3000/collection/${randomString(`${id$69}4`, DIGITS, 2)}`
		],
		negative: [
			"https://www.metabase.com/docs/latest/dashboards/introduction",
			`https://metabase.example.com/dashboard/${randomString(`${id$69}5`, DIGITS, 2)}`,
			`https://app.brightpath-ops.io/dashboard/${randomString(`${id$69}6`, DIGITS, 3)}`,
			"http://localhost:3000/public/dashboard/0e2e8a2e-4c8f-4b4c-9d59-0a4b9d3c2f11",
			"https://metabase.brightpath-ops.io/"
		]
	})
});
// dist/patterns/dashboard-url/newrelic-dashboard-url.js
const id$68 = "newrelic-dashboard-url";
/** New Relic entity GUIDs are base64 of `<account>|<domain>|<type>|<id>`. */
const ENTITY = /^\d{4,12}\|[A-Z]{2,12}\|[A-Z0-9_]{2,40}\|[A-Za-z0-9_=+/-]{1,200}$/u;
/** Base64 of an entity GUID, as New Relic prints it (no padding). */
const entityGuid = (account, domain, type, entity) => Buffer.from(`${account}|${domain}|${type}|${entity}`, "latin1").toString("base64url");
/** True when `value` is, or holds as base64 JSON, an entity GUID. */
function holdsEntityGuid(value) {
	for (const token of value.split(/[^A-Za-z0-9+/_=-]/u).filter((t) => t.length >= 16 && t.length <= 600)) {
		const text = Buffer.from(token.replace(/-/gu, "+").replace(/_/gu, "/"), "base64").toString("latin1");
		if (ENTITY.test(text)) return true;
		const nested = /"(?:entityGuid|dashboardGuid|entityId)"\s*:\s*"(?<guid>[A-Za-z0-9+/=_-]{16,400})"/u.exec(text)?.groups?.guid;
		if (nested !== void 0 && ENTITY.test(Buffer.from(nested, "base64").toString("latin1"))) return true;
	}
	return false;
}
var newrelic_dashboard_url_default = defineDetector({
	id: id$68,
	name: "New Relic dashboard URL",
	category: "dashboard-url",
	severity: "error",
	description: "Links into a New Relic account: one.newrelic.com / one.eu.newrelic.com pages that name an entity or dashboard GUID, legacy rpm/insights account links and onenr.io share links.",
	regex: /(?<secret>https:\/\/(?:(?<one>one\.(?:eu\.)?newrelic\.com)\/[a-z0-9\-._~%!$&*+;=:@/?#]{1,2000}|(?:rpm|insights|infrastructure|alerts|synthetics)\.(?:eu\.)?newrelic\.com\/accounts\/\d{4,10}(?:\/[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})?|onenr\.io\/[a-z0-9]{8,20}))(?![a-z0-9\-._~%!$&*+;=:@/?#])/iu,
	keywords: ["newrelic.com", "onenr.io"],
	validate: (secret, { groups }) => {
		if (groups.one === void 0) return true;
		const { segments, params } = splitUrl(secret);
		if (segments.some(holdsEntityGuid) || params.some(([, value]) => holdsEntityGuid(value))) return true;
		const account = params.find(([name]) => name === "account")?.[1] ?? "";
		return segments.length >= 2 && /^[1-9]\d{4,9}$/u.test(account) && !hasSequentialRun(account);
	},
	references: ["https://docs.newrelic.com/docs/new-relic-solutions/new-relic-one/core-concepts/what-entity-new-relic/"],
	samples: () => ({
		positive: [
			`https://one.newrelic.com/dashboards/detail/${entityGuid(`3${randomString(`${id$68}1`, DIGITS, 6)}`, "VIZ", "DASHBOARD", `4${randomString(`${id$68}2`, DIGITS, 7)}`)}?account=3${randomString(`${id$68}3`, DIGITS, 6)}`,
			`https://one.eu.newrelic.com/redirect/entity/${entityGuid(`2${randomString(`${id$68}4`, DIGITS, 6)}`, "APM", "APPLICATION", `1${randomString(`${id$68}5`, DIGITS, 8)}`)}`,
			`https://rpm.newrelic.com/accounts/1${randomString(`${id$68}6`, DIGITS, 6)}/applications/${randomString(`${id$68}7`, DIGITS, 8)}`,
			`https://onenr.io/0${randomString(`${id$68}8`, ALPHA_NUM, 10)}`,
			`https://one.newrelic.com/nr1-core/apm/overview/${randomString(`${id$68}9`, ALPHA_NUM, 48)}?account=2${randomString(`${id$68}10`, DIGITS, 6)}`
		],
		negative: [
			"https://one.newrelic.com/",
			"https://docs.newrelic.com/docs/query-your-data/explore-query-data/dashboards/introduction-dashboards/",
			"https://one.newrelic.com/launcher/dashboards.launcher",
			"https://one.newrelic.com/dashboards/detail/<dashboard-guid>",
			"https://newrelic.com/platform/dashboards",
			"https://one.newrelic.com/nr1-core/apm/overview?account=YOUR_ACCOUNT_ID",
			"https://one.newrelic.com/logger?account=1234567",
			"https://one.newrelic.com/data-exploration/query-builder?account=<account-id>"
		]
	})
});
// dist/patterns/dashboard-url/powerbi-report-url.js
const id$67 = "powerbi-report-url";
const GUID = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/iu;
const REPORT_KINDS = /* @__PURE__ */ new Set([
	"reports",
	"dashboards",
	"datasets",
	"dataflows",
	"rdlreports",
	"scorecards",
	"apps",
	"lineage"
]);
var powerbi_report_url_default = defineDetector({
	id: id$67,
	name: "Power BI report URL",
	category: "dashboard-url",
	severity: "error",
	description: "Links to Power BI reports, dashboards, datasets and apps in a workspace (app.powerbi.com/groups/<workspace>/…/<id>), embed links and share links.",
	regex: /(?<secret>https:\/\/app\.(?:(?:high\.|mil\.)?powerbigov\.us|powerbi\.com|powerbi\.cn)\/[a-z0-9/_.%-]{1,400}(?:\?[a-z0-9%&=._~;-]{0,800})?)/iu,
	keywords: [
		"app.powerbi.com",
		"powerbigov.us",
		"app.powerbi.cn"
	],
	validate: (secret) => {
		const { segments, params } = splitUrl(secret);
		const [first, workspace, kind, item] = segments.map((s) => s.toLowerCase());
		let ids;
		if (first === "groups" && workspace !== void 0 && kind !== void 0 && item !== void 0) {
			if (!REPORT_KINDS.has(kind) || workspace !== "me" && !GUID.test(workspace) || !GUID.test(item)) return false;
			ids = workspace === "me" ? [item] : [workspace, item];
		} else if (first === "reportembed") {
			ids = params.filter(([name, value]) => name === "reportid" && GUID.test(value)).map(([, value]) => value);
			if (ids.length === 0) return false;
		} else if (first === "links") return segments.length === 2 && /^[A-Za-z0-9_-]{8,40}$/u.test(workspace ?? "");
		else return false;
		return ids.every((g) => shannonEntropy(g) >= 3);
	},
	references: ["https://learn.microsoft.com/en-us/power-bi/collaborate-share/service-share-dashboards"],
	samples: () => ({
		positive: [
			`https://app.powerbi.com/groups/${guid(`${id$67}1`)}/reports/${guid(`${id$67}2`)}/ReportSection?experience=power-bi`,
			`https://app.powerbi.com/groups/me/dashboards/${guid(`${id$67}3`)}`,
			`https://app.powerbi.com/reportEmbed?reportId=${guid(`${id$67}4`)}&autoAuth=true&ctid=${guid(`${id$67}5`)}`,
			`https://app.powerbi.com/links/${randomString(`${id$67}6`, ALPHA_NUM, 10)}?ctid=${guid(`${id$67}7`)}`
		],
		negative: [
			"https://app.powerbi.com/",
			"https://app.powerbi.com/groups/me/list",
			"https://app.powerbi.com/groups/00000000-0000-0000-0000-000000000000/reports/00000000-0000-0000-0000-000000000000",
			"https://app.powerbi.com/groups/{workspaceId}/reports/{reportId}",
			"https://learn.microsoft.com/en-us/power-bi/create-reports/"
		]
	})
});
// dist/patterns/dashboard-url/sentry-issue-url.js
const id$66 = "sentry-issue-url";
var sentry_issue_url_default = defineDetector({
	id: id$66,
	name: "Sentry issue URL",
	category: "dashboard-url",
	severity: "error",
	description: "Links to issues in an organisation's Sentry (<org>.sentry.io/issues/<n>, sentry.io/organizations/<org>/issues/<n>, share links, self-hosted sentry.<domain>) and its issue streams and dashboards pinned to a project.",
	regex: /(?<secret>https:\/\/(?:(?<sub>[a-z0-9-]{1,63})\.sentry\.io\/(?:issues\/(?<n1>\d{1,15})|share\/issue\/[a-f0-9]{32})|(?<host>sentry(?:\.[a-z0-9-]{1,63}){1,6})\/organizations\/(?<org>[a-z0-9_-]{1,63})\/issues\/(?<n2>\d{1,15})|sentry\.io\/(?<legacy>[a-z0-9_-]{1,63})\/[a-z0-9_-]{1,63}\/issues\/(?<n3>\d{1,15})|(?<sub2>[a-z0-9-]{1,63})\.sentry\.io\/(?<page>issues|discover|performance|dashboards?|alerts|releases|explore|insights)\/)[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
	keywords: ["sentry.io", "//sentry."],
	validate: (secret, { groups, registry }) => {
		const org = groups.sub ?? groups.org ?? groups.legacy ?? groups.sub2;
		if (groups.page !== void 0) {
			const id = /[?&]project=(?<p>\d{4,20})(?!\d)|\/dashboard\/(?<d>\d{2,12})(?!\d)/u.exec(secret)?.groups;
			const number = id?.p ?? id?.d;
			return !isVendorPageLabel(org) && number !== void 0 && !hasSequentialRun(number);
		}
		if (isVendorPageLabel(org) || groups.host !== void 0 && (isPageHost(groups.host.toLowerCase()) || hasDocLabel(groups.host, registry))) return false;
		const issue = groups.n1 ?? groups.n2 ?? groups.n3;
		return issue === void 0 || !hasSequentialRun(issue);
	},
	references: ["https://docs.sentry.io/product/issues/"],
	samples: () => ({
		positive: [
			`https://${host("brightpath", "sentry", "io")}/issues/4${randomString(`${id$66}1`, DIGITS, 9)}/?project=4${randomString(`${id$66}2`, DIGITS, 15)}`,
			`https://sentry.io/organizations/${host("brightpath-ops")}/issues/2${randomString(`${id$66}3`, DIGITS, 9)}/events/${randomString(`${id$66}4`, HEX, 32)}/`,
			`https://${host("sentry", "ops", "cavra", "io")}/organizations/cavra/issues/${randomString(`${id$66}5`, DIGITS, 5)}/`,
			`https://brightpath.sentry.io/share/issue/${randomString(`${id$66}6`, HEX, 32)}/`,
			`https://${host("haugland", "sentry", "io")}/issues/?project=4${randomString(`${id$66}7`, DIGITS, 15)}&query=is%3Aunresolved`,
			`https://${host("varga-tools", "sentry", "io")}/dashboard/${randomString(`${id$66}8`, "123456789", 5)}/?statsPeriod=24h`
		],
		negative: [
			"https://sentry.io/welcome/",
			"https://docs.sentry.io/product/issues/issue-details/",
			"https://sentry.io/organizations/my-org/issues/123456/",
			"https://your-org.sentry.io/issues/1234567890/",
			"https://sentry.example.com/organizations/cavra/issues/4821/",
			"https://your-org.sentry.io/issues/?project=4506227715284992",
			"https://brightpath.sentry.io/issues/?query=is%3Aunresolved",
			"https://brightpath.sentry.io/discover/homepage/"
		]
	})
});
// dist/patterns/dashboard-url/splunk-dashboard-url.js
const id$65 = "splunk-dashboard-url";
var splunk_dashboard_url_default = defineDetector({
	id: id$65,
	name: "Splunk dashboard URL",
	category: "dashboard-url",
	severity: "error",
	description: "Links to apps, dashboards and searches on Splunk Cloud (<stack>.splunkcloud.com) or a self-hosted Splunk (/<locale>/app/<app>/<view>).",
	regex: /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?\/(?<locale>[a-z]{2}-[a-z]{2}\/)?app\/[a-z0-9_.-]{1,80}\/[a-z0-9_.-]{1,120}[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
	keywords: [
		"splunk",
		"/en-us/app/",
		"/en-gb/app/",
		"/de-de/app/",
		"/fr-fr/app/",
		"/ja-jp/app/"
	],
	validate: (_secret, { groups, registry }) => {
		const host = (groups.host ?? "").toLowerCase();
		if (isVendorSite(host) || isPageHost(host) || hasDocLabel(host, registry)) return false;
		if (host.endsWith(".splunkcloud.com")) return !isVendorPageLabel(host.split(".")[0]);
		return host.includes("splunk") || groups.locale !== void 0;
	},
	references: ["https://docs.splunk.com/Documentation/SplunkCloud/latest/Admin/ConfigureSplunkCloudPlatform"],
	samples: () => ({
		positive: [
			`https://${host("brightpath", "splunkcloud", "com")}/en-US/app/search/checkout_errors?form.time.earliest=-24h`,
			`https://${host("splunk", "ops", "brightpath-ops", "io")}:8000/en-GB/app/cavra_ops/incident_overview`,
			`https://prd-p-${randomString(`${id$65}1`, LOWER_NUM, 5)}.splunkcloud.com/en-US/app/search/search?q=search%20index%3D${randomString(`${id$65}2`, LOWER_NUM, 6)}`,
			`https://${host("logs", "cavra", "io")}/en-US/app/soc/escalations`
		],
		negative: [
			"https://docs.splunk.com/Documentation/Splunk/latest/Viz/CreateDashboards",
			"https://splunkbase.splunk.com/app/1876",
			"http://localhost:8000/en-US/app/search/search",
			"https://your-stack.splunkcloud.com/en-US/app/search/search",
			"https://play.google.com/store/apps/details?id=com.splunk.mobile"
		]
	})
});
// dist/patterns/dashboard-url/tableau-dashboard-url.js
const id$64 = "tableau-dashboard-url";
var tableau_dashboard_url_default = defineDetector({
	id: id$64,
	name: "Tableau view URL",
	category: "dashboard-url",
	severity: "error",
	description: "Links to views and workbooks on Tableau Cloud (*.online.tableau.com/#/site/<site>/views/…) or a self-hosted Tableau Server (tableau.<domain>/…/views/…); Tableau Public is not a finding.",
	regex: /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?\/(?:#\/)?(?:(?:site|t)\/(?<site>[a-z0-9_-]{1,100})\/)?(?:views|workbooks)\/[a-z0-9_%.-]{1,200}[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
	keywords: ["tableau"],
	validate: (_secret, { groups, registry }) => {
		const host = (groups.host ?? "").toLowerCase();
		if (!host.includes("tableau") || isVendorSite(host) || isPageHost(host) || hasDocLabel(host, registry)) return false;
		return groups.site === void 0 || !isVendorPageLabel(groups.site);
	},
	references: ["https://help.tableau.com/current/pro/desktop/en-us/shareworkbooks.htm"],
	samples: () => ({
		positive: [
			`https://prod-useast-b.online.tableau.com/#/site/brightpath${randomString(`${id$64}1`, LOWER_NUM, 4)}/views/Renewals/Overview?:iid=1`,
			`https://${host("10ax", "online", "tableau", "com")}/#/site/cavraops/workbooks/${randomString(`${id$64}2`, DIGITS, 6)}/views`,
			`https://${host("tableau", "brightpath-ops", "io")}/#/views/CustomerHealth/ChurnRisk`,
			`https://${host("tableau", "internal-bi", "net")}/t/Finance/views/ARR/ByRegion`
		],
		negative: [
			"https://public.tableau.com/views/Superstore_24/Overview",
			"https://help.tableau.com/current/pro/desktop/en-us/dashboards_create.htm",
			"https://prod-useast-b.online.tableau.com/#/site/mysite/views/Workbook/Sheet1",
			"https://tableau.example.com/#/views/Sales/Overview",
			"https://www.tableau.com/learn/tutorials"
		]
	})
});
// dist/patterns/dashboard-url/index.js
var dashboard_url_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$8 });
/** Detectors of the `dashboard-url` category. */
function detectors$8(settings) {
	return [
		dashboard_url_key_value_default,
		datadog_dashboard_url_default,
		elastic_cloud_url_default,
		genericInternalHostUrl(settings),
		grafana_dashboard_url_default,
		kibana_dashboard_url_default,
		looker_dashboard_url_default,
		metabase_dashboard_url_default,
		newrelic_dashboard_url_default,
		powerbi_report_url_default,
		sentry_issue_url_default,
		splunk_dashboard_url_default,
		tableau_dashboard_url_default
	];
}
// dist/patterns/enterprise-source/commercial-package-license.js
const id$63 = "commercial-package-license";
/**
* Package manifests that declare a commercial or proprietary licence: npm's
* `"license": "COMMERCIAL"`, `"UNLICENSED"` (no licence granted) or
* `"PROPRIETARY"` (a double-quoted JSON key: an object literal's
* `license: 'commercial'` describes something else), Python's `license = "Proprietary"` (or under `text`) and
* the `License :: Other/Proprietary License` classifier. Such a package is
* private source inside a public tree. Open licences, and the words in
* prose, are not.
*/
/** The object around `offset` is the value of a path key, as in package-lock.json's `packages` map. */
function inLockEntry(text, offset) {
	let depth = 0;
	for (let i = offset - 1, floor = Math.max(0, offset - 4096); i >= floor; i--) {
		const c = text.charCodeAt(i);
		if (c === 125) depth++;
		else if (c === 123) {
			if (depth === 0) return /"(?:node_modules\/|[^"\n]{0,200}\/)[^"\n]{0,200}"[ \t]{0,4}:[ \t]{0,4}$/u.test(text.slice(Math.max(0, i - 300), i));
			depth--;
		}
	}
	return false;
}
var commercial_package_license_default = defineDetector({
	id: id$63,
	name: "Commercial package licence",
	category: "enterprise-source",
	severity: "error",
	description: "Package manifests (package.json, pyproject.toml, setup.cfg) that declare a commercial, proprietary or unlicensed package.",
	regex: /(?:(?:\\?"license\\?"[ \t]{0,4}:|\blicense[ \t]{0,4}=)[ \t]{0,4}(?:\{[ \t]{0,4}text[ \t]{0,4}=[ \t]{0,4})?\\?["'](?<secret>commercial|unlicensed|proprietary)\\?["']|(?<classifier>License[ \t]::[ \t]Other\/Proprietary[ \t]License))/iu,
	keywords: ["license"],
	keywordContext: /license\\?"?[ \t]{0,4}[:=]/iu,
	validate: (_secret, { text, offset }) => text === void 0 || offset === void 0 || !inLockEntry(text, offset),
	samples: () => ({
		positive: [
			"{ \"name\": \"@northbridge/billing-ledger\", \"version\": \"3.1.0\", \"license\": \"COMMERCIAL\" }",
			"{ \"name\": \"@northbridge/audit-store\", \"private\": true, \"license\": \"UNLICENSED\" }",
			"license = { text = \"Proprietary\" }",
			"classifiers = [\"License :: Other/Proprietary License\"]"
		],
		negative: [
			"{ \"name\": \"@cavra/boundary-guard\", \"license\": \"Apache-2.0\" }",
			"license = \"MIT\"",
			"A commercial license is available from the vendor.",
			"licenseType: commercial",
			"{ id: 'hipaa-audit', tier: 'enterprise', license: 'commercial' }",
			"\"packages/ee\": {\n  \"name\": \"@northbridge/ee\",\n  \"license\": \"COMMERCIAL\"\n}"
		]
	})
});
// dist/patterns/enterprise-source/support/alternation.js
/**
* Regex source for detectors built from settings (package names, paths,
* product names). Escapes only what needs escaping under the `u` flag: `\-`
* and `\/` outside a class are errors there.
*/
function escapeLiteral(value) {
	return value.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
/** A non-capturing alternation of literals, longest first; `(?!)` (never matches) when empty. */
function alternation(values) {
	const unique = [...new Set(values)].sort((a, b) => b.length - a.length);
	return unique.length > 0 ? `(?:${unique.map(escapeLiteral).join("|")})` : "(?!)";
}
// dist/patterns/enterprise-source/support/import-site.js
/**
* Where an import stands, for the detectors of private imports: in a file
* that is itself private source, in Markdown prose, or in a Go import block.
*/
/** True when the file at `path` (relative to the scan root) lies in one of the private trees `dirs` (folder names, see `privateDirs`). */
function insidePrivateTree(path, dirs) {
	if (path === void 0 || path === "") return false;
	const posix = path.replace(/\\/gu, "/").toLowerCase();
	const folder = `/${posix.slice(0, posix.lastIndexOf("/") + 1)}`;
	return dirs.some((dir) => folder.includes(`/${dir}/`));
}
/** One text's code ranges (start, end pairs), kept for the next match in the same text. */
let memo;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/u;
/** An indented code line, or an MDX module line (`import … from …` is code there). */
const CODE_LINE = /^(?: {4}|\t|(?:import|export)\b)/u;
/** Offsets of the code of a Markdown text: fenced blocks, indented blocks and MDX `import`/`export` lines. */
function markdownCode(text) {
	if (memo?.text === text) return memo.code;
	const code = [];
	let fence;
	let fenceStart = 0;
	for (let at = 0; at <= text.length;) {
		let end = text.indexOf("\n", at);
		if (end === -1) end = text.length;
		const line = text.slice(at, end);
		if (fence !== void 0) {
			const close = CLOSE.exec(line)?.[1];
			if (close !== void 0 && close.startsWith(fence.charAt(0)) && close.length >= fence.length) {
				code.push(fenceStart, at);
				fence = void 0;
			}
		} else {
			const open = FENCE.exec(line)?.[1];
			if (open !== void 0) {
				fence = open;
				fenceStart = end + 1;
			} else if (CODE_LINE.test(line)) code.push(at, end);
		}
		at = end + 1;
	}
	if (fence !== void 0) code.push(fenceStart, text.length);
	memo = {
		text,
		code
	};
	return code;
}
/**
* True when `offset` of a Markdown text lies in prose (outside fenced and
* indented code): a sentence that names an import (``never import from
* `ee/` ``) is documentation of the boundary, not an import.
*/
function isMarkdownProse(text, offset) {
	if (text === void 0 || offset === void 0) return false;
	const code = markdownCode(text);
	let low = 0;
	let high = code.length / 2 - 1;
	let found = -1;
	while (low <= high) {
		const mid = low + high >> 1;
		if ((code[mid * 2] ?? 0) <= offset) {
			found = mid;
			low = mid + 1;
		} else high = mid - 1;
	}
	return found === -1 || offset >= (code[found * 2 + 1] ?? 0);
}
/** How far back an open `import (` is looked for: longer than any real import block. */
const GO_BLOCK_REACH = 8192;
/** True when `offset` lies in an open Go import block (`import (` above, its `)` not yet met). */
function inGoImportBlock(text, offset) {
	if (text === void 0 || offset === void 0) return false;
	const before = text.slice(Math.max(0, offset - GO_BLOCK_REACH), offset);
	const open = before.lastIndexOf("import (");
	return open !== -1 && !before.includes(")", open);
}
// dist/patterns/enterprise-source/private-package-import.js
const id$62 = "private-package-import";
const PYTHON_MODULE = /^[a-z_][a-z0-9_]*$/u;
/**
* Uses of private packages (settings.privatePackages): JS/TS `import … from`,
* `import()`, `require()` and `jest.mock()`, Python `from … import` and
* `import …`, package.json dependency entries, pip requirement lines, and
* manifests (package.json, composer.json, pyproject.toml) whose own name is
* a private package.
* A name that merely appears (a settings list, a sentence, Markdown prose)
* is not a use.
*/
function privatePackageImport(settings = DEFAULT_CATALOG_SETTINGS) {
	const names = [...new Set(settings.privatePackages.map((n) => n.toLowerCase()))].filter((n) => /^@?[a-z0-9][a-z0-9._/-]{0,100}$/u.test(n)).sort((a, b) => b.length - a.length);
	const python = names.filter((n) => PYTHON_MODULE.test(n));
	const any = alternation(names);
	const py = alternation(python);
	const first = names.find((n) => n.startsWith("@")) ?? names[0] ?? "private";
	const firstPython = python[0] ?? "private_pkg";
	const source = `(?:(?<code>\\b(?:from|import|require|mock)[ \\t]*(?:\\([ \\t]*)?\\\\?["'\`])|(?<named>\\bname\\\\?["']?[ \\t]{0,4}[:=][ \\t]{0,4}\\\\?["'])|(?<py>\\b(?:from|import)[ \\t]+)(?=${py}(?![\\w-]))|(?<quote>\\\\?["']|^[ \\t]*|[ \\t=]))(?<secret>${any}(?:[/.-][a-z0-9][\\w./-]{0,100})?)(?<trail>\\\\?["'\`][ \\t]{0,4}:[ \\t]{0,4}\\\\?"(?:[~^<>=]{0,2}[0-9*]|workspace:|file:|link:|npm:|git\\+|github:|latest)|\\\\?["'\`]|(?:\\[[\\w,-]{1,60}\\])?[ \\t]*(?:==|>=|~=|<=|!=)|(?![\\w.-]))`;
	return defineDetector({
		id: id$62,
		name: "Private package import",
		category: "enterprise-source",
		severity: "error",
		description: `Imports, requires and dependency entries of private packages (${names.join(", ")}).`,
		regex: new RegExp(source, "imu"),
		keywords: names,
		validate: (secret, { groups, syntax, text, offset }) => {
			if (syntax === "markdown" && isMarkdownProse(text, offset)) return false;
			const trail = groups.trail ?? "";
			if (groups.code !== void 0 || groups.named !== void 0) return /^\\?["'`]$/u.test(trail) && /[a-z0-9]$/iu.test(secret);
			if (groups.py !== void 0) return trail === "" && /^[a-z_][\w.]*$/iu.test(secret);
			return trail.includes(":") || /[=~<>!]/u.test(trail);
		},
		samples: () => ({
			positive: [
				`import { EntitlementClient } from '${first}/entitlements';`,
				`const audit = require('${first}/audit-store');`,
				`from ${firstPython}.policy_packs import load_pack`,
				`"${first}/billing-monitor": "^2.3.1"`,
				`${python[0]?.replace(/_/gu, "-") ?? first}==2.4.1`,
				{
					key: "package",
					value: `{ "name": "${first}/policy-pack-hipaa", "version": "2.0.3" }`
				}
			],
			negative: [
				`privatePackages: ['${first}', '${names[1] ?? first}']`,
				"import { scanText } from '@cavra/boundary-guard';",
				`Private npm scopes (\`${first}\`) stay out of the public tree.`,
				`import x from '${first}/...';`,
				`from ${firstPython}_docs import build`,
				{
					key: "package",
					value: "{ \"name\": \"@cavra/boundary-guard\", \"version\": \"0.1.0\" }"
				}
			]
		})
	});
}
// dist/patterns/enterprise-source/support/path-import.js
/** `/enterprise/` → `enterprise` (a loop: a trailing-slash regex would be quadratic on long inputs). */
function trimSlashes(path) {
	let start = 0;
	let end = path.length;
	while (start < end && path.charAt(start) === "/") start++;
	while (end > start && path.charAt(end - 1) === "/") end--;
	return path.slice(start, end);
}
/** Private path fragments (settings.privatePaths) as folder names, longest first. */
function privateDirs(paths) {
	return [...new Set(paths.map((p) => trimSlashes(p.toLowerCase())))].filter((d) => /^[a-z0-9_][a-z0-9._/-]{0,60}$/u.test(d)).sort((a, b) => b.length - a.length);
}
/** Folders of the hosted service's code (`saas-backend/`, `control-plane/`): their imports are SaaS backend code. */
function isSaasDir(dir) {
	return /saas|control[_-]?plane/u.test(dir);
}
/** What a specifier may hold after an alias's wildcard. */
const SPECIFIER_TAIL = "[\\w./()@-]{0,200}";
/** An alias as tsconfig writes it: a prefix, at most one `*`, a short suffix. */
const ALIAS_KEY = /^[\w@#~$./-]{1,100}(?:\*[\w./-]{0,40})?$/u;
/** Roots every project's aliases start from (`@/x`, `~/x`, `#/x`, `#x`). */
const BUILT_IN_ROOTS = [
	"@/",
	"~/",
	"#/",
	"#"
];
/** True when a tsconfig `paths` target (`./ee/*`, `../modules/ee/index.ts`) lies in one of `dirs`, by its part before the wildcard. */
function targetInDirs(target, dirs) {
	const star = target.indexOf("*");
	const haystack = `/${(star === -1 ? target : target.slice(0, star)).replace(/\\/gu, "/").toLowerCase()}${star === -1 ? "/" : ""}`;
	return dirs.some((dir) => haystack.includes(`/${dir}/`));
}
/**
* The project's aliases for one detector: the regex of those that map into
* one of `dirs` (`@ee/*` → `'@ee/billing'`), the prefixes of the other
* wildcard aliases (after which a private folder is private: `'@web/ee/x'`),
* and the keywords they need.
*/
function aliasForms(aliases, dirs) {
	const direct = [];
	const roots = new Set(BUILT_IN_ROOTS);
	const keywords = /* @__PURE__ */ new Set();
	for (const [key, targets] of Object.entries(aliases)) {
		if (!ALIAS_KEY.test(key) || !Array.isArray(targets)) continue;
		const star = key.indexOf("*");
		const prefix = star === -1 ? key : key.slice(0, star);
		if (targets.some((t) => typeof t === "string" && targetInDirs(t, dirs))) {
			direct.push(star === -1 ? escapeLiteral(key) : `${escapeLiteral(prefix)}${SPECIFIER_TAIL}${escapeLiteral(key.slice(star + 1))}`);
			for (const quote of [
				"'",
				"\"",
				"`"
			]) keywords.add(`${quote}${prefix.toLowerCase()}`);
		} else if (star !== -1 && prefix.length > 0) roots.add(prefix);
	}
	for (const root of roots) if (!root.endsWith("/")) for (const dir of dirs) keywords.add(`${root.toLowerCase()}${dir}`);
	return {
		direct: direct.length > 0 ? `(?:${direct.sort((a, b) => b.length - a.length).join("|")})` : "(?!)",
		roots: [...roots],
		keywords: [...keywords]
	};
}
/** A Go module path: a host with a dot, then at least the owner (`github.com/acme/...`). */
const MODULE_PATH = /^[\w-]{1,60}(?:\.[\w-]{1,60}){1,4}\//u;
/**
* A detector of imports that reach into private source trees: a relative or
* rooted path whose first directory is one of `dirs`
* (`'../../enterprise/billing'`, `'./ee/audit'`), a private folder anywhere
* after an alias root (`'@/modules/ee/x'`, `'~/ee'`, `'#enterprise/x'`, the
* project's own wildcard aliases), an alias that maps into a private tree
* (settings.pathAliases), a scoped package's private folder, a Next.js
* route group, a Go module path (single import or import block) or a
* Python import of that package (`from enterprise.<module> import …`,
* `from ..ee import x`, `import ee.audit`). A private-looking folder deeper
* in a relative path (`'../src/private/x'`) is the project's own; an import
* in a file inside a private tree, and Markdown prose naming one, are no
* findings.
*/
function pathImportDetector(spec) {
	const dirs = spec.dirs;
	const modules = [...new Set(dirs.map((d) => d.replace(/[-/]/gu, "_")).filter((m) => /^[a-z_][a-z0-9_]*$/u.test(m)))];
	const dir = alternation(dirs);
	const mod = alternation(modules);
	const aliases = aliasForms(spec.aliases, dirs);
	const quote = "\\\\?[\"'`]";
	const source = `(?:(?<code>\\b(?:from|import|require(?:\\.resolve)?|mock)[ \\t]*(?:\\([ \\t]*)?${quote})|(?<go>(?:(?<![^\\n])|\\\\n)[ \\t]{0,16}(?:(?:\\*|\\/\\/)[ \\t]{0,16})?(?:\\\\t){0,8}(?:[\\w.]{1,40}(?:[ \\t]{1,8}|\\\\t))?\\\\?")|\\bfrom[ \\t]+(?=\\.{0,3}${mod}(?:\\.[a-z_]\\w{0,60}){0,8}[ \\t]+import\\b)|\\bfrom[ \\t]+\\.{1,3}[ \\t]+import[ \\t]+(?=${mod}(?![\\w.]))|\\bimport[ \\t]+(?=${mod}(?:\\.[a-z_]|[ \\t]+as[ \\t]+[a-z_]))|(?<bare>(?<![^\\n])[ \\t]{0,16}import[ \\t]+)(?=${mod}[ \\t]*(?:[,;#\\r\\n]|$)))(?<secret>(?<alias>${aliases.direct})(?=${quote})|(?:\\.{1,2}\\/){0,12}(?:[@~]\\/|\\/)?${dir}\\/[\\w./-]{0,200}|${alternation(aliases.roots)}(?:[\\w.-]{1,60}\\/){0,6}${dir}(?:\\/[\\w./()-]{0,200})?(?=${quote})|@[\\w.-]{1,60}\\/${dir}(?:\\/[\\w./-]{0,200})?|(?:\\.{1,2}\\/){0,12}(?:[@~]\\/)?(?:[\\w.-]{1,60}\\/){0,4}\\(${dir}\\)\\/[\\w./()-]{0,200}|[\\w-]{1,60}(?:\\.[\\w-]{1,60}){1,4}\\/[\\w.-]{1,60}\\/[\\w.-]{1,60}\\/(?:[\\w.-]{1,60}\\/){0,4}${dir}(?:\\/[\\w./-]{0,200})?|\\.{0,3}${mod}(?:\\.[a-z_]\\w{0,60}){0,8})(?<end>${quote})?`;
	const first = dirs[0] ?? spec.fallback;
	const firstModule = modules[0] ?? first.replace(/[-/]/gu, "_");
	const keywords = [.../* @__PURE__ */ new Set([
		...(dirs.length > 0 ? dirs : [spec.fallback]).flatMap((d) => [
			`/${d}/`,
			`'${d}/`,
			`"${d}/`,
			`\`${d}/`,
			`/${d}'`,
			`/${d}"`,
			`/${d}\``,
			`(${d})/`
		]),
		...modules.flatMap((m) => [
			`from ${m}`,
			`from .${m}`,
			`from ..${m}`,
			`from ...${m}`,
			`import ${m}`
		]),
		...aliases.keywords
	])];
	const trees = spec.trees;
	const alias = Object.entries(spec.aliases).find(([key, targets]) => ALIAS_KEY.test(key) && targets.some((t) => targetInDirs(t, dirs)))?.[0];
	return defineDetector({
		id: spec.id,
		name: spec.name,
		category: spec.category,
		severity: "error",
		...spec.precedence !== void 0 ? { precedence: spec.precedence } : {},
		description: spec.description(dirs),
		regex: new RegExp(source, "iu"),
		keywords,
		validate: (secret, { groups, syntax, path, text, offset }) => {
			if (insidePrivateTree(path, trees)) return false;
			if (syntax === "markdown" && isMarkdownProse(text, offset)) return false;
			if (groups.go !== void 0) return groups.end !== void 0 && MODULE_PATH.test(secret) && inGoImportBlock(text, offset);
			if (groups.code !== void 0) return groups.end !== void 0 && (secret.includes("/") || groups.alias !== void 0) && !/(?:\/|\.\.\.)$/u.test(secret);
			if (groups.bare !== void 0 && syntax !== "python") return false;
			return !secret.includes("/") && groups.alias === void 0;
		},
		samples: () => ({
			positive: [
				`import { meter } from '../../${first}/billing/meter';`,
				`const audit = require('./${first}/audit-store');`,
				`from ${firstModule}.entitlements import grant`,
				`from ..${firstModule}.license import verify_seat`,
				`from . import ${firstModule}`,
				`import ${firstModule}.audit_store as audit_store`,
				`import ${firstModule} as ${firstModule}_ext`,
				`export * from '@/${first}/handlers';`,
				`import { AuditLog } from '~/${first}/audit/log';`,
				`import { SsoButton } from '@/modules/${first}/sso/components/sso-button';`,
				`const Seats = lazy(() => import('~/features/${first}/seats'));`,
				`const license = require.resolve('@/lib/${first}/license');`,
				`import { verify } from '#${first}/license';`,
				`import { Seats } from '@acme/${first}';`,
				`import { Billing } from '@acme/${first}/billing/components';`,
				`import { Page } from '@/app/(${first})/settings/page';`,
				`import "github.com/northbridge/platform/${first}/audit"`,
				`import (\n\t"fmt"\n\n\t"github.com/northbridge/platform/${first}/license"\n)`,
				`import (\n\tlic "github.com/northbridge/platform/${first}/license"\n)`,
				...alias !== void 0 ? [`import { Seats } from '${alias.replace("*", "seats/limits")}';`] : []
			],
			negative: [
				`import { helper } from '../src/${first}/utils';`,
				`import kit from '${first}-ui-kit';`,
				`import { helper } from '@/modules/survey/lib/${first}-helpers';`,
				`import { Badge } from '~/components/${first}x/badge';`,
				`from ${firstModule}_search import client`,
				`import ${firstModule}_search`,
				`The ${first}/ folder is not part of this repository.`,
				`Never import from \`${first}/\` in the public edition.`,
				`Never import from '@/${first}/...' here.`,
				`privatePaths: ['${first}/', '@acme/${first}']`,
				`import { Seats } from '@acme/${first}-ui-kit';`,
				`import "github.com/acme/app/internal/${first}x"`,
				`import (\n\t"fmt"\n)\n\nvar modules = []string{\n\t"github.com/northbridge/platform/${first}/license",\n}`
			]
		})
	});
}
// dist/patterns/enterprise-source/private-path-import.js
/**
* Imports that reach into private source trees (settings.privatePaths:
* `'../../enterprise/billing'`, `'@/modules/ee/sso'`, `from ee.audit import …`,
* a Go import block line), also through the project's path aliases
* (settings.pathAliases: `'@ee/billing'` where `@ee/*` maps to `./ee/*`).
* The hosted service's folders (`saas-backend/`) are SaaS backend code
* instead, found by `saas-backend-path-import`.
*/
function privatePathImport(settings = DEFAULT_CATALOG_SETTINGS) {
	return pathImportDetector({
		id: "private-path-import",
		name: "Import from a private source tree",
		category: "enterprise-source",
		description: (dirs) => `Imports that reach into private source trees (${dirs.map((d) => `${d}/`).join(", ")}).`,
		dirs: privateDirs(settings.privatePaths).filter((d) => !isSaasDir(d)),
		trees: privateDirs(settings.privatePaths),
		aliases: settings.pathAliases,
		fallback: "enterprise"
	});
}
// dist/patterns/enterprise-source/product-enterprise-license.js
const id$61 = "product-enterprise-license";
/**
* Headers that put a file under the product's enterprise or commercial
* licence (settings.productNames): "Licensed under the <product> Enterprise
* License", "subject to the <product> Commercial License", "This file is part
* of <product> Enterprise". A sentence that only names the edition is not one.
*/
function productEnterpriseLicense(settings = DEFAULT_CATALOG_SETTINGS) {
	const names = settings.productNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9 ._-]{0,40}$/u.test(n));
	const product = alternation(names);
	const title = (names[0] ?? "product").toUpperCase();
	const source = `(?<secret>(?:licensed[ \\t]+under|subject[ \\t]+to|governed[ \\t]+by|terms[ \\t]+of)(?:[ \\t]+the)?[ \\t]+${product}[ \\t]+(?:enterprise|commercial|ee|saas)(?:[ \\t]+edition)?[ \\t]+(?:licen[cs]e|eula|terms|agreement)|this[ \\t]+file[ \\t]+is[ \\t]+part[ \\t]+of[ \\t]+${product}[ \\t]+(?:enterprise|commercial|ee|saas))(?![a-z0-9])`;
	return defineDetector({
		id: id$61,
		name: "Enterprise licence header",
		category: "enterprise-source",
		severity: "error",
		description: `Headers that place a file under the enterprise or commercial licence of ${names.join(", ")}.`,
		regex: new RegExp(source, "iu"),
		keywords: names,
		samples: () => ({
			positive: [
				`Licensed under the ${title} Enterprise License; you may not use this file except in compliance with it.`,
				`This file is part of ${title} Enterprise.`,
				`Use of this source code is governed by the ${title} Commercial License Agreement.`
			],
			negative: [
				`Licensed under the Apache License, Version 2.0; ${title} Community Edition.`,
				`Some features require ${title} Enterprise.`,
				`This file is part of ${title}.`,
				`${title} Enterprise License holders get support.`
			]
		})
	});
}
/**
* Proprietary licence headers: the confidentiality notice ("Proprietary and
* confidential"), the copying ban ("Unauthorized copying …
* strictly prohibited"), SPDX identifiers naming a proprietary,
* commercial, enterprise or confidential licence, and npm's
* `SEE LICENSE IN <file>` pointing at an enterprise or commercial licence. A plain copyright line
* ("All rights reserved.") under an open licence is not one.
*/
var proprietary_license_header_default = defineDetector({
	id: "proprietary-license-header",
	name: "Proprietary licence header",
	category: "enterprise-source",
	severity: "error",
	description: "Proprietary licence headers (confidentiality notices, copying bans), SPDX identifiers of proprietary or commercial licences and package licences that point at an enterprise licence file.",
	regex: /(?<secret>proprietary[ \t]+and[ \t]+confidential|confidential[ \t]+and[ \t]+proprietary|unauthori[sz]ed[ \t]+(?:copying|use|reproduction|distribution)\b(?:(?!strictly|unauthori[sz]ed)[^\n]){1,120}strictly[ \t]+prohibited|SPDX-License-Identifier:[ \t]*(?:LicenseRef-[\w.-]{1,100}|proprietary\b)|SEE[ \t]+LICEN[CS]E[ \t]+IN[ \t]+[\w./-]{0,60}(?:enterprise|commercial|proprietary|eula)[\w./-]{0,40})/iu,
	oncePer: "record",
	keywords: [
		"proprietary",
		"strictly prohibited",
		"licenseref-",
		"see license in",
		"see licence in"
	],
	validate: (secret) => !/licenseref-/iu.test(secret) || /commercial|proprietary|enterprise|confidential/iu.test(secret.slice(secret.search(/licenseref-/iu))),
	references: ["https://spdx.github.io/spdx-spec/v2.3/other-licensing-information-detected/"],
	samples: () => ({
		positive: [
			"Copyright (c) 2024 Northbridge Systems. Proprietary and confidential.",
			"Unauthorized copying of this file, via any medium, is strictly prohibited",
			"SPDX-License-Identifier: LicenseRef-CAVRA-Enterprise",
			"SPDX-License-Identifier: LicenseRef-Northbridge-Commercial-1.0",
			{
				key: "license",
				value: "SEE LICENSE IN LICENSE-ENTERPRISE.md"
			}
		],
		negative: [
			"Copyright (c) 2024 CAVRA contributors. All rights reserved. Licensed under the MIT License.",
			"SPDX-License-Identifier: Apache-2.0",
			"permit linking proprietary applications with the library",
			"Redistribution is strictly prohibited by nothing in this licence",
			"SPDX-License-Identifier: LicenseRef-scancode-public-domain",
			{
				key: "license",
				value: "SEE LICENSE IN LICENSE.md"
			}
		]
	})
});
// dist/patterns/enterprise-source/index.js
var enterprise_source_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$7 });
/** Detectors of the `enterprise-source` category, sorted by id. */
function detectors$7(settings) {
	return [
		commercial_package_license_default,
		privatePackageImport(settings),
		privatePathImport(settings),
		productEnterpriseLicense(settings),
		proprietary_license_header_default
	];
}
// dist/patterns/escalation-webhook/discord-webhook-url.js
const id$59 = "discord-webhook-url";
var discord_webhook_url_default = defineDetector({
	id: id$59,
	name: "Discord webhook URL",
	category: "escalation-webhook",
	severity: "error",
	description: "Discord webhook URLs (discord.com / discordapp.com /api/webhooks/<id>/<token>): the token lets anyone post into the channel.",
	regex: /(?<secret>https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/(?<token>[A-Za-z0-9_-]{60,90}))(?![A-Za-z0-9_-])/u,
	keywords: ["discord.com/api", "discordapp.com/api"],
	publicPrefix: /^https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\//u,
	validate: (_secret, { groups }) => shannonEntropy(groups.token ?? "") >= 4,
	references: ["https://discord.com/developers/docs/resources/webhook#execute-webhook"],
	samples: () => ({
		positive: [
			`https://discord.com/api/webhooks/1${randomString(`${id$59}1`, DIGITS, 18)}/${randomString(`${id$59}2`, BASE64URL, 68)}`,
			`https://discordapp.com/api/webhooks/8${randomString(`${id$59}3`, DIGITS, 17)}/${randomString(`${id$59}4`, BASE64URL, 68)}`,
			`https://ptb.discord.com/api/v10/webhooks/1${randomString(`${id$59}5`, DIGITS, 18)}/${randomString(`${id$59}6`, BASE64URL, 68)}`
		],
		negative: [
			"https://discord.com/api/webhooks/123456789012345678/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
			"https://discord.com/api/webhooks/{webhook.id}/{webhook.token}",
			"https://discord.com/api/webhooks/<id>/<token>",
			`https://discord.com/api/webhooks/1${randomString(`${id$59}7`, DIGITS, 18)}`
		]
	})
});
// dist/patterns/escalation-webhook/generic-webhook-url.js
const id$58 = "generic-webhook-url";
/** Hosts with their own detector: a URL they reject is not a generic finding either. */
const VENDOR_HOSTS = /(?:^|\.)(?:hooks\.slack\.com|discord(?:app)?\.com|office(?:365)?\.com|logic\.azure\.com|powerplatform\.com|chat\.googleapis\.com|pagerduty\.com|opsgenie\.com)$/u;
/** Query parameters that carry a webhook's credential. */
const TOKEN_PARAMS = /* @__PURE__ */ new Set([
	"token",
	"key",
	"apikey",
	"api_key",
	"api-key",
	"secret",
	"sig",
	"signature",
	"code",
	"auth",
	"access_token",
	"hmac",
	"hook_token",
	"webhook_token",
	"x-api-key"
]);
const HOOK_WORD = /^(?:(?:web|build|deploy)[_-]?)?hooks?$|webhook/iu;
/** The URL says it is a webhook and carries a token where webhooks carry them. */
function isTokenedWebhook(parts, requireHookWord, registry) {
	const { host, segments, params } = parts;
	if (isPageHost(host) || VENDOR_HOSTS.test(host) || (registry?.isReservedHost(host) ?? false) || hasDocLabel(host, registry)) return false;
	const hostSaysHook = /^(?:web)?hooks?\.|webhook/u.test(host);
	if (host === "hooks.zapier.com") {
		const [, kind, account, hook] = segments;
		return kind === "catch" && /^\d{4,12}$/u.test(account ?? "") && /^[a-z0-9]{5,12}$/u.test(hook ?? "") && !hasSequentialRun(`${account ?? ""}${hook ?? ""}`);
	}
	if (host === "maker.ifttt.com") {
		const at = segments.indexOf("key");
		return at !== -1 && isTokenLike(segments[at + 1] ?? "", 16);
	}
	const hookAt = segments.findIndex((s) => HOOK_WORD.test(s));
	if (requireHookWord && !hostSaysHook && hookAt === -1) return false;
	if ((hostSaysHook || !requireHookWord ? segments : segments.slice(hookAt + 1)).some((s) => isTokenLike(s) && !hasSequentialRun(s))) return true;
	return params.some(([name, value]) => TOKEN_PARAMS.has(name) && isTokenLike(value) && !hasSequentialRun(value));
}
var generic_webhook_url_default = defineDetector({
	id: id$58,
	name: "Webhook URL with a token",
	category: "escalation-webhook",
	severity: "error",
	description: "Other webhook URLs that carry their credential: a hook/webhook host or path followed by a random token segment or a token/key/sig query value (Zapier, Make, n8n, IFTTT, in-house endpoints).",
	regex: /(?<secret>https?:\/\/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?::\d{2,5})?(?:\/[a-z0-9_.~%@+:=-]{0,200}){1,12}(?:\?[a-z0-9%&=._~+/:-]{1,600})?)(?![a-z0-9%&=/._~+:?-])/iu,
	keywords: [
		"webhook",
		"/hooks/",
		"/hook/",
		"//hooks.",
		"//hook.",
		"maker.ifttt.com",
		"/build_hooks/",
		"/deploy_hooks/"
	],
	validate: (secret, { registry }) => isTokenedWebhook(splitUrl(secret), true, registry),
	samples: () => ({
		positive: [
			`https://hooks.zapier.com/hooks/catch/${randomString(`${id$58}1`, DIGITS, 7)}/${randomString(`${id$58}2`, LOWER_NUM, 6)}/`,
			`https://api.brightpath-ops.io/webhooks/incoming/${randomString(`${id$58}3`, ALPHA_NUM, 40)}`,
			`https://n8n.brightpath-ops.io/webhook/${guid(`${id$58}4`)}`,
			`https://hook.eu1.make.com/${randomString(`${id$58}5`, LOWER_NUM, 32)}`,
			`https://alerts.cavra.io/v1/webhook/escalations?token=${randomString(`${id$58}6`, BASE64URL, 40)}`,
			`https://api.netlify.com/build_hooks/${randomString(`${id$58}9`, HEX, 24)}`
		],
		negative: [
			"https://api.github.com/repos/cavra/console/hooks/48213377",
			"https://docs.github.com/en/webhooks/using-webhooks/creating-webhooks",
			"https://hooks.zapier.com/hooks/catch/123456/abcdef/",
			`https://webhook.site/${guid(`${id$58}20`)}`,
			`https://hooks.example.com/webhooks/incoming/${randomString(`${id$58}7`, ALPHA_NUM, 40)}`,
			"https://api.cavra.io/webhooks/stripe/how-to-verify-webhook-signatures-2024",
			`https://blog.brightpath-ops.io/webhooks/${randomString(`${id$58}8`, HEX, 40)}`,
			`https://api.yourcompany.com/webhooks/${randomString(`${id$58}10`, ALPHA_NUM, 32)}`
		]
	})
});
// dist/patterns/escalation-webhook/google-chat-webhook-url.js
const id$57 = "google-chat-webhook-url";
var google_chat_webhook_url_default = defineDetector({
	id: id$57,
	name: "Google Chat webhook URL",
	category: "escalation-webhook",
	severity: "error",
	description: "Google Chat incoming-webhook URLs (chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…): the token lets anyone post into the space.",
	regex: /(?<secret>https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,40}\/messages\?(?:[A-Za-z_]{1,20}=[^&\s"'<>]{0,200}&(?:amp;)?){0,6}token=(?<token>[A-Za-z0-9_-]{20,100}(?:%3D|=){0,2}))(?![A-Za-z0-9_%=-])/u,
	keywords: ["chat.googleapis.com/v1/spaces"],
	publicPrefix: /^https:\/\/chat\.googleapis\.com\/v1\/spaces\//u,
	validate: (_secret, { groups }) => shannonEntropy(groups.token ?? "") >= 4,
	references: ["https://developers.google.com/workspace/chat/quickstart/webhooks"],
	samples: () => ({
		positive: [`https://chat.googleapis.com/v1/spaces/AAAA${randomString(`${id$57}1`, ALPHA_NUM, 7)}/messages?key=AIzaSy${randomString(`${id$57}2`, BASE64URL, 33)}&token=${randomString(`${id$57}3`, BASE64URL, 43)}%3D`, `https://chat.googleapis.com/v1/spaces/AAQA${randomString(`${id$57}4`, ALPHA_NUM, 7)}/messages?key=AIzaSy${randomString(`${id$57}5`, BASE64URL, 33)}&token=${randomString(`${id$57}6`, BASE64URL, 43)}&threadKey=deploys`],
		negative: [
			"https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN",
			"https://chat.googleapis.com/v1/spaces/AAAAAAAAAAA/messages?key=<key>&token=<token>",
			`https://chat.googleapis.com/v1/spaces/AAAA${randomString(`${id$57}7`, ALPHA_NUM, 7)}/messages`
		]
	})
});
// dist/patterns/escalation-webhook/mattermost-webhook-url.js
const id$56 = "mattermost-webhook-url";
/** Mattermost ids are 26 characters of this base-32 alphabet (no 0, 2, l or v). */
const MATTERMOST_ID = "ybndrfg8ejkmcpqxot1uwisza345h769";
var mattermost_webhook_url_default = defineDetector({
	id: id$56,
	name: "Mattermost incoming webhook URL",
	category: "escalation-webhook",
	severity: "error",
	description: "Mattermost incoming-webhook URLs (https://<host>/hooks/<26-character id>) on a non-reserved host: the id lets anyone post into the channel.",
	regex: /(?<secret>https?:\/\/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}(?::\d{2,5})?(?:\/[a-z0-9_-]{1,40}){0,2}\/hooks\/(?<hook>[a-z0-9]{26}))(?![A-Za-z0-9_-])/u,
	keywords: ["/hooks/"],
	validate: (secret, { groups, registry }) => {
		const hook = groups.hook ?? "";
		if (!/^[a-km-uw-z13-9]{26}$/u.test(hook) || !/[0-9]/u.test(hook) || shannonEntropy(hook) < 3.5) return false;
		const { host } = splitUrl(secret);
		return !isPageHost(host) && !hasDocLabel(host, registry);
	},
	references: ["https://developers.mattermost.com/integrate/webhooks/incoming/"],
	samples: () => ({
		positive: [
			`https://chat.brightpath-ops.io/hooks/${randomString(`${id$56}1`, MATTERMOST_ID, 26)}`,
			`https://mattermost.internal-tools.net:8065/hooks/${randomString(`${id$56}2`, MATTERMOST_ID, 26)}`,
			`https://team.cavra.io/mm/hooks/${randomString(`${id$56}3`, MATTERMOST_ID, 26)}`
		],
		negative: [
			"https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx",
			`http://localhost:8065/hooks/${randomString(`${id$56}4`, MATTERMOST_ID, 26)}`,
			`https://chat.example.com/hooks/${randomString(`${id$56}5`, MATTERMOST_ID, 26)}`,
			"https://chat.brightpath-ops.io/hooks/aaaaaaaaaaaaaaaaaaaaaaaaaa",
			`https://github.com/cavra/console/tree/main/src/hooks/${randomString(`${id$56}6`, MATTERMOST_ID, 26)}`
		]
	})
});
// dist/patterns/escalation-webhook/opsgenie-alertmanager-key.js
const id$55 = "opsgenie-alertmanager-key";
/** Opsgenie API keys in an Alertmanager receiver, where the key name alone (`api_key`) says nothing. */
var opsgenie_alertmanager_key_default = defineDetector({
	id: id$55,
	name: "Opsgenie key in an Alertmanager receiver",
	category: "escalation-webhook",
	severity: "error",
	description: "Opsgenie API keys (UUIDs) under api_key in an Alertmanager opsgenie_configs receiver.",
	regex: /opsgenie_configs[ \t]{0,4}:(?:(?:[^\r\n\\]|\\[^n]){0,300}(?:\r?\n|\\n)){1,12}?[ \t*#/-]{0,24}api_key[ \t]{0,4}:[ \t]{0,4}(?:\\?["'])?(?<secret>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![0-9a-z-])/iu,
	keywords: ["opsgenie_configs"],
	multiline: true,
	references: ["https://prometheus.io/docs/alerting/latest/configuration/#opsgenie_config"],
	samples: () => ({
		positive: [`receivers:\n  - name: oncall\n    opsgenie_configs:\n      - api_key: ${guid(`${id$55}1`)}\n        priority: P1`, `opsgenie_configs:\n  - responders:\n      - name: platform\n        type: team\n    api_key: "${guid(`${id$55}2`)}"`],
		negative: [
			"opsgenie_configs:\n  - api_key: <opsgenie-api-key>",
			"opsgenie_configs:\n  - api_key_file: /etc/alertmanager/opsgenie.key",
			"opsgenie_configs:\n  - api_key: 00000000-0000-0000-0000-000000000000",
			`slack_configs:\n  - api_url: https://hooks.example.com/x\nother:\n  api_key: ${guid(`${id$55}3`)}`
		]
	})
});
// dist/patterns/escalation-webhook/opsgenie-api-key.js
const id$54 = "opsgenie-api-key";
var opsgenie_api_key_default = defineDetector({
	id: id$54,
	name: "Opsgenie API key",
	category: "escalation-webhook",
	severity: "error",
	description: "Opsgenie API and integration keys (UUIDs) in an Opsgenie context: a GenieKey authorization header or an opsgenie_*key / OPSGENIE_* setting.",
	regex: /(?:geniekey[ \t]{1,4}|(?:genie[_.-]?key|opsgenie[a-z0-9_.-]{0,40}?(?:key|token|secret))["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?)(?<secret>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![0-9a-z-])/iu,
	keywords: [
		"geniekey",
		"genie_key",
		"genie-key",
		"genie.key",
		"opsgenie"
	],
	references: ["https://docs.opsgenie.com/docs/authentication"],
	samples: () => ({
		positive: [
			{
				key: "opsgenie_api_key",
				value: guid(`${id$54}1`)
			},
			{
				key: "OPSGENIE_KEY",
				value: guid(`${id$54}2`)
			},
			`Authorization: GenieKey ${guid(`${id$54}3`)}`
		],
		negative: [
			"Authorization: GenieKey eb243592-faa2-4ba2-a551q-1afdf565c889",
			{
				key: "opsgenie_api_key",
				value: "00000000-0000-0000-0000-000000000000"
			},
			{
				key: "opsgenie_api_key",
				value: "<opsgenie-api-key>"
			},
			{
				key: "opsgenie_team_id",
				value: guid(`${id$54}4`)
			}
		]
	})
});
// dist/patterns/escalation-webhook/opsgenie-integration-url.js
const id$53 = "opsgenie-integration-url";
var opsgenie_integration_url_default = defineDetector({
	id: id$53,
	name: "Opsgenie integration URL",
	category: "escalation-webhook",
	severity: "error",
	description: "Opsgenie integration URLs carrying the integration API key (api.opsgenie.com/v1/json/<integration>?apiKey=<uuid>): they create alerts.",
	regex: /(?<secret>https:\/\/api(?:\.eu)?\.opsgenie\.com\/v\d\/json\/[a-z0-9_/-]{2,80}\?(?:[a-z_]{1,20}=[^&\s"'<>]{0,200}&(?:amp;)?){0,6}apikey=(?<key>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}))(?![0-9a-z-])/iu,
	keywords: ["opsgenie.com/v"],
	validate: (_secret, { groups }) => shannonEntropy(groups.key ?? "") >= 3.2,
	references: ["https://support.atlassian.com/opsgenie/docs/integrate-opsgenie-with-webhook/"],
	samples: () => ({
		positive: [
			`https://api.opsgenie.com/v1/json/alertmanager?apiKey=${guid(`${id$53}1`)}`,
			`https://api.eu.opsgenie.com/v1/json/integrations/webhooks/prtg?apiKey=${guid(`${id$53}2`)}`,
			`https://api.opsgenie.com/v1/json/cloudwatch?region=eu-west-1&apiKey=${guid(`${id$53}3`)}`
		],
		negative: [
			"https://api.opsgenie.com/v1/json/alertmanager?apiKey=<api-key>",
			"https://api.opsgenie.com/v1/json/alertmanager?apiKey=00000000-0000-0000-0000-000000000000",
			"https://api.opsgenie.com/v2/alerts",
			"https://api.opsgenie.com/v1/json/grafana?apiKey=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
		]
	})
});
// dist/patterns/escalation-webhook/opsgenie-section-api-key.js
const id$52 = "opsgenie-section-api-key";
/**
* An Opsgenie key one level down in a settings block: an `opsgenie:` (or
* `"opsgenie": {`) section of Helm values, app config or JSON whose
* `apiKey` / `key` / `token` child holds the UUID. Other children of the
* section (team ids, priorities) may come first.
*/
var opsgenie_section_api_key_default = defineDetector({
	id: id$52,
	name: "Opsgenie API key in an Opsgenie section",
	category: "escalation-webhook",
	severity: "error",
	description: "Opsgenie API and integration keys (UUIDs) under the apiKey, key or token child of an opsgenie section in YAML, JSON or object literals.",
	regex: /(?<![a-z0-9_-])opsgenie\\?["']?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n(?:[ \t]{1,40}[a-z0-9_"'-]{1,40}:[^\n{}]{0,200}\r?\n){0,6}[ \t]{1,40}|(?:\\?["']?[a-z0-9_]{1,40}\\?["']?[ \t]{0,4}:[^,\n{}]{0,100},[ \t]{0,4}){0,4})\\?["']?(?:api[_-]?key|key|token|integration[_-]?key|genie[_-]?key)\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?(?<secret>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![0-9a-z-])/iu,
	keywords: ["opsgenie"],
	multiline: true,
	validate: (secret, { match, text, offset }) => {
		if (/^0{8}-/u.test(secret)) return false;
		if (text === void 0 || offset === void 0) return true;
		if (!match.includes("\n")) return true;
		const start = offset + secret.length - match.length;
		let lineStart = start;
		while (lineStart > 0 && start - lineStart < 512 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
		if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
		const indent = (from) => {
			let i = from;
			while (text.charAt(i) === " " || text.charAt(i) === "	") i++;
			return i - from;
		};
		const own = indent(lineStart);
		return text.slice(lineStart, offset).split("\n").slice(1).every((line) => line.trim() === "" || line.length - line.trimStart().length > own);
	},
	references: ["https://docs.opsgenie.com/docs/api-key-management"],
	samples: () => ({
		positive: [
			`opsgenie: { apiKey: ${guid(`${id$52}1`)}, priority: P2 }`,
			`{"opsgenie": {"team": "billing-oncall", "apiKey": "${guid(`${id$52}2`)}"}}`,
			`{ opsgenie: { region: 'eu', responders: 'billing-oncall', key: '${guid(`${id$52}3`)}' } }`
		],
		negative: [
			`alerts:\n  opsgenie:\n    apiKey: 00000000-0000-0000-0000-000000000000`,
			`opsgenie:\n  apiKey: <opsgenie-api-key>`,
			`opsgenie:\n  teamId: ${guid(`${id$52}4`)}`,
			`opsgenie:\n  enabled: false\nslack:\n  channel: "#ops"\ncache:\n  key: ${guid(`${id$52}5`)}`
		]
	})
});
// dist/patterns/escalation-webhook/pagerduty-events-url.js
const id$51 = "pagerduty-events-url";
var pagerduty_events_url_default = defineDetector({
	id: id$51,
	name: "PagerDuty Events integration URL",
	category: "escalation-webhook",
	severity: "error",
	description: "PagerDuty Events integration URLs that embed the integration key (events.pagerduty.com/integration/<key>/enqueue, /x-ere/<key>).",
	regex: /(?<secret>https:\/\/events(?:\.eu)?\.pagerduty\.com\/(?:integration\/(?<key>[a-z0-9]{32})\/enqueue|x-ere\/(?<ere>[A-Za-z0-9_-]{20,80})))(?![A-Za-z0-9_-])/u,
	keywords: ["events.pagerduty.com", "events.eu.pagerduty.com"],
	publicPrefix: /^https:\/\/events(?:\.eu)?\.pagerduty\.com\/(?:integration|x-ere)\//u,
	validate: (_secret, { groups }) => {
		const key = groups.key ?? groups.ere ?? "";
		return /[0-9]/u.test(key) && /[a-z]/iu.test(key) && shannonEntropy(key) >= 3.3;
	},
	references: ["https://developer.pagerduty.com/docs/events-api-v2/overview/"],
	samples: () => ({
		positive: [
			`https://events.pagerduty.com/integration/${randomString(`${id$51}1`, HEX, 32)}/enqueue`,
			`https://events.eu.pagerduty.com/integration/${randomString(`${id$51}2`, LOWER_NUM, 32)}/enqueue`,
			`https://events.pagerduty.com/x-ere/${randomString(`${id$51}3`, LOWER_NUM, 32)}`
		],
		negative: [
			"https://events.pagerduty.com/v2/enqueue",
			"https://events.pagerduty.com/integration/<integration-key>/enqueue",
			"https://events.pagerduty.com/integration/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/enqueue",
			"https://events.pagerduty.com/generic/2010-04-15/create_event.json"
		]
	})
});
// dist/patterns/escalation-webhook/pagerduty-routing-key.js
const id$50 = "pagerduty-routing-key";
var pagerduty_routing_key_default = defineDetector({
	id: id$50,
	name: "PagerDuty Events routing key",
	category: "escalation-webhook",
	severity: "error",
	description: "PagerDuty Events API v2 routing (integration) keys — 32 characters, or R0… for event orchestration — under a routing_key, integration_key or pagerduty key: they open and resolve incidents.",
	regex: /(?<key>(?:routing|integration)[_.-]?key|pagerduty[a-z0-9_.-]{0,40}?(?:key|token|secret))["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>[a-z0-9]{32})(?![a-z0-9])/iu,
	keywords: [
		"routing_key",
		"routingkey",
		"routing-key",
		"routing.key",
		"integration_key",
		"integrationkey",
		"integration-key",
		"integration.key",
		"pagerduty"
	],
	validate: (secret) => {
		if (/^R0[A-Z0-9]{30}$/u.test(secret)) return shannonEntropy(secret) >= 3.5;
		return /^[a-z0-9]{32}$/u.test(secret) && /[0-9]/u.test(secret) && /[a-z]/u.test(secret) && shannonEntropy(secret) >= 3.3;
	},
	references: ["https://developer.pagerduty.com/docs/events-api-v2/trigger-events/"],
	samples: () => ({
		positive: [
			{
				key: "routing_key",
				value: randomString(`${id$50}1`, HEX, 32)
			},
			{
				key: "PAGERDUTY_INTEGRATION_KEY",
				value: randomString(`${id$50}2`, LOWER_NUM, 32)
			},
			{
				key: "pagerdutyRoutingKey",
				value: `R0${randomString(`${id$50}3`, UPPER_NUM, 30)}`
			}
		],
		negative: [
			{
				key: "routing_key",
				value: "orders.created.v1"
			},
			{
				key: "routing_key",
				value: "00000000000000000000000000000000"
			},
			{
				key: "integration_key",
				value: "DIWJ8X6AEYOR5OMC6TQ1"
			},
			{
				key: "routing_key",
				value: "<your-integration-key>"
			},
			{
				key: "pagerduty_routing_key",
				value: randomString(`${id$50}4`, HEX, 32).toUpperCase()
			},
			{
				key: "dedup_key",
				value: randomString(`${id$50}5`, HEX, 32)
			}
		]
	})
});
// dist/patterns/escalation-webhook/power-automate-workflow-url.js
const id$49 = "power-automate-workflow-url";
const QUERY = "api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=";
var power_automate_workflow_url_default = defineDetector({
	id: id$49,
	name: "Power Automate / Logic Apps workflow URL",
	category: "escalation-webhook",
	severity: "error",
	description: "Power Automate and Azure Logic Apps HTTP-trigger URLs (logic.azure.com, environment.api.powerplatform.com) carrying a sig= signature, the Teams Workflows webhook included: the signature is the credential.",
	regex: /(?<secret>https:\/\/(?<host>[a-z0-9.-]{4,253})(?::443)?\/(?<path>[a-z0-9/_.%-]{1,300})\?[a-z0-9%&=._~;-]{1,800})/iu,
	keywords: ["logic.azure.com", "api.powerplatform.com"],
	validate: (secret, { groups }) => {
		const host = (groups.host ?? "").toLowerCase();
		if (!/\.(?:logic\.azure\.com|api\.powerplatform\.com)$/u.test(host) || !/\/triggers\//iu.test(groups.path ?? "")) return false;
		const sig = splitUrl(secret).params.find(([name]) => name === "sig")?.[1] ?? "";
		return sig.length >= 20 && shannonEntropy(sig) >= 4;
	},
	references: ["https://learn.microsoft.com/en-us/azure/logic-apps/logic-apps-http-endpoint", "https://learn.microsoft.com/en-us/power-automate/teams/teams-workflows-webhooks"],
	samples: () => ({
		positive: [
			`https://prod-${randomString(`${id$49}1`, DIGITS, 2)}.westeurope.logic.azure.com:443/workflows/${randomString(`${id$49}2`, HEX, 32)}/triggers/manual/paths/invoke?${QUERY}${randomString(`${id$49}3`, BASE64URL, 43)}`,
			`https://${randomString(`${id$49}4`, LOWER_NUM, 30)}.0e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${randomString(`${id$49}5`, HEX, 32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${randomString(`${id$49}6`, BASE64URL, 43)}`,
			`https://prod-${randomString(`${id$49}7`, DIGITS, 2)}.eastus.logic.azure.com/workflows/${randomString(`${id$49}8`, HEX, 32)}/triggers/request/paths/invoke?api-version=2016-10-01&amp;sp=%2Ftriggers%2Frequest%2Frun&amp;sv=1.0&amp;sig=${randomString(`${id$49}9`, BASE64URL, 43)}`
		],
		negative: [
			`https://prod-00.westus.logic.azure.com:443/workflows/<workflow-id>/triggers/manual/paths/invoke?${QUERY}<signature>`,
			`https://prod-12.westus.logic.azure.com:443/workflows/${randomString(`${id$49}10`, HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01`,
			`https://prod-12.westus.logic.azure.com/workflows/${randomString(`${id$49}11`, HEX, 32)}/runs?api-version=2016-06-01&sig=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
			"https://management.azure.com/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Logic/workflows/{workflowName}/triggers/{triggerName}/listCallbackUrl?api-version=2016-06-01"
		]
	})
});
// dist/patterns/escalation-webhook/slack-webhook-url.js
const id$48 = "slack-webhook-url";
var slack_webhook_url_default = defineDetector({
	id: id$48,
	name: "Slack webhook URL",
	category: "escalation-webhook",
	severity: "error",
	description: "Slack incoming-webhook, workflow and trigger URLs: anyone holding one can post into the channel.",
	regex: /(?<secret>https?:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32}|workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/\d{6,20}\/[A-Za-z0-9]{20,32}|triggers\/T[A-Z0-9]{6,12}\/\d{6,20}\/[a-f0-9]{32}))(?![A-Za-z0-9])/u,
	keywords: ["hooks.slack.com"],
	publicPrefix: /^https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\//u,
	entropy: 3.5,
	references: ["https://api.slack.com/messaging/webhooks", "https://slack.com/help/articles/360041352714"],
	samples: () => ({
		positive: [
			`https://hooks.slack.com/services/T${randomString(`${id$48}1`, UPPER_NUM, 8)}/B${randomString(`${id$48}2`, UPPER_NUM, 10)}/${randomString(`${id$48}3`, ALPHA_NUM, 24)}`,
			`https://hooks.slack.com/workflows/T${randomString(`${id$48}4`, UPPER_NUM, 10)}/A${randomString(`${id$48}5`, UPPER_NUM, 10)}/${randomString(`${id$48}6`, DIGITS, 18)}/${randomString(`${id$48}7`, ALPHA_NUM, 24)}`,
			`https://hooks.slack.com/triggers/T${randomString(`${id$48}8`, UPPER_NUM, 9)}/${randomString(`${id$48}9`, DIGITS, 13)}/${randomString(`${id$48}10`, HEX, 32)}`
		],
		negative: [
			"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
			"https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/your-webhook-token",
			"https://hooks.slack.com/services/<team>/<channel>/<token>",
			"https://hooks.slack.com/"
		]
	})
});
// dist/patterns/escalation-webhook/teams-webhook-url.js
const id$47 = "teams-webhook-url";
var teams_webhook_url_default = defineDetector({
	id: id$47,
	name: "Microsoft Teams incoming webhook URL",
	category: "escalation-webhook",
	severity: "error",
	description: "Microsoft Teams (Office 365 connector) incoming-webhook URLs on *.webhook.office.com or outlook.office.com: anyone holding one can post into the channel.",
	regex: /(?<secret>https:\/\/(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}@[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?:\/[a-z0-9_-]{20,80})?)(?![a-z0-9_-])/iu,
	keywords: [
		"webhook.office.com",
		"outlook.office.com/webhook",
		"outlook.office365.com/webhook"
	],
	references: ["https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook"],
	samples: () => ({
		positive: [`https://${randomString(`${id$47}1`, LOWER_NUM, 8)}.webhook.office.com/webhookb2/${guid(`${id$47}2`)}@${guid(`${id$47}3`)}/IncomingWebhook/${randomString(`${id$47}4`, HEX, 32)}/${guid(`${id$47}5`)}/V2${randomString(`${id$47}6`, ALPHA_NUM, 43)}`, `https://outlook.office.com/webhook/${guid(`${id$47}7`)}@${guid(`${id$47}8`)}/IncomingWebhook/${randomString(`${id$47}9`, HEX, 32)}/${guid(`${id$47}10`)}`],
		negative: [
			"https://xxxxx.webhook.office.com/webhookb2/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx@xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/IncomingWebhook/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
			"https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<connector-id>",
			`https://outlook.office.com/webhook/00000000-0000-0000-0000-000000000000@00000000-0000-0000-0000-000000000000/IncomingWebhook/00000000000000000000000000000000/00000000-0000-0000-0000-000000000000`,
			`https://${randomString(`${id$47}11`, LOWER_NUM, 8)}.webhook.office.com/webhookb2/${guid(`${id$47}12`)}`
		]
	})
});
// dist/patterns/escalation-webhook/webhook-url-key-value.js
const id$46 = "webhook-url-key-value";
var webhook_url_key_value_default = defineDetector({
	id: id$46,
	name: "Webhook URL under a webhook key",
	category: "escalation-webhook",
	severity: "error",
	description: "URLs with a token under webhook key names (webhook_url, SLACK_WEBHOOK, alertHookUrl, …), whatever their host calls the path.",
	regex: /(?<key>(?:web)?hooks?(?:[_.-]?(?:url|uri|endpoint|address|target))?)["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>https?:\/\/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?::\d{2,5})?(?:\/[a-z0-9_.~%@+:=-]{0,200}){1,12}(?:\?[a-z0-9%&=._~+/:-]{1,600})?)(?![a-z0-9%&=/._~+:?-])/iu,
	keywords: [
		"webhook",
		"hook_url",
		"hookurl",
		"hook-url",
		"hook.url",
		"hook_uri",
		"hookuri",
		"hooks_url",
		"hook_endpoint",
		"hookendpoint"
	],
	validate: (secret, { registry }) => isTokenedWebhook(splitUrl(secret), false, registry),
	samples: () => ({
		positive: [
			{
				key: "webhook_url",
				value: `https://alerts.brightpath-ops.io/api/v2/notify/${randomString(`${id$46}1`, ALPHA_NUM, 32)}`
			},
			{
				key: "ALERT_HOOK_URL",
				value: `https://relay.cavra.io/in?key=${randomString(`${id$46}2`, BASE64URL, 36)}`
			},
			{
				key: "escalationWebhook",
				value: `https://ops.brightpath-ops.io/notify/${randomString(`${id$46}3`, ALPHA_NUM, 24)}/${randomString(`${id$46}4`, ALPHA_NUM, 24)}`
			}
		],
		negative: [
			{
				key: "webhook_url",
				value: "https://hooks.example.com/services/T000/B000/XXXX"
			},
			{
				key: "webhook_url",
				value: "https://api.cavra.io/integrations/github/events"
			},
			{
				key: "webhook_url",
				value: "${WEBHOOK_URL}"
			},
			{
				key: "webhookDocs",
				value: `https://docs.cavra.io/webhooks/${randomString(`${id$46}5`, ALPHA_NUM, 32)}`
			},
			{
				key: "webhook_url",
				value: "http://localhost:3000/api/webhooks/stripe"
			}
		]
	})
});
// dist/patterns/escalation-webhook/index.js
var escalation_webhook_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$6 });
/** Detectors of the `escalation-webhook` category. */
function detectors$6(_settings) {
	return [
		discord_webhook_url_default,
		generic_webhook_url_default,
		google_chat_webhook_url_default,
		mattermost_webhook_url_default,
		opsgenie_alertmanager_key_default,
		opsgenie_api_key_default,
		opsgenie_integration_url_default,
		opsgenie_section_api_key_default,
		pagerduty_events_url_default,
		pagerduty_routing_key_default,
		power_automate_workflow_url_default,
		slack_webhook_url_default,
		teams_webhook_url_default,
		webhook_url_key_value_default
	];
}
// dist/patterns/license-key/grouped-license-key.js
const id$45 = "grouped-license-key";
const LICENCE_CONTEXT = /licen[cs]e|serial|product[ _-]?key|activation|registration[ _-]?(?:key|code)|cd[ _-]?key/iu;
const KEYWORDS$1 = [
	"license",
	"licence",
	...[
		"serial",
		"product",
		"activation",
		"registration",
		"cd"
	].flatMap((w) => [
		" ",
		"_",
		"-",
		""
	].flatMap((sep) => ["key", "code"].map((k) => `${w}${sep}${k}`))),
	...[
		"serial number",
		"serial_number",
		"serialnumber",
		"serial no",
		"serial\"",
		"serial'",
		"serial:",
		"serial=",
		"serial ="
	],
	...[
		"key:",
		"key =",
		"key=",
		"key\":",
		"key':",
		"key =>"
	]
];
/** Words around a grouped key that make it a licence: the same record, a few lines up or down. */
const NEARBY_LICENCE = /licen[cs]|activat|\bseats?\b|entitlement|on-?prem|serial/iu;
/** A key name or "key:" right before the value. */
const KEY_BEFORE = /key\\?["']?[ \t]{0,4}(?:=>|[:=])?[ \t]{0,4}\\?["'`]?$/iu;
/** True when every group has the same width, as issued keys do (`ABCDE-FGHJK-…`). */
const uniformGroups = (secret) => new Set(secret.split("-").map((g) => g.length)).size === 1;
const groups$1 = (seed, count, width) => Array.from({ length: count }, (_, i) => randomString(`${seed}-${i}`, UPPER_NUM, width)).join("-");
/**
* Grouped product keys (`XXXXX-XXXXX-XXXXX-XXXXX[-XXXXX]`) only where the line
* says licence: a licence, serial, product or activation key word before it.
*/
var grouped_license_key_default = defineDetector({
	id: id$45,
	name: "Grouped licence key",
	category: "license-key",
	severity: "error",
	description: "Grouped licence, serial and activation keys (4–6 dash-separated groups of 4–6 upper-case letters and digits) after a licence word on the line.",
	regex: /(?<![A-Za-z0-9-])(?<secret>[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,5})(?![A-Za-z0-9-])/u,
	keywords: KEYWORDS$1,
	entropy: 3,
	validate: (secret, { line, match, text, offset }) => {
		const digits = secret.replace(/[^0-9]/gu, "").length;
		const letters = secret.replace(/[^A-Z]/gu, "").length;
		if (digits < 3 || letters < 3) return false;
		const at = line.indexOf(match);
		if (at === -1) return false;
		const before = line.slice(Math.max(0, at - 80), at);
		if (LICENCE_CONTEXT.test(before)) return true;
		if (!KEY_BEFORE.test(before) || !uniformGroups(secret) || secret.split("-").length < 4) return false;
		const around = text !== void 0 && offset !== void 0 ? text.slice(Math.max(0, offset - 400), offset + 400) : line;
		return NEARBY_LICENCE.test(around);
	},
	samples: () => ({
		positive: [
			{
				key: "license_key",
				value: groups$1(`${id$45}1`, 5, 5)
			},
			{
				key: "activationKey",
				value: groups$1(`${id$45}2`, 4, 4)
			},
			{
				key: "serial",
				value: groups$1(`${id$45}3`, 6, 5)
			},
			`Your product key: ${groups$1(`${id$45}4`, 5, 5)}`,
			`# on-prem install of Haugland Maritime (240 seats)\nHAUGLAND_KEY = "${groups$1(`${id$45}7`, 5, 5)}"`,
			`Customer reported "invalid signature" with this key: ${groups$1(`${id$45}8`, 5, 5)} (Varga, 120 seats).`
		],
		negative: [
			{
				key: "license_key",
				value: "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
			},
			{
				key: "license_key",
				value: "AAAAA-BBBBB-CCCCC-DDDDD"
			},
			{
				key: "license_id",
				value: "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
			},
			{
				key: "build",
				value: groups$1(`${id$45}5`, 5, 5)
			},
			{
				key: "license",
				value: "SEE-LICENSE-IN-FILE"
			},
			{
				key: "licenseKey",
				value: groups$1(`${id$45}6`, 5, 5).toLowerCase()
			},
			{
				key: "cacheKey",
				value: groups$1(`${id$45}9`, 5, 5)
			},
			`partition key: ${groups$1(`${id$45}10`, 4, 5)} (shard 3 of 8)`,
			`seats: 40, install key: AB12C-9XK4-77QPZT-Q2W3E`
		]
	})
});
// dist/patterns/license-key/license-key-value.js
const id$44 = "license-key-value";
/**
* Any non-synthetic, key-shaped value under a licence-key name. Vendor
* shapes (`CAVRA-LIC-…`, grouped keys, signed tokens) are claimed by their
* own detectors first.
*/
var license_key_value_default = defineDetector({
	id: id$44,
	name: "Licence key under a licence key name",
	category: "license-key",
	severity: "error",
	description: "Random-looking values under licence key names (license_key, licenseKey, LICENCE_TOKEN, activation_key, product_key): a working licence for the paid edition.",
	regex: /(?<key>licen[cs]e[_.-]?(?:key|code|token|string)|licen[cs]e["']?[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}["']?(?:key|code|token)|activation[_.-]?(?:key|code)|product[_.-]?key)["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>[a-z0-9][a-z0-9+/=_.:-]{15,511})/iu,
	keywords: [
		...["license", "licence"].flatMap((l) => [
			"key",
			"code",
			"token",
			"string"
		].map((k) => [l, k])).flatMap(([l, k]) => [
			"",
			"_",
			"-",
			"."
		].map((sep) => `${l ?? ""}${sep}${k ?? ""}`)),
		"license\"",
		"license'",
		"licence\"",
		"licence'",
		...["activation", "product"].flatMap((w) => ["key", "code"].flatMap((k) => [
			"",
			"_",
			"-",
			"."
		].map((sep) => `${w}${sep}${k}`)))
	],
	entropy: 3.2,
	validate: (secret) => {
		return secret.replace(/[^0-9]/gu, "").length >= 2 && /[A-Za-z]/u.test(secret) && !/\.(?:lic|key|pem|json|txt|dat)$/iu.test(secret);
	},
	samples: () => ({
		positive: [
			{
				key: "license_key",
				value: randomString(`${id$44}1`, ALPHA_NUM, 40)
			},
			{
				key: "licenseKey",
				value: `${randomString(`${id$44}2`, HEX, 8)}-${randomString(`${id$44}3`, HEX, 4)}-4${randomString(`${id$44}4`, HEX, 3)}-a${randomString(`${id$44}5`, HEX, 3)}-${randomString(`${id$44}6`, HEX, 12)}`
			},
			{
				key: "LICENCE_TOKEN",
				value: `v2:${randomString(`${id$44}7`, ALPHA_NUM, 56)}`
			}
		],
		negative: [
			{
				key: "license_key",
				value: "your-license-key-here"
			},
			{
				key: "license_key",
				value: "LICENSE-KEY-PLACEHOLDER"
			},
			{
				key: "licenseKey",
				value: "getLicenseKeyFromEnvironment"
			},
			{
				key: "license_key_path",
				value: "config/licenses/cavra2024.lic"
			},
			{
				key: "license_key",
				value: "00000000-0000-0000-0000-000000000000"
			},
			{
				key: "license",
				value: randomString(`${id$44}8`, ALPHA_NUM, 40)
			}
		]
	})
});
// dist/patterns/license-key/license-signing-key-value.js
const id$43 = "license-signing-key-value";
const WORDS = [
	"sign",
	"private",
	"issuer",
	"hmac",
	"jwt",
	"secret"
];
/**
* Secrets under licence-signing key names: whoever holds them can mint
* licences. PEM private keys under these names are left to `pem-private-key`.
*/
var license_signing_key_value_default = defineDetector({
	id: id$43,
	name: "Licence-signing secret",
	category: "license-key",
	severity: "error",
	description: "High-entropy values under licence-signing key names (license_signing_key, LICENSE_SIGNING_SECRET, licencePrivateKey, …): they mint licences.",
	regex: /(?<key>licen[cs]e[_.-]?(?:(?:signing|sign|private|issuer|hmac|jwt)[_.-]?(?:key|secret|seed)|secret))["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>[a-z0-9+/_][a-z0-9+/=_.~-]{23,511})/iu,
	keywords: ["license", "licence"].flatMap((l) => [
		"",
		"_",
		"-",
		"."
	].flatMap((sep) => WORDS.map((w) => `${l}${sep}${w}`))),
	entropy: 3.5,
	validate: (secret) => /[0-9]/u.test(secret) && /[A-Za-z]/u.test(secret),
	samples: () => ({
		positive: [
			{
				key: "license_signing_key",
				value: randomString(`${id$43}1`, BASE64, 44)
			},
			{
				key: "LICENSE_SIGNING_SECRET",
				value: randomString(`${id$43}2`, HEX, 64)
			},
			{
				key: "licencePrivateKey",
				value: randomString(`${id$43}3`, ALPHA_NUM, 48)
			}
		],
		negative: [
			{
				key: "license_signing_key",
				value: "your-license-signing-key-here"
			},
			{
				key: "LICENSE_SIGNING_SECRET",
				value: "${LICENSE_SIGNING_SECRET}"
			},
			{
				key: "license_signing_key",
				value: "process.env.LICENSE_SIGNING_KEY"
			},
			{
				key: "license_verification_key",
				value: randomString(`${id$43}4`, BASE64, 44)
			},
			{
				key: "license_signing_key",
				value: randomString(`${id$43}5`, ALPHA_NUM, 12)
			}
		]
	})
});
// dist/patterns/license-key/nested-license-key-value.js
const id$42 = "nested-license-key-value";
/**
* A key-shaped value under a `key` / `token` / `code` child of a `license`
* block (YAML or pretty-printed JSON), which the line-local
* `license-key-value` cannot see.
*/
var nested_license_key_value_default = defineDetector({
	id: id$42,
	name: "Licence key in a licence block",
	category: "license-key",
	severity: "error",
	description: "Random-looking values under the key, token or code child of a license / licence block in YAML or pretty-printed JSON (license:\\n  key: …).",
	regex: /(?<![a-z0-9_-])(?:\\?["'])?licen[cs]e(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n|\\n)(?<indent>[ \t*#/]{1,16})(?:(?:\\?["'])?[a-z0-9_-]{1,40}(?:\\?["'])?[ \t]{0,4}:(?:[^\r\n\\]|\\[^n]){0,300}(?:\r?\n|\\n)\k<indent>){0,8}(?:\\?["'])?(?:key|code|token)(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}(?:\\?["'])?(?<secret>[a-z0-9][a-z0-9+/=_.:-]{15,511})/iu,
	keywords: ["licen"],
	keywordContext: /licen[cs]e(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n|\\n)/iu,
	multiline: true,
	reach: 4096,
	entropy: 3.2,
	validate: (secret) => secret.replace(/[^0-9]/gu, "").length >= 2 && /[A-Za-z]/u.test(secret) && !/\.(?:lic|key|pem|json|txt|dat)$/iu.test(secret),
	samples: () => ({
		positive: [
			`license:\n  edition: enterprise\n  key: ${randomString(`${id$42}1`, HEX, 64)}`,
			`licence:\n  token: ${randomString(`${id$42}2`, ALPHA_NUM, 48)}\n  seats: 25`,
			`"license": {\n  "key": "${randomString(`${id$42}3`, ALPHA_NUM, 40)}"`
		],
		negative: [
			"license:\n  name: Apache 2.0\n  url: https://www.apache.org/licenses/LICENSE-2.0.html",
			"license:\n  key: your-license-key-here",
			"license:\n  key: ${CAVRA_LICENSE_KEY}",
			`license: MIT\nkey: ${randomString(`${id$42}4`, HEX, 64)}`,
			"license:\n  file: /etc/cavra/license-2024.lic"
		]
	})
});
// dist/patterns/license-key/product-license-key.js
const id$41 = "product-license-key";
/** Licence kinds that follow the product name: `CAVRA-LIC-…`, `cavra_ee_…`. */
const KINDS = [
	"lic",
	"license",
	"licence",
	"ee",
	"ent"
];
/** Groups of `count` upper-alphanumerics joined by dashes. */
const groups = (seed, count, width) => Array.from({ length: count }, (_, i) => randomString(`${seed}-${i}`, UPPER_NUM, width)).join("-");
/**
* Random keys mix letters and digits throughout; names such as
* `CAVRA_EE_FEATURE_FLAGS_2024` or `CAVRA-LIC-RENEWAL-NOTICE` do not.
*/
function looksRandom(body) {
	const chars = body.replace(/[^A-Za-z0-9]/gu, "");
	if (chars.length < 16) return false;
	let digits = 0;
	let switches = 0;
	let previous;
	for (const ch of chars) {
		const digit = ch >= "0" && ch <= "9";
		if (digit) digits++;
		if (previous !== void 0 && previous !== digit) switches++;
		previous = digit;
	}
	return digits >= 2 && chars.length - digits >= 2 && switches >= 4 && shannonEntropy(chars) >= 3;
}
/**
* Prefixed licence keys of the configured products (`settings.productNames`):
* `CAVRA-LIC-XXXXX-…`, `CAVRA-EE-…`, `cavra_lic_<base62>`.
*/
function productLicenseKey(settings = DEFAULT_CATALOG_SETTINGS) {
	const products = settings.productNames.map((p) => p.toLowerCase()).filter((p) => /^[a-z0-9][a-z0-9-]{1,40}$/u.test(p));
	const names = products.map(escapeRegExp).join("|") || "cavra";
	const kinds = KINDS.join("|");
	const regex = new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>(?:${names})(?:-(?:${kinds})-(?<dashed>[A-Z0-9]{2,64}(?:-[A-Z0-9]{2,64}){0,8})|_(?:${kinds})_(?<plain>[A-Z0-9]{16,256})))(?![A-Za-z0-9_-])`, "iu");
	return defineDetector({
		id: id$41,
		name: "Product licence key",
		category: "license-key",
		severity: "error",
		description: `Licence keys with the product prefix of ${products.join(", ") || "cavra"} (\`CAVRA-LIC-…\`, \`CAVRA-EE-…\`, \`cavra_lic_…\`): a working key unlocks paid features.`,
		regex,
		keywords: (products.length > 0 ? products : ["cavra"]).flatMap((p) => [
			`${p}-lic`,
			`${p}_lic`,
			`${p}-ee-`,
			`${p}_ee_`,
			`${p}-ent-`,
			`${p}_ent_`
		]),
		validate: (_secret, { groups: g }) => looksRandom(g.dashed ?? g.plain ?? ""),
		samples: () => ({
			positive: [
				`CAVRA-LIC-${groups(`${id$41}1`, 5, 5)}`,
				`cavra_lic_${randomString(`${id$41}2`, ALPHA_NUM, 32)}`,
				`CAVRA-EE-${groups(`${id$41}3`, 4, 6)}`,
				`CAVRA_ENT_${randomString(`${id$41}4`, UPPER_NUM, 28)}`,
				`CAVRA-LICENSE-V2-${groups(`${id$41}5`, 3, 8)}`
			],
			negative: [
				"CAVRA-LIC-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",
				"CAVRA-LIC-<your-license-key>",
				"CAVRA_LICENSE_KEY",
				"CAVRA-EE-FEATURE-FLAGS-2024",
				`cavra_lic_${randomString(`${id$41}6`, ALPHA_NUM, 10)}`,
				`ACME-LIC-${groups(`${id$41}7`, 5, 5)}`
			]
		})
	});
}
// dist/patterns/license-key/index.js
var license_key_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$5 });
/** Detectors of the `license-key` category. */
function detectors$5(settings) {
	return [
		grouped_license_key_default,
		license_key_value_default,
		license_signing_key_value_default,
		nested_license_key_value_default,
		productLicenseKey(settings),
		signed_license_token_default
	];
}
// dist/patterns/paid-policy-pack/pack-tier-key-value.js
const id$40 = "pack-tier-key-value";
/** Words that put a record in a policy pack: the pack itself, its manifest kind, a `pack:` or `packs:` key, a TOML `[packs.…]` table. */
const PACK_CONTEXT = /(?:policy|rule|control|compliance)[ _-]?packs?|(?:^|[\s"'`{,#(])packs?\\?["']?[ \t]{0,4}[:=]|\[packs?[.\]]/imu;
/** How far before the tier a pack's header or key may be. */
const REACH$3 = 1200;
/**
* A `tier` or `edition` key set to a paid level (enterprise, premium, paid,
* commercial) inside a policy pack's record: manifest labels
* (`<product>.io/tier: enterprise`), Rego METADATA `custom:` blocks under a
* `pack:` key, and lock-file entries under `packs`. The pack context is
* looked for on the line and a bounded stretch above it. A tier alone
* (a pricing page, a cloud SKU) is not a pack; loses to the specific
* pack detectors at the same place.
*/
var pack_tier_key_value_default = defineDetector({
	id: id$40,
	name: "Paid tier in a policy-pack record",
	category: "paid-policy-pack",
	severity: "error",
	description: "Tier or edition keys set to enterprise, premium, paid or commercial inside policy-pack manifests, Rego metadata and pack lock entries.",
	regex: /(?<![A-Z0-9])(?:tier|edition)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>enterprise|premium|paid|commercial)(?![A-Z0-9-])/iu,
	keywords: ["tier", "edition"],
	validate: (_secret, { text, offset, line }) => {
		if (text === void 0 || offset === void 0) return PACK_CONTEXT.test(line);
		return PACK_CONTEXT.test(text.slice(Math.max(0, offset - REACH$3), offset));
	},
	samples: () => ({
		positive: [
			{
				key: "pack",
				value: "pci-dss-extended; tier: enterprise"
			},
			{
				key: "packs",
				value: "{ \"soc2-type2\": { \"version\": \"1.7.0\", \"tier\": \"enterprise\", \"sha256\": \"…\" } }"
			},
			{
				key: "manifest",
				value: "kind: PolicyPack, labels: { acme.io/tier: premium }"
			},
			{
				key: "rule_pack",
				value: "{ name: vendor-risk, edition: commercial }"
			}
		],
		negative: [
			{
				key: "pack",
				value: "baseline; tier: community"
			},
			{
				key: "plan",
				value: "tier: enterprise"
			},
			{
				key: "sku",
				value: "{ \"edition\": \"enterprise\", \"seats\": 50 }"
			},
			{
				key: "packs",
				value: "{ \"baseline\": { \"tier\": \"<tier>\" } }"
			},
			{
				key: "webpack",
				value: "mode: production, tier: enterprise"
			}
		]
	})
});
// dist/patterns/paid-policy-pack/paid-pack-notice.js
const id$39 = "paid-pack-notice";
/**
* A policy pack named on the line ("paid policy pack", "SOC 2 control pack",
* "Enterprise pack"); a paid add-on or plugin is not a policy pack.
*/
const PACK = /\b(?:policy|rule|control|compliance|guardrail|benchmark|paid|enterprise)[ \t-]+packs?\b/iu;
/** The restriction phrases (the regex's secret), to report a line's first one only. */
const RESTRICTION = /do[ \t]+not[ \t]+redistribute|redistribution[ \t]+(?:is[ \t]+)?(?:strictly[ \t]+)?(?:prohibited|forbidden|not[ \t]+permitted)|(?:available|licensed)[ \t]+(?:only[ \t]+)?to[ \t]+(?:[\w-]{1,30}[ \t]+){0,3}subscribers|subscribers[ \t]+only|requires[ \t]+(?:the|an?)[ \t]+[\w.:-]{1,60}[ \t]+entitlement/iu;
/** The part of the offset's line before it (at most 2 KB). */
function lineBefore(text, offset) {
	const floor = Math.max(0, offset - 2048);
	let start = offset;
	while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
	return text.slice(start, offset);
}
var paid_pack_notice_default = defineDetector({
	id: id$39,
	name: "Paid policy-pack notice",
	category: "paid-policy-pack",
	severity: "error",
	description: "Notices that restrict a policy pack to paying subscribers or an entitlement (do not redistribute, subscribers only, requires the … entitlement).",
	regex: new RegExp(`(?<secret>${RESTRICTION.source})\\b`, "iu"),
	keywords: [
		"redistribut",
		"subscribers",
		"entitlement"
	],
	validate: (_secret, { line, text, offset }) => PACK.test(line) && (text === void 0 || offset === void 0 || !RESTRICTION.test(lineBefore(text, offset))),
	samples: () => ({
		positive: [
			"> **Paid policy pack.** Available to Enterprise subscribers under licence; do not redistribute.",
			"# SOC 2 Type II control pack. Paid add-on: requires the policy-packs.soc2 entitlement.",
			"HIPAA rule pack: licensed to Premium subscribers only. Redistribution prohibited."
		],
		negative: [
			"Enterprise policy packs (HIPAA, SOC 2, PCI) are available with an Enterprise licence.",
			"Redistribution and use in source and binary forms, with or without modification, are permitted.",
			"This feature requires the audit-log entitlement.",
			"Paid or enterprise policy pack files and their markers stay private.",
			"The browser add-on is available to all subscribers.",
			"Premium add-on: available to Pro subscribers only."
		]
	})
});
/**
* A policy-pack manifest (`policy_pack:`, `kind: PolicyPack`,
* `"policyPack": {`) whose `tier`, `edition`, `plan` or `license` a few
* lines further down is enterprise, premium, paid or commercial.
*/
var policy_pack_manifest_tier_default = defineDetector({
	id: "policy-pack-manifest-tier",
	name: "Paid policy-pack manifest",
	category: "paid-policy-pack",
	severity: "error",
	description: "Policy-pack manifests whose tier, edition, plan or licence is enterprise, premium, paid or commercial.",
	regex: /(?<![A-Z0-9])policy[_-]?packs?(?:[_-]manifest)?\b(?:(?!policy[_-]?pack)[\s\S]){1,400}?(?<![A-Z0-9_-])(?:tier|edition|plan|licen[cs]e)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>enterprise|premium|paid|commercial)(?![A-Z0-9-])/iu,
	keywords: [
		"policy_pack",
		"policypack",
		"policy-pack"
	],
	multiline: true,
	samples: () => ({
		positive: [
			{
				key: "policy_pack",
				value: "{ name: soc2-controls, version: 2.1.0, tier: enterprise }"
			},
			{
				key: "manifest",
				value: "kind: PolicyPack, metadata: { name: hipaa-guardrails }, spec: { edition: premium }"
			},
			{
				key: "policy-pack",
				value: "name=pci-dss-extended; license=commercial"
			}
		],
		negative: [
			{
				key: "policy_pack",
				value: "{ name: baseline, tier: community }"
			},
			{
				key: "policy_pack",
				value: "the enterprise tier of each policy pack is private"
			},
			{
				key: "operation",
				value: "policy_registry_lookup, tier: enterprise"
			},
			{
				key: "policy_pack",
				value: "{ name: baseline, tier: <tier> }"
			}
		]
	})
});
/**
* A policy pack's tier or edition key (`pack_tier`, `policyPackEdition`,
* `pack_license`, …) set to a paid level (enterprise, premium, paid,
* commercial): the marker of a pack that is sold, not published.
*/
var policy_pack_paid_tier_default = defineDetector({
	id: "policy-pack-paid-tier",
	name: "Paid policy-pack tier",
	category: "paid-policy-pack",
	severity: "error",
	description: "Policy-pack tier, edition, plan or licence keys set to enterprise, premium, paid or commercial.",
	regex: /(?<![A-Z0-9])(?:policy[_-]?)?packs?[_-]?(?:tier|edition|plan|level|licen[cs]e)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>enterprise|premium|paid|commercial)(?![A-Z0-9-])/iu,
	keywords: [
		"pack_",
		"pack-",
		"packtier",
		"packedition",
		"packplan",
		"packlevel",
		"packlicen",
		"packs_",
		"packstier"
	],
	samples: () => ({
		positive: [
			{
				key: "pack_tier",
				value: "enterprise"
			},
			{
				key: "policyPackEdition",
				value: "premium"
			},
			{
				key: "pack_license",
				value: "commercial"
			},
			"policy_pack_tier: paid"
		],
		negative: [
			{
				key: "pack_tier",
				value: "community"
			},
			{
				key: "pack_tier",
				value: "free"
			},
			{
				key: "tier",
				value: "enterprise"
			},
			"struct.unpack_from(fmt, enterprise)",
			{
				key: "pack_tier",
				value: "enterprise-pending"
			}
		]
	})
});
// dist/patterns/paid-policy-pack/product-paid-pack-marker.js
const id$36 = "product-paid-pack-marker";
/**
* Markers of a product's paid policy packs, built from settings.productNames:
* titles such as "<Product> Enterprise Policy Pack", licence ids such as
* `license: <product>-commercial`, and Rego packages of paid packs
* (`package <product>.packs.enterprise.pci`).
*/
function productPaidPackMarker(settings = DEFAULT_CATALOG_SETTINGS) {
	const names = settings.productNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9 ._-]{0,40}$/u.test(n));
	const product = alternation(names);
	const first = names[0] ?? "product";
	const title = first.toUpperCase();
	return defineDetector({
		id: id$36,
		name: "Paid policy-pack marker",
		category: "paid-policy-pack",
		severity: "error",
		description: `Titles and licence ids of paid policy packs of ${names.join(", ")} (Enterprise Policy Pack, ${first}-commercial licence).`,
		regex: new RegExp(`(?<![A-Za-z0-9])(?<secret>${product}[ _-](?:enterprise|premium|paid|commercial|pro)[ _-](?:policy[ _-]?packs?|polic(?:y|ies)|rule[ _-]?packs?)|licen[cs]e\\\\?["']?[ \\t]{0,4}[:=][ \\t]{0,4}\\\\?["'\`]?${product}-(?:commercial|enterprise|proprietary|paid)(?:-[a-z0-9]{1,20})?|(?<=\\bpackage[ \\t]{1,4})${product}\\.(?:packs?|polic(?:y|ies)|rules)\\.(?:[a-z_][a-z0-9_]{0,40}\\.){0,2}?(?:enterprise|premium|paid|commercial)(?:\\.[a-z_][a-z0-9_]{0,40}){0,6})(?![A-Za-z0-9-])`, "iu"),
		keywords: names,
		samples: () => ({
			positive: [
				`# ${title} Enterprise Policy Pack`,
				{
					key: "license",
					value: `${first}-commercial`
				},
				`${first}-premium-policies`,
				`${title} Paid Rule Pack: vendor risk`,
				`package ${first}.packs.enterprise.pci.req_3_4`
			],
			negative: [
				`# ${title} Community Policy Pack`,
				{
					key: "license",
					value: "Apache-2.0"
				},
				"Paid or enterprise policy pack files and their markers.",
				`${first}.saas_control_plane.request.v1`,
				{
					key: "license",
					value: `${first}-community`
				},
				`package ${first}.packs.community.baseline`,
				`package ${first}.enterprise.billing;`
			]
		})
	});
}
// dist/patterns/paid-policy-pack/index.js
var paid_policy_pack_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$4 });
/** Detectors of the `paid-policy-pack` category, sorted by id. */
function detectors$4(settings) {
	return [
		pack_tier_key_value_default,
		paid_pack_notice_default,
		policy_pack_manifest_tier_default,
		policy_pack_paid_tier_default,
		productPaidPackMarker(settings)
	];
}
// dist/patterns/saas-backend-code/billing-ledger-write.js
const id$35 = "billing-ledger-write";
/** How far around the write the tie to the hosted service is looked for. */
const REACH$2 = 600;
/**
* The tie to the hosted control plane: a tenant (`tenant_id`, `tenantId`,
* `tenant.id`, `tenants`), or a SaaS operation or private check of the
* contract in any spelling (`billing_monitoring`, `billingMonitoring`).
*/
const TIE = new RegExp(`\\btenants?(?:[_.]?id)?\\b|${[...SAAS_OPERATIONS, ...OPERATING_AUTOMATION_CHECKS].map((words) => words.split("_").join("[_-]?")).join("|")}`, "iu");
/** Who a billing store is about, and what it holds: `billing_ledger`, `usageRecords`, `meter_readings`, `credit_events`. */
const STORE_OWNERS = [
	"billing",
	"usage",
	"credit",
	"meter",
	"metered",
	"metering"
];
const STORE_KINDS = [
	"event",
	"record",
	"reading",
	"charge",
	"counter",
	"snapshot"
];
/** Store names of a billing ledger or usage meter (`billing_ledger`, `usageRecords`, `LedgerEntry`, `tenant_usage`). */
const STORE = String.raw`(?:tenant_?)?(?:${STORE_OWNERS.join("|")})_?(?:ledger(?:_?entr(?:y|ies))?|(?:${STORE_KINDS.join("|")})s?|usage)|ledger_?entr(?:y|ies)|tenant_?usage`;
/** Verbs and nouns of a function that records usage (`record_usage`, `billTenantOverage`). */
const RECORD_VERBS = [
	"record",
	"report",
	"meter",
	"bill",
	"charge",
	"accrue"
];
const RECORD_NOUNS = [
	"usage",
	"overage",
	"metering",
	"ledger"
];
/** Vendor metering calls, as the vendors' SDKs spell them. */
const VENDOR_CALLS = String.raw`createUsageRecord|(?:V1)?BillingMeterEvents\.Create|usagerecord\.New|create_usage_record|meterEvents\.create|meter_events\.create|MeterEvent\.create|meterEventAdjustments\.create|meter_event_adjustments\.create|UsageRecord\.create|usage\.ingest|events\.ingest|chargebee\.usage\.create|createUsage`;
/** `a`, `a_b` and `ab` for each pair: how the words are joined in names. */
function joined(firsts, seconds) {
	return firsts.flatMap((a) => seconds.flatMap((b) => [`${a}_${b}`, `${a}${b}`]));
}
/**
* Every match holds one of these: the vendor calls' names, `ledger`, each
* store owner joined to each kind, and each verb joined to each noun (with
* or without `tenant` between). Specific words, so that the regex runs only
* near a billing store or call, not at every `usage`.
*/
const KEYWORDS = [
	"usagerecord",
	"usage_record",
	"meterevent",
	"meter_event",
	"usage.ingest",
	"events.ingest",
	"chargebee",
	"createusage",
	"ledger",
	...joined(STORE_OWNERS, [...STORE_KINDS, "usage"]),
	...joined(["tenant"], ["usage", ...RECORD_NOUNS]),
	...joined(RECORD_VERBS, RECORD_NOUNS)
];
/**
* Billing ledgers and usage metering of the hosted service: code that writes
* metered usage or ledger entries tied to a tenant or to the contract's
* operations and checks. One finding per file: a ledger module is one leak.
* The same write with no tie to the hosted service (an app's own orders
* table, a public example of a meter event) is not a finding.
*/
var billing_ledger_write_default = defineDetector({
	id: id$35,
	name: "Billing ledger or usage-metering write",
	category: "saas-backend-code",
	severity: "error",
	precedence: 2,
	description: "Billing-ledger and usage-metering writes of the hosted service (Stripe usage records and meter events, Orb, OpenMeter, Metronome, Chargebee and Recurly usage, SQL and ORM writes to ledger or usage tables) tied to a tenant or to the SaaS operations, reported once per file.",
	regex: new RegExp(String.raw`(?<secret>\b(?:${VENDOR_CALLS})[ \t]*\(` + String.raw`|\b(?:INSERT[ \t]+INTO|UPDATE)[ \t]+["'\x60]?(?:\w{1,40}\.)?(?:${STORE})\b` + String.raw`|\b(?:insertInto|into|table)\([ \t]*["'\x60](?:\w{1,40}\.)?(?:${STORE})["'\x60]` + String.raw`|\.(?:${STORE})\.(?:create|createMany|upsert|insert|insertMany|bulkCreate|insertOne)[ \t]*\(` + String.raw`|\binsert\([ \t]*(?:schema\.)?(?:${STORE})[ \t]*\)` + String.raw`|\b(?:${STORE})\.objects\.(?:create|bulk_create|get_or_create|update_or_create)\(` + String.raw`|\badd(?:_all)?\([ \t]*(?:${STORE})\(` + String.raw`|\b(?:async[ \t]+)?(?:function\*?|def|func|fn)[ \t]+(?:${RECORD_VERBS.join("|")})_?(?:tenant_?)?(?:${RECORD_NOUNS.join("|")})\w{0,30}[ \t]*[(<])`, "iu"),
	keywords: [...new Set(KEYWORDS)],
	oncePer: "file",
	validate: (_secret, { text, offset, line }) => {
		const around = text === void 0 || offset === void 0 ? line : text.slice(Math.max(0, offset - REACH$2), Math.min(text.length, offset + REACH$2));
		return TIE.test(around);
	},
	references: [
		"https://docs.stripe.com/api/billing/meter-event/create",
		"https://docs.stripe.com/api/usage_records/create",
		"https://docs.withorb.com/api-reference/event/ingest-events",
		"https://openmeter.io/docs/api/cloud#tag/events/operation/ingestEvents",
		"https://docs.metronome.com/api-reference/usage/ingest-events",
		"https://apidocs.chargebee.com/docs/api/usages"
	],
	samples: () => ({
		positive: [
			"await stripe.billing.meterEvents.create({ event_name: 'api_requests', payload: { stripe_customer_id: tenant.stripeCustomerId, value: '1' } });",
			"await stripe.subscriptionItems.createUsageRecord(tenant.meteredItemId, { quantity: usage.count, timestamp: now });",
			"INSERT INTO billing_ledger (tenant_id, amount_cents, entry_type) VALUES ($1, $2, 'usage')",
			"await prisma.usageRecord.create({ data: { tenantId, metric: \"automation_runs\", quantity } });",
			"UsageRecord.objects.create(tenant_id=tenant_id, metric=\"api_calls\", quantity=count)",
			"def record_usage(tenant_id: str, units: int) -> None:",
			"await db.insert(ledgerEntries).values({ tenantId: tenant.id, amount, kind: \"overage\" });"
		],
		negative: [
			"INSERT INTO orders (customer_id, total) VALUES ($1, $2)",
			"await stripe.billing.meterEvents.create({ event_name: 'api_requests', payload: { stripe_customer_id: customer.id, value: '1' } });",
			"const usage = await getUsage(tenantId);",
			"await prisma.order.create({ data: { tenantId, total } });",
			"SELECT * FROM billing_ledger WHERE tenant_id = $1"
		]
	})
});
// dist/patterns/saas-backend-code/hosted-service-response.js
const id$34 = "hosted-service-response";
/** An accepted status in the same response (`status: 'accepted'`, `Status: StatusAccepted`). */
const ACCEPTED = /\bstatus\\?["']?[ \t]{0,4}[:=][ \t]{0,4}(?:\\?["'`]accepted\\?["'`]|[\w.]{0,40}accepted\b)/iu;
/**
* Responses that only the hosted service produces: the contract's
* `private_implementation_required` set to false in a response whose status
* is `accepted`, written by a route handler (TS, Python, Go) or recorded
* from the service. The public edition always answers
* `requires_private_service` with the flag set to true.
*/
var hosted_service_response_default = defineDetector({
	id: id$34,
	name: "Hosted service response",
	category: "saas-backend-code",
	severity: "error",
	precedence: 2,
	description: "Responses that claim the private implementation ran (private_implementation_required false with an accepted status): hosted route handlers and recorded hosted responses.",
	regex: /(?<![\w-])\\?["']?(?:private_implementation_required|privateImplementationRequired)\\?["']?(?:[ \t]{0,4}:[ \t]{0,4}|=)(?<secret>false)(?![\w-])/iu,
	keywords: ["private_implementation_required", "privateimplementationrequired"],
	validate: (_secret, { line, text, offset }) => ACCEPTED.test(recordAround$1(text, offset, line, 8, 8)),
	samples: () => ({
		positive: [
			`{ "status": "accepted", "correlation_id": "saas-7d22c09a4be1", "private_implementation_required": false }`,
			"return { status: 'accepted', message: 'entitlements resolved', private_implementation_required: false, payload };",
			"json.NewEncoder(w).Encode(map[string]any{\"status\": \"accepted\", \"private_implementation_required\": false})",
			"Response{Status: StatusAccepted, PrivateImplementationRequired: false}",
			"return OperatingResponse(status=\"accepted\", private_implementation_required=False)"
		],
		negative: [
			"{ status: 'requires_private_service', private_implementation_required: true }",
			"{ status: 'accepted', private_implementation_required: true }",
			"v.private_implementation_required = false;",
			"{ status: 'unavailable', private_implementation_required: false }",
			"expect(response.private_implementation_required).toBe(false);"
		]
	})
});
/**
* Calls into the private control plane: routes under `/internal/` for
* billing, entitlements, licence telemetry, tenants and the audit store
* (alone in a string or after a host), and hosts such as `billing.internal`.
* A Go import path (`…/internal/<package>`) is a package, not a route.
*/
var internal_service_endpoint_default = defineDetector({
	id: "internal-service-endpoint",
	name: "Internal service endpoint",
	category: "saas-backend-code",
	severity: "error",
	precedence: 2,
	description: "Routes and hosts of the private billing, entitlement, licence-telemetry, tenant and audit-store services.",
	regex: /(?<![\w./-])(?<secret>(?:https?:\/\/[\w.-]{1,100}(?::\d{2,5})?)?\/internal\/(?:billing|entitlements?|licen[cs]es?|licen[cs]e-telemetry|tenants?|tenant-audit|audit-store|control-plane|saas)(?:\/[\w.{}:-]{1,60}){0,8}\/?|https?:\/\/(?:billing|entitlements?|licen[cs]e-telemetry|tenant-audit|audit-store|control-plane)(?:-\w{1,20})?\.internal(?::\d{2,5})?(?:\/[\w.{}:-]{1,60}){0,8})(?![\w./-])/iu,
	keywords: [
		"/internal/billing",
		"/internal/entitlement",
		"/internal/licen",
		"/internal/tenant",
		"/internal/audit",
		"/internal/control",
		"/internal/saas",
		".internal"
	],
	samples: () => ({
		positive: [
			"/internal/billing/invoices/{invoiceId}/retry",
			"https://api.cavra.io/internal/entitlements/check",
			"http://license-telemetry.internal:8080/v1/ingest",
			"/internal/tenants/{tenantId}/audit-export"
		],
		negative: [
			"github.com/northbridge/platform/internal/billing",
			"/api/v1/billing/invoices",
			"https://metadata.google.internal/computeMetadata/v1/",
			"src/internal/billing/index.ts"
		]
	})
});
/**
* Settings of the private services' stores: `<SERVICE>_DB_URL`,
* `<SERVICE>_DATABASE_URL`, `<SERVICE>_REDIS_URL`, `<SERVICE>_STORE_DSN`, …
* for the billing, entitlement, licence-telemetry, audit-store and
* control-plane services. Only the hosted service reads them.
*/
var private_service_config_default = defineDetector({
	id: "private-service-config",
	name: "Private service store setting",
	category: "saas-backend-code",
	severity: "error",
	precedence: 2,
	description: "Database and queue settings of the private billing, entitlement, licence-telemetry, audit-store and control-plane services.",
	regex: /(?<![A-Z0-9_])(?<secret>(?:BILLING|ENTITLEMENTS?|LICEN[CS]E_TELEMETRY|TENANT_AUDIT(?:_STORE)?|AUDIT_STORE|CONTROL_PLANE|SAAS_BACKEND|SAAS_CONTROL_PLANE)_(?:DB|DATABASE|POSTGRES|PG|MYSQL|REDIS|MONGO(?:DB)?|STORE)_(?:URL|URI|DSN|HOST))(?![A-Z0-9_])/u,
	keywords: [
		"billing_",
		"entitlement",
		"license_telemetry_",
		"licence_telemetry_",
		"tenant_audit_",
		"audit_store_",
		"control_plane_",
		"saas_backend_",
		"saas_control_plane_"
	],
	samples: () => ({
		positive: [
			"process.env.BILLING_DB_URL",
			"ENTITLEMENTS_DATABASE_URL",
			"os.environ[\"LICENSE_TELEMETRY_REDIS_URL\"]",
			"TENANT_AUDIT_STORE_DSN"
		],
		negative: [
			"DATABASE_URL",
			"billing_db_url",
			"BILLING_EMAIL",
			"BILLING_DB_URL_EXAMPLE_PENDING_X",
			"billing_monitoring_status"
		]
	})
});
// dist/patterns/saas-backend-code/private-service-repo-source.js
const id$31 = "private-service-repo-source";
/** A repository of the hosted service's code: `saas-backend`, `saas-api`, `control-plane`, … */
const SAAS_REPO = /saas[_-]?(?:backend|service|server|api|platform|infra|ops|control[_-]?plane|workers?|scheduler)|control[_-]?plane/iu;
/**
* Infrastructure and build files that pull the hosted service's code or
* images from the product's private repositories (settings.productNames):
* Terraform module sources (with or without a scheme), Helm chart and
* Kustomize remote bases, git dependencies, submodules and container images
* whose reference names the product and a SaaS backend or control-plane
* repository (`git::ssh://git@github.com/<product>-private/saas-backend.git//modules/…`).
* Links to the product's public repository and third-party control-plane
* modules are not sources of private code; a dependency entry of a private
* package (`"@<product>/saas-x": "git+https://…"`) is reported once, as that
* package's import.
*/
function privateServiceRepoSource(settings = DEFAULT_CATALOG_SETTINGS) {
	const names = settings.productNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9._-]{0,40}$/u.test(n));
	const first = names[0] ?? "product";
	/** `<product>-private`, `<product>_internal`, …: an organisation that holds private code. */
	const packages = [...new Set(settings.privatePackages.map((p) => p.toLowerCase()))].filter((p) => /^@?[a-z0-9][a-z0-9._/-]{0,100}$/u.test(p));
	const dependencyEntry = new RegExp(`\\\\?["']${alternation(packages)}[\\w./-]{0,100}\\\\?["'][ \\t]{0,4}:`, "iu");
	const privateOrg = new RegExp(`^${alternation(names)}[_.-]?(?:private|internal|saas|corp|ops|ee|enterprise)$`, "iu");
	return defineDetector({
		id: id$31,
		name: "Private service repository source",
		category: "saas-backend-code",
		severity: "error",
		precedence: 2,
		description: "Terraform module sources, chart, git and image references that pull the hosted service from the product’s private SaaS backend or control-plane repositories.",
		regex: /(?<![\w.@/-])(?<secret>(?:(?:git::|git\+)?(?:(?:ssh|https?|git):\/\/(?:[\w.-]{1,60}@)?|git@)[\w.-]{1,100}(?::\d{1,5})?|github\.com|gitlab\.com|bitbucket\.org|ghcr\.io|quay\.io|docker\.io|gcr\.io|[\w-]{1,40}-docker\.pkg\.dev)[/:](?<org>[\w.-]{1,80})\/(?<repo>[\w.-]{1,100})(?:[/?#][^\s"'`<>)\]\\]{0,200})?)/iu,
		keywords: [.../* @__PURE__ */ new Set([
			...names.flatMap((n) => [
				`${n}-private`,
				`${n}_private`,
				`${n}-internal`
			]),
			"/saas",
			"-saas",
			"_saas",
			"control-plane",
			"control_plane",
			"controlplane"
		])],
		validate: (secret, { groups, line }) => {
			const org = groups.org ?? "";
			const repo = (groups.repo ?? "").replace(/\.git$/iu, "");
			if (dependencyEntry.test(line)) return false;
			if (!names.some((n) => org.toLowerCase().includes(n) || repo.toLowerCase().includes(n))) return false;
			if (SAAS_REPO.test(repo)) return true;
			return privateOrg.test(org) && SAAS_REPO.test(secret.slice(secret.indexOf(repo) + repo.length));
		},
		samples: () => ({
			positive: [
				`source = "git::ssh://git@github.com/${first}-private/saas-backend.git//modules/control-plane?ref=v3.2.0"`,
				`repository: https://gitlab.com/${first}/${first}-control-plane.git`,
				`git+ssh://git@github.com/${first}-internal/platform.git#path=services/saas-api`,
				`url = git@github.com:${first}/saas-workers.git`,
				`image: ghcr.io/${first}-private/control-plane:3.2.0`,
				`source = "github.com/${first}/${first}-saas-infra//modules/tenants"`
			],
			negative: [
				`https://github.com/${first}/${first}/blob/main/docs/architecture/saas-operating-automation-contract.md`,
				"source = \"git::https://github.com/terraform-aws-modules/terraform-aws-eks.git//modules/control-plane?ref=v20.8.4\"",
				"https://github.com/northbridge/saas-backend",
				`https://github.com/${first}/${first}-cli.git`,
				`https://github.com/${first}-private/design-assets.git`,
				`image: ghcr.io/${first}/${first}-cli:1.4.0`,
				`"${packages.find((p) => p.startsWith("@")) ?? "@private"}/scheduler": "git+https://github.com/${first}-private/saas-scheduler.git#v0.9.2"`
			]
		})
	});
}
// dist/patterns/saas-backend-code/saas-backend-path-import.js
/**
* Imports that reach into the hosted service's source tree: the private
* paths (settings.privatePaths) that name the SaaS backend or control plane
* (`'../../saas-backend/db/connect.js'`, `from saas_backend.billing import …`).
*/
function saasBackendPathImport(settings = DEFAULT_CATALOG_SETTINGS) {
	return pathImportDetector({
		id: "saas-backend-path-import",
		name: "Import from the SaaS backend tree",
		category: "saas-backend-code",
		description: (dirs) => `Imports that reach into the hosted service's source tree (${dirs.map((d) => `${d}/`).join(", ") || "SaaS backend folders"}).`,
		dirs: privateDirs(settings.privatePaths).filter(isSaasDir),
		trees: privateDirs(settings.privatePaths),
		aliases: settings.pathAliases,
		fallback: "saas-backend",
		precedence: 2
	});
}
/**
* Implementations of the SaaS control-plane operations (`<Operation>` is an
* operation id in PascalCase): service, handler and controller classes
* (`class <Operation>Service`, the entitlement service), exported handler
* functions (`export async function handle<Operation>(`), the
* operating-automation handler anywhere, and Python `def handle_<operation>(`.
* Names used in request shapes are not definitions.
*/
var saas_handler_implementation_default = defineDetector({
	id: "saas-handler-implementation",
	name: "SaaS operation handler implementation",
	category: "saas-backend-code",
	severity: "error",
	precedence: 2,
	description: "Classes and handler functions that implement the private SaaS control-plane operations.",
	regex: /(?:\bclass[ \t]+(?<secret>(?:saas_?)?(?:operating_?automation|entitlements?(?:_?status)?|tenant_?onboarding|license_?(?:validation|telemetry)|policy_?registry(?:_?(?:readiness|lookup))?|tenant_?audit_?store(?:_?operating)?|customer_?operating_?dashboard|support_?handoff(?:_?readiness)?|evidence_?export)_?(?:service|handler|controller|processor))(?=[ \t]*(?:[({:<]|extends\b|implements\b))|\bexport[ \t]+(?:default[ \t]+)?(?:async[ \t]+)?function\*?[ \t]+(?<exported>handle_?(?:saas_?)?(?:operating_?automation|entitlement_?status|tenant_?onboarding|tenant_?status|license_?validation|policy_?registry_?(?:readiness|lookup)|tenant_?audit_?store_?operating|customer_?operating_?dashboard|support_?handoff_?readiness|evidence_?export))[ \t]*[(<]|\b(?:function\*?|def)[ \t]+(?<handler>handle_?saas_?operating_?automation|handle_(?:entitlement_status|tenant_onboarding|tenant_status|license_validation|policy_registry_readiness|policy_registry_lookup|tenant_audit_store_operating|customer_operating_dashboard|support_handoff_readiness|evidence_export))[ \t]*[(<])/iu,
	keywords: [
		"operatingautomation",
		"operating_automation",
		"entitlement",
		"tenantonboarding",
		"tenant_onboarding",
		"tenantstatus",
		"tenant_status",
		"licensevalidation",
		"license_validation",
		"licensetelemetry",
		"license_telemetry",
		"policyregistry",
		"policy_registry",
		"tenantaudit",
		"tenant_audit",
		"customeroperating",
		"customer_operating",
		"supporthandoff",
		"support_handoff",
		"evidenceexport",
		"evidence_export"
	],
	validate: (_secret, { groups }) => groups.secret !== void 0 || groups.exported !== void 0 || groups.handler !== void 0,
	samples: () => ({
		positive: [
			"export class EntitlementService {",
			"class SaasOperatingAutomationHandler extends BaseHandler {",
			"export async function handleTenantOnboarding(request: TenantOnboardingRequest) {",
			"async function handleSaasOperatingAutomation(req, res) {",
			"def handle_saas_operating_automation(request):"
		],
		negative: [
			"operation: 'saas_operating_automation'",
			"const handleSaasOperatingAutomation = () => setOpen(true);",
			"await handleSaasOperatingAutomation(request);",
			"class EntitlementStatusRequest {",
			"import { EntitlementService } from \"./services\";"
		]
	})
});
// dist/patterns/saas-backend-code/saas-internal-marker.js
const id$29 = "saas-internal-marker";
/**
* Markers the hosted service's code carries (settings.productNames):
* "<PRODUCT> SaaS internal" comments, `x-<product>-internal…` service-to-
* service headers, `<PRODUCT>_INTERNAL_…` settings, `<product>:saas-backend`
* file tags and headers that call a file the hosted service's own code
* ("the hosted <PRODUCT> SaaS control plane (private service)"). The public contract's own names
* (`cavra.saas_control_plane.request.v1`, "SaaS control-plane envelope")
* are not markers.
*/
function saasInternalMarker(settings = DEFAULT_CATALOG_SETTINGS) {
	const names = settings.productNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9._-]{0,40}$/u.test(n));
	const product = alternation(names);
	const first = names[0] ?? "product";
	const source = `(?<![a-z0-9@/])(?<secret>${product}[ _-]saas[ _-]internal(?:[ _-]only)?|x-${product}-internal(?:-[a-z0-9]{1,20}){0,3}|${product}_internal_[a-z0-9_]{2,40}|${product}:saas[_-]?(?:backend|internal|private|only)|hosted[ \\t]+${product}[ \\t]+saas\\b[^\\n]{0,80}?(?:\\(private[ \\t]+service\\)|private[ \\t]+service[ \\t]+code))(?![a-z0-9])`;
	return defineDetector({
		id: id$29,
		name: "SaaS internal marker",
		category: "saas-backend-code",
		severity: "error",
		precedence: 2,
		description: `Internal markers of the hosted ${names.join(", ")} service: SaaS-internal comments, internal service headers and settings.`,
		regex: new RegExp(source, "iu"),
		keywords: [...new Set(names.flatMap((n) => [
			`${n} saas`,
			`${n}-saas`,
			`${n}_saas`,
			`${n}:saas`,
			`x-${n}-internal`,
			`${n}_internal`
		]))],
		samples: () => ({
			positive: [
				`// ${first.toUpperCase()} SaaS internal: do not publish`,
				`headers['x-${first}-internal-token'] = serviceToken;`,
				`${first.toUpperCase()}_INTERNAL_BILLING_URL`,
				`// ${first}:saas-backend: hosted control-plane service`,
				`// Package controlplane is the hosted ${first.toUpperCase()} SaaS control plane (private service).`
			],
			negative: [
				`${first}.saas_control_plane.request.v1`,
				`${first.toUpperCase()} SaaS control-plane envelope`,
				`x-${first}-request-id`,
				`${first.toUpperCase()}_LOG_LEVEL`,
				`The hosted ${first.toUpperCase()} SaaS runs these checks; billing and scheduling remain private service responsibilities.`,
				`import { ledger } from '@${first}/saas-backend';`
			]
		})
	});
}
// dist/patterns/saas-backend-code/saas-operation-route.js
const id$28 = "saas-operation-route";
/** Each SaaS operation in snake, kebab, camel and Pascal case: words joined by `_`, `-`, `/` or nothing. */
const OPERATION = new RegExp(`(?:${SAAS_OPERATIONS.map((op) => op.split("_").join("[_/-]?")).join("|")})`, "iu");
/** Keywords: each operation as written in a route or handler name, lower-case. */
function operationKeywords() {
	return [...new Set(SAAS_OPERATIONS.flatMap((op) => [
		"_",
		"-",
		"/",
		""
	].map((sep) => op.split("_").join(sep))))];
}
/** The public edition's own answer: a route that only refuses (`requires_private_service`) is the public contract. */
const PUBLIC_ANSWER = /requires_private_service|requiresPrivateService|REQUIRES_PRIVATE_SERVICE|build\w{0,40}Response\(|private_implementation_required["']?\s{0,4}[:=]\s{0,4}true/u;
/** How far around a route its region reaches: one finding per router region, not one per route. */
const REGION = 1500;
const ROUTE = /(?:\b(?:router|app|api|r|mux|server|routes|route|blueprint|bp|v1|group|[ge]|tenants?|billing)\.(?:get|post|put|patch|delete|all|route|handle|handleFunc|add_api_route|add_url_rule|use)\(|@\w{1,30}\.(?:get|post|put|patch|delete|route|api_route)\()[ \t]{0,4}\\?["'`]/giu;
/**
* Route registrations of the hosted control plane: an Express, Fastify,
* Koa, Hono, FastAPI, Flask, chi or net/http route whose path or handler
* names a SaaS operation of the contract (`router.post('/tenant-onboarding',
* onboardTenant)`, `@app.post("/entitlement_status")`,
* `mux.HandleFunc("/v1/license-validation", h.LicenseValidation)`). One
* finding per router region: the routes of one router are one leak. A route
* that only answers with the public refusal (`requires_private_service`) is
* the public contract.
*/
var saas_operation_route_default = defineDetector({
	id: id$28,
	name: "SaaS operation route",
	category: "saas-backend-code",
	severity: "error",
	precedence: 2,
	description: "Route registrations (Express, Fastify, Koa, Hono, FastAPI, Flask, chi, net/http) of the hosted SaaS control-plane operations, reported once per router region.",
	regex: new RegExp(`${ROUTE.source}(?<secret>[^"'\`\\n\\\\]{1,120})\\\\?["'\`](?<rest>[^\\n]{0,120})`, "iu"),
	keywords: operationKeywords(),
	validate: (secret, { groups, text, offset }) => {
		if (!OPERATION.test(secret) && !OPERATION.test(groups.rest ?? "")) return false;
		if (text === void 0 || offset === void 0) return true;
		const after = text.slice(offset, Math.min(text.length, offset + 600));
		if (PUBLIC_ANSWER.test(after)) return false;
		const before = text.slice(Math.max(0, offset - REGION), offset);
		ROUTE.lastIndex = 0;
		for (let m = ROUTE.exec(before); m !== null; m = ROUTE.exec(before)) {
			const line = before.slice(m.index, before.indexOf("\n", m.index) === -1 ? before.length : before.indexOf("\n", m.index));
			if (OPERATION.test(line)) return false;
		}
		return true;
	},
	samples: () => ({
		positive: [
			"router.post('/v1/tenant-onboarding', requireServiceToken, onboardTenant);",
			"@app.post(\"/saas/entitlement_status\")",
			"mux.HandleFunc(\"/v1/license-validation\", h.LicenseValidation)",
			"app.get('/tenants/:tenantId/status', handlers.tenantStatus);"
		],
		negative: [
			"router.post('/orders', createOrder);",
			"operation: 'tenant_onboarding'",
			"router.post('/v1/tenant-onboarding', (req, res) => res.status(501).json({ status: 'requires_private_service' }));",
			"See the tenant_onboarding operation in the contract."
		]
	})
});
// dist/patterns/saas-backend-code/index.js
var saas_backend_code_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$3 });
/** Detectors of the `saas-backend-code` category, sorted by id. */
function detectors$3(settings) {
	return [
		billing_ledger_write_default,
		hosted_service_response_default,
		internal_service_endpoint_default,
		private_service_config_default,
		privateServiceRepoSource(settings),
		saasBackendPathImport(settings),
		saas_handler_implementation_default,
		saasInternalMarker(settings),
		saas_operation_route_default
	];
}
/**
* Cron schedulers wired to an operating-automation check (`<check>` below is
* any spelling of a check id): node-cron `cron.schedule('…', run<Check>)`,
* `new CronJob('…', …)`, node-schedule `scheduleJob('…', …)`, Go robfig/cron
* `c.AddFunc("…", func() { … })`, Python `schedule.every(…).do(<check>)` and
* Go gocron `s.Every(…).Minutes().Do(run, "<check>")`, APScheduler
* `add_job(<check>, 'cron', …)` and `add_job(run, 'cron', args=['<check>'])`, and scheduler classes named
* after a check (`class <Check>Scheduler`). The callback may name the check
* or pass it to a runner (`() => runCheck('<check>')`).
*/
var check_cron_schedule_default = defineDetector({
	id: "check-cron-schedule",
	name: "Cron schedule of a private check",
	category: "scheduler-implementation",
	severity: "error",
	precedence: 2,
	description: "Cron schedulers (node-cron, cron, node-schedule, robfig/cron, gocron, schedule, APScheduler) and scheduler classes wired to the private operating-automation checks.",
	regex: /(?:\b(?:cron\.schedule|new[ \t]+CronJob|scheduleJob|AddFunc|AddJob)\([ \t]{0,4}\\?["'`][^"'`\n\\]{1,60}\\?["'`][ \t]{0,4},[ \t]{0,4}(?:async[ \t]*)?(?:(?:\([^)\n]{0,40}\)[ \t]{0,4}=>|func\(\))[ \t]{0,4}(?:\{[ \t]{0,4})?)?(?:(?:await|return)[ \t]+)?(?:[\w$.]{1,60}\((?:[ \t]{0,4}[\w$.]{1,30}[ \t]{0,4},)?[ \t]{0,4}\\?["'`])?|(?<![\w$.])[a-z_]\w{0,30}\.every\([^)\n]{0,20}\)(?:\.[a-z_]{1,12}(?:\([^)\n]{0,20}\))?){1,4}\.do\([ \t]{0,4}(?:[\w.]{1,60}[ \t]{0,4},[ \t]{0,4}\\?["'])?|\.add_job\([ \t]{0,4}[\w.]{1,60}[ \t]{0,4},[^\n]{0,80}?\bargs[ \t]{0,4}=[ \t]{0,4}[[(][ \t]{0,4}\\?["']|\.add_job\([ \t]{0,4}(?=[\w.]{1,60}[ \t]{0,4},[ \t]{0,4}(?:trigger[ \t]{0,4}=[ \t]{0,4})?\\?["'](?:cron|interval)\\?["'])|\bclass[ \t]+(?=\w{1,60}(?:scheduler|cron(?:job)?)\b))(?<secret>[\w$.]{1,100})/iu,
	keywords: checkKeywords(),
	validate: (secret) => CHECK_NAME.test(secret),
	samples: () => ({
		positive: [
			`cron.schedule('*/15 * * * *', ${checkName("billing_monitoring", "camel")}Job);`,
			`cron.schedule('0 3 * * *', async () => { await run${checkName("license_telemetry_sync", "pascal")}(); });`,
			`new CronJob('0 */6 * * *', ${checkName("dashboard_refresh", "camel")}, null, true);`,
			`schedule.every(10).minutes.do(${checkName("support_followup", "snake")})`,
			`scheduler.add_job(run_${checkName("closeout_retry", "snake")}, 'cron', hour=2)`,
			`export class ${checkName("escalation_drill", "pascal")}Scheduler {`,
			`cron.schedule('30 2 * * *', () => runCheck('${checkName("closeout_retry", "snake")}'), { timezone: 'Europe/Berlin' });`,
			`c.AddFunc("@every 1h", func() { checks.Run(ctx, "${checkName("license_telemetry_sync", "snake")}") })`,
			`schedule.every().day.at("06:00").do(run_check, "${checkName("customer_success_review", "snake")}")`,
			`s.Every(15).Minutes().Do(runCheck, "${checkName("billing_monitoring", "snake")}")`,
			`scheduler.add_job(run_check, 'cron', args=['${checkName("escalation_drill", "snake")}'], day_of_week='mon')`
		],
		negative: [
			"required_checks: ['billing_monitoring', 'license_telemetry_sync', 'support_followup']",
			"escalation drill scheduler",
			"cron.schedule('0 3 * * *', rotateLogs);",
			"billing_monitoring_status: scheduled",
			"schedule.every(10).minutes.do(refresh_cache)",
			"cron.schedule('0 * * * *', () => runTask('rotate-logs'));",
			"c.AddFunc(\"@hourly\", func() { log.Println(\"billing monitoring tick\") })",
			"scheduler.add_job(send_report, 'cron', args=['weekly'], hour=7)"
		]
	})
});
/**
* Deployment manifests that schedule a check: a Kubernetes `kind: CronJob`
* or Argo `kind: CronWorkflow` whose name a few lines below names a check, and any `name:` such as
* `escalation-drill-scheduler` or `billing_monitoring_cron`. The contract's
* label "escalation drill scheduler" (with spaces) is not a name.
*/
var check_cronjob_manifest_default = defineDetector({
	id: "check-cronjob-manifest",
	name: "Scheduled job manifest of a private check",
	category: "scheduler-implementation",
	severity: "error",
	precedence: 2,
	description: "Kubernetes CronJobs and scheduler job names (escalation-drill-scheduler, …) for the private operating-automation checks.",
	regex: /(?:(?<cronjob>\bkind\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?Cron(?:Job|Workflow)\b(?:(?!\bkind\b)[\s\S]){1,400}?\bname\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?)|(?<![\w-])name\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?)(?<secret>[\w.-]{1,100})/iu,
	keywords: checkKeywords(),
	validate: (secret, { groups }) => groups.cronjob !== void 0 ? CHECK_NAME.test(secret) : SCHEDULER_NAME.test(secret),
	multiline: true,
	samples: () => ({
		positive: [
			{
				key: "metadata",
				value: `name: ${checkName("escalation_drill", "kebab")}-scheduler`
			},
			{
				key: "manifest",
				value: `kind: CronJob, metadata: { name: ${checkName("billing_monitoring", "kebab")} }, spec: { schedule: "*/30 * * * *" }`
			},
			{
				key: "job",
				value: `name=${checkName("closeout_retry", "snake")}_cron`
			},
			{
				key: "workflow",
				value: `kind: CronWorkflow, metadata: { name: ${checkName("license_telemetry_sync", "kebab")} }, spec: { schedule: "5 * * * *" }`
			}
		],
		negative: [
			{
				key: "private_modules_required",
				value: "escalation drill scheduler"
			},
			{
				key: "metadata",
				value: "name: billing-monitoring-docs"
			},
			{
				key: "required_checks",
				value: "billing_monitoring, escalation_drill"
			},
			{
				key: "manifest",
				value: "kind: CronJob, metadata: { name: rotate-logs }"
			}
		]
	})
});
/**
* Queue schedulers whose job is an operating-automation check (`<check>`):
* BullMQ `<queue>.add('<check>', …)` / `upsertJobScheduler(…)`, Agenda
* `agenda.every('1 hour', '<check>')`, and Celery beat entries
* `'task': '<module>.<check>'`.
*/
var check_queue_schedule_default = defineDetector({
	id: "check-queue-schedule",
	name: "Queue schedule of a private check",
	category: "scheduler-implementation",
	severity: "error",
	precedence: 2,
	description: "BullMQ, Agenda and Celery beat schedule entries whose job is one of the private operating-automation checks.",
	regex: /(?:(?<![\w$.])(?<receiver>[A-Z_$][\w$]{0,40}(?:\.[A-Z_$][\w$]{0,40}){0,4})\.(?:add|addBulk|upsertJobScheduler)\([ \t]{0,4}\\?["'`]|\bagenda\.(?:every|schedule)\([ \t]{0,4}\\?["'`][^"'`\n\\]{1,40}\\?["'`][ \t]{0,4},[ \t]{0,4}\\?["'`]|(?<celery>\\?["']task\\?["'][ \t]{0,4}:[ \t]{0,4}\\?["']))(?<secret>[\w:.-]{1,120})\\?["'`]/iu,
	keywords: checkKeywords(),
	validate: (secret, { groups }) => {
		if (!CHECK_NAME.test(secret)) return false;
		if (groups.receiver !== void 0) return /queue|scheduler/iu.test(groups.receiver);
		if (groups.celery !== void 0) return secret.includes(".");
		return true;
	},
	samples: () => ({
		positive: [
			`await automationQueue.add('${checkName("license_telemetry_sync", "snake")}', {}, { repeat: { pattern: '0 * * * *' } });`,
			`queue.upsertJobScheduler('${checkName("billing_monitoring", "kebab")}-hourly', { every: 3600000 });`,
			`agenda.every('1 day', '${checkName("customer_success_review", "kebab")}');`,
			`'task': 'ops.tasks.${checkName("dashboard_refresh", "snake")}',`
		],
		negative: [
			"checks.add('billing_monitoring');",
			"required_checks: ['dashboard_refresh', 'escalation_drill']",
			"'task': 'dashboard_refresh'",
			"queue.add('send-welcome-email', payload)"
		]
	})
});
/**
* Scheduler configuration that gives a check (`<check>`) a cadence, in any
* syntax: a job record whose `check`/`job`/`task`/`name`/`id` is a check and
* whose `cron`/`schedule`/`every`/`interval` holds a cron expression or an
* interval on the same line or the few lines around it (YAML job lists,
* TOML tables, JSON, object literals, Celery beat, systemd timers), or a map keyed by the
* check (`billing_monitoring:` / `"closeout-retry": {`) holding one. The
* contract's `required_checks` and `automation_cadence` give no cron. A
* key-value detector: a CronJob or Celery beat detector at the same place
* reports the leak instead.
*/
var check_schedule_key_value_default = defineDetector({
	id: "check-schedule-key-value",
	name: "Schedule entry of a private check",
	category: "scheduler-implementation",
	severity: "error",
	precedence: 2,
	description: "Scheduler configuration (YAML, TOML, JSON, object literals, Celery beat) that gives a private operating-automation check a cron expression or interval.",
	regex: /(?:(?<![\w-])(?:check|job|task|name|id|worker|unit)(?:[_-]?(?:id|name))?\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>[\w.:/-]{1,120})|(?<![\w.:/-])(?<key>[\w.-]{1,100})(?=\\?["'`]?[ \t]{0,4}:[ \t]{0,4}(?:\{|\r?$)))/imu,
	keywords: checkKeywords(),
	validate: (secret, { line, text, offset }) => namesCheck(secret) && corroborated(secret, text, offset) && SCHEDULE_VALUE.test(recordAround$1(text, offset, line)),
	samples: () => ({
		positive: [
			`{ check: ${checkName("billing_monitoring", "snake")}, cron: "*/15 * * * *", queue: ops-billing }`,
			`[jobs.nightly] task = "ops.tasks.${checkName("closeout_retry", "snake")}"; schedule = "30 2 * * *"`,
			`{ name: '${checkName("escalation_drill", "kebab")}', every: 604800000 }`,
			`{ "id": "${checkName("license_telemetry_sync", "camel")}", "interval": "5m" }`,
			`job_name=${checkName("customer_success_review", "snake")} cron=@daily`,
			`[Timer] OnCalendar=*:0/15; Unit=${checkName("billing_monitoring", "kebab")}.service`
		],
		negative: [
			"required_checks: ['billing_monitoring', 'closeout_retry'], automation_cadence: 'daily'",
			"{ name: billing_monitoring_status, cron: \"*/15 * * * *\" }",
			"{ name: rotate-logs, cron: \"0 3 * * *\" }",
			"{ check: billing_monitoring, owner: finance-ops }",
			"{ name: 'dashboard-refresh', cron: '*/5 * * * *' }",
			"[Timer] OnCalendar=daily; Unit=logrotate.service"
		]
	})
});
/**
* Methods and functions scheduled by a decorator or annotation and named
* after a check: NestJS `@Cron(…)`/`@Interval(…)`, Spring `@Scheduled(…)`,
* APScheduler `@scheduler.scheduled_job(…)`, Celery `@periodic_task(…)`,
* on the same line or the lines above the definition.
*/
var check_scheduled_method_default = defineDetector({
	id: "check-scheduled-method",
	name: "Scheduled method of a private check",
	category: "scheduler-implementation",
	severity: "error",
	precedence: 2,
	description: "Methods scheduled with @Cron, @Interval, @Scheduled, scheduled_job or periodic_task and named after a private operating-automation check.",
	regex: /@(?:Cron|Interval|Timeout|Scheduled|scheduled_job|periodic_task|(?:\w{1,40}\.){1,3}(?:scheduled_job|periodic_task))\b(?:\([^()\n]{0,160}\))?(?:[ \t]*\r?\n(?:[ \t]*(?:\*[ \t]*)?@[\w.]{1,60}(?:\([^()\n]{0,160}\))?[ \t]*\r?\n){0,3})?[ \t]*(?:\*[ \t]*)?(?:(?:public|private|protected|async|static|def|fun|void|override|suspend)[ \t]+){0,4}(?<secret>[\w$]{1,100})[ \t]*\(/iu,
	keywords: checkKeywords(),
	validate: (secret) => CHECK_NAME.test(secret),
	multiline: true,
	samples: () => ({
		positive: [
			`@Cron('0 2 * * *') async run${checkName("escalation_drill", "pascal")}() {`,
			`@Interval(60000) ${checkName("dashboard_refresh", "camel")}Tick() {`,
			`@Scheduled(cron = "0 0 * * * *") public void ${checkName("billing_monitoring", "camel")}() {`,
			`@scheduler.scheduled_job('cron', hour=4) def ${checkName("customer_success_review", "snake")}():`
		],
		negative: [
			"@Cron('0 2 * * *') async rotateLogs() {",
			"@Scheduled(fixedRate = 5000) public void refreshCache() {",
			"billingMonitoringStatus: AutomationStatus;",
			"@param billingMonitoring status of the billing monitoring check"
		]
	})
});
/**
* A recurring job of any scheduler framework (node-cron, cron, NestJS,
* BullMQ, Agenda, Bree, Temporal, APScheduler, Celery beat, rq-scheduler,
* sidekiq-cron, Quartz, Hangfire, robfig/cron, gocron, Kubernetes and Argo,
* systemd, crontab, GitHub Actions, EventBridge, Cloud Scheduler; the table
* is `support/frameworks.ts`) tied to a private check: a name that is a
* check's job (`closeout_retry`, `retryCloseout`, `CloseoutRetryJob`) stands
* within reach of the registration, and that registration is the nearest
* one. The check's name without a registration (a payload listing checks
* with their statuses and cadence) and a registration without a check are
* no finding.
*/
var check_scheduler_registration_default = defineDetector({
	id: "check-scheduler-registration",
	name: "Scheduler registration of a private check",
	category: "scheduler-implementation",
	severity: "error",
	precedence: 1,
	description: "Recurring jobs of scheduler frameworks (cron libraries, NestJS, BullMQ, Agenda, Bree, Temporal, APScheduler, Celery beat, Sidekiq, Quartz, Hangfire, Go cron, Kubernetes, systemd, crontab, CI and cloud schedulers) tied to a private operating-automation check.",
	regex: new RegExp(`(?<secret>${CHECK_NAME.source})`, "iu"),
	keywords: checkKeywords(),
	validate: (secret, { text, offset }) => tiedTo("scheduler", secret, text, offset),
	samples: () => ({
		positive: [
			`cron.schedule('*/20 * * * *', run${checkName("closeout_retry", "pascal")});`,
			`scheduler.add_job(${checkName("escalation_drill", "snake")}_job, 'interval', minutes=30)`,
			`RecurringJob.AddOrUpdate<${checkName("billing_monitoring", "pascal")}Job>("nightly", job => job.RunAsync(), Cron.Hourly);`
		],
		negative: [
			`"${checkName("closeout_retry", "snake")}_status": "enabled", "automation_cadence": "daily"`,
			"cron.schedule('0 3 * * *', rotateLogs);",
			`required_checks: ['${checkName("billing_monitoring", "snake")}', '${checkName("closeout_retry", "snake")}']`,
			`cron.schedule('0 3 * * *', () => ${checkName("closeout_retry", "camel")}Status.refresh());`
		]
	})
});
// dist/patterns/scheduler-implementation/index.js
var scheduler_implementation_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$2 });
/** Detectors of the `scheduler-implementation` category, sorted by id. */
function detectors$2(_settings) {
	return [
		check_cron_schedule_default,
		check_cronjob_manifest_default,
		check_queue_schedule_default,
		check_schedule_key_value_default,
		check_scheduled_method_default,
		check_scheduler_registration_default
	];
}
// dist/patterns/signing-material/age-secret-key.js
const id$21 = "age-secret-key";
/** The bech32 alphabet (BIP 173), in value order. */
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATORS = [
	996825010,
	642813549,
	513874426,
	1027748829,
	705979059
];
const HRP = "age-secret-key-";
/** The bech32 checksum state over 5-bit values. */
function polymod(values) {
	let chk = 1;
	for (const value of values) {
		const top = chk >>> 25;
		chk = ((chk & 33554431) << 5 ^ value) >>> 0;
		GENERATORS.forEach((g, i) => {
			if (top >>> i & 1) chk = (chk ^ g) >>> 0;
		});
	}
	return chk;
}
/** The human-readable part spread into 5-bit values, as the checksum reads it. */
function expandHrp(hrp) {
	const codes = [...hrp].map((c) => c.charCodeAt(0));
	return [
		...codes.map((c) => c >>> 5),
		0,
		...codes.map((c) => c & 31)
	];
}
/** True when an `AGE-SECRET-KEY-1…` string carries a valid bech32 checksum. */
function checksumValid(secret) {
	const data = [...secret.toLowerCase().slice(16)].map((c) => BECH32.indexOf(c));
	if (data.some((v) => v < 0)) return false;
	return polymod([...expandHrp(HRP), ...data]) === 1;
}
/** An age identity line for 32 seeded key bytes, checksum included. */
function identity(seed) {
	const data = [];
	let acc = 0;
	let bits = 0;
	for (const byte of seededBytes(seed, 32)) {
		acc = acc << 8 | byte;
		bits += 8;
		while (bits >= 5) {
			bits -= 5;
			data.push(acc >>> bits & 31);
		}
	}
	if (bits > 0) data.push(acc << 5 - bits & 31);
	const mod = polymod([
		...expandHrp(HRP),
		...data,
		0,
		0,
		0,
		0,
		0,
		0
	]) ^ 1;
	for (let i = 0; i < 6; i++) data.push(mod >>> 5 * (5 - i) & 31);
	return `${HRP}1${data.map((v) => BECH32.charAt(v)).join("")}`.toUpperCase();
}
var age_secret_key_default = defineDetector({
	id: id$21,
	name: "age secret key",
	category: "signing-material",
	severity: "error",
	description: "age encryption identities (AGE-SECRET-KEY-1 + 58 bech32 characters), with their bech32 checksum checked offline.",
	regex: /(?:(?<![\w-])|(?<=\\[nrt]))(?<secret>AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58})(?![\w-])/u,
	keywords: ["age-secret-key-1"],
	publicPrefix: /^AGE-SECRET-KEY-1/u,
	validate: (secret) => checksumValid(secret),
	skipSynthetic: true,
	references: ["https://age-encryption.org/v1", "https://github.com/FiloSottile/age"],
	samples: () => ({
		positive: [
			identity(`${id$21}1`),
			`# created: 2024-01-01T00:00:00Z\n# public key: age1${"q".repeat(58)}\n${identity(`${id$21}2`)}`,
			{
				key: "SOPS_AGE_KEY",
				value: identity(`${id$21}3`)
			}
		],
		negative: [
			identity(`${id$21}4`).replace(/.$/u, (c) => c === "Q" ? "P" : "Q"),
			`AGE-SECRET-KEY-1${"Q".repeat(58)}`,
			"AGE-SECRET-KEY-1...",
			identity(`${id$21}5`).toLowerCase(),
			identity(`${id$21}6`).slice(0, 60)
		]
	})
});
// dist/patterns/signing-material/openssh-private-key.js
const id$20 = "openssh-private-key";
const MAGIC = "openssh-key-v1\0";
/** An SSH wire string: uint32 length, then the bytes. */
const sshString = (value) => {
	const bytes = typeof value === "string" ? Buffer.from(value, "latin1") : value;
	const length = Buffer.alloc(4);
	length.writeUInt32BE(bytes.length);
	return Buffer.concat([length, bytes]);
};
/** An OpenSSH key file body: magic, cipher, KDF, one key, then seeded key material. */
function keyFile(seed, cipher, kdf, type, material) {
	const kdfOptions = kdf === "none" ? Buffer.alloc(0) : Buffer.concat([sshString(seededBytes(`${seed}s`, 16)), Buffer.from([
		0,
		0,
		0,
		16
	])]);
	return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrapBase64(Buffer.concat([
		Buffer.from(MAGIC, "latin1"),
		sshString(cipher),
		sshString(kdf),
		sshString(kdfOptions),
		Buffer.from([
			0,
			0,
			0,
			1
		]),
		sshString(Buffer.concat([sshString(type), sshString(seededBytes(`${seed}p`, 32))])),
		sshString(seededBytes(`${seed}k`, material))
	]), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
var openssh_private_key_default = defineDetector({
	id: id$20,
	name: "OpenSSH private key",
	category: "signing-material",
	severity: "error",
	description: "OpenSSH private keys (-----BEGIN OPENSSH PRIVATE KEY-----) whose body decodes to the openssh-key-v1 format, encrypted or not.",
	regex: /-----BEGIN OPENSSH PRIVATE KEY-----(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{62,20000})-----END OPENSSH PRIVATE KEY-----/u,
	keywords: ["begin openssh private key"],
	multiline: true,
	skipSynthetic: true,
	validate: (secret) => {
		const lines = armoredLines(secret);
		const bytes = decodeBase64(lines.join(""));
		return bytes !== void 0 && bytes.length >= 64 && bytes.subarray(0, 15).toString("latin1") === MAGIC && variedBody(lines);
	},
	references: ["https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key"],
	samples: () => ({
		positive: [
			keyFile(`${id$20}1`, "none", "none", "ssh-ed25519", 140),
			keyFile(`${id$20}2`, "aes256-ctr", "bcrypt", "ssh-ed25519", 144),
			keyFile(`${id$20}3`, "none", "none", "ssh-rsa", 1800)
		],
		negative: [
			"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE...\n-----END OPENSSH PRIVATE KEY-----",
			"-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your private key here>\n-----END OPENSSH PRIVATE KEY-----",
			`-----BEGIN OPENSSH PRIVATE KEY-----\n${wrapBase64(seededBytes(`${id$20}4`, 400), 70)}\n-----END OPENSSH PRIVATE KEY-----`,
			`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${seededBytes(`${id$20}5`, 32).toString("base64").slice(0, 43)} deploy@build-01`
		]
	})
});
// dist/patterns/signing-material/support/der.js
/**
* Just enough DER to tell a private key's structure from a truncated or
* invented body, and to build structured sample keys from a seed.
*/
/** Reads one TLV element at `at`; undefined when its header is malformed or its length runs past `limit`. */
function readElement(bytes, at, limit) {
	const tag = bytes[at];
	const first = bytes[at + 1];
	if (tag === void 0 || first === void 0) return void 0;
	let length = first;
	let start = at + 2;
	if (first & 128) {
		const count = first & 127;
		if (count === 0 || count > 3) return void 0;
		length = 0;
		for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
		start += count;
	}
	const end = start + length;
	return end <= limit ? {
		tag,
		start,
		end
	} : void 0;
}
/**
* True when `bytes` is a DER private key container of a plausible size: one
* SEQUENCE spanning the whole body (so a truncated or invented body fails),
* opening with a version INTEGER (PKCS#1, SEC1, DSA, PKCS#8) or with an
* algorithm SEQUENCE followed by the encrypted OCTET STRING (encrypted
* PKCS#8; a public key's BIT STRING fails). Ed25519 PKCS#8 keys are 48 bytes.
*/
function isPrivateKeyDer(bytes) {
	if (bytes.length < 40 || bytes[0] !== 48) return false;
	const outer = readElement(bytes, 0, bytes.length);
	if (!outer || bytes.length - outer.end > 2) return false;
	const first = readElement(bytes, outer.start, outer.end);
	if (!first) return false;
	if (first.tag === 2) return first.end - first.start <= 2;
	if (first.tag !== 48) return false;
	const second = readElement(bytes, first.end, outer.end);
	return second?.tag === 4 && second.end - second.start >= 16;
}
function length(n) {
	if (n < 128) return [n];
	const out = [];
	for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) out.unshift(rest & 255);
	return [128 | out.length, ...out];
}
const tlv = (tag, body) => Buffer.concat([Buffer.from([tag, ...length(body.length)]), body]);
const sequence = (...items) => tlv(48, Buffer.concat(items));
const version = (n) => Buffer.from([
	2,
	1,
	n
]);
const NULL = Buffer.from([5, 0]);
/** A positive INTEGER of `n` seeded bytes with the top bit set, as in real moduli. */
function integer(seed, n) {
	const body = seededBytes(seed, n);
	body[0] = (body[0] ?? 0) | 128;
	return tlv(2, Buffer.concat([Buffer.from([0]), body]));
}
/** Object identifiers the samples need, pre-encoded. */
const OID = {
	rsaEncryption: Buffer.from("06092a864886f70d010101", "hex"),
	prime256v1: Buffer.from("06082a8648ce3d030107", "hex"),
	ed25519: Buffer.from("06032b6570", "hex"),
	pbes2: Buffer.from("06092a864886f70d01050d", "hex")
};
/** A structurally valid DER private key of `kind` whose numbers are seeded random bytes. */
function sampleKeyDer(seed, kind) {
	const rsa = () => sequence(version(0), integer(`${seed}n`, 256), Buffer.from([
		2,
		3,
		1,
		0,
		1
	]), integer(`${seed}d`, 256), ...[
		"p",
		"q",
		"dp",
		"dq",
		"qi"
	].map((part) => integer(`${seed}${part}`, 128)));
	switch (kind) {
		case "rsa": return rsa();
		case "pkcs8": return sequence(version(0), sequence(OID.rsaEncryption, NULL), tlv(4, rsa()));
		case "ec": return sequence(version(1), tlv(4, seededBytes(`${seed}k`, 32)), tlv(160, OID.prime256v1), tlv(161, tlv(3, Buffer.concat([Buffer.from([0, 4]), seededBytes(`${seed}xy`, 64)]))));
		case "dsa": return sequence(version(0), integer(`${seed}p`, 128), integer(`${seed}q`, 20), integer(`${seed}g`, 128), integer(`${seed}y`, 128), integer(`${seed}x`, 20));
		case "ed25519": return sequence(version(0), sequence(OID.ed25519), tlv(4, tlv(4, seededBytes(`${seed}k`, 32))));
		case "encrypted": return sequence(sequence(OID.pbes2, sequence(sequence(), sequence())), tlv(4, seededBytes(`${seed}c`, 1232)));
	}
}
// dist/patterns/signing-material/pem-private-key.js
const id$19 = "pem-private-key";
const pem = (label, body) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
const key = (label, seed, kind) => pem(label, wrapBase64(sampleKeyDer(seed, kind)));
const serviceAccountRegex = new RegExp(gcp_service_account_key_default.regex.source, "gu");
/**
* True when the key at `offset` is the `private_key` of a service-account
* key file that gcp-service-account-key reports: one finding for one key.
*/
function ownedByServiceAccountKey(text, offset) {
	if (text === void 0 || offset === void 0) return false;
	const start = Math.max(0, offset - 4e3);
	const slice = text.slice(start, offset + 12e3);
	if (!slice.includes("gserviceaccount.com")) return false;
	serviceAccountRegex.lastIndex = 0;
	for (let m = serviceAccountRegex.exec(slice); m !== null; m = serviceAccountRegex.exec(slice)) {
		const secret = m.groups?.secret;
		if (secret === void 0) continue;
		const at = start + m.index + m[0].indexOf(secret);
		if (at <= offset && offset < at + secret.length) return gcp_service_account_key_default.validate?.(secret, {
			match: m[0],
			groups: m.groups ?? {},
			syntax: "json",
			line: ""
		}) ?? true;
	}
	return false;
}
var pem_private_key_default = defineDetector({
	id: id$19,
	name: "PEM private key",
	category: "signing-material",
	severity: "error",
	description: "PEM-encoded private keys (RSA, EC, DSA, PKCS#8, encrypted PKCS#8 and legacy encrypted PEM) with a real base64 body.",
	regex: /-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>(?:Proc-Type:[ \t]?4,[ \t]?ENCRYPTED(?:[\s"'`,;*#+]|\\[rnt]){1,16}DEK-Info:[ \t]?[A-Z0-9-]{3,30},[A-Fa-f0-9]{16,64}(?:[\s"'`,;*#+]|\\[rnt]){1,16})?[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{62,12000})-----END (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/u,
	keywords: ["private key-----"],
	multiline: true,
	skipSynthetic: true,
	validate: (secret, { match, text, offset }) => {
		const labels = /-----BEGIN ([A-Z ]{3,40})-----[\s\S]*-----END ([A-Z ]{3,40})-----$/u.exec(match);
		if (labels?.[1] !== labels?.[2]) return false;
		const lines = armoredLines(secret);
		const headers = lines.filter((line) => line.includes(":"));
		const body = lines.filter((line) => !line.includes(":"));
		const bytes = decodeBase64(body.join(""));
		if (bytes === void 0 || bytes.length < 40 || !variedBody(body)) return false;
		if (ownedByServiceAccountKey(text, offset)) return false;
		if (headers.some((h) => /^Proc-Type:\s*4,\s*ENCRYPTED/iu.test(h)) && headers.some((h) => /^DEK-Info:/iu.test(h))) return bytes.length >= 64;
		return isPrivateKeyDer(bytes);
	},
	references: ["https://www.rfc-editor.org/rfc/rfc7468", "https://www.rfc-editor.org/rfc/rfc5958"],
	samples: () => ({
		positive: [
			key("RSA PRIVATE KEY", `${id$19}1`, "rsa"),
			key("PRIVATE KEY", `${id$19}2`, "pkcs8"),
			key("EC PRIVATE KEY", `${id$19}3`, "ec"),
			key("DSA PRIVATE KEY", `${id$19}6`, "dsa"),
			key("ENCRYPTED PRIVATE KEY", `${id$19}7`, "encrypted"),
			key("PRIVATE KEY", `${id$19}11`, "ed25519"),
			pem("RSA PRIVATE KEY", `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,${seededBytes(`${id$19}8`, 16).toString("hex").toUpperCase()}\n\n${randomBase64Lines(`${id$19}9`, 1200)}`)
		],
		negative: [
			pem("PUBLIC KEY", `MIIBIj${randomBase64Lines(`${id$19}4`, 280).slice(6)}`),
			pem("CERTIFICATE", `MIIDdz${randomBase64Lines(`${id$19}5`, 600).slice(6)}`),
			pem("RSA PRIVATE KEY", "..."),
			pem("PRIVATE KEY", "<your private key here>"),
			pem("PRIVATE KEY", `/${randomBase64Lines(`${id$19}10`, 600).slice(1)}`),
			pem("PRIVATE KEY", `MIIEvQ${randomBase64Lines(`${id$19}12`, 900).slice(6)}`),
			pem("RSA PRIVATE KEY", wrapBase64(sampleKeyDer(`${id$19}13`, "rsa").subarray(0, 84))),
			pem("PRIVATE KEY", wrapBase64(Buffer.concat([Buffer.from("30820122300d06092a864886f70d01010105000382010f00", "hex"), seededBytes(`${id$19}14`, 270)])))
		]
	})
});
// dist/patterns/signing-material/base64-pem-private-key.js
const id$18 = "base64-pem-private-key";
/** The armored detectors a decoded file is handed to, with their regexes compiled once. */
const ARMORED = [pem_private_key_default, openssh_private_key_default].map((d) => [d, new RegExp(d.regex.source, "u")]);
/** True when the decoded text holds a private key block that the armored detectors accept. */
function holdsPrivateKey(decoded) {
	return ARMORED.some(([detector, regex]) => {
		const m = regex.exec(decoded);
		const secret = m?.groups?.secret;
		if (!m || secret === void 0) return false;
		return detector.validate?.(secret, {
			match: m[0],
			groups: m.groups ?? {},
			syntax: "text",
			line: ""
		}) ?? true;
	});
}
const encoded = (label, seed, kind) => Buffer.from(`-----BEGIN ${label}-----\n${wrapBase64(sampleKeyDer(seed, kind))}\n-----END ${label}-----\n`).toString("base64");
/**
* A whole PEM file encoded once more in base64, as Kubernetes stores it
* (kubeconfig `client-key-data`, Secret `tls.key`, Helm values): the value
* starts with the encoding of `-----BEGIN` and decodes to a private key the
* PEM and OpenSSH detectors accept. Certificates and public keys decode to
* other labels and pass.
*/
var base64_pem_private_key_default = defineDetector({
	id: id$18,
	name: "Base64-encoded PEM private key",
	category: "signing-material",
	severity: "error",
	description: "Base64-encoded PEM or OpenSSH private key files (kubeconfig client-key-data, Kubernetes Secret tls.key) that decode to a real key.",
	regex: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{80,16000}={0,2})(?![A-Za-z0-9+/=])/u,
	keywords: ["ls0tls1crudjti"],
	skipSynthetic: true,
	validate: (secret) => {
		const decoded = decodeBase64(secret)?.toString("latin1");
		return decoded !== void 0 && /^-----BEGIN (?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY-----/u.test(decoded) && holdsPrivateKey(decoded);
	},
	references: ["https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets"],
	samples: () => ({
		positive: [
			encoded("RSA PRIVATE KEY", `${id$18}1`, "rsa"),
			encoded("EC PRIVATE KEY", `${id$18}2`, "ec"),
			encoded("PRIVATE KEY", `${id$18}3`, "pkcs8")
		],
		negative: [
			Buffer.from(`-----BEGIN CERTIFICATE-----\n${wrapBase64(sampleKeyDer(`${id$18}4`, "pkcs8"))}\n-----END CERTIFICATE-----\n`).toString("base64"),
			Buffer.from("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...your key here...\n-----END RSA PRIVATE KEY-----\n").toString("base64"),
			Buffer.from(`-----BEGIN PRIVATE KEY-----\n${wrapBase64(sampleKeyDer(`${id$18}5`, "pkcs8").subarray(0, 300))}\n-----END PRIVATE KEY-----\n`).toString("base64"),
			"LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t"
		]
	})
});
// dist/patterns/signing-material/cosign-private-key.js
const id$17 = "cosign-private-key";
/** The encrypted-key envelope cosign and sigstore write (scrypt + nacl/secretbox), base64 in a PEM block. */
function envelope(seed) {
	return {
		kdf: {
			name: "scrypt",
			params: {
				N: 65536,
				r: 8,
				p: 1
			},
			salt: seededBytes(`${seed}s`, 32).toString("base64")
		},
		cipher: {
			name: "nacl/secretbox",
			nonce: seededBytes(`${seed}n`, 24).toString("base64")
		},
		ciphertext: seededBytes(`${seed}c`, 156).toString("base64")
	};
}
const block = (label, json) => `-----BEGIN ${label}-----\n${wrapBase64(Buffer.from(JSON.stringify(json), "utf8"), 64)}\n-----END ${label}-----`;
var cosign_private_key_default = defineDetector({
	id: id$17,
	name: "Cosign private key",
	category: "signing-material",
	severity: "error",
	description: "Encrypted cosign / sigstore private keys whose body is the scrypt + secretbox key envelope.",
	regex: /-----BEGIN ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{62,20000})-----END ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----/u,
	keywords: ["encrypted sigstore private key", "encrypted cosign private key"],
	multiline: true,
	skipSynthetic: true,
	validate: (secret) => {
		const lines = armoredLines(secret);
		const bytes = decodeBase64(lines.join(""));
		if (bytes === void 0 || bytes.length < 64 || !variedBody(lines)) return false;
		try {
			const parsed = JSON.parse(bytes.toString("utf8"));
			if (typeof parsed !== "object" || parsed === null) return false;
			const { kdf, cipher, ciphertext } = parsed;
			return typeof kdf === "object" && typeof cipher === "object" && typeof ciphertext === "string" && ciphertext.length >= 32;
		} catch {
			return false;
		}
	},
	references: ["https://github.com/sigstore/cosign/blob/main/specs/KEY_SPEC.md"],
	samples: () => ({
		positive: [block("ENCRYPTED SIGSTORE PRIVATE KEY", envelope(`${id$17}1`)), block("ENCRYPTED COSIGN PRIVATE KEY", envelope(`${id$17}2`))],
		negative: [
			`-----BEGIN PUBLIC KEY-----\n${wrapBase64(Buffer.concat([Buffer.from("3059301306072a8648ce3d020106082a8648ce3d030107034200", "hex"), seededBytes(`${id$17}3`, 65)]))}\n-----END PUBLIC KEY-----`,
			"-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n...\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----",
			`-----BEGIN ENCRYPTED COSIGN PRIVATE KEY-----\n${wrapBase64(seededBytes(`${id$17}4`, 300))}\n-----END ENCRYPTED COSIGN PRIVATE KEY-----`,
			block("ENCRYPTED COSIGN PRIVATE KEY", {
				kdf: { name: "scrypt" },
				cipher: { name: "nacl/secretbox" },
				ciphertext: "<ciphertext>"
			})
		]
	})
});
// dist/patterns/signing-material/jwk-private-key.js
const id$16 = "jwk-private-key";
/** How far from its private member a JWK's `kty` may stand (the members of one key object). */
const REACH$1 = 4096;
const jwk = (members) => JSON.stringify(members);
/**
* Private JSON Web Keys: a key object with `kty` and the private member `d`
* (RSA private exponent, EC and OKP private key), or `k` of a symmetric
* (`oct`) key. Public JWKs (JWKS endpoints) carry neither and pass.
*/
var jwk_private_key_default = defineDetector({
	id: id$16,
	name: "Private JSON Web Key",
	category: "signing-material",
	severity: "error",
	description: "Private JSON Web Keys: objects with \"kty\" and a private member \"d\" (RSA, EC, OKP) or \"k\" (oct), as JSON or object literals.",
	regex: /(?<![\w$-])\\?["']?(?<member>[dk])\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["'](?<secret>[A-Za-z0-9_-]{22,2800})(?![A-Za-z0-9_=-])/u,
	keywords: ["kty"],
	multiline: true,
	reach: REACH$1,
	skipSynthetic: true,
	validate: (secret, { groups, text, offset }) => {
		if (text === void 0 || offset === void 0) return false;
		const around = text.slice(Math.max(0, offset - REACH$1), Math.min(text.length, offset + REACH$1));
		const kty = /\\?["']?kty\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["'](?<kty>RSA|EC|OKP|oct)\\?["']/u.exec(around)?.groups?.kty;
		if (kty === void 0 || groups.member === "k" !== (kty === "oct")) return false;
		const bytes = decodeBase64(secret);
		return bytes !== void 0 && bytes.length >= 16 && variedBody([secret]);
	},
	references: ["https://www.rfc-editor.org/rfc/rfc7517", "https://www.rfc-editor.org/rfc/rfc7518#section-6"],
	samples: () => ({
		positive: [
			jwk({
				kty: "EC",
				crv: "P-256",
				x: randomString(`${id$16}1`, BASE64URL, 43),
				y: randomString(`${id$16}2`, BASE64URL, 43),
				d: randomString(`${id$16}3`, BASE64URL, 43),
				kid: "ledger-signing-1"
			}),
			jwk({
				kty: "OKP",
				crv: "Ed25519",
				d: randomString(`${id$16}4`, BASE64URL, 43),
				x: randomString(`${id$16}5`, BASE64URL, 43)
			}),
			jwk({
				kty: "oct",
				k: randomString(`${id$16}6`, BASE64URL, 43),
				alg: "HS256"
			}),
			jwk({
				kty: "RSA",
				n: randomString(`${id$16}7`, BASE64URL, 342),
				e: "AQAB",
				d: randomString(`${id$16}8`, BASE64URL, 342),
				p: randomString(`${id$16}9`, BASE64URL, 171)
			})
		],
		negative: [
			jwk({
				kty: "EC",
				crv: "P-256",
				x: randomString(`${id$16}10`, BASE64URL, 43),
				y: randomString(`${id$16}11`, BASE64URL, 43),
				kid: "ledger-signing-1"
			}),
			jwk({
				kty: "RSA",
				n: randomString(`${id$16}12`, BASE64URL, 342),
				e: "AQAB",
				use: "sig"
			}),
			jwk({
				kty: "EC",
				crv: "P-256",
				d: "<base64url private key>"
			}),
			jwk({
				kty: "EC",
				crv: "P-256",
				d: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
			})
		]
	})
});
// dist/patterns/signing-material/keystore-file.js
const id$15 = "keystore-file";
/**
* Keystore files (PKCS#12 `.p12`/`.pfx`, Java `.jks`/`.keystore`, JCEKS, BKS)
* hold private keys in a binary container. The scanner hands each one to the
* engine as a descriptor line, the SHA-256 of its bytes then its format
* (src/scanner/keystore.ts); this detector reports that line, so that the
* finding names the file and never holds any of its bytes.
*/
var keystore_file_default = defineDetector({
	id: id$15,
	name: "Keystore file",
	category: "signing-material",
	severity: "error",
	description: "Keystore files (PKCS#12 .p12/.pfx, Java KeyStore .jks/.keystore, JCEKS, BKS) holding private or secret keys, reported by type and digest; truststores of certificates only are not.",
	regex: /(?<![0-9a-f])(?<secret>[0-9a-f]{64}) boundary-guard keystore: (?<format>pkcs12|jks|jceks|bks)(?![\w-])/u,
	keywords: ["boundary-guard keystore:"],
	skipSynthetic: true,
	references: ["https://www.rfc-editor.org/rfc/rfc7292", "https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html"],
	samples: () => ({
		positive: [`${randomString(`${id$15}1`, HEX, 64)} boundary-guard keystore: pkcs12`, `${randomString(`${id$15}2`, HEX, 64)} boundary-guard keystore: jks`],
		negative: [
			"<sha256> boundary-guard keystore: pkcs12",
			`${randomString(`${id$15}3`, HEX, 64)} keystore: pkcs12`,
			"keystore.p12"
		]
	})
});
// dist/patterns/signing-material/minisign-secret-key.js
const id$14 = "minisign-secret-key";
/** Encoded length of a secret key: algorithms (6), KDF salt and limits (48), key id, key and checksum (104). */
const SECRET_KEY_BYTES$1 = 158;
/** A minisign secret key line: `Ed`, KDF (`Sc` scrypt or none), `B2`, then seeded key material. */
function secretKey$1(seed, encrypted) {
	const kdf = encrypted ? Buffer.concat([
		Buffer.from("Sc", "latin1"),
		Buffer.from("B2", "latin1"),
		seededBytes(`${seed}s`, 32),
		Buffer.from([
			0,
			0,
			0,
			2,
			0,
			0,
			0,
			0,
			0,
			0,
			0,
			64,
			0,
			0,
			0,
			0
		])
	]) : Buffer.concat([
		Buffer.from([0, 0]),
		Buffer.from("B2", "latin1"),
		Buffer.alloc(48)
	]);
	return Buffer.concat([
		Buffer.from("Ed", "latin1"),
		kdf,
		seededBytes(`${seed}k`, 104)
	]).toString("base64");
}
var minisign_secret_key_default = defineDetector({
	id: id$14,
	name: "Minisign secret key",
	category: "signing-material",
	severity: "error",
	description: "Minisign / rsign secret keys: the base64 line after \"untrusted comment: minisign encrypted secret key\" (RWRTY0Iy… or RWQAAEIy…).",
	regex: /(?:(?<![A-Za-z0-9+/])|(?<=\\[nrt]))(?<secret>RW(?:RTY0Iy|QAAEIy)[A-Za-z0-9+/]{196,210}={0,2})(?![A-Za-z0-9+/=])/u,
	keywords: ["rwrty0iy", "rwqaaeiy"],
	skipSynthetic: true,
	validate: (secret) => {
		const bytes = decodeBase64(secret);
		if (bytes?.length !== SECRET_KEY_BYTES$1) return false;
		const algorithms = bytes.subarray(0, 6).toString("latin1");
		return (algorithms === "EdScB2" || algorithms === "Ed\0\0B2") && variedBody([bytes.subarray(54).toString("base64")]);
	},
	references: ["https://jedisct1.github.io/minisign/"],
	samples: () => ({
		positive: [
			`untrusted comment: minisign encrypted secret key\n${secretKey$1(`${id$14}1`, true)}`,
			secretKey$1(`${id$14}2`, true),
			`untrusted comment: minisign secret key\n${secretKey$1(`${id$14}3`, false)}`
		],
		negative: [
			`untrusted comment: minisign public key 1B2C3D4E5F607182\n${Buffer.concat([Buffer.from("Ed", "latin1"), seededBytes(`${id$14}4`, 40)]).toString("base64")}`,
			"untrusted comment: minisign encrypted secret key\nRWRTY0Iy...",
			secretKey$1(`${id$14}5`, true).slice(0, 180),
			`RWRTY0Iy${seededBytes(`${id$14}6`, 150).toString("base64").slice(8)}`
		]
	})
});
// dist/patterns/signing-material/pgp-private-key-block.js
const id$13 = "pgp-private-key-block";
/** An armored block of `label` around `packet`, with armor headers and the CRC-24 line. */
function armor(label, packet, headers) {
	const crc = Buffer.from([
		crc24(packet) >> 16 & 255,
		crc24(packet) >> 8 & 255,
		crc24(packet) & 255
	]).toString("base64");
	return `-----BEGIN PGP ${label}-----\n${headers.length > 0 ? `${headers.join("\n")}\n` : ""}\n${wrapBase64(packet, 64)}\n=${crc}\n-----END PGP ${label}-----`;
}
/** A secret-key packet: old format (two-octet length) for RSA, new format for EdDSA. */
function secretKeyPacket(seed, format) {
	const created = Buffer.from([
		102,
		43,
		31,
		64
	]);
	if (format === "old") {
		const body = Buffer.concat([
			Buffer.from([4]),
			created,
			Buffer.from([1]),
			seededBytes(seed, 960)
		]);
		return Buffer.concat([Buffer.from([
			149,
			body.length >> 8,
			body.length & 255
		]), body]);
	}
	const body = Buffer.concat([
		Buffer.from([4]),
		created,
		Buffer.from([22]),
		seededBytes(seed, 130)
	]);
	return Buffer.concat([Buffer.from([197, body.length]), body]);
}
/** True when `byte` opens a Secret-Key packet (tag 5) in the old or new packet format. */
function isSecretKeyTag(byte) {
	if (byte === void 0 || (byte & 128) === 0) return false;
	return (byte & 64 ? byte & 63 : byte >> 2 & 15) === 5;
}
var pgp_private_key_block_default = defineDetector({
	id: id$13,
	name: "PGP private key block",
	category: "signing-material",
	severity: "error",
	description: "ASCII-armored OpenPGP private key blocks whose body opens with a Secret-Key packet.",
	regex: /-----BEGIN PGP PRIVATE KEY BLOCK-----(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>(?:[A-Z][A-Za-z-]{1,20}: [^\r\n\\]{1,200}(?:\r?\n|(?:\\r)?\\n)(?:[\s"'`,;*#+]|\\[rnt]){0,16}){0,6}[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{62,30000})-----END PGP PRIVATE KEY BLOCK-----/u,
	keywords: ["begin pgp private key block"],
	multiline: true,
	skipSynthetic: true,
	validate: (secret) => {
		const body = armoredLines(secret).filter((line) => !line.includes(":") && !/^=[A-Za-z0-9+/]{4}$/u.test(line));
		const bytes = decodeBase64(body.join(""));
		return bytes !== void 0 && bytes.length >= 64 && isSecretKeyTag(bytes[0]) && variedBody(body);
	},
	references: ["https://www.rfc-editor.org/rfc/rfc9580#section-5.5", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2"],
	samples: () => ({
		positive: [
			armor("PRIVATE KEY BLOCK", secretKeyPacket(`${id$13}1`, "old"), ["Version: GnuPG v2"]),
			armor("PRIVATE KEY BLOCK", secretKeyPacket(`${id$13}2`, "new"), []),
			armor("PRIVATE KEY BLOCK", secretKeyPacket(`${id$13}3`, "new"), ["Comment: release signing subkey"])
		],
		negative: [
			armor("PUBLIC KEY BLOCK", Buffer.concat([Buffer.from([
				153,
				1,
				13,
				4
			]), seededBytes(`${id$13}4`, 269)]), []),
			armor("MESSAGE", Buffer.concat([Buffer.from([
				133,
				1,
				12
			]), seededBytes(`${id$13}5`, 268)]), []),
			"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGX...\n...\n-----END PGP PRIVATE KEY BLOCK-----",
			"-----BEGIN PGP PRIVATE KEY BLOCK-----\n<paste the armored private key exported with gpg --export-secret-keys --armor>\n-----END PGP PRIVATE KEY BLOCK-----",
			armor("PRIVATE KEY BLOCK", Buffer.concat([Buffer.from([
				153,
				1,
				13,
				4
			]), seededBytes(`${id$13}6`, 269)]), [])
		]
	})
});
// dist/patterns/signing-material/putty-private-key.js
const id$12 = "putty-private-key";
/** A PuTTY key file: public and private blobs wrapped at 64 columns, as PuTTYgen writes them. */
function ppk(version, algorithm, seed, privateBytes, encrypted) {
	const publicLines = wrapBase64(seededBytes(`${seed}p`, 51), 64).split("\n");
	const privateLines = wrapBase64(seededBytes(`${seed}k`, privateBytes), 64).split("\n");
	const kdf = version === 3 && encrypted ? [
		"Key-Derivation: Argon2id",
		"Argon2-Memory: 8192",
		"Argon2-Passes: 21",
		"Argon2-Parallelism: 1",
		`Argon2-Salt: ${seededBytes(`${seed}s`, 16).toString("hex")}`
	] : [];
	return [
		`PuTTY-User-Key-File-${version}: ${algorithm}`,
		`Encryption: ${encrypted ? "aes256-cbc" : "none"}`,
		`Comment: ${algorithm.replace(/^ssh-/u, "")}-key-20250114`,
		`Public-Lines: ${publicLines.length}`,
		...publicLines,
		...kdf,
		`Private-Lines: ${privateLines.length}`,
		...privateLines,
		`Private-MAC: ${seededBytes(`${seed}m`, version === 3 ? 32 : 20).toString("hex")}`
	].join("\n");
}
var putty_private_key_default = defineDetector({
	id: id$12,
	name: "PuTTY private key",
	category: "signing-material",
	severity: "error",
	description: "PuTTY private key files (PuTTY-User-Key-File-2/3) with a Private-Lines body of the declared length.",
	regex: /PuTTY-User-Key-File-[23]: ?[A-Za-z0-9@.-]{3,60}(?:(?:\r?\n|(?:\\r)?\\n)(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?!Private-Lines)[^\s\\"'`,;*#][^\r\n\\]{0,199}){1,60}(?:\r?\n|(?:\\r)?\\n)(?:[\s"'`,;*#+]|\\[rnt]){0,16}Private-Lines: ?(?<lines>\d{1,3})(?:\r?\n|(?:\\r)?\\n)(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{15,20000})Private-MAC:/u,
	keywords: ["putty-user-key-file-"],
	multiline: true,
	skipSynthetic: true,
	validate: (secret, { groups }) => {
		const lines = armoredLines(secret);
		if (lines.length !== Number(groups.lines)) return false;
		const bytes = decodeBase64(lines.join(""));
		return bytes !== void 0 && bytes.length >= 32 && variedBody(lines);
	},
	references: ["https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html"],
	samples: () => ({
		positive: [
			ppk(2, "ssh-rsa", `${id$12}1`, 660, false),
			ppk(3, "ssh-ed25519", `${id$12}2`, 48, true),
			ppk(3, "ecdsa-sha2-nistp256", `${id$12}3`, 40, false)
		],
		negative: [
			"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy key\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI...\nPrivate-Lines: 1\n<private key lines>\nPrivate-MAC: <mac>",
			"PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: imported-openssh-key\nPublic-Lines: 6\n...\nPrivate-Lines: 14\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nPrivate-MAC: 0000000000000000000000000000000000000000",
			ppk(2, "ssh-rsa", `${id$12}4`, 660, false).replace(/Private-Lines: \d+/u, "Private-Lines: 2"),
			`---- BEGIN SSH2 PUBLIC KEY ----\nComment: "rsa-key-20250114"\n${wrapBase64(seededBytes(`${id$12}5`, 279), 64)}\n---- END SSH2 PUBLIC KEY ----`
		]
	})
});
// dist/patterns/signing-material/signify-secret-key.js
const id$11 = "signify-secret-key";
/** A signify secret key: pkalg, kdfalg, rounds, salt (16), checksum (8), key number (8), Ed25519 secret key (64). */
const SECRET_KEY_BYTES = 104;
function secretKey(seed, rounds) {
	const header = Buffer.alloc(8);
	header.write("EdBK", 0, "latin1");
	header.writeUInt32BE(rounds, 4);
	return Buffer.concat([header, seededBytes(seed, 96)]).toString("base64");
}
/**
* OpenBSD signify secret keys (`untrusted comment: signify secret key`, then
* the base64 key line starting RWRCSw, "EdBK"): they sign releases and
* packages.
*/
var signify_secret_key_default = defineDetector({
	id: id$11,
	name: "signify secret key",
	category: "signing-material",
	severity: "error",
	description: "OpenBSD signify secret keys (untrusted comment: signify secret key; base64 starting RWRCSw): Ed25519 keys that sign releases.",
	regex: /(?:(?<![A-Za-z0-9+/])|(?<=\\[nrt]))(?<secret>RWRCSw[A-Za-z0-9+/]{133}=?)(?![A-Za-z0-9+/=])/u,
	keywords: ["rwrcsw"],
	skipSynthetic: true,
	validate: (secret) => {
		const bytes = decodeBase64(secret);
		return bytes?.length === SECRET_KEY_BYTES && bytes.subarray(0, 4).toString("latin1") === "EdBK" && variedBody([bytes.subarray(40).toString("base64")]);
	},
	references: ["https://man.openbsd.org/signify.1", "https://github.com/aperezdc/signify"],
	samples: () => ({
		positive: [`untrusted comment: signify secret key\n${secretKey(`${id$11}1`, 42)}`, secretKey(`${id$11}2`, 0)],
		negative: [
			`untrusted comment: signify public key\n${Buffer.concat([Buffer.from("Ed", "latin1"), seededBytes(`${id$11}3`, 40)]).toString("base64")}`,
			"untrusted comment: signify secret key\nRWRCSwAAAC...",
			secretKey(`${id$11}4`, 42).slice(0, 100),
			Buffer.concat([Buffer.from("EdBK\0\0\0*", "latin1"), Buffer.alloc(96)]).toString("base64")
		]
	})
});
// dist/patterns/signing-material/signing-secret-key-value.js
const id$10 = "signing-secret-key-value";
/** Values people put under signing-key names that are not secrets, or say so. */
const NOT_A_SECRET = /secret|passw(?:or)?d|p[a@]ssw[o0]rd|changeme|insecure|development|localhost|signing|jwt[_-]?key|^django-insecure-/iu;
/**
* JWT, HMAC, session and cookie signing secrets under their usual key names:
* anyone holding one can forge tokens and sessions.
*/
var signing_secret_key_value_default = defineDetector({
	id: id$10,
	name: "Signing secret",
	category: "signing-material",
	severity: "error",
	description: "High-entropy values under signing-secret names (jwt_secret, JWT_SIGNING_KEY, hmac_secret, signing_secret, SECRET_KEY_BASE, session_secret, NEXTAUTH_SECRET, SECRET_KEY): they forge tokens and sessions.",
	regex: /(?<!\/)(?<key>(?:jwt|jws|hmac)[_.-]?(?:signing[_.-]?)?(?:secret|key)|(?<!oauth[_.-]?)token[_.-]?(?:signing[_.-]?(?:secret|key)|secret)|signing[_.-]?(?:secret|key)|secret[_.-]?key[_.-]?base|(?:session|cookie)[_.-]?(?:signing[_.-]?)?secret|(?<!o)auth[_.-]?secret|(?<![a-z0-9_-])secret[_.-]key|(?:jwt|session|cookie|hmac)["']?[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}["']?(?:signing[_.-]?)?(?:secret|key))(?:[_.-]?(?:b64|base64|hex|value))?["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}(?:\[\]byte\(|Buffer\.from\(|bytes\()?(?:["'`]|b["'])?(?<secret>[a-z0-9+/_!@#$%^&*~][a-z0-9+/=_.~!@#$%^&*-]{15,511})/iu,
	keywords: [
		...[
			"jwt",
			"jws",
			"hmac"
		].flatMap((w) => [
			"",
			"_",
			"-",
			"."
		].flatMap((sep) => [
			`${w}${sep}secret`,
			`${w}${sep}key`,
			`${w}${sep}signing`
		])),
		...[
			"",
			"_",
			"-",
			"."
		].flatMap((sep) => [
			`token${sep}secret`,
			`token${sep}signing`,
			`signing${sep}secret`,
			`signing${sep}key`,
			`session${sep}secret`,
			`session${sep}signing`,
			`cookie${sep}secret`,
			`cookie${sep}signing`,
			`auth${sep}secret`
		]),
		"secret_key",
		"secret-key",
		"secret.key",
		"secretkeybase",
		...[
			"jwt",
			"session",
			"cookie",
			"hmac"
		].flatMap((w) => [`${w}"`, `${w}'`])
	],
	entropy: 3.5,
	allow: [NOT_A_SECRET],
	validate: (secret) => /[0-9]/u.test(secret) && /[A-Za-z]/u.test(secret) && !/&[a-z_]{2,30}=/iu.test(secret) && !/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/iu.test(secret),
	samples: () => ({
		positive: [
			{
				key: "jwt_secret",
				value: randomString(`${id$10}1`, ALPHA_NUM, 48)
			},
			{
				key: "JWT_SIGNING_KEY",
				value: randomString(`${id$10}2`, BASE64, 64)
			},
			{
				key: "secret_key_base",
				value: randomString(`${id$10}3`, HEX, 128)
			},
			{
				key: "hmacSecret",
				value: randomString(`${id$10}4`, HEX, 64)
			},
			{
				key: "SECRET_KEY",
				value: `${randomString(`${id$10}5`, ALPHA_NUM, 20)}!$&${randomString(`${id$10}6`, ALPHA_NUM, 24)}`
			}
		],
		negative: [
			{
				key: "jwt_secret",
				value: "your-256-bit-secret"
			},
			{
				key: "JWT_SECRET",
				value: "${JWT_SECRET}"
			},
			{
				key: "session_secret",
				value: "keyboard cat"
			},
			{
				key: "SECRET_KEY",
				value: `django-insecure-${randomString(`${id$10}7`, ALPHA_NUM, 40)}`
			},
			{
				key: "AWS_SECRET_KEY",
				value: randomString(`${id$10}8`, ALPHA_NUM, 40)
			},
			{
				key: "jwt_secret",
				value: "process.env.JWT_SECRET"
			},
			`workspace/integrations/webhooks/signing_secret: ${randomString(`${id$10}9`, HEX, 32)}`
		]
	})
});
// dist/patterns/signing-material/stripe-webhook-secret.js
const id$9 = "stripe-webhook-secret";
var stripe_webhook_secret_default = defineDetector({
	id: id$9,
	name: "Webhook signing secret (whsec_)",
	category: "signing-material",
	severity: "error",
	description: "Stripe webhook endpoint signing secrets (whsec_ + 32 characters, or 64 hex from the Stripe CLI) and Svix/Standard Webhooks secrets (whsec_ + base64): whoever holds one forges events the endpoint trusts.",
	regex: /(?<![\w-])(?<secret>whsec_[A-Za-z0-9+/]{24,88}={0,2})(?![\w+/=-])/u,
	keywords: ["whsec_"],
	entropy: 3.6,
	validate: (secret) => /\d/u.test(secret.slice(6)) && /[a-z]/iu.test(secret.slice(6)) && !hasSequentialRun$1(secret.slice(6)),
	references: ["https://docs.stripe.com/webhooks#verify-official-libraries", "https://docs.svix.com/receiving/verifying-payloads/how"],
	samples: () => ({
		positive: [
			`whsec_${randomString(`${id$9}1`, ALPHA_NUM, 32)}`,
			{
				key: "STRIPE_WEBHOOK_SECRET",
				value: `whsec_${randomString(`${id$9}2`, HEX, 64)}`
			},
			{
				key: "SVIX_SECRET",
				value: `whsec_${randomString(`${id$9}3`, BASE64, 32)}`
			}
		],
		negative: [
			"whsec_...",
			{
				key: "STRIPE_WEBHOOK_SECRET",
				value: "whsec_<your-signing-secret>"
			},
			`whsec_${"x".repeat(32)}`,
			`whsec_${randomString(`${id$9}4`, ALPHA_NUM, 12)}`
		]
	})
});
// dist/patterns/signing-material/index.js
var signing_material_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors$1 });
/** Detectors of the `signing-material` category. */
function detectors$1(_settings) {
	return [
		age_secret_key_default,
		base64_pem_private_key_default,
		cosign_private_key_default,
		jwk_private_key_default,
		keystore_file_default,
		minisign_secret_key_default,
		nested_signing_secret_key_value_default,
		openssh_private_key_default,
		pem_private_key_default,
		pgp_private_key_block_default,
		putty_private_key_default,
		signify_secret_key_default,
		signing_secret_key_value_default,
		stripe_webhook_secret_default
	];
}
// dist/patterns/support-ticket/freshdesk-ticket-url.js
const id$8 = "freshdesk-ticket-url";
/** Links to Freshdesk tickets: agent view, legacy helpdesk view, customer portal and API. */
var freshdesk_ticket_url_default = defineDetector({
	id: id$8,
	name: "Freshdesk ticket URL",
	category: "support-ticket",
	severity: "error",
	description: "Freshdesk ticket links (agent view, helpdesk and portal views, ticket API) of a real Freshdesk account.",
	regex: /(?<secret>https?:\/\/(?<sub>[a-z0-9][a-z0-9-]{0,62})\.freshdesk\.com\/(?:a\/tickets|helpdesk\/tickets|support\/tickets|api\/v2\/tickets)\/(?<ticket>\d{1,12}))(?![0-9])/iu,
	keywords: ["freshdesk.com"],
	references: ["https://developers.freshdesk.com/api/#tickets"],
	samples: () => ({
		positive: [
			`https://northbridge${randomString(`${id$8}1`, LOWER_NUM, 3)}.freshdesk.com/a/tickets/${randomString(`${id$8}2`, DIGITS, 5)}`,
			`https://support-${randomString(`${id$8}3`, LOWER_NUM, 5)}.freshdesk.com/helpdesk/tickets/${randomString(`${id$8}4`, DIGITS, 4)}`,
			`https://northbridge.freshdesk.com/support/tickets/${randomString(`${id$8}5`, DIGITS, 5)}`
		],
		negative: [
			"https://domain.freshdesk.com/api/v2/tickets/20",
			"https://yourdomain.freshdesk.com/a/tickets/48213",
			"https://example.freshdesk.com/a/tickets/48213",
			"https://northbridge.freshdesk.com/a/tickets/123",
			"https://northbridge.freshdesk.com/a/dashboard/default"
		]
	})
});
// dist/patterns/support-ticket/hubspot-ticket-url.js
const id$7 = "hubspot-ticket-url";
/**
* Links to HubSpot help-desk tickets: the CRM record view of the ticket
* object (object type 0-5: `app.hubspot.com/contacts/<hub id>/record/0-5/<ticket id>`)
* and the older `/contacts/<hub id>/ticket/<ticket id>` view, on the US and
* the regional (`app-eu1`) hosts. Hub ids and ticket numbers typed by hand
* (counting, runs of one digit, a repeated block) pass.
*/
var hubspot_ticket_url_default = defineDetector({
	id: id$7,
	name: "HubSpot ticket URL",
	category: "support-ticket",
	severity: "error",
	description: "HubSpot help-desk ticket links (the ticket record view, object type 0-5, and the legacy ticket view) of a real HubSpot account.",
	regex: /(?<secret>https?:\/\/app(?:-[a-z]{2}\d)?\.hubspot\.com\/contacts\/(?<hub>\d{4,10})\/(?:record\/0-5|ticket)\/(?<ticket>\d{3,15}))(?![0-9])/iu,
	keywords: ["hubspot.com"],
	validate: (_secret, { groups }) => !isTypedDigits(groups.hub ?? "") && !isTypedDigits(groups.ticket ?? ""),
	references: ["https://knowledge.hubspot.com/records/find-record-id", "https://developers.hubspot.com/docs/guides/crm/understanding-the-crm"],
	samples: () => ({
		positive: [`https://app.hubspot.com/contacts/${randomString(`${id$7}1`, DIGITS, 8)}/record/0-5/${randomString(`${id$7}2`, DIGITS, 10)}`, `https://app-eu1.hubspot.com/contacts/${randomString(`${id$7}3`, DIGITS, 7)}/ticket/${randomString(`${id$7}4`, DIGITS, 9)}`],
		negative: [
			"https://app.hubspot.com/contacts/<hub-id>/record/0-5/<ticket-id>",
			"https://app.hubspot.com/contacts/12345678/record/0-5/123456789",
			`https://app.hubspot.com/contacts/${randomString(`${id$7}5`, DIGITS, 8)}/record/0-5/11111111`,
			"https://developers.hubspot.com/docs/api/crm/tickets",
			`https://app.hubspot.com/contacts/${randomString(`${id$7}6`, DIGITS, 8)}/record/0-2/${randomString(`${id$7}7`, DIGITS, 10)}`
		]
	})
});
// dist/patterns/support-ticket/intercom-conversation-url.js
const id$6 = "intercom-conversation-url";
/** Links to Intercom inbox conversations (`app.intercom.com/a/inbox/<app>/inbox/…/conversation/<n>`). */
var intercom_conversation_url_default = defineDetector({
	id: id$6,
	name: "Intercom conversation URL",
	category: "support-ticket",
	severity: "error",
	description: "Intercom inbox conversation links of a real workspace (US, EU and AU hosts).",
	regex: /(?<secret>https?:\/\/app(?:\.eu|\.au)?\.intercom\.(?:com|io)\/a\/(?:apps|inbox)\/[a-z0-9]{6,12}\/[^\s"'<>]{0,160}?conversations?\/\d{5,20})(?![0-9])/iu,
	keywords: ["intercom.com/a/", "intercom.io/a/"],
	references: ["https://www.intercom.com/help/en/articles/6609-find-your-workspace-id-app-id"],
	samples: () => ({
		positive: [
			`https://app.intercom.com/a/inbox/${randomString(`${id$6}1`, LOWER_NUM, 8)}/inbox/shared/all/conversation/${randomString(`${id$6}2`, DIGITS, 15)}`,
			`https://app.eu.intercom.com/a/apps/${randomString(`${id$6}3`, LOWER_NUM, 8)}/inbox/inbox/conversation/${randomString(`${id$6}4`, DIGITS, 12)}`,
			`https://app.intercom.io/a/apps/${randomString(`${id$6}5`, LOWER_NUM, 8)}/respond/inbox/conversations/${randomString(`${id$6}6`, DIGITS, 10)}`
		],
		negative: [
			"https://app.intercom.com/a/apps/{app_id}/inbox/inbox/conversation/{id}",
			"https://app.intercom.com/a/apps/your_app_id/settings",
			"https://app.intercom.com/a/inbox/xxxxxxxx/inbox/shared/all/conversation/000000000000000",
			"https://developers.intercom.com/docs/references/rest-api/api.intercom.io/conversations/"
		]
	})
});
// dist/patterns/support-ticket/jira-service-desk-url.js
const id$5 = "jira-service-desk-url";
/**
* Jira Service Management requests on Atlassian Cloud: customer-portal
* request links, agent queue and issue views of a service project, and
* `/browse/<KEY>-<n>` links whose project key is a support desk's (SD, SUP,
* HELP, CS, ESC, …). Ordinary `/browse/` links of open projects pass.
*/
var jira_service_desk_url_default = defineDetector({
	id: id$5,
	name: "Jira Service Management request URL",
	category: "support-ticket",
	severity: "error",
	description: "Jira Service Management customer-portal requests, service-project queue links and support-desk issue links on Atlassian Cloud.",
	regex: /(?<secret>https?:\/\/(?<site>[a-z0-9][a-z0-9-]{0,62})\.atlassian\.net\/(?:servicedesk\/customer\/portals?\/\d{1,5}\/|jira\/servicedesk\/projects\/[A-Z][A-Z0-9]{1,9}\/(?:queues\/[\w/-]{0,80}?\/|issues\/)?|browse\/(?=(?:SD|SUP|SUPPORT|HELP|HELPDESK|HD|CS|CSR|CX|ESC|ESCALATION|TICKET|TICKETS|SR|ITSM|SVC|CUST|SERVICE)-))[A-Z][A-Z0-9]{1,9}-\d{1,7})(?![0-9])/u,
	keywords: [
		"atlassian.net/servicedesk",
		"atlassian.net/jira/servicedesk",
		"atlassian.net/browse/"
	],
	references: ["https://support.atlassian.com/jira-service-management-cloud/docs/what-is-the-customer-portal/"],
	samples: () => ({
		positive: [
			`https://northbridge${randomString(`${id$5}1`, LOWER_NUM, 3)}.atlassian.net/servicedesk/customer/portal/3/SUP-${randomString(`${id$5}2`, DIGITS, 4)}`,
			`https://northbridge.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/12/HELP-${randomString(`${id$5}3`, DIGITS, 3)}`,
			`https://ops-${randomString(`${id$5}4`, LOWER_NUM, 5)}.atlassian.net/browse/ESC-${randomString(`${id$5}5`, DIGITS, 4)}`
		],
		negative: [
			"https://your-domain.atlassian.net/servicedesk/customer/portal/1/SUP-12",
			"https://northbridge.atlassian.net/browse/CORE-4821",
			"https://example.atlassian.net/browse/SD-4821",
			"https://northbridge.atlassian.net/servicedesk/customer/portal/3",
			"https://issues.apache.org/jira/browse/SUPPORT-42"
		]
	})
});
// dist/patterns/support-ticket/servicenow-record-url.js
const id$4 = "servicenow-record-url";
/**
* Links to ServiceNow records: classic form URLs (`incident.do?sys_id=…`,
* also wrapped in `nav_to.do?uri=…` or the Next Experience `params/target`),
* workspace record URLs, Service Portal ticket pages, and list queries by
* `number=INC…`. The API endpoint alone
* (`/api/now/table/incident`) is not a record.
*/
var servicenow_record_url_default = defineDetector({
	id: id$4,
	name: "ServiceNow record URL",
	category: "support-ticket",
	severity: "error",
	description: "ServiceNow incident, case, request and task record links of a real instance.",
	regex: /(?<secret>https?:\/\/(?<instance>[a-z0-9][a-z0-9-]{0,62})\.service-now\.com\/(?:nav_to\.do\?uri=(?:%2F|\/)?|now\/nav\/ui\/classic\/params\/target\/|now\/(?:sow|cwf\/agent|workspace\/agent)\/record\/|sp\?id=[a-z_]{1,30}&table=)?(?:(?:incident|sc_req_item|sc_request|sc_task|problem|change_request|sn_customerservice_case|csm_case|hr_case|interaction)(?:\.do(?:\?|%3F)sys_id(?:=|%3D)|\/|&sys_id=)[0-9a-f]{32}|[a-z_]{1,40}_list\.do(?:\?|%3F)sysparm_query(?:=|%3D)number(?:=|%3D)(?:INC|RITM|REQ|CS|PRB|CHG|SCTASK|TASK|HRC)\d{7,10}))(?![0-9a-z])/iu,
	keywords: ["service-now.com"],
	references: ["https://docs.servicenow.com/bundle/washingtondc-platform-user-interface/page/use/navigation/concept/c_NavigatingByURL.html"],
	samples: () => ({
		positive: [
			`https://northbridge${randomString(`${id$4}1`, LOWER_NUM, 3)}.service-now.com/incident.do?sys_id=${randomString(`${id$4}2`, HEX, 32)}`,
			`https://northbridge.service-now.com/nav_to.do?uri=sn_customerservice_case.do%3Fsys_id%3D${randomString(`${id$4}3`, HEX, 32)}`,
			`https://itsm-${randomString(`${id$4}4`, LOWER_NUM, 5)}.service-now.com/now/sow/record/incident/${randomString(`${id$4}5`, HEX, 32)}`,
			`https://northbridge.service-now.com/incident_list.do?sysparm_query=number=INC${randomString(`${id$4}6`, DIGITS, 7)}`,
			`https://northbridge.service-now.com/sp?id=ticket&table=incident&sys_id=${randomString(`${id$4}7`, HEX, 32)}`
		],
		negative: [
			"https://instance.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371",
			"https://northbridge.service-now.com/api/now/table/incident",
			"https://dev12345.service-now.com/incident.do?sys_id=46d44a23a9fe19810012d100cca80666",
			"https://<instance>.service-now.com/nav_to.do?uri=incident.do%3Fsys_id%3D<sys_id>",
			"https://northbridge.service-now.com/incident.do?sys_id=-1"
		]
	})
});
// dist/patterns/support-ticket/support-ticket-payload.js
const id$3 = "support-ticket-payload";
const TICKET_KEY$1 = /(?<![A-Z0-9])ticket(?:[_-]?(?:id|number|no))?\\?["']?[ \t]{0,4}[:=]/iu;
const TICKET_FIELD$1 = /(?<![A-Z0-9])(?:subject|description|priority)\\?["']?[ \t]{0,4}[:=]/iu;
/**
* Ticket contents: a requester's real email (`requester_email`, `requester`,
* `submitter`, `reporter`, `from`, `email`) in a record that also has a ticket
* key (`ticket_id`, `ticket_number`, `ticket`) and a subject, description or
* priority key within a few hundred characters, before or after it.
*/
var support_ticket_payload_default = defineDetector({
	id: id$3,
	name: "Support ticket contents",
	category: "support-ticket",
	severity: "error",
	description: "Support ticket records (ticket id, subject or priority) that carry a real requester email.",
	regex: /(?<![A-Z0-9])(?:requester|submitter|reporter|requested[_-]?by|customer|from|contact|email)(?:[_-]?(?:e[_-]?mail|address))?\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?:[A-Z][A-Z .'-]{0,60}<)?(?<secret>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})(?![A-Z0-9.-])/iu,
	keywords: ["ticket"],
	multiline: true,
	reach: 700,
	validate: (secret, context) => keyNearby(context, TICKET_KEY$1) && keyNearby(context, TICKET_FIELD$1) && isRealEmail(secret, context.registry),
	samples: () => ({
		positive: [{
			key: "ticket",
			value: `ticket_id: ${randomString(`${id$3}1`, DIGITS, 5)}, requester_email: marta.lindqvist@${randomString(`${id$3}2`, LOWER_NUM, 6)}-logistics.de, subject: Export job fails after upgrade, priority: high`
		}, {
			key: "record",
			value: `{"ticket_number":"${randomString(`${id$3}3`, DIGITS, 6)}","subject":"Refund for duplicate charge","requester":"Kwame Mensah <k.mensah@${randomString(`${id$3}4`, LOWER_NUM, 8)}.com>"}`
		}],
		negative: [
			{
				key: "ticket",
				value: "ticket_id: 48213, requester_email: ops@example.invalid, subject: Export job fails, priority: high"
			},
			{
				key: "ticket",
				value: "ticket_id: 48213, requester_email: marta@northbridge-logistics.de"
			},
			{
				key: "record",
				value: "requester_email: marta@northbridge-logistics.de, subject: Export job fails, priority: high"
			},
			{
				key: "ticket",
				value: "ticket_id: <id>, requester_email: <email>, subject: <subject>"
			}
		]
	})
});
// dist/patterns/support-ticket/ticket-customer-quote.js
const id$2 = "ticket-customer-quote";
/** A ticket number just before the quote: `(9874, "…`, `#9874 …`, `ZD 48213: …`, `[9874] …`. */
const TICKET_NUMBER_BEFORE = /(?:#|\b(?:ZD|FD|SD|ticket|case|req)[ #-]?|[([][ \t]{0,2})\d{3,9}[ \t]{0,2}[,:)\]\u2014-]?[ \t]{0,4}\\?["'`]?[ \t]{0,2}$/iu;
/** The ticket word in the lines before the quote (a comment or a heading over a list). */
const TICKET_WORD = /\btickets?\b/iu;
/** Openers of a subject that is not a customer. */
const NOT_A_CUSTOMER = /^(?:Note|Notes|Todo|Fixme|Error|Warning|Info|Debug|Example|Sample|Template|Customer|User|Subject|Summary|Status|Reason|Message|Description|Title|Comment|Reply|Response|Request|Answer|Question|Usage|Returns?|Raises|Args|Params?|Default|Type|See|Also|Quote|Said|Agent|Bot)\b/u;
/**
* A customer's own words quoted against a ticket: `(9874, "Osterlund
* Maritime: 'our auditors need the export by Friday'")`, `#9902 Tamarind Bay
* Hotels: "card on file was charged twice"`. The customer and the quote are
* reported; a ticket number must come just before, or the word "ticket" in
* the few lines above.
*/
var ticket_customer_quote_default = defineDetector({
	id: id$2,
	name: "Customer words from a ticket",
	category: "support-ticket",
	severity: "error",
	description: "Customers’ words quoted from support tickets, named and tied to a ticket number.",
	regex: /(?<![\w&.-])(?<secret>[A-Z][a-z][\w&.-]{1,30}(?: [A-Z][\w&.-]{0,30}){0,4}:[ \t]{1,2}(?:\\?['"]|[\u2018\u201c])[^'"\u2018\u201c\u2019\u201d\\\n]{15,300}(?:\\?['"]|[\u2019\u201d]))/u,
	keywords: ["ticket"],
	multiline: true,
	reach: 800,
	validate: (secret, { text, offset, registry }) => {
		if (text === void 0 || offset === void 0) return false;
		const name = secret.slice(0, secret.indexOf(":"));
		const quote = secret.slice(name.length + 1);
		if (NOT_A_CUSTOMER.test(name) || isSyntheticValue(name, registry) || quote.trim().split(/\s+/u).length < 4) return false;
		if (/\b(?:lorem|ipsum|example|sample|placeholder)\b/iu.test(quote)) return false;
		const before = text.slice(Math.max(0, offset - 300), offset);
		const lineStart = before.lastIndexOf("\n") + 1;
		return TICKET_NUMBER_BEFORE.test(before.slice(lineStart)) && TICKET_WORD.test(before);
	},
	samples: () => ({
		positive: [`# tickets that failed to migrate\n(98${randomString(`${id$2}1`, DIGITS, 2)}, "Osterlund Maritime: 'our auditors need the export by Friday or we escalate'"),`, `Open tickets:\n- #99${randomString(`${id$2}2`, DIGITS, 2)} Tamarind Bay Hotels: \u201ccard on file was charged twice for May\u201d`],
		negative: [
			`# tickets\n(9874, "Example Customer: 'our auditors need the export by Friday'"),`,
			`(9874, "Osterlund Maritime: 'our auditors need the export by Friday or we escalate'"),`,
			`# tickets\nlog.info("Retrying: 'could not reach the ticket service after three attempts'")`,
			`# ticket 4821\nNote: "the export runs nightly at two in the morning"`
		]
	})
});
// dist/patterns/support-ticket/support/ticket-record.js
/** Furthest a record's braces are looked for on each side. */
const REACH = 1500;
/** The nearest unmatched `{` before `from` (not past `floor`), or -1; an unmatched `[` first stops the search. */
function openingBrace(text, from, floor) {
	let depth = 0;
	for (let i = from - 1; i >= floor; i--) {
		const ch = text.charCodeAt(i);
		if (ch === 125 || ch === 93) depth++;
		else if (ch === 123 || ch === 91) {
			if (depth === 0) return ch === 123 ? i : -1;
			depth--;
		}
	}
	return -1;
}
/** Just past the `}` that closes the object open at `from`, or -1 within `ceiling`. */
function closingBrace(text, from, ceiling) {
	let depth = 0;
	for (let i = from; i < ceiling; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 123 || ch === 91) depth++;
		else if (ch === 125 || ch === 93) {
			if (depth === 0) return ch === 125 ? i + 1 : -1;
			depth--;
		}
	}
	return -1;
}
/**
* The text of the record that holds `offset`: the object around it and the
* object around that (a Jira issue's `fields`, an Intercom conversation's
* `source`), searched at most `REACH` characters away; records of one array
* stay apart. A YAML or flat record gets the whole reach.
*/
function recordAround(text, offset) {
	const floor = Math.max(0, offset - REACH);
	const ceiling = Math.min(text.length, offset + REACH);
	const inner = openingBrace(text, offset, floor);
	if (inner === -1) return text.slice(floor, ceiling);
	const outer = openingBrace(text, inner, floor);
	const start = outer === -1 ? inner : outer;
	const innerEnd = closingBrace(text, offset, ceiling);
	const outerEnd = outer === -1 || innerEnd === -1 ? -1 : closingBrace(text, innerEnd, ceiling);
	const end = outerEnd !== -1 ? outerEnd : innerEnd !== -1 ? innerEnd : ceiling;
	return text.slice(start, end);
}
/** Helpdesk hosts whose ticket links name a real account; documentation subdomains do not. */
const HELPDESK_URL = /https?:\/\/(?<sub>[a-z0-9][a-z0-9-]{0,62})\.(?:zendesk\.com|freshdesk\.com|atlassian\.net|service-now\.com|helpscoutapp\.com|kayako\.com|gorgias\.com)\//giu;
/** The vendors' own subdomains (support.zendesk.com, developer.zendesk.com): their documentation, no customer's account. */
const VENDOR_SUBDOMAIN = /^(?:support|developer|help)$/iu;
/** Documentation's tenants (yoursubdomain, z3n, example) are the registry's. */
const TENANT_KINDS = /* @__PURE__ */ new Set([
	"placeholder-part",
	"example-marker",
	"fictional-name"
]);
const EMAIL = /[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8}/giu;
/** True when the record links to a real helpdesk account or holds a real requester email. */
function namesRealCustomer(record, registry) {
	for (const m of record.matchAll(HELPDESK_URL)) if (!VENDOR_SUBDOMAIN.test(m.groups?.sub ?? "") && registry?.match(m[0], TENANT_KINDS) === void 0) return true;
	for (const m of record.matchAll(EMAIL)) if (isRealEmail(m[0], registry)) return true;
	return false;
}
/** Keys of a ticket record: the ticket itself, and the fields helpdesks export with it. */
const TICKET_KEY = /(?<![\w-])(?:ticket(?:[_-]?(?:id|number|no))?|issue[_-]?key)\\?["']?[ \t]{0,4}[:=]|\/tickets?\/\d|\/servicedesk\/|\/rest\/(?:api\/[23]\/issue|servicedeskapi\/request)\/|\/conversations?\/\d|"type\\?"[ \t]{0,4}:[ \t]{0,4}\\?"conversation(?:_part)?\\?"/iu;
const TICKET_FIELD = /(?<![\w-])(?:requester(?:[_-]?(?:id|email|name))?|subject|summary|priority|assignee(?:[_-]?id)?|reporter|author|via)\\?["']?[ \t]{0,4}[:=]/iu;
const REQUESTER_KEY = /(?<![\w-])requester(?:[_-]?(?:id|email|name))?\\?["']?[ \t]{0,4}[:=]/iu;
const SUBJECT_KEY = /(?<![\w-])subject\\?["']?[ \t]{0,4}[:=]/iu;
/**
* True when the record reads as a helpdesk ticket: a ticket key or link and
* a requester, subject or priority field, or a requester with a subject.
*/
function isTicketRecord(record) {
	return TICKET_KEY.test(record) && TICKET_FIELD.test(record) || REQUESTER_KEY.test(record) && SUBJECT_KEY.test(record);
}
// dist/patterns/support-ticket/ticket-description.js
const id$1 = "ticket-description";
/** Text that says the ticket is made up (the registry's word rules are for tokens: free text says "none" or "test" in earnest). */
const MADE_UP = /\b(?:lorem|ipsum|sample|example|placeholder|dummy|fake|fictional|test ticket)\b|\bexample\.(?:com|org|net|invalid)\b/iu;
/** Text that describes the field rather than fills it. */
const DESCRIBES_A_FIELD = /^(?:the |a |an )?(?:ticket|request|issue)(?:'s)? (?:description|body|text)\b|\b(?:free[ -]?text|markdown|html|field|optional|required)\b/iu;
/**
* The body of a helpdesk ticket in an export or a fixture: the value of a
* `description`, `description_text`, `body` or `plain_body` key (five words or
* more) in a record that is a ticket (a ticket key or link, a Jira issue or
* an Intercom conversation, and a requester, subject, summary, reporter or
* author field) and names a real customer (an email on a real domain, or a
* ticket link of a real helpdesk account). What the customer wrote is the
* reported value.
*/
var ticket_description_default = defineDetector({
	id: id$1,
	name: "Support ticket body",
	category: "support-ticket",
	severity: "error",
	description: "Ticket descriptions and bodies from Zendesk, Freshdesk, Jira Service Management or other helpdesk exports that name a real customer.",
	regex: /(?<![\w-])(?:description(?:[_-]?text)?|plain[_-]?body|body(?:[_-]?text)?|html[_-]?body|comment[_-]?body)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}(?:\\?["'`]|(?=[A-Z]))(?<secret>[^"'`\\\r\n]{20,2000})/iu,
	keywords: [
		"requester",
		"ticket",
		"freshdesk",
		"zendesk",
		"servicedesk",
		"atlassian.net/rest/",
		"conversation"
	],
	multiline: true,
	reach: 1500,
	skipSynthetic: true,
	validate: (secret, { text, offset, registry }) => {
		if (text === void 0 || offset === void 0) return false;
		if (secret.trim().split(/\s+/u).length < 5 || DESCRIBES_A_FIELD.test(secret) || MADE_UP.test(secret)) return false;
		const record = recordAround(text, offset);
		return isTicketRecord(record) && namesRealCustomer(record, registry);
	},
	samples: () => ({
		positive: [
			{
				key: "ticket",
				value: `{"url": "https://northbridge${randomString(`${id$1}1`, LOWER_NUM, 3)}.zendesk.com/api/v2/tickets/${randomString(`${id$1}2`, DIGITS, 5)}.json", "subject": "Audit export missing events", "description": "Hi team, since Monday our nightly audit export is missing all policy.updated events.", "priority": "urgent"}`
			},
			{
				key: "export",
				value: `{"id": ${randomString(`${id$1}3`, DIGITS, 4)}, "subject": "SSO login loops", "description_text": "None of our front-desk staff can sign in via Okta on Safari 17; Chrome works.", "requester": {"email": "i.carvalho@${randomString(`${id$1}4`, LOWER_NUM, 8)}dental.com"}}`
			},
			{
				key: "issue",
				value: `{"self": "https://kestrel${randomString(`${id$1}5`, LOWER_NUM, 4)}.atlassian.net/rest/api/2/issue/${randomString(`${id$1}6`, DIGITS, 5)}", "key": "CSD-1842", "fields": {"summary": "Data residency question", "description": "Our regulator asks whether audit exports ever leave the EU region.", "reporter": {"emailAddress": "s.balakrishnan@${randomString(`${id$1}7`, LOWER_NUM, 9)}cu.org"}}}`
			},
			{
				key: "conversation",
				value: `{"type": "conversation", "id": "${randomString(`${id$1}8`, DIGITS, 12)}", "source": {"author": {"type": "user", "email": "ops@${randomString(`${id$1}9`, LOWER_NUM, 7)}-hotels.com"}, "body": "The card on file was charged twice for May, please refund one."}}`
			}
		],
		negative: [
			{
				key: "ticket",
				value: "{\"url\": \"https://example.zendesk.com/api/v2/tickets/35436.json\", \"subject\": \"Help, my printer is on fire!\", \"description\": \"The fire is very colorful and it keeps spreading.\", \"priority\": \"high\"}"
			},
			{
				key: "export",
				value: "{\"id\": 1, \"subject\": \"Sample ticket\", \"description_text\": \"This is a sample ticket created by Freshdesk.\", \"requester\": {\"email\": \"requester@example.invalid\"}}"
			},
			{
				key: "schema",
				value: "{\"ticket_id\": 1, \"subject\": \"string\", \"description\": \"The ticket description, as free text or HTML.\", \"requester\": {\"email\": \"ops@northbridge-logistics.de\"}}"
			},
			{
				key: "package",
				value: "{\"name\": \"ticket-bot\", \"description\": \"Opens a support ticket from a Slack thread with the requester and subject filled in.\"}"
			}
		]
	})
});
// dist/patterns/support-ticket/zendesk-ticket-url.js
const id = "zendesk-ticket-url";
/**
* Links to Zendesk tickets: the agent view (`/agent/tickets/<n>`), the help
* centre request page (`/hc/<locale>/requests/<n>`) and the ticket API.
*/
var zendesk_ticket_url_default = defineDetector({
	id,
	name: "Zendesk ticket URL",
	category: "support-ticket",
	severity: "error",
	description: "Zendesk ticket links (agent view, help-centre requests, ticket API) of a real Zendesk account.",
	regex: /(?<secret>https?:\/\/(?<sub>[a-z0-9][a-z0-9-]{0,62})\.zendesk\.com\/(?:agent\/tickets|hc\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?requests|api\/v2\/tickets)\/(?<ticket>\d{1,12}))(?![0-9])/iu,
	keywords: ["zendesk.com"],
	references: ["https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/"],
	samples: () => ({
		positive: [
			`https://northbridge${randomString(`${id}1`, LOWER_NUM, 3)}.zendesk.com/agent/tickets/${randomString(`${id}2`, DIGITS, 5)}`,
			`https://helpdesk-${randomString(`${id}3`, LOWER_NUM, 6)}.zendesk.com/hc/en-us/requests/${randomString(`${id}4`, DIGITS, 6)}`,
			`https://northbridge.zendesk.com/api/v2/tickets/${randomString(`${id}5`, DIGITS, 5)}.json`
		],
		negative: [
			"https://example.zendesk.com/agent/tickets/48213",
			"https://yoursubdomain.zendesk.com/agent/tickets/48213",
			"https://{subdomain}.zendesk.com/api/v2/tickets/{ticket_id}",
			"https://northbridge.zendesk.com/api/v2/tickets/35436",
			"https://support.zendesk.com/hc/en-us/articles/4408883152794"
		]
	})
});
// dist/patterns/support-ticket/index.js
var support_ticket_exports = /* @__PURE__ */ __exportAll({ detectors: () => detectors });
/** Detectors of the `support-ticket` category, sorted by id. */
function detectors(_settings) {
	return [
		freshdesk_ticket_url_default,
		hubspot_ticket_url_default,
		intercom_conversation_url_default,
		jira_service_desk_url_default,
		servicenow_record_url_default,
		support_ticket_payload_default,
		ticket_customer_quote_default,
		ticket_description_default,
		zendesk_ticket_url_default
	];
}
// dist/patterns/index.js
/** Category modules in the order of the Boundary categories. */
const CATEGORY_MODULES = [
	license_key_exports,
	signing_material_exports,
	connector_credential_exports,
	escalation_webhook_exports,
	dashboard_url_exports,
	customer_identifier_exports,
	billing_record_exports,
	support_ticket_exports,
	customer_success_note_exports,
	customer_audit_payload_exports,
	paid_policy_pack_exports,
	enterprise_source_exports,
	saas_backend_code_exports,
	scheduler_implementation_exports,
	automation_worker_exports
];
/**
* Catalogs built so far, by their resolved settings: a process builds each
* one once (the library's `catalog`, a config's check, the engine and the
* formatters all ask for the default one). Detectors are frozen data, so
* callers share them; each gets its own array.
*/
const built = /* @__PURE__ */ new Map();
/** Builds every detector for `settings` (merged over CAVRA's defaults). */
function createCatalog(settings = {}) {
	const resolved = resolveCatalogSettings(settings);
	const key = JSON.stringify(resolved);
	let detectors = built.get(key);
	if (!detectors) {
		detectors = CATEGORY_MODULES.flatMap((module) => module.detectors(resolved));
		built.set(key, detectors);
	}
	return [...detectors];
}
/** The default catalog. */
const catalog = Object.freeze(createCatalog());
export { REQUEST_SCHEMA_VERSION as A, HASH_KEY_ENV as B, DEFAULT_RESPONSE_STATUS as C, OPERATING_AUTOMATION_OPERATION as D, OPERATING_AUTOMATION_NEXT_STEP as E, BOUNDARY_CATEGORIES as F, hashKeyFromEnv as H, BOUNDARY_CATEGORY_IDS as I, BOUNDARY_MAY_CONTAIN as L, RESPONSE_STATUSES as M, SAAS_OPERATIONS as N, PRIVATE_MODULES_REQUIRED as O, SUMMARY_AUTOMATION_BOUNDARY as P, BOUNDARY_MUST_NOT_CONTAIN as R, DEFAULT_REQUESTED_BY as S, OPERATING_AUTOMATION_MESSAGE as T, isValidHashKey as U, PROCESS_HASH_KEY as V, randomHashKey as W, CORRELATION_ID_PATTERN as _, syntaxFromPath as a, DEFAULT_AUTOMATION_SCOPE as b, validateRequest as c, publicPrefixOf as d, ALLOW_DIRECTIVE as f, CORRELATION_ID_ACCEPTED_PATTERN as g, CONTRACT_SCHEMA_VERSION as h, createEngine as i, RESPONSE_SCHEMA_VERSION as j, REQUEST_AUTOMATION_BOUNDARY as k, validateResponse as l, CHECK_STATUS_FIELDS as m, createCatalog as n, editDistance as o, AUTOMATION_STATUSES as p, Engine as r, validateContractDocument as s, catalog as t, identityErrors as u, CORRELATION_ID_PREFIX as v, OPERATING_AUTOMATION_CHECKS as w, DEFAULT_AUTOMATION_STATUS as x, DEFAULT_AUTOMATION_CADENCE as y, KeywordScanner as z };
