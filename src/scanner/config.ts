/**
 * boundary-guard.config.json: read, checked against the shipped JSON Schema,
 * then resolved to a plain, serialisable object that worker threads rebuild
 * their engine from. The file is JSON only, so a fork's pull request can
 * change what is scanned but can never run code through it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { BOUNDARY_CATEGORY_IDS } from '../contract/categories.js';
import type { CatalogSettings } from '../../patterns/support/settings.js';
import { createCatalog } from '../../patterns/index.js';
import configSchema from '../../schemas/boundary-guard.config.schema.json' with { type: 'json' };
import { checkSchema, formatSchemaPath } from './json-schema.js';
import { jsonErrorWhere } from './jsonc.js';
import { readPathAliases } from './path-aliases.js';
import { readSmallFile } from './read-file.js';
import type { ScanWarning } from './types.js';
import type { RegistryEntry, RegistryKind } from '../engine/synthetic.js';
import type { DeclaredContract } from '../engine/payloads.js';

/** The config file name looked up at the scan root. */
export const CONFIG_FILE_NAME = 'boundary-guard.config.json';

/**
 * The `rule` of a suppression that silences malformed inline directives in
 * its files: for code that implements or tests the directive itself, where
 * the keyword appears in strings rather than comments.
 */
export const INVALID_DIRECTIVE = 'invalid-directive';

/** Text up to this size is scanned in one piece; a larger file in overlapping windows of this size (never skipped). */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** The largest config file read: a larger one (or one that is not a regular file) is an error. */
export const CONFIG_SIZE_LIMIT = 4 * 1024 * 1024;

/** `off` disables, `error` fails the scan, `warning` only reports. */
export type Level = 'off' | 'error' | 'warning';

/** A file glob that is never scanned, and why. */
export interface ExcludeEntry {
  readonly pattern: string;
  readonly reason: string;
}

/** A configured suppression, as written in the config file. */
export interface ConfigSuppression {
  /** Detector id or category id (a config entry naming several is one entry per id). */
  readonly rule: string;
  /** Globs relative to the scan root; absent: everywhere. */
  readonly files?: readonly string[];
  readonly keyPath?: string;
  readonly valueHash?: string;
  readonly reason: string;
  /** Last day (UTC, YYYY-MM-DD) it applies. */
  readonly expires?: string;
}

/** A config after validation and defaults; plain data, safe to post to a worker. */
export interface ResolvedConfig {
  /** Absolute path of the file read, when there was one. */
  readonly file?: string;
  readonly include: readonly string[];
  readonly exclude: readonly ExcludeEntry[];
  readonly categories: Readonly<Record<string, Level>>;
  readonly detectors: Readonly<Record<string, Level>>;
  readonly synthetic: { readonly markers: readonly string[]; readonly hosts: readonly string[]; readonly entries: readonly RegistryEntry[] };
  readonly settings: Partial<CatalogSettings>;
  /** Suppressions still in force. */
  readonly suppressions: readonly ConfigSuppression[];
  readonly maxFileSize: number;
  /** Key of the value hashes and fingerprints (`hashKey`); see src/scanner/hash-key.ts for the others. */
  readonly hashKey?: string;
  /** Absolute path of the baseline file (`baseline`, relative to the config file), when one is named. */
  readonly baseline?: string;
  /** Contracts the project declares (`contracts`), with the schema versions read from each one's JSON Schema. */
  readonly contracts: readonly DeclaredContract[];
}

/** An unreadable or invalid config: exit status 2, the message names the file and the key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The config as written in the file (and as the ESLint plugin's settings take it). */
export interface RawConfig {
  include?: string[];
  exclude?: { pattern: string; reason: string }[];
  categories?: Record<string, Level>;
  detectors?: Record<string, Level>;
  synthetic?: { markers?: string[]; hosts?: string[]; entries?: { id: string; kind: RegistryKind; values: string[]; reason: string }[] };
  internalDomains?: string[];
  privatePackages?: string[];
  privatePaths?: string[];
  pathAliases?: Record<string, string[]>;
  productNames?: string[];
  suppressions?: { rule: string | string[]; files?: string | string[]; keyPath?: string; valueHash?: string; reason: string; expires?: string }[];
  maxFileSize?: number;
  hashKey?: string;
  baseline?: string;
  contracts?: { schema: string; identities: string[] }[];
}

/** The JSON Schema document of the config file (the one shipped in `schemas/`). */
export const CONFIG_SCHEMA: unknown = configSchema;

/** The config used when a repository has none. */
export function defaultConfig(): ResolvedConfig {
  return resolveConfig({}, undefined, new Date()).config;
}

/**
 * Finds and reads the config: `explicit` (relative to `cwd`) when given, else
 * `boundary-guard.config.json` at `root` when present, else the defaults.
 * The project's path aliases at `root` join the settings (see
 * path-aliases.ts). Expired suppressions are dropped and returned as
 * warnings, and so are project files whose aliases could not be read.
 */
export function loadConfig(options: { root: string; cwd: string; explicit?: string; now?: Date }): {
  config: ResolvedConfig;
  warnings: ScanWarning[];
} {
  const now = options.now ?? new Date();
  const file = options.explicit !== undefined ? resolve(options.cwd, options.explicit) : join(options.root, CONFIG_FILE_NAME);
  const resolved = options.explicit === undefined && !existsSync(file) ? resolveConfig({}, undefined, now) : resolveConfig(readConfigFile(file, options.cwd), file, now);
  return withProjectAliases(resolved, options.root);
}

/** Adds the path aliases of the project at `root` (tsconfig.json, jsconfig.json, package.json imports) to the settings; the config's own win. */
export function withProjectAliases({ config, warnings }: { config: ResolvedConfig; warnings: ScanWarning[] }, root: string): { config: ResolvedConfig; warnings: ScanWarning[] } {
  const project = readPathAliases(root);
  const warned = [...warnings, ...project.warnings];
  if (Object.keys(project.aliases).length === 0) return { config, warnings: warned };
  return { config: { ...config, settings: { ...config.settings, pathAliases: { ...project.aliases, ...config.settings.pathAliases } } }, warnings: warned };
}

/** Reads and checks a config file; messages name it relative to `cwd`. */
export function readConfigFile(file: string, cwd: string): RawConfig {
  const shown = displayName(file, cwd);
  let text: string;
  try {
    text = readSmallFile(file, CONFIG_SIZE_LIMIT);
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read the config (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseConfigText(text, shown);
}

/** Parses and validates config text; `shown` names the file in messages. */
export function parseConfigText(text: string, shown: string): RawConfig {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new ConfigError(`${shown}: not valid JSON (${jsonErrorWhere(text, error)})`, { cause: error });
  }
  return checkConfigValue(value, shown);
}

/** Validates a parsed config (schema, then detector ids and dates); `shown` names its source in messages. */
export function checkConfigValue(value: unknown, shown: string): RawConfig {
  const problems = checkSchema(configSchema, value);
  if (problems.length > 0) {
    const lines = problems.slice(0, 5).map((p) => `  ${formatSchemaPath(p.path.map(safeSegment))}: ${p.message === 'must match \\S' ? 'must not be blank' : p.message}`);
    const more = problems.length > 5 ? `\n  … and ${problems.length - 5} more` : '';
    throw new ConfigError(`${shown}: invalid config\n${lines.join('\n')}${more}`);
  }
  const raw = value as RawConfig;
  checkKnownIds(raw, shown);
  return raw;
}

/** Applies the defaults to a checked config and drops expired suppressions (returned as warnings). */
export function resolveConfig(raw: RawConfig, file: string | undefined, now: Date): { config: ResolvedConfig; warnings: ScanWarning[] } {
  const warnings: ScanWarning[] = [];
  const today = now.toISOString().slice(0, 10);
  const suppressions: ConfigSuppression[] = [];
  // A suppression naming several rules is one entry per rule.
  (raw.suppressions ?? []).forEach((s, i) => {
    for (const rule of typeof s.rule === 'string' ? [s.rule] : s.rule) add(s, i, rule);
  });
  function add(s: NonNullable<RawConfig['suppressions']>[number], i: number, rule: string): void {
    const entry: ConfigSuppression = {
      rule,
      reason: s.reason,
      ...(s.files !== undefined ? { files: typeof s.files === 'string' ? [s.files] : s.files } : {}),
      ...(s.keyPath !== undefined ? { keyPath: s.keyPath } : {}),
      ...(s.valueHash !== undefined ? { valueHash: s.valueHash } : {}),
      ...(s.expires !== undefined ? { expires: s.expires } : {}),
    };
    // ISO dates compare as strings; the suppression holds through its last day.
    if (entry.expires !== undefined && entry.expires < today) {
      warnings.push({
        code: 'expired-suppression',
        message: `suppressions[${i}] (${entry.rule}${entry.files ? ` in ${entry.files.join(', ')}` : ''}) expired on ${entry.expires} and no longer applies: ${entry.reason}`,
      });
    } else suppressions.push(entry);
  }
  const settings: Partial<CatalogSettings> = {
    ...(raw.internalDomains ? { internalDomains: raw.internalDomains } : {}),
    ...(raw.privatePackages ? { privatePackages: raw.privatePackages } : {}),
    ...(raw.privatePaths ? { privatePaths: raw.privatePaths } : {}),
    ...(raw.pathAliases ? { pathAliases: raw.pathAliases } : {}),
    ...(raw.productNames ? { productNames: raw.productNames } : {}),
  };
  const config: ResolvedConfig = {
    ...(file !== undefined ? { file } : {}),
    include: raw.include ?? [],
    exclude: (raw.exclude ?? []).map((e) => ({ pattern: e.pattern, reason: e.reason })),
    categories: raw.categories ?? {},
    detectors: raw.detectors ?? {},
    synthetic: { markers: raw.synthetic?.markers ?? [], hosts: raw.synthetic?.hosts ?? [], entries: raw.synthetic?.entries ?? [] },
    settings,
    suppressions,
    maxFileSize: raw.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...(raw.hashKey !== undefined ? { hashKey: raw.hashKey } : {}),
    ...(raw.baseline !== undefined ? { baseline: resolve(file !== undefined ? dirname(file) : '.', raw.baseline) } : {}),
    contracts: (raw.contracts ?? []).map((c, i) => declaredContract(c, i, file)),
  };
  return { config, warnings };
}

/** The largest contract schema read. */
const CONTRACT_SCHEMA_LIMIT = 1024 * 1024;

/**
 * A declared contract: its JSON Schema (relative to the config file) read
 * for the `schema_version` values that recognise its payloads
 * (`properties.schema_version.const` or `.enum`), and its identity paths.
 */
function declaredContract(declared: { schema: string; identities: string[] }, i: number, file: string | undefined): DeclaredContract {
  const where = `${file ?? 'config'}: contracts[${i}].schema`;
  const path = resolve(file !== undefined ? dirname(file) : '.', declared.schema);
  let schema: unknown;
  try {
    schema = JSON.parse(readSmallFile(path, CONTRACT_SCHEMA_LIMIT));
  } catch (error) {
    throw new ConfigError(`${where}: ${declared.schema} cannot be read as a JSON Schema (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const property = (schema as { properties?: { schema_version?: { const?: unknown; enum?: unknown } } } | null)?.properties?.schema_version;
  const listed: unknown[] = Array.isArray(property?.enum) ? (property.enum as unknown[]) : [];
  const versions = [property?.const, ...listed].filter((v): v is string => typeof v === 'string' && v.length > 0);
  if (versions.length === 0) {
    throw new ConfigError(`${where}: ${declared.schema} names no schema_version (properties.schema_version needs a const or an enum of strings): its payloads could not be recognised`);
  }
  return { source: declared.schema, schemaVersions: versions, identities: declared.identities };
}

/** What the schema cannot know: detector ids come from the catalog, dates must exist. */
function checkKnownIds(raw: RawConfig, shown: string): void {
  const detectorIds = new Set(createCatalog().map((d) => d.id));
  const categories = new Set<string>(BOUNDARY_CATEGORY_IDS);
  const problems: string[] = [];
  for (const id of Object.keys(raw.detectors ?? {})) {
    if (!detectorIds.has(id)) problems.push(`  detectors.${safeKey(id)}: no detector has this id${suggest(id, detectorIds)}`);
  }
  (raw.suppressions ?? []).forEach((s, i) => {
    const rules = typeof s.rule === 'string' ? [s.rule] : s.rule;
    rules.forEach((rule, j) => {
      if (rule !== INVALID_DIRECTIVE && !detectorIds.has(rule) && !categories.has(rule)) {
        const where = typeof s.rule === 'string' ? 'rule' : `rule[${j}]`;
        problems.push(`  suppressions[${i}].${where}: neither a detector id nor a category${suggest(rule, new Set([...detectorIds, ...categories]))}`);
      }
    });
    if (s.expires !== undefined && !isRealDate(s.expires)) problems.push(`  suppressions[${i}].expires: not a date`);
  });
  // An excluded file is not scanned, and passes: its glob must leave something to scan.
  (raw.exclude ?? []).forEach((e, i) => {
    if (/^[*/.\s]*$/u.test(e.pattern)) problems.push(`  exclude[${i}].pattern: matches every file; name the files to leave out`);
  });
  if (problems.length > 0) throw new ConfigError(`${shown}: invalid config\n${problems.join('\n')}`);
}

/** Every property name the config schema declares: the keys a message may name. */
const SCHEMA_KEYS: ReadonlySet<string> = (() => {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node) as [string, unknown][]) {
        if (key === 'properties' && child !== null && typeof child === 'object') for (const name of Object.keys(child)) keys.add(name);
        walk(child);
      }
    }
  };
  walk(configSchema);
  return keys;
})();

let knownIds: ReadonlySet<string> | undefined;

/** A key of the file as a message may show it: a schema key, a detector or category id, else a placeholder (a key is content). */
function safeKey(key: string): string {
  knownIds ??= new Set([...BOUNDARY_CATEGORY_IDS, ...createCatalog().map((d) => d.id)]);
  return SCHEMA_KEYS.has(key) || knownIds.has(key) ? key : '<a key>';
}

function safeSegment(segment: string | number): string | number {
  return typeof segment === 'number' ? segment : safeKey(segment);
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function suggest(id: string, known: Set<string>): string {
  const close = [...known].filter((k) => k.includes(id) || id.includes(k)).slice(0, 3);
  return close.length > 0 ? ` (did you mean ${close.map((c) => `"${c}"`).join(', ')}?)` : '';
}

function displayName(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') ? file : rel.split('\\').join('/');
}

/** `ENOENT`-style code of a Node error, or its message. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
