/**
 * A text of any length scanned in overlapping windows, so that memory stays
 * bounded by the window: each window is scanned whole, and keeps the findings
 * that start before the next window does; the next starts `overlap` to
 * `overlap / 2` characters before this one ends (at a line start when there is
 * one), so a value cut by one window's end is found whole by the next. Lines
 * and columns are those of the whole text. A text no longer than the window is
 * one window: the same scan as without windows.
 */
import type { DirectiveProblem, Finding, ScanTextResult, SuppressedFinding } from '../engine/types.js';
import type { TextPiece } from './content.js';

/** Characters two windows share: longer than any value a detector matches. */
export const WINDOW_OVERLAP = 64 * 1024;

/** A finding placed in the whole text; `byteOffset` for strings of a binary. */
export type PlacedFinding = Finding & { readonly byteOffset?: number };

export interface WindowedResult {
  readonly findings: PlacedFinding[];
  readonly suppressed: (Omit<SuppressedFinding, 'finding'> & { readonly finding: PlacedFinding })[];
  readonly problems: DirectiveProblem[];
}

/** Characters that may sit inside a value: a window never starts in a run of them when it can help it. */
const TOKEN = /[\w+/=.:@%~-]/u;

export class WindowedText {
  private buffer = '';
  /** Binary strings: the byte offset of each line of the buffer. */
  private offsets: number[] | undefined;
  private startLine = 1;
  private startColumn = 1;
  private readonly window: number;
  private readonly result: WindowedResult = { findings: [], suppressed: [], problems: [] };
  private readonly problemSeen = new Set<string>();

  constructor(
    private readonly scanOne: (text: string) => ScanTextResult,
    window: number,
    binary: boolean,
  ) {
    this.window = Math.max(window, 4 * WINDOW_OVERLAP);
    if (binary) this.offsets = [];
  }

  push(piece: TextPiece): void {
    if (piece.text.length > 0) this.buffer += piece.text;
    if (this.offsets && piece.lineOffsets) for (const o of piece.lineOffsets) this.offsets.push(o);
    while (this.buffer.length > this.window) this.step(false);
  }

  end(): WindowedResult {
    if (this.buffer.length > 0) this.step(true);
    return this.result;
  }

  private step(final: boolean): void {
    const text = final ? this.buffer : this.buffer.slice(0, this.window);
    const next = final ? text.length : this.nextStart(text);
    const scanned = this.scanOne(text);
    for (const f of scanned.findings) if (f.offset < next) this.result.findings.push(this.place(f));
    for (const s of scanned.suppressed) if (s.finding.offset < next) this.result.suppressed.push({ ...s, finding: this.place(s.finding) });
    for (const p of scanned.problems) {
      const placed = { ...p, ...this.at(p.line, p.column) };
      const key = `${placed.line}:${placed.column}:${placed.message}`;
      if (this.problemSeen.has(key)) continue;
      this.problemSeen.add(key);
      this.result.problems.push(placed);
    }
    if (final) {
      this.buffer = '';
      return;
    }
    // Move the origin to `next`.
    let lines = 0;
    let lastNewline = -1;
    for (let i = this.buffer.indexOf('\n'); i !== -1 && i < next; i = this.buffer.indexOf('\n', i + 1)) {
      lines++;
      lastNewline = i;
    }
    if (lines > 0) {
      this.startLine += lines;
      this.startColumn = next - lastNewline;
      this.offsets?.splice(0, lines);
    } else this.startColumn += next;
    this.buffer = this.buffer.slice(next);
  }

  /** Where the next window starts: a line start, else a non-token character, between `overlap` and `overlap / 2` before the end. */
  private nextStart(text: string): number {
    const earliest = this.window - WINDOW_OVERLAP;
    const latest = this.window - WINDOW_OVERLAP / 2;
    const newline = text.lastIndexOf('\n', latest - 1);
    if (newline >= earliest - 1) return newline + 1;
    for (let i = latest; i > earliest; i--) if (!TOKEN.test(text[i - 1] ?? '')) return i;
    return earliest;
  }

  /** A window's line and column in the whole text. */
  private at(line: number, column: number): { line: number; column: number } {
    return { line: this.startLine + line - 1, column: line === 1 ? column + this.startColumn - 1 : column };
  }

  private place(f: Finding): PlacedFinding {
    const start = this.at(f.line, f.column);
    const end = this.at(f.endLine, f.endColumn);
    const placed: PlacedFinding = { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    if (!this.offsets) return placed;
    // Strings are ASCII: a column is a byte.
    const lineStart = this.offsets[f.line - 1] ?? 0;
    return { ...placed, byteOffset: lineStart + (f.line === 1 ? this.startColumn - 1 : 0) + f.column - 1 };
  }
}
