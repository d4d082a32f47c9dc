import type { BaselineResult } from './baseline-match.js';
import type { HashKeySource } from './hash-key.js';
import type { BoundaryCategory } from '../contract/categories.js';
import type { Detector, Severity } from '../engine/types.js';

/** Where the scanned content comes from. */
export type ScanMode = 'tree' | 'staged' | 'diff' | 'stdin';

/**
 * `new` fails the gate; `existing` is reported only: it is in the baseline,
 * or (with `--diff`) it sits on a line the change did not add.
 */
export type FindingStatus = 'new' | 'existing';

/** One finding of a scan, as reports see it: no offsets, never the value. */
export interface ScanFinding {
  readonly ruleId: string;
  readonly category: BoundaryCategory;
  readonly severity: Severity;
  readonly message: string;
  /** Path relative to the scan root (git top level), forward slashes; fingerprints use it. */
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Masked value: a short prefix, the length and a hash. */
  readonly preview: string;
  readonly fingerprint: string;
  /** Truncated SHA-256 of the value: lets a configured suppression name it. */
  readonly valueHash: string;
  readonly keyPath?: string;
  /** In a binary file (its printable strings are scanned): where the value starts, in bytes; line and column are then 1. */
  readonly byteOffset?: number;
  /**
   * `scan --diff`: the commit (12 hex digits) that added a value HEAD no
   * longer holds; path and line are those of that commit's version of the file.
   */
  readonly commit?: string;
  status: FindingStatus;
}

/** A finding that was not reported, and why (`--show-suppressed`). */
export interface ScanSuppressed {
  readonly finding: Omit<ScanFinding, 'status'>;
  readonly by: 'synthetic' | 'inline' | 'config';
  readonly reason: string;
}

/**
 * Why a file was not scanned. `binary` (a known binary format: image, font,
 * compressed archive), `symlink`, `deleted` and `excluded` are listed only;
 * `special-file` (a FIFO, socket or device) also comes with a `not-scanned` error. `own-output`: a
 * SARIF file, json report or detectors list of boundary-guard's own, recognised by its structure.
 */
export type SkipReason = 'binary' | 'too-large' | 'symlink' | 'special-file' | 'deleted' | 'excluded' | 'own-output';

export interface SkippedFile {
  readonly path: string;
  readonly reason: SkipReason;
  /** Size in bytes, when known. */
  readonly size?: number;
  /** The binary format recognised by its signature (`png`, `woff2`, `zip`…). */
  readonly format?: string;
}

/** Kinds of error: each makes the exit status 2. */
export type ScanErrorCode =
  | 'read-error'
  | 'not-scanned'
  | 'invalid-directive'
  | 'git-error'
  | 'config-error'
  | 'baseline-error'
  | 'worker-error'
  | 'scan-timeout'
  | 'usage-error'
  | 'internal-error';

/** Something that kept the scan from being complete or trustworthy. */
export interface ScanError {
  readonly code: ScanErrorCode;
  readonly message: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
}

/** Kinds of warning: reported, never failing on their own. */
export type ScanWarningCode = 'invalid-utf8' | 'expired-suppression' | 'unstable-hash-key' | 'stale-baseline-entry' | 'unreadable-path-aliases';

export interface ScanWarning {
  readonly code: ScanWarningCode;
  readonly message: string;
  readonly path?: string;
}

/** Everything a scan found, before any formatting. */
export interface ScanReport {
  readonly mode: ScanMode;
  /** Absolute scan root: the git top level, or the directory scanned. */
  readonly root: string;
  /** Absolute directory report paths are relative to. */
  readonly cwd: string;
  readonly findings: ScanFinding[];
  readonly suppressed: ScanSuppressed[];
  readonly errors: ScanError[];
  readonly warnings: ScanWarning[];
  readonly skipped: SkippedFile[];
  readonly stats: ScanStats;
  /** The detectors the config left on, each with the severity it runs at (rule metadata for SARIF). */
  readonly detectors?: readonly Detector[];
  /** Where the key of its value hashes and fingerprints came from (never the key). */
  readonly hashKeySource?: HashKeySource;
  /** The baseline read (`--baseline` or the config's `baseline`) and how each of its entries fared. */
  readonly baseline?: BaselineResult;
}

export interface ScanStats {
  /** Files whose content was scanned. */
  files: number;
  /** Bytes scanned. */
  bytes: number;
  durationMs: number;
  /** Worker threads used (0: scanned on the main thread). */
  workers: number;
}

/** Progress of a running scan, for a status line. */
export interface ScanProgress {
  readonly done: number;
  readonly total: number;
  readonly bytes: number;
}
