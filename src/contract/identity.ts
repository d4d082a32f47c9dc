/**
 * What a payload of CAVRA's SaaS control plane may say about who it is for:
 * the identity fields of the eleven operations' envelopes, the synthetic
 * conventions their values follow in a public tree, the contract's own
 * vocabulary (never a finding), and how a scanner reports a payload that
 * breaks them. Data only: the engine applies it with its registry.
 */
import type { BoundaryCategory } from './categories.js';
import {
  AUTOMATION_STATUSES,
  CHECK_STATUS_FIELDS,
  CONTRACT_SCHEMA_VERSION,
  DEFAULT_AUTOMATION_CADENCE,
  DEFAULT_AUTOMATION_SCOPE,
  DEFAULT_REQUESTED_BY,
  OPERATING_AUTOMATION_CHECKS,
  OPERATING_AUTOMATION_MESSAGE,
  OPERATING_AUTOMATION_NEXT_STEP,
  PRIVATE_MODULES_REQUIRED,
  REQUEST_AUTOMATION_BOUNDARY,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  RESPONSE_STATUSES,
  SAAS_OPERATIONS,
  SUMMARY_AUTOMATION_BOUNDARY,
  type SaaSOperation,
} from './constants.js';

/** Prefix shared by the control plane's schema versions. */
export const CONTROL_PLANE_SCHEMA_PREFIX = 'cavra.saas_control_plane.';

/** Ids of the synthetic conventions an identity value follows. */
export type IdentityConventionId = 'tenant' | 'requester' | 'correlation' | 'contact';

/** One synthetic convention: the values CAVRA's examples use for one kind of identity. */
export interface IdentityConvention {
  readonly id: IdentityConventionId;
  /** Values accepted as they are. */
  readonly values: readonly string[];
  /** Prefixes a value may start with (`tenant-demo-`, `sample://`). */
  readonly prefixes: readonly string[];
  /** Email domains of synthetic contacts. */
  readonly emailDomains: readonly string[];
  /** How a message names the convention. */
  readonly description: string;
}

/** Synthetic references (`sample://…`, `evidence://…`) are accepted in every identity field. */
export const SYNTHETIC_REFERENCE_PREFIXES = Object.freeze(['sample://', 'evidence://'] as const);

/** Domain of CAVRA's synthetic contacts. */
export const SYNTHETIC_CONTACT_DOMAIN = 'example.invalid';

const convention = (
  id: IdentityConventionId,
  values: readonly string[],
  prefixes: readonly string[],
  description: string,
  emailDomains: readonly string[] = [],
): IdentityConvention => Object.freeze({ id, values, prefixes: [...prefixes, ...SYNTHETIC_REFERENCE_PREFIXES], emailDomains, description });

/** CAVRA's synthetic-example conventions, by identity kind. */
export const IDENTITY_CONVENTIONS: Readonly<Record<IdentityConventionId, IdentityConvention>> = Object.freeze({
  tenant: convention('tenant', ['tenant-demo'], ['tenant-demo-'], 'tenant-demo, tenant-demo-*'),
  requester: convention(
    'requester',
    ['console', DEFAULT_REQUESTED_BY, 'cli'],
    [],
    `console, community, cli or a contact at ${SYNTHETIC_CONTACT_DOMAIN}`,
    [SYNTHETIC_CONTACT_DOMAIN],
  ),
  correlation: convention('correlation', ['saas-example'], ['saas-example-'], 'saas-example, saas-example-*'),
  contact: convention('contact', [], [], `a contact at ${SYNTHETIC_CONTACT_DOMAIN}`, [SYNTHETIC_CONTACT_DOMAIN]),
});

/** Identity fields of one envelope: key path → convention. */
export type IdentityFields = Readonly<Record<string, IdentityConventionId>>;

/** The identity fields of an operation's request and response envelopes. */
export interface OperationEnvelope {
  readonly operation: SaaSOperation;
  readonly request: IdentityFields;
  readonly response: IdentityFields;
}

/** Every envelope of the control plane carries these identities. */
const REQUEST_IDENTITIES: IdentityFields = { tenant_id: 'tenant', requested_by: 'requester', correlation_id: 'correlation' };
const RESPONSE_IDENTITIES: IdentityFields = { correlation_id: 'correlation' };

/** Identities a payload adds beyond the envelope, by operation (CAVRA publishes the operating-automation payload). */
const PAYLOAD_IDENTITIES: Partial<Record<SaaSOperation, { request?: IdentityFields; response?: IdentityFields }>> = {
  saas_operating_automation: { response: { 'payload.summary.tenant_id': 'tenant' } },
};

/** The eleven operations' envelopes, with their identity fields. */
export const OPERATION_ENVELOPES: Readonly<Record<SaaSOperation, OperationEnvelope>> = Object.freeze(
  Object.fromEntries(
    SAAS_OPERATIONS.map((operation) => [
      operation,
      Object.freeze({
        operation,
        request: { ...REQUEST_IDENTITIES, ...PAYLOAD_IDENTITIES[operation]?.request },
        response: { ...RESPONSE_IDENTITIES, ...PAYLOAD_IDENTITIES[operation]?.response },
      }),
    ]),
  ) as Record<SaaSOperation, OperationEnvelope>,
);

/**
 * Keys that hold an identity wherever they sit in a payload, for the payloads
 * of operations whose shape CAVRA does not publish: a tenant, a requester, a
 * correlation id, and contacts (keys ending in `email`).
 */
export const IDENTITY_KEYS: Readonly<Record<string, IdentityConventionId>> = Object.freeze({
  tenant_id: 'tenant',
  requested_by: 'requester',
  correlation_id: 'correlation',
});

/** The convention of the field at `path` (dotted, `[n]` for items) of an envelope, if it is an identity. */
export function identityConventionAt(
  path: string,
  envelope: { kind: 'request' | 'response'; operation?: string | undefined },
): IdentityConvention | undefined {
  const declared = (SAAS_OPERATIONS as readonly string[]).includes(envelope.operation ?? '')
    ? OPERATION_ENVELOPES[envelope.operation as SaaSOperation][envelope.kind]
    : envelope.kind === 'request'
      ? REQUEST_IDENTITIES
      : RESPONSE_IDENTITIES;
  const id = declared[path] ?? identityKeyConvention(path);
  return id === undefined ? undefined : IDENTITY_CONVENTIONS[id];
}

function identityKeyConvention(path: string): IdentityConventionId | undefined {
  const key = /(?:^|\.)([A-Za-z_$][\w$-]*)$/u.exec(path)?.[1];
  if (key === undefined) return undefined;
  if (Object.hasOwn(IDENTITY_KEYS, key)) return IDENTITY_KEYS[key];
  return /email$/iu.test(key) ? 'contact' : undefined;
}

/**
 * Identities that say who only beside another: a correlation id is an opaque
 * id, reported only when a tenant, requester or contact of the same envelope
 * is real (a generated `saas-` + 12 hex id in an otherwise synthetic example
 * is part of the example).
 */
export function isWeakIdentity(path: string): boolean {
  return /(?:^|\.)correlation_id$/u.test(path);
}

/** True when `value` follows `convention` by itself (the engine also accepts what its registry calls synthetic). */
export function followsConvention(value: string, identity: IdentityConvention): boolean {
  if (identity.values.includes(value)) return true;
  if (identity.prefixes.some((prefix) => value.startsWith(prefix) && value.length > prefix.length)) return true;
  const at = value.lastIndexOf('@');
  return at > 0 && identity.emailDomains.some((domain) => value.slice(at + 1).toLowerCase() === domain);
}

/** The message of an identity value that does not follow its convention. */
export function identityMessage(path: string, identity: IdentityConvention): string {
  return `${path} must follow the synthetic convention (${identity.description})`;
}

/**
 * The contract's own vocabulary: schema versions, operations, statuses, check
 * ids, status fields, fixed texts, labels and defaults. A payload, a schema, a
 * table or a document about the contract may hold any of them.
 */
export const CONTRACT_VOCABULARY: ReadonlySet<string> = new Set<string>([
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  CONTRACT_SCHEMA_VERSION,
  ...SAAS_OPERATIONS,
  ...RESPONSE_STATUSES,
  ...AUTOMATION_STATUSES,
  ...OPERATING_AUTOMATION_CHECKS,
  ...Object.values(CHECK_STATUS_FIELDS),
  ...PRIVATE_MODULES_REQUIRED,
  REQUEST_AUTOMATION_BOUNDARY,
  SUMMARY_AUTOMATION_BOUNDARY,
  OPERATING_AUTOMATION_MESSAGE,
  OPERATING_AUTOMATION_NEXT_STEP,
  DEFAULT_AUTOMATION_SCOPE,
  DEFAULT_AUTOMATION_CADENCE,
  DEFAULT_REQUESTED_BY,
  ...IDENTITY_CONVENTIONS.requester.values,
]);

/** The words of the vocabulary (`billing`, `telemetry`, `pending`…): a capitalised run of them names a check, not a person. */
export const CONTRACT_VOCABULARY_WORDS: ReadonlySet<string> = new Set(
  [...CONTRACT_VOCABULARY, 'escalation drill owner pending', 'saas control plane operating automation']
    .flatMap((term) => term.toLowerCase().split(/[^a-z]+/u))
    .filter((word) => word.length > 1),
);

/** How the scanner and the ESLint plugin report a payload: detector ids, categories and severities. */
export interface ContractFindingKind {
  readonly id: string;
  readonly name: string;
  readonly category: BoundaryCategory;
  readonly severity: 'error' | 'warning';
  readonly description: string;
}

/**
 * The findings of a recognised payload. All three are `customer-identifier`:
 * a payload example is a statement about a customer, and one category (one
 * ESLint rule, one `boundary-guard-allow customer-identifier`) covers the
 * payload's judgement; the detector ids tell the three apart, and a
 * structural error is a warning (it shows a drifted example, not a leak).
 */
export const CONTRACT_FINDINGS = Object.freeze({
  identity: Object.freeze({
    id: 'contract-identity-field',
    name: 'Contract identity field',
    category: 'customer-identifier',
    severity: 'error',
    description:
      "An identity field of a CAVRA control-plane payload (tenant_id, requested_by, correlation_id, summary.tenant_id) whose value does not follow the synthetic conventions: a real tenant, requester or correlation id in a public example.",
  }),
  freeText: Object.freeze({
    id: 'contract-free-text-name',
    name: 'Name in a contract payload',
    category: 'customer-identifier',
    severity: 'error',
    description: "A person's or company's name in a free-text field of a CAVRA control-plane payload (blockers, message, scope, cadence).",
  }),
  structure: Object.freeze({
    id: 'contract-payload-structure',
    name: 'Contract payload structure',
    category: 'customer-identifier',
    severity: 'warning',
    description:
      "A saas_operating_automation payload that breaks the contract's shape (unknown check, invalid status, misspelled field such as license_telemetry_sync_status), with the validator's message.",
  }),
} as const satisfies Record<string, ContractFindingKind>);

/** Schema versions of the envelopes a scanner judges (not the contract description). */
export function envelopeKindOf(schemaVersion: unknown): 'request' | 'response' | 'document' | undefined {
  if (typeof schemaVersion !== 'string' || !schemaVersion.startsWith(CONTROL_PLANE_SCHEMA_PREFIX)) return undefined;
  if (schemaVersion === REQUEST_SCHEMA_VERSION) return 'request';
  if (schemaVersion === RESPONSE_SCHEMA_VERSION) return 'response';
  return schemaVersion === CONTRACT_SCHEMA_VERSION ? undefined : 'document';
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The identity values of a request, a response or a `{request, response}`
 * pair that follow neither their convention nor `isSynthetic` (the engine's
 * registry, with the project's markers and entries), as contract errors with
 * the field's path and the convention. Never echoes the value.
 */
export function identityErrors(
  document: unknown,
  isSynthetic: (value: string) => boolean = () => false,
  kind?: 'request' | 'response',
): { path: string; code: string; message: string }[] {
  const errors: { path: string; code: string; message: string }[] = [];
  const check = (envelope: unknown, prefix: string, fallback: 'request' | 'response' | undefined): void => {
    if (!isObject(envelope)) return;
    const byVersion = envelopeKindOf(envelope.schema_version);
    const own = byVersion === 'request' || byVersion === 'response' ? byVersion : fallback;
    if (own === undefined) return;
    const operation = typeof envelope.operation === 'string' ? envelope.operation : undefined;
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
      else if (isObject(value)) for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}.${key}`);
      else if (typeof value === 'string' && value.trim() !== '') {
        const identity = identityConventionAt(path, { kind: own, operation });
        if (identity && !followsConvention(value, identity) && !CONTRACT_VOCABULARY.has(value) && !isSynthetic(value)) {
          const shown = `${prefix}${path}`;
          errors.push({ path: shown, code: `boundary:${CONTRACT_FINDINGS.identity.id}`, message: identityMessage(shown, identity) });
        }
      }
    };
    const start = errors.length;
    visit(envelope, '');
    // Weak identities (correlation ids) only beside a real one, as the scanner judges them.
    if (errors.slice(start).every((e) => isWeakIdentity(e.path))) errors.splice(start);
  };
  if (isObject(document) && !Object.hasOwn(document, 'schema_version') && (Object.hasOwn(document, 'request') || Object.hasOwn(document, 'response'))) {
    check(document.request, 'request.', 'request');
    check(document.response, 'response.', 'response');
  } else check(document, '', kind);
  return errors;
}
