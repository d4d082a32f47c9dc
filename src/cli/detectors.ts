/**
 * `boundary-guard detectors`: the catalog, as a table or as JSON.
 */
import { createCatalog } from '../../patterns/index.js';
import { BOUNDARY_CATEGORY_IDS } from '../contract/categories.js';
import { ArgsError, DETECTORS, helpText, parseCommand, usageMessage } from './args.js';
import type { CliIo, ExitCode } from './io.js';
import { hanging, safeJson, terminalOf, type TerminalFacts } from './terminal.js';

/** Version of the `detectors --format json` document. */
export const DETECTORS_JSON_VERSION = 1;

/** Runs `boundary-guard detectors ARGV…`. */
export function runDetectors(argv: string[], io: CliIo & TerminalFacts): Promise<ExitCode> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseCommand(DETECTORS, argv));
    if (values.format !== undefined && values.format !== 'text' && values.format !== 'json') throw new ArgsError(`unknown format ${JSON.stringify(values.format)}; use text or json`);
    if (values.category !== undefined && !(BOUNDARY_CATEGORY_IDS as readonly unknown[]).includes(values.category)) {
      throw new ArgsError(`unknown category ${JSON.stringify(values.category)}; use one of ${BOUNDARY_CATEGORY_IDS.join(', ')}`);
    }
  } catch (error) {
    if (error instanceof ArgsError) {
      io.stderr(usageMessage(DETECTORS, error.message));
      return Promise.resolve(2);
    }
    throw error;
  }
  if (values.help === true) {
    io.stdout(helpText(DETECTORS));
    return Promise.resolve(0);
  }
  const detectors = createCatalog().filter((d) => values.category === undefined || d.category === values.category);
  if (values.format === 'json') {
    const list = detectors.map((d) => ({
      id: d.id,
      name: d.name,
      category: d.category,
      severity: d.severity,
      description: d.description,
      keywords: d.keywords,
      references: d.references ?? [],
    }));
    io.stdout(`${safeJson({ version: DETECTORS_JSON_VERSION, detectors: list })}\n`);
    return Promise.resolve(0);
  }
  const idWidth = Math.max(2, ...detectors.map((d) => d.id.length));
  const categoryWidth = Math.max(8, ...detectors.map((d) => d.category.length));
  const columns = terminalOf(io).columns;
  const lead = idWidth + categoryWidth + 14;
  const lines: string[] = [];
  if (columns - lead >= 30) {
    lines.push(`${'ID'.padEnd(idWidth)}  ${'CATEGORY'.padEnd(categoryWidth)}  SEVERITY  DESCRIPTION`);
    for (const d of detectors) lines.push(`${d.id.padEnd(idWidth)}  ${d.category.padEnd(categoryWidth)}  ${d.severity.padEnd(8)}  ${hanging(d.description, columns, lead, 0)}`);
  } else {
    // Too narrow for a table: each description under its detector.
    for (const d of detectors) {
      const head = `${d.id}  ${d.category}  ${d.severity}`;
      lines.push(head.length <= columns ? head : `${d.id}\n    ${d.category}  ${d.severity}`, hanging(d.description, columns, 4));
    }
  }
  lines.push('', `${detectors.length} detector${detectors.length === 1 ? '' : 's'}`);
  io.stdout(`${lines.join('\n')}\n`);
  return Promise.resolve(0);
}
