/**
 * boundary-guard's own outputs in a tree (a SARIF file, a `--format json`
 * report, a saved `detectors --format json` list) are recognised by their
 * structure, never by their name: their findings are masked already, and the
 * rule metadata they carry (descriptions, keywords, allow directives) would
 * otherwise fail the next scan. Such a file is listed as skipped
 * (`own-output`), so a reader of the report still sees it.
 */
import { BOUNDARY_CATEGORY_IDS } from '../contract/categories.js';

const TOOL = 'boundary-guard';

/** True when the start of a text can begin one of our JSON outputs: worth keeping the text to check it whole. */
export function mayBeOwnOutput(head: string): boolean {
  return /^\uFEFF?\s*\{/u.test(head) && (head.includes(`"${TOOL}"`) || /^\uFEFF?\s*\{\s*"version":\s*\d+,\s*"detectors":\s*\[/u.test(head));
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const categories: ReadonlySet<string> = new Set(BOUNDARY_CATEGORY_IDS);

/** The kind of our output `text` holds, checked on its whole structure; undefined for any other text. */
export function ownOutputKind(text: string): 'sarif' | 'json-report' | 'detectors' | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return undefined;
  }
  if (!isObject(doc)) return undefined;
  // SARIF 2.1.0 whose every run is ours.
  if (doc.version === '2.1.0' && Array.isArray(doc.runs) && doc.runs.length > 0) {
    const ours = doc.runs.every((run) => isObject(run) && isObject(run.tool) && isObject(run.tool.driver) && run.tool.driver.name === TOOL && Array.isArray(run.results));
    return ours ? 'sarif' : undefined;
  }
  // The json report (schemas/report.schema.json): its tool marker and its fixed members.
  if (isObject(doc.tool) && doc.tool.name === TOOL && typeof doc.version === 'number') {
    const members = ['mode', 'findings', 'suppressed', 'errors', 'warnings', 'skipped', 'summary'];
    const ours = members.every((m) => m in doc) && Array.isArray(doc.findings) && isObject(doc.summary);
    return ours ? 'json-report' : undefined;
  }
  // The detectors list: { version, detectors: [{ id, name, category, severity, description, keywords, references }] }.
  const keys = Object.keys(doc).sort().join(',');
  if ((keys === 'detectors,version' || keys === 'detectors,tool,version') && Array.isArray(doc.detectors) && doc.detectors.length > 0) {
    const fields = 'category,description,id,keywords,name,references,severity';
    const ours = doc.detectors.every(
      (d) => isObject(d) && Object.keys(d).sort().join(',') === fields && typeof d.id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(d.id) && categories.has(String(d.category)),
    );
    return ours ? 'detectors' : undefined;
  }
  return undefined;
}
