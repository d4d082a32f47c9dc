/**
 * Validators for unknown JSON against the `saas_operating_automation`
 * contract. They report every error with its JSON path, are stricter than
 * CAVRA where CAVRA is loose (unknown check ids, unknown keys, summary versus
 * request), and accept every payload CAVRA emits.
 */
import {
  CHECK_STATUS_FIELDS,
  OPERATING_AUTOMATION_CHECKS,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  SAAS_OPERATIONS,
} from './constants.js';
import type { ContractErrorCode } from './errors.js';
import { findSensitiveValue, isSensitiveKey } from './sensitive.js';
import { CORRELATION_ID_SOURCE, NON_BLANK_SOURCE, REQUEST_SPEC, RESPONSE_SPEC } from './spec.js';
import type { FieldSpec, ObjectSpec } from './spec.js';
import type {
  ContractError,
  ContractValidateOptions,
  ContractValidationResult,
  OperatingAutomationRequest,
  OperatingAutomationResponse,
} from './types.js';

/** Options of {@link validateContractDocument}. */
export interface ContractDocumentValidateOptions extends ContractValidateOptions {
  /** Request to cross-check a lone response against (a `{request, response}` pair brings its own). */
  request?: unknown;
}

type JsonObject = Record<string, unknown>;

const CORRELATION_ID = new RegExp(CORRELATION_ID_SOURCE, 'u');
const NON_BLANK = new RegExp(NON_BLANK_SOURCE, 'u');
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/u;
const ROOT = '$';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sorted = (values: readonly string[]): string => [...values].sort().join(', ');

/** Path of `key` under `parent`; keys that look like secrets are not echoed. */
function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (findSensitiveValue(key) !== undefined) return `${parent}[<redacted key>]`;
  const segment = PLAIN_KEY.test(key) ? key : `[${JSON.stringify(key)}]`;
  if (parent === '') return segment;
  return segment.startsWith('[') ? `${parent}${segment}` : `${parent}.${segment}`;
}

const shown = (path: string): string => (path === '' ? ROOT : path);

class Report {
  readonly errors: ContractError[] = [];
  private readonly seen = new Set<string>();

  add(path: string, code: ContractErrorCode, message: string): void {
    this.push(path, code, message);
  }

  private push(path: string, code: string, message: string): void {
    const error = { path: shown(path), message, code };
    const id = JSON.stringify(error);
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.errors.push(error);
  }

  addAll(errors: readonly ContractError[]): void {
    for (const error of errors) this.push(error.path === ROOT ? '' : error.path, error.code, error.message);
  }

  result(): ContractValidationResult {
    return { valid: this.errors.length === 0, errors: this.errors };
  }
}

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/** The candidate nearest to `word`, when it is near enough to be a plausible misspelling. */
function nearestKey(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.ceil(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

const didYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `; did you mean ${suggestion}?`;

interface WalkContext {
  readonly report: Report;
  /** Message for a missing key, when a cross-check knows better than "is required". */
  readonly missing?: (path: string) => { code: ContractErrorCode; message: string } | undefined;
}

function checkString(value: unknown, path: string, ctx: WalkContext): value is string {
  if (typeof value === 'string') return true;
  ctx.report.add(path, 'wrong_type', `${shown(path)} must be a string`);
  return false;
}

function checkField(value: unknown, spec: FieldSpec, path: string, ctx: WalkContext): void {
  const p = shown(path);
  switch (spec.kind) {
    case 'schema_version':
      if (value !== spec.value) ctx.report.add(path, 'schema_version', `${p} must be ${spec.value}`);
      return;
    case 'operation':
      if (!checkString(value, path, ctx)) return;
      if (!(SAAS_OPERATIONS as readonly string[]).includes(value)) {
        ctx.report.add(path, 'invalid_enum', `${p} must be one of: ${sorted(SAAS_OPERATIONS)}`);
      } else if (value !== spec.value) {
        ctx.report.add(
          path,
          'unsupported_operation',
          `${p} must be ${spec.value}: ${value} is a SaaS control-plane operation, but this contract covers ${spec.value} only`,
        );
      }
      return;
    case 'fixed_text':
      if (checkString(value, path, ctx) && value !== spec.value) {
        ctx.report.add(path, 'fixed_text', `${p} must be CAVRA's fixed text: "${spec.value}"`);
      }
      return;
    case 'fixed_list': {
      if (!Array.isArray(value)) {
        ctx.report.add(path, 'wrong_type', `${p} must be an array`);
        return;
      }
      const same = value.length === spec.values.length && value.every((item, i) => item === spec.values[i]);
      if (!same) ctx.report.add(path, 'fixed_text', `${p} must be CAVRA's fixed list, in order: ${spec.values.join(', ')}`);
      return;
    }
    case 'true':
      if (typeof value !== 'boolean') ctx.report.add(path, 'wrong_type', `${p} must be a boolean (true)`);
      else if (!value) ctx.report.add(path, 'invalid_value', `${p} must be true`);
      return;
    case 'enum':
      if (checkString(value, path, ctx) && !spec.values.includes(value)) {
        // Suggest for check ids only: a status message stays CAVRA's exact wording.
        const hint = spec.code === 'unknown_check' ? didYouMean(nearestKey(value, spec.values)) : '';
        ctx.report.add(path, spec.code, `${p} must be one of: ${sorted(spec.values)}${hint}`);
      }
      return;
    case 'text':
      if (checkString(value, path, ctx) && !NON_BLANK.test(value)) {
        ctx.report.add(path, 'empty_string', `${p} must not be empty`);
      }
      return;
    case 'correlation_id':
      if (checkString(value, path, ctx) && !CORRELATION_ID.test(value)) {
        ctx.report.add(
          path,
          'correlation_id',
          `${p} must be "saas-" followed by lower-case letters, digits or hyphens, e.g. saas-0123456789ab or saas-example`,
        );
      }
      return;
    case 'list':
      if (!Array.isArray(value)) {
        ctx.report.add(path, 'wrong_type', `${p} must be an array`);
        return;
      }
      if (value.length < spec.minItems) ctx.report.add(path, 'empty_list', `${p} must not be empty`);
      value.forEach((item, i) => {
        checkField(item, spec.items, childPath(path, i), ctx);
      });
      return;
    case 'object':
      checkObject(value, spec, path, ctx);
      return;
  }
}

function checkObject(value: unknown, spec: ObjectSpec, path: string, ctx: WalkContext): void {
  if (!isObject(value)) {
    ctx.report.add(path, 'wrong_type', `${shown(path)} must be an object`);
    return;
  }
  const expected = Object.keys(spec.fields);
  for (const [key, field] of Object.entries(spec.fields)) {
    const child = childPath(path, key);
    if (Object.hasOwn(value, key)) {
      checkField(value[key], field, child, ctx);
      continue;
    }
    const special = ctx.missing?.(child);
    if (special) ctx.report.add(child, special.code, special.message);
    else ctx.report.add(child, 'missing_key', `${child} is required`);
  }
  const absent = expected.filter((key) => !Object.hasOwn(value, key));
  for (const key of Object.keys(value)) {
    // Sensitive keys are reported by the sensitive scan, once.
    if (expected.includes(key) || isSensitiveKey(key) || findSensitiveValue(key) !== undefined) continue;
    const child = childPath(path, key);
    const suggestion = nearestKey(key, absent) ?? nearestKey(key, expected);
    ctx.report.add(child, 'unknown_key', `${child} is not a key of ${shown(path)}${didYouMean(suggestion)}`);
  }
}

/** Sensitive keys and values anywhere in the document, then the caller's own scan. */
function scanSensitive(value: unknown, path: string, report: Report, options: ContractValidateOptions): void {
  if (typeof value === 'string') {
    const found = findSensitiveValue(value);
    if (found) {
      report.add(
        path,
        'sensitive_value',
        `${shown(path)} looks like ${found.description}; sensitive values never belong in a public payload`,
      );
    }
    if (options.scanValue) report.addAll(options.scanValue(value, shown(path)));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      scanSensitive(item, childPath(path, i), report, options);
    });
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const keyPath = childPath(path, key);
    const tokenLike = findSensitiveValue(key);
    if (tokenLike) {
      report.add(keyPath, 'sensitive_value', `a key of ${shown(path)} looks like ${tokenLike.description}; sensitive values never belong in a public payload`);
    } else if (isSensitiveKey(key)) {
      report.add(
        keyPath,
        'sensitive_key',
        `${keyPath} is a sensitive key: credentials, keys and customer data never belong in a public payload`,
      );
    }
    scanSensitive(child, keyPath, report, options);
  }
}

/** Field of `request` when it is a string, for cross-checks that tolerate a malformed request. */
function stringAt(source: unknown, ...keys: string[]): string | undefined {
  let current = source;
  for (const key of keys) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return typeof current === 'string' ? current : undefined;
}

const STATUS_FIELD_TO_CHECK = new Map<string, string>(
  OPERATING_AUTOMATION_CHECKS.map((check) => [CHECK_STATUS_FIELDS[check], check]),
);

function requestedChecks(request: unknown): Set<string> {
  const payload = isObject(request) ? request.payload : undefined;
  const checks = isObject(payload) ? payload.required_checks : undefined;
  return new Set(Array.isArray(checks) ? checks.filter((c): c is string => typeof c === 'string') : []);
}

function crossCheck(response: unknown, request: unknown, base: string, report: Report): void {
  if (!isObject(response)) return;
  const at = (...keys: string[]): string => keys.reduce<string>((p, k) => childPath(p, k), base);
  const operation = stringAt(request, 'operation');
  const answered = stringAt(response, 'operation');
  if (operation !== undefined && answered !== undefined && operation !== answered) {
    const named = (SAAS_OPERATIONS as readonly string[]).includes(operation) ? ` (${operation})` : '';
    report.add(
      at('operation'),
      'operation_mismatch',
      `${at('operation')} must match the request's operation${named}: a response cannot answer a request of another operation`,
    );
  }
  const pairs: [string[], string[]][] = [
    [['correlation_id'], ['correlation_id']],
    [['payload', 'summary', 'tenant_id'], ['tenant_id']],
    [['payload', 'summary', 'automation_scope'], ['payload', 'automation_scope']],
    [['payload', 'summary', 'automation_cadence'], ['payload', 'automation_cadence']],
  ];
  for (const [responseKeys, requestKeys] of pairs) {
    const expected = stringAt(request, ...requestKeys);
    const actual = stringAt(response, ...responseKeys);
    if (expected !== undefined && actual !== undefined && expected !== actual) {
      report.add(at(...responseKeys), 'request_mismatch', `${at(...responseKeys)} must equal the request's ${requestKeys.join('.')}`);
    }
  }
}

function missingCheckStatus(request: unknown, base: string): WalkContext['missing'] {
  const checks = requestedChecks(request);
  const summary = childPath(childPath(base, 'payload'), 'summary');
  return (path) => {
    if (!path.startsWith(`${summary}.`)) return undefined;
    const check = STATUS_FIELD_TO_CHECK.get(path.slice(summary.length + 1));
    if (check === undefined || !checks.has(check)) return undefined;
    return {
      code: 'missing_check_status',
      message: `${path} is required: the request lists ${check} in required_checks`,
    };
  };
}

function requestInto(value: unknown, base: string, report: Report): void {
  checkObject(value, REQUEST_SPEC, base, { report });
}

function responseInto(value: unknown, request: unknown, base: string, report: Report): void {
  const missing = request === undefined ? undefined : missingCheckStatus(request, base);
  checkObject(value, RESPONSE_SPEC, base, missing ? { report, missing } : { report });
  if (request !== undefined) crossCheck(value, request, base, report);
}

function checkGivenRequest(request: unknown, report: Report): void {
  if (request !== undefined && !isObject(request)) {
    report.add('', 'wrong_type', 'the request to cross-check the response against must be an object');
  }
}

/**
 * Validates unknown JSON as a `saas_operating_automation` request: shape,
 * types, enum values, fixed texts, correlation id and sensitive content.
 */
export function validateRequest(value: unknown, options: ContractValidateOptions = {}): ContractValidationResult {
  const report = new Report();
  requestInto(value, '', report);
  scanSensitive(value, '', report, options);
  return report.result();
}

/**
 * Validates unknown JSON as a `saas_operating_automation` response. Given the
 * request it answers, also checks that the operation, correlation id, tenant,
 * scope and cadence match and that no requested check's status is missing.
 */
export function validateResponse(
  value: unknown,
  request?: unknown,
  options: ContractValidateOptions = {},
): ContractValidationResult {
  const report = new Report();
  checkGivenRequest(request, report);
  responseInto(value, request, '', report);
  scanSensitive(value, '', report, options);
  return report.result();
}

/**
 * Validates a contract document of either kind, chosen by its `schema_version`,
 * or a `{ "request": …, "response": … }` pair as the CLI prints it (the
 * response is then cross-checked against the request).
 */
export function validateContractDocument(
  value: unknown,
  options: ContractDocumentValidateOptions = {},
): ContractValidationResult {
  const report = new Report();
  if (!isObject(value)) {
    report.add('', 'wrong_type', `${ROOT} must be a JSON object`);
    return report.result();
  }
  if (!Object.hasOwn(value, 'schema_version') && (Object.hasOwn(value, 'request') || Object.hasOwn(value, 'response'))) {
    checkPair(value, report);
  } else if (value.schema_version === REQUEST_SCHEMA_VERSION) {
    requestInto(value, '', report);
  } else if (value.schema_version === RESPONSE_SCHEMA_VERSION) {
    checkGivenRequest(options.request, report);
    responseInto(value, options.request, '', report);
  } else if (Object.hasOwn(value, 'schema_version')) {
    report.add(
      'schema_version',
      'schema_version',
      `schema_version must be one of: ${sorted([REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION])}`,
    );
  } else {
    report.add('schema_version', 'missing_key', 'schema_version is required');
  }
  scanSensitive(value, '', report, options);
  return report.result();
}

function checkPair(value: JsonObject, report: Report): void {
  for (const key of ['request', 'response']) {
    if (!Object.hasOwn(value, key)) report.add(key, 'missing_key', `${key} is required`);
  }
  if (Object.hasOwn(value, 'request')) requestInto(value.request, 'request', report);
  if (Object.hasOwn(value, 'response')) responseInto(value.response, value.request, 'response', report);
  for (const key of Object.keys(value)) {
    if (key === 'request' || key === 'response' || isSensitiveKey(key) || findSensitiveValue(key) !== undefined) continue;
    const path = childPath('', key);
    const suggestion = nearestKey(key, ['request', 'response']);
    report.add(path, 'unknown_key', `${path} is not a key of ${ROOT}${didYouMean(suggestion)}`);
  }
}

/** True when `value` is a valid `saas_operating_automation` request. */
export function isOperatingAutomationRequest(value: unknown): value is OperatingAutomationRequest {
  return validateRequest(value).valid;
}

/** True when `value` is a valid `saas_operating_automation` response. */
export function isOperatingAutomationResponse(value: unknown): value is OperatingAutomationResponse {
  return validateResponse(value).valid;
}
