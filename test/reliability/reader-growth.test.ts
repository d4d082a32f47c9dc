// Linear time in input size for every structural reader the engine runs (key paths, records, payloads,
// tables, directives), at 1 MB against 8 MB in CI, on inputs built to make each one work hard: deep nesting,
// one long line, dense keywords, many findings, dense directives. Ratios measured in this process.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { createEngine, keyPathsFor, LineIndex } from '../../src/engine/index.js';
import type { Syntax } from '../../src/engine/types.js';
import { sampleValue } from '../support/embed.js';
import { expectLinear, GROWTH } from '../support/timing.js';

/**
 * 1 MB against 8 MB in CI (`.ci/run` sets GROWTH_SMALL_KB=1024 for the
 * reliability suite); 256 KB against 2 MB by default, so that `npm test`
 * stays quick. The inputs and the check are the same.
 */
const SMALL = Number(process.env.GROWTH_SMALL_KB ?? 256) * 1024;
const LARGE = SMALL * GROWTH;

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Objects nested `depth` deep, a customer-looking key and value at every level, closed again; repeated to `size`. */
function deepJson(size: number, depth = 400): string {
  const open = Array.from({ length: depth }, (_, i) => `{"level${i}":{"customer_email":"ops${i}@harborline-freight.eu","next":`).join('');
  return fill(`[${open}null${'}}'.repeat(depth)},\n`, size);
}

/** YAML mappings nested ever deeper (two spaces a level), then back to the margin. */
function deepYaml(size: number, depth = 200): string {
  const lines = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}tenant_${i}:\n${'  '.repeat(i + 1)}customer_email: ops${i}@harborline-freight.eu`);
  return fill(`${lines.join('\n')}\n`, size);
}

/** One line of minified object literals with key-value pairs, no newline at all. */
const longLine = (size: number): string => fill('{customerName:"Harborline Freight",billing_email:"ap@harborline-freight.eu",api_key:"x",ticket:"ZD-1"},', size);

/** Every detector keyword, one after another, no values. */
function denseKeywords(size: number): string {
  const keywords = [...new Set(catalog.flatMap((d) => d.keywords))];
  return fill(keywords.map((k, i) => (i % 7 === 0 ? `${k}\n` : `${k} = x `)).join(''), size);
}

/** The first positive sample of every detector, one a line: a finding every few dozen characters. */
function manyFindings(size: number): string {
  const samples = catalog.flatMap((d) => d.samples().positive.slice(0, 1).map((s) => sampleValue(s)));
  return fill(`${samples.join('\n')}\n`, size);
}

/** A Markdown table of payments, one customer a row. */
const table = (size: number): string => {
  const rows: string[] = ['| date | customer | amount | currency | method | invoice |', '| --- | --- | --- | --- | --- | --- |'];
  for (let i = 0, n = 0; n < size; i++) {
    const row = `| 2024-04-${String((i % 28) + 1).padStart(2, '0')} | Hallbrook Logistics ${i} Ltd | ${1000 + i}.00 | EUR | card | INV-2024-${1000 + (i % 9000)} |`;
    rows.push(row);
    n += row.length + 1;
  }
  return `${rows.join('\n')}\n`.slice(0, size);
};

/** Allow directives on every other line, around values, half of them without a reason. */
const denseDirectives = (size: number): string =>
  fill('// boundary-guard-allow customer-identifier -- fixture for the import test\ncontact = "ops@harborline-freight.eu" // boundary-guard-allow all\n', size);

const INPUTS: readonly (readonly [string, (size: number) => string, string])[] = [
  ['deeply nested JSON', deepJson, 'data/export.json'],
  ['deeply nested YAML', deepYaml, 'deploy/values.yaml'],
  ['one long line', longLine, 'dist/app.min.js'],
  ['dense keywords', denseKeywords, 'notes.txt'],
  ['many findings', manyFindings, 'notes.txt'],
  ['a long Markdown table', table, 'docs/customers.md'],
  ['dense allow directives', denseDirectives, 'src/contacts.ts'],
];

describe('the whole engine (every reader it runs) scans in time linear in the input, 1 MB against 8 MB', () => {
  const engine = createEngine(catalog);
  it.each(INPUTS)('%s', (label, make, path) => {
    const small = make(SMALL);
    const large = make(LARGE);
    // The input makes the readers work: it is not a text without findings or problems.
    const result = engine.scanText(small, { path, collectSuppressed: true });
    expect(result.findings.length + result.suppressed.length + result.problems.length, label).toBeGreaterThan(0);
    expectLinear((text: string) => void engine.scanText(text, { path }), small, large, label);
  }, 300_000);
});

describe('key paths for many values in large documents, 1 MB against 8 MB', () => {
  /** A value's offset every `step` characters. */
  const offsets = (text: string, step: number): number[] => Array.from({ length: Math.floor(text.length / step) }, (_, i) => i * step);
  const cases: readonly (readonly [string, (size: number) => string, Syntax])[] = [
    ['nested JSON', deepJson, 'json'],
    ['nested YAML', deepYaml, 'yaml'],
    ['one long line of JS', longLine, 'js'],
  ];
  it.each(cases)('%s', (label, make, syntax) => {
    const run = (text: string): void => void keyPathsFor(text, syntax, offsets(text, 97), new LineIndex(text));
    const small = make(SMALL);
    expect(keyPathsFor(small, syntax, offsets(small, 97), new LineIndex(small)).some((p) => p !== undefined), label).toBe(true);
    expectLinear(run, small, make(LARGE), label);
  }, 300_000);
});
