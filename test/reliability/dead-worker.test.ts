// A worker thread that dies in the middle of a scan (issue 16): noticed at once, busy or idle; the files it held are
// reported as not scanned, the run ends with errors (exit 2), the other files are scanned, and nothing hangs.
// Worker threads need the compiled worker module, so this runs the BUILT scanner in this process.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as ScanModule from '../../src/scanner/scan.js';
import type * as PoolModule from '../../src/scanner/pool.js';
import { defaultConfig } from '../../src/scanner/config.js';
import { cleanup, commitAll, ensureBuilt, gitRepo, repoRoot, SECRETS } from '../scanner/support.js';

let built: { scan: typeof ScanModule.scan; WorkerPool: typeof PoolModule.WorkerPool };

beforeAll(async () => {
  ensureBuilt();
  const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(repoRoot, path)).href)) as T;
  built = {
    scan: (await load<typeof ScanModule>('dist/src/scanner/scan.js')).scan,
    WorkerPool: (await load<typeof PoolModule>('dist/src/scanner/pool.js')).WorkerPool,
  };
}, 300_000);
afterAll(cleanup);

// Kill switch: the worker that receives the Nth batch terminates right after it is posted.
// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with each worker as `this`, and put back
const post = Worker.prototype.postMessage;
function killOnBatch(n: number): void {
  let count = 0;
  Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
    post.apply(this, args);
    if (++count === n) void this.terminate();
  };
}
afterEach(() => {
  Worker.prototype.postMessage = post;
});

/** Resolves with the promise's outcome, or with 'hung' after `ms`. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), ms)));
  try {
    return await Promise.race([promise, hung]);
  } finally {
    clearTimeout(timer);
  }
}

describe('a worker that dies', () => {
  it('idle, is noticed at once: the next batch is refused, not left waiting forever', async () => {
    const pool = new built.WorkerPool(1, { root: repoRoot, config: defaultConfig(), showSuppressed: false, missingIsDeleted: true });
    // Reach the worker through the pool's own slot and stop it while it has nothing to do.
    const slots = (pool as unknown as { slots: { worker: Worker }[] }).slots;
    await slots[0]?.worker.terminate();
    const outcome = await within(
      pool.submit([{ path: 'a.txt', content: Buffer.from('fine\n') }]).then(
        () => 'answered',
        (error: unknown) => `refused: ${(error as Error).message}`,
      ),
      10_000,
    );
    await pool.close();
    expect(outcome).toMatch(/^refused: a worker thread stopped/u);
  });

  for (const batch of [1, 3, 6]) {
    it(`while scanning (killed on batch ${batch}): its files are not scanned errors, the rest are scanned, no hang`, async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 1000; i++) files[`src/f${String(i).padStart(4, '0')}.yaml`] = `hook: ${SECRETS.slack}\n`;
      const dir = gitRepo(files);
      commitAll(dir);
      killOnBatch(batch);
      const report = await within(built.scan({ cwd: dir, concurrency: 2 }), 30_000);
      expect(report).not.toBe('hung');
      if (report === 'hung') return;
      const lost = report.errors.filter((e) => e.code === 'not-scanned').map((e) => e.path);
      // The first batch reaches a worker still starting up: it dies holding it. A later one may be answered before the worker stops.
      if (batch === 1) expect(lost.length).toBeGreaterThan(0);
      if (lost.length > 0) expect(report.errors.some((e) => e.code === 'worker-error')).toBe(true);
      // Every file is accounted for: scanned (one finding each) or reported as not scanned.
      expect(report.findings.length + lost.length).toBe(1000);
      expect(new Set([...report.findings.map((f) => f.path), ...lost]).size).toBe(1000);
    });
  }
});
