import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { SkipReason } from './types.js';

/** What reading one file gave. */
export type ReadOutcome =
  | { readonly kind: 'content'; readonly bytes: Uint8Array }
  | { readonly kind: 'skipped'; readonly reason: SkipReason; readonly size?: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'error'; readonly message: string };

// O_NONBLOCK: a file swapped for a FIFO after lstat must not hang the scan.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file once, never following a symlink and never opening a
 * FIFO, socket or device. `scratch` is reused between calls when the file
 * fits in it, so a long scan does not allocate a buffer per file; the bytes
 * returned are only valid until the next call with the same scratch.
 */
export function readFileSafely(path: string, maxSize: number, scratch?: Buffer): ReadOutcome {
  let fd: number | undefined;
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return { kind: 'missing' };
    if (stat.isSymbolicLink()) return { kind: 'skipped', reason: 'symlink' };
    if (!stat.isFile()) return { kind: 'skipped', reason: 'special-file' };
    if (stat.size > maxSize) return { kind: 'skipped', reason: 'too-large', size: stat.size };
    fd = openSync(path, OPEN_FLAGS);
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { kind: 'skipped', reason: 'special-file' };
    if (opened.size > maxSize) return { kind: 'skipped', reason: 'too-large', size: opened.size };
    const buffer = scratch && scratch.length >= opened.size + 1 ? scratch : Buffer.allocUnsafe(opened.size + 1);
    // Read one byte more than the size: a file that grew meanwhile is read up to the limit and no further.
    // A regular file returns less than asked only at its end, so a file that did not grow takes one read.
    const limit = Math.min(buffer.length, maxSize + 1);
    let length = 0;
    for (let ask = Math.min(limit, opened.size + 1); ask > 0; ask = limit - length) {
      const n = readSync(fd, buffer, length, ask, null);
      length += n;
      if (n < ask || length >= limit) break;
    }
    if (length > maxSize) return { kind: 'skipped', reason: 'too-large', size: length };
    return { kind: 'content', bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'skipped', reason: 'symlink' };
    return { kind: 'error', message: `cannot read the file (${code ?? (error as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Bytes decoded for scanning. */
export type Decoded =
  | { readonly kind: 'text'; readonly text: string; readonly invalidUtf8: boolean }
  | { readonly kind: 'binary' };

/** How far to look for a NUL byte, as git does. */
const BINARY_PROBE = 8000;

/**
 * Binary when a NUL byte occurs early (git's rule); otherwise UTF-8 text,
 * with invalid sequences replaced (the rest is still scanned). A BOM is
 * dropped so that columns match what editors show.
 */
export function decodeContent(bytes: Uint8Array): Decoded {
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return { kind: 'binary' };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { kind: 'text', text, invalidUtf8: !isUtf8(buffer) };
}
