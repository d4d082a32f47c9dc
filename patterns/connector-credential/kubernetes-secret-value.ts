import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import type { RegistryLookup } from '../../src/engine/types.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { seededBytes } from '../signing-material/support/armor.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { isReference } from './support/placeholders.js';
import { looksGenerated, placeholderPassword } from './support/secret-value.js';

const id = 'kubernetes-secret-value';

/** How far the checks look from a value for its `data:` section and the document's `kind: Secret`. */
const LOOK = 8192;

/** A comment leader before YAML held in a comment (` * `, `# `, `// `). */
const LEADER = /^[ \t]*(?:\*|#|\/\/)/u;

/** Keys whose values name things (a user, a host, a certificate) rather than open them. */
const NOT_SECRET_KEY =
  /^(?:user(?:name)?|login|host(?:name)?|port|database|db(?:name)?|name|email|region|namespace|endpoint|url|uri|ca\.crt|tls\.crt|ca-bundle|\.dockerconfigjson|\.dockercfg|known_hosts|ssh-known-hosts|config)$/iu;

/** Keys that say the value is a credential: the value then only has to be no placeholder. */
const CREDENTIAL_KEY = /pass|pwd|secret|token|key|auth|credential|private|cookie|salt/iu;

/** One line's indentation after any comment leader. */
function indentOf(line: string): number {
  const rest = line.slice(LEADER.exec(line)?.[0].length ?? 0);
  return rest.length - rest.trimStart().length;
}

const body = (line: string): string => line.slice(LEADER.exec(line)?.[0].length ?? 0).trim();

/** The lines of a bounded slice, with escaped line breaks (`\n` in a JSON string) as breaks. */
const linesOf = (slice: string): string[] => slice.replace(/\\r\\n|\\n/gu, '\n').split(/\r?\n/u);

/**
 * The section (`data` or `stringData`) of a Secret manifest that holds the
 * entry whose value starts at `offset`, or undefined when the entry is not
 * one: its parent key is that section, and the same YAML document says
 * `kind: Secret` at the section's level.
 */
function secretSection(text: string, offset: number): 'data' | 'stringData' | undefined {
  const before = linesOf(text.slice(Math.max(0, offset - LOOK), offset));
  const entry = before.pop() ?? '';
  const level = indentOf(entry);
  let section: 'data' | 'stringData' | undefined;
  let sectionLevel = -1;
  let at = before.length - 1;
  for (; at >= 0; at--) {
    const line = before[at] ?? '';
    const content = body(line);
    if (content === '' || content.startsWith('#')) continue;
    if (indentOf(line) >= level) continue;
    const heading = /^(data|stringData):[ \t]*$/u.exec(content);
    if (!heading) return undefined;
    section = heading[1] as 'data' | 'stringData';
    sectionLevel = indentOf(line);
    break;
  }
  if (section === undefined) return undefined;
  const isKind = (line: string): boolean => indentOf(line) === sectionLevel && /^kind:[ \t]*["']?Secret["']?[ \t]*$/u.test(body(line));
  for (let i = at - 1; i >= 0; i--) {
    const line = before[i] ?? '';
    if (body(line) === '---') break;
    if (isKind(line)) return section;
  }
  for (const line of linesOf(text.slice(offset, offset + LOOK)).slice(1)) {
    if (body(line) === '---') break;
    if (isKind(line)) return section;
  }
  return undefined;
}

/**
 * The same for a Secret written as JSON (`kubectl get secret -o json`): the
 * innermost object holding the entry is the value of `"data"` or
 * `"stringData"`, and the object holding that one says `"kind": "Secret"`.
 */
function jsonSecretSection(text: string, offset: number): 'data' | 'stringData' | undefined {
  const from = Math.max(0, offset - LOOK);
  const open = enclosingBrace(text, offset, from);
  if (open < 0) return undefined;
  const heading = /\\?"(data|stringData)\\?"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}$/u.exec(text.slice(Math.max(from, open - 40), open));
  if (!heading) return undefined;
  const parent = enclosingBrace(text, open, from);
  if (parent < 0) return undefined;
  // The parent object's own members: its kind is among them, before or after the data object.
  const members = text.slice(parent, Math.min(text.length, offset + LOOK));
  return /\\?"kind\\?"[ \t\r\n]{0,8}:[ \t\r\n]{0,8}\\?"Secret\\?"/u.test(members) ? (heading[1] as 'data' | 'stringData') : undefined;
}

/** The offset of the `{` that opens the object holding `at`, looking back no further than `from`; -1 when none. */
function enclosingBrace(text: string, at: number, from: number): number {
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 0x7d) depth++;
    else if (ch === 0x7b) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** A Secret's value, decoded when it sits under `data`: a credential unless it is a placeholder or a plain word. */
function valueIsSecret(key: string, value: string, section: 'data' | 'stringData', registry: RegistryLookup | undefined): boolean {
  let plain = value;
  if (section === 'data') {
    if (!/^[A-Za-z0-9+/]+={0,2}$/u.test(value) || value.length % 4 !== 0) return false;
    const bytes = decodeBase64(value);
    if (!bytes || bytes.length === 0) return false;
    plain = bytes.toString('latin1').replace(/\r?\n$/u, '');
    // Random bytes (an encryption key, a keystore) are key material.
    if (!/^[\x20-\x7e\t\r\n]*$/u.test(plain)) return bytes.length >= 16;
  }
  // Keys and certificates are left to the PEM detectors, which decode them too.
  if (plain.startsWith('-----BEGIN') || isReference(plain)) return false;
  if (!CREDENTIAL_KEY.test(key)) return looksGenerated(plain, false, registry);
  if (plain.length < 8 || /\s/u.test(plain) || shannonEntropy(plain) < 2.5) return false;
  return !placeholderPassword(plain, registry) && registry?.match(plain) === undefined;
}

const b64 = (value: string): string => Buffer.from(value).toString('base64');
const manifest = (section: string, entries: string): string =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ledger-credentials\n  namespace: billing\ntype: Opaque\n${section}:\n${entries}`;

/**
 * Values of Kubernetes `Secret` manifests: `data:` entries are base64 and
 * decoded before they are judged, `stringData:` entries are plain. Base64
 * hides every vendor prefix, so no other detector sees these values.
 */
export default defineDetector({
  id,
  name: 'Kubernetes Secret value',
  category: 'connector-credential',
  severity: 'error',
  description:
    'Values of Kubernetes Secret manifests (kind: Secret): data entries decoded from base64 and stringData entries, judged by key and value; placeholders, plain names and certificates are not reported.',
  regex:
    /(?:(?:(?<![^\n])|(?<=\\n))[ \t]{0,8}(?:[*#]|\/\/)?[ \t]{1,12}|(?<json>\\?"))(?<key>[\w.-]{1,253})(?:\\?"[ \t]{0,4}:[ \t]{0,4}\\?"|[ \t]{0,4}:[ \t]{1,4}["']?)(?<secret>[^\s"'`#\\|>][^\s"'`#\\]{0,8190})/u,
  keywords: ['kind: secret', 'kind: "secret"', "kind: 'secret'", '"kind":"secret"', '"kind": "secret"', '\\"kind\\":\\"secret\\"', '\\"kind\\": \\"secret\\"'],
  multiline: true,
  // A manifest's entries lie within a few KB of its kind line, before or after: the keyword stands outside the match.
  reach: LOOK,
  // Base64 of random bytes trips the registry's word list; the decoded value is judged instead.
  skipSynthetic: true,
  validate: (secret, { groups, text, offset, registry }) => {
    const key = groups.key ?? '';
    if (text === undefined || offset === undefined || NOT_SECRET_KEY.test(key)) return false;
    const section = groups.json === undefined ? secretSection(text, offset) : jsonSecretSection(text, offset);
    return section !== undefined && valueIsSecret(key, secret, section, registry);
  },
  references: ['https://kubernetes.io/docs/concepts/configuration/secret/', 'https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/'],
  samples: () => ({
    positive: [
      manifest('data', `  username: ${b64('ledger-sync')}\n  password: ${b64(`${r(`${id}1`, ALPHA_NUM, 12)}!${r(`${id}2`, ALPHA_NUM, 6)}`)}`),
      manifest('stringData', `  api-token: ${r(`${id}3`, ALPHA_NUM, 40)}\n  region: eu-west-1`),
      manifest('data', `  encryption.key: ${seededBytes(`${id}4`, 32).toString('base64')}`),
      // As kubectl prints it.
      JSON.stringify({ apiVersion: 'v1', data: { 'api-token': b64(r(`${id}7`, ALPHA_NUM, 40)) }, kind: 'Secret', metadata: { name: 'ledger' }, type: 'Opaque' }, null, 2),
    ],
    negative: [
      manifest('data', `  username: ${b64('admin')}\n  password: ${b64('changeme')}`),
      manifest('stringData', '  password: ${DB_PASSWORD}\n  api-token: <your-token>'),
      manifest('data', `  ca.crt: ${b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')}`),
      manifest('stringData', '  LOG_LEVEL: debug\n  FEATURE_FLAGS: billing,export'),
      JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', data: { 'api-token': r(`${id}8`, ALPHA_NUM, 40) } }),
      JSON.stringify({ kind: 'Secret', metadata: { annotations: { 'checksum/config': r(`${id}9`, ALPHA_NUM, 40) } } }),
      // A ConfigMap holds no secrets, whatever its keys say.
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ledger\ndata:\n  api-token: ${r(`${id}5`, ALPHA_NUM, 40)}`,
      // A Secret's data next to another document's values.
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: empty\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  token: ${r(`${id}6`, ALPHA_NUM, 40)}`,
    ],
  }),
});
