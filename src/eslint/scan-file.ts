import { isAbsolute, relative, sep } from 'node:path';
import { createCatalog } from '../../patterns/index.js';
import type { BoundaryCategory } from '../contract/categories.js';
import { hashKeyFromEnv } from '../engine/hash.js';
import { PAYLOAD_DETECTORS } from '../engine/payloads.js';
import { Engine } from '../engine/scan-text.js';
import { syntaxFromPath } from '../engine/syntax.js';
import type { Finding, Syntax } from '../engine/types.js';
import { NO_SETTINGS, readPluginSettings } from './settings.js';

/** What a rule needs of its context to scan the file; true of every ESLint language. */
export interface ScanContext {
  readonly filename: string;
  readonly cwd: string;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly sourceCode: { readonly text: string; readonly ast: object };
}

/** Per-rule choices that change the engine (rule options). */
export interface EngineSelection {
  readonly skipDetectors?: readonly string[];
  readonly syntheticMarkers?: readonly string[];
}

/** The shared result of scanning one file with one engine. */
export interface FileScan {
  /** The path the engine saw (relative to the cwd, forward slashes): it enters the fingerprints. */
  readonly path: string;
  readonly findings: readonly Finding[];
  /** Findings of one category, in text order. */
  inCategory(category: BoundaryCategory): readonly Finding[];
  /** Human label of a detector. */
  detectorName(id: string): string;
}

/** Engines by settings and selection; a config has few combinations. */
const engines = new Map<string, Engine>();
const MAX_ENGINES = 32;
/** Scans by AST (one per file and lint pass), then by engine key. */
const scans = new WeakMap<object, Map<string, FileScan>>();

const sortedUnique = (values: readonly string[] | undefined): string[] => [...new Set(values ?? [])].sort();

const isEmpty = (values: readonly string[] | undefined): boolean => values === undefined || values.length === 0;

function engineFor(context: ScanContext, selection: EngineSelection): { key: string; engine: Engine } {
  const settings = readPluginSettings(context.settings);
  // Every rule asks on every file: the usual case (no settings, default options) skips building a key.
  const plain = settings === NO_SETTINGS && isEmpty(selection.skipDetectors) && isEmpty(selection.syntheticMarkers);
  const skip = plain ? [] : sortedUnique(selection.skipDetectors);
  const markers = plain ? [] : sortedUnique([...settings.syntheticMarkers, ...(selection.syntheticMarkers ?? [])]);
  const hosts = plain ? [] : sortedUnique(settings.syntheticHosts);
  const key = plain ? '' : JSON.stringify([settings.catalog, skip, markers, hosts]);
  let engine = engines.get(key);
  if (!engine) {
    const skipped = new Set(skip);
    const detectors = createCatalog(settings.catalog).filter((d) => !skipped.has(d.id));
    const hashKey = hashKeyFromEnv();
    engine = new Engine(detectors, { synthetic: { markers, hosts }, ...(hashKey !== undefined ? { hashKey } : {}) });
    if (engines.size >= MAX_ENGINES) engines.delete(engines.keys().next().value ?? '');
    engines.set(key, engine);
  }
  return { key, engine };
}

/** The path the CLI would print for this file: relative to the cwd, forward slashes. */
export function scanPath(filename: string, cwd: string): string {
  const path = isAbsolute(filename) ? relative(cwd, filename) : filename;
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Syntax from the file's extension, else from the language of the parsed file. */
function syntaxOf(path: string, ast: object): Syntax | undefined {
  if (syntaxFromPath(path) !== 'text') return undefined;
  const type = (ast as { type?: unknown }).type;
  if (type === 'Program') return 'js';
  if (type === 'Document') return 'json';
  if (type === 'root') return 'markdown';
  return undefined;
}

/**
 * Scans the whole text of the linted file once per engine, whichever rules
 * ask: the result is cached on the file's AST, so fifteen category rules
 * with the same options share one engine pass.
 */
export function scanFile(context: ScanContext, selection: EngineSelection = {}): FileScan {
  const { sourceCode } = context;
  const { key, engine } = engineFor(context, selection);
  let byKey = scans.get(sourceCode.ast);
  if (!byKey) {
    byKey = new Map();
    scans.set(sourceCode.ast, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const path = scanPath(context.filename, context.cwd);
  const syntax = syntaxOf(path, sourceCode.ast);
  const { findings } = engine.scanText(sourceCode.text, syntax ? { path, syntax } : { path });
  const byCategory = new Map<BoundaryCategory, Finding[]>();
  for (const finding of findings) {
    const list = byCategory.get(finding.category);
    if (list) list.push(finding);
    else byCategory.set(finding.category, [finding]);
  }
  const scan: FileScan = {
    path,
    findings,
    inCategory: (category) => byCategory.get(category) ?? [],
    detectorName: (id) => (engine.detectors.find((d) => d.id === id) ?? PAYLOAD_DETECTORS.find((d) => d.id === id))?.name ?? id,
  };
  byKey.set(key, scan);
  return scan;
}

/** A finding a rule reported, with the path that entered its fingerprint. */
export interface ReportedFinding {
  readonly filename: string;
  readonly path: string;
  readonly finding: Finding;
}

const observers = new Set<(event: ReportedFinding) => void>();

/**
 * Plugin-internal hook: calls `listener` for every finding a category rule
 * reports, in this process. ESLint messages carry no fingerprint; the
 * consistency test compares fingerprints through this. Returns the
 * unsubscribe function.
 */
export function observeReportedFindings(listener: (event: ReportedFinding) => void): () => void {
  observers.add(listener);
  return () => observers.delete(listener);
}

/** Tells the observers (if any) that a rule reported `finding`. */
export function notifyReported(event: ReportedFinding): void {
  for (const listener of observers) listener(event);
}
