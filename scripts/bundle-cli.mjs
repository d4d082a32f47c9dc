/**
 * Bundles the compiled CLI (dist/src/cli/bin.js) and its scanner worker into
 * dist/bundle/: a command starts by loading a few files instead of ~250
 * modules, which is most of a pre-commit scan's wall time. Commands stay
 * lazily loaded chunks, so `--version` or `init` never load the catalog.
 * Runs after `tsc`; the library and ESLint entry points stay unbundled.
 *
 * The same files are mirrored into hook/, which is committed: the
 * pre-commit framework's hook (.pre-commit-hooks.yaml) runs hook/cli.js
 * straight from a clone of the repository, with no npm install and no build.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

// hook/: the bundle as committed for the pre-commit framework (same files; stale ones removed; the CLI executable).
const hookDir = join(root, 'hook');
mkdirSync(hookDir, { recursive: true });
const bundled = new Set(readdirSync(outDir));
for (const name of readdirSync(hookDir)) if (!bundled.has(name) && name.endsWith('.js')) rmSync(join(hookDir, name), { force: true });
for (const name of bundled) {
  const target = join(hookDir, name);
  const same = existsSync(target) && readFileSync(target).equals(readFileSync(join(outDir, name)));
  if (!same) copyFileSync(join(outDir, name), target);
}
chmodSync(join(hookDir, 'cli.js'), 0o755);
