/**
 * Where an import stands, for the detectors of private imports: in a file
 * that is itself private source, in Markdown prose, or in a Go import block.
 */

/** True when the file at `path` (relative to the scan root) lies in one of the private trees `dirs` (folder names, see `privateDirs`). */
export function insidePrivateTree(path: string | undefined, dirs: readonly string[]): boolean {
  if (path === undefined || path === '') return false;
  const posix = path.replace(/\\/gu, '/').toLowerCase();
  const folder = `/${posix.slice(0, posix.lastIndexOf('/') + 1)}`;
  return dirs.some((dir) => folder.includes(`/${dir}/`));
}

/** One text's code ranges (start, end pairs), kept for the next match in the same text. */
let memo: { text: string; code: number[] } | undefined;

const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/u;
/** An indented code line, or an MDX module line (`import … from …` is code there). */
const CODE_LINE = /^(?: {4}|\t|(?:import|export)\b)/u;

/** Offsets of the code of a Markdown text: fenced blocks, indented blocks and MDX `import`/`export` lines. */
function markdownCode(text: string): number[] {
  if (memo?.text === text) return memo.code;
  const code: number[] = [];
  let fence: string | undefined;
  let fenceStart = 0;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    if (fence !== undefined) {
      const close = CLOSE.exec(line)?.[1];
      if (close !== undefined && close.startsWith(fence.charAt(0)) && close.length >= fence.length) {
        code.push(fenceStart, at);
        fence = undefined;
      }
    } else {
      const open = FENCE.exec(line)?.[1];
      if (open !== undefined) {
        fence = open;
        fenceStart = end + 1;
      } else if (CODE_LINE.test(line)) code.push(at, end);
    }
    at = end + 1;
  }
  if (fence !== undefined) code.push(fenceStart, text.length);
  memo = { text, code };
  return code;
}

/**
 * True when `offset` of a Markdown text lies in prose (outside fenced and
 * indented code): a sentence that names an import (``never import from
 * `ee/` ``) is documentation of the boundary, not an import.
 */
export function isMarkdownProse(text: string | undefined, offset: number | undefined): boolean {
  if (text === undefined || offset === undefined) return false;
  const code = markdownCode(text);
  // The last range starting at or before offset (ranges are in text order and do not overlap).
  let low = 0;
  let high = code.length / 2 - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((code[mid * 2] ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found === -1 || offset >= (code[found * 2 + 1] ?? 0);
}

/** How far back an open `import (` is looked for: longer than any real import block. */
const GO_BLOCK_REACH = 8192;

/** True when `offset` lies in an open Go import block (`import (` above, its `)` not yet met). */
export function inGoImportBlock(text: string | undefined, offset: number | undefined): boolean {
  if (text === undefined || offset === undefined) return false;
  const before = text.slice(Math.max(0, offset - GO_BLOCK_REACH), offset);
  const open = before.lastIndexOf('import (');
  return open !== -1 && !before.includes(')', open);
}
