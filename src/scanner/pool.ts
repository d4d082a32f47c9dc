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
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { budgetMs, DEFAULT_FILE_BUDGET, timeoutMessage, type FileBudget } from './budget.js';
import type { FileJob, FileResult, FileScannerInit } from './file-scanner.js';

/** A batch of jobs sent to a worker. */
export interface BatchRequest {
  readonly id: number;
  readonly jobs: readonly FileJob[];
}

/** A worker's answer to one batch. */
export type BatchReply = { readonly id: number; readonly results: FileResult[] } | { readonly id: number; readonly error: string };

/** What a worker starts with. */
export interface WorkerInput {
  readonly init: FileScannerInit;
  /** Int32 cells a worker writes and the watchdog reads: see `markFile`. */
  readonly progress: SharedArrayBuffer;
}

// Progress cells: files started so far, the batch id and the index in it of the file being scanned (-1 between batches),
// the stage of the scan (-1 before the engine starts) and the file's size in KB.
const STARTED = 0;
const BATCH = 1;
const INDEX = 2;
const STAGE = 3;
const SIZE_KB = 4;
const CELLS = 5;

/** Worker side: about to scan `jobs[index]` of batch `batch`. The count goes last, so a reader that sees it sees the rest. */
export function markFile(progress: Int32Array, batch: number, index: number): void {
  Atomics.store(progress, BATCH, batch);
  Atomics.store(progress, INDEX, index);
  Atomics.store(progress, STAGE, -1);
  Atomics.store(progress, SIZE_KB, 0);
  Atomics.add(progress, STARTED, 1);
}

/** Worker side: the stage the scan is in (see `Engine.stageName`). */
export function markStage(progress: Int32Array, stage: number): void {
  Atomics.store(progress, STAGE, stage);
}

/** Worker side: the size of the file being scanned. */
export function markSize(progress: Int32Array, bytes: number): void {
  Atomics.store(progress, SIZE_KB, Math.min(0x7fffffff, Math.ceil(bytes / 1024)));
}

/** Worker side: done with a batch. */
export function markIdle(progress: Int32Array): void {
  Atomics.store(progress, INDEX, -1);
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Worker threads need the compiled worker module (absent when the sources run directly, as in tests). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/**
 * A worker's young generation (V8's default reaches 48 MB): objects that
 * outlive a file's scan are few, and a young generation this size keeps peak
 * memory down with no measurable cost in time. A file's text too large for it
 * is allocated in the old generation, as any large string is.
 */
const YOUNG_GENERATION_MB = 12;

export interface PoolOptions {
  /** Batches queued per worker at most (default 2). */
  readonly depth?: number;
  /** The time a worker may spend on one file (default DEFAULT_FILE_BUDGET). */
  readonly budget?: FileBudget;
  /** Names a stage number a worker marked (see `Engine.stageName`). */
  readonly stageName?: (stage: number) => string;
}

/** How long past its budget a worker may stay inside one stage before it is terminated: it stops by itself between stages. */
function graceMs(limitMs: number): number {
  return Math.min(2000, Math.max(50, limitMs / 2));
}

interface Batch {
  readonly jobs: readonly FileJob[];
  readonly resolve: (results: FileResult[]) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  readonly pending: Map<number, Batch>;
  /** The progress cells as last seen, and when they last changed (main-thread clock). */
  seen: string;
  seenAt: number;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly depth: number;
  private readonly budget: FileBudget;
  private readonly stageName: (stage: number) => string;
  private readonly watchdog: NodeJS.Timeout;
  private nextId = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;
  private closed = false;

  constructor(
    size: number,
    private readonly init: FileScannerInit,
    options: PoolOptions = {},
  ) {
    this.depth = options.depth ?? 2;
    this.budget = options.budget ?? DEFAULT_FILE_BUDGET;
    this.stageName = options.stageName ?? ((stage) => `stage ${stage}`);
    this.slots = Array.from({ length: size }, () => {
      const slot = { pending: new Map<number, Batch>(), seen: '', seenAt: 0 } as Slot;
      this.start(slot);
      return slot;
    });
    // A few looks per limit: a file is stopped between 1 and 1.25 limits after it started.
    this.watchdog = setInterval(() => this.watch(), Math.min(1000, Math.max(5, this.budget.baseMs / 4)));
    this.watchdog.unref();
  }

  get size(): number {
    return this.slots.length;
  }

  /** Starts a worker in `slot` (first or replacement); events of a replaced worker are ignored. */
  private start(slot: Slot): void {
    const progress = new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT);
    const worker = new Worker(WORKER_URL, {
      workerData: { init: this.init, progress } satisfies WorkerInput,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    slot.worker = worker;
    slot.progress = new Int32Array(progress);
    markIdle(slot.progress);
    slot.seen = '';
    slot.seenAt = performance.now();
    worker.on('message', (reply: BatchReply) => {
      if (slot.worker !== worker) return;
      const waiting = slot.pending.get(reply.id);
      if (!waiting) return;
      slot.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.results);
      this.wake();
    });
    const fail = (error: Error): void => {
      if (slot.worker !== worker) return;
      this.failure ??= error;
      for (const waiting of slot.pending.values()) waiting.reject(error);
      slot.pending.clear();
      this.wake();
    };
    worker.on('error', fail);
    // A worker that stops on its own, busy or idle, is a failure at once: nothing it held or would be sent gets an answer.
    worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
  }

  /** Replaces each worker that has been on one file for longer than the limit. */
  private watch(): void {
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
  private stageOf(slot: Slot): string {
    const stage = Atomics.load(slot.progress, STAGE);
    return stage < 0 ? 'reading the file' : this.stageName(stage);
  }

  private replace(slot: Slot, stuck: number, index: number, message: string): void {
    const held = [...slot.pending];
    slot.pending.clear();
    void slot.worker.terminate().catch(() => undefined);
    this.start(slot);
    for (const [id, batch] of held) {
      const job = id === stuck ? batch.jobs[index] : undefined;
      if (!job) {
        this.post(slot, batch);
        continue;
      }
      const timedOut: FileResult = {
        path: job.path,
        bytes: 0,
        scanned: false,
        errors: [{ code: 'scan-timeout', path: job.path, message }],
      };
      const rest = batch.jobs.filter((_, i) => i !== index);
      if (rest.length === 0) batch.resolve([timedOut]);
      else this.post(slot, { jobs: rest, resolve: (results) => batch.resolve([timedOut, ...results]), reject: batch.reject });
    }
    this.wake();
  }

  private post(slot: Slot, batch: Batch): void {
    const id = this.nextId++;
    slot.pending.set(id, batch);
    slot.worker.postMessage({ id, jobs: batch.jobs } satisfies BatchRequest);
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private load(): number {
    return this.slots.reduce((n, s) => n + s.pending.size, 0);
  }

  /** True when a batch can be sent now without queueing more than `depth` per worker. */
  hasRoom(): boolean {
    return this.load() < this.slots.length * this.depth;
  }

  /** Resolves once a batch can be sent without queueing more than `depth` per worker. */
  async room(): Promise<void> {
    while (!this.failure && this.load() >= this.slots.length * this.depth) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Sends a batch to the least busy worker. */
  submit(jobs: readonly FileJob[]): Promise<FileResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise((resolve, reject) => this.post(slot, { jobs, resolve, reject }));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
