import { afterAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/cli/scan.js';
import { cleanup, commitAll, gitRepo, memoryIo, SECRETS } from '../scanner/support.js';

afterAll(cleanup);

/** The config adds registry entries as data; a value they match is suppressed and the reason is shown. */
describe('registry entries from the config', () => {
  const files = {
    'docs/alerts.md': `Post alerts to the sandbox channel:\n\n    ${SECRETS.slack}\n`,
    'config/tenants.yaml': 'tenants:\n  - tenant_name: "Harbourline Shipping Ltd"\n',
  };

  async function scan(dir: string, args: string[]): Promise<{ code: number; out: string }> {
    const { io, out } = memoryIo(dir);
    const code = await runScan(args, io);
    return { code, out: out() };
  }

  it('reports both values without entries', async () => {
    const dir = gitRepo(files);
    commitAll(dir);
    const { code, out } = await scan(dir, ['--format', 'json']);
    expect(code).toBe(1);
    const ids = (JSON.parse(out) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort();
    expect(ids).toEqual(['customer-key-value', 'slack-webhook-url']);
  });

  it('suppresses what the entries name, and --show-suppressed prints their reasons', async () => {
    const config = {
      synthetic: {
        entries: [
          { id: 'sandbox-webhook', kind: 'documented-value', values: [SECRETS.slack], reason: 'the sandbox workspace webhook our docs publish; it posts to a public channel' },
          { id: 'training-tenant', kind: 'fictional-name', values: ['Harbourline Shipping'], reason: 'the fictional customer of our training material' },
        ],
      },
    };
    const dir = gitRepo({ ...files, 'boundary-guard.config.json': JSON.stringify(config) });
    commitAll(dir);
    const { code, out } = await scan(dir, ['--show-suppressed']);
    expect(code).toBe(0);
    expect(out).toContain('the sandbox workspace webhook our docs publish');
    expect(out).toContain('the fictional customer of our training material');
    expect(out).not.toContain(SECRETS.slack);
  });

  it('rejects an entry without a reason or with an unknown kind, with exit 2', async () => {
    for (const entry of [
      { id: 'no-reason', kind: 'documented-value', values: ['x'] },
      { id: 'bad-kind', kind: 'placeholder', values: ['x'], reason: 'patterns are not configurable' },
    ]) {
      const dir = gitRepo({ ...files, 'boundary-guard.config.json': JSON.stringify({ synthetic: { entries: [entry] } }) });
      const { io, err } = memoryIo(dir);
      expect(await runScan([], io)).toBe(2);
      expect(err()).toMatch(/synthetic\.entries\[0\]/u);
    }
  });
});
