import type { ContractError } from './types.js';

/** Codes of the errors that the built-in validators report. */
export const CONTRACT_ERROR_CODES = [
  'wrong_type',
  'missing_key',
  'unknown_key',
  'schema_version',
  'invalid_enum',
  'unknown_check',
  'unsupported_operation',
  'empty_list',
  'empty_string',
  'fixed_text',
  'invalid_value',
  'correlation_id',
  'operation_mismatch',
  'request_mismatch',
  'missing_check_status',
  'sensitive_key',
  'sensitive_value',
] as const;

/** A code of {@link CONTRACT_ERROR_CODES}. */
export type ContractErrorCode = (typeof CONTRACT_ERROR_CODES)[number];

/** Thrown by the builders when their input would make a payload that the validators reject. */
export class ContractValidationError extends Error {
  /** Every error found, as the validators report them. */
  readonly errors: readonly ContractError[];

  constructor(errors: readonly ContractError[]) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'ContractValidationError';
    this.errors = Object.freeze([...errors]);
  }
}
