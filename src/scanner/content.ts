/**
 * Bytes -> text for the engine, in chunks so that a file of any size is read
 * in bounded memory: the encoding is decided from the first bytes (a BOM, a
 * known binary format's signature, NUL bytes), then each chunk is decoded as
 * it comes. Text is UTF-8, UTF-16 LE/BE or UTF-32 LE/BE; a binary of a known
 * format (images, fonts, compressed archives) is not read further; any other
 * binary gives the printable strings inside it, one per line, each with the
 * byte offset it starts at.
 */
import { isUtf8 } from 'node:buffer';

/** How far to look for a NUL byte or a signature, as git does. */
export const PROBE_BYTES = 8000;

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be';

/** What the first bytes of a file say it is. */
export type Kind =
  | { readonly kind: 'text'; readonly encoding: TextEncoding; readonly bom: number }
  | { readonly kind: 'known-binary'; readonly format: string }
  | { readonly kind: 'binary' };

/**
 * Signatures of binary formats that hold no readable text worth scanning:
 * images, fonts, compressed archives, audio and video. `binary`: the signature is printable,
 * so it counts only when the probe also holds a NUL byte.
 */
const SIGNATURES: readonly { readonly format: string; readonly at: number; readonly bytes: readonly number[]; readonly binary?: boolean }[] = [
  { format: 'png', at: 0, bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'jpeg', at: 0, bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', at: 0, bytes: [...'GIF8'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'webp', at: 8, bytes: [...'WEBP'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'ico', at: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { format: 'tiff', at: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { format: 'tiff', at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { format: 'woff', at: 0, bytes: [...'wOFF'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'woff2', at: 0, bytes: [...'wOF2'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'ttf', at: 0, bytes: [0x00, 0x01, 0x00, 0x00] },
  { format: 'otf', at: 0, bytes: [...'OTTO'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'zip', at: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'zip', at: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { format: 'gzip', at: 0, bytes: [0x1f, 0x8b] },
  { format: 'bzip2', at: 0, bytes: [...'BZh'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'xz', at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: '7z', at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'zstd', at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: 'rar', at: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  // Compressed audio and video: ISO base media (MP4, MOV, M4A, HEIC, AVIF: a `ftyp` box first), Matroska/WebM, Ogg, FLAC, MP3 with ID3.
  { format: 'iso-media', at: 4, bytes: [...'ftyp'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'matroska', at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { format: 'ogg', at: 0, bytes: [...'OggS'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'flac', at: 0, bytes: [...'fLaC'].map((c) => c.charCodeAt(0)), binary: true },
  { format: 'mp3', at: 0, bytes: [...'ID3'].map((c) => c.charCodeAt(0)), binary: true },
];

function startsWith(probe: Uint8Array, at: number, bytes: readonly number[]): boolean {
  if (probe.length < at + bytes.length) return false;
  return bytes.every((b, i) => probe[at + i] === b);
}

/** Decides what a file is from its first bytes (up to PROBE_BYTES; all of it when shorter). */
export function classify(probe: Uint8Array): Kind {
  // UTF-32 before UTF-16: FF FE 00 00 starts with the UTF-16 LE BOM.
  if (startsWith(probe, 0, [0xff, 0xfe, 0x00, 0x00])) return { kind: 'text', encoding: 'utf32le', bom: 4 };
  if (startsWith(probe, 0, [0x00, 0x00, 0xfe, 0xff])) return { kind: 'text', encoding: 'utf32be', bom: 4 };
  if (startsWith(probe, 0, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf16le', bom: 2 };
  if (startsWith(probe, 0, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf16be', bom: 2 };
  if (startsWith(probe, 0, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf8', bom: 3 };
  const hasNul = probe.includes(0);
  for (const s of SIGNATURES) {
    if (startsWith(probe, s.at, s.bytes) && (!s.binary || hasNul)) return { kind: 'known-binary', format: s.format };
  }
  if (!hasNul) return { kind: 'text', encoding: 'utf8', bom: 0 };
  const utf16 = bomlessUtf16(probe);
  return utf16 ? { kind: 'text', encoding: utf16, bom: 0 } : { kind: 'binary' };
}

/**
 * UTF-16 without a BOM, by its NUL pattern: text in a Latin script puts a NUL
 * in every other byte (the high byte of each code unit) and none in the others.
 */
function bomlessUtf16(probe: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const pairs = Math.floor(probe.length / 2);
  if (pairs < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (probe[i] === 0) evenNul++;
    if (probe[i + 1] === 0) oddNul++;
  }
  if (evenNul === 0 && oddNul >= pairs * 0.3) return 'utf16le';
  if (oddNul === 0 && evenNul >= pairs * 0.3) return 'utf16be';
  return undefined;
}

/** Decoded text of one chunk, and (binary strings only) the byte offset of each line it starts. */
export interface TextPiece {
  readonly text: string;
  /** For binary strings: the byte offset in the file of each line this piece starts, in order. */
  readonly lineOffsets?: readonly number[];
}

/** Turns a file's bytes into text, chunk by chunk; `end` flushes what a chunk left incomplete. */
export interface ChunkDecoder {
  push(chunk: Uint8Array): TextPiece;
  end(): TextPiece;
  /** True when some bytes were not valid in the encoding (they were replaced, the rest decoded). */
  readonly invalid: boolean;
}

/** A decoder for `kind` (text or other binary); `bom` bytes at the very start are dropped. */
export function chunkDecoder(kind: Kind): ChunkDecoder {
  if (kind.kind === 'binary') return new StringsDecoder();
  if (kind.kind === 'known-binary') throw new Error('a known binary format is not decoded');
  switch (kind.encoding) {
    case 'utf8':
      return new Utf8Decoder(kind.bom);
    case 'utf16le':
    case 'utf16be':
      return new Utf16Decoder(kind.encoding === 'utf16be', kind.bom);
    default:
      return new Utf32Decoder(kind.encoding === 'utf32be', kind.bom);
  }
}

/** Drops the first `bom` bytes of the stream. */
abstract class BomDecoder {
  invalid = false;
  private skip: number;
  protected carry: Buffer = Buffer.alloc(0);

  constructor(bom: number) {
    this.skip = bom;
  }

  /** The carried bytes plus `chunk`, less what remains of the BOM. */
  protected take(chunk: Uint8Array): Buffer {
    let bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.skip > 0) {
      const drop = Math.min(this.skip, bytes.length);
      bytes = bytes.subarray(drop);
      this.skip -= drop;
    }
    return this.carry.length === 0 ? bytes : Buffer.concat([this.carry, bytes]);
  }
}

class Utf8Decoder extends BomDecoder implements ChunkDecoder {
  push(chunk: Uint8Array): TextPiece {
    const bytes = this.take(chunk);
    const cut = utf8Boundary(bytes);
    // Copied: the caller may reuse the chunk's buffer.
    this.carry = Buffer.from(bytes.subarray(cut));
    return { text: this.decode(bytes.subarray(0, cut)) };
  }

  end(): TextPiece {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    return { text: this.decode(rest) };
  }

  private decode(bytes: Buffer): string {
    if (!this.invalid && !isUtf8(bytes)) this.invalid = true;
    return bytes.toString('utf8');
  }
}

/** The end of the last whole UTF-8 sequence in `bytes` (an incomplete one at the end waits for the next chunk). */
function utf8Boundary(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/** A fixed-width encoding: whole code units are decoded, a part of one waits for the next chunk. */
abstract class UnitDecoder extends BomDecoder implements ChunkDecoder {
  constructor(
    private readonly unit: number,
    protected readonly bigEndian: boolean,
    bom: number,
  ) {
    super(bom);
  }

  push(chunk: Uint8Array): TextPiece {
    const bytes = this.take(chunk);
    const cut = bytes.length - (bytes.length % this.unit);
    this.carry = Buffer.from(bytes.subarray(cut));
    return { text: this.decode(bytes.subarray(0, cut)) };
  }

  end(): TextPiece {
    if (this.carry.length > 0) this.invalid = true;
    this.carry = Buffer.alloc(0);
    return { text: '' };
  }

  protected abstract decode(bytes: Buffer): string;
}

class Utf16Decoder extends UnitDecoder {
  constructor(bigEndian: boolean, bom: number) {
    super(2, bigEndian, bom);
  }

  protected decode(bytes: Buffer): string {
    // A surrogate pair split between chunks is joined again when the texts are.
    if (!this.bigEndian) return bytes.toString('utf16le');
    return Buffer.from(bytes).swap16().toString('utf16le');
  }
}

class Utf32Decoder extends UnitDecoder {
  constructor(bigEndian: boolean, bom: number) {
    super(4, bigEndian, bom);
  }

  protected decode(bytes: Buffer): string {
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += 4) {
      const cp = this.bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        this.invalid = true;
        parts.push('\ufffd');
      } else parts.push(String.fromCodePoint(cp));
    }
    return parts.join('');
  }
}

/** Shortest run of printable bytes taken as a string (shorter ones are noise, and shorter than any secret). */
export const MIN_STRING = 8;
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
const PRINTABLE_RUN = new RegExp(`[\\t\\x20-\\x7e]{${MIN_STRING},${MAX_STRING}}`, 'g');

const printableCode = (c: number): boolean => (c >= 0x20 && c <= 0x7e) || c === 0x09;

class StringsDecoder implements ChunkDecoder {
  readonly invalid = false;
  /** A run that reached the end of the last chunk, which the next one may go on. */
  private carry = '';
  private position = 0;

  /**
   * Each chunk is read as latin1 (a native decode, byte for character) and
   * its strings found by one regex: a binary costs no JavaScript per byte.
   */
  push(chunk: Uint8Array): TextPiece {
    const lines: string[] = [];
    const offsets: number[] = [];
    const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
    // The file offset of text's first character.
    const base = this.position - this.carry.length;
    this.position += chunk.length;
    this.carry = '';
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
      // Fewer than MIN_STRING printable bytes at the end (any more would have matched): they may start a string.
      let start = text.length;
      while (start > Math.max(0, lastEnd) && text.length - start < MIN_STRING && printableCode(text.charCodeAt(start - 1))) start--;
      this.carry = text.slice(start);
    }
    return piece(lines, offsets);
  }

  end(): TextPiece {
    const run = this.carry;
    this.carry = '';
    return run.length >= MIN_STRING ? piece([run], [this.position - run.length]) : piece([], []);
  }
}

function piece(lines: readonly string[], offsets: readonly number[]): TextPiece {
  return { text: lines.length === 0 ? '' : `${lines.join('\n')}\n`, lineOffsets: offsets };
}
