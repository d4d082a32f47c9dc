import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runContract } from '../../src/cli/contract.js';
import { run } from '../../src/cli/run.js';
import {
  describeContract,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
  validateContractDocument,
} from '../../src/contract/index.js';
import { joined } from './fixtures.js';

let dir = '';

/** Runs the CLI in-process and captures what it writes. */
async function cli(argv: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd: dir,
    ...(stdin === undefined ? {} : { stdin: () => Promise.resolve(stdin) }),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const parsed = (text: string): unknown => JSON.parse(text);

const invalidResponse = (): object => {
  const response = exampleOperatingAutomationResponse();
  return { ...response, status: 'done', payload: { ...response.payload, next_step: 'elsewhere' } };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'boundary-guard-cli-'));
  writeFileSync(join(dir, 'request.json'), JSON.stringify(exampleOperatingAutomationRequest()));
  writeFileSync(join(dir, 'pair.json'), JSON.stringify({ request: exampleOperatingAutomationRequest(), response: exampleOperatingAutomationResponse() }));
  writeFileSync(join(dir, 'invalid.json'), JSON.stringify(invalidResponse()));
  writeFileSync(join(dir, 'broken.json'), `{"note": "${joined('xo', 'xb-', '1234567890-abcdefgh')}" oops}`);
  writeFileSync(join(dir, 'garbage.json'), 'not json at all');
  writeFileSync(join(dir, 'empty.json'), '');
  writeFileSync(join(dir, 'bom.json'), `\uFEFF${JSON.stringify(exampleOperatingAutomationRequest())}`);
  mkdirSync(join(dir, 'folder'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('boundary-guard', () => {
  it('--version prints the version from package.json', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('--help lists the commands', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: boundary-guard <command>/u);
    expect(stdout).toMatch(/^ {2}contract {2}/mu);
  });

  it('no arguments: help on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await cli([]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('Usage: boundary-guard');
  });

  it.each([[['frobnicate'], 'unknown command "frobnicate"'], [['--frobnicate'], 'unknown option "--frobnicate"']])(
    '%j: exit 2 with the usage line',
    async (argv, message) => {
      const { code, stderr } = await cli(argv);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
      expect(stderr).toContain('Usage: boundary-guard <command> [options]');
    },
  );

  it('does not treat prototype names as commands', async () => {
    expect((await cli(['constructor'])).code).toBe(2);
  });
});

describe('contract', () => {
  it('--help lists the subcommands', async () => {
    const { code, stdout } = await cli(['contract', '--help']);
    expect(code).toBe(0);
    for (const name of ['describe', 'example', 'request', 'response', 'validate']) expect(stdout).toContain(`  ${name}`);
  });

  it.each(['describe', 'example', 'request', 'response', 'validate'])('%s --help prints its usage, exit 0', async (name) => {
    const { code, stdout, stderr } = await cli(['contract', name, '--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(new RegExp(`^Usage: boundary-guard contract ${name}`, 'u'));
    expect((await cli(['contract', name, '-h'])).stdout).toBe(stdout);
  });

  it('missing or unknown subcommand: exit 2 with the usage line', async () => {
    for (const argv of [['contract'], ['contract', 'explain']]) {
      const { code, stderr } = await cli(argv);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: boundary-guard contract <describe|example|request|response|validate>');
    }
  });

  it('runContract is the same command without the prefix', async () => {
    let out = '';
    const code = await runContract(['example', 'request'], { stdout: (s) => (out += s), stderr: () => undefined, cwd: dir });
    expect(code).toBe(0);
    expect(parsed(out)).toEqual(exampleOperatingAutomationRequest());
  });
});

describe('contract describe', () => {
  it('prints describeContract() as 2-space JSON', async () => {
    const { code, stdout } = await cli(['contract', 'describe']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${JSON.stringify(describeContract(), null, 2)}\n`);
  });

  it('rejects arguments', async () => {
    expect((await cli(['contract', 'describe', 'now'])).code).toBe(2);
  });
});

describe('contract example', () => {
  it('prints both as {request, response} by default', async () => {
    const { code, stdout } = await cli(['contract', 'example']);
    expect(code).toBe(0);
    expect(parsed(stdout)).toEqual({ request: exampleOperatingAutomationRequest(), response: exampleOperatingAutomationResponse() });
  });

  it('prints the request or the response alone', async () => {
    expect(parsed((await cli(['contract', 'example', 'request'])).stdout)).toEqual(exampleOperatingAutomationRequest());
    expect(parsed((await cli(['contract', 'example', 'response'])).stdout)).toEqual(exampleOperatingAutomationResponse());
  });

  it('rejects anything else', async () => {
    const { code, stderr } = await cli(['contract', 'example', 'summary']);
    expect(code).toBe(2);
    expect(stderr).toContain('expected request or response');
    expect(stderr).toContain('Usage: boundary-guard contract example [request|response]');
  });
});

describe('contract request', () => {
  it("builds a request with CAVRA's defaults", async () => {
    const { code, stdout } = await cli(['contract', 'request', 'tenant-demo']);
    expect(code).toBe(0);
    const request = parsed(stdout) as Record<string, unknown>;
    expect(request).toMatchObject({ tenant_id: 'tenant-demo', requested_by: 'community' });
    expect(request.correlation_id).toMatch(/^saas-[0-9a-f]{12}$/u);
    expect(validateContractDocument(request).valid).toBe(true);
  });

  it('takes every flag, with --required-check repeated', async () => {
    const { code, stdout } = await cli([
      'contract', 'request', 'tenant-demo',
      '--requested-by', 'cli',
      '--automation-scope', 'pilot-tenants',
      '--automation-cadence', 'hourly',
      '--required-check', 'escalation_drill',
      '--required-check', 'closeout_retry',
      '--correlation-id', 'saas-example',
    ]);
    expect(code).toBe(0);
    expect(parsed(stdout)).toMatchObject({
      requested_by: 'cli',
      correlation_id: 'saas-example',
      payload: { automation_scope: 'pilot-tenants', automation_cadence: 'hourly', required_checks: ['escalation_drill', 'closeout_retry'] },
    });
  });

  it.each([
    [['contract', 'request'], 'missing TENANT_ID'],
    [['contract', 'request', 'tenant-demo', 'tenant-two'], 'unexpected argument: tenant-two'],
    [['contract', 'request', 'tenant-demo', '--required-check', 'uptime'], '--required-check "uptime": must be one of: billing_monitoring,'],
    [['contract', 'request', 'tenant-demo', '--required-checks', 'x'], 'unknown option --required-checks (did you mean --required-check?)'],
    [['contract', 'request', 'tenant-demo', '--requested-by'], "Option '--requested-by <value>' argument missing"],
    [['contract', 'request', 'tenant-demo', '--requested-by', ' '], 'invalid --requested-by: requested_by must not be empty'],
    [['contract', 'request', 'tenant-demo', '--correlation-id', 'corr-1'], 'invalid --correlation-id: correlation_id must be "saas-"'],
    [['contract', 'request', ''], 'invalid TENANT_ID'],
    [['contract', 'request', 'tenant-demo', '--help=yes'], 'does not take an argument'],
  ])('%j: exit 2 with the usage line', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: boundary-guard contract request TENANT_ID');
  });
});

describe('contract response', () => {
  const exampleFlags = [
    '--requested-by', 'console',
    '--correlation-id', 'saas-example',
    '--automation-status', 'scheduled',
    '--billing-monitoring-status', 'enabled',
    '--license-telemetry-status', 'automated',
    '--support-followup-status', 'ready',
    '--customer-success-review-status', 'scheduled',
    '--dashboard-refresh-status', 'automated',
    '--escalation-drill-status', 'blocked',
    '--closeout-retry-status', 'enabled',
    '--blocker', 'escalation drill owner pending',
  ];

  it("reproduces CAVRA's documented example from flags", async () => {
    const { code, stdout } = await cli(['contract', 'response', 'tenant-demo', ...exampleFlags]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${JSON.stringify({ request: exampleOperatingAutomationRequest(), response: exampleOperatingAutomationResponse() }, null, 2)}\n`,
    );
  });

  it('defaults every status to unknown and repeats --blocker', async () => {
    const { stdout } = await cli(['contract', 'response', 'tenant-demo', '--blocker', 'a pending', '--blocker', 'b pending']);
    const { response } = parsed(stdout) as { response: ReturnType<typeof exampleOperatingAutomationResponse> };
    expect(response.payload.summary.blockers).toEqual(['a pending', 'b pending']);
    expect(response.payload.summary.closeout_retry_status).toBe('unknown');
    expect(response.status).toBe('requires_private_service');
  });

  it('rejects an invalid status, listing the allowed values', async () => {
    const { code, stderr } = await cli(['contract', 'response', 'tenant-demo', '--escalation-drill-status', 'late']);
    expect(code).toBe(2);
    expect(stderr).toContain('--escalation-drill-status "late": must be one of: automated, blocked, enabled, ready, scheduled, unknown');
    expect(stderr).toContain('Usage: boundary-guard contract response TENANT_ID');
  });

  it('rejects a sensitive blocker without echoing it', async () => {
    const secret = joined('sk_', 'live_', 'a1B2c3D4e5F6g7H8');
    const { code, stderr } = await cli(['contract', 'response', 'tenant-demo', '--blocker', `rotate ${secret}`]);
    expect(code).toBe(2);
    expect(stderr).toContain('invalid --blocker: payload.summary.blockers[0] looks like a Stripe API key');
    expect(stderr).not.toContain(secret);
  });

  it('its output validates: a generated correlation id in an otherwise synthetic example is part of it', async () => {
    const { stdout } = await cli(['contract', 'response', 'tenant-demo', '--automation-status', 'ready']);
    expect(await cli(['contract', 'validate', '-'], stdout)).toEqual({ code: 0, stdout: '<stdin>: valid\n', stderr: '' });
  });

  it('beside a real tenant, its generated correlation id is reported too', async () => {
    const tenant = `${['harbour', 'line'].join('')}-prod`;
    const { stdout } = await cli(['contract', 'response', tenant]);
    const result = await cli(['contract', 'validate', '-'], stdout);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      '<stdin>: request.tenant_id: request.tenant_id must follow the synthetic convention (tenant-demo, tenant-demo-*)',
      '<stdin>: request.correlation_id: request.correlation_id must follow the synthetic convention (saas-example, saas-example-*)',
      '<stdin>: response.correlation_id: response.correlation_id must follow the synthetic convention (saas-example, saas-example-*)',
      '<stdin>: response.payload.summary.tenant_id: response.payload.summary.tenant_id must follow the synthetic convention (tenant-demo, tenant-demo-*)',
    ]);
  });
});

describe('contract validate', () => {
  it('reports identity values that follow no synthetic convention, with their path, never the value', async () => {
    const company = ['harbour', 'line'].join('');
    const request = { ...exampleOperatingAutomationRequest(), tenant_id: `${company}-prod`, requested_by: `ops@${company}-freight.no` };
    const { code, stdout } = await cli(['contract', 'validate', '-'], JSON.stringify(request));
    expect(code).toBe(1);
    expect(stdout).toContain('<stdin>: tenant_id: tenant_id must follow the synthetic convention (tenant-demo, tenant-demo-*)');
    expect(stdout).toContain('<stdin>: requested_by: requested_by must follow the synthetic convention (console, community, cli or a contact at example.invalid)');
    expect(stdout).not.toContain(company);
  });

  it('exit 0 for valid files, including a BOM-prefixed one', async () => {
    expect(await cli(['contract', 'validate', 'request.json', 'pair.json', 'bom.json'])).toEqual({
      code: 0,
      stdout: 'request.json: valid\npair.json: valid\nbom.json: valid\n',
      stderr: '',
    });
  });

  it('exit 1 for an invalid file, printing every error as FILE: path: message', async () => {
    const { code, stdout, stderr } = await cli(['contract', 'validate', 'request.json', 'invalid.json']);
    expect([code, stderr]).toEqual([1, '']);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      'request.json: valid',
      'invalid.json: status: status must be one of: accepted, requires_private_service, unavailable',
      `invalid.json: payload.next_step: payload.next_step must be CAVRA's fixed text: "See docs/architecture/saas-operating-automation-contract.md"`,
    ]);
  });

  it('exit 2 for non-JSON input, with a clear message, no stack trace and no quoted content', async () => {
    const { code, stdout, stderr } = await cli(['contract', 'validate', 'broken.json', 'garbage.json', 'empty.json']);
    expect([code, stdout]).toEqual([2, '']);
    const lines = stderr.split('\n').filter(Boolean);
    // V8's wording varies across Node versions; the position is ours.
    expect(lines[0]).toMatch(/^broken\.json: not valid JSON: [^"]+ at line 1 column 37$/u);
    expect(lines.slice(1)).toEqual([
      'garbage.json: not valid JSON: unexpected token',
      'empty.json: not valid JSON: the input is empty',
    ]);
    expect(stderr).not.toMatch(/xoxb|not json at all|\n\s+at /u);
  });

  it('exit 2 for unreadable input, after checking the rest', async () => {
    const { code, stdout, stderr } = await cli(['contract', 'validate', 'missing.json', 'folder', 'invalid.json']);
    expect(code).toBe(2);
    expect(stderr).toBe('missing.json: cannot read: no such file\nfolder: cannot read: is a directory\n');
    expect(stdout).toContain('invalid.json: status:');
  });

  it('reads standard input for -', async () => {
    const pair = JSON.stringify({ request: exampleOperatingAutomationRequest(), response: invalidResponse() });
    const { code, stdout } = await cli(['contract', 'validate', '-'], pair);
    expect(code).toBe(1);
    expect(stdout).toContain('<stdin>: response.status: response.status must be one of:');
    expect((await cli(['contract', 'validate', '-'], '{')).code).toBe(2);
  });

  it('exit 2 when standard input is not available or no file is given', async () => {
    expect(await cli(['contract', 'validate', '-'])).toEqual({
      code: 2,
      stdout: '',
      stderr: '<stdin>: cannot read: standard input is not available\n',
    });
    const { code, stderr } = await cli(['contract', 'validate']);
    expect(code).toBe(2);
    expect(stderr).toContain('missing FILE');
    expect(stderr).toContain('Usage: boundary-guard contract validate FILE...');
  });
});
