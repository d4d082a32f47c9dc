/**
 * Just enough DER to tell a private key's structure from a truncated or
 * invented body, and to build structured sample keys from a seed.
 */
import { seededBytes } from './armor.js';

interface Element {
  readonly tag: number;
  /** Offset of the first content byte. */
  readonly start: number;
  /** Offset just past the content. */
  readonly end: number;
}

/** Reads one TLV element at `at`; undefined when its header is malformed or its length runs past `limit`. */
function readElement(bytes: Uint8Array, at: number, limit: number): Element | undefined {
  const tag = bytes[at];
  const first = bytes[at + 1];
  if (tag === undefined || first === undefined) return undefined;
  let length = first;
  let start = at + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 3) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end } : undefined;
}

/**
 * True when `bytes` is a DER private key container of a plausible size: one
 * SEQUENCE spanning the whole body (so a truncated or invented body fails),
 * opening with a version INTEGER (PKCS#1, SEC1, DSA, PKCS#8) or with an
 * algorithm SEQUENCE followed by the encrypted OCTET STRING (encrypted
 * PKCS#8; a public key's BIT STRING fails). Ed25519 PKCS#8 keys are 48 bytes.
 */
export function isPrivateKeyDer(bytes: Uint8Array): boolean {
  if (bytes.length < 40 || bytes[0] !== 0x30) return false;
  const outer = readElement(bytes, 0, bytes.length);
  // Base64 padding quirks can leave a byte or two past the structure.
  if (!outer || bytes.length - outer.end > 2) return false;
  const first = readElement(bytes, outer.start, outer.end);
  if (!first) return false;
  if (first.tag === 0x02) return first.end - first.start <= 2;
  if (first.tag !== 0x30) return false;
  const second = readElement(bytes, first.end, outer.end);
  return second?.tag === 0x04 && second.end - second.start >= 16;
}

// --- building sample keys ---------------------------------------------------

function length(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) out.unshift(rest & 0xff);
  return [0x80 | out.length, ...out];
}

const tlv = (tag: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([tag, ...length(body.length)]), body]);
const sequence = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const version = (n: number): Buffer => Buffer.from([0x02, 0x01, n]);
const NULL = Buffer.from([0x05, 0x00]);

/** A positive INTEGER of `n` seeded bytes with the top bit set, as in real moduli. */
function integer(seed: string, n: number): Buffer {
  const body = seededBytes(seed, n);
  body[0] = (body[0] ?? 0) | 0x80;
  return tlv(0x02, Buffer.concat([Buffer.from([0]), body]));
}

/** Object identifiers the samples need, pre-encoded. */
const OID = {
  rsaEncryption: Buffer.from('06092a864886f70d010101', 'hex'),
  prime256v1: Buffer.from('06082a8648ce3d030107', 'hex'),
  ed25519: Buffer.from('06032b6570', 'hex'),
  pbes2: Buffer.from('06092a864886f70d01050d', 'hex'),
};

/** Kinds of sample private keys. */
export type SampleKeyKind = 'rsa' | 'pkcs8' | 'ec' | 'dsa' | 'ed25519' | 'encrypted';

/** A structurally valid DER private key of `kind` whose numbers are seeded random bytes. */
export function sampleKeyDer(seed: string, kind: SampleKeyKind): Buffer {
  const rsa = (): Buffer =>
    sequence(
      version(0),
      integer(`${seed}n`, 256),
      Buffer.from([0x02, 0x03, 0x01, 0x00, 0x01]),
      integer(`${seed}d`, 256),
      ...['p', 'q', 'dp', 'dq', 'qi'].map((part) => integer(`${seed}${part}`, 128)),
    );
  switch (kind) {
    case 'rsa':
      return rsa();
    case 'pkcs8':
      return sequence(version(0), sequence(OID.rsaEncryption, NULL), tlv(0x04, rsa()));
    case 'ec':
      return sequence(
        version(1),
        tlv(0x04, seededBytes(`${seed}k`, 32)),
        tlv(0xa0, OID.prime256v1),
        tlv(0xa1, tlv(0x03, Buffer.concat([Buffer.from([0x00, 0x04]), seededBytes(`${seed}xy`, 64)]))),
      );
    case 'dsa':
      return sequence(version(0), integer(`${seed}p`, 128), integer(`${seed}q`, 20), integer(`${seed}g`, 128), integer(`${seed}y`, 128), integer(`${seed}x`, 20));
    case 'ed25519':
      return sequence(version(0), sequence(OID.ed25519), tlv(0x04, tlv(0x04, seededBytes(`${seed}k`, 32))));
    case 'encrypted':
      return sequence(sequence(OID.pbes2, sequence(sequence(), sequence())), tlv(0x04, seededBytes(`${seed}c`, 1232)));
  }
}
