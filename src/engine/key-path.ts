import type { LineIndex } from './lines.js';
import type { Syntax } from './types.js';

/**
 * The most segments a key path shows: a deeper value's path keeps its last
 * ones after an ELIDED first segment (`….tenant.billing.email`), so the cost
 * per value stays bounded however deep a document nests.
 */
export const MAX_KEY_PATH_DEPTH = 32;
const ELIDED = '…';

/**
 * Key paths of values, computed only for texts that produced findings. JSON is
 * walked structurally from the start (one pass for all offsets, sorted);
 * YAML climbs the indentation; TOML adds its table header; other syntaxes give
 * the key assigned on the line.
 */
export function keyPathsFor(text: string, syntax: Syntax, offsets: readonly number[], lines: LineIndex): (string | undefined)[] {
  if (syntax === 'json') return jsonKeyPaths(text, offsets);
  if (syntax === 'yaml') return yamlKeyPaths(text, offsets, lines);
  return offsets.map((offset) => {
    const line = lines.lineOf(offset);
    const before = text.slice(lines.lineStart(line), offset);
    const key = assignedKey(before);
    if (key === undefined) return undefined;
    if (syntax === 'toml') {
      const table = tomlTable(lines, line);
      return table ? `${table}.${key}` : key;
    }
    return key;
  });
}

const ASSIGNED_KEY = /(?:^|[\s{,(;])(?:export\s+|set\s+|(?:const|let|var)\s+)?["'`]?(?<key>[A-Za-z_$@][\w$.@-]{0,100})["'`]?\s*(?::=|=>|[:=])\s*(?:["'`]|[A-Za-z]+\(\s*["'`])?$/u;

/** The key of `key: value`, `key = "value"`, `KEY=value` whose value starts where `before` ends. */
function assignedKey(before: string): string | undefined {
  return ASSIGNED_KEY.exec(before.slice(-300))?.groups?.key;
}

const YAML_OWN_KEY = /^(?<indent>[ \t]*(?:-[ \t]+)?)["']?(?<key>[^\s:"'#][^:"'#]{0,100}?)["']?[ \t]*:[ \t]+(?:["'|>][-+]?[ \t]*)?$/u;
const YAML_KEY_LINE = /^(?<indent>[ \t]*(?:-[ \t]+)?)["']?(?<key>[^\s:"'#-][^:"'#]{0,100}?)["']?[ \t]*:(?:[ \t]|$)/u;

/**
 * YAML key paths in one pass down the lines: a stack of the keys open above
 * (each deeper than the one before it) is kept as the lines go by, so a
 * value's parents are read off the stack, never searched for by climbing
 * back up: a mapping with many thousands of children stays linear.
 */
function yamlKeyPaths(text: string, offsets: readonly number[], lines: LineIndex): (string | undefined)[] {
  const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset);
  const result: (string | undefined)[] = new Array<string | undefined>(offsets.length).fill(undefined);
  const open: { width: number; key: string }[] = [];
  let done = 0;
  for (const { offset, i } of order) {
    const line = lines.lineOf(offset);
    for (; done < line - 1; done++) {
      const m = YAML_KEY_LINE.exec(lines.lineText(done + 1));
      if (!m?.groups) continue;
      const width = (m.groups.indent ?? '').length;
      while (open.length > 0 && (open.at(-1)?.width ?? 0) >= width) open.pop();
      open.push({ width, key: m.groups.key ?? '' });
    }
    const before = text.slice(lines.lineStart(line), offset);
    const own = YAML_OWN_KEY.exec(before);
    // A value on its own line (block scalar or list item) belongs to the closest key above.
    const indent = own?.groups ? (own.groups.indent ?? '').length : before.length - before.trimStart().length + 1;
    // The open keys are ever deeper: the parents are those before the first at least as deep as the value (a binary search).
    let low = 0;
    let high = open.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((open[mid]?.width ?? 0) < indent) low = mid + 1;
      else high = mid;
    }
    const parts = open.slice(Math.max(0, low - MAX_KEY_PATH_DEPTH), low).map((k) => k.key);
    if (own?.groups) parts.push(own.groups.key ?? '');
    const elided = low + (own?.groups ? 1 : 0) > parts.length || parts.length > MAX_KEY_PATH_DEPTH;
    result[i] = parts.length === 0 ? undefined : elided ? [ELIDED, ...parts.slice(-MAX_KEY_PATH_DEPTH)].join('.') : parts.join('.');
  }
  return result;
}

function tomlTable(lines: LineIndex, line: number): string | undefined {
  for (let l = line - 1; l >= 1; l--) {
    const m = /^\s*\[{1,2}\s*(?<name>[^\]\s]{1,100})\s*\]{1,2}/u.exec(lines.lineText(l));
    if (m?.groups) return m.groups.name;
  }
  return undefined;
}

interface Frame {
  kind: 'object' | 'array';
  key: string | undefined;
  index: number;
}

/** One structural pass over (possibly commented or broken) JSON. */
function jsonKeyPaths(text: string, offsets: readonly number[]): (string | undefined)[] {
  const order = offsets.map((offset, i) => ({ offset, i })).sort((a, b) => a.offset - b.offset);
  const result: (string | undefined)[] = new Array<string | undefined>(offsets.length).fill(undefined);
  const stack: Frame[] = [];
  let next = 0;
  let pendingKey: string | undefined;
  let expectKey = false;
  const pathNow = (): string | undefined => {
    const parts: string[] = stack.length > MAX_KEY_PATH_DEPTH ? [ELIDED] : [];
    for (const frame of stack.length > MAX_KEY_PATH_DEPTH ? stack.slice(-MAX_KEY_PATH_DEPTH) : stack) {
      if (frame.kind === 'object') {
        if (frame.key !== undefined) parts.push(frame.key);
      } else parts.push(`[${frame.index}]`);
    }
    const path = parts.join('.').replace(/\.\[/gu, '[');
    return path.length > 0 ? path : undefined;
  };
  const settle = (upTo: number): void => {
    while (next < order.length && (order[next]?.offset ?? Infinity) < upTo) {
      const item = order[next++];
      if (item) result[item.i] = pathNow();
    }
  };
  let i = 0;
  while (i < text.length && next < order.length) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let j = i + 1;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 34 || d === 10) break;
        else j++;
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && expectKey) {
        pendingKey = text.slice(i + 1, j);
        top.key = undefined;
      } else {
        settle(j + 1);
      }
      i = j + 1;
      continue;
    }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      stack.push({ kind: c === 123 ? 'object' : 'array', key: undefined, index: 0 });
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      settle(i);
      stack.pop();
      expectKey = false;
    } else if (c === 58 /* : */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.key = pendingKey;
      expectKey = false;
    } else if (c === 44 /* , */) {
      settle(i);
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      else if (top) {
        top.key = undefined;
        expectKey = true;
      }
    }
    i++;
  }
  settle(Infinity);
  return result;
}

/** What a masked key-path segment prints. */
export const MASKED_SEGMENT = '<masked>';

/** A key a schema would name: a short identifier. */
const PLAIN_SEGMENT = /^[A-Za-z_$][\w$-]{0,63}$/u;
/** Maps keyed by who they hold: the keys under them are customers' ids or names. */
const NAMED_MAP = /^(?:customers|clients|tenants|accounts|organi[sz]ations|orgs|companies|users|contacts|merchants|subscribers|members|partners|buyers|payers)$|[_-](?:by|per)[_-]?(?:customer|client|tenant|account|org|organi[sz]ation|company|user)$/iu;

/** A segment that reads as a generated value: long, mixing letters and digits. */
function looksGenerated(segment: string): boolean {
  return segment.length >= 16 && /\d/u.test(segment) && /[A-Za-z]/u.test(segment);
}

/**
 * A key path as an output may print it. A key can itself be sensitive (a
 * token or a customer's name used as a map key), so a segment is replaced by
 * `<masked>` when it is, or is part of, one of `values` (the values found in
 * the same text), when it is no plain identifier (spaces, `@`, `:`, `/`…),
 * when it reads as a generated value, or when its parent is a map keyed by
 * customers, tenants or accounts. Array indexes stay. Linear in the path:
 * `values` is looked up, never searched.
 */
export function maskKeyPath(keyPath: string, values: ReadonlySet<string>): string {
  // A path that ends in an index splits into a last empty piece: it is no segment.
  const parts = keyPath.split(/(\[\d+\])/u).filter((piece, i, all) => piece !== '' || all.length === 1).flatMap((part) => (/^\[\d+\]$/u.test(part) ? [part] : part.split('.').filter((p, i, all) => p !== '' || all.length === 1)));
  const masked = parts.map(() => false);
  // A value with dots (an email or a host used as a key) spans several segments: runs of up to 8 are looked up.
  for (let i = 0; i < parts.length; i++) {
    let run = '';
    for (let j = i; j < Math.min(parts.length, i + 8); j++) {
      run = j === i ? (parts[j] ?? '') : `${run}.${parts[j] ?? ''}`;
      if (values.has(run)) for (let k = i; k <= j; k++) masked[k] = true;
    }
  }
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (/^\[\d+\]$/u.test(part)) {
      out.push(part);
      return;
    }
    const parent = i > 0 ? (parts[i - 1] ?? '') : '';
    if (i === 0 && part === ELIDED) {
      out.push(part);
      return;
    }
    const hide = masked[i] === true || !PLAIN_SEGMENT.test(part) || looksGenerated(part) || NAMED_MAP.test(parent);
    const shown = hide ? MASKED_SEGMENT : part;
    // Runs of masked segments print once.
    if (!(hide && out.at(-1) === MASKED_SEGMENT)) out.push(shown);
  });
  return out.join('.').replace(/\.\[/gu, '[');
}
