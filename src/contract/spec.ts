/**
 * One description of the request and response shapes, read by both the
 * TypeScript validators and the JSON Schema generator so that the two cannot
 * drift apart. Internal to src/contract.
 */
import {
  AUTOMATION_STATUSES,
  CORRELATION_ID_ACCEPTED_PATTERN,
  OPERATING_AUTOMATION_CHECKS,
  OPERATING_AUTOMATION_MESSAGE,
  OPERATING_AUTOMATION_NEXT_STEP,
  OPERATING_AUTOMATION_OPERATION,
  PRIVATE_MODULES_REQUIRED,
  REQUEST_AUTOMATION_BOUNDARY,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  RESPONSE_STATUSES,
  SUMMARY_AUTOMATION_BOUNDARY,
} from './constants.js';

export type FieldSpec =
  /** The envelope's schema version. */
  | { readonly kind: 'schema_version'; readonly value: string }
  /** The operation: any SaaSOperation is recognised, only this one is accepted. */
  | { readonly kind: 'operation'; readonly value: string }
  /** One of CAVRA's fixed texts. */
  | { readonly kind: 'fixed_text'; readonly value: string }
  /** CAVRA's fixed list of labels, in order. */
  | { readonly kind: 'fixed_list'; readonly values: readonly string[] }
  /** The literal `true`. */
  | { readonly kind: 'true' }
  | {
      readonly kind: 'enum';
      readonly values: readonly string[];
      readonly code: 'invalid_enum' | 'unknown_check';
      /** Name of the shared JSON Schema definition, when there is one. */
      readonly def?: string;
    }
  /** Free text that must not be blank. */
  | { readonly kind: 'text' }
  | { readonly kind: 'correlation_id' }
  | { readonly kind: 'list'; readonly items: FieldSpec; readonly minItems: number }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, FieldSpec>> };

export type ObjectSpec = Extract<FieldSpec, { kind: 'object' }>;

const text: FieldSpec = { kind: 'text' };
const status: FieldSpec = { kind: 'enum', values: AUTOMATION_STATUSES, code: 'invalid_enum', def: 'automation_status' };

/** Shape of a `saas_operating_automation` request, keys in CAVRA's order. */
export const REQUEST_SPEC: ObjectSpec = {
  kind: 'object',
  fields: {
    schema_version: { kind: 'schema_version', value: REQUEST_SCHEMA_VERSION },
    operation: { kind: 'operation', value: OPERATING_AUTOMATION_OPERATION },
    tenant_id: text,
    requested_by: text,
    correlation_id: { kind: 'correlation_id' },
    private_implementation_required: { kind: 'true' },
    payload: {
      kind: 'object',
      fields: {
        automation_scope: text,
        automation_cadence: text,
        required_checks: {
          kind: 'list',
          minItems: 1,
          items: { kind: 'enum', values: OPERATING_AUTOMATION_CHECKS, code: 'unknown_check' },
        },
        automation_boundary: { kind: 'fixed_text', value: REQUEST_AUTOMATION_BOUNDARY },
      },
    },
  },
};

/** Shape of a `saas_operating_automation` response, keys in CAVRA's order. */
export const RESPONSE_SPEC: ObjectSpec = {
  kind: 'object',
  fields: {
    schema_version: { kind: 'schema_version', value: RESPONSE_SCHEMA_VERSION },
    operation: { kind: 'operation', value: OPERATING_AUTOMATION_OPERATION },
    status: { kind: 'enum', values: RESPONSE_STATUSES, code: 'invalid_enum' },
    message: { kind: 'fixed_text', value: OPERATING_AUTOMATION_MESSAGE },
    correlation_id: { kind: 'correlation_id' },
    private_implementation_required: { kind: 'true' },
    payload: {
      kind: 'object',
      fields: {
        summary: {
          kind: 'object',
          fields: {
            tenant_id: text,
            automation_status: status,
            billing_monitoring_status: status,
            license_telemetry_status: status,
            support_followup_status: status,
            customer_success_review_status: status,
            dashboard_refresh_status: status,
            escalation_drill_status: status,
            closeout_retry_status: status,
            automation_scope: text,
            automation_cadence: text,
            blockers: { kind: 'list', minItems: 0, items: text },
            private_validation_required: { kind: 'true' },
            automation_boundary: { kind: 'fixed_text', value: SUMMARY_AUTOMATION_BOUNDARY },
          },
        },
        private_modules_required: { kind: 'fixed_list', values: PRIVATE_MODULES_REQUIRED },
        next_step: { kind: 'fixed_text', value: OPERATING_AUTOMATION_NEXT_STEP },
      },
    },
  },
};

/** Source of the accepted correlation-id pattern, shared with the schemas. */
export const CORRELATION_ID_SOURCE = CORRELATION_ID_ACCEPTED_PATTERN.source;

/** At least one non-whitespace character (the same set as `String.prototype.trim`). */
export const NON_BLANK_SOURCE = String.raw`\S`;
