/**
 * Small, bounded readers of the documents a contract payload is written in:
 * JSON (with comments), JS/TS object literals and block YAML. Each value keeps
 * its span in the text, so a finding lands on the value itself. Anything that
 * is not a literal (an identifier, a call, a template with expressions) is an
 * `unknown` node: nothing is said about it. Every reader stops after a fixed
 * number of characters, so the cost stays linear in the text.
 */

/** A value read from the text; `start`/`end` span a string's content, or the whole value. */
export type PayloadNode =
  | { readonly kind: 'string'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'scalar'; readonly value: number | boolean | null; readonly start: number; readonly end: number }
  | { readonly kind: 'unknown'; readonly start: number; readonly end: number }
  | { readonly kind: 'array'; readonly items: PayloadNode[]; readonly start: number; readonly end: number; readonly open: boolean }
  | {
      readonly kind: 'object';
      readonly entries: { readonly key: string; readonly keyStart: number; readonly keyEnd: number; readonly node: PayloadNode }[];
      readonly start: number;
      readonly end: number;
      /** Spread or computed members: keys beyond those listed may exist. */
      readonly open: boolean;
    };

export type ObjectNode = Extract<PayloadNode, { kind: 'object' }>;

/** The farthest a payload reaches from its opening brace or first line. */
export const PAYLOAD_REACH = 65_536;

/** Stands for a value that cannot be known without running the code. */
export const UNKNOWN_VALUE: unique symbol = Symbol('unknown payload value');

/** The plain value of a node (`UNKNOWN_VALUE` where it is not a literal). */
export function plainValue(node: PayloadNode): unknown {
  switch (node.kind) {
    case 'string':
    case 'scalar':
      return node.value;
    case 'unknown':
      return UNKNOWN_VALUE;
    case 'array':
      // Spread members (`[...CHECKS]`) leave the items unknown: nothing is said about their number.
      return node.open ? UNKNOWN_VALUE : node.items.map(plainValue);
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, plainValue(e.node)]));
  }
}

class Stop extends Error {}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff || c === 0xa0;
const isIdentifier = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 45 || c > 127;

/** Reads a JSON value or a JS/TS object or array literal starting at `start` (a `{` or `[`). */
export function readBraced(text: string, start: number, flowYaml = false): PayloadNode | undefined {
  const limit = Math.min(text.length, start + PAYLOAD_REACH);
  let i = start;
  const fail = (): never => {
    throw new Stop();
  };
  const skip = (): void => {
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) i++;
      else if (c === 47 && text.charCodeAt(i + 1) === 47) {
        const end = text.indexOf('\n', i);
        i = end === -1 || end > limit ? limit : end;
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        const end = text.indexOf('*/', i + 2);
        i = end === -1 || end > limit ? fail() : end + 2;
      } else if (flowYaml && c === 35) {
        const end = text.indexOf('\n', i);
        i = end === -1 || end > limit ? limit : end;
      } else return;
    }
  };
  const readString = (): { value: string; start: number; end: number } | undefined => {
    const quote = text.charCodeAt(i);
    const from = i + 1;
    let value = '';
    let j = from;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (c === quote) break;
      if (c === 10 && quote !== 96) fail();
      if (quote === 96 && c === 36 && text.charCodeAt(j + 1) === 123) {
        // A template with an expression: its value is not known; skip to its end.
        let depth = 0;
        for (; j < limit; j++) {
          const d = text.charCodeAt(j);
          if (d === 123) depth++;
          else if (d === 125) depth--;
          else if (d === 96 && depth === 0) break;
        }
        i = j + 1;
        return undefined;
      }
      if (c === 92 && !(flowYaml && quote === 39)) {
        const next = text.charAt(j + 1);
        const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\', '/': '/', '`': '`' };
        if (next === 'u' && /^[0-9a-fA-F]{4}$/u.test(text.slice(j + 2, j + 6))) {
          value += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
          j += 6;
        } else {
          value += escapes[next] ?? next;
          j += 2;
        }
        continue;
      }
      if (flowYaml && quote === 39 && c === 39 && text.charCodeAt(j + 1) === 39) {
        value += "'";
        j += 2;
        continue;
      }
      value += text.charAt(j);
      j++;
    }
    if (j >= limit) fail();
    i = j + 1;
    return { value, start: from, end: j };
  };
  /** Skips an expression up to a `,`, `}` or `]` at its own depth. */
  const skipExpression = (): void => {
    let depth = 0;
    while (i < limit) {
      const c = text.charCodeAt(i);
      if (c === 34 || c === 39 || c === 96) {
        readString();
        continue;
      }
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        if (depth === 0) return;
        depth--;
      } else if (c === 44 && depth === 0) return;
      i++;
    }
    fail();
  };
  const readValue = (): PayloadNode => {
    skip();
    const from = i;
    const c = text.charCodeAt(i);
    if (c === 123) return readObject();
    if (c === 91) return readArray();
    if (c === 34 || c === 39 || c === 96) {
      const s = readString();
      return s ? { kind: 'string', ...s } : { kind: 'unknown', start: from, end: i };
    }
    const word = /(?:true|false|null|-?\d[\d.eE+-]*)(?![\w$])/uy;
    word.lastIndex = i;
    const m = word.exec(text);
    if (m) {
      i += m[0].length;
      skip();
      const next = text.charCodeAt(i);
      if (next === 44 || next === 125 || next === 93) {
        const raw = m[0];
        return { kind: 'scalar', value: raw === 'null' ? null : raw === 'true' ? true : raw === 'false' ? false : Number(raw), start: from, end: from + raw.length };
      }
      i = from;
    }
    skipExpression();
    let end = i;
    while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
    if (flowYaml && end > from) return { kind: 'string', value: text.slice(from, end), start: from, end };
    return { kind: 'unknown', start: from, end };
  };
  /** `value as const`, `value satisfies T`: the value stands; other trailing syntax makes it unknown. */
  const trailing = (node: PayloadNode): PayloadNode => {
    skip();
    const c = text.charCodeAt(i);
    if (i >= limit || c === 44 || c === 125 || c === 93) return node;
    const typed = /(?:as|satisfies)\s/uy;
    typed.lastIndex = i;
    const kept = typed.test(text) && node.kind !== 'unknown';
    skipExpression();
    return kept ? node : { kind: 'unknown', start: node.start, end: i };
  };
  const readKey = (): { key: string; start: number; end: number } | undefined => {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      const s = readString();
      return s && { key: s.value, start: s.start, end: s.end };
    }
    const from = i;
    while (i < limit && isIdentifier(text.charCodeAt(i))) i++;
    if (flowYaml) while (i < limit && text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) !== 58) i++;
    return i > from ? { key: text.slice(from, i).trim(), start: from, end: i } : undefined;
  };
  /** The members of an object or array up to `close`, spreads marking it open; `member` reads one. */
  const readMembers = (close: number, member: () => boolean): boolean => {
    let open = false;
    for (;;) {
      skip();
      if (i >= limit) fail();
      if (text.charCodeAt(i) === close) break;
      if (text.startsWith('...', i)) {
        open = true;
        i += 3;
        skipExpression();
      } else open = member() || open;
      skip();
      const c = text.charCodeAt(i);
      if (c === 44) i++;
      else if (c !== close) fail();
    }
    i++;
    return open;
  };
  const readObject = (): PayloadNode => {
    const from = i;
    i++;
    const entries: ObjectNode['entries'] = [];
    const open = readMembers(125, () => {
      const key = text.charCodeAt(i) === 91 ? undefined : readKey();
      skip();
      if (key === undefined || text.charCodeAt(i) !== 58) {
        // Computed keys, methods and shorthand members: their values are not read.
        skipExpression();
        return key === undefined;
      }
      i++;
      entries.push({ key: key.key, keyStart: key.start, keyEnd: key.end, node: trailing(readValue()) });
      return false;
    });
    return { kind: 'object', entries, start: from, end: i, open };
  };
  const readArray = (): PayloadNode => {
    const from = i;
    i++;
    const items: PayloadNode[] = [];
    const open = readMembers(93, () => {
      items.push(trailing(readValue()));
      return false;
    });
    return { kind: 'array', items, start: from, end: i, open };
  };
  try {
    return readValue();
  } catch (error) {
    if (error instanceof Stop) return undefined;
    throw error;
  }
}

/** The `{` that opens the object around `offset`, found by counting braces within the reach. */
export function enclosingBrace(text: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = offset - 1, floor = Math.max(0, offset - PAYLOAD_REACH); i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 125) depth++;
    else if (c === 123) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

interface YamlLine {
  readonly start: number;
  /** Column of the content, after indentation and any `- ` item markers. */
  readonly indent: number;
  /** Columns of the `- ` markers on the line. */
  readonly dashes: number[];
  readonly content: number;
  readonly end: number;
  readonly blank: boolean;
}

function yamlLine(text: string, start: number, stop: number): YamlLine {
  let end = text.indexOf('\n', start);
  if (end === -1 || end > stop) end = stop;
  let i = start;
  const dashes: number[] = [];
  for (;;) {
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (text.charCodeAt(i) === 45 && (i + 1 === end || text.charCodeAt(i + 1) === 32)) {
      dashes.push(i - start);
      i++;
    } else break;
  }
  const c = text.charCodeAt(i);
  const blank = i >= end || c === 35 || c === 13;
  return { start, indent: i - start, dashes, content: i, end: text.charCodeAt(end - 1) === 13 ? end - 1 : end, blank };
}

const YAML_KEY = /(?:"(?<dq>[^"\\\n]{1,200})"|'(?<sq>[^'\n]{1,200})'|(?<plain>[^\s:#'"[\]{},&*!|>%@`-][^:\n#]{0,200}?|-[^\s:#][^:\n#]{0,199}?))[ \t]*:(?=[ \t\r\n]|$)/uy;

/**
 * Reads the block YAML mapping whose first key starts at `offset` (a line
 * start or just after a `- ` item marker), within [from, stop).
 */
export function readYamlMapping(text: string, offset: number, stop: number): ObjectNode | undefined {
  const limit = Math.min(stop, offset + PAYLOAD_REACH);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines: YamlLine[] = [];
  for (let at = lineStart; at < limit; ) {
    const line = yamlLine(text, at, limit);
    lines.push(line);
    const next = text.indexOf('\n', at);
    if (next === -1 || next >= limit) break;
    at = next + 1;
  }
  let index = 0;

  const scalar = (from: number, to: number): PayloadNode => {
    let end = to;
    // A comment starts at ` #`.
    for (let j = from; j < to; j++) if (text.charCodeAt(j) === 35 && (j === from || text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) {
      end = j;
      break;
    }
    while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    const c = text.charCodeAt(from);
    if (c === 34 || c === 39 || c === 91 || c === 123) {
      const node = readBraced(text.slice(0, end), from, true);
      if (node) return node;
      return { kind: 'unknown', start: from, end };
    }
    const raw = text.slice(from, end);
    if (/^(?:true|false|True|False|null|~|-?\d+(?:\.\d+)?)$/u.test(raw)) {
      const value = raw === '~' || raw === 'null' ? null : /^(?:true|True)$/u.test(raw) ? true : /^(?:false|False)$/u.test(raw) ? false : Number(raw);
      return { kind: 'scalar', value, start: from, end };
    }
    if (c === 38 || c === 42 || c === 33) return { kind: 'unknown', start: from, end };
    return { kind: 'string', value: raw, start: from, end };
  };

  /** A `|` or `>` block scalar: the more-indented lines below `parent`. */
  const blockScalar = (parent: number, folded: boolean): PayloadNode => {
    const parts: string[] = [];
    let start = -1;
    let end = -1;
    while (index < lines.length) {
      const line = lines[index];
      if (!line) break;
      const empty = line.content >= line.end;
      if (!empty && (line.dashes[0] ?? line.indent) <= parent) break;
      index++;
      if (empty) {
        parts.push('');
        continue;
      }
      const from = line.start + (line.dashes[0] ?? line.indent);
      if (start === -1) start = from;
      end = line.end;
      parts.push(text.slice(from, line.end));
    }
    const value = parts.join(folded ? ' ' : '\n').trim();
    return start === -1 ? { kind: 'string', value: '', start: 0, end: 0 } : { kind: 'string', value, start, end };
  };

  /** The value after `key:` at [from, to) of a line whose key sits at column `column`. */
  const valueAfter = (from: number, to: number, column: number): PayloadNode => {
    let j = from;
    while (j < to && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (j >= to || text.charCodeAt(j) === 35) return childBlock(column);
    const c = text.charCodeAt(j);
    if ((c === 124 || c === 62) && /^[|>][-+0-9]*[ \t]*(?:#.*)?$/u.test(text.slice(j, to))) return blockScalar(column, c === 62);
    return scalar(j, to);
  };

  /** The block under a key at `column`: a mapping or a sequence indented more (a sequence may sit at the key's column). */
  const childBlock = (column: number): PayloadNode => {
    while (index < lines.length && lines[index]?.blank) index++;
    const line = lines[index];
    const here = line ? (line.dashes[0] ?? line.indent) : -1;
    if (!line || here < column || (here === column && line.dashes.length === 0)) {
      return { kind: 'scalar', value: null, start: line?.start ?? limit, end: line?.start ?? limit };
    }
    if (line.dashes.length > 0) return sequence(here);
    return mapping(here, line.start + here) ?? { kind: 'unknown', start: line.start, end: line.end };
  };

  const sequence = (column: number): PayloadNode => {
    const items: PayloadNode[] = [];
    const first = lines[index];
    const from = first ? first.start + column : limit;
    let end = from;
    while (index < lines.length) {
      const line = lines[index];
      if (!line) break;
      if (line.blank && line.dashes.length === 0) {
        index++;
        continue;
      }
      if (line.dashes[0] !== column) break;
      const item = itemAt(line, 1);
      items.push(item);
      end = item.end;
    }
    return { kind: 'array', items, start: from, end, open: false };
  };

  /** The item after the `depth`-th dash of `line` (nested `- - x` items read deeper). */
  const itemAt = (line: YamlLine, depth: number): PayloadNode => {
    if (depth < line.dashes.length) {
      const column = line.dashes[depth] ?? 0;
      const items: PayloadNode[] = [itemAt(line, depth + 1)];
      while (index < lines.length && lines[index]?.dashes[0] === column && !lines[index]?.blank) {
        const next = lines[index];
        if (!next) break;
        items.push(itemAt(next, 1));
      }
      return { kind: 'array', items, start: line.start + column, end: items.at(-1)?.end ?? line.end, open: false };
    }
    const contentColumn = line.indent;
    YAML_KEY.lastIndex = line.content;
    if (!line.blank && YAML_KEY.test(text) && YAML_KEY.lastIndex <= line.end) return mapping(contentColumn, line.content) ?? { kind: 'unknown', start: line.content, end: line.end };
    index++;
    if (line.blank) return childBlock((line.dashes.at(-1) ?? 0) + 1);
    return scalar(line.content, line.end);
  };

  /** The mapping whose keys sit at `column`, its first key at `first`. */
  const mapping = (column: number, first: number): ObjectNode | undefined => {
    const entries: ObjectNode['entries'] = [];
    let end = first;
    let started = false;
    while (index < lines.length) {
      const line = lines[index];
      if (!line) break;
      if (line.blank && line.dashes.length === 0) {
        index++;
        continue;
      }
      // The first key may follow a `- `; later keys start their own lines at the same column.
      if (started ? line.indent !== column || line.dashes.length > 0 : line.content !== first) break;
      YAML_KEY.lastIndex = line.content;
      const m = YAML_KEY.exec(text);
      if (!m?.groups || YAML_KEY.lastIndex > line.end) break;
      const key = m.groups.dq ?? m.groups.sq ?? (m.groups.plain ?? '').trim();
      const keyStart = line.content + (m.groups.dq !== undefined || m.groups.sq !== undefined ? 1 : 0);
      index++;
      const node = valueAfter(YAML_KEY.lastIndex, line.end, column);
      entries.push({ key, keyStart, keyEnd: keyStart + key.length, node });
      end = Math.max(node.end, line.end);
      started = true;
    }
    return entries.length === 0 ? undefined : { kind: 'object', entries, start: first, end, open: false };
  };

  const firstLine = lines[0];
  if (!firstLine) return undefined;
  const column = offset - firstLine.start;
  if (firstLine.content !== offset) return undefined;
  return mapping(column, offset);
}

/** The start of the YAML mapping that holds the key line at `lineStart`: its first key, at the same column. */
export function yamlMappingStart(text: string, lineStart: number): number {
  const own = yamlLine(text, lineStart, text.length);
  const column = own.indent;
  if (own.dashes.length > 0) return lineStart + column;
  let first = lineStart + column;
  for (let at = lineStart, steps = 0; at > 0 && steps < 4096; steps++) {
    const prevStart = text.lastIndexOf('\n', at - 2) + 1;
    const line = yamlLine(text, prevStart, at - 1);
    at = prevStart;
    if (line.blank) {
      if (line.dashes.length > 0 && line.indent === column) return first;
      continue;
    }
    if (line.indent < column) break;
    if (line.indent === column) {
      first = prevStart + column;
      if (line.dashes.length > 0) break;
    }
    if (prevStart === 0) break;
  }
  return first;
}
