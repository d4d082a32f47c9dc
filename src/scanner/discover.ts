/**
 * Which files a tree scan reads: git's list inside a work tree (tracked plus
 * untracked-not-ignored), a directory walk elsewhere. Paths are relative to
 * the scan root with forward slashes, the form fingerprints are made from.
 */
import { existsSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { gitTopLevel, listWorkTree } from './git.js';
import type { ScanError } from './types.js';

/** Bad arguments: exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Where a scan is anchored. */
export interface ScanRoot {
  /** Absolute, real path. */
  readonly root: string;
  /** True when `root` is a git work tree and git is to be used. */
  readonly git: boolean;
  /** Operands as paths relative to the root ('' for the root itself). */
  readonly operands: readonly { readonly path: string; readonly directory: boolean }[];
}

/** Forward-slash form of a relative path. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** The real path of `path`, or undefined when it does not exist. */
export function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The scan root: the git top level of the first operand when git is used and
 * it is in a work tree; otherwise the nearest directory holding `.git`, else
 * the working directory when the operand is inside it, else the operand's
 * directory. Every operand must be inside the root.
 */
export async function resolveScanRoot(cwd: string, paths: readonly string[], useGit: boolean): Promise<ScanRoot> {
  const realCwd = real(cwd) ?? cwd;
  const operands = paths.map((p) => {
    const abs = real(resolve(realCwd, p));
    if (abs === undefined) throw new UsageError(`no such file or directory: ${p}`);
    const stat = statSync(abs);
    // Never opened, so never a silent "0 files scanned": a pipe or a device is not a file to scan.
    if (!stat.isDirectory() && !stat.isFile()) throw new UsageError(`${p} is ${specialKind(stat)}, not a file or directory: it cannot be scanned`);
    return { abs, directory: stat.isDirectory() };
  });
  const first = operands[0] ?? { abs: realCwd, directory: true };
  const start = first.directory ? first.abs : dirname(first.abs);
  let root: string | undefined;
  let git = false;
  if (useGit) {
    const top = await gitTopLevel(start);
    if (top !== undefined) {
      root = real(top) ?? top;
      git = true;
    }
  }
  root ??= findUp(start) ?? (isInside(realCwd, start) ? realCwd : start);
  const scanRoot = root;
  return {
    root: scanRoot,
    git,
    operands: operands.map(({ abs, directory }) => {
      if (!isInside(scanRoot, abs)) throw new UsageError(`${abs} is outside the scan root ${scanRoot}; scan each repository separately`);
      return { path: toPosix(relative(scanRoot, abs)), directory };
    }),
  };
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'a special file';
}

function findUp(dir: string): string | undefined {
  for (let current = dir; ; ) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Names the walk never enters without git (git's own list already leaves them out). */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Files listed for a tree scan, relative to the root, and the directories that could not be read. */
export interface ListedFiles {
  readonly files: string[];
  readonly errors: ScanError[];
}

/**
 * The files of a tree scan in two parts, both started at once: in a git work
 * tree the tracked files (quick) and the untracked ones (git walks the whole
 * tree for them); otherwise the walk, then nothing. A scan can start on the
 * first part while the second is listed. A git failure rejects its part.
 */
export function listTree(scanRoot: ScanRoot): { first: Promise<ListedFiles>; rest: Promise<ListedFiles> } {
  const whole = scanRoot.operands.length === 0 || scanRoot.operands.some((o) => o.path === '');
  if (scanRoot.git) {
    const { tracked, untracked } = listWorkTree(scanRoot.root, whole ? [] : scanRoot.operands.map((o) => o.path));
    const rest = untracked.then((files) => ({ files, errors: [] }));
    // A scan that stops at the first part's failure never awaits the second: its failure is not unhandled.
    rest.catch(() => undefined);
    return { first: tracked.then((files) => ({ files, errors: [] })), rest };
  }
  return { first: Promise.resolve(walkTree(scanRoot, whole)), rest: Promise.resolve({ files: [], errors: [] }) };
}

/**
 * The walk of a tree outside git (or with --no-git): every entry that is not
 * a directory, symlinks and special files included (reading reports and
 * skips them), never into a symlinked directory, `.git` or `node_modules`
 * (an operand naming one is scanned as asked). Operands are taken
 * literally, never as globs. A directory that cannot be
 * read is an error in the result, not a silent gap.
 *
 * Synchronous readdir with file types, one call per directory: on 40 000
 * entries it lists in about 0.15 s, where a glob library's walk took 1.6-2 s.
 */
function walkTree(scanRoot: ScanRoot, whole: boolean): ListedFiles {
  const files: string[] = [];
  const errors: ScanError[] = [];
  const pending: string[] = [];
  if (whole) pending.push('');
  else {
    for (const operand of scanRoot.operands) {
      if (operand.directory) pending.push(operand.path);
      else files.push(operand.path);
    }
  }
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir === '' ? scanRoot.root : join(scanRoot.root, dir), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') errors.push({ code: 'read-error', path: dir === '' ? '.' : dir, message: `cannot read the directory (${code ?? (error as Error).message})` });
      continue;
    }
    for (const entry of entries) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(path);
      } else if (entry.name !== '.git') files.push(path);
    }
  }
  return { files: [...new Set(files)].sort(), errors };
}

/** 1-based shard `index` of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Parses `I/N` (1 <= I <= N). */
export function parseShard(text: string): Shard {
  const m = /^(\d{1,6})\/(\d{1,6})$/u.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes I/N with 1 <= I <= N, not ${JSON.stringify(text)}`);
  return { index, count };
}

/** True when `path` belongs to `shard`: FNV-1a of the path, so the split is stable across runs and machines. */
export function inShard(path: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shard.count === shard.index - 1;
}
