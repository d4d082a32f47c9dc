import type { Detector } from '../../src/engine/types.js';
import { isSaasDir, pathImportDetector, privateDirs } from './support/path-import.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

/**
 * Imports that reach into private source trees (settings.privatePaths:
 * `'../../enterprise/billing'`, `'@/modules/ee/sso'`, `from ee.audit import …`,
 * a Go import block line), also through the project's path aliases
 * (settings.pathAliases: `'@ee/billing'` where `@ee/*` maps to `./ee/*`).
 * The hosted service's folders (`saas-backend/`) are SaaS backend code
 * instead, found by `saas-backend-path-import`.
 */
export default function privatePathImport(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  return pathImportDetector({
    id: 'private-path-import',
    name: 'Import from a private source tree',
    category: 'enterprise-source',
    description: (dirs) => `Imports that reach into private source trees (${dirs.map((d) => `${d}/`).join(', ')}).`,
    dirs: privateDirs(settings.privatePaths).filter((d) => !isSaasDir(d)),
    trees: privateDirs(settings.privatePaths),
    aliases: settings.pathAliases,
    fallback: 'enterprise',
  });
}
