/**
 * Tables of records in a text: CSV (commas or semicolons), TSV and Markdown/pipe tables, as files or
 * pasted into a string, a comment, a YAML block or a fenced block. A header
 * row names the columns; the rows below it with the same number of cells are
 * its records. Built once per text (the record detectors call it for every
 * candidate cell), linear in the text's length.
 */
import { escapeRegExp } from '../../../src/engine/scan-text.js';

/** What makes a header a table of interest, and which column names the record. */
export interface TableSpec {
  /** Normalised column names (lower case, `_` between words) of the column that names the record. */
  readonly nameColumn: RegExp;
  /** Normalised column names that make the table sensitive; each pattern counts once. */
  readonly signalColumns: readonly RegExp[];
  /** How many of `signalColumns` a header must have. */
  readonly minSignals: number;
  /** A cheap test a header line passes before it is split (a word one of the signal columns holds). */
  readonly hint: RegExp;
}

/** One record's naming cell: the cell text and the text of the whole row. */
export interface NamedCell {
  readonly value: string;
  readonly row: readonly string[];
  readonly columns: readonly string[];
}

interface Segment {
  readonly start: number;
  readonly text: string;
}

/** The segment (line, or part of a line between `\n` escapes) that starts at `start`. */
function segmentFrom(text: string, start: number): Segment {
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  let body = text.slice(start, Math.min(lineEnd, start + 64 * 1024));
  const escape = body.indexOf('\\n');
  if (escape !== -1) body = body.slice(0, escape);
  return { start, text: body.endsWith('\r') ? body.slice(0, -1) : body };
}

/** Longest header line read; longer lines are code or data, not a table header. */
const MAX_HEADER = 4000;

/** The segment that holds `at` (searched back at most `MAX_HEADER` characters, so minified lines stay linear). */
function segmentAt(text: string, at: number): Segment {
  const floor = Math.max(0, at - MAX_HEADER);
  const before = text.slice(floor, at);
  const newline = before.lastIndexOf('\n');
  const escape = before.lastIndexOf('\\n');
  if (newline === -1 && escape === -1 && floor > 0) return { start: at, text: text.slice(at, at + MAX_HEADER + 1) };
  return segmentFrom(text, floor + Math.max(newline + 1, escape === -1 ? 0 : escape + 2));
}

/** Where the segment after `segment` starts, or -1 at the end of the text. */
function nextStart(text: string, segment: Segment): number {
  const end = segment.start + segment.text.length;
  if (text.startsWith('\\n', end)) return end + 2;
  const newline = text.indexOf('\n', end);
  return newline === -1 ? -1 : newline + 1;
}

interface Cell {
  readonly start: number;
  readonly text: string;
}

/** Splits a row at `delimiter` outside double quotes (`\"` counts as a quote: the row sits in a string). */
function splitRow(segment: Segment, delimiter: string): Cell[] {
  const cells: Cell[] = [];
  let inQuotes = false;
  let cellStart = 0;
  // Only blanks and backslashes so far in this cell: a quote here opens a quoted cell
  // (a key and quotes before a pasted header do not).
  let blank = true;
  const { text } = segment;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '"' && (inQuotes || blank)) {
      inQuotes = !inQuotes;
      blank = false;
    } else if (i === text.length || (ch === delimiter && !inQuotes)) {
      cells.push({ start: segment.start + cellStart, text: text.slice(cellStart, i) });
      cellStart = i + 1;
      blank = true;
    } else if (ch !== ' ' && ch !== '\t' && ch !== '\\') blank = false;
  }
  return cells;
}

/** `value` without the characters of `lead` at its start and of `trail` at its end (loops, not a regex: linear). */
function trim(value: string, lead: string, trail: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && lead.includes(value.charAt(start))) start++;
  while (end > start && trail.includes(value.charAt(end - 1))) end--;
  return value.slice(start, end);
}

const PADDING = ' \t\r\\"\'`';

/** A cell's text without the quotes, escapes and padding around it. */
export function cellValue(raw: string): string {
  return trim(raw, PADDING, `${PADDING};,)`);
}

/** The column name a header cell ends with (`  "log": "account` → `account`), normalised. */
function columnName(raw: string): string {
  const tail = trim(raw, '', PADDING);
  const word = /[A-Za-z][A-Za-z0-9 _-]{0,40}$/u.exec(tail.slice(-41))?.[0] ?? '';
  return word
    .trim()
    .replace(/([a-z0-9])([A-Z])/gu, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '_');
}

/** Pipe tables: `| a | b |` rows; the outer pipes make an empty first and last cell. */
function trimPipes(cells: Cell[], delimiter: string): Cell[] {
  if (delimiter !== '|') return cells;
  const first = cells[0];
  const last = cells[cells.length - 1];
  let out = cells;
  // Before the first pipe: nothing, a comment marker or the key the table was pasted under.
  if (first && (trim(first.text, ' \t*#>/', '') === '' || ':=('.includes(trim(first.text, '', PADDING).slice(-1) || 'x'))) out = out.slice(1);
  if (last && cellValue(last.text) === '') out = out.slice(0, -1);
  return out;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;
const SEPARATOR_ROW = /^[\s|:*-]+$/u;

/** The naming cells of every record under a matching header, by the cell's offset. */
function scanTables(text: string, spec: TableSpec): Map<number, NamedCell> {
  const found = new Map<number, NamedCell>();
  const hint = new RegExp(spec.hint.source, 'giu');
  // Header candidates are the segments where a hint word occurs; rows are read forward from a header.
  for (let m = hint.exec(text); m !== null; m = hint.exec(text)) {
    const header = segmentAt(text, m.index);
    // Always past the hint: a hint can start inside an escape (`\\network`) that ends the segment before it.
    hint.lastIndex = Math.max(m.index + 1, header.start + header.text.length + 1);
    if (header.text.length > MAX_HEADER) continue;
    for (const delimiter of DELIMITERS) {
      if (!header.text.includes(delimiter)) continue;
      const headerCells = trimPipes(splitRow(header, delimiter), delimiter);
      if (headerCells.length < 3 || headerCells.length > 60) continue;
      const columns = headerCells.map((c) => columnName(c.text));
      const nameIndex = columns.findIndex((c) => spec.nameColumn.test(c));
      if (nameIndex < 0) continue;
      const signals = spec.signalColumns.filter((p) => columns.some((c) => p.test(c))).length;
      if (signals < spec.minSignals) continue;
      let at = nextStart(text, header);
      if (delimiter === '|' && at !== -1 && SEPARATOR_ROW.test(segmentFrom(text, at).text)) at = nextStart(text, segmentFrom(text, at));
      for (; at !== -1; ) {
        const segment = segmentFrom(text, at);
        const cells = trimPipes(splitRow(segment, delimiter), delimiter);
        // The last row of a table pasted into a string literal ends with the literal's quote and comma.
        if (cells.length === headerCells.length + 1 && /^[\s"'`;,)]*$/u.test(cells[cells.length - 1]?.text ?? '')) cells.pop();
        if (cells.length !== headerCells.length) break;
        const cell = cells[nameIndex];
        if (!cell) break;
        const value = cellValue(cell.text.replace(/^[ \t]*(?:[*#>]|\/\/)[ \t]+/u, ''));
        const offset = cell.start + cell.text.indexOf(value);
        if (value.length > 0) found.set(offset, { value, row: cells.map((c) => cellValue(c.text)), columns });
        hint.lastIndex = Math.max(hint.lastIndex, segment.start + segment.text.length + 1);
        at = nextStart(text, segment);
      }
      break;
    }
  }
  return found;
}

const memo = new Map<TableSpec, { text: string; cells: Map<number, NamedCell> }>();

function namedCells(text: string, spec: TableSpec): Map<number, NamedCell> {
  let entry = memo.get(spec);
  if (entry?.text !== text) {
    entry = { text, cells: scanTables(text, spec) };
    memo.set(spec, entry);
  }
  return entry.cells;
}

/**
 * The record whose naming cell starts at `offset`, when `offset` is the
 * naming cell of a row under a header that `spec` accepts.
 */
export function namedCellAt(text: string, offset: number, spec: TableSpec): NamedCell | undefined {
  return namedCells(text, spec).get(offset);
}

/** Whether `text` holds any record under a header that `spec` accepts: a detector's `gate`. */
export function hasTable(text: string, spec: TableSpec): boolean {
  return namedCells(text, spec).size > 0;
}

/**
 * A keyword context for a table detector: the keyword reads as a column
 * name, ending its cell after at most three short words (`Invoice`,
 * `invoice_number`, `Invoice Due Date`) at a delimiter, a closing quote that
 * is not a key's, or the line end. Prose (`the invoice was sent to them.`),
 * calls (`invoiceService.create(`) and keys (`"invoice": {`) do not, and the
 * table reader is then not run over the text.
 */
export function columnNameContext(keywords: readonly string[]): RegExp {
  const words = keywords.map(escapeRegExp).join('|');
  return new RegExp(`(?:${words})[a-z0-9_.#-]{0,16}(?: [a-z0-9_.#-]{1,16}){0,2}[ \\t]{0,4}(?:[,;|\\t]|["'](?![ \\t]{0,4}[:=])|\\r?\\n|\\\\n|$)`, 'iu');
}
