/**
 * The configuration a linted file is judged by: the `boundary-guard.config.json`
 * the CLI reads, found from the file's directory upward, with
 * `settings['boundary-guard']` merged over it, and the baseline beside it.
 * Read, checked and resolved by the scanner's own code, so that suppressions,
 * excludes, levels, registry entries, hash key and baseline mean what they
 * mean to `boundary-guard scan`.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { BASELINE_FILE_NAME, BaselineError, readBaseline, type BaselineFile } from '../scanner/baseline.js';
import { checkConfigValue, CONFIG_FILE_NAME, ConfigError, defaultConfig, readConfigFile, resolveConfig, withProjectAliases, type RawConfig, type ResolvedConfig } from '../scanner/config.js';
import { ALIAS_FILES } from '../scanner/path-aliases.js';
import { UsageError } from '../scanner/discover.js';
import { envHashKey, resolveHashKey } from '../scanner/hash-key.js';
import { PathFilter, SuppressionIndex } from '../scanner/rules.js';
import { mergeConfig, settingsAsConfig, SETTINGS_KEY, SETTINGS_NAME } from './settings.js';

/** The configuration of the files under one config file (or of a tree without one). */
export interface Project {
  /** Paths are relative to this directory: the config's, else the repository root, else ESLint's cwd. */
  readonly root: string;
  /** The config (file and settings merged), its hash key resolved as the CLI resolves it. */
  readonly config: ResolvedConfig;
  readonly filter: PathFilter;
  readonly suppressions: SuppressionIndex;
  readonly baseline?: BaselineFile;
  /** Why nothing under this config can be judged (an invalid config, settings or baseline). */
  readonly error?: string;
  /** Equal for projects whose engines are equal. */
  readonly engineKey: string;
  /** True when no file is at `path` (relative to the root) any more: a baseline entry there matches a moved finding. */
  isGone(path: string): boolean;
}

function goneFiles(root: string): (path: string) => boolean {
  const gone = new Map<string, boolean>();
  return (path) => {
    let answer = gone.get(path);
    if (answer === undefined) gone.set(path, (answer = !existsSync(join(root, path))));
    return answer;
  };
}

/** A file read once per change: keyed by path, checked against its size and modification time. */
interface Cached<T> {
  readonly stamp: string;
  readonly value: T;
}
const configFiles = new Map<string, Cached<RawConfig>>();
const baselineFiles = new Map<string, Cached<BaselineFile>>();

function stampOf(file: string): string {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat === undefined ? '' : `${stat.size}:${stat.mtimeMs}`;
}

function readCached<T>(cache: Map<string, Cached<T>>, file: string, read: () => T): T {
  const stamp = stampOf(file);
  const cached = cache.get(file);
  if (cached !== undefined && cached.stamp === stamp) return cached.value;
  const value = read();
  cache.set(file, { stamp, value });
  return value;
}

/**
 * The project of each directory met, per `settings['boundary-guard']` object
 * (ESLint hands every file of a run the same one; a run without settings
 * shares one map with every such run).
 */
const byDirectory = new WeakMap<object, Map<string, Project>>();
/** The key of a context without plugin settings. */
const NO_SETTINGS = {};
/** The key of settings that are no object (an error, reported for every file). */
const INVALID_SETTINGS = {};
/** How long a project is used before its files are checked for changes again (editors lint for hours). */
const RECHECK_MS = 1000;

/** What a project was built from, and when that was last checked. */
interface Freshness {
  readonly files: readonly string[];
  readonly stamp: string;
  checked: number;
}
const freshness = new WeakMap<Project, Freshness>();

const stampsOf = (files: readonly string[]): string => files.map(stampOf).join('|');

/** True while the files the project was built from are unchanged (checked at most once a second). */
function isFresh(project: Project): boolean {
  const known = freshness.get(project);
  if (!known) return true;
  const now = Date.now();
  if (now - known.checked < RECHECK_MS) return true;
  known.checked = now;
  return stampsOf(known.files) === known.stamp;
}

/**
 * The project of the linted file `filename`: the nearest config file at or
 * above its directory, up to the repository root (a directory holding
 * `.git`) or the file system's root. Each directory is looked up once, and
 * each config file read once, until it changes.
 */
export function projectOf(filename: string, cwd: string, settings: Readonly<Record<string, unknown>> | undefined): Project {
  const own = settings?.[SETTINGS_KEY];
  const key = typeof own === 'object' && own !== null ? own : own === undefined || own === null ? NO_SETTINGS : INVALID_SETTINGS;
  let projects = byDirectory.get(key);
  if (!projects) {
    projects = new Map();
    byDirectory.set(key, projects);
  }
  const start = dirname(resolve(cwd, filename));
  const cached = projects.get(start);
  if (cached && isFresh(cached)) return cached;
  if (cached) projects.clear();
  const visited: string[] = [];
  let project: Project | undefined;
  for (let dir = start; ; ) {
    project = projects.get(dir);
    if (project) break;
    visited.push(dir);
    const file = join(dir, CONFIG_FILE_NAME);
    if (existsSync(file)) {
      project = loadProject(dir, file, cwd, settings);
      break;
    }
    const parent = dirname(dir);
    const repository = existsSync(join(dir, '.git'));
    if (repository || parent === dir) {
      project = loadProject(repository ? dir : resolve(cwd), undefined, cwd, settings);
      break;
    }
    dir = parent;
  }
  for (const dir of visited) projects.set(dir, project);
  return project;
}

/**
 * The baseline of a project: the file its config names (an error when it is
 * missing), as for `scan`, `scan --staged` and `scan --diff`: a baseline file
 * the config does not name applies to neither surface.
 */
function baselineFileOf(config: ResolvedConfig): string | undefined {
  return config.baseline;
}

const shownPath = (file: string, cwd: string): string => {
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') ? file : rel.split('\\').join('/');
};

function loadProject(root: string, file: string | undefined, cwd: string, settings: Readonly<Record<string, unknown>> | undefined): Project {
  const project = buildProject(root, file, cwd, settings);
  const files = [file ?? join(root, CONFIG_FILE_NAME), project.config.baseline ?? join(root, BASELINE_FILE_NAME), ...[...ALIAS_FILES, 'package.json'].map((name) => join(root, name))];
  freshness.set(project, { files, stamp: stampsOf(files), checked: Date.now() });
  return project;
}

function buildProject(root: string, file: string | undefined, cwd: string, settings: Readonly<Record<string, unknown>> | undefined): Project {
  try {
    const fromFile: RawConfig = file === undefined ? {} : readCached(configFiles, file, () => readConfigFile(file, cwd));
    const fromSettings = settingsAsConfig(settings);
    const raw = fromSettings === undefined ? fromFile : mergeConfig(fromFile, checkConfigValue(fromSettings, SETTINGS_NAME));
    // As the CLI: the project's tsconfig/jsconfig/package.json aliases join the settings.
    const { config: resolved } = withProjectAliases(resolveConfig(raw, file, new Date()), root);
    const baselineFile = baselineFileOf(resolved);
    const baseline = baselineFile === undefined ? undefined : readCached(baselineFiles, baselineFile, () => readBaseline(baselineFile, shownPath(baselineFile, cwd)));
    const hashKey = resolveHashKey({ env: envHashKey(), config: resolved.hashKey, baseline: baseline?.hashKey });
    const config: ResolvedConfig = { ...resolved, hashKey: hashKey.key };
    return {
      root,
      config,
      filter: new PathFilter(config),
      suppressions: new SuppressionIndex(config),
      ...(baseline !== undefined ? { baseline } : {}),
      engineKey: JSON.stringify([config.settings, config.categories, config.detectors, config.synthetic, config.hashKey]),
      isGone: goneFiles(root),
    };
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof BaselineError || error instanceof UsageError)) throw error;
    const config = defaultConfig();
    return { root, config, filter: new PathFilter(config), suppressions: new SuppressionIndex(config), error: error.message, engineKey: '', isGone: () => false };
  }
}
