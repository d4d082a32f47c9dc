/** Reading JSON text, and JSONC (JSON with comments and trailing commas, as tsconfig.json is written). */

/**
 * Where JSON.parse stopped, as a line and column: never its message, which
 * quotes the text around the error (a config may be a symlink to any file).
 */
export function jsonErrorWhere(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/u.exec(message)?.[1];
  if (position === undefined) return /end of (?:JSON|data) input/iu.test(message) ? 'it ends too early' : 'a syntax error';
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `a syntax error at line ${line}, column ${column}`;
}

/** JSONC that no JSON could be made of; its message names the fault, never the text. */
export class JsoncError extends SyntaxError {
  override readonly name = 'JsoncError';
}

/**
 * JSON with comments and trailing commas (tsconfig's JSONC) to plain JSON:
 * comments and a comma before `}` or `]` become spaces, only outside
 * strings, so that a position in the result is the same in the text. One
 * pass for comments, one for commas: linear.
 */
export function jsoncToJson(text: string): string {
  const blank = (part: string): string => part.replace(/[^\n]/gu, ' ');
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') i = stringEnd(text, i);
    else if (c === '/' && (text.charAt(i + 1) === '/' || text.charAt(i + 1) === '*')) {
      const block = text.charAt(i + 1) === '*';
      const close = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      if (block && close === -1) throw new JsoncError('a comment is not closed');
      const end = block ? close + 2 : close === -1 ? text.length : close;
      parts.push(text.slice(from, i), blank(text.slice(i, end)));
      i = from = end;
    } else i++;
  }
  parts.push(text.slice(from));
  const stripped = parts.join('');
  const kept: string[] = [];
  from = 0;
  i = 0;
  while (i < stripped.length) {
    const c = stripped.charAt(i);
    if (c === '"') i = stringEnd(stripped, i);
    else if (c === ',') {
      let next = i + 1;
      while (next < stripped.length && /\s/u.test(stripped.charAt(next))) next++;
      if (stripped.charAt(next) === '}' || stripped.charAt(next) === ']') {
        kept.push(stripped.slice(from, i), ' ');
        from = i + 1;
      }
      i = next;
    } else i++;
  }
  kept.push(stripped.slice(from));
  return kept.join('');
}

/** The index just past the string that starts at `start` (a `"`); the text's end when it is not closed. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\') i += 2;
    else if (c === '"') return i + 1;
    else i++;
  }
  return text.length;
}
