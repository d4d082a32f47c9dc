/**
 * The promise of the Output section, as a property: for generated values of
 * every detector, no output of any format (stylish, json, sarif, github) and
 * no ESLint message holds any six characters of the value, other than the
 * public vendor prefix its detector declares; and no line of any format but
 * the github annotations themselves can start a workflow command.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { FORMATTERS, type FormatContext } from '../../src/cli/formatters/index.js';
import { CATEGORY_MESSAGES } from '../../src/eslint/category-rule.js';
import { createEngine, publicPrefixOf, randomHashKey } from '../../src/engine/index.js';
import type { Finding } from '../../src/engine/types.js';
import type { ScanFinding, ScanReport } from '../../src/scanner/types.js';
import { CONTEXTS, embed } from '../support/embed.js';

const engine = createEngine(catalog, { hashKey: randomHashKey() });
const byId = new Map(catalog.map((d) => [d.id, d]));
/** Every positive sample of every detector: seeded, generated at run time. */
const samples = catalog.flatMap((d) => d.samples().positive.map((sample) => ({ id: d.id, sample })));
const context: FormatContext = { color: false, version: '0.0.0-test', detectors: catalog, quiet: false, showSuppressed: true };
const PATHS = ['::warning::pwned', '::error file=a.ts::x', 'evil\n::add-mask::y', 'plain'];

/**
 * A finding with every field made from the value blanked: what a report holds whatever the value. Key paths
 * name keys, not the value (test/engine/masking.test.ts checks that a sensitive key is masked).
 */
const blank = (f: Finding): Finding => ({ ...f, message: '-', preview: '-', fingerprint: '0', valueHash: '0' });

function report(findings: readonly Finding[], path: string): ScanReport {
  const scanFindings: ScanFinding[] = findings.map((f) => ({
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    preview: f.preview,
    fingerprint: f.fingerprint,
    valueHash: f.valueHash,
    ...(f.keyPath !== undefined ? { keyPath: f.keyPath } : {}),
    status: 'new',
  }));
  return {
    mode: 'tree',
    root: '/repo',
    cwd: '/repo',
    findings: scanFindings,
    suppressed: [],
    errors: [{ code: 'read-error', path, message: 'could not be read' }],
    warnings: [{ code: 'invalid-utf8', path, message: 'not valid UTF-8' }],
    skipped: [{ path, reason: 'binary' }],
    stats: { files: 1, bytes: 1, durationMs: 1, workers: 0 },
  };
}

/** The ESLint message of a finding, as the category rules word it. */
function eslintMessage(f: Finding): string {
  const data: Record<string, string> = { name: byId.get(f.ruleId)?.name ?? f.ruleId, id: f.ruleId, preview: f.preview };
  return CATEGORY_MESSAGES.forbiddenValue.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => data[key] ?? '');
}

describe('no output holds any part of a value', () => {
  it('for generated values of every detector, in every syntax and format', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.constantFrom(...CONTEXTS), fc.constantFrom(...PATHS), ({ id, sample }, syntax, dir) => {
        const { path: embeddedPath, text } = embed(sample, syntax);
        const path = `${dir}/${embeddedPath}`;
        const findings = engine.scanText(text, { path: embeddedPath }).findings;
        const render = (list: readonly Finding[]): string[] => [
          ...Object.values(FORMATTERS).map((format) => format(report(list, path), context)),
          ...list.map((f) => eslintMessage(f)),
        ];
        const outputs = render(findings);
        const all = outputs.join('\n');
        // Six characters that every report holds whatever the value (the path, detector names, SARIF rule texts) are no leak.
        const vocabulary = render(findings.map(blank)).join('\n');
        for (const f of findings) {
          const value = text.slice(f.offset, f.endOffset);
          const prefix = publicPrefixOf(value, byId.get(f.ruleId)?.publicPrefix);
          for (let i = 0; i + 6 <= value.length; i++) {
            if (i + 6 <= prefix.length) continue;
            const piece = value.slice(i, i + 6);
            expect(all.includes(piece) && !vocabulary.includes(piece), `${id} (${f.ruleId}) in ${syntax}: "${piece}" of the value is printed`).toBe(false);
          }
        }
        for (const [i, output] of outputs.entries()) {
          for (const line of output.split('\n')) {
            if (!line.trimStart().startsWith('::')) continue;
            expect(i, `format ${i} starts a workflow command: ${line}`).toBe(3);
            expect(line).toMatch(/^::(?:error|warning|notice) [^\n:]*::[^\n]*$/u);
          }
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });
});
