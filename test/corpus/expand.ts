/**
 * Loads the labelled corpus. Files under `test/corpus/files/` are templates:
 *
 * - `⟦gen:<kind>:<seed>[:arg…]⟧` is replaced by a seeded value (see
 *   generators.ts). A value that spans lines continues with the template
 *   line's indentation.
 * - `⟦expect:<category>⟧` at the end of a line says the line holds a finding of
 *   that category; `⟦maybe:<category>⟧` says a finding of that category there
 *   is acceptable but not required (a secondary reading of the same value).
 *   `⟦expect:<category>:+N⟧` labels a block: the line and the N template
 *   lines after it, whatever they expand to (a PEM block, a CronJob
 *   manifest); one finding anywhere in it satisfies the label.
 *   Both markers and the white space before them are stripped; a label belongs
 *   to the first expanded line of its template line.
 *
 * The expanded text is what gets scanned, under the template's path relative
 * to `files/` (the path picks the syntax).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOUNDARY_CATEGORY_IDS, type BoundaryCategory } from '../../src/contract/categories.js';
import { generate } from './generators.js';

/**
 * One label: a finding of `category` is expected (or, when optional,
 * tolerated) on `line`, or anywhere from `line` to `endLine` for a block label.
 */
export interface CorpusLabel {
  readonly line: number;
  readonly endLine: number;
  readonly category: BoundaryCategory;
  readonly optional: boolean;
}

/** One expanded corpus file. */
export interface CorpusFile {
  /** Path relative to the corpus root, forward slashes. */
  readonly path: string;
  readonly text: string;
  readonly labels: readonly CorpusLabel[];
}

const MACRO = /⟦gen:([A-Za-z0-9-]+):([^:⟧\s]+)((?::[^:⟧\s]+)*)⟧/gu;
const LABEL = /[ \t]*⟦(expect|maybe):([a-z-]+)(?::\+(\d{1,3}))?⟧/gu;
const CATEGORIES = new Set<string>(BOUNDARY_CATEGORY_IDS);

/** The corpus templates' root directory (also from the compiled copy under `.bench/build`). */
export const CORPUS_ROOT = join(dirname(fileURLToPath(import.meta.url)).replace(/[\\/]\.bench[\\/]build(?=[\\/])/u, ''), 'files');

/** Expands one template; throws on an unknown generator or category. */
export function expandTemplate(template: string, path = '<template>'): { text: string; labels: CorpusLabel[] } {
  const out: string[] = [];
  const pending: { index: number; line: number; extra: number; category: BoundaryCategory; optional: boolean }[] = [];
  /** Last expanded line of each template line. */
  const lastLine: number[] = [];
  const templateLines = template.split('\n');
  templateLines.forEach((raw, index) => {
    const found: { category: BoundaryCategory; optional: boolean; extra: number }[] = [];
    const stripped = raw.replace(LABEL, (_all, kind: string, category: string, extra: string | undefined) => {
      if (!CATEGORIES.has(category)) throw new Error(`${path}:${index + 1}: unknown category "${category}"`);
      found.push({ category: category as BoundaryCategory, optional: kind === 'maybe', extra: Number(extra ?? 0) });
      return '';
    });
    if (stripped.includes('⟦')) {
      const leftover = stripped.replace(MACRO, '');
      if (leftover.includes('⟦')) throw new Error(`${path}:${index + 1}: malformed macro or label`);
    }
    const indent = /^[ \t]*/u.exec(stripped)?.[0] ?? '';
    const expanded = stripped.replace(MACRO, (_all, kind: string, seed: string, rest: string) => {
      const args = rest === '' ? [] : rest.slice(1).split(':');
      let value: string;
      try {
        value = generate(kind, `${seed}`, args);
      } catch (error) {
        throw new Error(`${path}:${index + 1}: ${(error as Error).message}`, { cause: error });
      }
      return value.split('\n').join(`\n${indent}`);
    });
    const line = out.length + 1;
    for (const { category, optional, extra } of found) {
      if (pending.some((l) => l.line === line && l.category === category)) {
        throw new Error(`${path}:${index + 1}: duplicate label ${category}`);
      }
      if (index + extra >= templateLines.length) throw new Error(`${path}:${index + 1}: block label runs past the end`);
      pending.push({ index, line, extra, category, optional });
    }
    out.push(...expanded.split('\n'));
    lastLine.push(out.length);
  });
  const labels = pending.map(({ index, line, extra, category, optional }): CorpusLabel => ({
    line,
    endLine: extra === 0 ? line : (lastLine[index + extra] ?? line),
    category,
    optional,
  }));
  return { text: out.join('\n'), labels };
}

function walk(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(full));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** Every corpus file, expanded, sorted by path. */
export function loadCorpus(root = CORPUS_ROOT): CorpusFile[] {
  return walk(root)
    .map((full) => {
      const path = relative(root, full).split(sep).join('/');
      const { text, labels } = expandTemplate(readFileSync(full, 'utf8'), path);
      return { path, text, labels };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
