import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Name and version of the package that ships the plugin. */
export interface PackageMeta {
  readonly name: string;
  readonly version: string;
}

/**
 * Reads name and version from the nearest package.json above this module.
 * Walking up works from the sources (src/eslint) and from the build
 * (dist/src/eslint) alike, without a JSON import attribute.
 */
export function readPackageMeta(from: string = import.meta.url): PackageMeta {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (typeof json.name === 'string' && typeof json.version === 'string') return { name: json.name, version: json.version };
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`boundary-guard: no package.json with a name and version above ${from}`);
    dir = parent;
  }
}
