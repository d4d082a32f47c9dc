import { I as BOUNDARY_CATEGORY_IDS, i as createEngine, n as createCatalog, z as KeywordScanner } from "./patterns-Bwfr1uKA.js";
import { a as errorCodeOf, l as UsageError, o as openRegularFile } from "./config-0BoXvtwL.js";
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
// dist/src/scanner/content.js
/**
* Bytes -> text for the engine, in chunks so that a file of any size is read
* in bounded memory: the encoding is decided from the first bytes (a BOM, a
* known binary format's signature, NUL bytes), then each chunk is decoded as
* it comes. Text is UTF-8, UTF-16 LE/BE or UTF-32 LE/BE; a binary of a known
* format (images, fonts, compressed archives) is not read further; any other
* binary gives the printable strings inside it, one per line, each with the
* byte offset it starts at.
*/
/** How far to look for a NUL byte or a signature, as git does. */
const PROBE_BYTES = 8e3;
/**
* Signatures of binary formats that hold no readable text worth scanning:
* images, fonts, compressed archives, audio and video. `binary`: the signature is printable,
* so it counts only when the probe also holds a NUL byte.
*/
const SIGNATURES = [
	{
		format: "png",
		at: 0,
		bytes: [
			137,
			80,
			78,
			71
		]
	},
	{
		format: "jpeg",
		at: 0,
		bytes: [
			255,
			216,
			255
		]
	},
	{
		format: "gif",
		at: 0,
		bytes: [..."GIF8"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "webp",
		at: 8,
		bytes: [..."WEBP"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "ico",
		at: 0,
		bytes: [
			0,
			0,
			1,
			0
		]
	},
	{
		format: "tiff",
		at: 0,
		bytes: [
			73,
			73,
			42,
			0
		]
	},
	{
		format: "tiff",
		at: 0,
		bytes: [
			77,
			77,
			0,
			42
		]
	},
	{
		format: "woff",
		at: 0,
		bytes: [..."wOFF"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "woff2",
		at: 0,
		bytes: [..."wOF2"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "ttf",
		at: 0,
		bytes: [
			0,
			1,
			0,
			0
		]
	},
	{
		format: "otf",
		at: 0,
		bytes: [..."OTTO"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "zip",
		at: 0,
		bytes: [
			80,
			75,
			3,
			4
		]
	},
	{
		format: "zip",
		at: 0,
		bytes: [
			80,
			75,
			5,
			6
		]
	},
	{
		format: "gzip",
		at: 0,
		bytes: [31, 139]
	},
	{
		format: "bzip2",
		at: 0,
		bytes: [..."BZh"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "xz",
		at: 0,
		bytes: [
			253,
			55,
			122,
			88,
			90,
			0
		]
	},
	{
		format: "7z",
		at: 0,
		bytes: [
			55,
			122,
			188,
			175,
			39,
			28
		]
	},
	{
		format: "zstd",
		at: 0,
		bytes: [
			40,
			181,
			47,
			253
		]
	},
	{
		format: "rar",
		at: 0,
		bytes: [
			82,
			97,
			114,
			33,
			26,
			7
		]
	},
	{
		format: "iso-media",
		at: 4,
		bytes: [..."ftyp"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "matroska",
		at: 0,
		bytes: [
			26,
			69,
			223,
			163
		]
	},
	{
		format: "ogg",
		at: 0,
		bytes: [..."OggS"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "flac",
		at: 0,
		bytes: [..."fLaC"].map((c) => c.charCodeAt(0)),
		binary: true
	},
	{
		format: "mp3",
		at: 0,
		bytes: [..."ID3"].map((c) => c.charCodeAt(0)),
		binary: true
	}
];
function startsWith(probe, at, bytes) {
	if (probe.length < at + bytes.length) return false;
	return bytes.every((b, i) => probe[at + i] === b);
}
/** Decides what a file is from its first bytes (up to PROBE_BYTES; all of it when shorter). */
function classify(probe) {
	if (startsWith(probe, 0, [
		255,
		254,
		0,
		0
	])) return {
		kind: "text",
		encoding: "utf32le",
		bom: 4
	};
	if (startsWith(probe, 0, [
		0,
		0,
		254,
		255
	])) return {
		kind: "text",
		encoding: "utf32be",
		bom: 4
	};
	if (startsWith(probe, 0, [255, 254])) return {
		kind: "text",
		encoding: "utf16le",
		bom: 2
	};
	if (startsWith(probe, 0, [254, 255])) return {
		kind: "text",
		encoding: "utf16be",
		bom: 2
	};
	if (startsWith(probe, 0, [
		239,
		187,
		191
	])) return {
		kind: "text",
		encoding: "utf8",
		bom: 3
	};
	const hasNul = probe.includes(0);
	for (const s of SIGNATURES) if (startsWith(probe, s.at, s.bytes) && (!s.binary || hasNul)) return {
		kind: "known-binary",
		format: s.format
	};
	if (!hasNul) return {
		kind: "text",
		encoding: "utf8",
		bom: 0
	};
	const utf16 = bomlessUtf16(probe);
	return utf16 ? {
		kind: "text",
		encoding: utf16,
		bom: 0
	} : { kind: "binary" };
}
/**
* UTF-16 without a BOM, by its NUL pattern: text in a Latin script puts a NUL
* in every other byte (the high byte of each code unit) and none in the others.
*/
function bomlessUtf16(probe) {
	const pairs = Math.floor(probe.length / 2);
	if (pairs < 2) return void 0;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (probe[i] === 0) evenNul++;
		if (probe[i + 1] === 0) oddNul++;
	}
	if (evenNul === 0 && oddNul >= pairs * .3) return "utf16le";
	if (oddNul === 0 && evenNul >= pairs * .3) return "utf16be";
}
/** A decoder for `kind` (text or other binary); `bom` bytes at the very start are dropped. */
function chunkDecoder(kind) {
	if (kind.kind === "binary") return new StringsDecoder();
	if (kind.kind === "known-binary") throw new Error("a known binary format is not decoded");
	switch (kind.encoding) {
		case "utf8": return new Utf8Decoder(kind.bom);
		case "utf16le":
		case "utf16be": return new Utf16Decoder(kind.encoding === "utf16be", kind.bom);
		default: return new Utf32Decoder(kind.encoding === "utf32be", kind.bom);
	}
}
/** Drops the first `bom` bytes of the stream. */
var BomDecoder = class {
	invalid = false;
	skip;
	carry = Buffer.alloc(0);
	constructor(bom) {
		this.skip = bom;
	}
	/** The carried bytes plus `chunk`, less what remains of the BOM. */
	take(chunk) {
		let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
		if (this.skip > 0) {
			const drop = Math.min(this.skip, bytes.length);
			bytes = bytes.subarray(drop);
			this.skip -= drop;
		}
		return this.carry.length === 0 ? bytes : Buffer.concat([this.carry, bytes]);
	}
};
var Utf8Decoder = class extends BomDecoder {
	push(chunk) {
		const bytes = this.take(chunk);
		const cut = utf8Boundary(bytes);
		this.carry = Buffer.from(bytes.subarray(cut));
		return { text: this.decode(bytes.subarray(0, cut)) };
	}
	end() {
		const rest = this.carry;
		this.carry = Buffer.alloc(0);
		return { text: this.decode(rest) };
	}
	decode(bytes) {
		if (!this.invalid && !isUtf8(bytes)) this.invalid = true;
		return bytes.toString("utf8");
	}
};
/** The end of the last whole UTF-8 sequence in `bytes` (an incomplete one at the end waits for the next chunk). */
function utf8Boundary(bytes) {
	const n = bytes.length;
	for (let back = 1; back <= Math.min(3, n); back++) {
		const b = bytes[n - back] ?? 0;
		if ((b & 192) === 128) continue;
		return (b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1) > back ? n - back : n;
	}
	return n;
}
/** A fixed-width encoding: whole code units are decoded, a part of one waits for the next chunk. */
var UnitDecoder = class extends BomDecoder {
	unit;
	bigEndian;
	constructor(unit, bigEndian, bom) {
		super(bom);
		this.unit = unit;
		this.bigEndian = bigEndian;
	}
	push(chunk) {
		const bytes = this.take(chunk);
		const cut = bytes.length - bytes.length % this.unit;
		this.carry = Buffer.from(bytes.subarray(cut));
		return { text: this.decode(bytes.subarray(0, cut)) };
	}
	end() {
		if (this.carry.length > 0) this.invalid = true;
		this.carry = Buffer.alloc(0);
		return { text: "" };
	}
};
var Utf16Decoder = class extends UnitDecoder {
	constructor(bigEndian, bom) {
		super(2, bigEndian, bom);
	}
	decode(bytes) {
		if (!this.bigEndian) return bytes.toString("utf16le");
		return Buffer.from(bytes).swap16().toString("utf16le");
	}
};
var Utf32Decoder = class extends UnitDecoder {
	constructor(bigEndian, bom) {
		super(4, bigEndian, bom);
	}
	decode(bytes) {
		const parts = [];
		for (let i = 0; i < bytes.length; i += 4) {
			const cp = this.bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
			if (cp > 1114111 || cp >= 55296 && cp <= 57343) {
				this.invalid = true;
				parts.push("�");
			} else parts.push(String.fromCodePoint(cp));
		}
		return parts.join("");
	}
};
/** Longest line a string makes; a longer run goes on in a new line (the window overlap covers the cut). */
const MAX_STRING = 4096;
/**
* The printable ASCII strings of a binary, one per line, each with its byte
* offset; what lies between them is never part of the text, so no finding
* can quote a binary's bytes.
*/
/**
* A string of printable bytes (tab included) read as latin1, cut at the
* longest line. Runs shorter than MIN_STRING never match: in random bytes a
* short run starts every few bytes, and skipping them natively is most of
* the speed.
*/
const PRINTABLE_RUN = new RegExp(`[\\t\\x20-\\x7e]{8,${MAX_STRING}}`, "g");
const printableCode = (c) => c >= 32 && c <= 126 || c === 9;
var StringsDecoder = class {
	invalid = false;
	/** A run that reached the end of the last chunk, which the next one may go on. */
	carry = "";
	position = 0;
	/**
	* Each chunk is read as latin1 (a native decode, byte for character) and
	* its strings found by one regex: a binary costs no JavaScript per byte.
	*/
	push(chunk) {
		const lines = [];
		const offsets = [];
		const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
		const base = this.position - this.carry.length;
		this.position += chunk.length;
		this.carry = "";
		let lastEnd = -1;
		PRINTABLE_RUN.lastIndex = 0;
		for (let m = PRINTABLE_RUN.exec(text); m !== null; m = PRINTABLE_RUN.exec(text)) {
			const run = m[0];
			lastEnd = m.index + run.length;
			if (lastEnd === text.length && run.length < MAX_STRING) {
				this.carry = run;
				break;
			}
			lines.push(run);
			offsets.push(base + m.index);
		}
		if (lastEnd !== text.length) {
			let start = text.length;
			while (start > Math.max(0, lastEnd) && text.length - start < 8 && printableCode(text.charCodeAt(start - 1))) start--;
			this.carry = text.slice(start);
		}
		return piece(lines, offsets);
	}
	end() {
		const run = this.carry;
		this.carry = "";
		return run.length >= 8 ? piece([run], [this.position - run.length]) : piece([], []);
	}
};
function piece(lines, offsets) {
	return {
		text: lines.length === 0 ? "" : `${lines.join("\n")}\n`,
		lineOffsets: offsets
	};
}
// dist/src/scanner/keyword-cache.js
/**
* Keeps the keyword automaton's tables on disk between runs: building them
* is most of an engine's start-up, and a pre-commit scan starts an engine
* for a handful of files. The files sit in the `node_modules` that holds this
* package (the code's own trust domain, not the scanned repository's), and
* any file that does not check out is ignored and rebuilt, never trusted.
*/
const PACKAGE_NAME = "@cavra/boundary-guard";
/** File header: 8-byte magic, payload length, 4 bytes unused, SHA-256 of the payload; 48 bytes keep the payload int32-aligned. */
const MAGIC = Buffer.from("BGKTAB02", "latin1");
const DIGEST_AT = 16;
const HEADER_BYTES = 48;
/** Far above the tables of any catalog (about 2 MB): a larger file is not ours. */
const MAX_FILE_BYTES = 67108864;
/** Table files kept; projects with different configs (other keyword lists) each keep theirs. */
const KEEP_FILES = 8;
/**
* The cache directory: `BOUNDARY_GUARD_CACHE_DIR` when set (empty turns the
* cache off), else `.cache/boundary-guard` in the nearest `node_modules`
* above this module, else in the package's own `node_modules` (a checkout of
* this repository); undefined when there is none.
*/
function keywordCacheDir(env = process.env) {
	const given = env.BOUNDARY_GUARD_CACHE_DIR;
	if (given !== void 0) return given === "" ? void 0 : given;
	const here = dirname(fileURLToPath(import.meta.url));
	for (let dir = here;; dir = dirname(dir)) {
		if (basename(dir) === "node_modules") return join(dir, ".cache", "boundary-guard");
		if (dirname(dir) === dir) break;
	}
	for (let dir = here;; dir = dirname(dir)) {
		if (isThisPackage(dir)) return join(dir, "node_modules", ".cache", "boundary-guard");
		if (dirname(dir) === dir) return void 0;
	}
}
/** SHA-256 (node:crypto is loaded anyway; zlib's CRC-32 would cost a module load). */
function digest(bytes) {
	return createHash("sha256").update(bytes).digest();
}
function isThisPackage(dir) {
	const manifest = join(dir, "package.json");
	if (!existsSync(manifest)) return false;
	try {
		return JSON.parse(readFileSync(manifest, "utf8")).name === PACKAGE_NAME;
	} catch {
		return false;
	}
}
/**
* Table files in one directory. Loading returns the payload only when the
* header's length and SHA-256 match; saving writes a temporary file and
* renames it, so a reader never sees half a file. Every failure is silent.
*/
var KeywordTableFiles = class {
	dir;
	constructor(dir) {
		this.dir = dir;
	}
	file(key) {
		return join(this.dir, `keywords-${key.replace(/[^0-9a-f]/gu, "").slice(0, 32)}.bin`);
	}
	load(key) {
		let bytes;
		try {
			const file = this.file(key);
			if (statSync(file).size > MAX_FILE_BYTES) return void 0;
			bytes = readFileSync(file);
		} catch {
			return;
		}
		if (bytes.length < HEADER_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return void 0;
		const payload = bytes.subarray(HEADER_BYTES);
		if (payload.length !== bytes.readUInt32LE(8) || !digest(payload).equals(bytes.subarray(DIGEST_AT, HEADER_BYTES))) return void 0;
		return payload;
	}
	save(key, bytes) {
		const file = this.file(key);
		const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
		try {
			mkdirSync(this.dir, { recursive: true });
			const header = Buffer.alloc(HEADER_BYTES);
			MAGIC.copy(header);
			header.writeUInt32LE(bytes.length, 8);
			digest(bytes).copy(header, DIGEST_AT);
			writeFileSync(temp, Buffer.concat([header, bytes]));
			renameSync(temp, file);
			this.prune();
		} catch {
			rmSync(temp, { force: true });
		}
	}
	/** Keeps the newest table files. */
	prune() {
		const files = readdirSync(this.dir).filter((name) => name.startsWith("keywords-") && name.endsWith(".bin")).map((name) => ({
			path: join(this.dir, name),
			mtime: statSync(join(this.dir, name)).mtimeMs
		})).sort((a, b) => b.mtime - a.mtime);
		for (const old of files.slice(KEEP_FILES)) rmSync(old.path, { force: true });
	}
};
// dist/src/scanner/budget.js
/**
* The time a file may take to scan: a base plus an allowance per megabyte,
* so a large file is not cut short by a limit meant for a small one. The
* scanner checks it between stages of its work (each detector's run is one)
* and stops with a `ScanTimeout` naming the stage; a worker thread stuck
* inside one stage is stopped from outside by the pool's watchdog.
*/
const DEFAULT_FILE_BUDGET = {
	baseMs: 3e4,
	perMbMs: 3e3
};
const MB = 1048576;
/** The limit, in milliseconds, for a file of `bytes` bytes. */
function budgetMs(budget, bytes) {
	return Math.round(budget.baseMs + budget.perMbMs * bytes / MB);
}
/** What a file that ran out of time is reported with. */
function timeoutMessage(limitMs, stage) {
	return `scanning took longer than ${limitMs} ms (stopped in ${stage}), so the file was not scanned (BOUNDARY_GUARD_FILE_TIMEOUT_MS and BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB set the limit)`;
}
/** Thrown from inside a scan that ran out of time. */
var ScanTimeout = class extends Error {
	constructor(limitMs, stage) {
		super(timeoutMessage(limitMs, stage));
		this.name = "ScanTimeout";
	}
};
/** The budget from BOUNDARY_GUARD_FILE_TIMEOUT_MS (base) and BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB. */
function fileBudgetFromEnv(env) {
	return {
		baseMs: milliseconds(env, "BOUNDARY_GUARD_FILE_TIMEOUT_MS", DEFAULT_FILE_BUDGET.baseMs, 1),
		perMbMs: milliseconds(env, "BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB", DEFAULT_FILE_BUDGET.perMbMs, 0)
	};
}
function milliseconds(env, name, fallback, least) {
	const value = env[name];
	if (value === void 0 || value === "") return fallback;
	const ms = /^\d{1,10}$/u.test(value.trim()) ? Number(value) : NaN;
	if (!(ms >= least)) throw new UsageError(`${name} takes a whole number of milliseconds (${least} or more), not ${JSON.stringify(value)}`);
	return ms;
}
// dist/src/scanner/own-output.js
/**
* boundary-guard's own outputs in a tree (a SARIF file, a `--format json`
* report, a saved `detectors --format json` list) are recognised by their
* structure, never by their name: their findings are masked already, and the
* rule metadata they carry (descriptions, keywords, allow directives) would
* otherwise fail the next scan. Such a file is listed as skipped
* (`own-output`), so a reader of the report still sees it.
*/
const TOOL = "boundary-guard";
/** True when the start of a text can begin one of our JSON outputs: worth keeping the text to check it whole. */
function mayBeOwnOutput(head) {
	return /^\uFEFF?\s*\{/u.test(head) && (head.includes(`"${TOOL}"`) || /^\uFEFF?\s*\{\s*"version":\s*\d+,\s*"detectors":\s*\[/u.test(head));
}
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const categories = new Set(BOUNDARY_CATEGORY_IDS);
/** The kind of our output `text` holds, checked on its whole structure; undefined for any other text. */
function ownOutputKind(text) {
	let doc;
	try {
		doc = JSON.parse(text.replace(/^\uFEFF/u, ""));
	} catch {
		return;
	}
	if (!isObject(doc)) return void 0;
	if (doc.version === "2.1.0" && Array.isArray(doc.runs) && doc.runs.length > 0) return doc.runs.every((run) => isObject(run) && isObject(run.tool) && isObject(run.tool.driver) && run.tool.driver.name === TOOL && Array.isArray(run.results)) ? "sarif" : void 0;
	if (isObject(doc.tool) && doc.tool.name === TOOL && typeof doc.version === "number") return [
		"mode",
		"findings",
		"suppressed",
		"errors",
		"warnings",
		"skipped",
		"summary"
	].every((m) => m in doc) && Array.isArray(doc.findings) && isObject(doc.summary) ? "json-report" : void 0;
	const keys = Object.keys(doc).sort().join(",");
	if ((keys === "detectors,version" || keys === "detectors,tool,version") && Array.isArray(doc.detectors) && doc.detectors.length > 0) {
		const fields = "category,description,id,keywords,name,references,severity";
		return doc.detectors.every((d) => isObject(d) && Object.keys(d).sort().join(",") === fields && typeof d.id === "string" && /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(d.id) && categories.has(String(d.category))) ? "detectors" : void 0;
	}
}
// dist/src/scanner/keystore.js
/**
* Keystores (PKCS#12 `.p12`/`.pfx`, Java `.jks`/`.keystore`, JCEKS, BKS) are
* binary containers of private keys: nothing in them reads as text, so the
* scanner reports them by type. A keystore is handed to the engine as one
* descriptor line, the SHA-256 of its bytes then its format, which the
* `keystore-file` detector reports at the file's first column: the finding
* names the file, and its fingerprint and value hash come from the digest,
* never from the bytes.
*/
/** File name endings of keystores. */
const KEYSTORE_NAME = /\.(?:p12|pfx|jks|keystore|jceks|bks)$/iu;
/** Keystores are small; a larger file of that name is scanned as usual. */
const MAX_KEYSTORE_BYTES = 16777216;
/** The descriptor line the `keystore-file` detector reads. */
const KEYSTORE_DESCRIPTOR = "boundary-guard keystore:";
/** True when a path is named like a keystore (checked before any read). */
function isKeystoreName(path) {
	return KEYSTORE_NAME.test(path);
}
/**
* The format of keystore bytes by their magic, or undefined when they are
* none (a PEM file named `.p12`, a placeholder): `jks`/`jceks` only when an
* entry holds a private or secret key (a truststore of certificates is
* public), `pkcs12` for a PFX structure (version 3, then the authenticated
* safe as PKCS#7 data), `bks` for Bouncy Castle stores (version 1 or 2, then
* a salt of 8 to 64 bytes), which only a `.bks` name makes likely.
*/
function keystoreFormat(bytes, path = "") {
	const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (view.length < 16) return void 0;
	const magic = view.readUInt32BE(0);
	if (magic === 4277010157) return javaKeystoreHoldsKeys(view) ? "jks" : void 0;
	if (magic === 3469659854) return javaKeystoreHoldsKeys(view) ? "jceks" : void 0;
	if (isPfx(view)) return "pkcs12";
	const salt = view.readUInt32BE(4);
	if (/\.bks$/iu.test(path) && (magic === 1 || magic === 2) && salt >= 8 && salt <= 64) return "bks";
}
/**
* Walks JKS/JCEKS entries (tag, alias, timestamp, then the entry): tag 1 is a
* private key, tag 3 (JCEKS) a secret key, tag 2 a trusted certificate. An
* entry that cannot be read counts as a key: a store that is not walked to
* its end is not known to be harmless.
*/
function javaKeystoreHoldsKeys(view) {
	const count = view.readUInt32BE(8);
	let at = 12;
	for (let i = 0; i < Math.min(count, 1e4); i++) {
		if (at + 4 > view.length) return true;
		if (view.readUInt32BE(at) !== 2) return true;
		at += 4;
		at = skipUtf(view, at) + 8;
		if (view.readUInt32BE(4) === 2) at = skipUtf(view, at);
		if (at + 4 > view.length) return true;
		at += 4 + view.readUInt32BE(at);
	}
	return false;
}
/** Skips a Java modified-UTF string (uint16 length, bytes). */
const skipUtf = (view, at) => at + 2 > view.length ? view.length + 1 : at + 2 + view.readUInt16BE(at);
/** The offset of the content of the DER element at `at` (past its tag and length), or -1. */
function contentStart(view, at) {
	const first = view[at + 1];
	if (first === void 0) return -1;
	return first & 128 ? at + 2 + (first & 127) : at + 2;
}
const PKCS7_DATA = Buffer.from("06092a864886f70d010701", "hex");
/** PFX (RFC 7292): SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data, … }, … }. */
function isPfx(view) {
	if (view[0] !== 48) return false;
	const version = contentStart(view, 0);
	if (version < 0 || view[version] !== 2 || view[version + 1] !== 1 || view[version + 2] !== 3 || view[version + 3] !== 48) return false;
	const authSafe = contentStart(view, version + 3);
	return authSafe > 0 && view.subarray(authSafe, authSafe + PKCS7_DATA.length).equals(PKCS7_DATA);
}
/**
* The descriptor of a keystore at `file` (or of `content` already in hand),
* or undefined when the name or the bytes are no keystore's, or the file
* cannot be read here (the usual read then reports why).
*/
function keystoreDescriptor(path, file, content) {
	if (!isKeystoreName(path)) return void 0;
	const bytes = content ?? readSmallFile(file);
	if (bytes === void 0) return void 0;
	const format = keystoreFormat(bytes, path);
	if (format === void 0) return void 0;
	const digest = createHash("sha256").update(bytes).digest("hex");
	return Buffer.from(`${digest} ${KEYSTORE_DESCRIPTOR} ${format}\n`);
}
function readSmallFile(file) {
	let fd;
	try {
		fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
		const stat = fstatSync(fd);
		if (!stat.isFile() || stat.size > MAX_KEYSTORE_BYTES) return void 0;
		const buffer = Buffer.alloc(stat.size);
		let total = 0;
		while (total < buffer.length) {
			const n = readSync(fd, buffer, total, buffer.length - total, null);
			if (n === 0) break;
			total += n;
		}
		return buffer.subarray(0, total);
	} catch {
		return;
	} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
// dist/src/scanner/windows.js
/** Characters two windows share: longer than any value a detector matches. */
const WINDOW_OVERLAP = 65536;
/** Characters that may sit inside a value: a window never starts in a run of them when it can help it. */
const TOKEN = /[\w+/=.:@%~-]/u;
var WindowedText = class {
	scanOne;
	buffer = "";
	/** Binary strings: the byte offset of each line of the buffer. */
	offsets;
	startLine = 1;
	startColumn = 1;
	window;
	result = {
		findings: [],
		suppressed: [],
		problems: []
	};
	problemSeen = /* @__PURE__ */ new Set();
	constructor(scanOne, window, binary) {
		this.scanOne = scanOne;
		this.window = Math.max(window, 4 * WINDOW_OVERLAP);
		if (binary) this.offsets = [];
	}
	push(piece) {
		if (piece.text.length > 0) this.buffer += piece.text;
		if (this.offsets && piece.lineOffsets) for (const o of piece.lineOffsets) this.offsets.push(o);
		while (this.buffer.length > this.window) this.step(false);
	}
	end() {
		if (this.buffer.length > 0) this.step(true);
		return this.result;
	}
	step(final) {
		const text = final ? this.buffer : this.buffer.slice(0, this.window);
		const next = final ? text.length : this.nextStart(text);
		const scanned = this.scanOne(text);
		for (const f of scanned.findings) if (f.offset < next) this.result.findings.push(this.place(f));
		for (const s of scanned.suppressed) if (s.finding.offset < next) this.result.suppressed.push({
			...s,
			finding: this.place(s.finding)
		});
		for (const p of scanned.problems) {
			const placed = {
				...p,
				...this.at(p.line, p.column)
			};
			const key = `${placed.line}:${placed.column}:${placed.message}`;
			if (this.problemSeen.has(key)) continue;
			this.problemSeen.add(key);
			this.result.problems.push(placed);
		}
		if (final) {
			this.buffer = "";
			return;
		}
		let lines = 0;
		let lastNewline = -1;
		for (let i = this.buffer.indexOf("\n"); i !== -1 && i < next; i = this.buffer.indexOf("\n", i + 1)) {
			lines++;
			lastNewline = i;
		}
		if (lines > 0) {
			this.startLine += lines;
			this.startColumn = next - lastNewline;
			this.offsets?.splice(0, lines);
		} else this.startColumn += next;
		this.buffer = this.buffer.slice(next);
	}
	/** Where the next window starts: a line start, else a non-token character, between `overlap` and `overlap / 2` before the end. */
	nextStart(text) {
		const earliest = this.window - WINDOW_OVERLAP;
		const latest = this.window - WINDOW_OVERLAP / 2;
		const newline = text.lastIndexOf("\n", latest - 1);
		if (newline >= earliest - 1) return newline + 1;
		for (let i = latest; i > earliest; i--) if (!TOKEN.test(text[i - 1] ?? "")) return i;
		return earliest;
	}
	/** A window's line and column in the whole text. */
	at(line, column) {
		return {
			line: this.startLine + line - 1,
			column: line === 1 ? column + this.startColumn - 1 : column
		};
	}
	place(f) {
		const start = this.at(f.line, f.column);
		const end = this.at(f.endLine, f.endColumn);
		const placed = {
			...f,
			line: start.line,
			column: start.column,
			endLine: end.line,
			endColumn: end.column
		};
		if (!this.offsets) return placed;
		const lineStart = this.offsets[f.line - 1] ?? 0;
		return {
			...placed,
			byteOffset: lineStart + (f.line === 1 ? this.startColumn - 1 : 0) + f.column - 1
		};
	}
};
// node_modules/balanced-match/dist/esm/index.js
const range = (a, b, str) => {
	let begs, beg, left, right = void 0, result;
	let ai = str.indexOf(a);
	let bi = str.indexOf(b, ai + 1);
	let i = ai;
	if (ai >= 0 && bi > 0) {
		if (a === b) return [ai, bi];
		begs = [];
		left = str.length;
		while (i >= 0 && !result) {
			if (i === ai) {
				begs.push(i);
				ai = str.indexOf(a, i + 1);
			} else if (begs.length === 1) {
				const r = begs.pop();
				if (r !== void 0) result = [r, bi];
			} else {
				beg = begs.pop();
				if (beg !== void 0 && beg < left) {
					left = beg;
					right = bi;
				}
				bi = str.indexOf(b, i + 1);
			}
			i = ai < bi && ai >= 0 ? ai : bi;
		}
		if (begs.length && right !== void 0) result = [left, right];
	}
	return result;
};
// node_modules/brace-expansion/dist/esm/index.js
const escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
const escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
const escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
const escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
const escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
const escSlashPattern = new RegExp(escSlash, "g");
const escOpenPattern = new RegExp(escOpen, "g");
const escClosePattern = new RegExp(escClose, "g");
const escCommaPattern = new RegExp(escComma, "g");
const escPeriodPattern = new RegExp(escPeriod, "g");
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 1e5;
const EXPANSION_MAX_LENGTH = 4e6;
const EXPANSION_MAX_DEPTH = 1e3;
const EXPANSION_MAX_REWRITES = 1e3;
const EXPANSION_MAX_STEPS = 2e7;
const CALL_STEPS = 16;
function numeric(str) {
	return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
	return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
	return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
	for (let i = 0; i < items.length; i++) target.push(items[i]);
}
function balancedWithBudget(str, masked, budget) {
	if (budget.remaining < 0) return;
	const r = range("{", "}", masked);
	const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
	budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
	if (!r || budget.remaining < 0) return;
	return {
		end: r[1],
		pre: str.slice(0, r[0]),
		body: str.slice(r[0] + 1, r[1]),
		post: str.slice(r[1] + 1),
		unmatched
	};
}
function maskUnmatchedOpens(masked, budget) {
	budget.remaining -= masked.length;
	const open = [];
	for (let i = 0; i < masked.length; i++) {
		const c = masked.charCodeAt(i);
		if (c === 123) open.push(i);
		else if (c === 125 && open.length) open.pop();
	}
	let out = "";
	let last = 0;
	for (let i = 0; i < open.length; i++) {
		const at = open[i];
		out += masked.slice(last, at) + "\0";
		last = at + 1;
	}
	return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
	budget.remaining -= str.length;
	if (budget.remaining < 0) return false;
	let close = false;
	for (let i = str.length - 1; i >= 0; i--) {
		const c = str.charCodeAt(i);
		if (c === 125) close = true;
		else if (c === 10 || c === 13 || c === 8232 || c === 8233) close = false;
		else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) return true;
	}
	return false;
}
/**
* Basically just str.split(","), but handling cases
* where we have nested braced sections, which should be
* treated as individual members, like {a,{b,c},d}
*
* Returns `undefined` if the step budget runs out before the whole set is
* split, since splitting what is left on every comma would tear apart the
* nested sets it still holds.
*/
function parseCommaParts(str, budget) {
	const parts = [];
	let carry = "";
	for (;;) {
		const m = balancedWithBudget(str, str, budget);
		if (budget.remaining < 0) return;
		if (!m) {
			const tail = str.split(",");
			tail[0] = carry + tail[0];
			pushAll(parts, tail);
			return parts;
		}
		const { pre, body, post } = m;
		const p = pre.split(",");
		p[0] = carry + p[0];
		p[p.length - 1] += "{" + body + "}";
		if (!post.length) {
			pushAll(parts, p);
			return parts;
		}
		carry = p.pop();
		pushAll(parts, p);
		str = post;
	}
}
function bound(value, fallback) {
	return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
	if (!str) return [];
	const max = bound(options.max, EXPANSION_MAX);
	const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
	const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
	const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
	const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
	if (str.slice(0, 2) === "{}") str = "\\{\\}" + str.slice(2);
	return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
	return "{" + str + "}";
}
function isPadded(el) {
	return /^-?0\d/.test(el);
}
function lte(i, y) {
	return i <= y;
}
function gte(i, y) {
	return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
	const out = [];
	let length = 0;
	let nonEmpty;
	outer: for (let a = 0; a < acc.length; a++) {
		const prefix = acc[a] + pre;
		let vs = values;
		if (dropEmpties && !prefix) {
			if (!nonEmpty) nonEmpty = values.filter((v) => v);
			vs = nonEmpty;
		}
		for (let v = 0; v < vs.length; v++) {
			if (out.length >= max) break outer;
			const expansion = prefix + vs[v];
			if (length + expansion.length > maxLength) break outer;
			out.push(expansion);
			length += expansion.length;
		}
	}
	budget.remaining -= out.length;
	return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
	const n = body.split(/\.\./);
	const N = [];
	/* c8 ignore start */
	if (n[0] === void 0 || n[1] === void 0) return N;
	/* c8 ignore stop */
	const x = numeric(n[0]);
	const y = numeric(n[1]);
	const width = Math.max(n[0].length, n[1].length);
	let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
	let test = lte;
	if (y < x) {
		incr *= -1;
		test = gte;
	}
	const pad = n.some(isPadded);
	const cost = pad ? width : 1;
	let length = 0;
	for (let i = x; test(i, y) && N.length < max; i += incr) {
		budget.remaining -= cost;
		if (budget.remaining < 0) return;
		let c;
		if (isAlphaSequence) {
			c = String.fromCharCode(i);
			if (c === "\\") c = "";
		} else {
			c = String(i);
			if (pad) {
				const need = width - c.length;
				if (need > 0) {
					const z = new Array(need + 1).join("0");
					if (i < 0) c = "-" + z + c.slice(1);
					else c = z + c;
				}
			}
		}
		if (length + c.length > maxLength) break;
		N.push(c);
		length += c.length;
	}
	return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
	budget.remaining -= CALL_STEPS;
	if (depth > maxDepth) return [str];
	let acc = [""];
	let rewrites = 0;
	let dropEmpties = false;
	let firstGroup = true;
	let masked = str;
	for (;;) {
		const m = balancedWithBudget(str, masked, budget);
		if (!m) return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
		if (m.unmatched) masked = maskUnmatchedOpens(masked, budget);
		const pre = m.pre;
		const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
		if (/\$$/.test(pre)) {
			acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
			firstGroup = false;
			if (!m.post.length) break;
			str = m.post;
			masked = masked.slice(m.end + 1);
			continue;
		}
		const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
		const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
		const isSequence = isNumericSequence || isAlphaSequence;
		const isOptions = m.body.indexOf(",") >= 0;
		if (!isSequence && !isOptions) {
			if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
				rewrites++;
				str = m.pre + "{" + m.body + escClose + m.post;
				masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
				isTop = true;
				continue;
			}
			return literal();
		}
		if (firstGroup) {
			dropEmpties = isTop && !isSequence;
			firstGroup = false;
		}
		let values;
		if (isSequence) {
			values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
			if (!values) return literal();
		} else {
			let n = parseCommaParts(m.body, budget);
			if (!n) return literal();
			if (n.length === 1 && n[0] !== void 0) {
				n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
				if (budget.remaining < 0) return literal();
				/* c8 ignore start */
				if (n.length === 1) {
					const next = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
					if (budget.remaining < 0) return literal();
					acc = next;
					if (!m.post.length) break;
					str = m.post;
					masked = masked.slice(m.end + 1);
					continue;
				}
			}
			let dropsEmpties = dropEmpties && !m.post.length && !pre;
			for (let d = 0; dropsEmpties && d < acc.length; d++) if (acc[d]) dropsEmpties = false;
			values = [];
			let valuesLength = 0;
			outer: for (let j = 0; j < n.length; j++) {
				const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
				if (budget.remaining < 0) return literal();
				for (let k = 0; k < expanded.length; k++) {
					const v = expanded[k];
					if (dropsEmpties && !v) continue;
					if (values.length >= max || valuesLength + v.length > maxLength) break outer;
					values.push(v);
					valuesLength += v.length;
				}
			}
		}
		const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
		if (budget.remaining < 0) return literal();
		acc = next;
		if (!m.post.length) break;
		str = m.post;
		masked = masked.slice(m.end + 1);
	}
	return acc;
}
// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
const digit = (a, b) => a === b ? {
	t: "lit",
	ch: String(a)
} : {
	t: "class",
	re: new RegExp(`^[${a}-${b}]$`)
};
const prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
const fixed = (a, b) => {
	if (!a) return [[]];
	let lo = +a[0];
	let hi = +b[0];
	const ra = a.slice(1);
	const rb = b.slice(1);
	if (lo === hi) return prefix(lo, fixed(ra, rb));
	const zeros = "0".repeat(ra.length);
	const nines = "9".repeat(ra.length);
	const out = [];
	if (ra !== zeros) out.push(...prefix(lo++, fixed(ra, nines)));
	const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
	if (lo <= hi) out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
	out.push(...last);
	return out;
};
const nonneg = (a, b, width) => {
	if (width) return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
	const out = [];
	for (let len = String(a).length; len <= String(b).length; len++) {
		const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
		const hi = Math.min(b, 10 ** len - 1);
		out.push(...fixed(String(lo), String(hi)));
	}
	return out;
};
/**
* The strings that the bash brace expansion `{lo..hi}` makes, as
* the alternatives of an `@(...)` extglob. Each one is a sequence of
* digits and digit classes, so there are only a few of them, even for
* a large range.
*
* If either end has a leading zero, such as `{01..10}`, each number
* has leading zeros to make it as long as the longer end, counting a
* `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
*
* Returns undefined if either end is not a safe integer.
*/
const numericRange = (loStr, hiStr) => {
	let lo = Number(loStr);
	let hi = Number(hiStr);
	if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) return;
	if (lo > hi) [lo, hi] = [hi, lo];
	const width = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr) ? Math.max(loStr.length, hiStr.length) : 0;
	const out = [];
	if (lo < 0) {
		const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
		out.push(...neg.map((s) => [{
			t: "lit",
			ch: "-"
		}, ...s]));
	}
	if (hi >= 0) out.push(...nonneg(Math.max(lo, 0), hi, width));
	return out;
};
// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
const posixClasses = {
	"[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
	"[:alpha:]": ["\\p{L}\\p{Nl}"],
	"[:ascii:]": ["\\x00-\\x7f"],
	"[:blank:]": ["\\p{Zs}\\t"],
	"[:cntrl:]": ["\\p{Cc}"],
	"[:digit:]": ["\\p{Nd}"],
	"[:graph:]": ["\\p{Z}\\p{C}", true],
	"[:lower:]": ["\\p{Ll}"],
	"[:print:]": ["\\p{C}", true],
	"[:punct:]": ["\\p{P}\\p{S}"],
	"[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
	"[:upper:]": ["\\p{Lu}"],
	"[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
	"[:xdigit:]": ["A-Fa-f0-9"]
};
const braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
const noMatch = /$./;
const parseClass = (glob, position, nocase = false, form) => {
	const norm = (c) => {
		const n = form ? c.normalize(form) : c;
		return [...n].length === 1 ? n : c;
	};
	const pos = position;
	/* c8 ignore start */
	if (glob.charAt(pos) !== "[") throw new Error("not in a brace expression");
	/* c8 ignore stop */
	const ranges = [];
	const negs = [];
	let i = pos + 1;
	let sawStart = false;
	let escaping = false;
	let negate = false;
	let endPos = pos;
	let rangeStart = "";
	WHILE: while (i < glob.length) {
		const c = String.fromCodePoint(glob.codePointAt(i));
		if ((c === "!" || c === "^") && i === pos + 1) {
			negate = true;
			i++;
			continue;
		}
		if (c === "]" && sawStart && !escaping) {
			endPos = i + 1;
			break;
		}
		sawStart = true;
		if (c === "\\") {
			if (!escaping) {
				escaping = true;
				i++;
				continue;
			}
		}
		if (c === "[" && !escaping) {
			for (const [cls, [unip, neg]] of Object.entries(posixClasses)) if (glob.startsWith(cls, i)) {
				if (rangeStart) return [noMatch, glob.length - pos];
				i += cls.length;
				if (neg) negs.push(unip);
				else ranges.push(unip);
				continue WHILE;
			}
		}
		escaping = false;
		const n = norm(c);
		if (rangeStart) {
			if (n.codePointAt(0) > rangeStart.codePointAt(0)) ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
			else if (n === rangeStart) ranges.push(braceEscape(n));
			rangeStart = "";
			i += c.length;
			continue;
		}
		if (glob.startsWith("-]", i + c.length)) {
			ranges.push(braceEscape(n + "-"));
			i += c.length + 1;
			continue;
		}
		if (glob.startsWith("-", i + c.length)) {
			rangeStart = n;
			i += c.length + 1;
			continue;
		}
		ranges.push(braceEscape(n));
		i += c.length;
	}
	if (endPos < i) return [noMatch, 0];
	if (!ranges.length && !negs.length) return [noMatch, glob.length - pos];
	const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
	const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
	const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
	return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};
// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
const MATCH = {
	t: "match",
	id: 0
};
const extTypes = "!?+*@";
const lit = (ch) => ({
	t: "lit",
	ch
});
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
const foldCache = /* @__PURE__ */ new Map();
const foldRe = (ch) => {
	let re = foldCache.get(ch);
	if (!re) {
		re = newFoldRe(ch);
		if (foldCache.size >= 1e3) foldCache.clear();
		foldCache.set(ch, re);
	}
	return re;
};
const litMatch = (l, c) => {
	if (c === l.ch) return true;
	if (!l.re) return false;
	const code = c.charCodeAt(0);
	if (code >= 128) return l.re.test(c);
	const ascii = l.ascii ??= /* @__PURE__ */ new Uint8Array(128);
	ascii[code] ||= l.re.test(c) ? 1 : 2;
	return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
	const toks = [];
	for (let i = 0; i < p.length;) {
		const c = String.fromCodePoint(p.codePointAt(i));
		if (mark) {
			const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
			if (m || c === mark) {
				const start = i + m + mark.length;
				const end = p.indexOf(mark, start);
				const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
				const alts = end !== -1 && r && numericRange(r[1], r[2]);
				if (alts) {
					toks.push({
						t: "ext",
						type: "@",
						alts
					});
					i = end + mark.length;
					continue;
				}
			}
		}
		if (c === "\\") {
			const e = p.codePointAt(i + 1);
			const ch = e === void 0 ? c : String.fromCodePoint(e);
			toks.push(lit(ch));
			i += 1 + ch.length;
			continue;
		}
		if (c === "[") {
			const [re, consumed] = parseClass(p, i, nocase, form);
			if (consumed) {
				toks.push({
					t: "class",
					re
				});
				i += consumed;
				continue;
			}
		}
		if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
			toks.push({
				t: "open",
				type: c
			});
			i += 2;
			continue;
		}
		toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
		i += c.length;
	}
	return toks;
};
const pair = (toks) => {
	const pairs = /* @__PURE__ */ new Map();
	const stack = [];
	toks.forEach((tok, i) => {
		if (tok.t === "open") stack.push(i);
		else if (tok.t === "close" && stack.length) pairs.set(stack.pop(), i);
	});
	return pairs;
};
const build = (toks, pairs, start, end, top) => {
	let seq = [];
	const alts = [seq];
	for (let i = start; i < end; i++) {
		const tok = toks[i];
		const close = pairs.get(i);
		if (tok.t === "open" && close !== void 0) {
			const sub = build(toks, pairs, i + 1, close, false);
			seq.push({
				t: "ext",
				type: tok.type,
				alts: sub
			});
			i = close;
		} else if (tok.t === "bar" && !top) alts.push(seq = []);
		else if (tok.t === "open") seq.push(lit(tok.type), lit("("));
		else if (tok.t === "bar") seq.push(lit("|"));
		else if (tok.t === "close") seq.push(lit(")"));
		else seq.push(tok);
	}
	return alts;
};
const normalize = (items, form) => {
	const out = [];
	let run = "";
	const flush = () => {
		for (const ch of run.normalize(form)) out.push(lit(ch));
		run = "";
	};
	for (const it of items) {
		if (it.t === "lit") {
			run += it.ch;
			continue;
		}
		flush();
		out.push(it.t === "ext" ? {
			...it,
			alts: it.alts.map((a) => normalize(a, form))
		} : it);
	}
	flush();
	return out;
};
const compile = (items, nocase) => {
	let id = 1;
	const split = (out) => ({
		t: "split",
		id: id++,
		out
	});
	const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
	const item = (it, next) => {
		switch (it.t) {
			case "lit":
				const re = nocase ? foldRe(it.ch) : void 0;
				return {
					t: "lit",
					id: id++,
					ch: it.ch,
					re,
					next
				};
			case "any":
			case "star": return {
				t: it.t,
				id: id++,
				next
			};
			case "class": return {
				t: "class",
				id: id++,
				re: it.re,
				next
			};
		}
		const alts = (next) => it.alts.map((a) => seq(a, next));
		switch (it.type) {
			case "@": return split(alts(next));
			case "?": return split([next, ...alts(next)]);
			case "!": return {
				t: "neg",
				id: id++,
				sub: split(alts(MATCH)),
				next
			};
		}
		const after = split([]);
		const entry = split(alts(after));
		after.out.push(next, entry);
		return it.type === "*" ? after : entry;
	};
	return [seq(items, MATCH), id];
};
const show = (start) => {
	const lines = [];
	const seen = /* @__PURE__ */ new Set();
	const ref = (n) => n.t === "match" ? "match" : String(n.id);
	const walk = (n, indent) => {
		if (n.t === "match" || seen.has(n)) return;
		seen.add(n);
		const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
		switch (n.t) {
			case "split":
				line(`split -> ${n.out.map(ref).join(", ")}`);
				for (const o of n.out) walk(o, indent);
				return;
			case "neg":
				line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
				walk(n.sub, indent + "  ");
				return walk(n.next, indent);
			case "lit":
				line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
				break;
			case "class":
				line(`${n.re} -> ${ref(n.next)}`);
				break;
			default: line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
		}
		walk(n.next, indent);
	};
	walk(start, "");
	return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
	gen;
	threads = [];
	match = false;
	runs = [];
	ids = [];
	constructor(gen) {
		this.gen = gen;
	}
	get dead() {
		return !this.threads.length && !this.match && !this.runs.length;
	}
};
const sameState = (a, b) => {
	if (a.ids.length !== b.ids.length) return false;
	if (a.runs.length !== b.runs.length) return false;
	if (a.ids.some((id, i) => id !== b.ids[i])) return false;
	return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
	has: new Float64Array(size),
	seen: new Float64Array(size),
	gen: 0
});
var Sim = class {
	dots;
	dotStart;
	#marks;
	constructor(dots, dotStart, marks) {
		this.dots = dots;
		this.dotStart = dotStart;
		this.#marks = marks;
	}
	state() {
		return new State(++this.#marks.gen);
	}
	done(state) {
		state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
		if (state.match) state.ids.unshift(MATCH.id);
		return state;
	}
	#visit(state, node) {
		const { seen } = this.#marks;
		if (seen[node.id] === state.gen) return false;
		seen[node.id] = state.gen;
		return true;
	}
	#addThread(state, node) {
		const { has } = this.#marks;
		if (has[node.id] === state.gen) return false;
		has[node.id] = state.gen;
		state.threads.push(node);
		return true;
	}
	restricted(i, top) {
		return top && (this.dots || this.dotStart && i === 0);
	}
	add(state, node, i, top) {
		switch (node.t) {
			case "split":
				if (!this.#visit(state, node)) return;
				for (const o of node.out) this.add(state, o, i, top);
				return;
			case "neg":
				if (!this.#visit(state, node)) return;
				const sub = this.state();
				this.add(sub, node.sub, i, false);
				this.done(sub);
				return this.addRun(state, {
					t: "run",
					neg: node,
					state: sub
				}, i, top);
			case "star":
				if (this.restricted(i, top)) return;
				if (this.#addThread(state, node)) this.add(state, node.next, i, top);
				return;
			case "match":
				state.match = true;
				return;
			default: this.#addThread(state, node);
		}
	}
	addRun(state, run, i, top) {
		for (const r of state.runs) if (r.neg === run.neg && sameState(r.state, run.state)) return;
		state.runs.push(run);
		if (!run.state.match) this.add(state, run.neg.next, i, top);
	}
	step(state, c, i, top) {
		const next = this.state();
		for (const th of state.threads) switch (th.t) {
			case "lit":
				if (litMatch(th, c)) this.add(next, th.next, i + 1, top);
				break;
			case "any":
				if (!this.restricted(i, top)) this.add(next, th.next, i + 1, top);
				break;
			case "class":
				if (!this.restricted(i, top) && th.re.test(c)) this.add(next, th.next, i + 1, top);
				break;
			case "star": if (!this.restricted(i, top)) this.add(next, th, i + 1, top);
		}
		if (!this.restricted(i, top)) for (const run of state.runs) {
			if (run.state.dead) {
				this.addRun(next, run, i + 1, top);
				continue;
			}
			const sub = this.step(run.state, c, i, false);
			this.addRun(next, {
				t: "run",
				neg: run.neg,
				state: sub
			}, i + 1, top);
		}
		return this.done(next);
	}
};
const stateKey = (state) => {
	const ids = state.ids.join();
	if (!state.runs.length) return ids;
	return `${ids}|${state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`).sort().join("|")}`;
};
const DFA_BUDGET = 1 << 18;
var Dfa = class {
	#start;
	#states = /* @__PURE__ */ new Map();
	#size = 0;
	#plain;
	#dotStart;
	#sim;
	#dotSim;
	constructor(start, marks) {
		this.#start = start;
		this.#sim = new Sim(false, false, marks);
		this.#dotSim = new Sim(false, true, marks);
	}
	#make(state) {
		return {
			state,
			match: state.match,
			dead: state.dead,
			next: /* @__PURE__ */ new Map()
		};
	}
	#intern(state) {
		const key = stateKey(state);
		const found = this.#states.get(key);
		if (found) return found;
		if (this.#size > DFA_BUDGET) this.#clear();
		const d = this.#make(state);
		this.#states.set(key, d);
		this.#size += key.length + 1;
		return d;
	}
	#clear() {
		this.#states.clear();
		this.#size = 0;
		this.#plain = void 0;
		this.#dotStart = void 0;
	}
	start(dotStart) {
		if (dotStart) {
			if (this.#dotStart) return this.#dotStart;
			const state = this.#dotSim.state();
			this.#dotSim.add(state, this.#start, 0, true);
			return this.#dotStart = this.#make(this.#dotSim.done(state));
		}
		if (this.#plain) return this.#plain;
		const state = this.#sim.state();
		this.#sim.add(state, this.#start, 0, true);
		return this.#plain = this.#intern(this.#sim.done(state));
	}
	next(d, c) {
		const code = c.charCodeAt(0);
		const found = code < 128 ? void 0 : d.next.get(c);
		if (found) return found;
		const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
		if (code < 128) {
			if (!d.ascii) {
				d.ascii = new Array(128);
				this.#size += 128;
			}
			d.ascii[code] = n;
		} else d.next.set(c, n);
		this.#size++;
		return n;
	}
};
const linear = (start) => {
	const nodes = [];
	for (let n = start; n.t !== "match"; n = n.next) {
		if (n.t === "split" || n.t === "neg") return void 0;
		nodes.push(n);
	}
	return nodes;
};
const testLinear = (nodes, chars, start, end) => {
	let ni = 0;
	let ci = start;
	let starNi = -1;
	let starCi = 0;
	while (ci < end) {
		const n = nodes[ni];
		if (n?.t === "star") {
			starNi = ni++;
			starCi = ci;
			continue;
		}
		const c = chars[ci];
		if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
			ni++;
			ci++;
			continue;
		}
		if (starNi === -1) return false;
		ni = starNi + 1;
		ci = ++starCi;
	}
	while (nodes[ni]?.t === "star") ni++;
	return ni === nodes.length;
};
const lengths = (items) => {
	let min = 0;
	let max = 0;
	for (const it of items) {
		const [lo, hi] = itemLengths(it);
		min += lo;
		max += hi;
	}
	return [min, max];
};
const itemLengths = (it) => {
	if (it.t === "star") return [0, Infinity];
	if (it.t !== "ext") return [1, 1];
	if (it.type === "!") return [0, Infinity];
	const alts = it.alts.map(lengths);
	const min = Math.min(...alts.map((a) => a[0]));
	const max = Math.max(...alts.map((a) => a[1]));
	const loop = max === 0 ? 0 : Infinity;
	return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
const hasAffix = (lits, chars, start) => {
	for (let j = 0; j < lits.length; j++) if (!litMatch(lits[j], chars[start + j])) return false;
	return true;
};
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
	if (s.includes("/")) throw new Error("can only match a single path portion, got: " + s);
};
var Matcher = class {
	pattern;
	options;
	#start;
	#size;
	#marks;
	#dotsSim;
	#literal;
	#literalFold = false;
	#literalRe;
	#linear;
	#wild = false;
	#min = 0;
	#max = Infinity;
	#prefix = [];
	#suffix = [];
	#prefixStr;
	#suffixStr;
	#affix = false;
	#dfa;
	#form;
	constructor(pattern, options = {}) {
		if (pattern.includes("/")) throw new Error("can only match a single path portion, got pattern: " + pattern);
		this.pattern = pattern;
		this.options = options;
		const { nocase = false, noext = false, normalize: n } = options;
		this.#form = n === true ? "NFC" : n || void 0;
		const literal = /^[?*+@]\(\)$/.test(pattern);
		const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
		let [items] = build(toks, pair(toks), 0, toks.length, true);
		if (this.#form) items = normalize(items, this.#form);
		const [start, size] = compile(items, nocase);
		this.#start = start;
		this.#size = size;
		if (items.every((it) => it.t === "lit")) {
			this.#literal = items.map((it) => it.ch).join("");
			this.#literalFold = nocase;
		} else {
			const lit = (it) => it.t !== "lit" ? void 0 : nocase ? {
				ch: it.ch,
				re: foldRe(it.ch)
			} : { ch: it.ch };
			for (const it of items) {
				const l = lit(it);
				if (!l) break;
				this.#prefix.push(l);
			}
			for (let j = items.length - 1; j >= 0; j--) {
				const l = lit(items[j]);
				if (!l) break;
				this.#suffix.unshift(l);
			}
			this.#affix = !!(this.#prefix.length || this.#suffix.length);
			if (!nocase) {
				this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
				this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
			}
			this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
			this.#wild = !!this.#linear?.every((n) => n.t === "star" || n.t === "any");
			const [min, max] = lengths(items);
			this.#min = min;
			this.#max = max;
		}
	}
	test(s) {
		if (this.#form) {
			noSlash(s);
			return this.#test(s.normalize(this.#form));
		}
		if (slashOrSurrogate.test(s)) {
			noSlash(s);
			return this.#test(s, [...s]);
		}
		return this.#test(s, s);
	}
	/**
	* The same as {@link Matcher#test}, but the string is not checked
	* for `/` chars, so the result for a string that has one is not
	* defined. Only use it for a string that is known to be one path
	* portion, such as a part of a path that was split on `/`. It can
	* be faster, because some patterns do not need to look at each char
	* of the string.
	*/
	testUnchecked(s) {
		return this.#test(this.#form ? s.normalize(this.#form) : s);
	}
	#test(s, chars) {
		if (this.#literal !== void 0) return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
		const min = this.#min;
		const max = this.#max;
		if (chars === void 0) {
			const most = s.length;
			const least = most + 1 >> 1;
			if (most < min || least > max) return false;
			if (least < min || most > max) chars = codePoints(s);
		}
		if (chars !== void 0 && (chars.length < min || chars.length > max)) return false;
		const prefix = this.#prefix.length;
		if (this.#affix) {
			if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
				if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) return false;
			} else {
				chars ??= codePoints(s);
				const end = chars.length - this.#suffix.length;
				if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) return false;
			}
		}
		const dotStart = !this.options.dot && s.startsWith(".");
		if (this.#linear) {
			if (s === "." || s === "..") return false;
			if (dotStart && !prefix) return false;
			if (this.#wild) return true;
			chars ??= codePoints(s);
			const end = chars.length - this.#suffix.length;
			return testLinear(this.#linear, chars, prefix, end);
		}
		chars ??= codePoints(s);
		if (s === "." || s === "..") {
			this.#marks ??= marks(this.#size);
			const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
			const start = sim.state();
			sim.add(start, this.#start, 0, true);
			let state = sim.done(start);
			for (let i = 0; i < chars.length; i++) state = sim.step(state, chars[i], i, true);
			return state.match;
		}
		this.#marks ??= marks(this.#size);
		const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
		let d = dfa.start(dotStart);
		const str = chars === s;
		for (let i = 0; i < chars.length; i++) {
			if (d.dead) return false;
			const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
			d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
		}
		return d.match;
	}
	/** a readable listing of the state machine */
	toString() {
		return show(this.#start);
	}
};
// node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 65536;
const assertValidPattern = (pattern) => {
	if (typeof pattern !== "string") throw new TypeError("invalid pattern");
	if (pattern.length > MAX_PATTERN_LENGTH) throw new TypeError("pattern is too long");
};
// node_modules/minimatch/dist/esm/escape.js
/**
* Escape all magic characters in a glob pattern.
*
* If the {@link MinimatchOptions.windowsPathsNoEscape}
* option is used, then characters are escaped by wrapping in `[]`, because
* a magic character wrapped in a character class can only be satisfied by
* that exact character.  In this mode, `\` is _not_ escaped, because it is
* not interpreted as a magic character, but instead as a path separator.
*
* If the {@link MinimatchOptions.magicalBraces} option is used,
* then braces (`{` and `}`) will be escaped.
*
* A leading `#` or `!` is escaped as well, so that the result is never a
* comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
* `!` is written as `@(!)`, because `[!` starts a negated class.
*/
const escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
	const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
	const c = e.charAt(0);
	if (c === "#") return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
	if (c === "!") return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
	return e;
};
// node_modules/minimatch/dist/esm/unescape.js
/**
* Un-escape a string that has been escaped with {@link escape}.
*
* If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
* square-bracket escapes are removed, but not backslash escapes.
*
* For example, it will turn the string `'[*]'` into `*`, but it will not
* turn `'\\*'` into `'*'`, because `\` is a path separator in
* `windowsPathsNoEscape` mode.
*
* When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
* backslash escapes are removed.
*
* Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
* or unescaped.
*
* When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
* unescaped.
*/
const unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
	if (windowsPathsNoEscape && s.startsWith("@(!)")) return "!" + unescape(s.slice(4), {
		windowsPathsNoEscape,
		magicalBraces
	});
	if (magicalBraces) return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
	return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};
// node_modules/minimatch/dist/esm/index.js
const DEFAULT_BRACE_EXPAND_MAX = 1e5;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
const AWE_KEY = "allowWindowsEscape";
const minimatch = (p, pattern, options) => {
	assertValidPattern(pattern);
	if (!options?.nocomment && pattern.charAt(0) === "#") return false;
	return cachedMinimatch(pattern, options).match(p);
};
let cache = /* @__PURE__ */ new Map();
let oldCache = /* @__PURE__ */ new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 32768;
const cacheMaxEntryWeight = 4096;
const cacheWeight = (mm) => {
	let w = mm.pattern.length;
	for (const s of mm.globSet) {
		w += s.length + 1;
		if (w > cacheMaxEntryWeight) break;
	}
	return w;
};
const tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
const booleanWeights = new Map(Object.keys({
	nobrace: 0,
	nocomment: 0,
	nonegate: 0,
	noglobstar: 0,
	noext: 0,
	nonull: 0,
	partial: 0,
	dot: 0,
	nocase: 0,
	nocaseMagicOnly: 0,
	magicalBraces: 0,
	matchBase: 0,
	flipNegate: 0,
	preserveMultipleSlashes: 0,
	windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
const optionsKey = (o) => {
	let n = 0;
	let wpe = false;
	for (const k in o) {
		const v = o[k];
		switch (k) {
			case "windowsPathsNoEscape":
				if (v) wpe = true;
				break;
			case AWE_KEY:
				if (v === false) wpe = true;
				break;
			case "platform": {
				const p = v || defaultPlatform;
				if (p === defaultPlatform) break;
				if (p === "darwin") n += 3;
				else if (p === "win32") n += 6;
				else if (p === "linux") n += 9;
				else return JSON.stringify(o);
				break;
			}
			case "optimizationLevel":
				if (v === void 0) break;
				n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
				break;
			case "braceExpandMax":
				if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) return JSON.stringify(o);
				break;
			case "maxGlobstarRecursion":
				if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) return JSON.stringify(o);
				break;
			case "normalize":
				if (v !== void 0) return JSON.stringify(o);
				break;
			default: n += (booleanWeights.get(k) ?? 0) * tri(v);
		}
	}
	return wpe ? n + 12 : n;
};
const copyOptions = (o) => {
	const copy = {};
	for (const k in o) copy[k] = o[k];
	return copy;
};
const cachedMinimatch = (pattern, options) => {
	const key = options ? optionsKey(options) : 0;
	let mm = cache.get(key)?.get(pattern);
	if (mm) return mm;
	mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
	const weight = cacheWeight(mm);
	if (weight > cacheMaxEntryWeight) return mm;
	if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
		oldCache = cache;
		cache = /* @__PURE__ */ new Map();
		cacheSize = 0;
		cacheTotalWeight = 0;
	}
	let byPattern = cache.get(key);
	if (!byPattern) cache.set(key, byPattern = /* @__PURE__ */ new Map());
	byPattern.set(pattern, mm);
	cacheSize++;
	cacheTotalWeight += weight;
	return mm;
};
/* c8 ignore start */
const defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
const path = {
	win32: { sep: "\\" },
	posix: { sep: "/" }
};
minimatch.sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
const GLOBSTAR = Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
	let mm;
	return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
	if (!def || typeof def !== "object" || !Object.keys(def).length) return minimatch;
	const orig = minimatch;
	const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
	return Object.assign(m, {
		Minimatch: class Minimatch extends orig.Minimatch {
			constructor(pattern, options = {}) {
				super(pattern, ext(def, options));
			}
			static defaults(options) {
				return orig.defaults(ext(def, options)).Minimatch;
			}
		},
		unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
		escape: (s, options = {}) => orig.escape(s, ext(def, options)),
		filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
		defaults: (options) => orig.defaults(ext(def, options)),
		braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
		match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
		sep: orig.sep,
		GLOBSTAR
	});
};
minimatch.defaults = defaults;
const braceExpand = (pattern, options = {}) => {
	assertValidPattern(pattern);
	if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
	let p = pattern.replace(/\\\\/g, "\\\\\\\\");
	if (options.windowsPathsNoEscape || options[AWE_KEY] === false) p = p.replace(/\[([{}])\]/g, "[\\$1]");
	return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
const RANGE_MIN = 100;
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
const inRepeatOrNegExt = (portion, mark) => {
	const stack = [];
	for (let i = 0; i < portion.length; i++) {
		const c = portion.charAt(i);
		if (c === "\\") i++;
		else if (c === mark) {
			if (stack.some((t) => t !== "@" && t !== "?")) return true;
		} else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
			stack.push(c);
			i++;
		} else if (c === ")") stack.pop();
	}
	return false;
};
const match = (list, pattern, options = {}) => {
	const mm = new Minimatch(pattern, options);
	list = list.filter((f) => mm.match(f));
	if (mm.options.nonull && !list.length) list.push(pattern);
	return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const classEnd = (pattern, start) => {
	let i = start + 1;
	if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^") i++;
	let sawStart = false;
	for (; i < pattern.length; i++) {
		const c = pattern.charAt(i);
		if (c === "]" && sawStart) return i;
		sawStart = true;
		if (c === "\\") i++;
	}
	return -1;
};
const literal = (pattern, noext) => {
	if (!noext && (pattern === "+()" || pattern === "@()")) return pattern;
	let lit = "";
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern.charAt(i);
		if (c === "\\") lit += pattern.charAt(++i) || c;
		else if (c === "*" || c === "?") return;
		else if (c === "[") {
			const close = classEnd(pattern, i);
			if (close === -1) {
				lit += c;
				continue;
			}
			let body = pattern.slice(i + 1, close);
			if (body.startsWith("\\")) body = body.slice(1);
			if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) return;
			lit += body;
			i = close;
		} else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) return;
		else lit += c;
	}
	return lit;
};
const MAX_EXTGLOBS = 256;
const extglobCount = (pattern) => {
	let n = 0;
	for (let i = 0; i < pattern.length - 1; i++) {
		const c = pattern.charAt(i);
		if (c === "\\") i++;
		else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
			n++;
			i++;
		}
	}
	return n;
};
const assertValidExtglobs = (pattern) => {
	if (extglobCount(pattern) > MAX_EXTGLOBS) throw new TypeError("pattern has too many extglobs");
};
const extSafe = (pattern) => {
	if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:")) return false;
	let depth = 0;
	for (let i = 0; i < pattern.length; i++) {
		const c = pattern.charAt(i);
		if (c === "\\") {
			if (++i === pattern.length) return false;
		} else if (c === "[") {
			const close = classEnd(pattern, i);
			if (close !== -1) i = close;
		} else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
			depth++;
			i++;
		} else if (c === ")") {
			if (!depth--) return false;
		} else if (c === "|" && !depth) return false;
	}
	return !depth;
};
let lastSplit;
let lastChecked;
const portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
const isDots = (p) => p === "." || p === "..";
const isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
const isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
const uncHost = (p) => {
	if (p[0] !== "" || p[1] !== "") return -1;
	const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
	const host = p[h];
	const share = p[h + 1];
	return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
const dotPortion = (f, start, end, dot, sep) => {
	for (let k = start; k < end;) {
		if (f.charCodeAt(k) === 46) {
			if (!dot) return true;
			const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
			if (n >= end || isSep(f.charCodeAt(n), sep)) return true;
		}
		const s = nextSep(f, k, sep);
		if (s === -1) return false;
		k = s + 1;
		while (k < end && isSep(f.charCodeAt(k), sep)) k++;
	}
	return false;
};
const isSep = (c, sep) => sep === "/" ? c === 47 : sep === "\\" ? c === 92 : c === 47 || c === 92;
const nextSep = (f, from, sep) => {
	if (sep !== "both") return f.indexOf(sep, from);
	const s = f.indexOf("/", from);
	const b = f.indexOf("\\", from);
	return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
const lastSep = (f, from, sep) => sep !== "both" ? f.lastIndexOf(sep, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
const PENDING = {};
var Minimatch = class {
	options;
	set;
	pattern;
	windowsPathsNoEscape;
	nonegate;
	negate;
	comment;
	empty;
	preserveMultipleSlashes;
	partial;
	globSet;
	globParts;
	nocase;
	isWindows;
	platform;
	windowsNoMagicRoot;
	maxGlobstarRecursion;
	#endCheck;
	#literalCheck;
	#level2;
	#form;
	#literals = [];
	#shapes = [];
	#endRows = [];
	#matchers = /* @__PURE__ */ new Map();
	#pending = false;
	#rangeMark;
	#globstarParts = /* @__PURE__ */ new WeakMap();
	constructor(pattern, options = {}) {
		assertValidPattern(pattern);
		options = options || {};
		this.options = options;
		this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
		this.pattern = pattern;
		this.platform = options.platform || defaultPlatform;
		this.isWindows = this.platform === "win32";
		this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
		if (this.windowsPathsNoEscape) this.pattern = this.pattern.replace(/\\/g, "/");
		this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
		this.negate = false;
		this.nonegate = !!options.nonegate;
		this.comment = false;
		this.empty = false;
		this.partial = !!options.partial;
		this.nocase = !!this.options.nocase;
		this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
		this.globSet = [];
		this.globParts = [];
		this.set = [];
		this.#endCheck = !this.preserveMultipleSlashes;
		this.#level2 = (options.optimizationLevel ?? 1) >= 2;
		const n = options.normalize;
		this.#form = n === true ? "NFC" : n || void 0;
		this.make();
		const drives = this.set.map((row) => this.#rootIndex(row));
		this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
		this.#literals = this.set.map((row, r) => {
			const end = this.#endRows[r] ? row.length - 1 : row.length;
			const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
			return [...new Set(lits)];
		});
		this.#literalCheck = this.#literals.some((l) => l.length);
		this.#shapes = this.set.map((row, r) => {
			const [p0, p1, p2] = row;
			if (this.#endRows[r] && row.length === 2) {
				if (p0 === GLOBSTAR && p1 !== GLOBSTAR) return "tail";
			}
			if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") return "base";
			if (!this.#endCheck || drives[r] !== -1) return void 0;
			if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && this.maxGlobstarRecursion > 0) return "mid";
			if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") return "head";
		});
	}
	#norm(p) {
		return this.#form ? p.normalize(this.#form) : p;
	}
	#rootIndex(row) {
		if (!this.isWindows) return -1;
		if (isDrive(row[0])) return 0;
		if (row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3])) return 3;
		const h = uncHost(row);
		return h === -1 ? -1 : h + 1;
	}
	hasMagic() {
		if (this.options.magicalBraces && this.set.length > 1) return true;
		for (const pattern of this.set) for (const part of pattern) if (typeof part !== "string") return true;
		return false;
	}
	make() {
		const pattern = this.pattern;
		const options = this.options;
		if (!options.nocomment && pattern.charAt(0) === "#") {
			this.comment = true;
			return;
		}
		if (!pattern) {
			this.empty = true;
			return;
		}
		this.parseNegate();
		this.globSet = [...new Set(this.#expandBraces())];
		const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
		this.globParts = this.preprocess(rawGlobParts);
		this.#pending = true;
		let set = this.globParts.map((s, _, __) => {
			if (this.isWindows && this.windowsNoMagicRoot) {
				const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
				const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
				const isDrive = /^[a-z]:/i.test(s[0]);
				if (isUNC) return [...s.slice(0, n).map((p) => this.#norm(p)), ...s.slice(n).map((ss) => this.parse(ss))];
				else if (isDrive) return [this.#norm(s[0]), ...s.slice(1).map((ss) => this.parse(ss))];
			}
			return s.map((ss) => this.parse(ss));
		});
		this.set = set.filter((s) => s.indexOf(false) === -1);
		if (this.isWindows) for (let i = 0; i < this.set.length; i++) {
			const p = this.set[i];
			if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
				if (isLongUNC(this.globParts[i][3])) p[3] = "UNC";
				p[2] = "?";
			}
		}
		if (!options.noext) this.mergeRows();
		this.#pending = false;
		this.set.forEach((row, i) => {
			for (let k = 0; k < row.length; k++) if (row[k] === PENDING) row[k] = this.parse(this.globParts[i][k]);
		});
	}
	mergeRows() {
		let merged = true;
		while (merged) {
			merged = false;
			if (this.set.length < 2) return;
			let keys = this.#mergeKeys();
			const len = Math.max(0, ...this.set.map((r) => r.length));
			for (let k = 0; k < len; k++) {
				const groups = /* @__PURE__ */ new Map();
				const R = this.set.length + 1;
				this.set.forEach((row, i) => {
					if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) return;
					const { pre, suf } = keys[i];
					const key = pre[k] * R + suf[k + 1];
					const g = groups.get(key);
					if (g) g.push(i);
					else groups.set(key, [i]);
				});
				const drop = /* @__PURE__ */ new Set();
				for (const g of groups.values()) {
					if (g.length < 2) continue;
					const [first, ...rest] = g;
					const glob = `@(${g.map((i) => this.globParts[i][k]).join("|")})`;
					if (extglobCount(glob) > MAX_EXTGLOBS) continue;
					this.globParts[first][k] = glob;
					this.set[first][k] = this.parse(glob);
					for (const i of rest) drop.add(i);
				}
				if (drop.size) {
					merged = true;
					this.set = this.set.filter((_, i) => !drop.has(i));
					this.globParts = this.globParts.filter((_, i) => !drop.has(i));
					if (this.set.length < 2) return;
					keys = this.#mergeKeys();
				}
			}
		}
	}
	#mergeKeys() {
		const partIds = /* @__PURE__ */ new Map();
		const ids = this.globParts.map((parts) => parts.map((s) => {
			let id = partIds.get(s);
			if (id === void 0) partIds.set(s, id = partIds.size);
			return id;
		}));
		const P = partIds.size;
		const len = Math.max(0, ...ids.map((r) => r.length));
		const keys = ids.map((r) => ({
			pre: [0],
			suf: new Array(r.length + 1).fill(0)
		}));
		for (let k = 0; k < len; k++) {
			const m = /* @__PURE__ */ new Map();
			ids.forEach((r, i) => {
				if (k >= r.length) return;
				const { pre } = keys[i];
				const key = pre[k] * P + r[k];
				let id = m.get(key);
				if (id === void 0) m.set(key, id = m.size + 1);
				pre.push(id);
			});
		}
		for (let k = len - 1; k >= 0; k--) {
			const m = /* @__PURE__ */ new Map();
			ids.forEach((r, i) => {
				if (k >= r.length) return;
				const { suf } = keys[i];
				const key = suf[k + 1] * P + r[k];
				let id = m.get(key);
				if (id === void 0) m.set(key, id = m.size + 1);
				suf[k] = id;
			});
		}
		return keys;
	}
	preprocess(globParts) {
		if (this.options.noglobstar) {
			for (const partset of globParts) for (let j = 0; j < partset.length; j++) if (partset[j] === "**") partset[j] = "*";
		}
		const { optimizationLevel = 1 } = this.options;
		if (optimizationLevel >= 2) {
			globParts = this.firstPhasePreProcess(globParts);
			globParts = this.secondPhasePreProcess(globParts);
		} else if (optimizationLevel >= 1) globParts = this.levelOneOptimize(globParts);
		else globParts = this.adjascentGlobstarOptimize(globParts);
		return globParts;
	}
	adjascentGlobstarOptimize(globParts) {
		return globParts.map((parts) => {
			let gs = -1;
			while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
				let i = gs;
				while (parts[i + 1] === "**") i++;
				if (i !== gs) parts.splice(gs, i - gs);
			}
			return parts;
		});
	}
	levelOneOptimize(globParts) {
		return globParts.map((parts) => {
			const root = this.#rootIndex(parts) + 1;
			parts = parts.reduce((set, part) => {
				const prev = set[set.length - 1];
				if (part === "**" && prev === "**") return set;
				if (part === "..") {
					if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
						set.pop();
						return set;
					}
				}
				set.push(part);
				return set;
			}, []);
			return parts.length === 0 ? [""] : parts;
		});
	}
	#canMatch(f) {
		const sep = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
		let ends = this.#endCheck ? 0 : -1;
		let last = "";
		let lastStart = 0;
		let prev;
		let prevStart = 0;
		const dot = !!this.options.dot;
		ROWS: for (let r = 0; r < this.set.length; r++) {
			const row = this.set[r];
			const p = row[row.length - 1];
			let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
			if (end && ends === 0) {
				const i = lastSep(f, f.length, sep);
				lastStart = i + 1;
				last = f.slice(lastStart);
				if (last === "" && i >= 0) {
					let j = i;
					while (j > 0 && isSep(f.charCodeAt(j - 1), sep)) j--;
					prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
					prev = f.slice(prevStart, j);
				}
				const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
				ends = resolves ? -1 : 1;
				end = !resolves;
			}
			let tailStart = -1;
			if (end && typeof p === "string") {
				tailStart = endIndex(p, last, lastStart, prev, prevStart);
				if (tailStart === -1) continue;
			}
			if (this.#literalCheck) {
				for (const l of this.#literals[r]) if (!f.includes(l)) continue ROWS;
			}
			if (end && typeof p === "object") {
				tailStart = endIndex(p, last, lastStart, prev, prevStart);
				if (tailStart === -1) continue;
			}
			const shape = this.#shapes[r];
			if (shape === "base" && end) return "yes";
			if (shape === "tail" && end) {
				if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) return "maybe";
				if (!dotPortion(f, 0, tailStart, dot, sep)) return "yes";
				continue;
			}
			if (shape === "mid" || shape === "head") {
				const m = this.#walk(f, row, shape === "head", dot, sep);
				if (m !== "no") return m;
				continue;
			}
			return "maybe";
		}
		return "no";
	}
	#matchShape(file, row, shape) {
		const dot = !!this.options.dot;
		const n = file.length;
		if (shape === "head") {
			if (n < 2 || !portionMatch(row[0], file[0])) return false;
			for (let i = 1; i < n; i++) if (!walkable(file[i], dot)) return false;
			return true;
		}
		const x = row[1];
		if (shape === "tail") {
			let t = n - 1;
			if (!portionMatch(x, file[t])) {
				if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) return false;
			}
			for (let i = 0; i < t; i++) if (!walkable(file[i], dot)) return false;
			return true;
		}
		for (let k = 0; k < n; k++) {
			if (portionMatch(x, file[k]) && k + 1 < n) {
				let i = k + 1;
				while (i < n && walkable(file[i], dot)) i++;
				if (i === n) return true;
			}
			if (!walkable(file[k], dot)) return false;
		}
		return false;
	}
	#walk(f, row, head, dot, sep) {
		if (this.#level2 && dotPortion(f, 0, f.length, true, sep)) return "maybe";
		const x = row[head ? 0 : 1];
		let s = 0;
		for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
			let next = e + 1;
			while (next < f.length && isSep(f.charCodeAt(next), sep)) next++;
			if ((typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e))) && !dotPortion(f, next, f.length, dot, sep)) return "yes";
			if (head || dotPortion(f, s, next, dot, sep)) return "no";
			s = next;
		}
		return "no";
	}
	#cachedSplit(f) {
		const last = lastSplit;
		return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
	}
	#split(f) {
		const { isWindows, preserveMultipleSlashes } = this;
		let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
		const normalize = this.#form;
		if (normalize) parts = parts.map((p) => p.normalize(normalize));
		lastSplit = {
			f,
			isWindows,
			preserveMultipleSlashes,
			normalize,
			parts
		};
		return lastSplit;
	}
	#levelTwoFileOptimize(file) {
		const parts = [...file];
		let didSomething = false;
		do {
			didSomething = false;
			if (!this.preserveMultipleSlashes) {
				for (let i = 1; i < parts.length - 1; i++) {
					const p = parts[i];
					if (i === 1 && p === "" && parts[0] === "") continue;
					if (p === "." || p === "") {
						didSomething = true;
						parts.splice(i, 1);
						i--;
					}
				}
				if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
					didSomething = true;
					parts.pop();
				}
			}
			const root = this.#rootIndex(parts) + 1;
			let dd = root;
			while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
				const p = parts[dd - 1];
				if (p && p !== "." && p !== ".." && p !== "**") {
					didSomething = true;
					parts.splice(dd - 1, 2);
					dd = Math.max(dd - 2, root);
				}
			}
		} while (didSomething);
		return parts.length === 0 ? [""] : parts;
	}
	firstPhasePreProcess(globParts) {
		const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
		let splitCells = 0;
		const maxSplitCells = 1e6;
		let didSomething = false;
		do {
			didSomething = false;
			for (let parts of globParts) {
				let gs = -1;
				while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
					let gss = gs;
					while (parts[gss + 1] === "**") gss++;
					if (gss > gs) parts.splice(gs + 1, gss - gs);
					let next = parts[gs + 1];
					const p = parts[gs + 2];
					const p2 = parts[gs + 3];
					if (next !== "..") continue;
					if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") continue;
					const addedCells = parts.length - 1;
					if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
					didSomething = true;
					parts.splice(gs, 1);
					const other = parts.slice(0);
					other[gs] = "**";
					splitCells += addedCells;
					globParts.push(other);
					gs--;
				}
				if (!this.preserveMultipleSlashes) {
					for (let i = 1; i < parts.length - 1; i++) {
						const p = parts[i];
						if (i === 1 && p === "" && parts[0] === "") continue;
						if (p === "." || p === "") {
							didSomething = true;
							parts.splice(i, 1);
							i--;
						}
					}
					if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
						didSomething = true;
						parts.pop();
					}
				}
				const root = this.#rootIndex(parts) + 1;
				let dd = root;
				while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
					const p = parts[dd - 1];
					if (p && p !== "." && p !== ".." && p !== "**") {
						didSomething = true;
						const splin = dd === 1 && parts[dd + 1] === "**" ? ["."] : [];
						parts.splice(dd - 1, 2, ...splin);
						if (parts.length === 0) parts.push("");
						dd = Math.max(dd - 2, root);
					}
				}
			}
		} while (didSomething);
		return globParts;
	}
	secondPhasePreProcess(globParts) {
		const keys = /* @__PURE__ */ new Set();
		const rows = globParts.filter((parts) => {
			const key = parts.join("/");
			if (keys.has(key)) return false;
			keys.add(key);
			return true;
		});
		const stars = /* @__PURE__ */ new Map();
		for (const parts of rows) {
			const s = [];
			for (let i = 0; i < parts.length; i++) if (parts[i] === "*") s.push(i);
			if (s.length) stars.set(s.join(","), s);
		}
		if (!stars.size || rows.length * stars.size > 1e5) return rows;
		const { dot } = this.options;
		return rows.filter((parts) => {
			for (const s of stars.values()) {
				if (s[s.length - 1] >= parts.length) continue;
				const c = [...parts];
				let ok = true;
				let changed = false;
				for (const i of s) {
					const p = parts[i];
					if (p === "*") continue;
					if (!p || p === "**" || !dot && p.startsWith(".")) {
						ok = false;
						break;
					}
					c[i] = "*";
					changed = true;
				}
				if (ok && changed && keys.has(c.join("/"))) return false;
			}
			return true;
		});
	}
	parseNegate() {
		if (this.nonegate) return;
		const pattern = this.pattern;
		let negate = false;
		let negateOffset = 0;
		for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
			negate = !negate;
			negateOffset++;
		}
		if (negateOffset) this.pattern = pattern.slice(negateOffset);
		this.negate = negate;
	}
	#matchRow(file, resolved, pattern, partial) {
		let fileStartIndex = 0;
		let patternStartIndex = 0;
		const fh = this.isWindows ? uncHost(resolved) : -1;
		const ph = fh === -1 ? -1 : uncHost(pattern);
		if (ph !== -1) {
			const host = pattern[ph];
			const share = pattern[ph + 1];
			if (typeof host !== "string" || typeof share !== "string") {
				fileStartIndex = fh;
				patternStartIndex = ph;
			} else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
				fileStartIndex = fh + 2;
				patternStartIndex = ph + 2;
			}
		} else if (this.isWindows) {
			const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
			const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
			const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
			const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
			const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
			const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
			if (typeof fdi === "number" && typeof pdi === "number") {
				const [fd, pd] = [file[fdi], pattern[pdi]];
				if (fd.toLowerCase() === pd.toLowerCase()) {
					patternStartIndex = pdi + 1;
					fileStartIndex = fdi + 1;
				}
			}
		}
		file = resolved;
		if (pattern.includes(GLOBSTAR)) return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
		return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
	}
	#matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
		const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
		if (head.length) {
			const headEnd = fileIndex + head.length;
			if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) return false;
			fileIndex += head.length;
			patternIndex += head.length;
		}
		let fileTailMatch = 0;
		if (tail.length) {
			if (tail.length + fileIndex > file.length) return false;
			let tailStart = file.length - tail.length;
			if (this.#matchOne(file, tail, partial, tailStart, 0)) fileTailMatch = tail.length;
			else {
				if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) return false;
				tailStart--;
				if (!this.#matchOne(file, tail, partial, tailStart, 0)) return false;
				fileTailMatch = tail.length + 1;
			}
		}
		if (!body.length) {
			let sawSome = !!fileTailMatch;
			for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
				const f = String(file[i]);
				sawSome = true;
				if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			}
			return partial || sawSome;
		}
		return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
	}
	#getGlobstarParts(pattern, partial, patternIndex) {
		let byStart = this.#globstarParts.get(pattern);
		if (!byStart) {
			byStart = [];
			this.#globstarParts.set(pattern, byStart);
		}
		const key = patternIndex * 2 + (partial ? 1 : 0);
		const found = byStart[key];
		if (found) return found;
		const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
		const lastgs = pattern.lastIndexOf(GLOBSTAR);
		const head = pattern.slice(patternIndex, firstgs);
		const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
		const tail = partial ? [] : pattern.slice(lastgs + 1);
		const segments = [[[], 0]];
		let current = segments[0];
		let nonGsParts = 0;
		const nonGsPartsSums = [0];
		for (const b of body) if (b === GLOBSTAR) {
			nonGsPartsSums.push(nonGsParts);
			current = [[], 0];
			segments.push(current);
		} else {
			current[0].push(b);
			nonGsParts++;
		}
		segments.forEach((b, i) => {
			b[1] = nonGsParts - nonGsPartsSums[i];
		});
		const parts = {
			head,
			body,
			tail,
			segments
		};
		byStart[key] = parts;
		return parts;
	}
	#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
		const bs = bodySegments[bodyIndex];
		if (!bs) {
			if (partial) return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
			for (let i = fileIndex; i < fileLength; i++) {
				sawTail = true;
				const f = file[i];
				if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			}
			return sawTail;
		}
		const [body, need] = bs;
		const after = partial ? fileLength : fileLength - need;
		while (fileIndex <= after) {
			const key = bodyIndex * (file.length + 1) + fileIndex;
			if (tried.has(key)) return false;
			tried.add(key);
			if (this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length) && globStarDepth < this.maxGlobstarRecursion) {
				const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
				if (sub !== false) return sub;
			}
			if (fileIndex === after) break;
			const f = file[fileIndex];
			if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) return false;
			fileIndex++;
		}
		return partial || null;
	}
	#matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
		let fi;
		let pi;
		let pl;
		let fl;
		for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
			let p = pattern[pi];
			let f = file[fi];
			/* c8 ignore start */
			if (p === false || p === GLOBSTAR) return false;
			/* c8 ignore stop */
			if (!portionMatch(p, f)) return false;
		}
		if (fi === fl && pi === pl) return true;
		else if (fi === fl) return partial;
		else if (pi === pl) return fi === fl - 1 && file[fi] === "";
		else throw new Error("wtf?");
		/* c8 ignore stop */
	}
	braceExpand() {
		return braceExpand(this.pattern, this.options);
	}
	#expandBraces() {
		const { pattern } = this;
		if (this.options.nobrace) return this.braceExpand();
		let code = 57344;
		while (pattern.includes(String.fromCharCode(code))) if (++code > 63743) return this.braceExpand();
		const mark = String.fromCharCode(code);
		let found = false;
		const marked = pattern.replace(rangeRe, (m, lo, hi) => {
			const a = Number(lo);
			const b = Number(hi);
			if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) return m;
			found = true;
			return `${mark}${lo}..${hi}${mark}`;
		});
		if (!found) return this.braceExpand();
		const set = braceExpand(marked, this.options);
		for (const p of set) for (const portion of p.split("/")) {
			const c = portion.indexOf("[");
			if (c !== -1 && c < portion.lastIndexOf(mark)) return this.braceExpand();
			if (!this.options.noext && inRepeatOrNegExt(portion, mark)) return this.braceExpand();
		}
		this.#rangeMark = mark;
		return set;
	}
	parse(pattern) {
		assertValidPattern(pattern);
		const options = this.options;
		if (pattern === "**") return GLOBSTAR;
		if (pattern === "") return "";
		const { nocase, nocaseMagicOnly, noext = false, dot, normalize } = options;
		const rangeMark = this.#rangeMark;
		const lit = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
		if (lit !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) return this.#norm(lit);
		if (this.#pending) return PENDING;
		let m = this.#matchers.get(pattern);
		if (!m) {
			if (!noext) assertValidExtglobs(pattern);
			m = new Matcher(pattern, {
				nocase,
				noext,
				dot,
				normalize,
				...rangeMark && { rangeMark }
			});
			this.#matchers.set(pattern, m);
		}
		return m;
	}
	#slashSplit(p) {
		if (this.preserveMultipleSlashes) return p.split("/");
		else if (this.isWindows && /^\/\/[^/]+/.test(p)) return ["", ...p.split(/\/+/)];
		else return p.split(/\/+/);
	}
	match(f, partial = this.partial) {
		if (this.comment) return false;
		if (this.empty) return f === "";
		if (f === "/" && partial) return true;
		const options = this.options;
		let split = this.#cachedSplit(f);
		if (!split) {
			if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
				lastChecked = f;
				const can = this.#canMatch(f);
				if (can === "no") return options.flipNegate ? false : this.negate;
				if (can === "yes") return options.flipNegate ? true : !this.negate;
			}
			split = this.#split(f);
		}
		const ff = split.parts;
		const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
		const set = this.set;
		let filename = ff[ff.length - 1];
		if (!filename) for (let i = ff.length - 2; !filename && i >= 0; i--) filename = ff[i];
		for (let r = 0; r < set.length; r++) {
			const pattern = set[r];
			const shape = partial ? void 0 : this.#shapes[r];
			if (shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial)) {
				if (options.flipNegate) return true;
				return !this.negate;
			}
		}
		if (options.flipNegate) return false;
		return this.negate;
	}
	static defaults(def) {
		return minimatch.defaults(def).Minimatch;
	}
};
/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;
// dist/src/scanner/rules.js
/**
* What a resolved config means for one file: whether it is scanned, which
* configured suppressions apply to it, and the engine every file shares.
*/
const GLOB_OPTIONS = {
	dot: true,
	matchBase: true,
	nocomment: true,
	nonegate: true
};
/** Globs compiled once; a glob also matches everything under a directory it names. */
var GlobSet = class {
	matchers;
	constructor(patterns) {
		this.matchers = patterns.flatMap((pattern) => {
			const clean = pattern.replace(/^\.\//u, "").replace(/\/+$/u, "");
			const under = clean.includes("/") ? `${clean}/**` : `**/${clean}/**`;
			return [new Minimatch(clean, GLOB_OPTIONS), new Minimatch(under, {
				...GLOB_OPTIONS,
				matchBase: false
			})];
		});
	}
	get size() {
		return this.matchers.length;
	}
	/** True when `path` (relative to the scan root, forward slashes) matches. */
	matches(path) {
		return this.matchers.some((m) => m.match(path));
	}
};
/** Include and exclude globs of a config. */
var PathFilter = class {
	include;
	exclude;
	constructor(config) {
		this.include = new GlobSet(config.include);
		this.exclude = new GlobSet(config.exclude.map((e) => e.pattern));
	}
	/** True when the file at `path` (relative to the scan root) is to be scanned. */
	accepts(path) {
		if (this.include.size > 0 && !this.include.matches(path)) return false;
		return !this.exclude.matches(path);
	}
};
/** The configured suppressions that apply to each file, as the engine takes them. */
var SuppressionIndex = class {
	entries;
	constructor(config) {
		this.entries = config.suppressions.map((s) => ({
			files: s.files ? new GlobSet(s.files) : void 0,
			suppression: {
				target: s.rule,
				reason: s.reason,
				...s.keyPath !== void 0 ? { keyPath: s.keyPath } : {},
				...s.valueHash !== void 0 ? { valueHash: s.valueHash } : {}
			}
		}));
	}
	/** Suppressions for `path` (relative to the scan root). */
	forPath(path) {
		const out = [];
		for (const entry of this.entries) if (entry.suppression.target !== "invalid-directive" && (!entry.files || entry.files.matches(path))) out.push(entry.suppression);
		return out;
	}
	/** True when malformed inline directives in `path` are allowed (a suppression with rule `invalid-directive`). */
	allowsInvalidDirectives(path) {
		return this.entries.some((e) => e.suppression.target === "invalid-directive" && (!e.files || e.files.matches(path)));
	}
};
/** The detectors a config leaves on, with their severities, and the ids of every detector (on or off). */
function configuredDetectors(config) {
	const severity = {};
	const catalog = createCatalog(config.settings);
	return {
		detectors: catalog.filter((detector) => {
			const level = config.detectors[detector.id] ?? config.categories[detector.category];
			if (level === "off") return false;
			if (level !== void 0) severity[detector.id] = level;
			return true;
		}),
		severity,
		ids: catalog.map((d) => d.id)
	};
}
/** Builds the one engine a scan (or a worker) uses. */
function buildEngine(config) {
	const { detectors, severity, ids } = configuredDetectors(config);
	return createEngine(detectors, {
		synthetic: config.synthetic,
		severity,
		directiveTargets: ids,
		contracts: config.contracts,
		...config.hashKey !== void 0 ? { hashKey: config.hashKey } : {}
	});
}
// dist/src/scanner/file-scanner.js
/**
* One file in, plain data out: the same code runs on the main thread and in
* each worker, each with its own engine built from the serialisable config.
*/
/** Categories whose findings are secrets: never masked away in our own outputs, so one there is real. */
const SECRET_CATEGORIES = /* @__PURE__ */ new Set([
	"connector-credential",
	"signing-material",
	"license-key",
	"escalation-webhook"
]);
/** Bytes read from a file per system call (and the most a scanner keeps of a file it reads from disk). */
const READ_CHUNK = 1048576;
/** Scans jobs with one engine; `scan` is synchronous. */
var FileScanner = class {
	init;
	engine;
	suppressions;
	scratch;
	progress;
	/** The running file's deadline (performance.now() clock) and limit. */
	deadline;
	constructor(init) {
		this.init = init;
		if (init.keywordCacheDir !== void 0) KeywordScanner.useStore(new KeywordTableFiles(init.keywordCacheDir));
		this.engine = buildEngine(init.config);
		this.engine.onStage((stage) => {
			this.progress?.stage(stage);
			const deadline = this.deadline;
			if (deadline !== void 0 && performance.now() > deadline.at) throw new ScanTimeout(deadline.limitMs, this.engine.stageName(stage));
		});
		this.suppressions = new SuppressionIndex(init.config);
		this.scratch = Buffer.allocUnsafe(Math.min(init.config.maxFileSize + 1, READ_CHUNK));
	}
	/** Tells `progress` where each scan is (a worker hands it to the pool's watchdog). */
	onProgress(progress) {
		this.progress = progress;
	}
	/** What a stage number given to `ScanProgress.stage` stands for. */
	stageName(stage) {
		return this.engine.stageName(stage);
	}
	/**
	* Scans one file. A file that runs out of its budget (`init.budget`) is not
	* scanned: its result is a `scan-timeout` error naming the stage it was in.
	*/
	scan(job) {
		try {
			return this.scanJob(job);
		} catch (error) {
			if (!(error instanceof ScanTimeout)) throw error;
			return {
				path: job.path,
				bytes: 0,
				scanned: false,
				errors: [{
					code: "scan-timeout",
					path: job.path,
					message: error.message
				}]
			};
		} finally {
			this.deadline = void 0;
		}
	}
	/** Starts the clock on a file of `bytes` bytes. */
	started(bytes) {
		this.progress?.size(bytes);
		const budget = this.init.budget;
		if (budget === void 0) return;
		const limitMs = budgetMs(budget, bytes);
		this.deadline = {
			at: performance.now() + limitMs,
			limitMs
		};
	}
	scanJob(job) {
		const { path } = job;
		const keystore = keystoreDescriptor(path, join(this.init.root, path), job.content);
		if (keystore !== void 0) {
			this.started(keystore.length);
			const sink = this.stream(path);
			sink.push(keystore);
			return sink.end();
		}
		if (job.content !== void 0) {
			this.started(job.content.length);
			const sink = this.stream(path);
			sink.push(job.content);
			return sink.end();
		}
		const opened = openRegularFile(join(this.init.root, path));
		if (opened.kind === "missing") {
			if (path.includes("�")) return {
				path,
				bytes: 0,
				scanned: false,
				errors: [{
					code: "read-error",
					path,
					message: "cannot read the file: its name is not valid UTF-8"
				}]
			};
			return this.init.missingIsDeleted ? {
				path,
				bytes: 0,
				scanned: false,
				skipped: {
					path,
					reason: "deleted"
				}
			} : {
				path,
				bytes: 0,
				scanned: false,
				errors: [{
					code: "read-error",
					path,
					message: "the file vanished before it could be read"
				}]
			};
		}
		if (opened.kind === "error") return {
			path,
			bytes: 0,
			scanned: false,
			errors: [{
				code: "read-error",
				path,
				message: opened.message
			}]
		};
		if (opened.kind === "symlink") return {
			path,
			bytes: 0,
			scanned: false,
			skipped: {
				path,
				reason: "symlink"
			}
		};
		if (opened.kind === "special") return {
			path,
			bytes: 0,
			scanned: false,
			skipped: {
				path,
				reason: "special-file"
			},
			errors: [{
				code: "not-scanned",
				path,
				message: "not scanned: a FIFO, socket or device is never opened (exclude it in the config, with a reason, if it belongs there)"
			}]
		};
		this.started(opened.size);
		const sink = this.stream(path, opened.size);
		try {
			for (let total = 0;;) {
				const n = readSync(opened.fd, this.scratch, 0, this.scratch.length, null);
				if (n === 0) break;
				total += n;
				if (!sink.push(this.scratch.subarray(0, n))) break;
				if (n < this.scratch.length && total >= opened.size) break;
			}
		} catch (error) {
			if (error instanceof ScanTimeout) throw error;
			return {
				path,
				bytes: 0,
				scanned: false,
				errors: [{
					code: "read-error",
					path,
					message: `cannot read the file (${errorCodeOf(error)})`
				}]
			};
		} finally {
			closeSync(opened.fd);
		}
		return sink.end();
	}
	/**
	* A file given chunk by chunk: its kind is decided from the first bytes,
	* text is decoded as it comes and scanned in windows of `maxFileSize`
	* characters (one window for a file no larger), a binary of a known format
	* is listed as skipped (with `size` when the caller knows it, since its
	* bytes stop being read), and any other binary's printable strings are scanned.
	*/
	stream(path, size) {
		let probe = [];
		let probed = 0;
		let kind;
		let decoder;
		let windows;
		let bytes = 0;
		let kept;
		let keptLength = 0;
		const feed = (piece) => {
			if (kept !== void 0) {
				keptLength += piece.text.length;
				if (keptLength > this.init.config.maxFileSize) kept = void 0;
				else kept.push(piece.text);
			}
			windows?.push(piece);
		};
		const decide = (first) => {
			kind = classify(first.subarray(0, PROBE_BYTES));
			if (kind.kind === "known-binary") return;
			const binary = kind.kind === "binary";
			decoder = chunkDecoder(kind);
			windows = new WindowedText((text) => this.engine.scanText(text, {
				path,
				...binary ? { syntax: "text" } : {},
				suppressions: this.suppressions.forPath(path),
				collectSuppressed: this.init.showSuppressed
			}), this.init.config.maxFileSize, binary);
			const piece = decoder.push(first);
			if (!binary && mayBeOwnOutput(piece.text)) kept = [];
			feed(piece);
		};
		return {
			push: (chunk) => {
				bytes += chunk.length;
				if (kind === void 0) {
					if (probed + chunk.length < 8e3) {
						probe.push(Buffer.from(chunk));
						probed += chunk.length;
						return true;
					}
					const first = probe.length === 0 ? chunk : Buffer.concat([...probe, chunk]);
					probe = [];
					decide(first);
					return decoder !== void 0;
				}
				if (decoder && windows) feed(decoder.push(chunk));
				return decoder !== void 0;
			},
			end: () => {
				if (kind === void 0) decide(Buffer.concat(probe));
				if (kind === void 0 || kind.kind === "known-binary" || !decoder || !windows) return {
					path,
					bytes: 0,
					scanned: false,
					skipped: {
						path,
						reason: "binary",
						size: Math.max(bytes, size ?? 0),
						...kind?.kind === "known-binary" ? { format: kind.format } : {}
					}
				};
				feed(decoder.end());
				const result = windows.end();
				if (kept !== void 0 && !result.findings.some((f) => SECRET_CATEGORIES.has(f.category)) && ownOutputKind(kept.join("")) !== void 0) return {
					path,
					bytes: 0,
					scanned: false,
					skipped: {
						path,
						reason: "own-output",
						size: bytes
					}
				};
				return this.result(path, bytes, result, decoder.invalid, kind.kind === "binary");
			}
		};
	}
	result(path, size, result, invalid, binary) {
		const out = {
			path,
			bytes: size,
			scanned: true
		};
		if (result.findings.length > 0) out.findings = result.findings.map((f) => toScanFinding(f, path));
		if (result.suppressed.length > 0) out.suppressed = result.suppressed.map((s) => {
			const { status: _status, ...finding } = toScanFinding(s.finding, path);
			return {
				finding,
				by: s.by,
				reason: s.reason
			};
		});
		if (result.problems.length > 0 && !binary && !this.suppressions.allowsInvalidDirectives(path)) out.errors = result.problems.map((p) => ({
			code: "invalid-directive",
			path,
			line: p.line,
			column: p.column,
			message: p.message
		}));
		if (invalid) out.warnings = [{
			code: "invalid-utf8",
			path,
			message: "not valid in its encoding: invalid bytes were replaced and the rest was scanned"
		}];
		return out;
	}
};
/**
* Drops the offsets (they would let a formatter slice the value out) and adds
* the path. A finding in a binary's strings is placed by its byte offset: its
* line and column are those of the file's start, and the message says where.
*/
function toScanFinding(finding, path) {
	if (finding.byteOffset !== void 0) return {
		...toScanFinding({
			...finding,
			byteOffset: void 0,
			line: 1,
			column: 1,
			endLine: 1,
			endColumn: 1,
			message: `${finding.message} (binary file, at byte offset ${finding.byteOffset})`
		}, path),
		byteOffset: finding.byteOffset
	};
	return {
		ruleId: finding.ruleId,
		category: finding.category,
		severity: finding.severity,
		message: finding.message,
		path,
		line: finding.line,
		column: finding.column,
		endLine: finding.endLine,
		endColumn: finding.endColumn,
		preview: finding.preview,
		fingerprint: finding.fingerprint,
		valueHash: finding.valueHash,
		...finding.keyPath !== void 0 ? { keyPath: finding.keyPath } : {},
		status: "new"
	};
}
// dist/src/scanner/pool.js
/**
* A small pool of worker threads for large file sets. The producer waits for
* room before sending each batch, so at most `depth` batches per worker are
* queued: memory stays flat whatever the size of the tree.
*
* A watchdog keeps one file from hanging the scan: each worker marks in
* shared memory which file it is on, its size and the stage of the scan. A
* worker stops a file that runs out of its budget (budget.ts) by itself,
* between stages; one stuck inside a stage past the budget and a grace
* period is terminated and replaced. That file is reported as a
* `scan-timeout` error naming the stage; every other job the worker held is
* sent again.
*/
const STARTED = 0;
const BATCH = 1;
const INDEX = 2;
const STAGE = 3;
const SIZE_KB = 4;
const CELLS = 5;
/** Worker side: about to scan `jobs[index]` of batch `batch`. The count goes last, so a reader that sees it sees the rest. */
function markFile(progress, batch, index) {
	Atomics.store(progress, BATCH, batch);
	Atomics.store(progress, INDEX, index);
	Atomics.store(progress, STAGE, -1);
	Atomics.store(progress, SIZE_KB, 0);
	Atomics.add(progress, STARTED, 1);
}
/** Worker side: the stage the scan is in (see `Engine.stageName`). */
function markStage(progress, stage) {
	Atomics.store(progress, STAGE, stage);
}
/** Worker side: the size of the file being scanned. */
function markSize(progress, bytes) {
	Atomics.store(progress, SIZE_KB, Math.min(2147483647, Math.ceil(bytes / 1024)));
}
/** Worker side: done with a batch. */
function markIdle(progress) {
	Atomics.store(progress, INDEX, -1);
}
const WORKER_URL = new URL("./worker.js", import.meta.url);
/** Worker threads need the compiled worker module (absent when the sources run directly, as in tests). */
function workersAvailable() {
	return existsSync(fileURLToPath(WORKER_URL));
}
/**
* A worker's young generation (V8's default reaches 48 MB): objects that
* outlive a file's scan are few, and a young generation this size keeps peak
* memory down with no measurable cost in time. A file's text too large for it
* is allocated in the old generation, as any large string is.
*/
const YOUNG_GENERATION_MB = 12;
/** How long past its budget a worker may stay inside one stage before it is terminated: it stops by itself between stages. */
function graceMs(limitMs) {
	return Math.min(2e3, Math.max(50, limitMs / 2));
}
var WorkerPool = class {
	init;
	slots;
	depth;
	budget;
	stageName;
	watchdog;
	nextId = 0;
	waiters = [];
	failure;
	closed = false;
	constructor(size, init, options = {}) {
		this.init = init;
		this.depth = options.depth ?? 2;
		this.budget = options.budget ?? DEFAULT_FILE_BUDGET;
		this.stageName = options.stageName ?? ((stage) => `stage ${stage}`);
		this.slots = Array.from({ length: size }, () => {
			const slot = {
				pending: /* @__PURE__ */ new Map(),
				seen: "",
				seenAt: 0
			};
			this.start(slot);
			return slot;
		});
		this.watchdog = setInterval(() => this.watch(), Math.min(1e3, Math.max(5, this.budget.baseMs / 4)));
		this.watchdog.unref();
	}
	get size() {
		return this.slots.length;
	}
	/** Starts a worker in `slot` (first or replacement); events of a replaced worker are ignored. */
	start(slot) {
		const progress = new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT);
		const worker = new Worker(WORKER_URL, {
			workerData: {
				init: this.init,
				progress
			},
			resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }
		});
		slot.worker = worker;
		slot.progress = new Int32Array(progress);
		markIdle(slot.progress);
		slot.seen = "";
		slot.seenAt = performance.now();
		worker.on("message", (reply) => {
			if (slot.worker !== worker) return;
			const waiting = slot.pending.get(reply.id);
			if (!waiting) return;
			slot.pending.delete(reply.id);
			if ("error" in reply) waiting.reject(new Error(reply.error));
			else waiting.resolve(reply.results);
			this.wake();
		});
		const fail = (error) => {
			if (slot.worker !== worker) return;
			this.failure ??= error;
			for (const waiting of slot.pending.values()) waiting.reject(error);
			slot.pending.clear();
			this.wake();
		};
		worker.on("error", fail);
		worker.on("exit", (code) => {
			if (!this.closed) fail(/* @__PURE__ */ new Error(`a worker thread stopped (exit code ${code})`));
		});
	}
	/** Replaces each worker that has been on one file for longer than the limit. */
	watch() {
		const now = performance.now();
		for (const slot of this.slots) {
			const started = Atomics.load(slot.progress, STARTED);
			const batch = Atomics.load(slot.progress, BATCH);
			const index = Atomics.load(slot.progress, INDEX);
			const seen = `${started}:${batch}:${index}`;
			if (seen !== slot.seen) {
				slot.seen = seen;
				slot.seenAt = now;
			} else if (index >= 0) {
				const limitMs = budgetMs(this.budget, Atomics.load(slot.progress, SIZE_KB) * 1024);
				if (now - slot.seenAt > limitMs + graceMs(limitMs)) this.replace(slot, batch, index, timeoutMessage(limitMs, this.stageOf(slot)));
			}
		}
	}
	/**
	* Terminates the slot's worker, which is stuck on `jobs[index]` of batch
	* `stuck`, starts another, and sends it every job the old one held except
	* that file, which gets a `scan-timeout` error.
	*/
	stageOf(slot) {
		const stage = Atomics.load(slot.progress, STAGE);
		return stage < 0 ? "reading the file" : this.stageName(stage);
	}
	replace(slot, stuck, index, message) {
		const held = [...slot.pending];
		slot.pending.clear();
		slot.worker.terminate().catch(() => void 0);
		this.start(slot);
		for (const [id, batch] of held) {
			const job = id === stuck ? batch.jobs[index] : void 0;
			if (!job) {
				this.post(slot, batch);
				continue;
			}
			const timedOut = {
				path: job.path,
				bytes: 0,
				scanned: false,
				errors: [{
					code: "scan-timeout",
					path: job.path,
					message
				}]
			};
			const rest = batch.jobs.filter((_, i) => i !== index);
			if (rest.length === 0) batch.resolve([timedOut]);
			else this.post(slot, {
				jobs: rest,
				resolve: (results) => batch.resolve([timedOut, ...results]),
				reject: batch.reject
			});
		}
		this.wake();
	}
	post(slot, batch) {
		const id = this.nextId++;
		slot.pending.set(id, batch);
		slot.worker.postMessage({
			id,
			jobs: batch.jobs
		});
	}
	wake() {
		const waiters = this.waiters;
		this.waiters = [];
		for (const wake of waiters) wake();
	}
	load() {
		return this.slots.reduce((n, s) => n + s.pending.size, 0);
	}
	/** True when a batch can be sent now without queueing more than `depth` per worker. */
	hasRoom() {
		return this.load() < this.slots.length * this.depth;
	}
	/** Resolves once a batch can be sent without queueing more than `depth` per worker. */
	async room() {
		while (!this.failure && this.load() >= this.slots.length * this.depth) await new Promise((resolve) => this.waiters.push(resolve));
		if (this.failure) throw this.failure;
	}
	/** Sends a batch to the least busy worker. */
	submit(jobs) {
		if (this.failure) return Promise.reject(this.failure);
		const slot = this.slots.reduce((a, b) => b.pending.size < a.pending.size ? b : a);
		return new Promise((resolve, reject) => this.post(slot, {
			jobs,
			resolve,
			reject
		}));
	}
	async close() {
		this.closed = true;
		clearInterval(this.watchdog);
		await Promise.all(this.slots.map((s) => s.worker.terminate()));
	}
};
export { markStage as a, PathFilter as c, keywordCacheDir as d, markSize as i, configuredDetectors as l, markFile as n, workersAvailable as o, markIdle as r, FileScanner as s, WorkerPool as t, fileBudgetFromEnv as u };
