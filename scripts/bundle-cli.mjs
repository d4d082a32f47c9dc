/**
 * Bundles the compiled CLI (dist/src/cli/bin.js) and its scanner worker into
 * dist/bundle/: a command starts by loading a few files instead of ~250
 * modules, which is most of a pre-commit scan's wall time. Commands stay
 * lazily loaded chunks, so `--version` or `init` never load the catalog.
 * Runs after `tsc`; the library and ESLint entry points stay unbundled.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/bundle');
const before = existsSync(outDir) ? readdirSync(outDir) : [];
const { output } = await build({
  input: {
    cli: join(root, 'dist/src/cli/bin.js'),
    // The worker is loaded as `new URL('./worker.js', import.meta.url)` from the scanner chunk beside it.
    worker: join(root, 'dist/src/scanner/worker.js'),
  },
  platform: 'node',
  logLevel: 'warn',
  external: [/^node:/u],
  output: {
    dir: outDir,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});
// Stale chunks go after the new ones are written, so a CLI started meanwhile still finds its files.
const written = new Set(output.map((file) => file.fileName));
for (const name of before) if (!written.has(name)) rmSync(join(outDir, name), { force: true });
