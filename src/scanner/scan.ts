/**
 * `scan(options)`: files -> findings. Picks the file set (work tree, index,
 * diff against a merge base, or stdin), reads each file once, scans it on the
 * main thread or in a worker pool, then marks findings `new` or `existing`.
 */
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { readBaseline } from './baseline.js';
import { isStale, matchBaseline, type BaselineResult, type BaselineScope } from './baseline-match.js';
import { loadConfig, type ResolvedConfig } from './config.js';
import { envHashKey, resolveHashKey } from './hash-key.js';
import { inShard, isInside, listTree, real, resolveScanRoot, toPosix, UsageError, type ListedFiles, type ScanRoot, type Shard } from './discover.js';
import { FileScanner, type FileJob, type FileResult, type FileScannerInit, type FileSink } from './file-scanner.js';
import { listCommits, listDiff, listStaged, mergeBase, readBlobs, touchesAdded, type AddedLines, type ChangedBlob } from './git.js';
import { keywordCacheDir } from './keyword-cache.js';
import { fileBudgetFromEnv, type FileBudget } from './budget.js';
import { workersAvailable, WorkerPool } from './pool.js';
import type { Detector } from '../engine/types.js';
import { configuredDetectors, PathFilter } from './rules.js';
import type { ScanError, ScanFinding, ScanMode, ScanProgress, ScanReport, ScanSuppressed, ScanWarning, SkippedFile } from './types.js';

/** What to scan and how. */
export interface ScanOptions {
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Files or directories to scan (default: the whole scan root: the git work tree holding `cwd`, else `cwd`). */
  readonly paths?: readonly string[];
  /** `tree` (default), `staged` (the index) or `diff` (changes since the merge base of `base`). */
  readonly mode?: 'tree' | 'staged' | 'diff';
  /** Revision for `diff` mode. */
  readonly base?: string;
  /**
   * In `diff` mode, also scan what each commit of the merge base..HEAD range
   * added (default true): a value added in one commit and removed in a later
   * one stays in the history a merge publishes. False for squash merges.
   */
  readonly history?: boolean;
  /** Use git's file list and root (default true). */
  readonly git?: boolean;
  /** Config file, relative to `cwd`; default: boundary-guard.config.json at the root when present. */
  readonly config?: string;
  /** Baseline file, relative to `cwd` (default: the config's `baseline`, if any; false: none). */
  readonly baseline?: string | false;
  readonly shard?: Shard;
  /** Keep suppressed findings with their reasons. */
  readonly showSuppressed?: boolean;
  /** Worker threads: a number, `auto` (default: only for large file sets), or 0 for none. */
  readonly concurrency?: number | 'auto';
  /** Scan this content as the file `filename` (relative to `cwd`) instead of reading files. */
  readonly stdin?: { readonly content: Uint8Array; readonly filename: string };
  /**
   * Hash key for value hashes and fingerprints when neither the environment,
   * the config nor the baseline gives one (default: a random key for this run).
   */
  readonly hashKey?: string;
  /** Clock for suppression expiry (tests). */
  readonly now?: Date;
  /** Called now and then while files are scanned. */
  readonly onProgress?: (progress: ScanProgress) => void;
}

/**
 * Below this many files the main thread alone is faster: a worker costs about
 * 0.3 s of CPU to start (modules, engine, JIT), which a thousand typical files repay.
 */
const WORKER_THRESHOLD = 1000;
/** Jobs per batch sent to a worker. */
const BATCH_FILES = 64;
/** Files this thread scans between two looks at the workers' queues, when they are full. */
const LOCAL_STEP = 8;
/** Content bytes per batch when jobs carry their content. */
const BATCH_BYTES = 4 * 1024 * 1024;

/** Runs a scan; throws UsageError, ConfigError, BaselineError or GitError for exit status 2. */
export async function scan(options: ScanOptions): Promise<ScanReport> {
  const started = performance.now();
  const mode: ScanMode = options.stdin ? 'stdin' : (options.mode ?? 'tree');
  const useGit = options.git !== false;
  if (!useGit && (mode === 'staged' || mode === 'diff')) throw new UsageError(`--${mode} needs git; it cannot be combined with --no-git`);
  if (mode === 'diff' && !options.base) throw new UsageError('--diff needs a base revision');
  const budget = fileBudgetFromEnv(process.env);

  const scanRoot = await resolveScanRoot(options.cwd, options.stdin ? [] : (options.paths ?? []), useGit);
  if ((mode === 'staged' || mode === 'diff') && !scanRoot.git) throw new UsageError(`--${mode} needs a git work tree; ${scanRoot.root} is not one`);
  const { root } = scanRoot;
  const cwd = real(resolve(options.cwd)) ?? resolve(options.cwd);
  const { config: loaded, warnings: configWarnings } = loadConfig({ root, cwd, ...(options.config !== undefined ? { explicit: options.config } : {}), ...(options.now ? { now: options.now } : {}) });
  const baselineFile = options.baseline === false ? undefined : options.baseline !== undefined ? resolve(cwd, options.baseline) : loaded.baseline;
  const baseline =
    baselineFile === undefined
      ? undefined
      : readBaseline(baselineFile, typeof options.baseline === 'string' ? options.baseline : `${shownPath(cwd, baselineFile)} (named by "baseline" in ${shownPath(cwd, loaded.file ?? '')})`);
  // Resolved once here: every worker hashes with the same key.
  const hashKey = resolveHashKey({ env: envHashKey(), config: loaded.hashKey, baseline: baseline?.hashKey, fallback: options.hashKey });
  const config: ResolvedConfig = { ...loaded, hashKey: hashKey.key };
  const filter = new PathFilter(config);
  const accept = (path: string): boolean => filter.accepts(path) && inShard(path, options.shard);

  const collector = new Collector(options.onProgress);
  collector.warnings.push(...configWarnings);
  if (hashKey.source === 'random' && config.suppressions.some((s) => s.valueHash !== undefined)) {
    collector.warnings.push({
      code: 'unstable-hash-key',
      message: 'no hash key is configured, so value hashes change on every run and no valueHash suppression can match: set hashKey in the config or BOUNDARY_GUARD_HASH_KEY',
    });
  }
  // A baseline written under BOUNDARY_GUARD_HASH_KEY holds no key: without it, nothing it records can match.
  const keyless = baseline !== undefined && hashKey.source === 'random';
  if (keyless) {
    collector.warnings.push({
      code: 'unstable-hash-key',
      message: 'the baseline holds no hash key and none is configured, so none of its entries can match: set BOUNDARY_GUARD_HASH_KEY (or hashKey in the config) to the key it was written with',
    });
  }
  const cacheDir = keywordCacheDir();
  const init: FileScannerInit = {
    root,
    config,
    showSuppressed: options.showSuppressed === true,
    missingIsDeleted: scanRoot.git,
    ...(cacheDir !== undefined ? { keywordCacheDir: cacheDir } : {}),
    budget,
  };
  let workers = 0;
  // The paths whose baseline entries this scan can judge (see BaselineScope); stdin judges none.
  let inScope: (path: string) => boolean = () => false;
  const renamed = new Map<string, string>();

  if (mode === 'stdin' && options.stdin) {
    const path = stdinPath(scanRoot, cwd, options.stdin.filename);
    collector.total = 1;
    if (!filter.accepts(path)) collector.add({ path, bytes: 0, scanned: false, skipped: { path, reason: 'excluded' } });
    else collector.add(new FileScanner(init).scan({ path, content: options.stdin.content }));
  } else if (mode === 'tree') {
    const { operands } = scanRoot;
    inScope = (path) => accept(path) && (operands.length === 0 || operands.some((o) => o.path === '' || o.path === path || (o.directory && path.startsWith(`${o.path}/`))));
    const listing = listTree(scanRoot);
    const local = scannerWhile(listing.first, init);
    const toJobs = (listed: ListedFiles): FileJob[] => {
      collector.errors.push(...listed.errors);
      const jobs = listed.files.filter(accept).map((path): FileJob => ({ path }));
      collector.total += jobs.length;
      return jobs;
    };
    const first = toJobs(await listing.first);
    if (first.length >= WORKER_THRESHOLD) {
      // Enough files to start the workers now: they scan the first part while the rest is listed.
      let failure: Error | undefined;
      async function* all(): AsyncGenerator<FileJob> {
        yield* first;
        try {
          yield* toJobs(await listing.rest);
        } catch (error) {
          failure = error instanceof Error ? error : new Error(String(error));
        }
      }
      workers = workerCount(options.concurrency, first.length);
      await runJobs(all(), init, { workers, budget }, collector, local);
      if (failure !== undefined) throw failure;
    } else {
      const jobs = [...first, ...toJobs(await listing.rest)];
      workers = workerCount(options.concurrency, jobs.length);
      await runJobs(jobs, init, { workers, budget }, collector, local);
    }
  } else {
    const pathspecs = scanRoot.operands.filter((o) => o.path !== '').map((o) => o.path);
    const base = mode === 'diff' ? mergeBase(root, options.base ?? '') : undefined;
    const listing: Promise<{ changed: ChangedBlob[]; added?: Map<string, AddedLines> }> =
      base === undefined ? listStaged(root, pathspecs).then((changed) => ({ changed })) : base.then((from) => listDiff(root, from, pathspecs));
    const local = scannerWhile(listing, init);
    const { changed, added: diffAdded } = await listing;
    const changedPaths = new Set<string>();
    for (const entry of changed) {
      changedPaths.add(entry.path);
      if (entry.status === 'R' && entry.from !== undefined) {
        changedPaths.add(entry.from);
        renamed.set(entry.path, entry.from);
      }
    }
    inScope = (path) => changedPaths.has(path) && accept(path);
    const blobs = scannableBlobs(changed, accept, collector.skipped);
    collector.total = blobs.length;
    workers = workerCount(options.concurrency, blobs.length);
    await runJobs(blobJobs(root, blobs, config, collector, local), init, { workers, budget }, collector, local);
    // A binary's finding has a byte offset, no line a patch could have added: the change brought the file, so it is new.
    if (diffAdded) for (const f of collector.findings) f.status = f.byteOffset !== undefined || touchesAdded(diffAdded.get(f.path), f.line, f.endLine) ? 'new' : 'existing';
    if (base !== undefined && options.history !== false) {
      await scanHistory(root, await base, pathspecs, accept, { config, init, budget, local }, collector);
    }
  }

  const findings = collector.findings.sort(byLocation);
  let baselineResult: BaselineResult | undefined;
  if (baseline && baselineFile !== undefined) {
    // A file that could not be read, or was skipped (a symlink, a binary), tells nothing about its entries.
    const unjudged = new Set([...collector.errors.flatMap((e) => (e.path !== undefined ? [e.path] : [])), ...collector.skipped.filter((s) => s.reason !== 'deleted').map((s) => s.path)]);
    const scope: BaselineScope = { judged: (path) => inScope(path) && !unjudged.has(path), renamed };
    const entries = matchBaseline(findings, baseline, scope);
    // Without its key every entry would look stale: the warning above says why instead.
    for (const { entry } of keyless ? [] : entries.filter(isStale)) {
      collector.warnings.push({
        code: 'stale-baseline-entry',
        path: entry.path,
        message: `baseline entry matches no finding any more (fixed?): ${entry.ruleId}, fingerprint ${entry.fingerprint.slice(0, 12)}; 'boundary-guard baseline --prune' drops it`,
      });
    }
    baselineResult = { file: baselineFile, entries };
  }
  return {
    mode,
    root,
    cwd,
    findings,
    suppressed: collector.suppressed.sort((a, b) => byLocation(a.finding, b.finding)),
    errors: collector.errors.sort((a, b) => compare(a.path ?? '', b.path ?? '') || (a.line ?? 0) - (b.line ?? 0)),
    warnings: collector.warnings,
    skipped: collector.skipped.sort((a, b) => compare(a.path, b.path)),
    stats: { files: collector.files, bytes: collector.bytes, durationMs: Math.round(performance.now() - started), workers },
    detectors: ranDetectors(config),
    hashKeySource: hashKey.source,
    ...(baselineResult ? { baseline: baselineResult } : {}),
  };
}

/** `file` relative to `cwd` when inside it, else absolute; forward slashes. */
function shownPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') ? file : toPosix(rel);
}

/** Gathers file results; keeps findings and counters, never content. */
class Collector {
  readonly findings: ScanFinding[] = [];
  readonly suppressed: ScanSuppressed[] = [];
  readonly errors: ScanError[] = [];
  readonly warnings: ScanWarning[] = [];
  readonly skipped: SkippedFile[] = [];
  files = 0;
  bytes = 0;
  done = 0;
  total = 0;
  private lastProgress = 0;

  constructor(private readonly onProgress?: (progress: ScanProgress) => void) {}

  add(result: FileResult): void {
    this.done++;
    if (result.scanned) {
      this.files++;
      this.bytes += result.bytes;
    }
    if (result.findings) this.findings.push(...result.findings);
    if (result.suppressed) this.suppressed.push(...result.suppressed);
    if (result.errors) this.errors.push(...result.errors);
    if (result.warnings) this.warnings.push(...result.warnings);
    if (result.skipped) this.skipped.push(result.skipped);
    if (this.onProgress) {
      const now = performance.now();
      if (now - this.lastProgress > 100) {
        this.lastProgress = now;
        this.onProgress({ done: this.done, total: this.total, bytes: this.bytes });
      }
    }
  }
}

/** The changed files there is content to scan in: no deletions, submodules or files the config excludes; symlinks are listed as skipped. */
function scannableBlobs(changed: readonly ChangedBlob[], accept: (path: string) => boolean, skipped: SkippedFile[]): ChangedBlob[] {
  const blobs: ChangedBlob[] = [];
  for (const entry of changed) {
    // A deleted file has nothing to scan; its baseline entries are judged all the same.
    if (entry.status === 'D' || !accept(entry.path)) continue;
    // Submodules are other repositories; symlinks hold a path, not content.
    if (entry.mode === '160000') continue;
    if (entry.mode === '120000') skipped.push({ path: entry.path, reason: 'symlink' });
    else blobs.push(entry);
  }
  return blobs;
}

/**
 * What each commit of from..HEAD added (merges aside, which add nothing of
 * their own to a pull request), scanned in the commit's version of each
 * file: a finding on a line the commit added whose value the final tree no
 * longer holds is reported as new, with its commit. A value still in the
 * final tree is reported there once. Errors name the commit.
 */
async function scanHistory(
  root: string,
  from: string,
  pathspecs: readonly string[],
  accept: (path: string) => boolean,
  { config, init, budget, local }: { config: ResolvedConfig; init: FileScannerInit; budget: FileBudget; local: FileScanner },
  collector: Collector,
): Promise<void> {
  const commits = await listCommits(root, from);
  // One finding per detector and value: the final tree's, else the first commit's that added it.
  const seen = new Set(collector.findings.map((f) => `${f.ruleId}\u0000${f.valueHash}`));
  for (const commit of commits) {
    const { changed, added } = await listDiff(root, `${commit}^`, pathspecs, commit);
    const own = new Collector();
    await runJobs(blobJobs(root, scannableBlobs(changed, accept, []), config, own, local), init, { workers: 0, budget }, own, local);
    const short = commit.slice(0, 12);
    for (const f of own.findings) {
      if (f.byteOffset === undefined && !touchesAdded(added.get(f.path), f.line, f.endLine)) continue;
      const key = `${f.ruleId}\u0000${f.valueHash}`;
      if (seen.has(key)) continue;
      seen.add(key);
      collector.findings.push({ ...f, status: 'new', commit: short, message: `${f.message} (added in commit ${short}, no longer in HEAD: still in the history a merge publishes)` });
    }
    for (const e of own.errors) collector.errors.push({ ...e, message: `in commit ${short}: ${e.message}` });
  }
}

function workerCount(concurrency: number | 'auto' | undefined, jobs: number): number {
  if (!workersAvailable() || jobs === 0) return 0;
  if (typeof concurrency === 'number') return Math.max(0, Math.min(Math.floor(concurrency), jobs));
  if (jobs < WORKER_THRESHOLD) return 0;
  // The main thread scans too, so one core fewer.
  return Math.max(1, Math.min(availableParallelism() - 1, 8, Math.ceil(jobs / WORKER_THRESHOLD)));
}

/**
 * Git blobs as jobs carrying their content. A blob larger than `maxFileSize`
 * is scanned here, by `local`, part by part as git writes it, so that no
 * thread ever holds it whole.
 */
async function* blobJobs(root: string, entries: readonly ChangedBlob[], config: ResolvedConfig, collector: Collector, local: FileScanner): AsyncGenerator<FileJob> {
  let i = 0;
  let large: FileSink | undefined;
  for await (const blob of readBlobs(root, entries.map((e) => e.blob), config.maxFileSize)) {
    const entry = entries[i];
    if (!entry) break;
    if (blob.part !== undefined) {
      large ??= local.stream(entry.path);
      large.push(blob.part);
      if (blob.last === true) {
        collector.add(large.end());
        large = undefined;
        i++;
      }
      continue;
    }
    i++;
    if (blob.missing || !blob.bytes) collector.add({ path: entry.path, bytes: 0, scanned: false, errors: [{ code: 'git-error', path: entry.path, message: `git has no object ${entry.blob}` }] });
    else yield { path: entry.path, content: blob.bytes };
  }
}

/**
 * This thread's scanner, built while the git command behind `pending` runs:
 * the engine's start-up (catalog, automaton, detectors) is most of a small
 * scan's CPU time, and git needs none of it.
 */
function scannerWhile(pending: Promise<unknown>, init: FileScannerInit): FileScanner {
  // Should the build throw, git's failure must not be left unhandled meanwhile.
  pending.catch(() => undefined);
  return new FileScanner(init);
}

/**
 * Scans jobs on this thread (with `local`), or with `workers` threads
 * besides it: a batch goes to a worker when one has room, else this thread
 * scans it, so no more than a few batches are ever queued and no thread idles.
 */
async function runJobs(
  jobs: Iterable<FileJob> | AsyncIterable<FileJob>,
  init: FileScannerInit,
  { workers, budget }: { workers: number; budget: FileBudget },
  collector: Collector,
  local: FileScanner,
): Promise<void> {
  const scanHere = (batch: readonly FileJob[]): void => {
    for (const job of batch) collector.add(local.scan(job));
  };
  if (workers === 0) {
    for await (const job of jobs) scanHere([job]);
    return;
  }
  const pool = new WorkerPool(workers, init, { budget, stageName: (stage) => local.stageName(stage) });
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  // A batch whose worker died: its files are not scanned, each one an error (rescanning one here could kill this thread too).
  const lost = (batch: readonly FileJob[], error: unknown): void => {
    failure ??= error;
    const why = error instanceof Error ? error.message : 'unknown error';
    for (const job of batch) {
      collector.add({ path: job.path, bytes: 0, scanned: false, errors: [{ code: 'not-scanned', path: job.path, message: `not scanned: the worker thread scanning it failed (${why})` }] });
    }
  };
  const send = async (batch: FileJob[]): Promise<void> => {
    // Once a worker has failed, this thread scans the rest.
    if (failure !== undefined) {
      scanHere(batch);
      return;
    }
    // While every worker is busy this thread scans, a few files at a time: between them finished batches come back,
    // and the rest of the batch goes to the first worker with room, so no worker waits on this thread's long batch.
    let rest = batch;
    while (rest.length > 0 && !pool.hasRoom()) {
      scanHere(rest.slice(0, LOCAL_STEP));
      rest = rest.slice(LOCAL_STEP);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (rest.length === 0) return;
    batch = rest;
    try {
      await pool.room();
    } catch (error) {
      failure ??= error;
      scanHere(batch);
      return;
    }
    const sent = pool.submit(batch).then(
      (results) => results.forEach((r) => collector.add(r)),
      (error: unknown) => lost(batch, error),
    );
    inFlight.add(sent);
    void sent.finally(() => inFlight.delete(sent));
  };
  try {
    let batch: FileJob[] = [];
    let batchBytes = 0;
    for await (const job of jobs) {
      batch.push(job);
      batchBytes += job.content?.length ?? 0;
      if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
        await send(batch);
        batch = [];
        batchBytes = 0;
      }
    }
    if (batch.length > 0) await send(batch);
    await Promise.all(inFlight);
  } catch (error) {
    failure ??= error;
  } finally {
    await pool.close();
  }
  if (failure) {
    collector.errors.push({ code: 'worker-error', message: `a worker thread failed; the files it held are listed as not scanned: ${failure instanceof Error ? failure.message : 'unknown error'}` });
  }
}

/** The stdin file name as a path relative to the root (as given when it lies outside). */
function stdinPath(scanRoot: ScanRoot, cwd: string, filename: string): string {
  const abs = resolve(cwd, filename);
  return isInside(scanRoot.root, abs) ? toPosix(relative(scanRoot.root, abs)) : toPosix(filename).replace(/^(\.\.\/)+/u, '');
}

function byLocation(a: Omit<ScanFinding, 'status'>, b: Omit<ScanFinding, 'status'>): number {
  return compare(a.path, b.path) || a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The detectors a config leaves on, with the severity each runs at. */
function ranDetectors(config: ResolvedConfig): Detector[] {
  const { detectors, severity } = configuredDetectors(config);
  return detectors.map((d) => {
    const level = severity[d.id];
    return level === undefined || level === d.severity ? d : { ...d, severity: level };
  });
}
