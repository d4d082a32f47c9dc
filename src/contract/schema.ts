/**
 * JSON Schema 2020-12 documents generated from the same shape description as
 * the validators. The package ships them as schemas/*.schema.json; a test
 * keeps those files equal to this output.
 */
import { AUTOMATION_STATUSES, REQUEST_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSION } from './constants.js';
import { SENSITIVE_VALUE_PATTERNS } from './sensitive.js';
import { CORRELATION_ID_SOURCE, NON_BLANK_SOURCE, REQUEST_SPEC, RESPONSE_SPEC } from './spec.js';
import type { FieldSpec } from './spec.js';

/** A JSON value. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A JSON Schema document or subschema. */
export type JsonSchema = { [key: string]: JsonValue };

/** The `$schema` URI of the generated documents. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

function toSchema(spec: FieldSpec): JsonSchema {
  switch (spec.kind) {
    case 'schema_version':
    case 'operation':
    case 'fixed_text':
      return { const: spec.value };
    case 'fixed_list':
      return { const: [...spec.values] };
    case 'true':
      return { const: true };
    case 'enum':
      return spec.def === undefined ? { type: 'string', enum: [...spec.values] } : { $ref: `#/$defs/${spec.def}` };
    case 'text':
      return { $ref: '#/$defs/public_text' };
    case 'correlation_id':
      return { $ref: '#/$defs/correlation_id' };
    case 'list':
      return {
        type: 'array',
        ...(spec.minItems > 0 ? { minItems: spec.minItems } : {}),
        items: toSchema(spec.items),
      };
    case 'object': {
      const properties: JsonSchema = {};
      for (const [key, field] of Object.entries(spec.fields)) properties[key] = toSchema(field);
      return { type: 'object', properties, required: Object.keys(spec.fields), additionalProperties: false };
    }
  }
}

function definitions(): JsonSchema {
  return {
    automation_status: { type: 'string', enum: [...AUTOMATION_STATUSES] },
    public_text: {
      description: 'Free text: not blank, and nothing that looks like a credential or a real email address.',
      type: 'string',
      pattern: NON_BLANK_SOURCE,
      not: { $ref: '#/$defs/sensitive_value' },
    },
    correlation_id: {
      description: '"saas-" followed by lower-case letters, digits or hyphens; generated ids use 12 hex digits, CAVRA\'s example uses saas-example.',
      type: 'string',
      pattern: CORRELATION_ID_SOURCE,
      not: { $ref: '#/$defs/sensitive_value' },
    },
    sensitive_value: {
      description: 'Values that never belong in a public payload.',
      type: 'string',
      anyOf: SENSITIVE_VALUE_PATTERNS.map((p) => ({ $comment: p.id, pattern: p.source })),
    },
  };
}

/** JSON Schema of a `saas_operating_automation` request. */
export function operatingAutomationRequestJsonSchema(): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'CAVRA saas_operating_automation request',
    description: `A ${REQUEST_SCHEMA_VERSION} envelope for the saas_operating_automation operation.`,
    ...toSchema(REQUEST_SPEC),
    $defs: definitions(),
  };
}

/** JSON Schema of a `saas_operating_automation` response (without the cross-checks against a request). */
export function operatingAutomationResponseJsonSchema(): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    title: 'CAVRA saas_operating_automation response',
    description: `A ${RESPONSE_SCHEMA_VERSION} envelope for the saas_operating_automation operation.`,
    ...toSchema(RESPONSE_SPEC),
    $defs: definitions(),
  };
}
