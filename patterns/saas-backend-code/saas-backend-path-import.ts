import type { Detector } from '../../src/engine/types.js';
import { isSaasDir, pathImportDetector, privateDirs } from '../enterprise-source/support/path-import.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

/**
 * Imports that reach into the hosted service's source tree: the private
 * paths (settings.privatePaths) that name the SaaS backend or control plane
 * (`'../../saas-backend/db/connect.js'`, `from saas_backend.billing import …`).
 */
export default function saasBackendPathImport(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  return pathImportDetector({
    id: 'saas-backend-path-import',
    name: 'Import from the SaaS backend tree',
    category: 'saas-backend-code',
    description: (dirs) => `Imports that reach into the hosted service's source tree (${dirs.map((d) => `${d}/`).join(', ') || 'SaaS backend folders'}).`,
    dirs: privateDirs(settings.privatePaths).filter(isSaasDir),
    trees: privateDirs(settings.privatePaths),
    aliases: settings.pathAliases,
    fallback: 'saas-backend',
    precedence: 2,
  });
}
