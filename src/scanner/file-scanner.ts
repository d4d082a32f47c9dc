/**
 * One file in, plain data out: the same code runs on the main thread and in
 * each worker, each with its own engine built from the serialisable config.
 */
import { join } from 'node:path';
import { KeywordScanner } from '../engine/keyword-scan.js';
import type { Finding } from '../engine/types.js';
import type { ResolvedConfig } from './config.js';
import { KeywordTableFiles } from './keyword-cache.js';
import { decodeContent, readFileSafely } from './read-file.js';
import { buildEngine, SuppressionIndex } from './rules.js';
import type { ScanError, ScanFinding, ScanSuppressed, ScanWarning, SkippedFile } from './types.js';

/** Everything a worker needs; structured-clone safe. */
export interface FileScannerInit {
  readonly root: string;
  readonly config: ResolvedConfig;
  readonly showSuppressed: boolean;
  /** A file git lists but the work tree lacks was deleted: skipped, not an error. */
  readonly missingIsDeleted: boolean;
  /** Where the keyword automaton's tables are kept between runs (none: built every time). */
  readonly keywordCacheDir?: string;
}

/** A file to scan: read from disk under the root, or content already in hand (git blobs, stdin). */
export type FileJob = { readonly path: string; readonly content?: Uint8Array };

/** What one file gave; only findings are kept, never the content. */
export interface FileResult {
  readonly path: string;
  readonly bytes: number;
  readonly scanned: boolean;
  readonly findings?: ScanFinding[];
  readonly suppressed?: ScanSuppressed[];
  readonly errors?: ScanError[];
  readonly warnings?: ScanWarning[];
  readonly skipped?: SkippedFile;
}

/** Scans jobs with one engine; `scan` is synchronous. */
export class FileScanner {
  private readonly engine;
  private readonly suppressions: SuppressionIndex;
  private readonly scratch: Buffer;

  constructor(private readonly init: FileScannerInit) {
    if (init.keywordCacheDir !== undefined) KeywordScanner.useStore(new KeywordTableFiles(init.keywordCacheDir));
    this.engine = buildEngine(init.config);
    this.suppressions = new SuppressionIndex(init.config);
    this.scratch = Buffer.allocUnsafe(Math.min(init.config.maxFileSize, 4 * 1024 * 1024) + 1);
  }

  scan(job: FileJob): FileResult {
    const { path } = job;
    let bytes = job.content;
    if (bytes === undefined) {
      const read = readFileSafely(join(this.init.root, path), this.init.config.maxFileSize, this.scratch);
      if (read.kind === 'missing') {
        // A name that is not valid UTF-8 reached us with replacement characters: that file exists but cannot be opened.
        if (path.includes('\uFFFD')) {
          return { path, bytes: 0, scanned: false, errors: [{ code: 'read-error', path, message: 'cannot read the file: its name is not valid UTF-8' }] };
        }
        return this.init.missingIsDeleted
          ? { path, bytes: 0, scanned: false, skipped: { path, reason: 'deleted' } }
          : { path, bytes: 0, scanned: false, errors: [{ code: 'read-error', path, message: 'the file vanished before it could be read' }] };
      }
      if (read.kind === 'error') return { path, bytes: 0, scanned: false, errors: [{ code: 'read-error', path, message: read.message }] };
      if (read.kind === 'skipped') return { path, bytes: 0, scanned: false, skipped: { path, reason: read.reason, ...(read.size !== undefined ? { size: read.size } : {}) } };
      bytes = read.bytes;
    } else if (bytes.length > this.init.config.maxFileSize) {
      return { path, bytes: 0, scanned: false, skipped: { path, reason: 'too-large', size: bytes.length } };
    }
    return this.scanBytes(path, bytes);
  }

  private scanBytes(path: string, bytes: Uint8Array): FileResult {
    const size = bytes.length;
    const decoded = decodeContent(bytes);
    if (decoded.kind === 'binary') return { path, bytes: 0, scanned: false, skipped: { path, reason: 'binary', size } };
    const result = this.engine.scanText(decoded.text, {
      path,
      suppressions: this.suppressions.forPath(path),
      collectSuppressed: this.init.showSuppressed,
    });
    const out: {
      path: string;
      bytes: number;
      scanned: boolean;
      findings?: ScanFinding[];
      suppressed?: ScanSuppressed[];
      errors?: ScanError[];
      warnings?: ScanWarning[];
    } = { path, bytes: size, scanned: true };
    if (result.findings.length > 0) out.findings = result.findings.map((f) => toScanFinding(f, path));
    if (result.suppressed.length > 0) {
      out.suppressed = result.suppressed.map((s) => {
        const { status: _status, ...finding } = toScanFinding(s.finding, path);
        return { finding, by: s.by, reason: s.reason };
      });
    }
    if (result.problems.length > 0 && !this.suppressions.allowsInvalidDirectives(path)) {
      out.errors = result.problems.map((p) => ({ code: 'invalid-directive', path, line: p.line, column: p.column, message: p.message }));
    }
    if (decoded.invalidUtf8) {
      out.warnings = [{ code: 'invalid-utf8', path, message: 'not valid UTF-8: invalid bytes were replaced and the rest was scanned' }];
    }
    return out;
  }
}

/** Drops the offsets (they would let a formatter slice the value out) and adds the path. */
function toScanFinding(finding: Finding, path: string): ScanFinding {
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    preview: finding.preview,
    fingerprint: finding.fingerprint,
    valueHash: finding.valueHash,
    ...(finding.keyPath !== undefined ? { keyPath: finding.keyPath } : {}),
    status: 'new',
  };
}
