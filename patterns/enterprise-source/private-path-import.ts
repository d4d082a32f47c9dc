import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { alternation } from './support/alternation.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

const id = 'private-path-import';

/** `/enterprise/` → `enterprise` (a loop: a trailing-slash regex would be quadratic on long inputs). */
function trimSlashes(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && path.charAt(start) === '/') start++;
  while (end > start && path.charAt(end - 1) === '/') end--;
  return path.slice(start, end);
}

/**
 * Imports that reach into private source trees (settings.privatePaths): a
 * relative or rooted path whose first directory is private
 * (`'../../enterprise/billing'`, `'./ee/audit'`, `'@/saas-backend/x'`), or a
 * Python import of that package (`from enterprise.<module> import …`). A private-
 * looking folder deeper in a path (`'../src/private/x'`) is the project's own.
 */
export default function privatePathImport(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const dirs = [...new Set(settings.privatePaths.map((p) => trimSlashes(p.toLowerCase())))]
    .filter((d) => /^[a-z0-9_][a-z0-9._/-]{0,60}$/u.test(d))
    .sort((a, b) => b.length - a.length);
  const modules = [...new Set(dirs.map((d) => d.replace(/[-/]/gu, '_')).filter((m) => /^[a-z_][a-z0-9_]*$/u.test(m)))];
  const dir = alternation(dirs);
  const mod = alternation(modules);
  const source =
    `(?:(?<code>\\b(?:from|import|require|mock)[ \\t]*\\(?[ \\t]*\\\\?["'\`])|\\bfrom[ \\t]+(?=\\.{0,3}${mod}(?:\\.[a-z_]\\w{0,60}){0,8}[ \\t]+import\\b)|\\bimport[ \\t]+(?=${mod}\\.[a-z_]))` +
    `(?<secret>(?:\\.{1,2}\\/){0,12}(?:[@~]\\/|\\/)?${dir}\\/[\\w./-]{0,200}|\\.{0,3}${mod}(?:\\.[a-z_]\\w{0,60}){0,8})` +
    `(?<end>\\\\?["'\`])?`;
  const first = dirs[0] ?? 'private';
  const firstModule = modules[0] ?? 'private_pkg';
  const keywords = [
    ...new Set([
      ...dirs.flatMap((d) => [`/${d}/`, `'${d}/`, `"${d}/`, `\`${d}/`]),
      ...modules.flatMap((m) => [`from ${m}`, `from .${m}`, `import ${m}.`]),
    ]),
  ];
  return defineDetector({
    id,
    name: 'Import from a private source tree',
    category: 'enterprise-source',
    severity: 'error',
    description: `Imports that reach into private source trees (${dirs.map((d) => `${d}/`).join(', ')}).`,
    regex: new RegExp(source, 'iu'),
    keywords,
    validate: (secret, { groups }) => (groups.code !== undefined ? groups.end !== undefined && secret.includes('/') : !secret.includes('/')),
    samples: () => ({
      positive: [
        `import { meter } from '../../${first}/billing/meter';`,
        `const audit = require('./${first}/audit-store');`,
        `from ${firstModule}.entitlements import grant`,
        `export * from '@/${first}/handlers';`,
      ],
      negative: [
        `import { helper } from '../src/${first}/utils';`,
        `import kit from '${first}-ui-kit';`,
        `from ${firstModule}_search import client`,
        `The ${first}/ folder is not part of this repository.`,
      ],
    }),
  });
}
