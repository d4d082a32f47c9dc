import { defineDetector } from '../../../src/engine/define-detector.js';
import type { BoundaryCategory } from '../../../src/contract/categories.js';
import type { Detector } from '../../../src/engine/types.js';
import { alternation, escapeLiteral } from './alternation.js';
import { inGoImportBlock, insidePrivateTree, isMarkdownProse } from './import-site.js';

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
  /** Every private tree (see `privateDirs`): imports in a file inside one are that tree's own. */
  readonly trees: readonly string[];
  /** Module path aliases (settings.pathAliases). */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  /** Used for samples (and a keyword) when `dirs` is empty. */
  readonly fallback: string;
  /** See `Detector.precedence`. */
  readonly precedence?: number;
}

/** What a specifier may hold after an alias's wildcard. */
const SPECIFIER_TAIL = '[\\w./()@-]{0,200}';
/** An alias as tsconfig writes it: a prefix, at most one `*`, a short suffix. */
const ALIAS_KEY = /^[\w@#~$./-]{1,100}(?:\*[\w./-]{0,40})?$/u;
/** Roots every project's aliases start from (`@/x`, `~/x`, `#/x`, `#x`). */
const BUILT_IN_ROOTS = ['@/', '~/', '#/', '#'];

/** True when a tsconfig `paths` target (`./ee/*`, `../modules/ee/index.ts`) lies in one of `dirs`, by its part before the wildcard. */
function targetInDirs(target: string, dirs: readonly string[]): boolean {
  const star = target.indexOf('*');
  const fixed = (star === -1 ? target : target.slice(0, star)).replace(/\\/gu, '/').toLowerCase();
  const haystack = `/${fixed}${star === -1 ? '/' : ''}`;
  return dirs.some((dir) => haystack.includes(`/${dir}/`));
}

/**
 * The project's aliases for one detector: the regex of those that map into
 * one of `dirs` (`@ee/*` → `'@ee/billing'`), the prefixes of the other
 * wildcard aliases (after which a private folder is private: `'@web/ee/x'`),
 * and the keywords they need.
 */
function aliasForms(aliases: Readonly<Record<string, readonly string[]>>, dirs: readonly string[]): { direct: string; roots: string[]; keywords: string[] } {
  const direct: string[] = [];
  const roots = new Set(BUILT_IN_ROOTS);
  const keywords = new Set<string>();
  for (const [key, targets] of Object.entries(aliases)) {
    if (!ALIAS_KEY.test(key) || !Array.isArray(targets)) continue;
    const star = key.indexOf('*');
    const prefix = star === -1 ? key : key.slice(0, star);
    if (targets.some((t) => typeof t === 'string' && targetInDirs(t, dirs))) {
      direct.push(star === -1 ? escapeLiteral(key) : `${escapeLiteral(prefix)}${SPECIFIER_TAIL}${escapeLiteral(key.slice(star + 1))}`);
      for (const quote of ['\'', '"', '`']) keywords.add(`${quote}${prefix.toLowerCase()}`);
    } else if (star !== -1 && prefix.length > 0) roots.add(prefix);
  }
  // A root without a closing slash (`#`, `#lib-`) runs into the folder name: the folder keywords miss it.
  for (const root of roots) if (!root.endsWith('/')) for (const dir of dirs) keywords.add(`${root.toLowerCase()}${dir}`);
  return { direct: direct.length > 0 ? `(?:${direct.sort((a, b) => b.length - a.length).join('|')})` : '(?!)', roots: [...roots], keywords: [...keywords] };
}

/** A Go module path: a host with a dot, then at least the owner (`github.com/acme/...`). */
const MODULE_PATH = /^[\w-]{1,60}(?:\.[\w-]{1,60}){1,4}\//u;

/**
 * A detector of imports that reach into private source trees: a relative or
 * rooted path whose first directory is one of `dirs`
 * (`'../../enterprise/billing'`, `'./ee/audit'`), a private folder anywhere
 * after an alias root (`'@/modules/ee/x'`, `'~/ee'`, `'#enterprise/x'`, the
 * project's own wildcard aliases), an alias that maps into a private tree
 * (settings.pathAliases), a scoped package's private folder, a Next.js
 * route group, a Go module path (single import or import block) or a
 * Python import of that package (`from enterprise.<module> import …`,
 * `from ..ee import x`, `import ee.audit`). A private-looking folder deeper
 * in a relative path (`'../src/private/x'`) is the project's own; an import
 * in a file inside a private tree, and Markdown prose naming one, are no
 * findings.
 */
export function pathImportDetector(spec: PathImportSpec): Detector {
  const dirs = spec.dirs;
  const modules = [...new Set(dirs.map((d) => d.replace(/[-/]/gu, '_')).filter((m) => /^[a-z_][a-z0-9_]*$/u.test(m)))];
  const dir = alternation(dirs);
  const mod = alternation(modules);
  const packageDirs = dirs.filter((d) => d !== 'private');
  const packageDir = packageDirs.length > 0 ? alternation(packageDirs) : '(?!)';
  const aliases = aliasForms(spec.aliases, dirs);
  const quote = '\\\\?["\'`]';
  const source =
    // A code import (quoted), a Go import block line, a Python `from … import`, `from . import <module>`, `import <module>…`.
    `(?:(?<code>\\b(?:from|import|require(?:\\.resolve)?|mock)[ \\t]*(?:\\([ \\t]*)?${quote})` +
    `|(?<go>(?:(?<![^\\n])|\\\\n)[ \\t]{0,16}(?:(?:\\*|\\/\\/)[ \\t]{0,16})?(?:\\\\t){0,8}(?:[\\w.]{1,40}(?:[ \\t]{1,8}|\\\\t))?\\\\?")` +
    `|\\bfrom[ \\t]+(?=\\.{0,3}${mod}(?:\\.[a-z_]\\w{0,60}){0,8}[ \\t]+import\\b)` +
    `|\\bfrom[ \\t]+\\.{1,3}[ \\t]+import[ \\t]+(?=${mod}(?![\\w.]))` +
    `|\\bimport[ \\t]+(?=${mod}(?:\\.[a-z_]|[ \\t]+as[ \\t]+[a-z_]))` +
    `|(?<bare>(?<![^\\n])[ \\t]{0,16}import[ \\t]+)(?=${mod}[ \\t]*(?:[,;#\\r\\n]|$)))` +
    `(?<secret>(?<alias>${aliases.direct})(?=${quote})` +
    `|(?:\\.{1,2}\\/){0,12}(?:[@~]\\/|\\/)?${dir}\\/[\\w./-]{0,200}` +
    // A private folder after an alias root (`@/modules/ee/x`, `~/ee`, `#enterprise/x`), a scoped package's private folder
    // (`@acme/ee`, `@acme/ee/billing`), a Next.js route group (`@/app/(ee)/billing`), a module path with a host
    // (`github.com/acme/app/ee/audit`).
    `|${alternation(aliases.roots)}(?:[\\w.-]{1,60}\\/){0,6}${dir}(?:\\/[\\w./()-]{0,200})?(?=${quote})` +
    `|@[\\w.-]{1,60}\\/${dir}(?:\\/[\\w./-]{0,200})?` +
    // A workspace package's private folder (`@calcom/features/ee/teams`, `@langfuse/shared/src/server/ee/x`); a
    // `private/` subpath of a package is that package's own, not a private tree of this repository.
    (packageDir !== '(?!)' ? `|@[\\w.-]{1,60}\\/[\\w.-]{1,60}\\/(?:[\\w.-]{1,60}\\/){0,4}${packageDir}(?:\\/[\\w./-]{0,200})?(?=${quote})` : '') +
    `|(?:\\.{1,2}\\/){0,12}(?:[@~]\\/)?(?:[\\w.-]{1,60}\\/){0,4}\\(${dir}\\)\\/[\\w./()-]{0,200}` +
    `|[\\w-]{1,60}(?:\\.[\\w-]{1,60}){1,4}\\/[\\w.-]{1,60}\\/[\\w.-]{1,60}\\/(?:[\\w.-]{1,60}\\/){0,4}${dir}(?:\\/[\\w./-]{0,200})?` +
    `|\\.{0,3}${mod}(?:\\.[a-z_]\\w{0,60}){0,8})` +
    `(?<end>${quote})?`;
  const first = dirs[0] ?? spec.fallback;
  const firstModule = modules[0] ?? first.replace(/[-/]/gu, '_');
  const keywords = [
    ...new Set([
      ...(dirs.length > 0 ? dirs : [spec.fallback]).flatMap((d) => [`/${d}/`, `'${d}/`, `"${d}/`, `\`${d}/`, `/${d}'`, `/${d}"`, `/${d}\``, `(${d})/`]),
      ...modules.flatMap((m) => [`from ${m}`, `from .${m}`, `from ..${m}`, `from ...${m}`, `import ${m}`]),
      ...aliases.keywords,
    ]),
  ];
  const trees = spec.trees;
  const alias = Object.entries(spec.aliases).find(([key, targets]) => ALIAS_KEY.test(key) && targets.some((t) => targetInDirs(t, dirs)))?.[0];
  return defineDetector({
    id: spec.id,
    name: spec.name,
    category: spec.category,
    severity: 'error',
    ...(spec.precedence !== undefined ? { precedence: spec.precedence } : {}),
    description: spec.description(dirs),
    regex: new RegExp(source, 'iu'),
    keywords,
    validate: (secret, { groups, syntax, path, text, offset }) => {
      if (insidePrivateTree(path, trees)) return false;
      if (syntax === 'markdown' && isMarkdownProse(text, offset)) return false;
      if (groups.go !== undefined) return groups.end !== undefined && MODULE_PATH.test(secret) && inGoImportBlock(text, offset);
      // A folder named alone (`'ee/'`) or elided (`'@/ee/...'`) is a sentence about imports, not one.
      if (groups.code !== undefined) return groups.end !== undefined && (secret.includes('/') || groups.alias !== undefined) && !/(?:\/|\.\.\.)$/u.test(secret);
      if (groups.bare !== undefined && syntax !== 'python') return false;
      return !secret.includes('/') && groups.alias === undefined;
    },
    samples: () => ({
      positive: [
        `import { meter } from '../../${first}/billing/meter';`,
        `const audit = require('./${first}/audit-store');`,
        `from ${firstModule}.entitlements import grant`,
        `from ..${firstModule}.license import verify_seat`,
        `from . import ${firstModule}`,
        `import ${firstModule}.audit_store as audit_store`,
        `import ${firstModule} as ${firstModule}_ext`,
        `export * from '@/${first}/handlers';`,
        `import { AuditLog } from '~/${first}/audit/log';`,
        `import { SsoButton } from '@/modules/${first}/sso/components/sso-button';`,
        `const Seats = lazy(() => import('~/features/${first}/seats'));`,
        `const license = require.resolve('@/lib/${first}/license');`,
        `import { verify } from '#${first}/license';`,
        `import { Seats } from '@acme/${first}';`,
        `import { Billing } from '@acme/${first}/billing/components';`,
        `import { TeamsPage } from '@acme/features/${first}/teams/pages';`,
        `import { Page } from '@/app/(${first})/settings/page';`,
        `import "github.com/northbridge/platform/${first}/audit"`,
        `import (\n\t"fmt"\n\n\t"github.com/northbridge/platform/${first}/license"\n)`,
        `import (\n\tlic "github.com/northbridge/platform/${first}/license"\n)`,
        ...(alias !== undefined ? [`import { Seats } from '${alias.replace('*', 'seats/limits')}';`] : []),
      ],
      negative: [
        `import { helper } from '../src/${first}/utils';`,
        `import kit from '${first}-ui-kit';`,
        `import { helper } from '@/modules/survey/lib/${first}-helpers';`,
        `import { Badge } from '~/components/${first}x/badge';`,
        `from ${firstModule}_search import client`,
        `import ${firstModule}_search`,
        `The ${first}/ folder is not part of this repository.`,
        `Never import from \`${first}/\` in the public edition.`,
        `Never import from '@/${first}/...' here.`,
        `privatePaths: ['${first}/', '@acme/${first}']`,
        `import { Seats } from '@acme/${first}-ui-kit';`,
        `import "github.com/acme/app/internal/${first}x"`,
        `import (\n\t"fmt"\n)\n\nvar modules = []string{\n\t"github.com/northbridge/platform/${first}/license",\n}`,
      ],
    }),
  });
}
