/**
 * What a resolved config means for one file: whether it is scanned, which
 * configured suppressions apply to it, and the engine every file shares.
 */
import { Minimatch } from 'minimatch';
import { createCatalog } from '../../patterns/index.js';
import { createEngine, type Engine } from '../engine/scan-text.js';
import type { Detector, EngineSuppression, Severity } from '../engine/types.js';
import { INVALID_DIRECTIVE, type ResolvedConfig } from './config.js';

const GLOB_OPTIONS = { dot: true, matchBase: true, nocomment: true, nonegate: true } as const;

/** Globs compiled once; a glob also matches everything under a directory it names. */
export class GlobSet {
  private readonly matchers: Minimatch[];

  constructor(patterns: readonly string[]) {
    this.matchers = patterns.flatMap((pattern) => {
      const clean = pattern.replace(/^\.\//u, '').replace(/\/+$/u, '');
      // Like .gitignore: a pattern without a slash names a file or directory at any depth.
      const under = clean.includes('/') ? `${clean}/**` : `**/${clean}/**`;
      return [new Minimatch(clean, GLOB_OPTIONS), new Minimatch(under, { ...GLOB_OPTIONS, matchBase: false })];
    });
  }

  get size(): number {
    return this.matchers.length;
  }

  /** True when `path` (relative to the scan root, forward slashes) matches. */
  matches(path: string): boolean {
    return this.matchers.some((m) => m.match(path));
  }
}

/** Include and exclude globs of a config. */
export class PathFilter {
  private readonly include: GlobSet;
  private readonly exclude: GlobSet;

  constructor(config: Pick<ResolvedConfig, 'include' | 'exclude'>) {
    this.include = new GlobSet(config.include);
    this.exclude = new GlobSet(config.exclude.map((e) => e.pattern));
  }

  /** True when the file at `path` (relative to the scan root) is to be scanned. */
  accepts(path: string): boolean {
    if (this.include.size > 0 && !this.include.matches(path)) return false;
    return !this.exclude.matches(path);
  }
}

/** The configured suppressions that apply to each file, as the engine takes them. */
export class SuppressionIndex {
  private readonly entries: { files: GlobSet | undefined; suppression: EngineSuppression }[];

  constructor(config: Pick<ResolvedConfig, 'suppressions'>) {
    this.entries = config.suppressions.map((s) => ({
      files: s.files ? new GlobSet(s.files) : undefined,
      suppression: {
        target: s.rule,
        reason: s.reason,
        ...(s.keyPath !== undefined ? { keyPath: s.keyPath } : {}),
        ...(s.valueHash !== undefined ? { valueHash: s.valueHash } : {}),
      },
    }));
  }

  /** Suppressions for `path` (relative to the scan root). */
  forPath(path: string): EngineSuppression[] {
    const out: EngineSuppression[] = [];
    for (const entry of this.entries) {
      if (entry.suppression.target !== INVALID_DIRECTIVE && (!entry.files || entry.files.matches(path))) out.push(entry.suppression);
    }
    return out;
  }

  /** True when malformed inline directives in `path` are allowed (a suppression with rule `invalid-directive`). */
  allowsInvalidDirectives(path: string): boolean {
    return this.entries.some((e) => e.suppression.target === INVALID_DIRECTIVE && (!e.files || e.files.matches(path)));
  }
}

/** The detectors a config leaves on, with their severities, and the ids of every detector (on or off). */
export function configuredDetectors(config: Pick<ResolvedConfig, 'settings' | 'categories' | 'detectors'>): {
  detectors: Detector[];
  severity: Record<string, Severity>;
  ids: string[];
} {
  const severity: Record<string, Severity> = {};
  const catalog = createCatalog(config.settings);
  const detectors = catalog.filter((detector) => {
    // A detector's own level wins over its category's.
    const level = config.detectors[detector.id] ?? config.categories[detector.category];
    if (level === 'off') return false;
    if (level !== undefined) severity[detector.id] = level;
    return true;
  });
  return { detectors, severity, ids: catalog.map((d) => d.id) };
}

/** Builds the one engine a scan (or a worker) uses. */
export function buildEngine(config: ResolvedConfig): Engine {
  const { detectors, severity, ids } = configuredDetectors(config);
  // A directive naming a detector the config turned off is no mistake.
  return createEngine(detectors, {
    synthetic: config.synthetic,
    severity,
    directiveTargets: ids,
    contracts: config.contracts,
    ...(config.hashKey !== undefined ? { hashKey: config.hashKey } : {}),
  });
}
