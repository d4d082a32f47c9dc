/**
 * The `saas_operating_automation` contract of CAVRA's SaaS control plane:
 * vocabulary, envelope types, builders, validators, JSON Schemas, synthetic
 * examples and the Boundary categories. Depends on nothing else in the package.
 * @packageDocumentation
 */
export * from './categories.js';
export * from './constants.js';
export type * from './types.js';
export { CONTRACT_ERROR_CODES, ContractValidationError } from './errors.js';
export type { ContractErrorCode } from './errors.js';
export { buildOperatingAutomationRequest, buildOperatingAutomationResponse, newCorrelationId } from './builders.js';
export type { OperatingAutomationRequestOptions, OperatingAutomationResponseOptions } from './builders.js';
export {
  isOperatingAutomationRequest,
  isOperatingAutomationResponse,
  validateContractDocument,
  validateRequest,
  validateResponse,
} from './validate.js';
export type { ContractDocumentValidateOptions } from './validate.js';
export {
  describeContract,
  EXAMPLE_BLOCKERS,
  EXAMPLE_CORRELATION_ID,
  EXAMPLE_REQUESTED_BY,
  EXAMPLE_TENANT_ID,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
} from './examples.js';
export type { ContractDescription } from './examples.js';
export {
  JSON_SCHEMA_DIALECT,
  operatingAutomationRequestJsonSchema,
  operatingAutomationResponseJsonSchema,
} from './schema.js';
export type { JsonSchema, JsonValue } from './schema.js';
export { findSensitiveValue, isSensitiveKey, SENSITIVE_KEY_FRAGMENTS, SENSITIVE_VALUE_PATTERNS } from './sensitive.js';
export type { SensitiveValuePattern } from './sensitive.js';
export {
  CONTRACT_FINDINGS,
  CONTRACT_VOCABULARY,
  CONTROL_PLANE_SCHEMA_PREFIX,
  followsConvention,
  IDENTITY_CONVENTIONS,
  IDENTITY_KEYS,
  identityConventionAt,
  identityErrors,
  identityMessage,
  isWeakIdentity,
  OPERATION_ENVELOPES,
  SYNTHETIC_CONTACT_DOMAIN,
  SYNTHETIC_REFERENCE_PREFIXES,
} from './identity.js';
export type { ContractFindingKind, IdentityConvention, IdentityConventionId, IdentityFields, OperationEnvelope } from './identity.js';
