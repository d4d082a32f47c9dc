import { A as REQUEST_SCHEMA_VERSION, C as DEFAULT_RESPONSE_STATUS, D as OPERATING_AUTOMATION_OPERATION, E as OPERATING_AUTOMATION_NEXT_STEP, F as BOUNDARY_CATEGORIES, H as hashKeyFromEnv, I as BOUNDARY_CATEGORY_IDS, L as BOUNDARY_MAY_CONTAIN, M as RESPONSE_STATUSES, N as SAAS_OPERATIONS, O as PRIVATE_MODULES_REQUIRED, P as SUMMARY_AUTOMATION_BOUNDARY, R as BOUNDARY_MUST_NOT_CONTAIN, S as DEFAULT_REQUESTED_BY, T as OPERATING_AUTOMATION_MESSAGE, _ as CORRELATION_ID_PATTERN, b as DEFAULT_AUTOMATION_SCOPE, c as validateRequest, g as CORRELATION_ID_ACCEPTED_PATTERN, h as CONTRACT_SCHEMA_VERSION, j as RESPONSE_SCHEMA_VERSION, k as REQUEST_AUTOMATION_BOUNDARY, l as validateResponse, m as CHECK_STATUS_FIELDS, p as AUTOMATION_STATUSES, r as Engine, s as validateContractDocument$1, t as catalog, u as identityErrors, v as CORRELATION_ID_PREFIX, w as OPERATING_AUTOMATION_CHECKS, x as DEFAULT_AUTOMATION_STATUS, y as DEFAULT_AUTOMATION_CADENCE } from "./patterns-Bwfr1uKA.js";
import { resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { readFile } from "node:fs/promises";
// dist/src/contract/errors.js
/** Thrown by the builders when their input would make a payload that the validators reject. */
var ContractValidationError = class extends Error {
	/** Every error found, as the validators report them. */
	errors;
	constructor(errors) {
		super(errors.map((error) => error.message).join("; "));
		this.name = "ContractValidationError";
		this.errors = Object.freeze([...errors]);
	}
};
// dist/src/contract/builders.js
/**
* Builders with CAVRA's defaults. Keys are emitted in CAVRA's order, and the
* output is checked by the validators, so a builder never returns a payload
* that the validators (or CAVRA) would reject.
*/
/** A new correlation id: `saas-` followed by 12 random lower-case hex digits. */
function newCorrelationId() {
	return `${CORRELATION_ID_PREFIX}${randomBytes(6).toString("hex")}`;
}
/**
* Builds a `saas_operating_automation` request for `tenantId`.
* @throws {ContractValidationError} when an option makes an invalid request
*   (empty or unknown `requiredChecks`, blank text, sensitive values, …).
*/
function buildOperatingAutomationRequest(tenantId, opts = {}) {
	const request = {
		schema_version: REQUEST_SCHEMA_VERSION,
		operation: OPERATING_AUTOMATION_OPERATION,
		tenant_id: tenantId,
		requested_by: opts.requestedBy ?? "community",
		correlation_id: opts.correlationId ?? newCorrelationId(),
		private_implementation_required: true,
		payload: {
			automation_scope: opts.automationScope ?? "trial-to-paid-customer-scale",
			automation_cadence: opts.automationCadence ?? "daily",
			required_checks: [...opts.requiredChecks ?? OPERATING_AUTOMATION_CHECKS],
			automation_boundary: REQUEST_AUTOMATION_BOUNDARY
		}
	};
	const { valid, errors } = validateRequest(request);
	if (!valid) throw new ContractValidationError(errors);
	return request;
}
/**
* Builds the response to `request`, copying its correlation id, tenant, scope
* and cadence.
* @throws {ContractValidationError} when `request` is of another operation or
*   invalid, or when an option makes an invalid response (unknown status,
*   sensitive blocker text, …).
*/
function buildOperatingAutomationResponse(request, opts = {}) {
	if (request.operation !== "saas_operating_automation") throw new ContractValidationError([{
		path: "operation",
		code: "operation_mismatch",
		message: `operation must be ${OPERATING_AUTOMATION_OPERATION}: cannot build a ${OPERATING_AUTOMATION_OPERATION} response for a request of another operation`
	}]);
	const requestCheck = validateRequest(request);
	if (!requestCheck.valid) throw new ContractValidationError(requestCheck.errors);
	const status = (value) => value ?? "unknown";
	const response = {
		schema_version: RESPONSE_SCHEMA_VERSION,
		operation: OPERATING_AUTOMATION_OPERATION,
		status: opts.status ?? "requires_private_service",
		message: OPERATING_AUTOMATION_MESSAGE,
		correlation_id: request.correlation_id,
		private_implementation_required: true,
		payload: {
			summary: {
				tenant_id: request.tenant_id,
				automation_status: status(opts.automationStatus),
				billing_monitoring_status: status(opts.billingMonitoringStatus),
				license_telemetry_status: status(opts.licenseTelemetryStatus),
				support_followup_status: status(opts.supportFollowupStatus),
				customer_success_review_status: status(opts.customerSuccessReviewStatus),
				dashboard_refresh_status: status(opts.dashboardRefreshStatus),
				escalation_drill_status: status(opts.escalationDrillStatus),
				closeout_retry_status: status(opts.closeoutRetryStatus),
				automation_scope: request.payload.automation_scope,
				automation_cadence: request.payload.automation_cadence,
				blockers: [...opts.blockers ?? []],
				private_validation_required: true,
				automation_boundary: SUMMARY_AUTOMATION_BOUNDARY
			},
			private_modules_required: [...PRIVATE_MODULES_REQUIRED],
			next_step: OPERATING_AUTOMATION_NEXT_STEP
		}
	};
	const { valid, errors } = validateResponse(response, request);
	if (!valid) throw new ContractValidationError(errors);
	return response;
}
// dist/src/contract/examples.js
/**
* CAVRA's documented synthetic example and the contract description, like
* CAVRA's `describe_public_contract()`. Every call returns fresh objects, so a
* caller may change them freely.
*/
/** Tenant of CAVRA's documented example. */
const EXAMPLE_TENANT_ID = "tenant-demo";
/** Requester of CAVRA's documented example. */
const EXAMPLE_REQUESTED_BY = "console";
/** Correlation id of CAVRA's documented example (not 12 hex digits, hence the validators' wider pattern). */
const EXAMPLE_CORRELATION_ID = "saas-example";
/** Blockers of CAVRA's documented example response. */
const EXAMPLE_BLOCKERS = Object.freeze(["escalation drill owner pending"]);
/** CAVRA's documented example request. */
function exampleOperatingAutomationRequest() {
	return buildOperatingAutomationRequest(EXAMPLE_TENANT_ID, {
		requestedBy: EXAMPLE_REQUESTED_BY,
		correlationId: EXAMPLE_CORRELATION_ID
	});
}
/** CAVRA's documented example response, answering {@link exampleOperatingAutomationRequest}. */
function exampleOperatingAutomationResponse() {
	return buildOperatingAutomationResponse(exampleOperatingAutomationRequest(), {
		automationStatus: "scheduled",
		billingMonitoringStatus: "enabled",
		licenseTelemetryStatus: "automated",
		supportFollowupStatus: "ready",
		customerSuccessReviewStatus: "scheduled",
		dashboardRefreshStatus: "automated",
		escalationDrillStatus: "blocked",
		closeoutRetryStatus: "enabled",
		blockers: EXAMPLE_BLOCKERS
	});
}
/** Describes the public contract: versions, vocabulary, defaults, fixed texts and the Boundary. */
function describeContract() {
	return {
		schema_version: CONTRACT_SCHEMA_VERSION,
		operation: OPERATING_AUTOMATION_OPERATION,
		operations: [...SAAS_OPERATIONS],
		request_schema_version: REQUEST_SCHEMA_VERSION,
		response_schema_version: RESPONSE_SCHEMA_VERSION,
		response_statuses: [...RESPONSE_STATUSES],
		default_response_status: DEFAULT_RESPONSE_STATUS,
		required_checks: [...OPERATING_AUTOMATION_CHECKS],
		automation_statuses: [...AUTOMATION_STATUSES],
		default_automation_status: DEFAULT_AUTOMATION_STATUS,
		check_status_fields: { ...CHECK_STATUS_FIELDS },
		defaults: {
			requested_by: DEFAULT_REQUESTED_BY,
			automation_scope: DEFAULT_AUTOMATION_SCOPE,
			automation_cadence: DEFAULT_AUTOMATION_CADENCE
		},
		correlation_id: {
			prefix: CORRELATION_ID_PREFIX,
			generated_pattern: CORRELATION_ID_PATTERN.source,
			accepted_pattern: CORRELATION_ID_ACCEPTED_PATTERN.source
		},
		fixed_texts: {
			request_automation_boundary: REQUEST_AUTOMATION_BOUNDARY,
			summary_automation_boundary: SUMMARY_AUTOMATION_BOUNDARY,
			message: OPERATING_AUTOMATION_MESSAGE,
			next_step: OPERATING_AUTOMATION_NEXT_STEP
		},
		private_modules_required: [...PRIVATE_MODULES_REQUIRED],
		private_implementation_required: true,
		boundary: {
			may_contain: [...BOUNDARY_MAY_CONTAIN],
			must_not_contain: [...BOUNDARY_MUST_NOT_CONTAIN],
			categories: BOUNDARY_CATEGORY_IDS.map((id) => ({ ...BOUNDARY_CATEGORIES[id] }))
		}
	};
}
// dist/src/index.js
/**
* Library API of @cavra/boundary-guard: the detection engine, the detector
* catalog, and the contract types and validators the rules reference.
*/
let defaultEngine;
const engine = () => {
	if (!defaultEngine) {
		const hashKey = hashKeyFromEnv();
		defaultEngine = new Engine(catalog, hashKey !== void 0 ? { hashKey } : {});
	}
	return defaultEngine;
};
/**
* Runs the detection engine over one string value of a contract payload: each
* finding becomes a contract error at the value's path (masked, never the value).
*/
function scanContractValue(value, path) {
	return engine().scanText(value, {
		path: "contract-payload.json",
		syntax: "text"
	}).findings.map((finding) => ({
		path,
		code: `boundary:${finding.ruleId}`,
		message: `${path || "$"} holds a ${finding.category} value (${finding.ruleId}: ${finding.preview}); the Boundary keeps it out of public payloads`
	}));
}
const withEngine = (options) => ({
	...options,
	scanValue: options?.scanValue ?? scanContractValue
});
/**
* Adds the identity values that follow neither CAVRA's synthetic conventions
* nor the engine's registry (`boundary:contract-identity-field`), as the
* scanner reports them in a payload.
*/
function withIdentities(result, value, kind) {
	const registry = engine().registry;
	const seen = new Set(result.errors.map((e) => `${e.code}\u0000${e.path}`));
	const added = identityErrors(value, (v) => registry.match(v) !== void 0, kind).filter((e) => !seen.has(`${e.code}\u0000${e.path}`));
	if (added.length === 0) return result;
	return {
		valid: false,
		errors: [...result.errors, ...added]
	};
}
/**
* `validateContractDocument` of the contract module, with the detection engine
* run over every string value and the identity fields judged by the synthetic
* conventions (what `boundary-guard contract validate` prints).
*/
function validateContractDocument(value, options) {
	return withIdentities(validateContractDocument$1(value, withEngine(options)), value);
}
// dist/src/cli/contract.js
/**
* `boundary-guard contract …`: the contract's CLI surface, mirroring CAVRA's
* `cavra saas operating-automation`. Prints JSON with a 2-space indent.
*/
const PROGRAM = "boundary-guard contract";
/** A bad flag, argument or value: exit 2 with the usage line. */
var UsageError = class extends Error {};
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
const sortedList = (values) => [...values].sort().join(", ");
const HELP_OPTION = { help: {
	type: "boolean",
	short: "h"
} };
const REQUEST_OPTIONS = {
	"requested-by": { type: "string" },
	"automation-scope": { type: "string" },
	"automation-cadence": { type: "string" },
	"required-check": {
		type: "string",
		multiple: true
	},
	"correlation-id": { type: "string" }
};
const STATUS_FLAGS = [
	[
		"automation-status",
		"automationStatus",
		"automation_status"
	],
	[
		"billing-monitoring-status",
		"billingMonitoringStatus",
		"billing_monitoring_status"
	],
	[
		"license-telemetry-status",
		"licenseTelemetryStatus",
		"license_telemetry_status"
	],
	[
		"support-followup-status",
		"supportFollowupStatus",
		"support_followup_status"
	],
	[
		"customer-success-review-status",
		"customerSuccessReviewStatus",
		"customer_success_review_status"
	],
	[
		"dashboard-refresh-status",
		"dashboardRefreshStatus",
		"dashboard_refresh_status"
	],
	[
		"escalation-drill-status",
		"escalationDrillStatus",
		"escalation_drill_status"
	],
	[
		"closeout-retry-status",
		"closeoutRetryStatus",
		"closeout_retry_status"
	]
];
const RESPONSE_OPTIONS = {
	...REQUEST_OPTIONS,
	...Object.fromEntries(STATUS_FLAGS.map(([flag]) => [flag, { type: "string" }])),
	blocker: {
		type: "string",
		multiple: true
	}
};
/** Which flag or argument set the value at a contract path, for error messages. */
function sourceOf(path) {
	for (const [pattern, source] of [
		[/^tenant_id$/u, "TENANT_ID"],
		[/^requested_by$/u, "--requested-by"],
		[/^correlation_id$/u, "--correlation-id"],
		[/^payload\.automation_scope$/u, "--automation-scope"],
		[/^payload\.automation_cadence$/u, "--automation-cadence"],
		[/^payload\.required_checks/u, "--required-check"],
		[/^payload\.summary\.blockers/u, "--blocker"]
	]) if (pattern.test(path)) return source;
	const status = STATUS_FLAGS.find(([, , field]) => path === `payload.summary.${field}`);
	return status ? `--${status[0]}` : path;
}
const text = (values, name) => {
	const value = values[name];
	return typeof value === "string" ? value : void 0;
};
const texts = (values, name) => {
	const value = values[name];
	return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
};
const isStatus = (value) => AUTOMATION_STATUSES.includes(value);
const isCheck = (value) => OPERATING_AUTOMATION_CHECKS.includes(value);
function tenantOf(positionals) {
	const [tenant, ...extra] = positionals;
	if (tenant === void 0) throw new UsageError("missing TENANT_ID");
	if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra.join(" ")}`);
	return tenant;
}
function requestOptions(values) {
	const options = {};
	const requestedBy = text(values, "requested-by");
	const scope = text(values, "automation-scope");
	const cadence = text(values, "automation-cadence");
	const correlationId = text(values, "correlation-id");
	if (requestedBy !== void 0) options.requestedBy = requestedBy;
	if (scope !== void 0) options.automationScope = scope;
	if (cadence !== void 0) options.automationCadence = cadence;
	if (correlationId !== void 0) options.correlationId = correlationId;
	const checks = texts(values, "required-check");
	if (checks.length > 0) {
		const unknown = checks.find((check) => !isCheck(check));
		if (unknown !== void 0) throw new UsageError(`--required-check ${JSON.stringify(unknown)}: must be one of: ${sortedList(OPERATING_AUTOMATION_CHECKS)}`);
		options.requiredChecks = checks.filter(isCheck);
	}
	return options;
}
function responseOptions(values) {
	const options = {};
	for (const [flag, option] of STATUS_FLAGS) {
		const value = text(values, flag);
		if (value === void 0) continue;
		if (!isStatus(value)) throw new UsageError(`--${flag} ${JSON.stringify(value)}: must be one of: ${sortedList(AUTOMATION_STATUSES)}`);
		options[option] = value;
	}
	const blockers = texts(values, "blocker");
	if (blockers.length > 0) options.blockers = blockers;
	return options;
}
/** Runs a builder, turning its validation errors into usage errors that name the flag. */
function built(build) {
	try {
		return build();
	} catch (error) {
		if (!(error instanceof ContractValidationError)) throw error;
		throw new UsageError(error.errors.map((e) => {
			const source = sourceOf(e.path);
			return source === e.path ? e.message : `invalid ${source}: ${e.message}`;
		}).join("; "));
	}
}
function buildRequest(values, positionals) {
	const tenant = tenantOf(positionals);
	const options = requestOptions(values);
	return built(() => buildOperatingAutomationRequest(tenant, options));
}
const STATUS_USAGE = STATUS_FLAGS.map(([flag]) => `[--${flag} STATUS]`).join(" ");
const REQUEST_USAGE = "[--requested-by X] [--automation-scope X] [--automation-cadence X] [--required-check ID ...] [--correlation-id ID]";
const REQUEST_DETAILS = `Options:
  --requested-by X          requester (default: community)
  --automation-scope X      scope (default: trial-to-paid-customer-scale)
  --automation-cadence X    free-text cadence (default: daily)
  --required-check ID       a check to require; repeat for several (default: all seven)
                            ${OPERATING_AUTOMATION_CHECKS.join(", ")}
  --correlation-id ID       "saas-" + lower-case letters, digits or hyphens (default: saas- + 12 random hex)
  -h, --help                show this help`;
const SUBCOMMANDS = [
	{
		name: "describe",
		usage: `Usage: ${PROGRAM} describe`,
		details: "Prints the public contract: schema versions, checks, statuses, fixed texts, private modules and the Boundary.",
		options: {},
		action: (_values, positionals, io) => {
			if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(" ")}`);
			io.stdout(json(describeContract()));
			return Promise.resolve(0);
		}
	},
	{
		name: "example",
		usage: `Usage: ${PROGRAM} example [request|response]`,
		details: "Prints CAVRA's documented synthetic example: the request, the response, or both as {request, response}.",
		options: {},
		action: (_values, positionals, io) => {
			const [which, ...extra] = positionals;
			if (extra.length > 0) throw new UsageError(`unexpected argument: ${extra.join(" ")}`);
			if (which === void 0) io.stdout(json({
				request: exampleOperatingAutomationRequest(),
				response: exampleOperatingAutomationResponse()
			}));
			else if (which === "request") io.stdout(json(exampleOperatingAutomationRequest()));
			else if (which === "response") io.stdout(json(exampleOperatingAutomationResponse()));
			else throw new UsageError(`expected request or response, not ${JSON.stringify(which)}`);
			return Promise.resolve(0);
		}
	},
	{
		name: "request",
		usage: `Usage: ${PROGRAM} request TENANT_ID ${REQUEST_USAGE}`,
		details: `Builds a saas_operating_automation request with CAVRA's defaults.\n\n${REQUEST_DETAILS}`,
		options: REQUEST_OPTIONS,
		action: (values, positionals, io) => {
			io.stdout(json(buildRequest(values, positionals)));
			return Promise.resolve(0);
		}
	},
	{
		name: "response",
		usage: `Usage: ${PROGRAM} response TENANT_ID ${STATUS_USAGE} [--blocker TEXT ...] ${REQUEST_USAGE}`,
		details: `Builds a request and the response that answers it; prints {request, response}.

Status flags (each defaults to unknown; STATUS is one of ${sortedList(AUTOMATION_STATUSES)}):
${STATUS_FLAGS.map(([flag]) => `  --${flag} STATUS`).join("\n")}
  --blocker TEXT            a blocker; repeat for several

${REQUEST_DETAILS}`,
		options: RESPONSE_OPTIONS,
		action: (values, positionals, io) => {
			const request = buildRequest(values, positionals);
			const options = responseOptions(values);
			const response = built(() => buildOperatingAutomationResponse(request, options));
			io.stdout(json({
				request,
				response
			}));
			return Promise.resolve(0);
		}
	},
	{
		name: "validate",
		usage: `Usage: ${PROGRAM} validate FILE... (or - for stdin)`,
		details: `Validates request, response or {request, response} documents.
Exit 0 when all are valid; 1 when any is invalid, printing each error as
"FILE: path: message"; 2 when a file cannot be read or is not JSON.`,
		options: {},
		action: validateFiles
	}
];
const STDIN_NAME = "<stdin>";
/** Line and column (1-based) of a character offset. */
function lineColumn(source, offset) {
	const before = source.slice(0, offset);
	return `line ${before.split("\n").length} column ${offset - before.lastIndexOf("\n")}`;
}
/** Why JSON.parse failed, without quoting the input: it may hold a secret. */
function jsonFailure(error, source) {
	if (source.trim() === "") return "not valid JSON: the input is empty";
	const message = error instanceof Error ? error.message : "";
	const position = /at position (\d+)/u.exec(message);
	const where = position?.[1] === void 0 ? "" : ` at ${lineColumn(source, Number(position[1]))}`;
	const reason = message.startsWith("Unexpected token") ? "unexpected token" : message.replace(/\s*in JSON at position.*$/u, "").replace(/\s*\(line \d+ column \d+\)$/u, "") || "syntax error";
	return `not valid JSON: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}${where}`;
}
const READ_FAILURES = {
	ENOENT: "no such file",
	EISDIR: "is a directory",
	EACCES: "permission denied",
	EPERM: "permission denied"
};
async function load(name, io, stdin) {
	let source;
	try {
		if (name === "-") {
			if (!io.stdin) return {
				ok: false,
				reason: "cannot read: standard input is not available"
			};
			stdin.text ??= io.stdin();
			source = await stdin.text;
		} else source = await readFile(resolve(io.cwd, name), "utf8");
	} catch (error) {
		const code = error?.code ?? "";
		return {
			ok: false,
			reason: `cannot read: ${READ_FAILURES[code] ?? (code || "read error")}`
		};
	}
	source = source.replace(/^\uFEFF/u, "");
	try {
		return {
			ok: true,
			value: JSON.parse(source)
		};
	} catch (error) {
		return {
			ok: false,
			reason: jsonFailure(error, source)
		};
	}
}
async function validateFiles(_values, positionals, io) {
	if (positionals.length === 0) throw new UsageError("missing FILE (use - for standard input)");
	let code = 0;
	const stdin = {};
	for (const name of positionals) {
		const label = name === "-" ? STDIN_NAME : name;
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
const CONTRACT_USAGE = `Usage: ${PROGRAM} <${SUBCOMMANDS.map((s) => s.name).join("|")}> [options]`;
function contractHelp() {
	return `${CONTRACT_USAGE}

The saas_operating_automation contract of CAVRA's SaaS control plane.

Commands:
${SUBCOMMANDS.map((s) => `  ${s.usage.replace(`Usage: ${PROGRAM} `, "")}`).join("\n")}

Run '${PROGRAM} COMMAND --help' for a command's options.
`;
}
/** Prints `PREFIX: message`, the usage line and where to find help; exit code 2. */
function usageError(io, prefix, usage, message) {
	io.stderr(`${prefix}: ${message}\n${usage}\nRun '${prefix} --help' for details.\n`);
	return 2;
}
/** Node's parseArgs messages, shortened, with a suggestion for a mistyped flag. */
function parseFailure(error, options) {
	const message = error instanceof Error ? error.message : String(error);
	const unknown = /^Unknown option '([^']+)'/u.exec(message);
	if (unknown?.[1] === void 0) return message;
	const flag = unknown[1];
	const near = Object.keys(options).find((name) => {
		const typed = flag.replace(/^-+/u, "");
		return name.startsWith(typed) || typed.startsWith(name);
	});
	return `unknown option ${flag}${near === void 0 ? "" : ` (did you mean --${near}?)`}`;
}
/**
* Runs `boundary-guard contract ARGV…`. Returns 0 on success, 1 when
* `validate` finds an invalid document, 2 on a usage or input error.
*/
async function runContract(argv, io) {
	const [name, ...rest] = argv;
	if (name === void 0) return usageError(io, PROGRAM, CONTRACT_USAGE, "missing command");
	if (name === "--help" || name === "-h" || name === "help") {
		io.stdout(contractHelp());
		return 0;
	}
	const sub = SUBCOMMANDS.find((s) => s.name === name);
	if (!sub) return usageError(io, PROGRAM, CONTRACT_USAGE, `unknown command ${JSON.stringify(name)}`);
	const options = {
		...sub.options,
		...HELP_OPTION
	};
	let values;
	let positionals;
	try {
		({values, positionals} = parseArgs({
			args: rest,
			options,
			strict: true,
			allowPositionals: true
		}));
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
export { runContract };
