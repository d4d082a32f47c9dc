/**
 * A small pool of worker threads for large file sets. The producer waits for
 * room before sending each batch, so at most `depth` batches per worker are
 * queued: memory stays flat whatever the size of the tree.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileJob, FileResult, FileScannerInit } from './file-scanner.js';

/** A batch of jobs sent to a worker. */
export interface BatchRequest {
  readonly id: number;
  readonly jobs: readonly FileJob[];
}

/** A worker's answer to one batch. */
export type BatchReply = { readonly id: number; readonly results: FileResult[] } | { readonly id: number; readonly error: string };

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Worker threads need the compiled worker module (absent when the sources run directly, as in tests). */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (results: FileResult[]) => void; reject: (error: Error) => void }>;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private nextId = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;

  constructor(
    size: number,
    init: FileScannerInit,
    private readonly depth = 2,
  ) {
    this.slots = Array.from({ length: size }, () => this.start(init));
  }

  get size(): number {
    return this.slots.length;
  }

  private start(init: FileScannerInit): Slot {
    const worker = new Worker(WORKER_URL, { workerData: init });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (reply: BatchReply) => {
      const waiting = slot.pending.get(reply.id);
      if (!waiting) return;
      slot.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.results);
      this.wake();
    });
    const fail = (error: Error): void => {
      this.failure ??= error;
      for (const waiting of slot.pending.values()) waiting.reject(error);
      slot.pending.clear();
      this.wake();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.pending.size > 0) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
    return slot;
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
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, jobs } satisfies BatchRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
