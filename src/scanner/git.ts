/**
 * The git plumbing the scanner needs. git is spawned without a shell, paths
 * travel NUL-separated (-z), and content comes from one `cat-file --batch`
 * process, so names with spaces, newlines or any Unicode are safe.
 */
import { execFile, spawn } from 'node:child_process';

/** git failed, or is missing: exit status 2. */
export class GitError extends Error {
  override readonly name = 'GitError';
}

// Read-only commands: never take the index lock, never page, never prompt.
const GIT_ENV = { GIT_OPTIONAL_LOCKS: '0', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };

/** Runs git in `cwd` and returns its stdout as bytes. */
export function git(args: readonly string[], cwd: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, ...GIT_ENV }, windowsHide: true },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.toString('utf8').trim().split('\n')[0] ?? '';
          const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
          reject(new GitError(missing ? 'git is not installed (or not on PATH)' : `git ${args[0] ?? ''} failed: ${detail || error.message}`));
        } else resolve(stdout);
      },
    );
  });
}

/** The work tree's top level, or undefined outside a work tree (or without git). */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  try {
    const out = (await git(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
    return out === '' ? undefined : out;
  } catch {
    return undefined;
  }
}

function splitZ(out: Buffer): string[] {
  return out
    .toString('utf8')
    .split('\0')
    .filter((s) => s.length > 0);
}

/**
 * The files of a work tree as two listings, started together: tracked files
 * (the index, read in milliseconds) and untracked files git does not ignore
 * (a walk of the whole tree, much slower). A scan starts on the first while
 * git still walks for the second.
 */
export function listWorkTree(root: string, pathspecs: readonly string[]): { tracked: Promise<string[]>; untracked: Promise<string[]> } {
  const list = (which: readonly string[]): Promise<string[]> => git(['--literal-pathspecs', 'ls-files', '-z', ...which, '--', ...pathspecs], root).then(splitZ);
  // Unmerged paths are listed once per stage.
  const tracked = list(['--cached']).then((paths) => [...new Set(paths)]);
  const untracked = list(['--others', '--exclude-standard']);
  return { tracked, untracked };
}

/** A file of a diff, at its new path, with the blob id of its new content. */
export interface ChangedBlob {
  readonly path: string;
  readonly blob: string;
  /** Octal git mode of the new side: 100644, 100755, 120000 (symlink), 160000 (submodule); 000000 when deleted. */
  readonly mode: string;
  /** git's status letter: A, C, D (deleted: no new side), M, R or T (a type change: a symlink or submodule became a file, or back). */
  readonly status: string;
  /** The old path of a rename or copy (R, C). */
  readonly from?: string;
}

/** Parses `git diff --raw -z --no-abbrev` output: `:old new oldsha newsha status\0path\0[path\0]`. */
export function parseRawDiff(out: Buffer): ChangedBlob[] {
  const parts = out.toString('utf8').split('\0');
  const changed: ChangedBlob[] = [];
  for (let i = 0; i < parts.length; i++) {
    const header = parts[i] ?? '';
    if (!header.startsWith(':')) continue;
    const [, newMode = '', , newBlob = '', status = ''] = header.slice(1).split(' ');
    // Renames and copies carry two paths; the second is the new one.
    const twoPaths = status.startsWith('R') || status.startsWith('C');
    const path = twoPaths ? parts[i + 2] : parts[i + 1];
    const from = twoPaths ? parts[i + 1] : undefined;
    i += twoPaths ? 2 : 1;
    if (path !== undefined) changed.push({ path, blob: newBlob, mode: newMode, status: status.slice(0, 1), ...(from !== undefined ? { from } : {}) });
  }
  return changed;
}

/**
 * Files added, copied, deleted, modified, renamed or changed in type in the
 * index (against HEAD, or the empty tree before the first commit); renames
 * carry their old path.
 */
export async function listStaged(root: string, pathspecs: readonly string[]): Promise<ChangedBlob[]> {
  const out = await git(
    ['--literal-pathspecs', 'diff', '--cached', '--raw', '-z', '--no-abbrev', '-M', '--no-ext-diff', '--no-relative', '--diff-filter=ACDMRT', '--', ...pathspecs],
    root,
  );
  return parseRawDiff(out);
}

/** The merge base of `base` and HEAD. */
export async function mergeBase(root: string, base: string): Promise<string> {
  if (base.startsWith('-')) throw new GitError(`not a revision: ${base}`);
  try {
    return (await git(['merge-base', base, 'HEAD'], root)).toString('utf8').trim();
  } catch (error) {
    const shallow = (await git(['rev-parse', '--is-shallow-repository'], root).catch(() => Buffer.from(''))).toString('utf8').trim() === 'true';
    if (shallow) {
      const depth = (await git(['rev-list', '--count', 'HEAD'], root).catch(() => Buffer.from('?'))).toString('utf8').trim();
      throw new GitError(
        `cannot find the merge base of ${base} and HEAD: this clone is shallow, with ${depth} commit(s) of HEAD's history, and the merge base is not among them. ` +
          `scan --diff needs the pull request's commits and the merge base: at least one more commit than the pull request has, with ${base} fetched ` +
          `(actions/checkout with fetch-depth: 0, or 'git fetch --deepen=N origin' with N the pull request's commit count)`,
      );
    }
    throw new GitError(`cannot find the merge base of ${base} and HEAD (${(error as Error).message}); in CI, fetch enough history (actions/checkout with fetch-depth: 0)`);
  }
}

/** The commits of from..HEAD, oldest first, merges aside. */
export async function listCommits(root: string, from: string): Promise<string[]> {
  const out = await git(['rev-list', '--reverse', '--no-merges', `${from}..HEAD`], root);
  return out.toString('utf8').split('\n').filter((line) => /^[0-9a-f]{40,64}$/u.test(line));
}

/** 1-based line ranges `[first, last]` of the lines a change added to a file. */
export type AddedLines = readonly (readonly [number, number])[];

/**
 * Files changed between `from` and `to` (default HEAD; new side; deletions and the old
 * paths of renames too), with the lines each change added. The patch is
 * read with the same options as the raw list, so its sections come in the
 * same order.
 */
export async function listDiff(root: string, from: string, pathspecs: readonly string[], to = 'HEAD'): Promise<{ changed: ChangedBlob[]; added: Map<string, AddedLines> }> {
  const common = ['--no-ext-diff', '--no-textconv', '--no-relative', '--no-color', '-M', '--diff-filter=ACDMRT', from, to, '--', ...pathspecs];
  const [raw, patch] = await Promise.all([
    git(['--literal-pathspecs', 'diff', '--raw', '-z', '--no-abbrev', ...common], root),
    git(['--literal-pathspecs', 'diff', '-U0', ...common], root),
  ]);
  const changed = parseRawDiff(raw);
  const sections = parseAddedLines(patch.toString('utf8'));
  // A type change is two sections of the patch: the old side deleted, then the new one created.
  const expected = changed.reduce((n, c) => n + (c.status === 'T' ? 2 : 1), 0);
  if (sections.length !== expected) {
    throw new GitError(`git diff listed ${changed.length} files but its patch has ${sections.length} sections`);
  }
  const added = new Map<string, AddedLines>();
  let section = 0;
  for (const c of changed) {
    if (c.status === 'T') section++;
    added.set(c.path, sections[section++] ?? []);
  }
  return { changed, added };
}

/** For each `diff --git` section of a `-U0` patch, the added line ranges of its hunks. */
export function parseAddedLines(patch: string): (readonly [number, number])[][] {
  const sections: (readonly [number, number])[][] = [];
  let current: (readonly [number, number])[] | undefined;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) {
      current = [];
      sections.push(current);
    } else if (current && line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/u.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) current.push([start, start + count - 1]);
    }
  }
  return sections;
}

/** True when `line..endLine` touches a line the change added. */
export function touchesAdded(ranges: AddedLines | undefined, line: number, endLine: number): boolean {
  return ranges?.some(([first, last]) => line <= last && endLine >= first) ?? false;
}

/**
 * One object read by `cat-file --batch`: its bytes; or, when it is larger
 * than the limit, one part of them per yield, in order, the last marked.
 */
export interface Blob {
  readonly blob: string;
  readonly size: number;
  /** The whole object (undefined when it is missing or larger than `maxSize`). */
  readonly bytes?: Buffer;
  /** A part of an object larger than `maxSize`. */
  readonly part?: Buffer;
  /** True on the last part of an object larger than `maxSize`. */
  readonly last?: boolean;
  readonly missing?: boolean;
}

/**
 * Reads `blobs` with one `git cat-file --batch` process, yielding each in
 * order. Objects over `maxSize` are yielded in parts as they come, never
 * whole. The consumer's pace holds the pipe, so memory stays bounded by
 * `maxSize` and a pipe's worth of bytes.
 */
export async function* readBlobs(root: string, blobs: readonly string[], maxSize: number): AsyncGenerator<Blob> {
  if (blobs.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (error) => reject(new GitError(`cannot run git cat-file (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
    child.on('close', resolve);
  });
  exited.catch(() => undefined);
  child.stdin.on('error', () => undefined);
  child.stdin.end(`${blobs.join('\n')}\n`);

  let pending: Buffer = Buffer.alloc(0);
  let index = 0;
  // Body state of the object being read.
  let body: { blob: string; size: number; chunks: Buffer[] | undefined; have: number } | undefined;
  const done: Blob[] = [];
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      for (;;) {
        if (!body) {
          const nl = pending.indexOf(10);
          if (nl === -1) break;
          const header = pending.subarray(0, nl).toString('utf8');
          pending = pending.subarray(nl + 1);
          const [name = '', type = '', sizeText] = header.split(' ');
          if (type === 'missing' || sizeText === undefined) {
            done.push({ blob: blobs[index] ?? name, size: 0, missing: true });
            index++;
            continue;
          }
          const size = Number(sizeText);
          body = { blob: name, size, chunks: size <= maxSize ? [] : undefined, have: 0 };
        }
        // Body plus the newline git writes after it.
        const want = body.size + 1 - body.have;
        if (pending.length === 0) break;
        const take = pending.subarray(0, Math.min(want, pending.length));
        pending = pending.subarray(take.length);
        const bodyLeft = body.size - body.have;
        body.have += take.length;
        const last = body.have >= body.size + 1;
        if (body.chunks) body.chunks.push(take);
        // The part holds body bytes only, never the newline after the object.
        else done.push({ blob: body.blob, size: body.size, part: take.subarray(0, Math.max(0, Math.min(take.length, bodyLeft))), last });
        if (!last) break;
        if (body.chunks) done.push({ blob: body.blob, size: body.size, bytes: Buffer.concat(body.chunks).subarray(0, body.size) });
        body = undefined;
        index++;
      }
      while (done.length > 0) yield done.shift() as Blob;
    }
    const code = await exited;
    if (code !== 0) throw new GitError(`git cat-file failed: ${stderr.trim() || `exit status ${code}`}`);
    if (index < blobs.length) throw new GitError(`git cat-file returned ${index} of ${blobs.length} objects`);
  } finally {
    if (child.exitCode === null) child.kill();
  }
}
