/**
 * `npm run bench [-- PATH]`: throughput and peak RSS of the scanner against
 * secretlint 13 (recommended preset) and a raw read of the same files, in
 * one run; then `scan --staged` on a commit of 10 files in that tree.
 *
 * Without PATH a tree of at least 100 MB (many files, mixed types, a few
 * planted secrets both tools know) is generated once under .bench/tree and
 * committed to its own git repository. Each tool runs as a child process;
 * peak RSS comes from /usr/bin/time when it is there.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALPHA_NUM, HEX, LOWER_NUM, UPPER_NUM, randomString, seededRandom } from '../patterns/support/sample-builder.js';
import githubToken from '../patterns/connector-credential/github-token.js';
import pemPrivateKey from '../patterns/signing-material/pem-private-key.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The package root (this file runs from dist/scripts/). */
const root = resolve(here, '../..');
const cli = join(root, 'dist/bundle/cli.js');
const secretlintBin = join(root, 'node_modules/secretlint/bin/secretlint.js');
const TREE_VERSION = '5';
const TARGET_BYTES = 110 * 1024 * 1024;
/** Timed runs of each command (`BENCH_RUNS` overrides). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);

interface Run {
  readonly seconds: number;
  readonly peakRssMb: number | undefined;
  /** User + system CPU seconds (all threads), when /usr/bin/time is there. */
  readonly cpuSeconds: number | undefined;
  readonly status: number | null;
  readonly stderr: string;
}

/** Runs `argv` to completion, timing it and reading its peak RSS through /usr/bin/time. */
function measure(argv: readonly string[], cwd: string): Promise<Run> {
  const timer = existsSync('/usr/bin/time');
  const marker = '@@bench-rss-kb=';
  const [command, ...args] = timer ? ['/usr/bin/time', '-f', `${marker}%M %U %S`, ...argv] : argv;
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command ?? '', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      const m = /@@bench-rss-kb=(\d+) ([\d.]+) ([\d.]+)/u.exec(stderr);
      resolvePromise({
        seconds,
        peakRssMb: m ? Number(m[1]) / 1024 : undefined,
        cpuSeconds: m ? Number(m[2]) + Number(m[3]) : undefined,
        status,
        stderr: stderr.replace(/@@bench-rss-kb=.*\n?/u, ''),
      });
    });
  });
}

// ---------------------------------------------------------------- tree

/** Everyday code vocabulary. */
const WORDS = 'add alert array buffer build cache child client config context count create data debug default delete deploy entry error event export field file filter format handler header index input item job key list load logger map merge message metric module name node option order output parse path payload plugin policy queue range record reader report request resolve response result retry route schema scope service session size source state status store stream string summary table task test text timer type update user util value view worker writer'.split(' ');
/**
 * The vocabulary of a SaaS control plane, which the detectors' keywords are
 * made of. Its share (and that of URLs) is set so that the tree has about the
 * keyword density of real code: ~800 prefilter hits per MB, as measured on
 * this repository's node_modules.
 */
const DOMAIN = 'account billing customer dashboard invoice license owner support tenant ticket token webhook'.split(' ');

function generator(seed: string): { int: (n: number) => number; word: () => string; pick: <T>(xs: readonly T[]) => T } {
  const next = seededRandom(seed);
  const int = (n: number): number => Math.floor(next() * n);
  const word = (): string => (int(60) === 0 ? DOMAIN[int(DOMAIN.length)] : WORDS[int(WORDS.length)]) ?? 'value';
  return { int, word, pick: (xs) => xs[int(xs.length)] as (typeof xs)[number] };
}

type Kind = 'ts' | 'js' | 'json' | 'yaml' | 'md' | 'py' | 'go' | 'css' | 'min.js' | 'lock.json' | 'png' | 'env';

function content(kind: Kind, seed: string, size: number): string | Buffer {
  const g = generator(seed);
  const camel = (): string => `${g.word()}${g.word().replace(/^./u, (c) => c.toUpperCase())}`;
  const out: string[] = [];
  let length = 0;
  const push = (line: string): void => {
    out.push(line);
    length += line.length + 1;
  };
  if (kind === 'png') {
    const bytes = Buffer.alloc(size);
    const next = seededRandom(seed);
    for (let i = 0; i < size; i++) bytes[i] = Math.floor(next() * 256);
    bytes.write('\u0089PNG\r\n\u001a\n\u0000\u0000', 0, 'latin1');
    return bytes;
  }
  while (length < size) {
    switch (kind) {
      case 'ts':
      case 'js':
        push(g.int(4) === 0 ? `/** ${g.word()} the ${g.word()} (see https://docs.example.com/${g.word()}/${g.word()}). */` : `/** ${g.word()} the ${g.word()} of a ${g.word()}. */`);
        push(`export function ${camel()}(${g.word()}: ${g.pick(['string', 'number', 'Record<string, unknown>'])}, options = { ${g.word()}: ${g.int(1000)} }) {`);
        push(`  const ${camel()} = await fetch(\`/api/v1/${g.word()}s/\${${g.word()}}\`, { method: '${g.pick(['GET', 'POST'])}' });`);
        push(`  if (!${g.word()}.${g.word()}) throw new Error('${g.word()} ${g.word()} is missing for ${g.word()}');`);
        push(`  return { ${g.word()}_id: ${g.word()}.id, ${camel()}: ${g.int(100000)}, label: '${g.word()}-${g.word()}' };`);
        push('}');
        break;
      case 'min.js':
        push(Array.from({ length: 400 }, () => `function ${g.word().slice(0, 2)}${g.int(99)}(a,b){return a.${g.word()}(b,"${g.word()}")||${g.int(1e6)}}`).join(';'));
        break;
      case 'json':
        push(`  {"id": "${g.word()}-${randomString(`${seed}${length}`, LOWER_NUM, 8)}", "${g.word()}_name": "${g.word()} ${g.word()}", "count": ${g.int(10000)}, "enabled": ${g.int(2) === 1}${g.int(3) === 0 ? `, "url": "https://${g.word()}.example.org/${g.word()}"` : ''}},`);
        break;
      case 'lock.json':
        push(`    "node_modules/${g.word()}-${g.word()}": { "version": "${g.int(9)}.${g.int(20)}.${g.int(30)}", "resolved": "https://registry.npmjs.org/${g.word()}/-/${g.word()}-1.0.0.tgz", "integrity": "sha512-${randomString(`${seed}i${length}`, ALPHA_NUM, 86)}==" },`);
        break;
      case 'yaml':
        push(`${g.word()}:`);
        push(`  ${g.word()}_${g.word()}: "${g.word()}-${g.int(999)}"`);
        push(`  ${g.word()}: ${g.int(100)}`);
        if (g.int(3) === 0) push(`  url: https://${g.word()}.${g.pick(['example.com', 'test', 'internal.invalid'])}/${g.word()}`);
        break;
      case 'md':
        push(`## ${g.word()} ${g.word()}`);
        push('');
        push(Array.from({ length: 40 }, () => g.word()).join(' ') + '.');
        push('');
        break;
      case 'py':
        push(`def ${g.word()}_${g.word()}(${g.word()}, ${g.word()}=None):`);
        push(`    """${g.word()} the ${g.word()}."""`);
        push(`    return {"${g.word()}": ${g.word()}, "${g.word()}_id": ${g.int(10000)}}`);
        push('');
        break;
      case 'go':
        push(`func (s *${camel()}) ${camel()}(ctx context.Context, id string) (*${camel()}, error) {`);
        push(`\treturn s.store.Get(ctx, "${g.word()}/"+id)`);
        push('}');
        break;
      case 'css':
        push(`.${g.word()}-${g.word()} { color: #${randomString(`${seed}c${length}`, HEX, 6)}; margin: ${g.int(20)}px ${g.int(20)}px; }`);
        break;
      case 'env':
        push(`${g.word().toUpperCase()}_${g.word().toUpperCase()}=${g.word()}-${g.int(100)}`);
        break;
    }
  }
  return `${out.join('\n')}\n`;
}

/** Values both tools detect, built at run time from seeds (never pasted). */
function plantedSecret(i: number): string {
  switch (i % 3) {
    case 0:
      return `notify_url = "https://hooks.slack.com/services/T${randomString(`bench-t${i}`, UPPER_NUM, 8)}/B${randomString(`bench-b${i}`, UPPER_NUM, 10)}/${randomString(`bench-s${i}`, ALPHA_NUM, 24)}"`;
    case 1: {
      const samples = githubToken.samples().positive;
      return `token = "${String(samples[i % samples.length])}"`;
    }
    default: {
      // A key with a well-formed DER body (random bytes are not a key, and the detector checks).
      const samples = pemPrivateKey.samples().positive;
      return `key = """${String(samples[i % samples.length])}"""`;
    }
  }
}

const KINDS: readonly [Kind, number, number][] = [
  // kind, share of files (per mille), typical size in bytes
  ['ts', 300, 6000],
  ['js', 120, 5000],
  ['json', 120, 4000],
  ['yaml', 90, 2500],
  ['md', 120, 5000],
  ['py', 90, 4000],
  ['go', 60, 5000],
  ['css', 40, 3000],
  ['env', 10, 400],
  ['min.js', 20, 120_000],
  ['lock.json', 10, 200_000],
  ['png', 20, 30_000],
];

/** Generates the tree once (a stamp file records the version) and commits it to its own repository. */
function ensureTree(dir: string): { planted: number } {
  const stamp = join(dir, '.bench-stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').startsWith(`${TREE_VERSION} `)) {
    return { planted: Number(readFileSync(stamp, 'utf8').split(' ')[1]) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.stdout.write(`generating a ${(TARGET_BYTES / 1048576).toFixed(0)} MB tree under ${relative(root, dir)} …\n`);
  const g = generator('bench-tree');
  let bytes = 0;
  let files = 0;
  let planted = 0;
  const total = KINDS.reduce((n, [, share]) => n + share, 0);
  while (bytes < TARGET_BYTES) {
    let roll = g.int(total);
    const [kind, , typical] = KINDS.find(([, share]) => (roll -= share) < 0) ?? KINDS[0] ?? ['ts', 1, 1000];
    const size = Math.max(200, Math.round(typical * (0.3 + g.int(1400) / 1000)));
    const path = `packages/${g.word()}-${files % 40}/${g.pick(['src', 'lib', 'test', 'docs', 'config'])}/${g.word()}-${files}.${kind}`;
    let body = content(kind, `f${files}`, size);
    if (typeof body === 'string' && files % 400 === 7 && kind !== 'min.js') {
      body = `${body}${plantedSecret(planted)}\n`;
      planted++;
    }
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
    bytes += body.length;
    files++;
  }
  writeFileSync(join(dir, '.gitignore'), '.bench-stamp\n');
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'bench');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'bench tree');
  writeFileSync(stamp, `${TREE_VERSION} ${planted}\n`);
  process.stdout.write(`${files} files, ${(bytes / 1048576).toFixed(1)} MB, ${planted} planted secrets\n`);
  return { planted };
}

/** Every regular file of the tree outside .git, as the raw-read baseline and the totals see it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !join(e.parentPath, e.name).includes(`${dir}/.git/`) && e.name !== '.bench-stamp')
    .map((e) => join(e.parentPath, e.name));
}

/** Child mode: list and read every file, nothing else. */
function rawRead(dir: string): void {
  let bytes = 0;
  for (const file of listFiles(dir)) bytes += readFileSync(file).length;
  process.stdout.write(`${bytes}\n`);
}

// ---------------------------------------------------------------- report

function row(name: string, run: Run, bytes: number, files: number): string {
  const mbs = bytes / 1048576 / run.seconds;
  const rss = run.peakRssMb === undefined ? 'n/a' : `${run.peakRssMb.toFixed(0)} MB`;
  const cpu = run.cpuSeconds === undefined ? 'n/a' : `${run.cpuSeconds.toFixed(2)} s`;
  return `${name.padEnd(28)} ${run.seconds.toFixed(2).padStart(7)} s ${mbs.toFixed(1).padStart(8)} MB/s ${(files / run.seconds).toFixed(0).padStart(8)} files/s   CPU ${cpu.padStart(8)}   peak RSS ${rss.padStart(8)}   exit ${run.status}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--raw-read') {
    rawRead(resolve(args[1] ?? '.'));
    return;
  }
  if (!existsSync(cli)) throw new Error('build first: npm run build');
  const given = args[0];
  const tree = given ? resolve(given) : join(root, '.bench/tree');
  const planted = given ? undefined : ensureTree(tree).planted;
  const files = listFiles(tree);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const work = mkdtempSync(join(tmpdir(), 'bg-bench-'));
  process.stdout.write(`tree: ${tree}\n${files.length} files, ${(bytes / 1048576).toFixed(1)} MB\n\n`);

  const oursOut = join(work, 'boundary-guard.json');
  // Oversized files would be skipped by default; the comparison reads everything secretlint reads.
  const config = join(work, 'boundary-guard.config.json');
  writeFileSync(config, JSON.stringify({ maxFileSize: 64 * 1024 * 1024 }));
  const rc = join(work, '.secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const slOut = join(work, 'secretlint.json');

  // Each command runs RUNS times, the tools in turn, and the run of median wall time is kept: one
  // run alone is at the mercy of a page-cache eviction or a neighbour on a shared machine.
  const commands = {
    raw: [process.execPath, fileURLToPath(import.meta.url), '--raw-read', tree],
    ours: [process.execPath, cli, 'scan', '--config', config, '--format', 'json', '--output-file', oursOut],
    half: [process.execPath, cli, 'scan', '--config', config, '--format', 'json', '--output-file', join(work, 'half.json'), '--shard', '1/2'],
    single: [process.execPath, cli, 'scan', '--config', config, '--format', 'json', '--output-file', join(work, 'single.json'), '--concurrency', 'off'],
    secretlint: [process.execPath, secretlintBin, '--secretlintrc', rc, '--format', 'json', '--output', slOut, '--no-color', '**/*'],
  };
  const runs: Record<keyof typeof commands, Run[]> = { raw: [], ours: [], half: [], single: [], secretlint: [] };
  for (let round = 0; round < RUNS; round++) {
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) runs[name].push(await measure(commands[name], tree));
  }
  const medianRun = (list: Run[]): Run => {
    const sorted = [...list].sort((a, b) => a.seconds - b.seconds);
    return sorted[Math.floor(sorted.length / 2)] ?? (sorted[0] as Run);
  };
  const [raw, ours, half, single, secretlint] = [runs.raw, runs.ours, runs.half, runs.single, runs.secretlint].map(medianRun) as [Run, Run, Run, Run, Run];
  process.stdout.write(`median of ${RUNS} runs each (wall s): ${Object.entries(runs).map(([name, list]) => `${name} ${list.map((r) => r.seconds.toFixed(2)).join('/')}`).join(', ')}\n\n`);

  const report = JSON.parse(readFileSync(oursOut, 'utf8')) as { findings: { path: string; line: number; ruleId: string }[]; summary: { files: number; bytes: number; skipped: number; errors: number } };
  let slFindings: { filePath: string; messages: { ruleId: string; loc: { start: { line: number } } }[] }[] = [];
  try {
    slFindings = JSON.parse(readFileSync(slOut, 'utf8')) as typeof slFindings;
  } catch {
    process.stdout.write(`secretlint output unreadable: ${secretlint.stderr.slice(0, 400)}\n`);
  }
  const slMessages = slFindings.flatMap((r) => r.messages.map((m) => ({ path: relative(tree, resolve(tree, r.filePath)), line: m.loc.start.line, ruleId: m.ruleId })));

  process.stdout.write(`${''.padEnd(28)} ${'time'.padStart(9)} ${'throughput'.padStart(13)} ${'rate'.padStart(14)}\n`);
  process.stdout.write(`${row('raw read (list + read)', raw, bytes, files.length)}\n`);
  process.stdout.write(`${row('boundary-guard scan', ours, bytes, files.length)}\n`);
  process.stdout.write(`${row('boundary-guard, 1 thread', single, bytes, files.length)}\n`);
  process.stdout.write(`${row('boundary-guard, half tree', half, bytes / 2, files.length / 2)}  (--shard 1/2)\n`);
  process.stdout.write(`${row('secretlint 13 recommended', secretlint, bytes, files.length)}\n\n`);
  process.stdout.write(`boundary-guard vs secretlint: ${(secretlint.seconds / ours.seconds).toFixed(1)}x the throughput`);
  if (ours.peakRssMb !== undefined && secretlint.peakRssMb !== undefined) {
    process.stdout.write(`, ${(ours.peakRssMb / secretlint.peakRssMb).toFixed(2)}x the peak RSS`);
  }
  if (ours.cpuSeconds !== undefined && secretlint.cpuSeconds !== undefined) {
    process.stdout.write(`\nboundary-guard vs secretlint, CPU time: ${(secretlint.cpuSeconds / ours.cpuSeconds).toFixed(1)}x less (single thread: ${single.cpuSeconds !== undefined ? (secretlint.cpuSeconds / single.cpuSeconds).toFixed(1) : 'n/a'}x)`);
  }
  process.stdout.write(`\nboundary-guard vs raw read:   ${(ours.seconds / raw.seconds).toFixed(1)}x the time of listing and reading the files\n`);
  if (ours.peakRssMb !== undefined && half.peakRssMb !== undefined) {
    process.stdout.write(`peak RSS, half tree -> full tree: ${half.peakRssMb.toFixed(0)} MB -> ${ours.peakRssMb.toFixed(0)} MB\n`);
  }
  process.stdout.write(`boundary-guard: ${report.summary.files} files scanned, ${report.summary.skipped} skipped, ${report.summary.errors} errors, ${report.findings.length} findings\n`);
  process.stdout.write(`secretlint:     ${slFindings.length} files reported, ${slMessages.length} findings\n`);
  if (planted !== undefined) {
    const hit = (list: { path: string; ruleId: string }[]): number => new Set(list.filter((f) => /slack|github|private-?key/iu.test(f.ruleId)).map((f) => f.path)).size;
    process.stdout.write(`planted secrets (${planted} files): boundary-guard found ${hit(report.findings)}, secretlint found ${hit(slMessages)}\n`);
  }

  // scan --staged on a commit of 10 files, median of several runs.
  if (existsSync(join(tree, '.git'))) {
    const changed = files.filter((f) => /\.(?:ts|yaml|md)$/u.test(f)).slice(0, 10);
    const originals = changed.map((f) => readFileSync(f));
    try {
      changed.forEach((f, i) => writeFileSync(f, `${readFileSync(f, 'utf8')}// change ${i}\n`));
      execFileSync('git', ['add', '--', ...changed.map((f) => relative(tree, f))], { cwd: tree });
      // Node's own start-up, in turn with the scans: the part of each run no code of ours can shorten
      // (NODE_OPTIONS or NODE_EXTRA_CA_CERTS in the environment add to it).
      const times: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < 9; i++) {
        times.push((await measure([process.execPath, cli, 'scan', '--staged', '--format', 'json', '--output-file', join(work, 'staged.json')], tree)).seconds * 1000);
        bare.push((await measure([process.execPath, '-e', '0'], tree)).seconds * 1000);
      }
      process.stdout.write(`\nscan --staged, 10 staged files: median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})\n`);
      process.stdout.write(`node -e 0 alone, same rounds: median ${median(bare).toFixed(0)} ms\n`);
    } finally {
      changed.forEach((f, i) => writeFileSync(f, originals[i] ?? ''));
      execFileSync('git', ['reset', '-q', '--', ...changed.map((f) => relative(tree, f))], { cwd: tree });
    }
  }
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`\nnode ${process.version}, ${availableParallelism()} cores available\n`);
}

await main();
