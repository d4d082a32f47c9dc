/**
 * The scanner's file system access: opening a file to scan without following
 * a symlink or opening a FIFO, reading a config or baseline only when it is a
 * regular file of bounded size, and writing a file atomically without
 * following a symlink out of the repository.
 */
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { isInside } from './discover.js';

/** What opening a file to scan gave. */
export type OpenOutcome =
  | { readonly kind: 'file'; readonly fd: number; readonly size: number }
  | { readonly kind: 'symlink' }
  | { readonly kind: 'special' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'error'; readonly message: string };

// O_NONBLOCK: a file swapped for a FIFO after lstat must not hang the scan.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** `ENOENT`-style code of a Node error, or its message. */
export function errorCodeOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens a regular file for reading, never following a symlink and never
 * opening a FIFO, socket or device. The caller closes the descriptor.
 */
export function openRegularFile(path: string): OpenOutcome {
  let fd: number | undefined;
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return { kind: 'missing' };
    if (stat.isSymbolicLink()) return { kind: 'symlink' };
    if (!stat.isFile()) return { kind: 'special' };
    fd = openSync(path, OPEN_FLAGS);
    const opened = fstatSync(fd);
    if (!opened.isFile()) {
      closeSync(fd);
      return { kind: 'special' };
    }
    return { kind: 'file', fd, size: opened.size };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    const code = errorCodeOf(error);
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'symlink' };
    return { kind: 'error', message: `cannot read the file (${code})` };
  }
}

/** Why a small file (config, baseline) could not be read: the message names no content. */
export class SmallFileError extends Error {
  override readonly name = 'SmallFileError';
}

/**
 * Reads a config or baseline: a regular file (a symlink is followed, but what
 * it points to must be a regular file: never a FIFO, a device or
 * `/dev/zero`) of at most `limit` bytes, as UTF-8. Never blocks, never reads
 * more than `limit + 1` bytes.
 */
export function readSmallFile(path: string, limit: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new SmallFileError(stat.isDirectory() ? 'it is a directory' : 'it is not a regular file (a FIFO, socket or device)');
    if (stat.size > limit) throw new SmallFileError(`it is larger than ${limit} bytes`);
    // One byte more than its size: a file that grows meanwhile is noticed, and never read past the limit.
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > stat.size) throw new SmallFileError('it changed while it was read');
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    if (error instanceof SmallFileError) throw error;
    throw new SmallFileError(errorCodeOf(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Why a file could not be written. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
}

/**
 * Writes `text` to `target` atomically: a temporary file in the same
 * directory, written, synced and renamed over the target, so that a reader
 * (or a crash) sees the old file or the new one, never a part. When `target`
 * is a symlink, the file it points to is replaced, unless that lies outside
 * `root` (a symlink out of the repository is refused).
 */
export function writeFileAtomic(target: string, text: string, options: { root: string; mode?: number }): void {
  let path = target;
  const stat = lstatSync(target, { throwIfNoEntry: false });
  if (stat?.isSymbolicLink()) {
    let resolved: string;
    try {
      resolved = realpathSync(target);
    } catch {
      throw new WriteError('it is a symlink that points nowhere: refusing to follow it');
    }
    let root = options.root;
    try {
      root = realpathSync(root);
    } catch {
      // The root as given.
    }
    if (!isInside(root, resolved)) throw new WriteError('it is a symlink to a file outside the repository: refusing to follow it');
    path = resolved;
  }
  const current = stat?.isSymbolicLink() ? lstatSync(path, { throwIfNoEntry: false }) : stat;
  if (current && !current.isFile()) throw new WriteError('it exists and is not a regular file');
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // O_EXCL: never through a file (or symlink) someone put there first.
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), options.mode ?? 0o644);
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
    syncDirectory(dirname(path));
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Not created, or already renamed.
    }
    throw new WriteError(errorCodeOf(error));
  }
}

/** Makes a rename durable; some systems cannot open a directory, which only loses durability. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Best effort.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
