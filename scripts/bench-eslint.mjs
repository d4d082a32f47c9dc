// Cost of the ESLint plugin: lints a large TypeScript tree with a baseline
// config (typescript-eslint's parser, a few core rules, no type information)
// and with the same config plus boundary-guard's `recommended`, alternating
// the two in one process, and prints the median wall times and the overhead.
//
// Usage: npm run bench:eslint [-- PATH] [--runs N]
//   PATH  a tree to lint (default: a generated tree of at least 20 MB under .bench/eslint-tree)
//   N     timed runs of each config (default 3; one untimed warm-up run of each comes first)
import { Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../dist/src/eslint/index.js';

const TARGET_BYTES = 20 * 1024 * 1024;
const GENERATED_ROOT = resolve('.bench/eslint-tree');
const SOURCE_GLOBS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/** A small seeded PRNG (mulberry32), so the generated tree is the same on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['account', 'tenant', 'invoice', 'order', 'customer', 'session', 'report', 'webhook', 'policy', 'schedule', 'user', 'team', 'project', 'payment', 'ticket', 'metric', 'dashboard', 'token', 'client', 'event'];
const VERBS = ['load', 'save', 'sync', 'render', 'validate', 'resolve', 'format', 'parse', 'fetch', 'update', 'remove', 'list', 'create', 'refresh', 'export'];
const DOC_LINKS = [
  'https://developer.mozilla.org/en-US/docs/Web/API/fetch',
  'https://nodejs.org/api/fs.html',
  'https://www.typescriptlang.org/docs/handbook/2/generics.html',
  'https://api.example.com/v1',
  'https://docs.example.org/guides/webhooks',
  'https://github.com/example/project/issues',
];

const pascal = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/** One realistic TypeScript module (interfaces, a class, functions, strings, URLs, no secrets). */
function moduleSource(next, index) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const noun = pick(NOUNS);
  const other = pick(NOUNS);
  const Type = `${pascal(noun)}${index}`;
  const lines = [
    `import { request } from '../http/client.js';`,
    `import type { ${pascal(other)}Ref } from '../types/${other}.js';`,
    '',
    `/** A ${noun} as the public API returns it. See ${pick(DOC_LINKS)} */`,
    `export interface ${Type} {`,
    `  readonly id: string;`,
    `  readonly ${other}Id: string;`,
    `  readonly name: string;`,
    `  readonly createdAt: string;`,
    `  readonly tags: readonly string[];`,
    `  readonly owner?: ${pascal(other)}Ref;`,
    `}`,
    '',
    `const BASE_URL = '${pick(DOC_LINKS)}/${noun}s';`,
    `const DEFAULT_PAGE_SIZE = ${10 + Math.floor(next() * 90)};`,
    '',
  ];
  const methods = 6 + Math.floor(next() * 8);
  lines.push(`export class ${Type}Service {`, `  private readonly cache = new Map<string, ${Type}>();`, '');
  for (let m = 0; m < methods; m++) {
    const verb = pick(VERBS);
    const field = pick(NOUNS);
    lines.push(
      `  /** ${pascal(verb)}s ${noun} records by ${field}; retries once on a 503. */`,
      `  async ${verb}${pascal(field)}${m}(${field}Id: string, options: { limit?: number; signal?: AbortSignal } = {}): Promise<${Type}[]> {`,
      `    const url = \`\${BASE_URL}/${field}s/\${encodeURIComponent(${field}Id)}?limit=\${options.limit ?? DEFAULT_PAGE_SIZE}\`;`,
      `    const cached = this.cache.get(${field}Id);`,
      `    if (cached !== undefined && cached.tags.includes('${pick(VERBS)}')) return [cached];`,
      `    const response = await request(url, { method: 'GET', headers: { accept: 'application/json', 'x-request-id': \`${noun}-\${Date.now()}\` } });`,
      `    if (response.status === 503) {`,
      `      await new Promise((done) => setTimeout(done, ${100 + Math.floor(next() * 900)}));`,
      `      return this.${verb}${pascal(field)}${m}(${field}Id, options);`,
      `    }`,
      `    if (response.status !== 200) throw new Error(\`${verb} ${noun} failed: \${response.status} (${field} \${${field}Id})\`);`,
      `    const body = (await response.json()) as { items: ${Type}[]; next?: string };`,
      `    for (const item of body.items) this.cache.set(item.id, item);`,
      `    return body.items.filter((item) => item.name.length > 0 && item.${other}Id !== '');`,
      `  }`,
      '',
    );
  }
  lines.push(`}`, '');
  const helpers = 3 + Math.floor(next() * 5);
  for (let h = 0; h < helpers; h++) {
    const verb = pick(VERBS);
    lines.push(
      `export function ${verb}${Type}Label${h}(value: ${Type}, locale = 'en-US'): string {`,
      `  const date = new Date(value.createdAt).toLocaleDateString(locale, { year: 'numeric', month: 'short' });`,
      `  const parts = [value.name, value.tags.join(', '), date].filter((part) => part !== '');`,
      `  switch (parts.length) {`,
      `    case 0:`,
      `      return '${noun} without a name';`,
      `    case 1:`,
      `      return parts[0] ?? '';`,
      `    default:`,
      `      return \`\${parts.slice(0, -1).join(' · ')} (\${parts.at(-1) ?? ''})\`;`,
      `  }`,
      `}`,
      '',
    );
  }
  lines.push(
    `export const ${noun.toUpperCase()}_${index}_MESSAGES = {`,
    `  notFound: 'The ${noun} was not found. Check the id and try again.',`,
    `  forbidden: 'You need the ${other} admin role to change this ${noun}.',`,
    `  docs: '${pick(DOC_LINKS)}',`,
    `  support: 'Contact support@example.com with the request id.',`,
    `} as const;`,
    '',
  );
  return lines.join('\n');
}

/** A small TSX view, so the tree is not TS-only. */
function viewSource(next, index) {
  const noun = NOUNS[Math.floor(next() * NOUNS.length)];
  return [
    `import { useState } from 'react';`,
    '',
    `export function ${pascal(noun)}Panel${index}({ title }: { title: string }) {`,
    `  const [open, setOpen] = useState(false);`,
    `  return (`,
    `    <section className="panel ${noun}">`,
    `      <h2 onClick={() => setOpen(!open)}>{title}</h2>`,
    `      {open && <a href="https://docs.example.org/${noun}s">Read about ${noun}s</a>}`,
    `    </section>`,
    `  );`,
    `}`,
    '',
  ].join('\n');
}

/** Writes the generated tree unless it is already there at full size. */
function generateTree(root) {
  const marker = join(root, '.complete');
  if (existsSync(marker)) return;
  rmSync(root, { recursive: true, force: true });
  const next = random(20240601);
  let bytes = 0;
  for (let index = 0; bytes < TARGET_BYTES; index++) {
    const dir = join(root, `packages/pkg-${Math.floor(index / 100)}/src`);
    mkdirSync(dir, { recursive: true });
    const tsx = index % 10 === 9;
    const text = tsx ? viewSource(next, index) : moduleSource(next, index);
    writeFileSync(join(dir, `${tsx ? 'view' : 'module'}-${index}.${tsx ? 'tsx' : 'ts'}`), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(marker, '');
}

function treeSize(root) {
  let bytes = 0;
  let files = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:[cm]?ts|tsx)$/u.test(entry.name)) {
        bytes += statSync(full).size;
        files++;
      }
    }
  };
  walk(root);
  return { bytes, files };
}

const BASELINE = [
  {
    name: 'bench/typescript',
    files: SOURCE_GLOBS,
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { 'no-debugger': 'error', 'no-dupe-keys': 'error', 'no-unreachable': 'error', eqeqeq: 'error', 'no-var': 'error', 'prefer-const': 'error' },
  },
];
const WITH_PLUGIN = [...BASELINE, plugin.configs.recommended];

async function lintOnce(root, config) {
  // `stats` times every rule in both configs alike; it tells how much of a run the plugin's rules take.
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, cache: false, errorOnUnmatchedPattern: false, stats: true });
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const results = await eslint.lintFiles(SOURCE_GLOBS);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  let messages = 0;
  let fatal = 0;
  let pluginMs = 0;
  let parseMs = 0;
  const byRule = new Map();
  for (const result of results) {
    messages += result.messages.length;
    fatal += result.fatalErrorCount;
    for (const m of result.messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse.total;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) if (rule.startsWith('boundary-guard/')) pluginMs += time.total;
    }
  }
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, messages, fatal, byRule, pluginSeconds: pluginMs / 1000, parseSeconds: parseMs / 1000 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
  const runs = Math.max(1, Number.parseInt(values.runs, 10) || 3);
  const root = positionals[0] ? resolve(positionals[0]) : GENERATED_ROOT;
  if (!positionals[0]) generateTree(root);
  const { bytes, files } = treeSize(root);
  console.log(`tree: ${root}\n  ${files} TypeScript files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(`runs: 1 warm-up + ${runs} timed of each config, alternating (baseline first on odd rounds)`);

  const times = { baseline: [], recommended: [] };
  const cpu = { baseline: [], recommended: [] };
  const pluginShare = [];
  for (let round = 0; round <= runs; round++) {
    const order = round % 2 === 0 ? ['recommended', 'baseline'] : ['baseline', 'recommended'];
    for (const name of order) {
      const result = await lintOnce(root, name === 'baseline' ? BASELINE : WITH_PLUGIN);
      const label = round === 0 ? 'warm-up' : `run ${round}`;
      const rules = name === 'recommended' ? `, boundary-guard rules ${result.pluginSeconds.toFixed(2)} s` : '';
      console.log(
        `  ${label.padEnd(8)} ${name.padEnd(11)} wall ${result.seconds.toFixed(2)} s, cpu ${result.cpuSeconds.toFixed(2)} s (parse ${result.parseSeconds.toFixed(2)} s${rules}; ${result.messages} messages, ${result.fatal} parse errors)`,
      );
      if (round === 0 && name === 'recommended' && result.messages > 0) {
        for (const [rule, count] of result.byRule) console.log(`           ${rule}: ${count}`);
      }
      if (round > 0) {
        times[name].push(result.seconds);
        cpu[name].push(result.cpuSeconds);
        if (name === 'recommended') pluginShare.push(result.pluginSeconds / result.seconds);
      }
    }
  }
  const percent = (a, b) => `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)} %`;
  const base = median(times.baseline);
  const withPlugin = median(times.recommended);
  console.log(`\nmedian wall, baseline      ${base.toFixed(2)} s  (${(bytes / 1024 / 1024 / base).toFixed(2)} MB/s)`);
  console.log(`median wall, +recommended  ${withPlugin.toFixed(2)} s`);
  console.log(`overhead (wall)            ${percent(withPlugin, base)}  (target: at most 5 %)`);
  console.log(`overhead (cpu)             ${percent(median(cpu.recommended), median(cpu.baseline))}  (median cpu ${median(cpu.baseline).toFixed(2)} s vs ${median(cpu.recommended).toFixed(2)} s)`);
  console.log(`boundary-guard rules       ${(median(pluginShare) * 100).toFixed(1)} % of a +recommended run (ESLint stats)`);
}

await main();
