/**
 * `npm run bench:real-tree [-- --root <dir> …] [-- --json out.json] [-- --sample 30]`
 *
 * Scans large real trees (by default this repository's node_modules: hundreds
 * of published packages; `--root` repeats) with the default catalog, skipping binaries and
 * files over 2 MB, and reports findings per MB by category and by detector,
 * plus a deterministic sample of findings for judging by hand. Output holds
 * masked previews only: in a sample's context line the value itself is
 * replaced by its preview.
 *
 * `npm run bench:real-tree -- --panel [--check]` scans the judged panel of real
 * open-core repositories instead (scripts/real-tree-judged.ts).
 */
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { catalog } from '../patterns/index.js';
import { createEngine } from '../src/engine/index.js';
import type { Finding } from '../src/engine/types.js';
import { runPanel } from './real-tree-judged.js';

const MB = 1024 * 1024;
const BINARY_EXT = /\.(?:png|jpe?g|gif|ico|webp|avif|bmp|tiff?|woff2?|ttf|otf|eot|wasm|node|gz|tgz|zip|br|zst|xz|bz2|7z|jar|pdf|mp[34]|mov|webm|ogg|wav|exe|dll|so|dylib|a|o|bin|dat|db|sqlite|pyc|class)$/iu;

interface Options {
  readonly maxBytes: number;
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      if (entry.name === '.git') continue;
      yield* walk(full);
    } else if (entry.isFile()) yield full;
  }
}

function readText(path: string, options: Options): string | undefined {
  if (BINARY_EXT.test(path)) return undefined;
  if (lstatSync(path).size > options.maxBytes) return undefined;
  const buffer = readFileSync(path);
  if (buffer.subarray(0, 8000).includes(0)) return undefined;
  return buffer.toString('utf8');
}

/** Deterministic pick of `n` items, spread over detectors first. */
function samplePerDetector<T extends { finding: Finding }>(items: readonly T[], n: number): T[] {
  const byRule = new Map<string, T[]>();
  for (const item of items) {
    const list = byRule.get(item.finding.ruleId) ?? [];
    list.push(item);
    byRule.set(item.finding.ruleId, list);
  }
  const queues = [...byRule.values()].map((list) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / 5)) === 0));
  const out: T[] = [];
  for (let round = 0; out.length < n && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const item = queue[round];
      if (item && out.length < n) out.push(item);
    }
  }
  return out;
}

function contextLine(text: string, finding: Finding): string {
  const start = text.lastIndexOf('\n', finding.offset - 1) + 1;
  let end = text.indexOf('\n', finding.offset);
  if (end === -1) end = text.length;
  const before = text.slice(Math.max(start, finding.offset - 100), finding.offset);
  const after = text.slice(finding.endOffset, Math.min(end, finding.endOffset + 100));
  return `${before}⟨${finding.preview}⟩${after}`.replace(/\s+/gu, ' ').trim();
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      root: { type: 'string', multiple: true, default: ['node_modules'] },
      'max-mb': { type: 'string', default: '2' },
      json: { type: 'string' },
      sample: { type: 'string', default: '30' },
      panel: { type: 'boolean', default: false },
      'panel-file': { type: 'string', default: 'bench/real-tree/panel.json' },
      judgements: { type: 'string', default: 'bench/real-tree/judgements.json' },
      trees: { type: 'string', default: '.bench/panel' },
      only: { type: 'string' },
      check: { type: 'boolean', default: false },
      workers: { type: 'string', default: '0' },
      unjudged: { type: 'string' },
    },
  });
  if (values.panel) {
    process.exitCode = await runPanel({
      panelFile: values['panel-file'],
      judgementsFile: values.judgements,
      trees: values.trees,
      check: values.check,
      workers: Number(values.workers),
      ...(values.only ? { only: values.only.split(',') } : {}),
      ...(values.unjudged ? { unjudgedOut: values.unjudged } : {}),
      ...(values.json ? { jsonOut: values.json } : {}),
    });
    return;
  }
  const roots = values.root;
  const options: Options = { maxBytes: Number(values['max-mb']) * MB };
  const engine = createEngine(catalog);
  const found: { path: string; finding: Finding; context: string }[] = [];
  let files = 0;
  let skipped = 0;
  let bytes = 0;
  let scanMs = 0;
  const perRoot = new Map<string, { files: number; bytes: number; findings: number }>();
  for (const full of roots.flatMap((root) => [...walk(root)].map((file) => ({ root, file })))) {
    const text = readText(full.file, options);
    if (text === undefined) {
      skipped++;
      continue;
    }
    const path = (roots.length > 1 ? join(basename(full.root), relative(full.root, full.file)) : relative(full.root, full.file)).split(sep).join('/');
    files++;
    const size = Buffer.byteLength(text);
    bytes += size;
    const tally = perRoot.get(full.root) ?? { files: 0, bytes: 0, findings: 0 };
    const started = performance.now();
    const result = engine.scanText(text, { path });
    scanMs += performance.now() - started;
    for (const finding of result.findings) found.push({ path, finding, context: contextLine(text, finding) });
    perRoot.set(full.root, { files: tally.files + 1, bytes: tally.bytes + size, findings: tally.findings + result.findings.length });
  }
  const mb = bytes / MB;
  console.log(`roots: ${roots.join(', ')}`);
  console.log(`scanned ${files} files (${mb.toFixed(1)} MB), skipped ${skipped} binary or > ${values['max-mb']} MB; scan time ${(scanMs / 1000).toFixed(1)} s (${(mb / (scanMs / 1000)).toFixed(1)} MB/s)`);
  console.log(`findings: ${found.length} (${(found.length / mb).toFixed(2)} per MB) in ${new Set(found.map((f) => f.path)).size} files\n`);
  if (roots.length > 1) {
    console.log('by tree (files, MB, findings, per MB):');
    for (const [root, t] of perRoot) console.log(`  ${root.padEnd(56)} ${String(t.files).padStart(6)} ${(t.bytes / MB).toFixed(1).padStart(7)} ${String(t.findings).padStart(5)}  ${(t.findings / (t.bytes / MB)).toFixed(3)}`);
    console.log('');
  }

  const tally = (key: (f: Finding) => string): [string, number][] => {
    const counts = new Map<string, number>();
    for (const { finding } of found) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  console.log('by category (count, per MB):');
  for (const [category, n] of tally((f) => f.category)) console.log(`  ${category.padEnd(26)} ${String(n).padStart(6)}  ${(n / mb).toFixed(3)}`);
  console.log('\nby detector (count, per MB, files):');
  for (const [id, n] of tally((f) => f.ruleId)) {
    const fileCount = new Set(found.filter((f) => f.finding.ruleId === id).map((f) => f.path)).size;
    console.log(`  ${id.padEnd(34)} ${String(n).padStart(6)}  ${(n / mb).toFixed(3)}  ${fileCount}`);
  }
  const perFile = new Map<string, number>();
  for (const { path } of found) perFile.set(path, (perFile.get(path) ?? 0) + 1);
  console.log('\nnoisiest files:');
  for (const [path, n] of [...perFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${String(n).padStart(5)}  ${path}`);

  const picked = samplePerDetector(found, Number(values.sample));
  console.log(`\nsample of ${picked.length} findings to judge (value shown masked):`);
  picked.forEach(({ path, finding, context }, i) => {
    console.log(`  ${String(i + 1).padStart(2)}. ${path}:${finding.line}  ${finding.ruleId} (${finding.category})${finding.keyPath ? ` key ${finding.keyPath}` : ''}`);
    console.log(`      ${context.slice(0, 260)}`);
  });
  if (values.json) {
    writeFileSync(
      values.json,
      `${JSON.stringify({ roots, files, bytes, findings: found.map(({ path, finding, context }) => ({ path, line: finding.line, ruleId: finding.ruleId, category: finding.category, preview: finding.preview, keyPath: finding.keyPath, context })) }, null, 1)}\n`,
    );
  }
}

await main(process.argv.slice(2));
