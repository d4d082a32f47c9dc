import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  CONTRACT_SCHEMA_VERSION,
  OPERATING_AUTOMATION_OPERATION,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  SAAS_OPERATIONS,
} from '../contract/constants.js';
import type { ContractError } from '../contract/types.js';
import { validateContractDocument, validateRequest, validateResponse } from '../contract/validate.js';
import { followPath, propertyName, readStatic, splitPath, UNKNOWN, type StaticValue } from './static-value.js';

const SCHEMA_PREFIX = 'cavra.saas_control_plane.';
/** Keys that, beside `operation`, make an object literal an envelope rather than a mere mention. */
const ENVELOPE_KEYS = ['schema_version', 'tenant_id', 'requested_by', 'correlation_id', 'private_implementation_required', 'payload', 'status', 'message'];
/** Errors that say something is absent or too short: meaningless where spread members may supply it. */
const ABSENCE_CODES = new Set(['missing_key', 'missing_check_status', 'empty_list', 'fixed_text']);
/** Errors about a key itself: they hold whatever its value. */
const KEY_CODES = new Set(['unknown_key', 'sensitive_key']);

/** One contract error, placed on the syntax that causes it. */
export interface PlacedContractError {
  readonly error: ContractError;
  readonly kind: 'request' | 'response' | 'document';
  /** The property or element the error's path names, or the nearest enclosing one. */
  readonly target: StaticValue;
  /** The path ends at the target (false when the target is the parent of a missing key). */
  readonly exact: boolean;
  /** For an unknown key: the valid key the validator suggests, when it is not already used. */
  readonly rename?: string;
}

function literalOf(node: TSESTree.ObjectExpression, key: string): { found: boolean; value: unknown } {
  for (const member of node.properties) {
    if (member.type === AST_NODE_TYPES.Property && propertyName(member) === key) {
      return { found: true, value: member.value.type === AST_NODE_TYPES.Literal || member.value.type === AST_NODE_TYPES.TemplateLiteral ? readStatic(member.value).value : UNKNOWN };
    }
  }
  return { found: false, value: undefined };
}

/**
 * Which contract document an object literal is, if any: a request or response
 * by its `schema_version`; else, when `operation` is
 * `saas_operating_automation` beside another envelope key, by its keys.
 * Envelopes of the other SaaS operations are not this contract's.
 */
export function contractKindOf(node: TSESTree.ObjectExpression): PlacedContractError['kind'] | undefined {
  const schema = literalOf(node, 'schema_version');
  const operation = literalOf(node, 'operation');
  if (typeof operation.value === 'string' && operation.value !== OPERATING_AUTOMATION_OPERATION && (SAAS_OPERATIONS as readonly string[]).includes(operation.value)) {
    return undefined;
  }
  if (typeof schema.value === 'string' && schema.value.startsWith(SCHEMA_PREFIX) && schema.value !== CONTRACT_SCHEMA_VERSION) {
    if (schema.value === REQUEST_SCHEMA_VERSION) return 'request';
    if (schema.value === RESPONSE_SCHEMA_VERSION) return 'response';
    return 'document';
  }
  if (operation.value !== OPERATING_AUTOMATION_OPERATION) return undefined;
  const keys = new Set(node.properties.map((m) => (m.type === AST_NODE_TYPES.Property ? propertyName(m) : undefined)));
  if (!ENVELOPE_KEYS.some((key) => keys.has(key))) return undefined;
  return keys.has('status') || keys.has('message') ? 'response' : 'request';
}

function validate(kind: PlacedContractError['kind'], value: unknown): ContractError[] {
  if (kind === 'request') return validateRequest(value).errors;
  if (kind === 'response') return validateResponse(value).errors;
  return validateContractDocument(value).errors;
}

/**
 * Validates an object literal that carries the contract, statically. Errors
 * about values that are not literals, and absences an object spread may fill,
 * are dropped: the rule reports what the source text itself gets wrong.
 */
export function checkContractLiteral(node: TSESTree.ObjectExpression): PlacedContractError[] {
  const kind = contractKindOf(node);
  if (kind === undefined) return [];
  const root = readStatic(node);
  const placed: PlacedContractError[] = [];
  for (const error of validate(kind, root.value)) {
    const segments = splitPath(error.path);
    if (segments === undefined) continue;
    const { target, complete, throughUnknown } = followPath(root, segments);
    if (throughUnknown || (target.open && ABSENCE_CODES.has(error.code))) continue;
    if (complete && target.value === UNKNOWN && !KEY_CODES.has(error.code)) continue;
    const suggested = error.code === 'unknown_key' && complete ? /did you mean ([\w-]+)\?$/u.exec(error.message)?.[1] : undefined;
    const parent = segments.length > 1 ? followPath(root, segments.slice(0, -1)).target : root;
    const taken = suggested !== undefined && parent.children?.has(suggested) === true;
    placed.push({ error, kind, target, exact: complete, ...(suggested !== undefined && !taken ? { rename: suggested } : {}) });
  }
  return placed;
}
