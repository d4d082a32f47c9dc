/**
 * Records: the JSON object, YAML mapping, table row, log line or call that
 * holds a value. Declared contexts ("within the same record") and the
 * record-level synthetic judgement read the record's text. Every search is
 * bounded, so the cost per value is constant and a scan stays linear.
 */
import type { Syntax } from './types.js';

/** The farthest a record reaches from its value, either side. */
export const RECORD_REACH = 2048;

/** The span [start, end) of the record that holds `offset` (or `[offset, end)`). */
export function recordSpan(text: string, offset: number, end: number, syntax: Syntax): [number, number] {
  switch (syntax) {
    case 'json':
    case 'js':
    case 'python':
      // Outside any object, the block of lines around the value (a header comment, a group of statements).
      return braceRecord(text, offset, end) ?? paragraph(text, offset, end);
    case 'yaml':
      return yamlRecord(text, offset, end);
    case 'markdown':
    case 'text':
      return isTableRow(text, offset) ? lineSpan(text, offset, end) : (braceRecord(text, offset, end) ?? paragraph(text, offset, end));
    default:
      return lineSpan(text, offset, end);
  }
}

/**
 * The key of the collection whose element is the value's record: the text
 * before the `[` that opens the array around the record's `{` (JSON, JS,
 * YAML flow), on that bracket's line, or the key line above a YAML list item
 * (`customers:` over `- email: …`). An empty span at `offset` when the record
 * is no element of a list. Bounded like the record.
 */
export function collectionSpan(text: string, offset: number, end: number, syntax: Syntax): [number, number] {
  const none: [number, number] = [offset, offset];
  const [lineStart] = lineSpan(text, offset, end, RECORD_REACH);
  // In block YAML (no flow mapping opened on the value's line) the list is read by indentation.
  if (!text.slice(lineStart, offset).includes('{')) {
    const item = yamlListParent(text, offset, end);
    if (item !== undefined) return item;
    if (syntax === 'yaml') return none;
  }
  const record = braceRecord(text, offset, end);
  if (record === undefined) return none;
  const opener = enclosingOpener(text, record[0]);
  if (opener === undefined || text.charCodeAt(opener) !== 91 /* [ */) return none;
  let [keyStart] = lineSpan(text, opener, opener, 256);
  // A bracket line that names nothing (`() => [`, `(`) takes the key from the line or two above it
  // (`const rows = useMemo(` over `() => [`).
  for (let up = 0; up < 2 && keyStart > 0 && !/[A-Za-z]/u.test(text.slice(keyStart, opener)); up++) {
    [keyStart] = lineSpan(text, keyStart - 1, keyStart - 1, 256);
  }
  return [keyStart, opener];
}

/** The `[` or `{` that holds the record starting at `start`, found by counting brackets back within the reach. */
function enclosingOpener(text: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start - 1, floor = Math.max(0, start - RECORD_REACH); i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 /* } */ || c === 93 /* ] */) depth++;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/**
 * For a value in a YAML list item (`- email: …`, or a sibling line of the
 * item's mapping): the line of the key above the list, the first line above
 * the item indented no deeper than its dash that is not an item itself.
 */
function yamlListParent(text: string, offset: number, end: number): [number, number] | undefined {
  const [recordStart] = yamlRecord(text, offset, end);
  let dash = recordStart;
  while (dash < text.length && (text.charCodeAt(dash) === 32 || text.charCodeAt(dash) === 9)) dash++;
  if (!indentAt(text, recordStart).item) return undefined;
  const column = dash - recordStart;
  for (let prev = recordStart; prev > 0 && recordStart - prev < RECORD_REACH; ) {
    let at = prev - 1;
    while (at > 0 && text.charCodeAt(at - 1) !== 10) at--;
    prev = at;
    const line = indentAt(text, at);
    if (line.blank) continue;
    let first = at;
    while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
    const own = first - at;
    if (own > column || (line.item && own === column)) continue;
    const stop = text.indexOf('\n', at);
    return [at, stop === -1 ? text.length : stop];
  }
  return undefined;
}

/** The line (bounded) that holds [offset, end). */
export function lineSpan(text: string, offset: number, end: number, reach = RECORD_REACH): [number, number] {
  const floor = Math.max(0, offset - reach);
  let start = offset;
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
  const ceiling = Math.min(text.length, end + reach);
  let stop = end;
  while (stop < ceiling && text.charCodeAt(stop) !== 10) stop++;
  return [start, stop];
}

/** The innermost `{ … }` around the value, found by counting braces within the reach. */
function braceRecord(text: string, offset: number, end: number): [number, number] | undefined {
  let depth = 0;
  let start = -1;
  for (let i = offset - 1, floor = Math.max(0, offset - RECORD_REACH); i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 /* } */) depth++;
    else if (c === 123 /* { */) {
      if (depth === 0) {
        start = i;
        break;
      }
      depth--;
    }
  }
  if (start === -1) return undefined;
  depth = 0;
  for (let i = end, ceiling = Math.min(text.length, end + RECORD_REACH); i < ceiling; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125) {
      if (depth === 0) return [start, i + 1];
      depth--;
    }
  }
  return [start, Math.min(text.length, end + RECORD_REACH)];
}

/** Indentation of the line starting at `start`, a list item's dash counting as indentation. */
function indentAt(text: string, start: number): { indent: number; item: boolean; blank: boolean } {
  let i = start;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const item = text.charCodeAt(i) === 45 /* - */ && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9);
  let indent = i - start;
  if (item) {
    i++;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    indent = i - start;
  }
  const c = text.charCodeAt(i);
  return { indent, item, blank: i >= text.length || c === 10 || c === 13 || c === 35 /* # */ };
}

/**
 * The YAML mapping that holds the value: its sibling lines at the same
 * indentation (and their children), up to a line indented less or the list
 * item that opens it.
 */
function yamlRecord(text: string, offset: number, end: number): [number, number] {
  const [lineStart] = lineSpan(text, offset, end, RECORD_REACH);
  const own = indentAt(text, lineStart);
  let start = lineStart;
  if (!own.item) {
    for (let prev = lineStart; prev > 0 && lineStart - prev < RECORD_REACH; ) {
      let at = prev - 1;
      while (at > 0 && text.charCodeAt(at - 1) !== 10) at--;
      const line = indentAt(text, at);
      if (!line.blank && line.indent < own.indent) break;
      prev = at;
      if (line.blank) continue;
      start = at;
      if (line.item && line.indent === own.indent) break;
    }
  }
  let stop = end;
  for (let next = text.indexOf('\n', end); next !== -1 && next - end < RECORD_REACH; next = text.indexOf('\n', next + 1)) {
    const line = indentAt(text, next + 1);
    if (!line.blank && (line.indent < own.indent || (line.item && line.indent <= own.indent))) break;
    const after = text.indexOf('\n', next + 1);
    stop = after === -1 ? text.length : after;
  }
  return [start, Math.min(stop, end + RECORD_REACH)];
}

/** A Markdown paragraph or list block: lines up to a blank line either side. */
function paragraph(text: string, offset: number, end: number): [number, number] {
  const floor = Math.max(0, offset - RECORD_REACH);
  let start = offset;
  while (start > floor && !(text.charCodeAt(start - 1) === 10 && (start < 2 || text.charCodeAt(start - 2) === 10))) start--;
  const ceiling = Math.min(text.length, end + RECORD_REACH);
  let stop = end;
  while (stop < ceiling && !(text.charCodeAt(stop) === 10 && text.charCodeAt(stop + 1) === 10)) stop++;
  return [start, stop];
}

function isTableRow(text: string, offset: number): boolean {
  const [start] = lineSpan(text, offset, offset, 512);
  let i = start;
  while (i < offset && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return text.charCodeAt(i) === 124 /* | */;
}

/**
 * The scalar values of a record: quoted strings and YAML or assignment values
 * after a colon or an equals sign. Bounded by the record, which is bounded.
 */
export function recordValues(record: string): string[] {
  const values: string[] = [];
  for (const m of record.matchAll(/"(?<dq>[^"\\\n]{1,200})"|'(?<sq>[^'\\\n]{1,200})'|[:=][ \t]{1,4}(?<bare>[^\s"'{}[\],#][^\n,#}\]]{0,199})/gu)) {
    const value = (m.groups?.dq ?? m.groups?.sq ?? m.groups?.bare ?? '').trim();
    if (value.length > 0) values.push(value);
  }
  return values;
}
