import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Name and version of this package (the CLI's `--version`, the ESLint plugin's `meta`). */
export interface PackageMeta {
  readonly name: string;
  readonly version: string;
}

/** The package's name in its package.json. */
export const PACKAGE_NAME = '@cavra/boundary-guard';

/**
 * Reads name and version from the nearest package.json above `from` that
 * names this package (a project's own package.json above a bundled copy is
 * passed over). Walking up works from the sources (src/), the build (dist/src/) and
 * the single-file bundles alike, without a JSON import
 * attribute.
 */
export function readPackageMeta(from: string = import.meta.url): PackageMeta {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === PACKAGE_NAME && typeof json.version === 'string') return { name: json.name, version: json.version };
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`boundary-guard: no package.json of ${PACKAGE_NAME} with a version above ${from}`);
    dir = parent;
  }
}
