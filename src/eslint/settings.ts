import type { RawConfig } from '../scanner/config.js';

/** The key of the plugin's shared settings: `settings['boundary-guard']` in a flat config. */
export const SETTINGS_KEY = 'boundary-guard';

/** Where messages about the settings point. */
export const SETTINGS_NAME = `settings['${SETTINGS_KEY}']`;

/**
 * Plugin-wide settings: the keys of `boundary-guard.config.json`, merged over
 * the config file found for each linted file (see `mergeConfig`).
 * `syntheticMarkers` and `syntheticHosts` are older spellings of
 * `synthetic.markers` and `synthetic.hosts`.
 */
export interface PluginSettings extends RawConfig {
  readonly syntheticMarkers?: readonly string[];
  readonly syntheticHosts?: readonly string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const translated = new WeakMap<object, unknown>();

/**
 * `settings['boundary-guard']` in the config file's shape (the older
 * spellings moved to `synthetic`), unchecked: the caller checks it with the
 * config file's schema. `undefined` when the settings set none. Computed once
 * per settings object (ESLint hands every file of a config the same object).
 */
export function settingsAsConfig(settings: Readonly<Record<string, unknown>> | undefined): unknown {
  const raw = settings?.[SETTINGS_KEY];
  if (raw === undefined || raw === null) return undefined;
  if (!isPlainObject(raw)) return raw;
  if (translated.has(raw)) return translated.get(raw);
  const { syntheticMarkers, syntheticHosts, ...rest } = raw;
  let value: unknown = rest;
  if (syntheticMarkers !== undefined || syntheticHosts !== undefined) {
    const synthetic = isPlainObject(rest.synthetic) ? rest.synthetic : {};
    const concat = (own: unknown, alias: unknown): unknown =>
      alias === undefined ? own : Array.isArray(own) && Array.isArray(alias) ? [...(own as unknown[]), ...(alias as unknown[])] : own === undefined ? alias : own;
    const markers = concat(synthetic.markers, syntheticMarkers);
    const hosts = concat(synthetic.hosts, syntheticHosts);
    value = { ...rest, synthetic: { ...synthetic, ...(markers !== undefined ? { markers } : {}), ...(hosts !== undefined ? { hosts } : {}) } };
  }
  translated.set(raw, value);
  return value;
}

/**
 * The settings merged over the config file: lists are joined (the file's
 * entries first), objects are merged key by key, and any other value set in
 * the settings replaces the file's.
 */
export function mergeConfig(file: RawConfig, settings: RawConfig): RawConfig {
  return merge(file as Record<string, unknown>, settings as Record<string, unknown>);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const own = out[key];
    if (Array.isArray(own) && Array.isArray(value)) out[key] = [...(own as unknown[]), ...(value as unknown[])];
    else if (isPlainObject(own) && isPlainObject(value)) out[key] = merge(own, value);
    else out[key] = value;
  }
  return out;
}
