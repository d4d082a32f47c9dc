/**
 * The time a file may take to scan: a base plus an allowance per megabyte,
 * so a large file is not cut short by a limit meant for a small one. The
 * scanner checks it between stages of its work (each detector's run is one)
 * and stops with a `ScanTimeout` naming the stage; a worker thread stuck
 * inside one stage is stopped from outside by the pool's watchdog.
 */
import { UsageError } from './discover.js';

export interface FileBudget {
  /** Milliseconds any file may take. */
  readonly baseMs: number;
  /** Milliseconds more per megabyte of the file. */
  readonly perMbMs: number;
}

export const DEFAULT_FILE_BUDGET: FileBudget = { baseMs: 30_000, perMbMs: 3_000 };

const MB = 1024 * 1024;

/** The limit, in milliseconds, for a file of `bytes` bytes. */
export function budgetMs(budget: FileBudget, bytes: number): number {
  return Math.round(budget.baseMs + (budget.perMbMs * bytes) / MB);
}

/** What a file that ran out of time is reported with. */
export function timeoutMessage(limitMs: number, stage: string): string {
  return `scanning took longer than ${limitMs} ms (stopped in ${stage}), so the file was not scanned (BOUNDARY_GUARD_FILE_TIMEOUT_MS and BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB set the limit)`;
}

/** Thrown from inside a scan that ran out of time. */
export class ScanTimeout extends Error {
  constructor(limitMs: number, stage: string) {
    super(timeoutMessage(limitMs, stage));
    this.name = 'ScanTimeout';
  }
}

/** The budget from BOUNDARY_GUARD_FILE_TIMEOUT_MS (base) and BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB. */
export function fileBudgetFromEnv(env: NodeJS.ProcessEnv): FileBudget {
  return {
    baseMs: milliseconds(env, 'BOUNDARY_GUARD_FILE_TIMEOUT_MS', DEFAULT_FILE_BUDGET.baseMs, 1),
    perMbMs: milliseconds(env, 'BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB', DEFAULT_FILE_BUDGET.perMbMs, 0),
  };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number, least: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const ms = /^\d{1,10}$/u.test(value.trim()) ? Number(value) : NaN;
  if (!(ms >= least)) throw new UsageError(`${name} takes a whole number of milliseconds (${least} or more), not ${JSON.stringify(value)}`);
  return ms;
}
