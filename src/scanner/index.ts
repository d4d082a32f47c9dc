/**
 * The scanner: files -> findings for the CLI and for tools that embed it.
 */
export { scan, type ScanOptions } from './scan.js';
export { UsageError, parseShard, inShard, type Shard } from './discover.js';
export { ConfigError, loadConfig, parseConfigText, defaultConfig, CONFIG_FILE_NAME, CONFIG_SCHEMA, DEFAULT_MAX_FILE_SIZE, type ResolvedConfig, type ConfigSuppression, type Level } from './config.js';
export { BaselineError, createBaseline, formatBaseline, readBaseline, applyBaseline, BASELINE_FILE_NAME, BASELINE_VERSION, type BaselineFile, type BaselineEntry } from './baseline.js';
export { matchBaseline, pruneBaseline, isStale, type BaselineResult, type BaselineScope, type EntryMatch, type MovedMatch } from './baseline-match.js';
export { GitError } from './git.js';
export { resolveHashKey, type HashKeySource, type ResolvedHashKey } from './hash-key.js';
export { configuredDetectors } from './rules.js';
export type * from './types.js';
export { summarize, isFailing, exitCodeOf, outcomeOf, type ScanOutcome, type ScanSummary } from './summary.js';
