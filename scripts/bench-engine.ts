/**
 * `npm run bench:engine [-- --mb 100] [-- --runs 3] [-- --control-mb N] [-- --detector-mb N]`
 *
 * Generates a deterministic, realistic tree in memory (test/corpus/bench-tree.ts)
 * and measures, single thread, medians of `--runs` timed runs after one warm-up:
 *
 *   (a) scanText with the full catalog and the keyword prefilter;
 *   (b) the same with `prefilter: false` (control; over a deterministic
 *       `--control-mb` sample of the tree, 25 MB by default, since it runs
 *       every regex over every byte: MB/s are comparable);
 *   (c) the floor: one pass of the engine's own prefilter regex (every catalog
 *       keyword, case-insensitive, longest first) counting hits only.
 *
 * Where the time goes, without touching the engine: the same engine with
 * stub detectors (same keywords, a regex that fails at once) is the prefilter
 * and window stage; with the real regexes but every match rejected before
 * validation it adds the regex stage; the rest of (a) is post-processing
 * (entropy, allow lists, validators, synthetic registry, overlaps, key paths,
 * masking, hashing). Then each detector alone, to list the slowest.
 */
import { parseArgs } from 'node:util';
import { catalog } from '../patterns/index.js';
import { createEngine, escapeRegExp, keyPathsFor, LineIndex, syntaxFromPath, type Engine } from '../src/engine/index.js';
import type { Detector } from '../src/engine/types.js';
import { buildBenchTree, type BenchFile } from '../test/corpus/bench-tree.js';

const MB = 1024 * 1024;

/** Fails on its first and only attempt: an empty negative lookahead, sticky. */
const NEVER = /(?!)/uy;

function stub(detector: Detector): Detector {
  return { ...detector, regex: NEVER, validate: undefined, entropy: undefined, allow: undefined };
}

function regexOnly(detector: Detector, counter: { matches: number }): Detector {
  return {
    ...detector,
    entropy: undefined,
    allow: undefined,
    skipSynthetic: true,
    validate: () => {
      counter.matches++;
      return false;
    },
  };
}

/**
 * The engine's own prefilter regex (a private field, read at run time so the
 * floor is exactly what the engine runs), or the flat alternation of the
 * keywords, longest first, when the engine has none.
 */
function enginePrefilter(engine: Engine, detectors: readonly Detector[]): { regex: RegExp; form: string } {
  const own = (engine as unknown as { prefilter?: unknown }).prefilter;
  if (own instanceof RegExp) return { regex: new RegExp(own.source, own.flags), form: `engine's own (${own.source.length} chars)` };
  return { regex: prefilterRegex(detectors), form: 'flat alternation' };
}

/** The flat case-insensitive alternation of every keyword, longest first. */
function prefilterRegex(detectors: readonly Detector[]): RegExp {
  const keywords = [...new Set(detectors.flatMap((d) => d.keywords.map((k) => k.toLowerCase())))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(keywords.map(escapeRegExp).join('|'), 'gi');
}

function floorPass(regex: RegExp, files: readonly BenchFile[]): number {
  let hits = 0;
  for (const file of files) {
    regex.lastIndex = 0;
    // Same stepping as the engine: every hit, overlapping ones included.
    for (let m = regex.exec(file.text); m !== null; m = regex.exec(file.text)) {
      hits++;
      regex.lastIndex = m.index + 1;
    }
  }
  return hits;
}

function scanAll(engine: Engine, files: readonly BenchFile[]): number {
  let findings = 0;
  for (const file of files) findings += engine.scanText(file.text, { path: file.path }).findings.length;
  return findings;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

interface Timing {
  /** Median in ms. */
  readonly ms: number;
  readonly all: readonly number[];
}

/** Warm-up once, then `runs` timed runs; the median in ms. */
function measure(runs: number, fn: () => void): Timing {
  fn();
  const all = Array.from({ length: runs }, () => time(fn));
  return { ms: median(all), all };
}

/** Warm-up each, then `runs` rounds that time every function once, in turn. */
function measureInterleaved(runs: number, fns: readonly (() => void)[]): Timing[] {
  for (const fn of fns) fn();
  const all = fns.map((): number[] => []);
  for (let round = 0; round < runs; round++) fns.forEach((fn, i) => all[i]?.push(time(fn)));
  return all.map((list) => ({ ms: median(list), all: list }));
}

function bytesOf(files: readonly BenchFile[]): number {
  return files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
}

/** Every k-th file until about `mb` MB: a deterministic sample of the tree. */
function sample(files: readonly BenchFile[], mb: number): BenchFile[] {
  const total = bytesOf(files);
  if (mb * MB >= total) return [...files];
  const step = Math.max(1, Math.floor(total / (mb * MB)));
  return files.filter((_, i) => i % step === 0);
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const clip = (text: string, max = 70): string => (text.length > max ? `${text.slice(0, max)}…` : text);


function main(argv: readonly string[]): void {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      mb: { type: 'string', default: '100' },
      runs: { type: 'string', default: '3' },
      'control-mb': { type: 'string', default: '25' },
      'detector-mb': { type: 'string', default: '10' },
      'no-detectors': { type: 'boolean' },
    },
  });
  const runs = Math.max(3, Number(values.runs));
  const t0 = performance.now();
  const { files, planted } = buildBenchTree(Number(values.mb) * MB);
  const bytes = bytesOf(files);
  const kinds = new Map<string, number>();
  for (const f of files) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + f.text.length);
  const longest = Math.max(...files.map((f) => f.text.split('\n').reduce((m, l) => Math.max(m, l.length), 0)));
  console.log(`tree: ${files.length} files, ${fmt(bytes / MB)} MB, ${planted} planted positives, longest line ${fmt(longest / 1024, 0)} KB (built in ${fmt((performance.now() - t0) / 1000)} s)`);
  console.log(`  mix: ${[...kinds].map(([k, n]) => `${k} ${fmt(n / MB)} MB`).join(', ')}`);
  console.log(`catalog: ${catalog.length} detectors, ${new Set(catalog.flatMap((d) => d.keywords.map((k) => k.toLowerCase()))).size} keywords, ${catalog.filter((d) => d.multiline).length} multiline`);
  console.log(`node ${process.version}, single thread, median of ${runs} runs after one warm-up\n`);

  const engine = createEngine(catalog);
  const control = createEngine(catalog, { prefilter: false });
  const controlFiles = sample(files, Number(values['control-mb']));
  const controlBytes = bytesOf(controlFiles);
  const floor = enginePrefilter(engine, catalog);
  const flatRegex = prefilterRegex(catalog);
  const stubEngine = createEngine(catalog.map(stub));
  const counter = { matches: 0 };
  const regexEngine = createEngine(catalog.map((d) => regexOnly(d, counter)));
  let findings = 0;
  let hits = 0;
  // Interleaved rounds, so that load from other processes hits every figure alike.
  const [a, b, c, stage1, stage2, flat] = measureInterleaved(runs, [
    () => void (findings = scanAll(engine, files)),
    () => void scanAll(control, controlFiles),
    () => void (hits = floorPass(floor.regex, files)),
    () => void scanAll(stubEngine, files),
    () => void scanAll(regexEngine, files),
    () => void floorPass(flatRegex, files),
  ]) as [Timing, Timing, Timing, Timing, Timing, Timing];
  const matchesPerRun = counter.matches / (runs + 1);

  const mbps = (ms: number, n = bytes): number => n / MB / (ms / 1000);
  const aRate = mbps(a.ms);
  const bRate = mbps(b.ms, controlBytes);
  const cRate = mbps(c.ms);
  console.log('throughput (MB/s):');
  console.log(`  (a) full catalog, prefilter on   ${fmt(aRate).padStart(8)}   ${fmt(a.ms / 1000, 2)} s  [${a.all.map((x) => fmt(x / 1000, 2)).join(', ')}]  ${findings} findings`);
  console.log(`  (b) full catalog, prefilter off  ${fmt(bRate).padStart(8)}   ${fmt(b.ms / 1000, 2)} s  [${b.all.map((x) => fmt(x / 1000, 2)).join(', ')}]${controlFiles.length < files.length ? `  over ${fmt(controlBytes / MB)} MB sample` : ''}`);
  console.log(`  (c) floor: keyword regex only    ${fmt(cRate).padStart(8)}   ${fmt(c.ms / 1000, 2)} s  [${c.all.map((x) => fmt(x / 1000, 2)).join(', ')}]  ${hits} keyword hits (${fmt(hits / (bytes / MB), 0)} per MB)`);
  console.log(`      regex: ${floor.form}; the flat alternation of the same keywords runs at ${fmt(mbps(flat.ms))} MB/s`);
  console.log(`  ratio (a)/(c) = ${fmt(aRate / cRate, 3)}  (target ≥ 0.333)   prefilter speed-up (a)/(b) = ${fmt(aRate / bRate, 1)}×\n`);

  // Stage shares per round (same round, same load), then the median share, applied to the median of (a).
  const shareOf = (pick: (i: number) => number): number => median(a.all.map((_, i) => pick(i) / (a.all[i] ?? 1)));
  const at = (t: Timing, i: number): number => t.all[i] ?? 0;
  const prefilterShare = shareOf((i) => at(stage1, i));
  const regexShare = shareOf((i) => Math.max(0, at(stage2, i) - at(stage1, i)));
  const postShare = shareOf((i) => Math.max(0, at(a, i) - at(stage2, i)));
  const line = (label: string, fraction: number, note: string): void =>
    console.log(`  ${label.padEnd(34)}${fmt((fraction * a.ms) / 1000, 2).padStart(6)} s  ${fmt(100 * fraction, 0).padStart(3)} %   ${note}`);
  console.log('where the time goes in (a) (shares measured per round, median):');
  line('prefilter + windows + directives', prefilterShare, `(the keyword pass alone, (c): ${fmt(c.ms / 1000, 2)} s)`);
  line('detector regexes in windows', regexShare, `(${fmt(matchesPerRun, 0)} regex matches)`);
  line('post-processing', postShare, '(entropy, allow, validate, synthetic registry, findings)');
  const byDetector = new Map<string, number>();
  for (const file of files) for (const f of engine.scanText(file.text, { path: file.path }).findings) byDetector.set(f.ruleId, (byDetector.get(f.ruleId) ?? 0) + 1);
  console.log(`  findings of (a) by detector (${planted} planted): ${[...byDetector].sort((x, y) => y[1] - x[1]).map(([id, n]) => `${id} ${n}`).join(', ')}`);
  // Part of post-processing is per file, not per match: a file with any candidate gets a line index and key paths.
  const withCandidates = files
    .map((file) => {
      const result = engine.scanText(file.text, { path: file.path, collectSuppressed: true });
      return { file, offsets: [...result.findings, ...result.suppressed.map((s) => s.finding)].map((f) => f.offset) };
    })
    .filter((x) => x.offsets.length > 0);
  const structure = measure(runs, () => {
    for (const { file, offsets } of withCandidates) keyPathsFor(file.text, syntaxFromPath(file.path), offsets, new LineIndex(file.text));
  });
  const candidateBytes = bytesOf(withCandidates.map((x) => x.file));
  console.log(`    of which line index + key paths ${fmt(structure.ms / 1000, 2)} s   (${withCandidates.length} files with a candidate, ${fmt(candidateBytes / MB)} MB, walked in full)\n`);

  if (values['no-detectors']) return;
  const detectorFiles = sample(files, Number(values['detector-mb']));
  const detectorBytes = bytesOf(detectorFiles);
  const rows: { id: string; ms: number; hits: number; findings: number; keywords: string }[] = [];
  for (const detector of catalog) {
    const alone = createEngine([detector]);
    const stubbed = createEngine([stub(detector)]);
    let found = 0;
    const full = median(Array.from({ length: 3 }, () => time(() => void (found = scanAll(alone, detectorFiles)))));
    const base = median(Array.from({ length: 3 }, () => time(() => void scanAll(stubbed, detectorFiles))));
    rows.push({ id: detector.id, ms: Math.max(0, full - base), hits: floorPass(prefilterRegex([detector]), detectorFiles), findings: found, keywords: detector.keywords.join(' ') });
  }
  rows.sort((x, y) => y.ms - x.ms);
  const scale = bytes / detectorBytes;
  console.log(`slowest detectors (regex + post-processing beyond their own prefilter, over a ${fmt(detectorBytes / MB)} MB sample, scaled to the tree):`);
  for (const row of rows.slice(0, 10)) {
    console.log(`  ${row.id.padEnd(34)} ${fmt((row.ms * scale) / 1000, 2).padStart(6)} s  ${String(Math.round(row.hits * scale)).padStart(9)} keyword hits  ${String(row.findings).padStart(4)} findings  [${clip(row.keywords)}]`);
  }
  const byHits = [...rows].sort((x, y) => y.hits - x.hits).slice(0, 10);
  console.log('\nmost keyword hits (windows opened), per MB:');
  for (const row of byHits) console.log(`  ${row.id.padEnd(34)} ${fmt(row.hits / (detectorBytes / MB), 0).padStart(8)}  [${clip(row.keywords)}]`);
  const sum = rows.reduce((n, r) => n + r.ms, 0) * scale;
  console.log(`\nsum over detectors run alone: ${fmt(sum / 1000, 2)} s (compare with the regex + post stages: ${fmt(((regexShare + postShare) * a.ms) / 1000, 2)} s)`);
}

main(process.argv.slice(2));
