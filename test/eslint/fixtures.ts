/**
 * The ESLint fixture set: realistic files under test/fixtures/eslint/ whose
 * sensitive values are slots filled at run time from the detectors' seeded
 * samples, so that no realistic value is ever committed.
 *
 * `{{raw:<detector>:<n>}}` is the n-th positive sample's value as is;
 * `{{json:<detector>:<n>}}` is the same value as a JSON string literal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog } from '../../patterns/index.js';

/** One expanded fixture file. */
export interface LintFixture {
  /** Path relative to the fixture root, forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** Root of the fixture templates. */
export const FIXTURE_ROOT = fileURLToPath(new URL('../fixtures/eslint/', import.meta.url));

const SLOT = /\{\{(raw|json):([a-z0-9-]+):(\d+)\}\}/gu;

function sampleValue(detector: string, index: number): string {
  const found = catalog.find((d) => d.id === detector);
  if (!found) throw new Error(`no detector ${detector}`);
  const sample = found.samples().positive[index];
  if (sample === undefined) throw new Error(`detector ${detector} has no positive #${index}`);
  return typeof sample === 'string' ? sample : sample.value;
}

/** Fills the slots of a template. */
export function expandFixture(template: string): string {
  return template.replace(SLOT, (_all, kind: string, detector: string, index: string) => {
    const value = sampleValue(detector, Number(index));
    return kind === 'json' ? JSON.stringify(value) : value;
  });
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
  );
}

/** Every fixture, expanded, sorted by path. */
export function loadLintFixtures(root = FIXTURE_ROOT): LintFixture[] {
  return walk(root)
    .map((file) => ({ path: relative(root, file).split(sep).join('/'), text: expandFixture(readFileSync(file, 'utf8')) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
