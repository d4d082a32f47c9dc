/**
 * `boundary-guard contract …`: the contract's CLI surface, mirroring CAVRA's
 * `cavra saas operating-automation`. Prints JSON with a 2-space indent.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AUTOMATION_STATUSES,
  buildOperatingAutomationRequest,
  buildOperatingAutomationResponse,
  ContractValidationError,
  describeContract,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
  OPERATING_AUTOMATION_CHECKS,
} from '../contract/index.js';
// The library's validator also runs the detection engine over every string value.
import { validateContractDocument } from '../index.js';
import type {
  AutomationStatus,
  OperatingAutomationCheck,
  OperatingAutomationRequest,
  OperatingAutomationRequestOptions,
  OperatingAutomationResponseOptions,
} from '../contract/index.js';
import type { CliIo, ExitCode } from './io.js';

const PROGRAM = 'boundary-guard contract';

type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean; short?: string };
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Subcommand {
  readonly name: string;
  /** One line, printed with every usage error. */
  readonly usage: string;
  /** The rest of `--help`. */
  readonly details: string;
  readonly options: Record<string, OptionSpec>;
  readonly action: (values: Values, positionals: string[], io: CliIo) => Promise<ExitCode>;
}

/** A bad flag, argument or value: exit 2 with the usage line. */
class UsageError extends Error {}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const sortedList = (values: readonly string[]): string => [...values].sort().join(', ');

const HELP_OPTION: Record<string, OptionSpec> = { help: { type: 'boolean', short: 'h' } };

const REQUEST_OPTIONS: Record<string, OptionSpec> = {
  'requested-by': { type: 'string' },
  'automation-scope': { type: 'string' },
  'automation-cadence': { type: 'string' },
  'required-check': { type: 'string', multiple: true },
  'correlation-id': { type: 'string' },
};

const STATUS_FLAGS = [
  ['automation-status', 'automationStatus', 'automation_status'],
  ['billing-monitoring-status', 'billingMonitoringStatus', 'billing_monitoring_status'],
  ['license-telemetry-status', 'licenseTelemetryStatus', 'license_telemetry_status'],
  ['support-followup-status', 'supportFollowupStatus', 'support_followup_status'],
  ['customer-success-review-status', 'customerSuccessReviewStatus', 'customer_success_review_status'],
  ['dashboard-refresh-status', 'dashboardRefreshStatus', 'dashboard_refresh_status'],
  ['escalation-drill-status', 'escalationDrillStatus', 'escalation_drill_status'],
  ['closeout-retry-status', 'closeoutRetryStatus', 'closeout_retry_status'],
] as const satisfies readonly (readonly [string, keyof OperatingAutomationResponseOptions, string])[];

const RESPONSE_OPTIONS: Record<string, OptionSpec> = {
  ...REQUEST_OPTIONS,
  ...Object.fromEntries(STATUS_FLAGS.map(([flag]) => [flag, { type: 'string' } satisfies OptionSpec])),
  blocker: { type: 'string', multiple: true },
};

/** Which flag or argument set the value at a contract path, for error messages. */
function sourceOf(path: string): string {
  const fields: [RegExp, string][] = [
    [/^tenant_id$/u, 'TENANT_ID'],
    [/^requested_by$/u, '--requested-by'],
    [/^correlation_id$/u, '--correlation-id'],
    [/^payload\.automation_scope$/u, '--automation-scope'],
    [/^payload\.automation_cadence$/u, '--automation-cadence'],
    [/^payload\.required_checks/u, '--required-check'],
    [/^payload\.summary\.blockers/u, '--blocker'],
  ];
  for (const [pattern, source] of fields) if (pattern.test(path)) return source;
  const status = STATUS_FLAGS.find(([, , field]) => path === `payload.summary.${field}`);
  return status ? `--${status[0]}` : path;
}

const text = (values: Values, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

const texts = (values: Values, name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

const isStatus = (value: string): value is AutomationStatus => (AUTOMATION_STATUSES as readonly string[]).includes(value);
const isCheck = (value: string): value is OperatingAutomationCheck =>
  (OPERATING_AUTOMATION_CHECKS as readonly string[]).includes(value);

function tenantOf(positionals: string[]): string {
  const [tenant, ...extra] = positionals;
  if (tenant === undefined) throw new UsageError('missing TENANT_ID');
  if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra.join(' ')}`);
  return tenant;
}

function requestOptions(values: Values): OperatingAutomationRequestOptions {
  const options: OperatingAutomationRequestOptions = {};
  const requestedBy = text(values, 'requested-by');
  const scope = text(values, 'automation-scope');
  const cadence = text(values, 'automation-cadence');
  const correlationId = text(values, 'correlation-id');
  if (requestedBy !== undefined) options.requestedBy = requestedBy;
  if (scope !== undefined) options.automationScope = scope;
  if (cadence !== undefined) options.automationCadence = cadence;
  if (correlationId !== undefined) options.correlationId = correlationId;
  const checks = texts(values, 'required-check');
  if (checks.length > 0) {
    const unknown = checks.find((check) => !isCheck(check));
    if (unknown !== undefined) {
      throw new UsageError(
        `--required-check ${JSON.stringify(unknown)}: must be one of: ${sortedList(OPERATING_AUTOMATION_CHECKS)}`,
      );
    }
    options.requiredChecks = checks.filter(isCheck);
  }
  return options;
}

function responseOptions(values: Values): OperatingAutomationResponseOptions {
  const options: OperatingAutomationResponseOptions = {};
  for (const [flag, option] of STATUS_FLAGS) {
    const value = text(values, flag);
    if (value === undefined) continue;
    if (!isStatus(value)) {
      throw new UsageError(`--${flag} ${JSON.stringify(value)}: must be one of: ${sortedList(AUTOMATION_STATUSES)}`);
    }
    options[option] = value;
  }
  const blockers = texts(values, 'blocker');
  if (blockers.length > 0) options.blockers = blockers;
  return options;
}

/** Runs a builder, turning its validation errors into usage errors that name the flag. */
function built<T>(build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ContractValidationError)) throw error;
    const reasons = error.errors.map((e) => {
      const source = sourceOf(e.path);
      return source === e.path ? e.message : `invalid ${source}: ${e.message}`;
    });
    throw new UsageError(reasons.join('; '));
  }
}

function buildRequest(values: Values, positionals: string[]): OperatingAutomationRequest {
  const tenant = tenantOf(positionals);
  const options = requestOptions(values);
  return built(() => buildOperatingAutomationRequest(tenant, options));
}

const STATUS_USAGE = STATUS_FLAGS.map(([flag]) => `[--${flag} STATUS]`).join(' ');
const REQUEST_USAGE =
  '[--requested-by X] [--automation-scope X] [--automation-cadence X] [--required-check ID ...] [--correlation-id ID]';

const REQUEST_DETAILS = `Options:
  --requested-by X          requester (default: community)
  --automation-scope X      scope (default: trial-to-paid-customer-scale)
  --automation-cadence X    free-text cadence (default: daily)
  --required-check ID       a check to require; repeat for several (default: all seven)
                            ${OPERATING_AUTOMATION_CHECKS.join(', ')}
  --correlation-id ID       "saas-" + lower-case letters, digits or hyphens (default: saas- + 12 random hex)
  -h, --help                show this help`;

const SUBCOMMANDS: readonly Subcommand[] = [
  {
    name: 'describe',
    usage: `Usage: ${PROGRAM} describe`,
    details: 'Prints the public contract: schema versions, checks, statuses, fixed texts, private modules and the Boundary.',
    options: {},
    action: (_values, positionals, io) => {
      if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
      io.stdout(json(describeContract()));
      return Promise.resolve(0);
    },
  },
  {
    name: 'example',
    usage: `Usage: ${PROGRAM} example [request|response]`,
    details: "Prints CAVRA's documented synthetic example: the request, the response, or both as {request, response}.",
    options: {},
    action: (_values, positionals, io) => {
      const [which, ...extra] = positionals;
      if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra.join(' ')}`);
      if (which === undefined) {
        io.stdout(json({ request: exampleOperatingAutomationRequest(), response: exampleOperatingAutomationResponse() }));
      } else if (which === 'request') {
        io.stdout(json(exampleOperatingAutomationRequest()));
      } else if (which === 'response') {
        io.stdout(json(exampleOperatingAutomationResponse()));
      } else {
        throw new UsageError(`expected request or response, not ${JSON.stringify(which)}`);
      }
      return Promise.resolve(0);
    },
  },
  {
    name: 'request',
    usage: `Usage: ${PROGRAM} request TENANT_ID ${REQUEST_USAGE}`,
    details: `Builds a saas_operating_automation request with CAVRA's defaults.\n\n${REQUEST_DETAILS}`,
    options: REQUEST_OPTIONS,
    action: (values, positionals, io) => {
      io.stdout(json(buildRequest(values, positionals)));
      return Promise.resolve(0);
    },
  },
  {
    name: 'response',
    usage: `Usage: ${PROGRAM} response TENANT_ID ${STATUS_USAGE} [--blocker TEXT ...] ${REQUEST_USAGE}`,
    details: `Builds a request and the response that answers it; prints {request, response}.

Status flags (each defaults to unknown; STATUS is one of ${sortedList(AUTOMATION_STATUSES)}):
${STATUS_FLAGS.map(([flag]) => `  --${flag} STATUS`).join('\n')}
  --blocker TEXT            a blocker; repeat for several

${REQUEST_DETAILS}`,
    options: RESPONSE_OPTIONS,
    action: (values, positionals, io) => {
      const request = buildRequest(values, positionals);
      const options = responseOptions(values);
      const response = built(() => buildOperatingAutomationResponse(request, options));
      io.stdout(json({ request, response }));
      return Promise.resolve(0);
    },
  },
  {
    name: 'validate',
    usage: `Usage: ${PROGRAM} validate FILE... (or - for stdin)`,
    details: `Validates request, response or {request, response} documents.
Exit 0 when all are valid; 1 when any is invalid, printing each error as
"FILE: path: message"; 2 when a file cannot be read or is not JSON.`,
    options: {},
    action: validateFiles,
  },
];

const STDIN_NAME = '<stdin>';

type Loaded = { ok: true; value: unknown } | { ok: false; reason: string };

/** Line and column (1-based) of a character offset. */
function lineColumn(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line} column ${column}`;
}

/** Why JSON.parse failed, without quoting the input: it may hold a secret. */
function jsonFailure(error: unknown, source: string): string {
  if (source.trim() === '') return 'not valid JSON: the input is empty';
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/u.exec(message);
  const where = position?.[1] === undefined ? '' : ` at ${lineColumn(source, Number(position[1]))}`;
  const reason = message.startsWith('Unexpected token')
    ? 'unexpected token'
    : message.replace(/\s*in JSON at position.*$/u, '').replace(/\s*\(line \d+ column \d+\)$/u, '') || 'syntax error';
  return `not valid JSON: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}${where}`;
}

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

async function load(name: string, io: CliIo, stdin: { text?: Promise<string> }): Promise<Loaded> {
  let source: string;
  try {
    if (name === '-') {
      if (!io.stdin) return { ok: false, reason: 'cannot read: standard input is not available' };
      stdin.text ??= io.stdin();
      source = await stdin.text;
    } else {
      source = await readFile(resolve(io.cwd, name), 'utf8');
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
    return { ok: false, reason: `cannot read: ${READ_FAILURES[code] ?? (code || 'read error')}` };
  }
  source = source.replace(/^\uFEFF/u, '');
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    return { ok: false, reason: jsonFailure(error, source) };
  }
}

async function validateFiles(_values: Values, positionals: string[], io: CliIo): Promise<ExitCode> {
  if (positionals.length === 0) throw new UsageError('missing FILE (use - for standard input)');
  let code: ExitCode = 0;
  const stdin: { text?: Promise<string> } = {};
  for (const name of positionals) {
    const label = name === '-' ? STDIN_NAME : name;
    const loaded = await load(name, io, stdin);
    if (!loaded.ok) {
      io.stderr(`${label}: ${loaded.reason}\n`);
      code = 2;
      continue;
    }
    const { valid, errors } = validateContractDocument(loaded.value);
    if (valid) {
      io.stdout(`${label}: valid\n`);
      continue;
    }
    for (const error of errors) io.stdout(`${label}: ${error.path}: ${error.message}\n`);
    if (code === 0) code = 1;
  }
  return code;
}

const CONTRACT_USAGE = `Usage: ${PROGRAM} <${SUBCOMMANDS.map((s) => s.name).join('|')}> [options]`;

function contractHelp(): string {
  return `${CONTRACT_USAGE}

The saas_operating_automation contract of CAVRA's SaaS control plane.

Commands:
${SUBCOMMANDS.map((s) => `  ${s.usage.replace(`Usage: ${PROGRAM} `, '')}`).join('\n')}

Run '${PROGRAM} COMMAND --help' for a command's options.
`;
}

/** Prints `PREFIX: message`, the usage line and where to find help; exit code 2. */
function usageError(io: CliIo, prefix: string, usage: string, message: string): ExitCode {
  io.stderr(`${prefix}: ${message}\n${usage}\nRun '${prefix} --help' for details.\n`);
  return 2;
}

/** Node's parseArgs messages, shortened, with a suggestion for a mistyped flag. */
function parseFailure(error: unknown, options: Record<string, OptionSpec>): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/u.exec(message);
  if (unknown?.[1] === undefined) return message;
  const flag = unknown[1];
  const near = Object.keys(options).find((name) => {
    const typed = flag.replace(/^-+/u, '');
    return name.startsWith(typed) || typed.startsWith(name);
  });
  return `unknown option ${flag}${near === undefined ? '' : ` (did you mean --${near}?)`}`;
}

/**
 * Runs `boundary-guard contract ARGV…`. Returns 0 on success, 1 when
 * `validate` finds an invalid document, 2 on a usage or input error.
 */
export async function runContract(argv: string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined) return usageError(io, PROGRAM, CONTRACT_USAGE, 'missing command');
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(contractHelp());
    return 0;
  }
  const sub = SUBCOMMANDS.find((s) => s.name === name);
  if (!sub) return usageError(io, PROGRAM, CONTRACT_USAGE, `unknown command ${JSON.stringify(name)}`);

  const options = { ...sub.options, ...HELP_OPTION };
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: rest, options, strict: true, allowPositionals: true }));
  } catch (error) {
    return usageError(io, `${PROGRAM} ${sub.name}`, sub.usage, parseFailure(error, options));
  }
  if (values.help === true) {
    io.stdout(`${sub.usage}\n\n${sub.details}\n`);
    return 0;
  }
  try {
    return await sub.action(values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, `${PROGRAM} ${sub.name}`, sub.usage, error.message);
    throw error;
  }
}
