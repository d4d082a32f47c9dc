/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
 * Rules carry the catalog's metadata and category; results carry the masked
 * message, a partial fingerprint and the baseline state. No snippet is
 * emitted at all, so no region text can hold a value.
 */
import { pathToFileURL } from 'node:url';
import { BOUNDARY_CATEGORIES, type BoundaryCategory } from '../../contract/categories.js';
import { ALLOW_DIRECTIVE } from '../../engine/directives.js';
import type { Detector } from '../../engine/types.js';
import { outcomeOf } from '../../scanner/summary.js';
import type { ScanFinding, ScanReport, ScanSuppressed } from '../../scanner/types.js';
import { ruleDocUrl } from '../rule-docs.js';
import { safeJson } from '../terminal.js';
import { visibleFindings, type FormatContext } from './index.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/cavra/boundary-guard';
/** Key of our fingerprint in `partialFingerprints`; versioned as SARIF suggests. */
export const FINGERPRINT_KEY = 'boundaryGuardFingerprint/v1';

/** A root-relative path as a relative URI reference. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * GitHub's `security-severity` (0-10: 9+ critical, 7-8.9 high, 4-6.9 medium, below low) of an
 * error-level finding, by what its category opens: keys and credentials most, code markers least.
 */
const CATEGORY_SEVERITY: Readonly<Record<BoundaryCategory, number>> = {
  'signing-material': 9.5,
  'connector-credential': 9.0,
  'license-key': 8.5,
  'escalation-webhook': 8.0,
  'billing-record': 8.0,
  'customer-identifier': 7.0,
  'customer-audit-payload': 7.0,
  'support-ticket': 6.5,
  'customer-success-note': 6.0,
  'dashboard-url': 5.0,
  'paid-policy-pack': 5.0,
  'enterprise-source': 5.0,
  'saas-backend-code': 4.5,
  'scheduler-implementation': 4.5,
  'automation-worker': 4.5,
};
/** A warning-level rule (only a key suggests the value is real) is low. */
const WARNING_SEVERITY = 3.0;

/** `properties.security-severity` of a rule: a numeric string, from its level and category. */
export function securitySeverity(detector: Pick<Detector, 'category' | 'severity'>): string {
  return (detector.severity === 'error' ? CATEGORY_SEVERITY[detector.category] : WARNING_SEVERITY).toFixed(1);
}

function rule(detector: Detector): Record<string, unknown> {
  const category = BOUNDARY_CATEGORIES[detector.category];
  const docs = ruleDocUrl(detector.category);
  return {
    id: detector.id,
    name: detector.name,
    shortDescription: { text: detector.name },
    fullDescription: { text: detector.description },
    help: {
      text: `${detector.description}\nCategory: ${category.title}: ${category.description}\nRemove the value from the repository (and rotate it if it is a credential), or allow it with a reason: an inline "${ALLOW_DIRECTIVE} ${detector.id} -- <reason>" comment or a suppression in boundary-guard.config.json.\nDocumentation: ${docs}`,
      markdown: [
        `**${detector.name}** (\`${detector.id}\`, category \`${detector.category}\`: ${category.title})`,
        '',
        detector.description,
        '',
        `Remove the value from the repository (and rotate it if it is a credential), or allow it with a reason: an inline \`${ALLOW_DIRECTIVE} ${detector.id} -- <reason>\` comment, or a suppression in \`boundary-guard.config.json\`. \`boundary-guard explain ${detector.id}\` shows how.`,
        '',
        `See [${docs.slice(docs.lastIndexOf('/') + 1)}](${docs}).`,
      ].join('\n'),
    },
    ...(detector.references?.[0] !== undefined ? { helpUri: detector.references[0] } : {}),
    defaultConfiguration: { level: detector.severity === 'error' ? 'error' : 'warning' },
    properties: { category: detector.category, tags: ['security', 'boundary-guard', detector.category], 'security-severity': securitySeverity(detector) },
  };
}

export function formatSarif(report: ScanReport, context: FormatContext): string {
  const ruleIndex = new Map<string, number>();
  const rules = context.detectors.map((d, i) => {
    ruleIndex.set(d.id, i);
    return rule(d);
  });
  const result = (f: Omit<ScanFinding, 'status'>, status: ScanFinding['status'] | undefined, suppressed?: ScanSuppressed): Record<string, unknown> => ({
    ruleId: f.ruleId,
    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: `${f.message}${f.keyPath !== undefined ? ` (at ${f.keyPath})` : ''}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(f.path), uriBaseId: 'SRCROOT' },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(status !== undefined ? { baselineState: status === 'new' ? 'new' : 'unchanged' } : {}),
    ...(suppressed ? { suppressions: [{ kind: suppressed.by === 'inline' ? 'inSource' : 'external', justification: `${suppressed.by}: ${suppressed.reason}` }] } : {}),
    properties: {
      category: f.category,
      preview: f.preview,
      ...(status !== undefined ? { status } : {}),
      ...(f.keyPath !== undefined ? { keyPath: f.keyPath } : {}),
      ...(f.commit !== undefined ? { commit: f.commit } : {}),
    },
  });
  const results = [
    ...visibleFindings(report, context).map((f) => result(f, f.status)),
    ...(context.showSuppressed ? report.suppressed.map((s) => result(s.finding, undefined, s)) : []),
  ];
  const location = (path: string | undefined, line?: number, column?: number): Record<string, unknown> =>
    path === undefined
      ? {}
      : {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(path), uriBaseId: 'SRCROOT' },
                ...(line !== undefined ? { region: { startLine: line, ...(column !== undefined ? { startColumn: column } : {}) } } : {}),
              },
            },
          ],
        };
  const notifications = [
    ...report.errors.map((e) => ({ level: 'error', message: { text: e.message }, descriptor: { id: e.code }, ...location(e.path, e.line, e.column) })),
    ...report.warnings.map((w) => ({ level: 'warning', message: { text: w.message }, descriptor: { id: w.code }, ...location(w.path) })),
    ...report.skipped.map((s) => ({ level: 'note', message: { text: `not scanned: ${s.reason}` }, descriptor: { id: 'skipped' }, ...location(s.path) })),
  ];
  const outcome = outcomeOf(report, context.maxWarnings);
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'boundary-guard', version: context.version, semanticVersion: context.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(report.root.endsWith('/') ? report.root : `${report.root}/`).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: report.errors.length === 0, exitCode: outcome.exitCode, exitCodeDescription: outcome.reason, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return `${safeJson(sarif)}\n`;
}
