/**
 * Project settings some detectors are built from. The defaults fit CAVRA's
 * Community Edition; a repository's config extends them.
 */
export interface CatalogSettings {
  /** Private npm scopes or package names whose import means enterprise source (`@cavra-enterprise`, `@cavra/saas-*`). */
  readonly privatePackages: readonly string[];
  /** Path fragments of private source trees (`enterprise/`, `saas-backend/`). */
  readonly privatePaths: readonly string[];
  /**
   * Module path aliases, as tsconfig/jsconfig `compilerOptions.paths` writes
   * them (`{ "@ee/*": ["./ee/*"] }`); the scanner adds those of the scan
   * root's tsconfig.json, jsconfig.json and package.json `imports`. An alias
   * whose target lies in a private tree is a private path import
   * (`'@ee/billing'`); under any other wildcard alias, a private folder
   * anywhere after the alias (`'@web/modules/ee/x'`) is.
   */
  readonly pathAliases: Readonly<Record<string, readonly string[]>>;
  /** Internal or production host suffixes whose URLs must stay out of a public tree. */
  readonly internalDomains: readonly string[];
  /** Product names whose licence keys and markers are detected (`cavra`). */
  readonly productNames: readonly string[];
}

/** Defaults that fit CAVRA's enterprise and SaaS packages. */
export const DEFAULT_CATALOG_SETTINGS: CatalogSettings = Object.freeze({
  privatePackages: ['@cavra-enterprise', '@cavra/enterprise', '@cavra/saas', '@cavra-saas', '@cavra/private', '@cavra-internal', 'cavra-enterprise', 'cavra_enterprise', 'cavra-saas'],
  privatePaths: ['enterprise/', 'ee/', 'saas-backend/', 'private/'],
  pathAliases: Object.freeze({}),
  internalDomains: ['cavra.internal', 'cavra.corp', 'internal.cavra.io', 'prod.cavra.io', 'ops.cavra.io'],
  productNames: ['cavra'],
});

/** Merges project settings over the defaults (lists are added, not replaced; an alias given again takes the later targets). */
export function resolveCatalogSettings(extra: Partial<CatalogSettings> = {}): CatalogSettings {
  const merge = (a: readonly string[], b: readonly string[] | undefined): string[] => [...new Set([...a, ...(b ?? [])])];
  return Object.freeze({
    privatePackages: merge(DEFAULT_CATALOG_SETTINGS.privatePackages, extra.privatePackages),
    privatePaths: merge(DEFAULT_CATALOG_SETTINGS.privatePaths, extra.privatePaths),
    pathAliases: Object.freeze({ ...DEFAULT_CATALOG_SETTINGS.pathAliases, ...extra.pathAliases }),
    internalDomains: merge(DEFAULT_CATALOG_SETTINGS.internalDomains, extra.internalDomains),
    productNames: merge(DEFAULT_CATALOG_SETTINGS.productNames, extra.productNames),
  });
}
