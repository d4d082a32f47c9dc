import type { CatalogSettings } from '../../patterns/support/settings.js';

/** The key of the plugin's shared settings: `settings['boundary-guard']` in a flat config. */
export const SETTINGS_KEY = 'boundary-guard';

/**
 * Plugin-wide settings. Lists extend the defaults (CAVRA's private packages,
 * paths and internal domains); nothing here replaces them.
 */
export interface PluginSettings {
  /** Private npm scopes or package names (`@acme-enterprise`, `@acme/saas`). */
  readonly privatePackages?: readonly string[];
  /** Path fragments of private source trees (`enterprise/`). */
  readonly privatePaths?: readonly string[];
  /** Internal or production host suffixes (`acme.internal`). */
  readonly internalDomains?: readonly string[];
  /** Product names whose licence keys and markers are detected. */
  readonly productNames?: readonly string[];
  /** Extra substrings that mark a value as synthetic, for every rule. */
  readonly syntheticMarkers?: readonly string[];
  /** Extra host suffixes treated as reserved, for every rule. */
  readonly syntheticHosts?: readonly string[];
}

/** Settings with every list present (possibly empty). */
export interface ResolvedPluginSettings {
  readonly catalog: Partial<CatalogSettings>;
  readonly syntheticMarkers: readonly string[];
  readonly syntheticHosts: readonly string[];
}

const LIST_KEYS = ['privatePackages', 'privatePaths', 'internalDomains', 'productNames', 'syntheticMarkers', 'syntheticHosts'] as const;
/** The settings of a config that sets none. */
export const NO_SETTINGS: ResolvedPluginSettings = Object.freeze({ catalog: {}, syntheticMarkers: [], syntheticHosts: [] });
const resolved = new WeakMap<object, ResolvedPluginSettings>();

function stringList(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TypeError(`settings['${SETTINGS_KEY}'].${key} must be an array of strings`);
  }
  return value;
}

/**
 * Reads `settings['boundary-guard']` from a rule context's settings, once per
 * settings object (ESLint hands every file of a config the same object).
 */
export function readPluginSettings(settings: Readonly<Record<string, unknown>> | undefined): ResolvedPluginSettings {
  const raw = settings?.[SETTINGS_KEY];
  if (raw === undefined || raw === null) return NO_SETTINGS;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new TypeError(`settings['${SETTINGS_KEY}'] must be an object`);
  const cached = resolved.get(raw);
  if (cached) return cached;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(LIST_KEYS as readonly string[]).includes(key)) {
      throw new TypeError(`settings['${SETTINGS_KEY}'].${key} is not a setting; known: ${LIST_KEYS.join(', ')}`);
    }
  }
  const list = (key: (typeof LIST_KEYS)[number]): string[] => stringList(record[key], key);
  const result: ResolvedPluginSettings = Object.freeze({
    catalog: {
      privatePackages: list('privatePackages'),
      privatePaths: list('privatePaths'),
      internalDomains: list('internalDomains'),
      productNames: list('productNames'),
    },
    syntheticMarkers: list('syntheticMarkers'),
    syntheticHosts: list('syntheticHosts'),
  });
  resolved.set(raw, result);
  return result;
}
