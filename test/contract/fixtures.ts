/**
 * Shared fixture table: every case is run through the TypeScript validators
 * and through the JSON Schemas, which must agree on it.
 *
 * Sensitive-looking values are assembled at run time with `joined()` so that
 * this file never holds a whole token for the repository's own scanner to find.
 */
import {
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
  buildOperatingAutomationRequest,
  buildOperatingAutomationResponse,
} from '../../src/contract/index.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Joins parts so that no complete token appears in the source. */
export const joined = (...parts: string[]): string => parts.join('');

/** Token-like values, each of which the validators must reject anywhere. */
export const SENSITIVE_VALUES: Readonly<Record<string, string>> = {
  stripe: joined('sk_', 'live_', '4eC39HqLyjWDarjtT1zdp7dc'),
  slack: joined('xo', 'xb-', '2400000000-2400000000-AbCdEfGhIjKlMnOpQrStUv'),
  github: joined('gh', 'p_', 'R7kq2Lm9Xw4Tz8Yb3Nc6Vd1Pf5Hg0Js7Ka2Q'),
  aws: joined('AK', 'IA', 'Z3MPLE7QR2VW5XY4'),
  pem: joined('-----', 'BEGIN RSA PRIVATE KEY-----'),
  slackWebhook: joined('https://hooks.', 'slack.com/services/T0AB1CD2E/B0FG3HI4J/q9w8e7r6t5y4u3i2o1p0'),
  bearer: joined('Bear', 'er ', 'f81d4fae7dec11d0a76500a0c91e6bf6'),
  jwt: joined('ey', 'JhbGciOiJIUzI1NiJ9', '.', 'ey', 'JzdWIiOiJ0ZW5hbnQtNDIifQ', '.', 'c2lnbmF0dXJlLXBhcnQ'),
  dbUrl: joined('postgres://', 'billing:', 'Hunter2Pass', '@db.acme-prod.io/billing'),
  email: joined('jane.doe', '@', 'acme-industries.com'),
};

export interface Fixture {
  readonly name: string;
  readonly kind: 'request' | 'response';
  readonly value: unknown;
  readonly valid: boolean;
  /** A path that the TypeScript validator's errors must name. */
  readonly path?: string;
}

const request = (): JsonObject => exampleOperatingAutomationRequest() as unknown as JsonObject;
const response = (): JsonObject => exampleOperatingAutomationResponse() as unknown as JsonObject;

const at = (value: JsonObject, ...keys: string[]): JsonObject =>
  keys.reduce<JsonObject>((node, key) => node[key] as JsonObject, value);

/** A copy of `base()` changed by `edit`. */
function edited(base: () => JsonObject, edit: (value: JsonObject) => void): JsonObject {
  const value = base();
  edit(value);
  return value;
}

const req = (name: string, valid: boolean, edit: (v: JsonObject) => void, path?: string): Fixture => ({
  name,
  kind: 'request',
  value: edited(request, edit),
  valid,
  ...(path === undefined ? {} : { path }),
});

const res = (name: string, valid: boolean, edit: (v: JsonObject) => void, path?: string): Fixture => ({
  name,
  kind: 'response',
  value: edited(response, edit),
  valid,
  ...(path === undefined ? {} : { path }),
});

const keep = (): void => undefined;

export const FIXTURES: readonly Fixture[] = [
  // Requests CAVRA emits.
  req("CAVRA's documented example request", true, keep),
  { name: 'builder request with defaults', kind: 'request', value: buildOperatingAutomationRequest('tenant-demo'), valid: true },
  req('a subset of the checks, custom scope and cadence', true, (v) => {
    at(v, 'payload').required_checks = ['escalation_drill', 'billing_monitoring'];
    at(v, 'payload').automation_scope = 'pilot-tenants';
    at(v, 'payload').automation_cadence = 'every 6 hours';
  }),
  req('a generated 12-hex correlation id', true, (v) => {
    v.correlation_id = 'saas-0a1b2c3d4e5f';
  }),
  req('repeated check ids, which CAVRA passes through', true, (v) => {
    at(v, 'payload').required_checks = ['closeout_retry', 'closeout_retry'];
  }),
  req('a contact at a reserved example domain', true, (v) => {
    v.requested_by = 'ops@tenant-demo.example.invalid';
  }),

  // CAVRA's own rejections.
  req('empty required_checks', false, (v) => {
    at(v, 'payload').required_checks = [];
  }, 'payload.required_checks'),
  req('operation of another kind', false, (v) => {
    v.operation = 'tenant_status';
  }, 'operation'),
  req('sensitive key in the payload', false, (v) => {
    at(v, 'payload').api_key = 'pending';
  }, 'payload.api_key'),
  req('sensitive value in the cadence', false, (v) => {
    at(v, 'payload').automation_cadence = SENSITIVE_VALUES.bearer ?? '';
  }, 'payload.automation_cadence'),
  req('sensitive value in the tenant id', false, (v) => {
    v.tenant_id = SENSITIVE_VALUES.slack ?? '';
  }, 'tenant_id'),

  // Stricter than CAVRA.
  req('unknown check id', false, (v) => {
    at(v, 'payload').required_checks = ['billing_monitoring', 'license_telemetry'];
  }, 'payload.required_checks[1]'),
  req('misspelled payload key', false, (v) => {
    const payload = at(v, 'payload');
    payload.required_check = payload.required_checks ?? null;
    delete payload.required_checks;
  }, 'payload.required_check'),
  req('unknown envelope key', false, (v) => {
    v.priority = 'high';
  }, 'priority'),
  req('missing tenant_id', false, (v) => {
    delete v.tenant_id;
  }, 'tenant_id'),
  req('blank tenant_id', false, (v) => {
    v.tenant_id = '   ';
  }, 'tenant_id'),
  req('tenant_id of the wrong type', false, (v) => {
    v.tenant_id = 42;
  }, 'tenant_id'),
  req('required_checks of the wrong type', false, (v) => {
    at(v, 'payload').required_checks = 'billing_monitoring';
  }, 'payload.required_checks'),
  req('payload of the wrong type', false, (v) => {
    v.payload = [];
  }, 'payload'),
  req('response schema_version on a request', false, (v) => {
    v.schema_version = 'cavra.saas_control_plane.response.v1';
  }, 'schema_version'),
  req('future schema_version', false, (v) => {
    v.schema_version = 'cavra.saas_control_plane.request.v2';
  }, 'schema_version'),
  req('correlation id without the saas- prefix', false, (v) => {
    v.correlation_id = 'req-0a1b2c3d4e5f';
  }, 'correlation_id'),
  req('correlation id in upper case', false, (v) => {
    v.correlation_id = 'saas-0A1B2C3D4E5F';
  }, 'correlation_id'),
  req('bare saas- correlation id', false, (v) => {
    v.correlation_id = 'saas-';
  }, 'correlation_id'),
  req('private_implementation_required false', false, (v) => {
    v.private_implementation_required = false;
  }, 'private_implementation_required'),
  req('changed request automation_boundary', false, (v) => {
    at(v, 'payload').automation_boundary = 'public request shape only';
  }, 'payload.automation_boundary'),
  req('a real-looking email as requester', false, (v) => {
    v.requested_by = SENSITIVE_VALUES.email ?? '';
  }, 'requested_by'),
  { name: 'an array instead of a request', kind: 'request', value: [request()], valid: false, path: '$' },
  { name: 'null instead of a request', kind: 'request', value: null, valid: false, path: '$' },

  // Responses CAVRA emits.
  res("CAVRA's documented example response", true, keep),
  {
    name: 'builder response with defaults',
    kind: 'response',
    value: buildOperatingAutomationResponse(buildOperatingAutomationRequest('tenant-demo')),
    valid: true,
  },
  res('accepted status and no blockers', true, (v) => {
    v.status = 'accepted';
    at(v, 'payload', 'summary').blockers = [];
  }),
  res('a blocker naming a reserved-domain contact', true, (v) => {
    at(v, 'payload', 'summary').blockers = ['billing owner pending (owner@example.invalid)', 'see sample://runbook'];
  }),

  // CAVRA's own rejections.
  res('invalid automation status', false, (v) => {
    at(v, 'payload', 'summary').automation_status = 'done';
  }, 'payload.summary.automation_status'),
  res('invalid check status', false, (v) => {
    at(v, 'payload', 'summary').escalation_drill_status = 'BLOCKED';
  }, 'payload.summary.escalation_drill_status'),
  res('invalid response status', false, (v) => {
    v.status = 'ok';
  }, 'status'),
  res('response of another operation', false, (v) => {
    v.operation = 'evidence_export';
  }, 'operation'),
  res('sensitive key deep in the summary', false, (v) => {
    at(v, 'payload', 'summary').customer_email = 'owner@example.invalid';
  }, 'payload.summary.customer_email'),
  ...Object.entries(SENSITIVE_VALUES).map(([kind, value]) =>
    res(`sensitive value in a blocker (${kind})`, false, (v) => {
      at(v, 'payload', 'summary').blockers = ['escalation drill owner pending', `rotate ${value} first`];
    }, 'payload.summary.blockers[1]'),
  ),

  // Stricter than CAVRA.
  res('license_telemetry_sync_status instead of license_telemetry_status', false, (v) => {
    const summary = at(v, 'payload', 'summary');
    summary.license_telemetry_sync_status = summary.license_telemetry_status ?? null;
    delete summary.license_telemetry_status;
  }, 'payload.summary.license_telemetry_sync_status'),
  res('missing blockers', false, (v) => {
    delete at(v, 'payload', 'summary').blockers;
  }, 'payload.summary.blockers'),
  res('blockers not an array', false, (v) => {
    at(v, 'payload', 'summary').blockers = 'escalation drill owner pending';
  }, 'payload.summary.blockers'),
  res('a blocker of the wrong type', false, (v) => {
    at(v, 'payload', 'summary').blockers = [7];
  }, 'payload.summary.blockers[0]'),
  res('changed message', false, (v) => {
    v.message = 'SaaS operating automation requires private services.';
  }, 'message'),
  res('changed next_step', false, (v) => {
    at(v, 'payload').next_step = 'See docs/';
  }, 'payload.next_step'),
  res('changed summary automation_boundary', false, (v) => {
    at(v, 'payload', 'summary').automation_boundary = 'private';
  }, 'payload.summary.automation_boundary'),
  res('reordered private_modules_required', false, (v) => {
    const modules = at(v, 'payload').private_modules_required as Json[];
    at(v, 'payload').private_modules_required = [...modules].reverse();
  }, 'payload.private_modules_required'),
  res('private_validation_required false', false, (v) => {
    at(v, 'payload', 'summary').private_validation_required = false;
  }, 'payload.summary.private_validation_required'),
  res('private_implementation_required as a string', false, (v) => {
    v.private_implementation_required = 'true';
  }, 'private_implementation_required'),
  res('request schema_version on a response', false, (v) => {
    v.schema_version = 'cavra.saas_control_plane.request.v1';
  }, 'schema_version'),
  res('correlation id that looks like a token', false, (v) => {
    v.correlation_id = joined('saas-', 'xo', 'xb-', '2400000000-abcdefghij');
  }, 'correlation_id'),
  res('summary missing', false, (v) => {
    delete at(v, 'payload').summary;
  }, 'payload.summary'),
];

/** Segments of a dot path such as `payload.summary.blockers`. */
const segments = (path: string): string[] => path.split('.');

/** Reads the value at a dot path of a JSON document. */
export function getPath(doc: object, path: string): unknown {
  return segments(path).reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
    doc,
  );
}

function parentOf(doc: object, path: string): [Record<string, unknown>, string] {
  const keys = segments(path);
  const last = keys.pop() ?? '';
  const parent = keys.length === 0 ? doc : getPath(doc, keys.join('.'));
  if (typeof parent !== 'object' || parent === null) throw new Error(`no object at ${keys.join('.')}`);
  return [parent as Record<string, unknown>, last];
}

/** Sets the value at a dot path of a JSON document, in place. */
export function setPath(doc: object, path: string, value: unknown): void {
  const [parent, key] = parentOf(doc, path);
  parent[key] = value;
}

/** Deletes the key at a dot path of a JSON document, in place. */
export function deletePath(doc: object, path: string): void {
  const [parent, key] = parentOf(doc, path);
  delete parent[key];
}

/** Renames the key at a dot path, keeping its value. */
export function renamePath(doc: object, path: string, newKey: string): void {
  const [parent, key] = parentOf(doc, path);
  parent[newKey] = parent[key];
  delete parent[key];
}
