import { parseDirectives, type AllowDirective } from '../engine/directives.js';
import { LineIndex } from '../engine/lines.js';

interface ParsedDirectives {
  readonly lines: LineIndex;
  readonly directives: readonly AllowDirective[];
}

const parsed = new WeakMap<object, ParsedDirectives>();

/**
 * True when a `boundary-guard-allow <target> -- <reason>` directive on the
 * line of `offset`, or the line above, names one of `targets`. The engine
 * applies these to its own findings; AST rules ask here, with the same parser
 * and the same line rule.
 */
export function isAllowedInline(sourceCode: { readonly text: string; readonly ast: object }, offset: number, targets: readonly string[]): boolean {
  const { text } = sourceCode;
  if (!text.includes('boundary-guard-allow')) return false;
  let entry = parsed.get(sourceCode.ast);
  if (!entry) {
    const lines = new LineIndex(text);
    entry = { lines, directives: parseDirectives(text, () => lines).directives };
    parsed.set(sourceCode.ast, entry);
  }
  const line = entry.lines.lineOf(offset);
  return entry.directives.some(
    (d) => (d.line === line || d.line === line - 1) && d.targets.some((t) => t === 'all' || targets.includes(t)),
  );
}
