/**
 * Library API of @cavra/boundary-guard: the detection engine, the detector
 * catalog, and the contract types and validators the rules reference.
 */
import { catalog } from '../patterns/index.js';
import {
  validateContractDocument as validateContractDocumentShape,
  validateRequest as validateRequestShape,
  validateResponse as validateResponseShape,
  type ContractDocumentValidateOptions,
  type ContractError,
  type ContractValidateOptions,
  type ContractValidationResult,
  identityErrors,
} from './contract/index.js';
import { hashKeyFromEnv } from './engine/hash.js';
import { Engine } from './engine/scan-text.js';
import type { ScanTextOptions, ScanTextResult } from './engine/types.js';

export * from './contract/index.js';
export * from './engine/index.js';
export { catalog, createCatalog, DEFAULT_CATALOG_SETTINGS, resolveCatalogSettings, type CatalogSettings } from '../patterns/index.js';

let defaultEngine: Engine | undefined;
const engine = (): Engine => {
  if (!defaultEngine) {
    const hashKey = hashKeyFromEnv();
    defaultEngine = new Engine(catalog, hashKey !== undefined ? { hashKey } : {});
  }
  return defaultEngine;
};

/**
 * Scans one text with the default catalog and CAVRA's defaults; value hashes
 * and fingerprints are keyed with BOUNDARY_GUARD_HASH_KEY when it is set,
 * else with a random key made once per process. For project
 * settings, build an engine once with `createEngine(createCatalog(settings), options)`.
 */
export function scanText(text: string, options: ScanTextOptions = {}): ScanTextResult {
  return engine().scanText(text, options);
}

/**
 * Runs the detection engine over one string value of a contract payload: each
 * finding becomes a contract error at the value's path (masked, never the value).
 */
export function scanContractValue(value: string, path: string): ContractError[] {
  return engine()
    .scanText(value, { path: 'contract-payload.json', syntax: 'text' })
    .findings.map((finding) => ({
      path,
      code: `boundary:${finding.ruleId}`,
      message: `${path || '$'} holds a ${finding.category} value (${finding.ruleId}: ${finding.preview}); the Boundary keeps it out of public payloads`,
    }));
}

const withEngine = <T extends ContractValidateOptions>(options: T | undefined): T =>
  ({ ...options, scanValue: options?.scanValue ?? scanContractValue }) as T;

/**
 * Adds the identity values that follow neither CAVRA's synthetic conventions
 * nor the engine's registry (`boundary:contract-identity-field`), as the
 * scanner reports them in a payload.
 */
function withIdentities(result: ContractValidationResult, value: unknown, kind?: 'request' | 'response'): ContractValidationResult {
  const registry = engine().registry;
  const seen = new Set(result.errors.map((e) => `${e.code}\u0000${e.path}`));
  const added = identityErrors(value, (v) => registry.match(v) !== undefined, kind).filter((e) => !seen.has(`${e.code}\u0000${e.path}`));
  if (added.length === 0) return result;
  const errors = [...result.errors, ...added];
  return { valid: false, errors };
}

/**
 * `validateRequest` of the contract module, with the detection engine run over
 * every string value and the identity fields judged by the synthetic conventions.
 */
export function validateRequest(value: unknown, options?: ContractValidateOptions): ContractValidationResult {
  return withIdentities(validateRequestShape(value, withEngine(options)), value, 'request');
}

/**
 * `validateResponse` of the contract module, with the detection engine run over
 * every string value and the identity fields judged by the synthetic conventions.
 */
export function validateResponse(value: unknown, request?: unknown, options?: ContractValidateOptions): ContractValidationResult {
  return withIdentities(validateResponseShape(value, request, withEngine(options)), value, 'response');
}

/**
 * `validateContractDocument` of the contract module, with the detection engine
 * run over every string value and the identity fields judged by the synthetic
 * conventions (what `boundary-guard contract validate` prints).
 */
export function validateContractDocument(value: unknown, options?: ContractDocumentValidateOptions): ContractValidationResult {
  return withIdentities(validateContractDocumentShape(value, withEngine(options)), value);
}
