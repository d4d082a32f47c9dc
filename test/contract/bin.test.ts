// Spawns the BUILT binary, as users and the pre-commit hook run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeContract,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
} from '../../src/contract/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/bundle/cli.js');
let dir = '';

/** Newest modification time of the .ts files under `folder`. */
function newestSource(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .reduce((newest, name) => Math.max(newest, statSync(join(folder, name)).mtimeMs), 0);
}

function ensureBuilt(): void {
  const sources = Math.max(newestSource(join(root, 'src/contract')), newestSource(join(root, 'src/cli')));
  if (existsSync(bin) && statSync(bin).mtimeMs >= sources) return;
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  try {
    // Same command as `npm run build`.
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
  } catch (error) {
    // tsc still emits on type errors elsewhere in the tree; only a missing binary is fatal here.
    if (!existsSync(bin)) throw error;
  }
}

function boundaryGuard(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'boundary-guard-bin-'));
  writeFileSync(join(dir, 'response.json'), JSON.stringify(exampleOperatingAutomationResponse()));
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify({ ...exampleOperatingAutomationRequest(), tenant_id: ['tenant-demo'] }));
  writeFileSync(join(dir, 'not-json.txt'), 'tenant_id: tenant-demo\n');
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the built boundary-guard binary', () => {
  it('starts with a node shebang', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('--version', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(boundaryGuard(['--version'])).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('contract describe', () => {
    const { status, stdout } = boundaryGuard(['contract', 'describe']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(describeContract());
  });

  it('contract example', () => {
    const { status, stdout } = boundaryGuard(['contract', 'example']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ request: exampleOperatingAutomationRequest(), response: exampleOperatingAutomationResponse() });
  });

  it('contract request', () => {
    const { status, stdout } = boundaryGuard(['contract', 'request', 'tenant-demo', '--requested-by', 'cli']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ tenant_id: 'tenant-demo', requested_by: 'cli' });
  });

  it('contract response, piped into contract validate -', () => {
    const built = boundaryGuard(['contract', 'response', 'tenant-demo', '--escalation-drill-status', 'blocked', '--blocker', 'owner pending']);
    expect(built.status).toBe(0);
    expect(JSON.parse(built.stdout)).toMatchObject({ response: { payload: { summary: { escalation_drill_status: 'blocked' } } } });
    expect(boundaryGuard(['contract', 'validate', '-'], built.stdout)).toEqual({ status: 0, stdout: '<stdin>: valid\n', stderr: '' });
  });

  it('contract validate: valid file exit 0, invalid file exit 1', () => {
    expect(boundaryGuard(['contract', 'validate', 'response.json']).status).toBe(0);
    const invalid = boundaryGuard(['contract', 'validate', 'invalid.json']);
    expect(invalid).toEqual({ status: 1, stdout: 'invalid.json: tenant_id: tenant_id must be a string\n', stderr: '' });
  });

  it('contract validate: non-JSON exit 2 with one clear line and no stack trace', () => {
    const { status, stdout, stderr } = boundaryGuard(['contract', 'validate', 'not-json.txt']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toBe('not-json.txt: not valid JSON: unexpected token\n');
  });

  it('a bad flag: exit 2 with the usage line', () => {
    const { status, stderr } = boundaryGuard(['contract', 'response', 'tenant-demo', '--automation-status', 'done']);
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: boundary-guard contract response TENANT_ID');
    expect(stderr).not.toMatch(/\n\s+at /u);
  });
});
