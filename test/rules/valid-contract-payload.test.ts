import rule from '../../rules/valid-contract-payload.js';
import {
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
  validateRequest,
  validateResponse,
  type ContractError,
} from '../../src/contract/index.js';
import { runLanguages, runTs } from '../rule-tester.js';

/** A value as TS source: unquoted keys, single-quoted strings, two-space indent. */
function literal(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${literal(v, inner)},`).join('\n')}\n${indent}]`;
  if (value !== null && typeof value === 'object') {
    return `{\n${Object.entries(value).map(([k, v]) => `${inner}${k}: ${literal(v, inner)},`).join('\n')}\n${indent}}`;
  }
  return typeof value === 'string' ? `'${value}'` : String(value);
}

const REQUEST = `export const request = ${literal(exampleOperatingAutomationRequest())};\n`;
const RESPONSE = `export const response = ${literal(exampleOperatingAutomationResponse())};\n`;

/** `code` with the first `from` replaced by `to` (which must be there). */
function edit(code: string, from: string, to: string): string {
  if (!code.includes(from)) throw new Error(`not in the code: ${from}`);
  return code.replace(from, to);
}

/** 1-based line and column of the first `needle` in `code`, and the column just past it. */
function at(code: string, needle: string, occurrence = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = code.indexOf(needle, index + 1);
  if (index === -1) throw new Error(`not in the code: ${needle}`);
  const before = code.slice(0, index).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  const lines = needle.split('\n');
  const endLine = line + lines.length - 1;
  const endColumn = lines.length === 1 ? column + needle.length : (lines.at(-1)?.length ?? 0) + 1;
  return { line, column, endLine, endColumn };
}

/** The validator's message for the error at `path` of `value`. */
function messageFor(errors: readonly ContractError[], path: string, code: string): string {
  const error = errors.find((e) => e.path === path && e.code === code);
  if (!error) throw new Error(`the validator reports no ${code} at ${path}: ${JSON.stringify(errors)}`);
  return error.message;
}

const request = (): Record<string, unknown> => exampleOperatingAutomationRequest() as unknown as Record<string, unknown>;
const response = (): Record<string, unknown> => exampleOperatingAutomationResponse() as unknown as Record<string, unknown>;
type Json = Record<string, unknown>;
const summaryOf = (value: Json): Json => (value.payload as Json).summary as Json;
const payloadOf = (value: Json): Json => value.payload as Json;

// A response whose summary says license_telemetry_sync_status instead of license_telemetry_status.
const misspelled = (() => {
  const value = response();
  const summary = summaryOf(value);
  const renamed = Object.fromEntries(Object.entries(summary).map(([k, v]) => [k === 'license_telemetry_status' ? 'license_telemetry_sync_status' : k, v]));
  (value.payload as Json).summary = renamed;
  return validateResponse(value).errors;
})();
const MISSPELLED = edit(RESPONSE, 'license_telemetry_status', 'license_telemetry_sync_status');

const emptyChecks = (() => {
  const value = request();
  payloadOf(value).required_checks = [];
  return validateRequest(value).errors;
})();
const unknownCheck = (() => {
  const value = request();
  (payloadOf(value).required_checks as string[])[0] = 'billing_monitor';
  return validateRequest(value).errors;
})();
const badStatus = (() => {
  const value = response();
  value.status = 'pending';
  return validateResponse(value).errors;
})();
const noCorrelation = (() => {
  const value = request();
  delete value.correlation_id;
  return validateRequest(value).errors;
})();
const badOperation = (() => {
  const value = request();
  value.operation = 'saas_operating_automaton';
  return validateRequest(value).errors;
})();

const invalid = (kind: string, message: string) => ({ messageId: 'invalidPayload' as const, data: { kind, message } });

runTs('valid-contract-payload', rule, {
  valid: [
    REQUEST,
    RESPONSE,
    { code: REQUEST.replace('export const request =', 'export const request: unknown ='), filename: 'src/example.ts' },
    `${REQUEST.replace(/;\n$/u, '')} as const;\n`,
    // Values that are not literals are not judged; a spread may supply missing keys.
    edit(REQUEST, "tenant_id: 'tenant-demo'", 'tenant_id: tenantId'),
    edit(edit(REQUEST, "schema_version: 'cavra.saas_control_plane.request.v1'", 'schema_version: REQUEST_SCHEMA_VERSION'), "correlation_id: 'saas-example',", '...ids,'),
    "const request = { schema_version: REQUEST_SCHEMA_VERSION, operation: OPERATION, tenant_id: 'tenant-demo' };",
    // Other operations share the envelope but not this contract.
    "const request = { schema_version: 'cavra.saas_control_plane.request.v1', operation: 'tenant_status', tenant_id: 'tenant-demo' };",
    // A mention of the operation is not an envelope.
    "const routes = { operation: 'saas_operating_automation', handler: run };",
    "const describe = { schema_version: 'cavra.saas_control_plane.contract.v1', operations: [] };",
  ],
  invalid: [
    {
      code: MISSPELLED,
      errors: [
        // The summary lacks the real key: reported at the summary's key.
        { ...invalid('response', messageFor(misspelled, 'payload.summary.license_telemetry_status', 'missing_key')), ...at(MISSPELLED, 'summary') },
        {
          ...invalid('response', messageFor(misspelled, 'payload.summary.license_telemetry_sync_status', 'unknown_key')),
          ...at(MISSPELLED, "license_telemetry_sync_status: 'automated'"),
          suggestions: [
            {
              messageId: 'renameKey' as const,
              data: { from: 'license_telemetry_sync_status', to: 'license_telemetry_status' },
              output: RESPONSE,
            },
          ],
        },
      ],
    },
    (() => {
      const code = edit(REQUEST, "'billing_monitoring',\n", "'billing_monitor',\n");
      return { code, errors: [{ ...invalid('request', messageFor(unknownCheck, 'payload.required_checks[0]', 'unknown_check')), ...at(code, "'billing_monitor'") }] };
    })(),
    (() => {
      const code = REQUEST.replace(/required_checks: \[[^\]]*\]/u, 'required_checks: []');
      return { code, errors: [{ ...invalid('request', messageFor(emptyChecks, 'payload.required_checks', 'empty_list')), ...at(code, 'required_checks: []') }] };
    })(),
    (() => {
      const code = edit(RESPONSE, "status: 'requires_private_service'", "status: 'pending'");
      return { code, errors: [{ ...invalid('response', messageFor(badStatus, 'status', 'invalid_enum')), ...at(code, "status: 'pending'") }] };
    })(),
    (() => {
      // A missing key of the envelope itself is reported at its opening brace.
      const code = edit(REQUEST, "  correlation_id: 'saas-example',\n", '');
      return { code, errors: [{ ...invalid('request', messageFor(noCorrelation, 'correlation_id', 'missing_key')), ...at(code, '{') }] };
    })(),
    (() => {
      const code = edit(REQUEST, "operation: 'saas_operating_automation'", "operation: 'saas_operating_automaton'");
      return { code, errors: [{ ...invalid('request', messageFor(badOperation, 'operation', 'invalid_enum')), ...at(code, "operation: 'saas_operating_automaton'") }] };
    })(),
    (() => {
      // JSON-style quoted keys keep their quotes when renamed.
      const code = "const response = { \"schema_version\": 'cavra.saas_control_plane.response.v1', \"stauts\": 'accepted' };";
      const { errors } = validateResponse({ schema_version: 'cavra.saas_control_plane.response.v1', stauts: 'accepted' });
      return {
        code,
        errors: [
          ...['operation', 'status', 'message', 'correlation_id', 'private_implementation_required', 'payload'].map((key) => ({
            ...invalid('response', messageFor(errors, key, 'missing_key')),
            line: 1,
            column: 18,
            endLine: 1,
            endColumn: 19,
          })),
          {
            ...invalid('response', messageFor(errors, 'stauts', 'unknown_key')),
            ...at(code, "\"stauts\": 'accepted'"),
            suggestions: [{ messageId: 'renameKey' as const, data: { from: '"stauts"', to: 'status' }, output: code.replace('"stauts"', '"status"') }],
          },
        ],
      };
    })(),
  ],
});

runLanguages('valid-contract-payload (JSON, Markdown)', rule, {
  valid: [
    { code: JSON.stringify({ ...request(), status: 'nope' }), filename: 'examples/request.json', language: 'json/json' },
    { code: `# Example\n\n\`\`\`ts\n${REQUEST}\`\`\`\n`, filename: 'docs/example.md', language: 'markdown/gfm' },
  ],
  invalid: [],
});
