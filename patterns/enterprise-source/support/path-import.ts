import { defineDetector } from '../../../src/engine/define-detector.js';
import type { BoundaryCategory } from '../../../src/contract/categories.js';
import type { Detector } from '../../../src/engine/types.js';
import { alternation } from './alternation.js';

/** `/enterprise/` → `enterprise` (a loop: a trailing-slash regex would be quadratic on long inputs). */
function trimSlashes(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && path.charAt(start) === '/') start++;
  while (end > start && path.charAt(end - 1) === '/') end--;
  return path.slice(start, end);
}

/** Private path fragments (settings.privatePaths) as folder names, longest first. */
export function privateDirs(paths: readonly string[]): string[] {
  return [...new Set(paths.map((p) => trimSlashes(p.toLowerCase())))].filter((d) => /^[a-z0-9_][a-z0-9._/-]{0,60}$/u.test(d)).sort((a, b) => b.length - a.length);
}

/** Folders of the hosted service's code (`saas-backend/`, `control-plane/`): their imports are SaaS backend code. */
export function isSaasDir(dir: string): boolean {
  return /saas|control[_-]?plane/u.test(dir);
}

/** What a path-import detector is built from. */
export interface PathImportSpec {
  readonly id: string;
  readonly name: string;
  readonly category: BoundaryCategory;
  readonly description: (dirs: readonly string[]) => string;
  /** Folder names, longest first (see `privateDirs`). */
  readonly dirs: readonly string[];
  /** Used for samples (and a keyword) when `dirs` is empty. */
  readonly fallback: string;
  /** See `Detector.precedence`. */
  readonly precedence?: number;
}

/**
 * A detector of imports that reach into private source trees: a relative or
 * rooted path whose first directory is one of `dirs`
 * (`'../../enterprise/billing'`, `'./ee/audit'`, `'@/saas-backend/x'`), or a
 * Python import of that package (`from enterprise.<module> import …`). A
 * private-looking folder deeper in a path (`'../src/private/x'`) is the
 * project's own.
 */
export function pathImportDetector(spec: PathImportSpec): Detector {
  const dirs = spec.dirs;
  const modules = [...new Set(dirs.map((d) => d.replace(/[-/]/gu, '_')).filter((m) => /^[a-z_][a-z0-9_]*$/u.test(m)))];
  const dir = alternation(dirs);
  const mod = alternation(modules);
  const source =
    `(?:(?<code>\\b(?:from|import|require|mock)[ \\t]*(?:\\([ \\t]*)?\\\\?["'\`])|\\bfrom[ \\t]+(?=\\.{0,3}${mod}(?:\\.[a-z_]\\w{0,60}){0,8}[ \\t]+import\\b)|\\bimport[ \\t]+(?=${mod}\\.[a-z_]))` +
    `(?<secret>(?:\\.{1,2}\\/){0,12}(?:[@~]\\/|\\/)?${dir}\\/[\\w./-]{0,200}` +
    // A scoped package's private folder (`@acme/ee`, `@acme/ee/billing`), a Next.js route group (`@/app/(ee)/billing`),
    // a module path with a host (`github.com/acme/app/ee/audit`).
    `|@[\\w.-]{1,60}\\/${dir}(?:\\/[\\w./-]{0,200})?` +
    `|(?:\\.{1,2}\\/){0,12}(?:[@~]\\/)?(?:[\\w.-]{1,60}\\/){0,4}\\(${dir}\\)\\/[\\w./()-]{0,200}` +
    `|[\\w-]{1,60}(?:\\.[\\w-]{1,60}){1,4}\\/[\\w.-]{1,60}\\/[\\w.-]{1,60}\\/(?:[\\w.-]{1,60}\\/){0,4}${dir}(?:\\/[\\w./-]{0,200})?` +
    `|\\.{0,3}${mod}(?:\\.[a-z_]\\w{0,60}){0,8})` +
    `(?<end>\\\\?["'\`])?`;
  const first = dirs[0] ?? spec.fallback;
  const firstModule = modules[0] ?? first.replace(/[-/]/gu, '_');
  const keywords = [
    ...new Set([
      ...(dirs.length > 0 ? dirs : [spec.fallback]).flatMap((d) => [`/${d}/`, `'${d}/`, `"${d}/`, `\`${d}/`, `/${d}'`, `/${d}"`, `/${d}\``, `(${d})/`]),
      ...modules.flatMap((m) => [`from ${m}`, `from .${m}`, `import ${m}.`]),
    ]),
  ];
  return defineDetector({
    id: spec.id,
    name: spec.name,
    category: spec.category,
    severity: 'error',
    ...(spec.precedence !== undefined ? { precedence: spec.precedence } : {}),
    description: spec.description(dirs),
    regex: new RegExp(source, 'iu'),
    keywords,
    validate: (secret, { groups }) => (groups.code !== undefined ? groups.end !== undefined && secret.includes('/') : !secret.includes('/')),
    samples: () => ({
      positive: [
        `import { meter } from '../../${first}/billing/meter';`,
        `const audit = require('./${first}/audit-store');`,
        `from ${firstModule}.entitlements import grant`,
        `export * from '@/${first}/handlers';`,
        `import { AuditLog } from '~/${first}/audit/log';`,
        `import { Seats } from '@acme/${first}';`,
        `import { Billing } from '@acme/${first}/billing/components';`,
        `import { Page } from '@/app/(${first})/settings/page';`,
        `import "github.com/northbridge/platform/${first}/audit"`,
      ],
      negative: [
        `import { helper } from '../src/${first}/utils';`,
        `import kit from '${first}-ui-kit';`,
        `from ${firstModule}_search import client`,
        `The ${first}/ folder is not part of this repository.`,
        `privatePaths: ['${first}/', '@acme/${first}']`,
        `import { Seats } from '@acme/${first}-ui-kit';`,
        `import "github.com/acme/app/internal/${first}x"`,
      ],
    }),
  });
}
