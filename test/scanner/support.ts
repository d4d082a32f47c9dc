/**
 * Helpers for scanner and CLI tests: temporary directories, real git
 * repositories, secrets assembled at run time, and the built binary.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import githubToken from '../../patterns/connector-credential/github-token.js';
import slackWebhookUrl from '../../patterns/escalation-webhook/slack-webhook-url.js';
import type { Sample } from '../../src/engine/types.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(repoRoot, 'dist/bundle/cli.js');

const valueOf = (sample: Sample | undefined): string => {
  if (sample === undefined) throw new Error('detector has no positive sample');
  return typeof sample === 'string' ? sample : sample.value;
};

/** Realistic-looking values, generated from the detectors' seeded samples: never literals in the source. */
export const SECRETS = {
  slack: valueOf(slackWebhookUrl.samples().positive[0]),
  slack2: valueOf(slackWebhookUrl.samples().positive[1]),
  github: valueOf(githubToken.samples().positive[0]),
  github2: valueOf(githubToken.samples().positive[1]),
} as const;

const made: string[] = [];

/** A fresh temporary directory, removed by `cleanup()`. */
export function tempDir(prefix = 'bg-scan-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes files (creating folders) under `dir`. */
export function writeTree(dir: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** Runs git in `dir`, returning stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A new git repository with a local identity and no global hooks or signing. */
export function gitRepo(files: Readonly<Record<string, string | Buffer>> = {}): string {
  const dir = tempDir('bg-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Test Author');
  git(dir, 'config', 'user.email', 'author@example.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'config', 'core.hooksPath', '.git/hooks');
  writeTree(dir, files);
  return dir;
}

/** `git commit` with the hooks of the repository, as a developer runs it. */
export function commitWithHooks(dir: string, message: string): { status: number | null; output: string } {
  const result = spawnSync('git', ['commit', '-q', '-m', message], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Stages everything and commits. */
export function commitAll(dir: string, message = 'change'): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-verify', '-m', message);
}

function newestSource(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') || name.endsWith('.json'))
    .reduce((newest, name) => Math.max(newest, statSync(join(folder, name)).mtimeMs), 0);
}

/** Builds dist/ when any source the binary is made of is newer than it. */
export function ensureBuilt(): void {
  const sources = Math.max(...['src', 'patterns', 'schemas'].map((f) => newestSource(join(repoRoot, f))));
  const worker = join(repoRoot, 'dist/bundle/worker.js');
  if (existsSync(bin) && existsSync(worker) && Math.min(statSync(bin).mtimeMs, statSync(worker).mtimeMs) >= sources) return;
  try {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'pipe' });
  } catch (error) {
    // tsc still emits when another part of the tree has type errors; a missing binary is what matters.
    if (!existsSync(join(repoRoot, 'dist/src/cli/bin.js'))) throw error;
  }
  execFileSync(process.execPath, [join(repoRoot, 'scripts/bundle-cli.mjs')], { cwd: repoRoot, stdio: 'pipe' });
}

/** Spawns the built CLI in `cwd` with NO_COLOR=1 and no FORCE_COLOR (and `env` over the process's environment). */
export function boundaryGuard(
  cwd: string,
  args: readonly string[],
  input?: string,
  env: Readonly<Record<string, string>> = {},
): { status: number | null; stdout: string; stderr: string } {
  // FORCE_COLOR outranks NO_COLOR (as in Node): the test's own environment must not colour the output.
  const { FORCE_COLOR: _force, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...inherited, NO_COLOR: '1', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An in-memory `CliIo` that records what a command writes. */
export function memoryIo(cwd: string, stdin?: string): {
  io: { stdout: (s: string) => void; stderr: (s: string) => void; stdin?: () => Promise<string>; cwd: string; stdoutIsTTY: boolean; stderrIsTTY: boolean; env: Record<string, string> };
  out: () => string;
  err: () => string;
} {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        err += s;
      },
      ...(stdin !== undefined ? { stdin: () => Promise.resolve(stdin) } : {}),
      cwd,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
    },
    out: () => out,
    err: () => err,
  };
}
