/**
 * One file in, plain data out: the same code runs on the main thread and in
 * each worker, each with its own engine built from the serialisable config.
 */
import { closeSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { KeywordScanner } from '../engine/keyword-scan.js';
import type { ResolvedConfig } from './config.js';
import { chunkDecoder, classify, PROBE_BYTES, type ChunkDecoder, type Kind, type TextPiece } from './content.js';
import { KeywordTableFiles } from './keyword-cache.js';
import { budgetMs, ScanTimeout, type FileBudget } from './budget.js';
import { mayBeOwnOutput, ownOutputKind } from './own-output.js';
import { keystoreDescriptor } from './keystore.js';
import { errorCodeOf, openRegularFile } from './read-file.js';
import { WindowedText, type PlacedFinding, type WindowedResult } from './windows.js';
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
  /** The time a file may take (none: no limit); see budget.ts. */
  readonly budget?: FileBudget;
}

/** Told where a scan is: the stage of the engine's work (`stageName`) and the size of the file. */
export interface ScanProgress {
  stage(stage: number): void;
  size(bytes: number): void;
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

/** Categories whose findings are secrets: never masked away in our own outputs, so one there is real. */
const SECRET_CATEGORIES: ReadonlySet<string> = new Set(['connector-credential', 'signing-material', 'license-key', 'escalation-webhook']);

/** Bytes read from a file per system call (and the most a scanner keeps of a file it reads from disk). */
const READ_CHUNK = 1024 * 1024;

/**
 * Takes a file's bytes in order; `end` scans what is left and gives the
 * file's result. `push` returns false once no further byte can change the
 * result (a binary of a known format is skipped whole): the caller may stop
 * reading.
 */
export interface FileSink {
  push(chunk: Uint8Array): boolean;
  end(): FileResult;
}

/** Scans jobs with one engine; `scan` is synchronous. */
export class FileScanner {
  private readonly engine;
  private readonly suppressions: SuppressionIndex;
  private readonly scratch: Buffer;
  private progress: ScanProgress | undefined;
  /** The running file's deadline (performance.now() clock) and limit. */
  private deadline: { readonly at: number; readonly limitMs: number } | undefined;

  constructor(private readonly init: FileScannerInit) {
    if (init.keywordCacheDir !== undefined) KeywordScanner.useStore(new KeywordTableFiles(init.keywordCacheDir));
    this.engine = buildEngine(init.config);
    // Between stages: report where the scan is, and stop it once it is past its file's budget.
    this.engine.onStage((stage) => {
      this.progress?.stage(stage);
      const deadline = this.deadline;
      if (deadline !== undefined && performance.now() > deadline.at) throw new ScanTimeout(deadline.limitMs, this.engine.stageName(stage));
    });
    this.suppressions = new SuppressionIndex(init.config);
    this.scratch = Buffer.allocUnsafe(Math.min(init.config.maxFileSize + 1, READ_CHUNK));
  }

  /** Tells `progress` where each scan is (a worker hands it to the pool's watchdog). */
  onProgress(progress: ScanProgress | undefined): void {
    this.progress = progress;
  }

  /** What a stage number given to `ScanProgress.stage` stands for. */
  stageName(stage: number): string {
    return this.engine.stageName(stage);
  }

  /**
   * Scans one file. A file that runs out of its budget (`init.budget`) is not
   * scanned: its result is a `scan-timeout` error naming the stage it was in.
   */
  scan(job: FileJob): FileResult {
    try {
      return this.scanJob(job);
    } catch (error) {
      if (!(error instanceof ScanTimeout)) throw error;
      return { path: job.path, bytes: 0, scanned: false, errors: [{ code: 'scan-timeout', path: job.path, message: error.message }] };
    } finally {
      this.deadline = undefined;
    }
  }

  /** Starts the clock on a file of `bytes` bytes. */
  private started(bytes: number): void {
    this.progress?.size(bytes);
    const budget = this.init.budget;
    if (budget === undefined) return;
    const limitMs = budgetMs(budget, bytes);
    this.deadline = { at: performance.now() + limitMs, limitMs };
  }

  private scanJob(job: FileJob): FileResult {
    const { path } = job;
    // A keystore is binary: it is reported by type, from a digest of its bytes (keystore.ts).
    const keystore = keystoreDescriptor(path, join(this.init.root, path), job.content);
    if (keystore !== undefined) {
      this.started(keystore.length);
      const sink = this.stream(path);
      sink.push(keystore);
      return sink.end();
    }
    if (job.content !== undefined) {
      this.started(job.content.length);
      const sink = this.stream(path);
      sink.push(job.content);
      return sink.end();
    }
    const opened = openRegularFile(join(this.init.root, path));
    if (opened.kind === 'missing') {
      // A name that is not valid UTF-8 reached us with replacement characters: that file exists but cannot be opened.
      if (path.includes('\uFFFD')) {
        return { path, bytes: 0, scanned: false, errors: [{ code: 'read-error', path, message: 'cannot read the file: its name is not valid UTF-8' }] };
      }
      return this.init.missingIsDeleted
        ? { path, bytes: 0, scanned: false, skipped: { path, reason: 'deleted' } }
        : { path, bytes: 0, scanned: false, errors: [{ code: 'read-error', path, message: 'the file vanished before it could be read' }] };
    }
    if (opened.kind === 'error') return { path, bytes: 0, scanned: false, errors: [{ code: 'read-error', path, message: opened.message }] };
    if (opened.kind === 'symlink') return { path, bytes: 0, scanned: false, skipped: { path, reason: 'symlink' } };
    if (opened.kind === 'special') {
      return {
        path,
        bytes: 0,
        scanned: false,
        skipped: { path, reason: 'special-file' },
        errors: [{ code: 'not-scanned', path, message: 'not scanned: a FIFO, socket or device is never opened (exclude it in the config, with a reason, if it belongs there)' }],
      };
    }
    this.started(opened.size);
    const sink = this.stream(path, opened.size);
    try {
      // A regular file returns less than asked only at its end: a file read whole in one call takes no second one.
      for (let total = 0; ; ) {
        const n = readSync(opened.fd, this.scratch, 0, this.scratch.length, null);
        if (n === 0) break;
        total += n;
        if (!sink.push(this.scratch.subarray(0, n))) break;
        if (n < this.scratch.length && total >= opened.size) break;
      }
    } catch (error) {
      if (error instanceof ScanTimeout) throw error;
      return { path, bytes: 0, scanned: false, errors: [{ code: 'read-error', path, message: `cannot read the file (${errorCodeOf(error)})` }] };
    } finally {
      closeSync(opened.fd);
    }
    return sink.end();
  }

  /**
   * A file given chunk by chunk: its kind is decided from the first bytes,
   * text is decoded as it comes and scanned in windows of `maxFileSize`
   * characters (one window for a file no larger), a binary of a known format
   * is listed as skipped (with `size` when the caller knows it, since its
   * bytes stop being read), and any other binary's printable strings are scanned.
   */
  stream(path: string, size?: number): FileSink {
    let probe: Buffer[] = [];
    let probed = 0;
    let kind: Kind | undefined;
    let decoder: ChunkDecoder | undefined;
    let windows: WindowedText | undefined;
    let bytes = 0;
    // The text of what may be one of our own outputs, kept (up to maxFileSize characters) to be checked whole at the end.
    let kept: string[] | undefined;
    let keptLength = 0;
    const feed = (piece: TextPiece): void => {
      if (kept !== undefined) {
        keptLength += piece.text.length;
        if (keptLength > this.init.config.maxFileSize) kept = undefined;
        else kept.push(piece.text);
      }
      windows?.push(piece);
    };
    const decide = (first: Uint8Array): void => {
      kind = classify(first.subarray(0, PROBE_BYTES));
      if (kind.kind === 'known-binary') return;
      const binary = kind.kind === 'binary';
      decoder = chunkDecoder(kind);
      windows = new WindowedText(
        (text) =>
          this.engine.scanText(text, {
            path,
            ...(binary ? { syntax: 'text' as const } : {}),
            suppressions: this.suppressions.forPath(path),
            collectSuppressed: this.init.showSuppressed,
          }),
        this.init.config.maxFileSize,
        binary,
      );
      const piece = decoder.push(first);
      if (!binary && mayBeOwnOutput(piece.text)) kept = [];
      feed(piece);
    };
    return {
      push: (chunk) => {
        bytes += chunk.length;
        if (kind === undefined) {
          if (probed + chunk.length < PROBE_BYTES) {
            // Kept until enough has come to decide: copied, since the caller may reuse its buffer.
            probe.push(Buffer.from(chunk));
            probed += chunk.length;
            return true;
          }
          const first = probe.length === 0 ? chunk : Buffer.concat([...probe, chunk]);
          probe = [];
          decide(first);
          return decoder !== undefined;
        }
        if (decoder && windows) feed(decoder.push(chunk));
        return decoder !== undefined;
      },
      end: () => {
        if (kind === undefined) decide(Buffer.concat(probe));
        if (kind === undefined || kind.kind === 'known-binary' || !decoder || !windows) {
          return { path, bytes: 0, scanned: false, skipped: { path, reason: 'binary', size: Math.max(bytes, size ?? 0), ...(kind?.kind === 'known-binary' ? { format: kind.format } : {}) } };
        }
        feed(decoder.end());
        const result = windows.end();
        // Our own report or catalog: its values are masked already, so a credential in it means the file only looks like
        // one (a secret wrapped in a report to pass the gate) and it is reported as any file. Otherwise it is listed as
        // skipped, with the reason: the rule metadata it carries (descriptions, keywords) is no finding.
        if (kept !== undefined && !result.findings.some((f) => SECRET_CATEGORIES.has(f.category)) && ownOutputKind(kept.join('')) !== undefined) {
          return { path, bytes: 0, scanned: false, skipped: { path, reason: 'own-output', size: bytes } };
        }
        return this.result(path, bytes, result, decoder.invalid, kind.kind === 'binary');
      },
    };
  }

  private result(path: string, size: number, result: WindowedResult, invalid: boolean, binary: boolean): FileResult {
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
    if (result.problems.length > 0 && !binary && !this.suppressions.allowsInvalidDirectives(path)) {
      out.errors = result.problems.map((p) => ({ code: 'invalid-directive', path, line: p.line, column: p.column, message: p.message }));
    }
    if (invalid) {
      out.warnings = [{ code: 'invalid-utf8', path, message: 'not valid in its encoding: invalid bytes were replaced and the rest was scanned' }];
    }
    return out;
  }
}

/**
 * Drops the offsets (they would let a formatter slice the value out) and adds
 * the path. A finding in a binary's strings is placed by its byte offset: its
 * line and column are those of the file's start, and the message says where.
 */
function toScanFinding(finding: PlacedFinding, path: string): ScanFinding {
  if (finding.byteOffset !== undefined) {
    return {
      ...toScanFinding({ ...finding, byteOffset: undefined, line: 1, column: 1, endLine: 1, endColumn: 1, message: `${finding.message} (binary file, at byte offset ${finding.byteOffset})` }, path),
      byteOffset: finding.byteOffset,
    };
  }
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
