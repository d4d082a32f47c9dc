/**
 * boundary-guard.baseline.json: the findings a repository already had,
 * named by fingerprint (keyed hash of detector id + path + value, no line) so
 * entries survive lines moving, and by keyed value hash so that they survive
 * a rename (see baseline-match.ts). It never holds a value or a preview; it holds
 * the hash key only when no other was configured (see hash-key.ts).
 */
import { isValidHashKey } from '../engine/hash.js';
import { readSmallFile } from './read-file.js';
import type { ScanFinding } from './types.js';

/** Default baseline file name, at the scan root. */
export const BASELINE_FILE_NAME = 'boundary-guard.baseline.json';

/** The largest baseline read (about 400 000 entries): a larger one, or one that is not a regular file, is an error. */
export const BASELINE_SIZE_LIMIT = 64 * 1024 * 1024;

/** Version of the baseline file format: 2 since fingerprints are keyed (HMAC-SHA-256). */
export const BASELINE_VERSION = 2;

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  /** Path relative to the scan root: for people reading the file; matching uses the fingerprint. */
  readonly path: string;
  /** How many findings share this fingerprint (the same value several times in one file). */
  readonly count: number;
  /**
   * The findings' keyed value hash (written since renames are matched): with
   * the detector id it finds the entry again when the file was renamed.
   */
  readonly valueHash?: string;
}

export interface BaselineFile {
  readonly version: typeof BASELINE_VERSION;
  /**
   * The key its fingerprints were made with, when neither the environment
   * nor the config gave one; `scan --baseline` then uses it. Anyone who can
   * read the file can use it to test guesses against the fingerprints of the
   * reports: a public repository keeps its key in BOUNDARY_GUARD_HASH_KEY.
   */
  readonly hashKey?: string;
  readonly entries: readonly BaselineEntry[];
}

/** An unreadable or malformed baseline: exit status 2. */
export class BaselineError extends Error {
  override readonly name = 'BaselineError';
}

/** Builds the baseline of `findings`, sorted so that it diffs well; `hashKey` is stored when given. */
export function createBaseline(findings: readonly ScanFinding[], hashKey?: string): BaselineFile {
  const byFingerprint = new Map<string, { fingerprint: string; ruleId: string; path: string; count: number; valueHash: string }>();
  for (const f of findings) {
    const entry = byFingerprint.get(f.fingerprint);
    if (entry) entry.count++;
    else byFingerprint.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, count: 1, valueHash: f.valueHash });
  }
  return { version: BASELINE_VERSION, ...(hashKey !== undefined ? { hashKey } : {}), entries: sortEntries([...byFingerprint.values()]) };
}

/** Entries in the order a baseline file keeps them (path, detector, fingerprint), so that it diffs well. */
export function sortEntries<E extends BaselineEntry>(entries: E[]): E[] {
  return entries.sort((a, b) => compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.fingerprint, b.fingerprint));
}

/** Serialises a baseline (two-space JSON, trailing newline). */
export function formatBaseline(baseline: BaselineFile): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads a baseline file; `shown` names it in messages. */
export function readBaseline(file: string, shown: string): BaselineFile {
  let text: string;
  try {
    text = readSmallFile(file, BASELINE_SIZE_LIMIT);
  } catch (error) {
    throw new BaselineError(`${shown}: cannot read the baseline (${error instanceof Error ? error.message : String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BaselineError(`${shown}: the baseline is not valid JSON`);
  }
  return checkBaseline(value, shown);
}

function checkBaseline(value: unknown, shown: string): BaselineFile {
  const fail = (where: string, what: string): never => {
    throw new BaselineError(`${shown}: invalid baseline: ${where} ${what}`);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('(root)', 'must be an object');
  const { version, entries, hashKey } = value as { version?: unknown; entries?: unknown; hashKey?: unknown };
  if (version === 1) fail('version', 'is 1: its fingerprints are unkeyed hashes; write it again with `boundary-guard baseline`');
  if (version !== BASELINE_VERSION) fail('version', `must be ${BASELINE_VERSION}`);
  if (hashKey !== undefined && (typeof hashKey !== 'string' || !isValidHashKey(hashKey))) fail('hashKey', 'must be 16 to 1024 printable ASCII characters');
  if (!Array.isArray(entries)) return fail('entries', 'must be an array');
  entries.forEach((entry: unknown, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    if (typeof e.fingerprint !== 'string' || !/^[0-9a-f]{16,64}$/u.test(e.fingerprint)) fail(`entries[${i}].fingerprint`, 'must be a hex fingerprint');
    if (typeof e.ruleId !== 'string') fail(`entries[${i}].ruleId`, 'must be a string');
    if (typeof e.path !== 'string') fail(`entries[${i}].path`, 'must be a string');
    if (typeof e.count !== 'number' || !Number.isInteger(e.count) || e.count < 1) fail(`entries[${i}].count`, 'must be a positive integer');
    if (e.valueHash !== undefined && (typeof e.valueHash !== 'string' || !/^[0-9a-f]{16}$/u.test(e.valueHash))) fail(`entries[${i}].valueHash`, 'must be 16 hex digits');
  });
  return value as BaselineFile;
}

/**
 * Marks findings in the baseline `existing`, at most `count` per fingerprint
 * (findings are taken in path/line order, so the first ones are the known ones).
 */
export function applyBaseline(findings: readonly ScanFinding[], baseline: BaselineFile): void {
  for (const finding of inBaseline(findings, baseline)) finding.status = 'existing';
}

/**
 * The findings of `findings` the baseline holds, at most `count` per
 * fingerprint, taken in the order given.
 */
export function inBaseline<F extends { readonly fingerprint: string }>(findings: readonly F[], baseline: BaselineFile): Set<F> {
  const remaining = new Map<string, number>();
  for (const entry of baseline.entries) remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + entry.count);
  const known = new Set<F>();
  for (const finding of findings) {
    const left = remaining.get(finding.fingerprint) ?? 0;
    if (left > 0) {
      known.add(finding);
      remaining.set(finding.fingerprint, left - 1);
    }
  }
  return known;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
