/**
 * Tables of records in a text: CSV, TSV and Markdown/pipe tables, as files or
 * pasted into a string, a comment, a YAML block or a fenced block. A header
 * row names the columns; the rows below it with the same number of cells are
 * its records. Built once per text (the record detectors call it for every
 * candidate cell), linear in the text's length.
 */

/** What makes a header a table of interest, and which column names the record. */
export interface TableSpec {
  /** Normalised column names (lower case, `_` between words) of the column that names the record. */
  readonly nameColumn: RegExp;
  /** Normalised column names that make the table sensitive; each pattern counts once. */
  readonly signalColumns: readonly RegExp[];
  /** How many of `signalColumns` a header must have. */
  readonly minSignals: number;
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

/** Lines, also split at `\n` escapes (a CSV pasted into a string literal or a JSON value). */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let lineStart = 0;
  for (;;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    for (let at = text.indexOf('\\n', start); at !== -1 && at < lineEnd; at = text.indexOf('\\n', start)) {
      out.push({ start, text: text.slice(start, at) });
      start = at + 2;
    }
    out.push({ start, text: text.slice(start, lineEnd).replace(/\r$/u, '') });
    if (lineEnd >= text.length) return out;
    lineStart = lineEnd + 1;
  }
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
  const { text } = segment;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    // A quote opens a quoted cell only at the start of the cell (a key and quotes before a pasted header do not).
    if (ch === '"' && (inQuotes || /^[ \t\\]*$/u.test(text.slice(cellStart, i)))) inQuotes = !inQuotes;
    else if (i === text.length || (ch === delimiter && !inQuotes)) {
      cells.push({ start: segment.start + cellStart, text: text.slice(cellStart, i) });
      cellStart = i + 1;
    }
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

const DELIMITERS = [',', '\t', '|'] as const;
const SEPARATOR_ROW = /^[\s|:*-]+$/u;

/** The naming cells of every record under a matching header, by the cell's offset. */
function scanTables(text: string, spec: TableSpec): Map<number, NamedCell> {
  const found = new Map<number, NamedCell>();
  const all = segments(text);
  for (let i = 0; i < all.length; i++) {
    const header = all[i];
    if (!header) continue;
    for (const delimiter of DELIMITERS) {
      if (!header.text.includes(delimiter)) continue;
      const headerCells = trimPipes(splitRow(header, delimiter), delimiter);
      if (headerCells.length < 3 || headerCells.length > 60) continue;
      const columns = headerCells.map((c) => columnName(c.text));
      const nameIndex = columns.findIndex((c) => spec.nameColumn.test(c));
      if (nameIndex < 0) continue;
      const signals = spec.signalColumns.filter((p) => columns.some((c) => p.test(c))).length;
      if (signals < spec.minSignals) continue;
      let j = i + 1;
      if (delimiter === '|' && SEPARATOR_ROW.test(all[j]?.text ?? 'x')) j++;
      for (; j < all.length; j++) {
        const segment = all[j];
        if (!segment) break;
        const cells = trimPipes(splitRow(segment, delimiter), delimiter);
        // The last row of a table pasted into a string literal ends with the literal's quote and comma.
        if (cells.length === headerCells.length + 1 && /^[\s"'`;,)]*$/u.test(cells[cells.length - 1]?.text ?? '')) cells.pop();
        if (cells.length !== headerCells.length) break;
        const cell = cells[nameIndex];
        if (!cell) break;
        const value = cellValue(cell.text.replace(/^[ \t]*(?:[*#>]|\/\/)[ \t]+/u, ''));
        const offset = cell.start + cell.text.indexOf(value);
        if (value.length > 0) found.set(offset, { value, row: cells.map((c) => cellValue(c.text)), columns });
      }
      i = j - 1;
      break;
    }
  }
  return found;
}

const memo = new Map<TableSpec, { text: string; cells: Map<number, NamedCell> }>();

/**
 * The record whose naming cell starts at `offset`, when `offset` is the
 * naming cell of a row under a header that `spec` accepts.
 */
export function namedCellAt(text: string, offset: number, spec: TableSpec): NamedCell | undefined {
  let entry = memo.get(spec);
  if (entry?.text !== text) {
    entry = { text, cells: scanTables(text, spec) };
    memo.set(spec, entry);
  }
  return entry.cells.get(offset);
}
