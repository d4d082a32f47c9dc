/**
 * Contract payloads: a JSON or YAML document, a Markdown fence or a JS/TS
 * object literal whose `schema_version` / `operation` name a CAVRA
 * control-plane envelope is judged by field, from `src/contract`:
 *
 * - identity fields must follow the synthetic conventions, or be what the
 *   registry (with the project's markers and entries) calls not real;
 * - free-text fields are read for people's and companies' names (the other
 *   detectors read them like any text);
 * - the contract's own vocabulary is never a finding;
 * - a `saas_operating_automation` payload that breaks the contract's shape is
 *   a warning with the validator's message.
 *
 * The pass runs only on texts whose keyword prefilter met an envelope key.
 */
import {
  CONTRACT_FINDINGS,
  CONTRACT_VOCABULARY,
  CONTRACT_VOCABULARY_WORDS,
  envelopeKindOf,
  followsConvention,
  identityConventionAt,
  identityMessage,
  isWeakIdentity,
  type ContractFindingKind,
} from '../contract/identity.js';
import { OPERATING_AUTOMATION_OPERATION, SAAS_OPERATIONS } from '../contract/constants.js';
import { splitPath } from '../contract/paths.js';
import type { ContractError } from '../contract/types.js';
import { validateRequest, validateResponse } from '../contract/validate.js';
import { valueShape } from './evidence.js';
import {
  enclosingBrace,
  plainValue,
  readBraced,
  readYamlMapping,
  UNKNOWN_VALUE,
  yamlMappingStart,
  type ObjectNode,
  type PayloadNode,
} from './payload-parse.js';
import type { SyntheticRegistry } from './synthetic.js';
import type { Detector, Syntax } from './types.js';

/** Prefilter keywords: a text holds a payload only if it holds one of them. */
export const PAYLOAD_KEYWORDS: readonly string[] = Object.freeze(['schema_version', 'cavra.saas_control_plane']);

const detector = (kind: ContractFindingKind): Detector =>
  Object.freeze({
    id: kind.id,
    name: kind.name,
    category: kind.category,
    severity: kind.severity,
    description: kind.description,
    // Found by the payload pass; the engine never runs this regex (a text holds no NUL-delimited marker).
    regex: /\0payload-pass\0/u,
    keywords: PAYLOAD_KEYWORDS,
    samples: () => ({ positive: [], negative: [] }),
  });

/** The detectors of the payload pass, as the engine reports them. */
export const PAYLOAD_DETECTORS: readonly Detector[] = Object.freeze([
  detector(CONTRACT_FINDINGS.identity),
  detector(CONTRACT_FINDINGS.freeText),
  detector(CONTRACT_FINDINGS.structure),
]);

/** Ids of the payload detectors: their findings carry their own explanation. */
export const PAYLOAD_DETECTOR_IDS: ReadonlySet<string> = new Set(PAYLOAD_DETECTORS.map((d) => d.id));

/** One finding of the payload pass. */
export interface PayloadFinding {
  readonly detectorId: string;
  readonly offset: number;
  readonly endOffset: number;
  /** The value the finding is about (masked in every output). */
  readonly value: string;
  /** The field path inside the payload. */
  readonly keyPath: string;
  /** What is wrong, without the value. */
  readonly message: string;
}

/** What the payload pass found in one text. */
export interface PayloadResult {
  readonly findings: PayloadFinding[];
  /** Spans of string values that are the contract's own vocabulary: no finding there. */
  readonly vocabulary: [number, number][];
  /** Spans of the recognised payloads. */
  readonly payloads: [number, number][];
}

/**
 * A contract a project declares in its config: payloads whose
 * `schema_version` is one of `schemaVersions` (read from the contract's JSON
 * Schema) are judged by field, and each field at one of `identities` (dotted
 * paths, `[]` for any item of a list) must hold a synthetic value.
 */
export interface DeclaredContract {
  /** Where the contract is declared (its JSON Schema's path), for messages. */
  readonly source: string;
  readonly schemaVersions: readonly string[];
  readonly identities: readonly string[];
}

interface Envelope {
  readonly node: ObjectNode;
  readonly kind: 'request' | 'response' | 'document' | 'declared';
  readonly operation: string | undefined;
  /** For a payload of a declared contract: that contract. */
  readonly contract?: DeclaredContract;
}

const ENVELOPE_KEYS = new Set(['schema_version', 'tenant_id', 'requested_by', 'correlation_id', 'private_implementation_required', 'payload', 'status', 'message']);

const field = (node: ObjectNode, key: string): PayloadNode | undefined => node.entries.find((e) => e.key === key)?.node;

/** Which envelope an object is, if any (like the ESLint rule's `contractKindOf`, for every operation), CAVRA's or a declared contract's. */
function envelopeOf(node: PayloadNode | undefined, contracts: readonly DeclaredContract[]): Envelope | undefined {
  if (node?.kind !== 'object') return undefined;
  const schema = field(node, 'schema_version');
  const declared = schema?.kind === 'string' ? contracts.find((c) => c.schemaVersions.includes(schema.value)) : undefined;
  if (declared) return { node, kind: 'declared', operation: undefined, contract: declared };
  const operationNode = field(node, 'operation');
  const operation = operationNode?.kind === 'string' ? operationNode.value : undefined;
  const kind = envelopeKindOf(schema?.kind === 'string' ? schema.value : undefined);
  if (kind !== undefined) return { node, kind, operation };
  // Another schema (the contract's own description, cavra.saas_control_plane.contract.v1) is no envelope.
  if (schema?.kind === 'string') return undefined;
  if (operation === undefined || !(SAAS_OPERATIONS as readonly string[]).includes(operation)) return undefined;
  const keys = new Set(node.entries.map((e) => e.key));
  if (![...ENVELOPE_KEYS].some((key) => keys.has(key))) return undefined;
  return { node, kind: keys.has('status') || keys.has('message') ? 'response' : 'request', operation };
}

const ANCHOR = /(?<![\w$])["'`]?(?:schema_version|operation)["'`]?[ \t]*:/gu;
const FENCE = /^[ \t]{0,3}(?:(?<ticks>`{3,})(?<tickInfo>[^`\n]*)|(?<tildes>~{3,})(?<tildeInfo>[^~\n]*))\n/gmu;
const FENCE_LANG = /^[ \t]*(?<lang>[\w+-]*)/u;

/** The envelopes in [from, to) of a text read as `mode`. */
function envelopesIn(text: string, from: number, to: number, mode: 'braced' | 'yaml', out: Envelope[], contracts: readonly DeclaredContract[]): void {
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  ANCHOR.lastIndex = from;
  let covered = -1;
  // Each object is read once, however many anchors it holds.
  const read = new Set<number>();
  for (let m = ANCHOR.exec(slice); m !== null; m = ANCHOR.exec(slice)) {
    if (m.index < covered) continue;
    let node: PayloadNode | undefined;
    if (mode === 'braced') {
      const open = enclosingBrace(slice, m.index);
      if (open === undefined || open < from || read.has(open)) continue;
      read.add(open);
      node = readBraced(slice, open);
    } else {
      const lineStart = slice.lastIndexOf('\n', m.index - 1) + 1;
      if (!/^[ \t]*(?:-[ \t]+)*$/u.test(slice.slice(lineStart, m.index))) continue;
      const start = Math.max(from, yamlMappingStart(slice, lineStart));
      node = readYamlMapping(slice, start, to);
    }
    const envelope = envelopeOf(node, contracts);
    if (!envelope) continue;
    out.push(envelope);
    covered = envelope.node.end;
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, covered);
  }
}

const BRACED_LANGS = /^(?:json|jsonc|json5|js|jsx|ts|tsx|javascript|typescript|mjs|cjs)$/iu;
const YAML_LANGS = /^ya?ml$/iu;

/** Every envelope in the text, in text order. */
export function findEnvelopes(text: string, syntax: Syntax, contracts: readonly DeclaredContract[] = []): Envelope[] {
  const out: Envelope[] = [];
  if (syntax === 'markdown') {
    FENCE.lastIndex = 0;
    for (let m = FENCE.exec(text); m !== null; m = FENCE.exec(text)) {
      const body = m.index + m[0].length;
      const fence = m.groups?.ticks ?? m.groups?.tildes ?? '```';
      const close = text.indexOf(`\n${fence.slice(0, 3)}`, body - 1);
      const end = close === -1 ? text.length : close + 1;
      const lang = FENCE_LANG.exec(m.groups?.tickInfo ?? m.groups?.tildeInfo ?? '')?.groups?.lang ?? '';
      const mode = YAML_LANGS.test(lang) ? 'yaml' : BRACED_LANGS.test(lang) || /^\s*[[{]/u.test(text.slice(body, body + 64)) ? 'braced' : lang === '' ? 'yaml' : undefined;
      if (mode !== undefined) envelopesIn(text, body, end, mode, out, contracts);
      FENCE.lastIndex = Math.min(text.length, end + fence.length);
    }
    return out;
  }
  envelopesIn(text, 0, text.length, syntax === 'yaml' ? 'yaml' : 'braced', out, contracts);
  return out;
}

interface Located {
  readonly node: PayloadNode;
  /** The key of the last segment, when it is an object key. */
  readonly key?: { start: number; end: number };
  readonly complete: boolean;
  readonly throughUnknown: boolean;
  /** An object or array on the way is open (spread members). */
  readonly open: boolean;
}

function locate(root: ObjectNode, segments: readonly (string | number)[]): Located {
  let node: PayloadNode = root;
  let key: { start: number; end: number } | undefined;
  for (const segment of segments) {
    if (node.kind === 'unknown') return { node, complete: false, throughUnknown: true, open: false };
    if (node.kind === 'object' && typeof segment === 'string') {
      const entry: ObjectNode['entries'][number] | undefined = node.entries.find((e) => e.key === segment);
      if (!entry) return { node, ...(key ? { key } : {}), complete: false, throughUnknown: false, open: node.open };
      key = { start: entry.keyStart, end: entry.keyEnd };
      node = entry.node;
    } else if (node.kind === 'array' && typeof segment === 'number') {
      const item: PayloadNode | undefined = node.items[segment];
      if (!item) return { node, complete: false, throughUnknown: false, open: node.open };
      key = undefined;
      node = item;
    } else return { node, complete: false, throughUnknown: false, open: false };
  }
  return { node, ...(key ? { key } : {}), complete: true, throughUnknown: false, open: false };
}

/** Errors about absence: meaningless where spread members may supply the value. */
const ABSENCE_CODES = new Set(['empty_list', 'fixed_text']);
/** Errors about a key itself: they hold whatever its value. */
const KEY_CODES = new Set(['unknown_key']);
/**
 * Not reported as structure: sensitive keys and values (the detectors report
 * them, by category), and absences (documentation shows excerpts of a payload;
 * what an example gets wrong is reported, not what it leaves out).
 */
const NOT_REPORTED = new Set(['sensitive_key', 'sensitive_value', 'missing_key', 'missing_check_status']);

function structureErrors(envelope: Envelope): ContractError[] {
  if (envelope.operation !== OPERATING_AUTOMATION_OPERATION || envelope.kind === 'document') return [];
  const value = plainValue(envelope.node);
  return envelope.kind === 'request' ? validateRequest(value).errors : validateResponse(value).errors;
}

/** Capitalised runs of two to four words: a person's or a company's name in a sentence. */
const NAME_RUN = /(?<![\p{L}\p{N}_'’-])\p{Lu}\p{Ll}{1,30}(?:[ \t]+\p{Lu}[\p{L}.]{0,30}){1,3}/gu;

/** Names in a free-text value: runs of capitalised words that are not the contract's words nor a fictional name. */
function namesIn(value: string, registry: SyntheticRegistry): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  for (const m of value.matchAll(NAME_RUN)) {
    const name = m[0].replace(/\.$/u, '');
    const words = name.split(/[ \t]+/u);
    if (words.some((w) => CONTRACT_VOCABULARY_WORDS.has(w.toLowerCase()))) continue;
    const shape = valueShape(name);
    if (shape !== 'name' && shape !== 'company') continue;
    if (shape === 'name' && !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    if (registry.match(name) !== undefined) continue;
    out.push({ start: m.index, end: m.index + name.length, name });
  }
  return out;
}

const joinPath = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

/**
 * A correlation id is an opaque id: like any weaker value in a synthetic
 * record (precision.md), it is reported only beside a tenant, requester or
 * contact of the same envelope that is real. Drops, from `start` on, the
 * correlation findings of an envelope without one.
 */
function keepWeakIdentities(findings: PayloadFinding[], start: number): void {
  const added = findings.slice(start).filter((f) => f.detectorId === CONTRACT_FINDINGS.identity.id);
  if (added.some((f) => !isWeakIdentity(f.keyPath))) return;
  for (let i = findings.length - 1; i >= start; i--) if (findings[i]?.detectorId === CONTRACT_FINDINGS.identity.id) findings.splice(i, 1);
}

/** Runs the payload pass over a text. */
/** A payload path with its list indexes generalised (`members[2].email` -> `members[].email`), as `identities` write them. */
const anyItem = (path: string): string => path.replace(/\[\d+\]/gu, '[]');

/**
 * A declared contract's payload: each string at an identity path must be a
 * value the registry knows as synthetic (a reserved domain, a stand-in name,
 * an example marker, the project's own synthetic markers and entries).
 */
function judgeDeclared(root: ObjectNode, contract: DeclaredContract, registry: SyntheticRegistry, findings: PayloadFinding[]): void {
  const identities = new Set(contract.identities);
  const schema = field(root, 'schema_version');
  const version = schema?.kind === 'string' ? schema.value : '';
  const visit = (node: PayloadNode, path: string): void => {
    if (node.kind === 'object') for (const entry of node.entries) visit(entry.node, joinPath(path, entry.key));
    else if (node.kind === 'array') node.items.forEach((item, i) => visit(item, joinPath(path, i)));
    else if (node.kind === 'string' && identities.has(anyItem(path))) {
      const { value } = node;
      if (value.trim() === '' || registry.match(value) !== undefined) return;
      findings.push({
        detectorId: CONTRACT_FINDINGS.identity.id,
        offset: node.start,
        endOffset: node.end,
        value,
        keyPath: path,
        message: `${path} is an identity field of ${version} (declared by ${contract.source}) and must hold a synthetic value (a reserved domain, an example marker or a configured synthetic value)`,
      });
    }
  };
  visit(root, '');
}

export function judgePayloads(text: string, syntax: Syntax, registry: SyntheticRegistry, contracts: readonly DeclaredContract[] = []): PayloadResult {
  const result: PayloadResult = { findings: [], vocabulary: [], payloads: [] };
  for (const envelope of findEnvelopes(text, syntax, contracts)) {
    result.payloads.push([envelope.node.start, envelope.node.end]);
    if (envelope.contract) {
      judgeDeclared(envelope.node, envelope.contract, registry, result.findings);
      continue;
    }
    const kind = envelope.kind === 'document' || envelope.kind === 'declared' ? 'request' : envelope.kind;
    const visit = (node: PayloadNode, path: string): void => {
      if (node.kind === 'object') {
        for (const entry of node.entries) visit(entry.node, joinPath(path, entry.key));
        return;
      }
      if (node.kind === 'array') {
        node.items.forEach((item, i) => visit(item, joinPath(path, i)));
        return;
      }
      if (node.kind !== 'string') return;
      const { value } = node;
      if (CONTRACT_VOCABULARY.has(value)) {
        result.vocabulary.push([node.start, node.end]);
        return;
      }
      const identity = identityConventionAt(path, { kind, operation: envelope.operation });
      if (identity) {
        if (value.trim() === '' || followsConvention(value, identity) || registry.match(value) !== undefined) return;
        result.findings.push({
          detectorId: CONTRACT_FINDINGS.identity.id,
          offset: node.start,
          endOffset: node.end,
          value,
          keyPath: path,
          message: identityMessage(path, identity),
        });
        return;
      }
      // Free text: the other detectors read it like any text; names are found here. Escaped strings are left alone.
      if (node.end - node.start !== value.length) return;
      for (const name of namesIn(value, registry)) {
        result.findings.push({
          detectorId: CONTRACT_FINDINGS.freeText.id,
          offset: node.start + name.start,
          endOffset: node.start + name.end,
          value: name.name,
          keyPath: path,
          message: `${path} names a ${valueShape(name.name) === 'company' ? 'company' : 'person'}; free text of a public payload names no one`,
        });
      }
    };
    const before = result.findings.length;
    visit(envelope.node, '');
    keepWeakIdentities(result.findings, before);
    for (const error of structureErrors(envelope)) {
      if (NOT_REPORTED.has(error.code) || error.code.includes(':')) continue;
      const segments = splitPath(error.path);
      if (segments === undefined) continue;
      const found = locate(envelope.node, segments);
      if (found.throughUnknown || (found.open && ABSENCE_CODES.has(error.code))) continue;
      if (found.complete && found.node.kind === 'unknown' && !KEY_CODES.has(error.code)) continue;
      if (found.complete && plainValue(found.node) === UNKNOWN_VALUE && !KEY_CODES.has(error.code)) continue;
      // Unknown keys are placed on the key; other errors on the value; a missing key at the object that lacks it.
      const span: [number, number] =
        found.complete && KEY_CODES.has(error.code) && found.key
          ? [found.key.start, found.key.end]
          : found.complete
            ? [found.node.start, found.node.end]
            : found.key
              ? [found.key.start, found.key.end]
              : [found.node.start, found.node.start + 1];
      result.findings.push({
        detectorId: CONTRACT_FINDINGS.structure.id,
        offset: span[0],
        endOffset: Math.max(span[1], span[0] + 1),
        value: `${error.code}\u0000${error.path}`,
        keyPath: error.path,
        message: `${OPERATING_AUTOMATION_OPERATION} ${envelope.kind}: ${error.message}`,
      });
    }
  }
  return result;
}
