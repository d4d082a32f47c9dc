import type { LineIndex } from './lines.js';
import type { DirectiveProblem } from './types.js';

/** The inline suppression keyword, usable in any comment syntax. */
export const ALLOW_DIRECTIVE = 'boundary-guard-allow';

/** One parsed `boundary-guard-allow <targets> -- <reason>` directive. */
export interface AllowDirective {
  /** 1-based line of the directive; it covers this line and the next. */
  readonly line: number;
  /** Detector or category ids (lower-case). */
  readonly targets: readonly string[];
  readonly reason: string;
}

const DIRECTIVE = /boundary-guard-allow(?<rest>[^\n]*)/gu;
/**
 * What a target must look like: a detector or category id (lower-case words
 * joined by hyphens), `all`, or a placeholder (`<id>`) as documentation
 * writes the directive.
 */
const TARGET = /^(?:[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,9}|<[a-z -]{1,40}>)$/u;
const COMMENT_CLOSERS = ['*/', '-->', '#}', '%}', '}}', '"', "'", '`', ';', ',', ')'];

/** Trims white space and trailing comment closers and quotes from a directive text. */
function trimClosers(value: string): string {
  let out = value.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const closer of COMMENT_CLOSERS) {
      if (out.endsWith(closer)) {
        out = out.slice(0, -closer.length).trimEnd();
        changed = true;
      }
    }
  }
  return out;
}

/** A documentation placeholder (`<id>`): accepted as written, it names nothing. */
const isPlaceholder = (target: string): boolean => target.startsWith('<');

/**
 * Finds the allow directives of a text. A directive without a reason, without
 * a target, with a target that is no id, or (when `known` is given) with an
 * id that names no detector or category, is a problem and suppresses
 * nothing. Problem messages never repeat what the directive holds: a value
 * pasted in place of an id would otherwise be printed.
 */
export function parseDirectives(
  text: string,
  lines: () => LineIndex,
  known?: ReadonlySet<string>,
): { directives: AllowDirective[]; problems: DirectiveProblem[] } {
  const directives: AllowDirective[] = [];
  const problems: DirectiveProblem[] = [];
  if (!text.includes(ALLOW_DIRECTIVE)) return { directives, problems };
  for (const m of text.matchAll(DIRECTIVE)) {
    const raw = (m.groups?.rest ?? '').replace(/\r$/u, '');
    // `boundary-guard-allow x -->` closes its comment: the closer's dashes are no reason separator.
    const rest = /^[\w-]/u.test(raw) ? raw : ` ${trimClosers(raw)}`;
    // `boundary-guard-allow-file`-like words are other tools' business.
    if (/^[\w-]/u.test(rest)) continue;
    const { line, column } = lines().position(m.index);
    const separator = rest.indexOf('--');
    const targetText = separator === -1 ? rest : rest.slice(0, separator);
    const reason = separator === -1 ? '' : trimClosers(rest.slice(separator + 2));
    const targets = trimClosers(targetText)
      .split(/[\s,]+/u)
      .map((t) => t.trim().toLowerCase())
      .filter((t) => t.length > 0);
    if (targets.length === 0) {
      problems.push({ line, column, message: `${ALLOW_DIRECTIVE} names no detector or category; write "${ALLOW_DIRECTIVE} <id> -- <reason>"` });
    } else if (!targets.every((t) => TARGET.test(t))) {
      problems.push({
        line,
        column,
        message: `${ALLOW_DIRECTIVE} names a target that is no detector or category id (lower-case words joined by hyphens); it suppresses nothing`,
      });
    } else if (known !== undefined && !targets.every((t) => isPlaceholder(t) || known.has(t))) {
      problems.push({
        line,
        column,
        message: `${ALLOW_DIRECTIVE} names an id that is no detector or category (\`boundary-guard detectors\` lists them); it suppresses nothing`,
      });
    } else if (reason.length === 0) {
      problems.push({
        line,
        column,
        message: `${ALLOW_DIRECTIVE} has no reason; write "-- <reason>" after the ${targets.length === 1 ? 'id' : `${targets.length} ids`} (it suppresses nothing until then)`,
      });
    } else {
      directives.push({ line, targets, reason });
    }
  }
  return { directives, problems };
}
