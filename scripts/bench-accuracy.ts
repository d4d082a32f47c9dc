/**
 * `npm run bench:accuracy [-- --check] [-- --json <file>]`: scans the labelled
 * corpus (test/corpus) with the default catalog and prints per-category
 * precision, recall and F1, then every false positive and false negative with
 * masked previews only. `--check` exits 1 when a category is below 0.95.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { catalog } from '../patterns/index.js';
import { createEngine } from '../src/engine/index.js';
import { CORPUS_ROOT, loadCorpus } from '../test/corpus/expand.js';
import { formatScore, scoreCorpus } from '../test/corpus/score.js';

const BAR = 0.95;

function main(argv: readonly string[]): number {
  const { values } = parseArgs({ args: [...argv], options: { check: { type: 'boolean' }, json: { type: 'string' }, root: { type: 'string' } } });
  const files = loadCorpus(values.root ?? CORPUS_ROOT);
  const started = performance.now();
  const score = scoreCorpus(createEngine(catalog), files);
  const elapsed = performance.now() - started;
  console.log(`catalog: ${catalog.length} detectors`);
  console.log(formatScore(score));
  console.log(`\nscanned in ${elapsed.toFixed(0)} ms`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(score, null, 2)}\n`);
  const below = score.categories.filter((c) => c.precision < BAR || c.recall < BAR);
  if (below.length > 0) console.log(`\nbelow ${BAR}: ${below.map((c) => c.category).join(', ')}`);
  return values.check && below.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
