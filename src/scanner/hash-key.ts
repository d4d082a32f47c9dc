/**
 * The key behind every value hash and fingerprint a scan prints: one per
 * repository, so that a published report (SARIF, annotations, JSON) cannot
 * confirm a guessed value without it. First found wins:
 *
 * 1. the `BOUNDARY_GUARD_HASH_KEY` environment variable (a CI secret: the
 *    only place a public repository can keep it),
 * 2. `hashKey` in the config,
 * 3. `hashKey` in the baseline the scan reads (written by `baseline` when
 *    neither of the above is set),
 * 4. the caller's fallback (`baseline` passes the key of the file it rewrites,
 *    or a fresh one),
 * 5. a random key made once per process: nothing a run prints can be
 *    matched with another run's output, and nothing can be confirmed.
 */
import { HASH_KEY_ENV, hashKeyFromEnv, MIN_HASH_KEY_LENGTH, PROCESS_HASH_KEY } from '../engine/hash.js';
import { UsageError } from './discover.js';

/** Where a scan's hash key came from. */
export type HashKeySource = 'environment' | 'config' | 'baseline' | 'fallback' | 'random';

export interface ResolvedHashKey {
  readonly key: string;
  readonly source: HashKeySource;
}

/** Picks the key as described above (`env` as `envHashKey` returns it, already checked). */
export function resolveHashKey(sources: {
  readonly env?: string | undefined;
  readonly config?: string | undefined;
  readonly baseline?: string | undefined;
  readonly fallback?: string | undefined;
}): ResolvedHashKey {
  if (sources.env !== undefined) return { key: sources.env, source: 'environment' };
  if (sources.config !== undefined) return { key: sources.config, source: 'config' };
  if (sources.baseline !== undefined) return { key: sources.baseline, source: 'baseline' };
  if (sources.fallback !== undefined) return { key: sources.fallback, source: 'fallback' };
  return { key: PROCESS_HASH_KEY, source: 'random' };
}

/** The key given in the environment, if any; a malformed one is a usage error. */
export function envHashKey(): string | undefined {
  try {
    return hashKeyFromEnv();
  } catch {
    throw new UsageError(`${HASH_KEY_ENV} must be ${MIN_HASH_KEY_LENGTH} to 1024 printable ASCII characters`);
  }
}
