/**
 * Keystores (PKCS#12 `.p12`/`.pfx`, Java `.jks`/`.keystore`, JCEKS, BKS) are
 * binary containers of private keys: nothing in them reads as text, so the
 * scanner reports them by type. A keystore is handed to the engine as one
 * descriptor line, the SHA-256 of its bytes then its format, which the
 * `keystore-file` detector reports at the file's first column: the finding
 * names the file, and its fingerprint and value hash come from the digest,
 * never from the bytes.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** File name endings of keystores. */
const KEYSTORE_NAME = /\.(?:p12|pfx|jks|keystore|jceks|bks)$/iu;

/** Keystores are small; a larger file of that name is scanned as usual. */
const MAX_KEYSTORE_BYTES = 16 * 1024 * 1024;

/** The descriptor line the `keystore-file` detector reads. */
export const KEYSTORE_DESCRIPTOR = 'boundary-guard keystore:';

/** True when a path is named like a keystore (checked before any read). */
export function isKeystoreName(path: string): boolean {
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
export function keystoreFormat(bytes: Uint8Array, path = ''): 'pkcs12' | 'jks' | 'jceks' | 'bks' | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 16) return undefined;
  const magic = view.readUInt32BE(0);
  if (magic === 0xfeedfeed) return javaKeystoreHoldsKeys(view) ? 'jks' : undefined;
  if (magic === 0xcececece) return javaKeystoreHoldsKeys(view) ? 'jceks' : undefined;
  if (isPfx(view)) return 'pkcs12';
  const salt = view.readUInt32BE(4);
  if (/\.bks$/iu.test(path) && (magic === 1 || magic === 2) && salt >= 8 && salt <= 64) return 'bks';
  return undefined;
}

/**
 * Walks JKS/JCEKS entries (tag, alias, timestamp, then the entry): tag 1 is a
 * private key, tag 3 (JCEKS) a secret key, tag 2 a trusted certificate. An
 * entry that cannot be read counts as a key: a store that is not walked to
 * its end is not known to be harmless.
 */
function javaKeystoreHoldsKeys(view: Buffer): boolean {
  const count = view.readUInt32BE(8);
  let at = 12;
  for (let i = 0; i < Math.min(count, 10_000); i++) {
    if (at + 4 > view.length) return true;
    const tag = view.readUInt32BE(at);
    if (tag !== 2) return true;
    at += 4;
    at = skipUtf(view, at) + 8;
    // A trusted certificate: its type (JKS v2), then the encoded certificate.
    if (view.readUInt32BE(4) === 2) at = skipUtf(view, at);
    if (at + 4 > view.length) return true;
    at += 4 + view.readUInt32BE(at);
  }
  return false;
}

/** Skips a Java modified-UTF string (uint16 length, bytes). */
const skipUtf = (view: Buffer, at: number): number => (at + 2 > view.length ? view.length + 1 : at + 2 + view.readUInt16BE(at));

/** The offset of the content of the DER element at `at` (past its tag and length), or -1. */
function contentStart(view: Buffer, at: number): number {
  const first = view[at + 1];
  if (first === undefined) return -1;
  return first & 0x80 ? at + 2 + (first & 0x7f) : at + 2;
}

const PKCS7_DATA = Buffer.from('06092a864886f70d010701', 'hex');

/** PFX (RFC 7292): SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data, … }, … }. */
function isPfx(view: Buffer): boolean {
  if (view[0] !== 0x30) return false;
  const version = contentStart(view, 0);
  if (version < 0 || view[version] !== 0x02 || view[version + 1] !== 0x01 || view[version + 2] !== 0x03 || view[version + 3] !== 0x30) return false;
  const authSafe = contentStart(view, version + 3);
  return authSafe > 0 && view.subarray(authSafe, authSafe + PKCS7_DATA.length).equals(PKCS7_DATA);
}

/**
 * The descriptor of a keystore at `file` (or of `content` already in hand),
 * or undefined when the name or the bytes are no keystore's, or the file
 * cannot be read here (the usual read then reports why).
 */
export function keystoreDescriptor(path: string, file: string, content?: Uint8Array): Buffer | undefined {
  if (!isKeystoreName(path)) return undefined;
  const bytes = content ?? readSmallFile(file);
  if (bytes === undefined) return undefined;
  const format = keystoreFormat(bytes, path);
  if (format === undefined) return undefined;
  const digest = createHash('sha256').update(bytes).digest('hex');
  return Buffer.from(`${digest} ${KEYSTORE_DESCRIPTOR} ${format}\n`);
}

function readSmallFile(file: string): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    // Never through a symbolic link: the usual read lists those as skipped.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_KEYSTORE_BYTES) return undefined;
    const buffer = Buffer.alloc(stat.size);
    let total = 0;
    while (total < buffer.length) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
    }
    return buffer.subarray(0, total);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
