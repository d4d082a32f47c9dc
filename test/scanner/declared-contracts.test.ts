// Contracts a project declares in its config (a JSON Schema path and the identity fields): their payload
// examples are judged by field, as CAVRA's are, by the BUILT binary in real trees and by the ESLint plugin.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../patterns/support/sample-builder.js';
import { lintConfig } from '../eslint/lint-config.js';
import { boundaryGuard, cleanup, ensureBuilt, tempDir, writeTree } from './support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

const VERSION = 'northbridge.billing_export.v2';

/** A real-looking tenant slug and owner email, assembled from a seed (no real company). */
function realLooking(seed: string): { tenant: string; owner: string } {
  const next = seededRandom(seed);
  const word = (n: number): string => Array.from({ length: n }, () => 'bcdfghklmnprstvz'[Math.floor(next() * 16)]! + 'aeiou'[Math.floor(next() * 5)]!).join('');
  const company = word(3);
  return { tenant: `${company}-payroll-eu`, owner: `${word(2)}.${word(3)}@${company}-freight.de` };
}

const schema = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: { schema_version: { const: VERSION }, tenant: { type: 'string' }, owner: { type: 'object' }, members: { type: 'array' } },
});

const config = (identities: string[], schemaPath = 'contracts/billing-export.schema.json'): string =>
  JSON.stringify({ contracts: [{ schema: schemaPath, identities }] });

const payload = (tenant: string, owner: string, member: string): string =>
  JSON.stringify({ schema_version: VERSION, tenant, owner: { email: owner, plan: 'growth' }, members: [{ email: 'ops@example.invalid' }, { email: member }], note: 'nightly export' }, null, 2);

interface JsonReport {
  findings: { path: string; line: number; ruleId: string; message: string; keyPath?: string }[];
}

function scan(files: Readonly<Record<string, string>>): { report: JsonReport | undefined; status: number | null; stderr: string } {
  const dir = tempDir('bg-contracts-');
  writeTree(dir, files);
  const run = boundaryGuard(dir, ['scan', '.', '--format', 'json']);
  return { report: run.status === 2 ? undefined : (JSON.parse(run.stdout) as JsonReport), status: run.status, stderr: run.stderr };
}

describe('declared contracts', () => {
  const real = realLooking('declared-contract');

  it('reports each real identity of a declared payload with its field path, in JSON, YAML and Markdown', () => {
    const json = payload(real.tenant, real.owner, 'ops@example.invalid');
    const yaml = `schema_version: ${VERSION}\ntenant: ${real.tenant}\nowner:\n  email: tenant-owner@example.invalid\nmembers:\n  - email: ${real.owner}\n`;
    const md = `# Export example\n\n\`\`\`json\n${payload('tenant-demo', 'owner@example.invalid', real.owner)}\n\`\`\`\n`;
    const { report, status } = scan({
      'boundary-guard.config.json': config(['tenant', 'owner.email', 'members[].email']),
      'contracts/billing-export.schema.json': schema,
      'examples/export.json': json,
      'examples/export.yaml': yaml,
      'docs/export.md': md,
    });
    expect(status).toBe(1);
    const found = (report?.findings ?? []).filter((f) => f.ruleId === 'contract-identity-field').map((f) => `${f.path} ${f.keyPath}`).sort();
    expect(found).toEqual(['docs/export.md members[1].email', 'examples/export.json owner.email', 'examples/export.json tenant', 'examples/export.yaml members[0].email', 'examples/export.yaml tenant']);
    const message = report?.findings.find((f) => f.ruleId === 'contract-identity-field')?.message ?? '';
    expect(message).toContain(`is an identity field of ${VERSION} (declared by contracts/billing-export.schema.json)`);
    // No output holds the value.
    expect(JSON.stringify(report)).not.toContain(real.tenant);
    expect(JSON.stringify(report)).not.toContain(real.owner);
  });

  it('passes synthetic identities, and ignores other schema versions and fields that are no identity', () => {
    const { report } = scan({
      'boundary-guard.config.json': config(['tenant', 'owner.email', 'members[].email']),
      'contracts/billing-export.schema.json': schema,
      'examples/export.json': payload('tenant-demo', 'owner@example.invalid', 'member@example.invalid'),
      // Another schema version: no payload of the declared contract (other detectors still read its values).
      'examples/other.json': JSON.stringify({ schema_version: 'northbridge.other.v1', tenant: real.tenant }),
    });
    expect(report?.findings.filter((f) => f.ruleId.startsWith('contract-'))).toEqual([]);
    expect(report?.findings.filter((f) => f.path === 'examples/export.json')).toEqual([]);
  });

  it('without the declaration the same payload is no contract payload', () => {
    const { report } = scan({ 'examples/export.json': payload(real.tenant, 'owner@example.invalid', 'member@example.invalid') });
    expect(report?.findings.filter((f) => f.ruleId === 'contract-identity-field')).toEqual([]);
  });

  it('fails closed on a schema that cannot be read or names no schema_version', () => {
    const missing = scan({ 'boundary-guard.config.json': config(['tenant'], 'contracts/missing.json') });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('contracts[0].schema: contracts/missing.json cannot be read as a JSON Schema');
    const unnamed = scan({ 'boundary-guard.config.json': config(['tenant']), 'contracts/billing-export.schema.json': JSON.stringify({ type: 'object' }) });
    expect(unnamed.status).toBe(2);
    expect(unnamed.stderr).toContain('names no schema_version');
    const noIdentities = scan({ 'boundary-guard.config.json': config([]), 'contracts/billing-export.schema.json': schema });
    expect(noIdentities.status).toBe(2);
  });

  it('the ESLint plugin reads the same declaration and reports the same field', async () => {
    const dir = tempDir('bg-contracts-eslint-');
    writeTree(dir, {
      'boundary-guard.config.json': config(['tenant', 'owner.email']),
      'contracts/billing-export.schema.json': schema,
      'src/export.ts': `export const example = ${payload(real.tenant, 'owner@example.invalid', 'member@example.invalid')};\n`,
    });
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: lintConfig('all') });
    const [result] = await eslint.lintFiles([join(dir, 'src/export.ts')]);
    const messages = (result?.messages ?? []).filter((m) => m.message.includes('(contract-identity-field)'));
    expect(messages.map((m) => m.ruleId)).toEqual(['boundary-guard/no-customer-identifiers']);
    expect(messages[0]?.message).toContain(`tenant is an identity field of ${VERSION}`);
  });
});
