/**
 * ESLint with `boundary-guard/all` and the scanner's engine report the same
 * findings — detector, line, column, end, fingerprint — for every JS, TS,
 * JSON and Markdown file of the labelled corpus and of the ESLint fixture set,
 * contract payloads (TS literals, JSON, Markdown fences) included: their
 * identity, free-text and structure findings carry the same field path and
 * message in both.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeReportedFindings, type ReportedFinding } from '../../src/eslint/scan-file.js';
import plugin from '../../src/eslint/index.js';
import { scanText } from '../../src/index.js';
import { FIXTURE_ROOT, loadLintFixtures, type LintFixture } from './fixtures.js';
import { isLintable, lintConfig } from './lint-config.js';

interface FileSet {
  readonly name: string;
  readonly root: string;
  readonly files: readonly LintFixture[];
}

const corpusModule = fileURLToPath(new URL('../corpus/expand.ts', import.meta.url));

/** The labelled corpus (another suite owns it), when it is there. */
async function corpusSet(): Promise<FileSet | undefined> {
  if (!existsSync(corpusModule)) return undefined;
  const corpus = (await import(corpusModule)) as { CORPUS_ROOT: string; loadCorpus(): LintFixture[] };
  return { name: 'corpus', root: corpus.CORPUS_ROOT, files: corpus.loadCorpus().filter((f) => isLintable(f.path)) };
}

const sets: FileSet[] = [
  { name: 'fixtures', root: FIXTURE_ROOT, files: loadLintFixtures().filter((f) => isLintable(f.path)) },
  ...[await corpusSet()].filter((set): set is FileSet => set !== undefined),
];

/** Rule id → category, for the category rules. */
const categoryOf = new Map(
  Object.entries(plugin.rules)
    .filter(([name]) => name !== 'valid-contract-payload' && name !== 'no-private-imports')
    .map(([name, rule]) => [`boundary-guard/${name}`, rule.meta.docs?.category]),
);

const position = (f: { line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }): string =>
  `${f.line}:${f.column}-${f.endLine ?? '?'}:${f.endColumn ?? '?'}`;

const reported: ReportedFinding[] = [];
let stop: () => void = () => undefined;
beforeAll(() => {
  stop = observeReportedFindings((event) => reported.push(event));
});
afterAll(() => stop());

describe.each(sets)('$name', ({ root, files }) => {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: lintConfig('all') });

  it('has files to compare', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s', async (path, file) => {
    reported.length = 0;
    const [result] = await eslint.lintText(file.text, { filePath: join(root, path) });
    const messages = result?.messages ?? [];
    expect(messages.filter((m) => m.fatal === true).map((m) => m.message)).toEqual([]);

    const engine = scanText(file.text, { path }).findings;
    const fromEngine = engine.map((f) => `${f.category} ${f.ruleId} ${position(f)}`).sort();
    const fromEslint = messages
      .filter((m) => m.ruleId !== null && categoryOf.has(m.ruleId))
      .map((m) => {
        const detector = /\(([a-z0-9-]+)\) must stay out of a public tree/u.exec(m.message)?.[1] ?? '?';
        return `${categoryOf.get(m.ruleId ?? '') ?? '?'} ${detector} ${position(m)}`;
      })
      .sort();
    expect(fromEslint).toEqual(fromEngine);

    // Fingerprints: the plugin reported exactly the engine's findings, under the same path.
    const fingerprints = (list: readonly { ruleId: string; line: number; column: number; fingerprint: string }[]): string[] =>
      list.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.fingerprint}`).sort();
    expect(reported.every((event) => event.path === path)).toBe(true);
    expect(fingerprints(reported.map((event) => event.finding))).toEqual(fingerprints(engine));
  });
});

describe('contract payloads', () => {
  const payloadFiles = loadLintFixtures().filter((f) => f.path.includes('contract') && isLintable(f.path));
  const eslint = new ESLint({ cwd: FIXTURE_ROOT, overrideConfigFile: true, overrideConfig: lintConfig('all') });

  it('the fixture set holds payloads in TS literals, JSON and Markdown fences, with every payload finding', () => {
    expect(payloadFiles.map((f) => f.path.split('.').at(-1)).sort()).toEqual(['json', 'md', 'md', 'ts', 'ts']);
    const ids = new Set(payloadFiles.flatMap((f) => scanText(f.text, { path: f.path }).findings.map((x) => x.ruleId)));
    expect([...ids].sort()).toEqual(['contract-free-text-name', 'contract-identity-field', 'contract-payload-structure']);
  });

  it.each(payloadFiles.map((f) => [f.path, f] as const))('%s: the plugin prints the field path and the convention', async (path, file) => {
    const [result] = await eslint.lintText(file.text, { filePath: join(FIXTURE_ROOT, path) });
    const fromEslint = (result?.messages ?? []).filter((m) => m.ruleId === 'boundary-guard/no-customer-identifiers').map((m) => `${m.line}:${m.column} ${m.message}`);
    const fromEngine = scanText(file.text, { path })
      .findings.filter((f) => f.ruleId.startsWith('contract-'))
      .map((f) => `${f.line}:${f.column} ${f.message.replace(/^([^:]+): /u, `$1 (${f.ruleId}) must stay out of a public tree: `)}`);
    expect(fromEslint.filter((m) => / \(contract-/u.test(m)).sort()).toEqual(fromEngine.sort());
  });
});

describe('fixtures', () => {
  it('hold findings in every syntax, and none in the clean files', () => {
    const counts = new Map<string, number>();
    for (const file of loadLintFixtures()) counts.set(file.path, scanText(file.text, { path: file.path }).findings.length);
    for (const [path, count] of counts) {
      if (path.includes('clean')) expect(count, path).toBe(0);
      else expect(count, path).toBeGreaterThan(0);
    }
  });
});
