import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { HASH_KEY_ENV, keyedHex, PROCESS_HASH_KEY, randomHashKey } from '../../src/engine/hash.js';
import { createBaseline, formatBaseline, scan } from '../../src/scanner/index.js';
import { resolveHashKey } from '../../src/scanner/hash-key.js';
import { cleanup, gitRepo, SECRETS } from './support.js';

afterAll(cleanup);
afterEach(() => {
  delete process.env[HASH_KEY_ENV];
});

const config = (extra: Record<string, unknown>): string => `${JSON.stringify(extra)}\n`;

describe('the hash key of value hashes and fingerprints', () => {
  it('is picked from the environment, then the config, then the baseline, then the fallback, else once per process', () => {
    expect(resolveHashKey({ env: 'e', config: 'c', baseline: 'b', fallback: 'f' })).toEqual({ key: 'e', source: 'environment' });
    expect(resolveHashKey({ config: 'c', baseline: 'b', fallback: 'f' })).toEqual({ key: 'c', source: 'config' });
    expect(resolveHashKey({ baseline: 'b', fallback: 'f' })).toEqual({ key: 'b', source: 'baseline' });
    expect(resolveHashKey({ fallback: 'f' })).toEqual({ key: 'f', source: 'fallback' });
    expect(resolveHashKey({})).toEqual({ key: PROCESS_HASH_KEY, source: 'random' });
  });

  it('keys valueHash and fingerprint with the config hashKey (HMAC-SHA-256), so another key gives other hashes', async () => {
    const key = randomHashKey();
    const dir = gitRepo({ 'a.yaml': `url: ${SECRETS.slack}\n`, 'boundary-guard.config.json': config({ hashKey: key }) });
    const report = await scan({ cwd: dir });
    const [finding] = report.findings;
    expect(report.hashKeySource).toBe('config');
    expect(finding?.valueHash).toBe(keyedHex(key, SECRETS.slack, 16));
    expect(finding?.fingerprint).toBe(keyedHex(key, `slack-webhook-url\u0000a.yaml\u0000${SECRETS.slack}`, 32));
    expect(finding?.preview).toContain(`#${keyedHex(key, SECRETS.slack, 8)})`);

    process.env[HASH_KEY_ENV] = randomHashKey();
    const fromEnv = await scan({ cwd: dir });
    expect(fromEnv.hashKeySource).toBe('environment');
    expect(fromEnv.findings[0]?.valueHash).not.toBe(finding?.valueHash);
    process.env[HASH_KEY_ENV] = 'too short';
    await expect(scan({ cwd: dir })).rejects.toThrow(/BOUNDARY_GUARD_HASH_KEY must be 16 to 1024 printable ASCII characters$/u);
  });

  it('keeps a valueHash suppression working under the same key, and warns when no key makes hashes stable', async () => {
    const key = randomHashKey();
    const suppressions = [{ rule: 'slack-webhook-url', valueHash: keyedHex(key, SECRETS.slack, 16), reason: 'revoked on 2026-01-02' }];
    const dir = gitRepo({ 'a.yaml': `url: ${SECRETS.slack}\nurl2: ${SECRETS.slack2}\n`, 'boundary-guard.config.json': config({ hashKey: key, suppressions }) });
    const keyed = await scan({ cwd: dir });
    expect(keyed.findings.map((f) => f.line)).toEqual([2]);
    expect(keyed.warnings).toEqual([]);

    writeFileSync(join(dir, 'boundary-guard.config.json'), config({ suppressions }));
    const unkeyed = await scan({ cwd: dir });
    expect(unkeyed.findings.map((f) => f.line)).toEqual([1, 2]);
    expect(unkeyed.warnings.map((w) => w.code)).toEqual(['unstable-hash-key']);
  });

  it('uses the key stored in the baseline when none is configured, and the configured one over it', async () => {
    const key = randomHashKey();
    const dir = gitRepo({ 'a.yaml': `url: ${SECRETS.slack}\n` });
    const first = await scan({ cwd: dir, hashKey: key });
    expect(first.hashKeySource).toBe('fallback');
    const baseline = createBaseline(first.findings, key);
    expect(baseline.hashKey).toBe(key);
    writeFileSync(join(dir, 'bl.json'), formatBaseline(baseline));
    const again = await scan({ cwd: dir, baseline: 'bl.json' });
    expect(again.hashKeySource).toBe('baseline');
    expect(again.findings.map((f) => f.status)).toEqual(['existing']);

    writeFileSync(join(dir, 'boundary-guard.config.json'), config({ hashKey: randomHashKey() }));
    expect((await scan({ cwd: dir, baseline: 'bl.json' })).findings.map((f) => f.status)).toEqual(['new']);
  });

  it('refuses a baseline of unkeyed fingerprints (format 1) and a malformed stored key', async () => {
    const dir = gitRepo({ 'a.yaml': `url: ${SECRETS.slack}\n` });
    writeFileSync(join(dir, 'bl.json'), '{"version":1,"entries":[]}');
    await expect(scan({ cwd: dir, baseline: 'bl.json' })).rejects.toThrow(/version is 1: its fingerprints are unkeyed hashes/u);
    writeFileSync(join(dir, 'bl.json'), '{"version":2,"hashKey":"short","entries":[]}');
    await expect(scan({ cwd: dir, baseline: 'bl.json' })).rejects.toThrow(/invalid baseline: hashKey must be 16 to 1024/u);
  });
});
