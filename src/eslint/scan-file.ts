import { isAbsolute, relative, sep } from 'node:path';
import type { BoundaryCategory } from '../contract/categories.js';
import { PAYLOAD_DETECTORS } from '../engine/payloads.js';
import type { Engine } from '../engine/scan-text.js';
import { syntaxFromPath } from '../engine/syntax.js';
import type { DirectiveProblem, Finding, Syntax } from '../engine/types.js';
import { matchBaseline } from '../scanner/baseline-match.js';
import type { ScanFinding } from '../scanner/types.js';
import { buildEngine } from '../scanner/rules.js';
import { projectOf, type Project } from './project-config.js';

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
  /** The path the engine saw (relative to the config's directory, forward slashes): it enters the fingerprints. */
  readonly path: string;
  /** Findings neither suppressed nor in the baseline. */
  readonly findings: readonly Finding[];
  /** Malformed allow directives (none where the config allows them, as the CLI does). */
  readonly problems: readonly DirectiveProblem[];
  /** Why the file could not be judged: its config, the settings or the baseline is invalid. */
  readonly error?: string;
  /** Findings of one category, in text order. */
  inCategory(category: BoundaryCategory): readonly Finding[];
  /** Human label of a detector. */
  detectorName(id: string): string;
}

/** Engines by config and selection; a lint run has few combinations. */
const engines = new Map<string, Engine>();
const MAX_ENGINES = 32;
/** Scans by AST (one per file and lint pass), then by selection. */
const scans = new WeakMap<object, Map<string, FileScan>>();

const sortedUnique = (values: readonly string[] | undefined): string[] => [...new Set(values ?? [])].sort();

const isEmpty = (values: readonly string[] | undefined): boolean => values === undefined || values.length === 0;

/** Rule options that change the engine, as a key ('' for the default options). */
function selectionKey(selection: EngineSelection): string {
  if (isEmpty(selection.skipDetectors) && isEmpty(selection.syntheticMarkers)) return '';
  return JSON.stringify([sortedUnique(selection.skipDetectors), sortedUnique(selection.syntheticMarkers)]);
}

/** The scanner's engine for the project's config, with the rule's skipped detectors off and its markers added. */
function engineFor(project: Project, selection: EngineSelection, key: string): Engine {
  const engineKey = `${project.engineKey}|${key}`;
  let engine = engines.get(engineKey);
  if (!engine) {
    const { config } = project;
    const skipped = Object.fromEntries(sortedUnique(selection.skipDetectors).map((id) => [id, 'off' as const]));
    engine = buildEngine({
      ...config,
      detectors: { ...config.detectors, ...skipped },
      synthetic: { ...config.synthetic, markers: [...config.synthetic.markers, ...(selection.syntheticMarkers ?? [])] },
    });
    if (engines.size >= MAX_ENGINES) engines.delete(engines.keys().next().value ?? '');
    engines.set(engineKey, engine);
  }
  return engine;
}

/** The path the CLI would print for this file: relative to `root`, forward slashes. */
export function scanPath(filename: string, root: string): string {
  const path = isAbsolute(filename) ? relative(root, filename) : filename;
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

/** The project (config, baseline) of the file a rule is linting. */
export function projectOfContext(context: Pick<ScanContext, 'filename' | 'cwd' | 'settings'>): Project {
  return projectOf(context.filename, context.cwd, context.settings);
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function fileScan(path: string, findings: readonly Finding[], problems: readonly DirectiveProblem[], engine?: Engine, error?: string): FileScan {
  const byCategory = new Map<BoundaryCategory, Finding[]>();
  for (const finding of findings) {
    const list = byCategory.get(finding.category);
    if (list) list.push(finding);
    else byCategory.set(finding.category, [finding]);
  }
  return {
    path,
    findings,
    problems,
    ...(error !== undefined ? { error } : {}),
    inCategory: (category) => byCategory.get(category) ?? NO_FINDINGS,
    detectorName: (id) => (engine?.detectors.find((d) => d.id === id) ?? PAYLOAD_DETECTORS.find((d) => d.id === id))?.name ?? id,
  };
}

/**
 * Scans the whole text of the linted file once per engine, whichever rules
 * ask, as `boundary-guard scan` would: under the config found for the file
 * (an excluded file has no findings), with its suppressions, and without the
 * findings its baseline holds. The result is cached on the file's AST, so
 * fifteen category rules with the same options share one engine pass.
 */
export function scanFile(context: ScanContext, selection: EngineSelection = {}): FileScan {
  const { sourceCode } = context;
  const key = selectionKey(selection);
  let byKey = scans.get(sourceCode.ast);
  if (!byKey) {
    byKey = new Map();
    scans.set(sourceCode.ast, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const project = projectOfContext(context);
  const path = scanPath(context.filename, project.root);
  let scan: FileScan;
  if (project.error !== undefined) scan = fileScan(path, NO_FINDINGS, [], undefined, project.error);
  else if (!project.filter.accepts(path)) scan = fileScan(path, NO_FINDINGS, []);
  else {
    const engine = engineFor(project, selection, key);
    const syntax = syntaxOf(path, sourceCode.ast);
    const result = engine.scanText(sourceCode.text, { path, ...(syntax ? { syntax } : {}), suppressions: project.suppressions.forPath(path) });
    const findings = project.baseline && result.findings.length > 0 ? withoutBaselined(result.findings, path, project) : result.findings;
    const problems = result.problems.length > 0 && project.suppressions.allowsInvalidDirectives(path) ? [] : result.problems;
    scan = fileScan(path, findings, problems, engine);
  }
  byKey.set(key, scan);
  return scan;
}

/**
 * The findings the project's baseline does not hold, matched as a tree scan
 * matches them: by fingerprint, or (a renamed or moved file) by detector and
 * value hash to the entry of a file that is gone.
 */
function withoutBaselined(found: readonly Finding[], path: string, project: Project): readonly Finding[] {
  if (!project.baseline) return found;
  const findings: ScanFinding[] = found.map((finding) => ({ ...finding, path, status: 'new' }));
  matchBaseline(findings, project.baseline, { judged: (entryPath) => entryPath === path || project.isGone(entryPath) });
  return found.filter((_, i) => findings[i]?.status !== 'existing');
}

const reportedErrors = new WeakSet<object>();

/**
 * True once per linted file when its config cannot be read: the first rule
 * to ask reports the error, the others stay silent.
 */
export function claimConfigError(scan: FileScan, ast: object): boolean {
  if (scan.error === undefined || reportedErrors.has(ast)) return false;
  reportedErrors.add(ast);
  return true;
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
