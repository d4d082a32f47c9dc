/**
 * The registry of what is not real: values a public repository may hold
 * because they are plainly not anyone's data or credentials (reserved hosts,
 * documentation addresses, placeholders, vendors' documented example values,
 * vendor-published public keys, emulator defaults, fictional names, the
 * project's declared example markers). It is data: each entry has an id, a
 * kind and a reason, a detector declares which kinds apply to its values, and
 * the engine applies them. A suppressed finding names the entry and its reason.
 * The config adds entries; no detector keeps a list of stand-ins of its own.
 */
import { BUILT_IN_ENTRIES } from './registry-data.js';

/**
 * What an entry says about a value, and so how it is matched:
 *
 * - `reserved-host`: hosts and email domains reserved for documentation or local use (suffixes).
 * - `stand-in-host`: domains that documentation uses as stand-ins although they are registered (suffixes).
 * - `public-mail-domain`: domains whose addresses belong to public projects and services, never a customer (emails only).
 * - `documentation-ip`: documentation, loopback and unspecified addresses (built-in check).
 * - `placeholder`: shapes that say a value is not real (`pattern`).
 * - `placeholder-part`: stand-ins documentation writes for one part of a URL or a login (a user `scott`, a host
 *   `db-host`, a tenant `mycompany.zendesk.com`, an org slug): patterns that find the part themselves (after `://`,
 *   before `@`, a host label, a tenant path segment), so they match a URL, a host or `user@host`, never a bare token.
 * - `low-variety`: repeated or sequential bodies (built-in check).
 * - `example-marker`: substrings that mark a value as an example (case-insensitive).
 * - `fictional-name`: organisations and people of documentation, matched as whole names, never inside a host or an identifier.
 * - `documented-value`: example values a vendor's documentation publishes (exact, case-sensitive).
 * - `public-value`: values a vendor publishes for everyone (public keys, client ids, public accounts): not secret;
 *   an entry may give the anchored shape of keys that are public by design (publishable client keys).
 * - `emulator-default`: accounts, keys and passwords built into local emulators and dev servers, the same on every machine.
 */
export type RegistryKind =
  | 'reserved-host'
  | 'stand-in-host'
  | 'public-mail-domain'
  | 'documentation-ip'
  | 'placeholder'
  | 'placeholder-part'
  | 'low-variety'
  | 'example-marker'
  | 'fictional-name'
  | 'documented-value'
  | 'public-value'
  | 'emulator-default';

export const REGISTRY_KINDS: readonly RegistryKind[] = Object.freeze([
  'reserved-host',
  'stand-in-host',
  'public-mail-domain',
  'documentation-ip',
  'placeholder',
  'placeholder-part',
  'low-variety',
  'example-marker',
  'fictional-name',
  'documented-value',
  'public-value',
  'emulator-default',
] satisfies RegistryKind[]);

/** Kinds a configuration may add entries of: values only, never code. */
export const CONFIGURABLE_KINDS: readonly RegistryKind[] = Object.freeze(
  REGISTRY_KINDS.filter((k) => k !== 'placeholder' && k !== 'placeholder-part' && k !== 'documentation-ip' && k !== 'low-variety'),
);

/**
 * The kinds that name a particular value (a vendor's example key, a public
 * client id, an emulator's account key): they apply to every detector, even
 * one whose values carry their own checksum.
 */
export const EXACT_VALUE_KINDS: readonly RegistryKind[] = Object.freeze(['documented-value', 'public-value', 'emulator-default'] satisfies RegistryKind[]);

/** One entry of the registry. */
export interface RegistryEntry {
  readonly id: string;
  readonly kind: RegistryKind;
  /** Why a value this entry matches is not real: printed with every value it suppresses. */
  readonly reason: string;
  /** Literal values; how they match depends on the kind. */
  readonly values?: readonly string[];
  /** For `placeholder` and `placeholder-part` entries: the shape. */
  readonly pattern?: RegExp;
}

/** @deprecated The former name of `RegistryEntry`. */
export type SyntheticEntry = RegistryEntry;

/** Project additions to the registry (from the config or the ESLint settings). */
export interface SyntheticOptions {
  /** Extra substrings that mark a value as synthetic (case-insensitive). */
  readonly markers?: readonly string[];
  /** Extra host suffixes treated as reserved (e.g. `corp.example`). */
  readonly hosts?: readonly string[];
  /** Extra entries, each with its kind and reason. */
  readonly entries?: readonly RegistryEntry[];
}

/** What the registry found about a value: the entry and its reason. */
export interface RegistryMatch {
  readonly id: string;
  readonly kind: RegistryKind;
  readonly reason: string;
}

/** The built-in registry, CAVRA's conventions included. */
export const SYNTHETIC_REGISTRY: readonly RegistryEntry[] = BUILT_IN_ENTRIES;

/** Every run of eight consecutive digits or letters, both directions. */
const SEQUENCE_RUNS = ['01234567890', 'abcdefghijklmnopqrstuvwxyz', '09876543210', 'zyxwvutsrqponmlkjihgfedcba'].flatMap((seq) =>
  Array.from({ length: seq.length - 7 }, (_, i) => seq.slice(i, i + 8)),
);

interface Suffix {
  readonly entry: RegistryEntry;
  readonly suffix: string;
}

/** Corporate forms that may follow a fictional organisation's name ("Acme Corp", "Contoso Ltd."). */
const CORPORATE_FORM = /^(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|bv|nv|ab|as|oy|pty|group|holdings|industries|international|enterprises|labs|software|systems|solutions|technologies|tech|bank|pharmaceuticals|pharma|traders|toys|airlines|university|hotels|winery|insurance|cycles|works)$/u;

/**
 * A compiled registry: `match(value, kinds)` names the entry that makes a
 * value not real, with its reason.
 */
/** Answers a registry keeps per set of kinds before it starts over. */
const MEMO_LIMIT = 4096;
/** Longer values are judged every time (they rarely repeat, and would make the memo large). */
const MEMO_VALUE_LENGTH = 256;

export class SyntheticRegistry {
  readonly entries: readonly RegistryEntry[];
  private readonly hosts = new Map<RegistryKind, Suffix[]>();
  private readonly markers: { entry: RegistryEntry; value: string }[] = [];
  private readonly names = new Map<string, RegistryEntry>();
  private readonly exact = new Map<string, RegistryEntry>();
  /** Exact values long enough to be matched inside a larger value (a key inside a URL or a connection string). */
  private readonly embedded: { entry: RegistryEntry; value: string }[] = [];
  private readonly placeholders: RegistryEntry[] = [];
  /** Shapes of values published as public (`public-value` entries with a pattern, anchored). */
  private readonly shapes: RegistryEntry[] = [];
  private readonly builtIn = new Map<RegistryKind, RegistryEntry>();
  /**
   * Answers already given, per set of kinds asked about: a value repeated
   * across a file's records (a sibling read for every finding in its record,
   * a host on every line) is judged once. Emptied when it grows past
   * MEMO_LIMIT, so memory stays bounded.
   */
  private readonly memo = new WeakMap<ReadonlySet<RegistryKind>, Map<string, RegistryMatch | null>>();
  private readonly memoAll = new Map<string, RegistryMatch | null>();

  constructor(entries: readonly RegistryEntry[] = SYNTHETIC_REGISTRY, options: SyntheticOptions = {}) {
    const all: RegistryEntry[] = [...entries];
    if (options.hosts && options.hosts.length > 0) {
      all.push({ id: 'project-host', kind: 'reserved-host', reason: "host reserved by the project's configuration", values: options.hosts });
    }
    if (options.markers && options.markers.length > 0) {
      all.push({ id: 'project-marker', kind: 'example-marker', reason: "example marker declared in the project's configuration", values: options.markers });
    }
    all.push(...(options.entries ?? []));
    this.entries = all;
    for (const entry of all) this.add(entry);
  }

  private add(entry: RegistryEntry): void {
    const values = entry.values ?? [];
    switch (entry.kind) {
      case 'reserved-host':
      case 'stand-in-host':
      case 'public-mail-domain': {
        const list = this.hosts.get(entry.kind) ?? [];
        for (const value of values) list.push({ entry, suffix: value.toLowerCase() });
        this.hosts.set(entry.kind, list);
        break;
      }
      case 'example-marker':
        for (const value of values) this.markers.push({ entry, value: value.toLowerCase() });
        break;
      case 'fictional-name':
        for (const value of values) this.names.set(nameKey(value), entry);
        break;
      case 'documented-value':
      case 'public-value':
      case 'emulator-default':
        for (const value of values) {
          if (!this.exact.has(value)) this.exact.set(value, entry);
          // An example value inside a larger one makes it an example (a documented key in a sample URL); a public
          // value inside a larger one says nothing of the rest (Google Chat's public key in a webhook URL with its token).
          if (value.length >= 16 && entry.kind !== 'public-value') this.embedded.push({ entry, value });
        }
        // A vendor's published shape of values that are public by design (publishable client keys).
        if (entry.pattern) this.shapes.push(entry);
        break;
      case 'placeholder':
      case 'placeholder-part':
        if (entry.pattern) this.placeholders.push(entry);
        break;
      case 'documentation-ip':
      case 'low-variety':
        if (!this.builtIn.has(entry.kind)) this.builtIn.set(entry.kind, entry);
        break;
    }
  }

  /**
   * The entry that makes `value` not real, or undefined when it looks real.
   * `kinds` limits the entries consulted (a detector's declared kinds); all apply by default.
   */
  match(value: string, kinds?: ReadonlySet<RegistryKind>): RegistryMatch | undefined {
    let memo = kinds === undefined ? this.memoAll : this.memo.get(kinds);
    if (memo === undefined && kinds !== undefined) this.memo.set(kinds, (memo = new Map<string, RegistryMatch | null>()));
    const known = memo?.get(value);
    if (known !== undefined) return known ?? undefined;
    const found = this.judge(value, kinds);
    if (memo !== undefined && value.length <= MEMO_VALUE_LENGTH) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(value, found ?? null);
    }
    return found;
  }

  private judge(value: string, kinds: ReadonlySet<RegistryKind> | undefined): RegistryMatch | undefined {
    const applies = (kind: RegistryKind): boolean => kinds === undefined || kinds.has(kind);
    if (applies('documented-value') || applies('public-value') || applies('emulator-default')) {
      const exact = this.exactMatch(value);
      if (exact && applies(exact.kind)) return describe(exact);
    }
    const lower = value.toLowerCase();
    const named = hostsIn(lower);
    for (const { host, email } of named) {
      for (const kind of ['reserved-host', 'stand-in-host', 'public-mail-domain'] as const) {
        if (!applies(kind) || (kind === 'public-mail-domain' && !email)) continue;
        const hit = this.hostEntry(kind, host);
        if (hit) return describe(hit);
      }
      if (applies('documentation-ip') && isDocumentationIp(host)) {
        const entry = this.builtIn.get('documentation-ip');
        if (entry) return describe(entry);
      }
    }
    if (applies('example-marker')) {
      for (const { entry, value: marker } of this.markers) if (lower.includes(marker)) return describe(entry);
    }
    if (applies('fictional-name')) {
      const entry = this.fictional(value, named);
      if (entry) return describe(entry);
    }
    for (const entry of this.placeholders) if (applies(entry.kind) && entry.pattern?.test(value)) return describe(entry);
    if (applies('low-variety') && isLowVariety(lower)) {
      const entry = this.builtIn.get('low-variety');
      if (entry) return describe(entry);
    }
    return undefined;
  }

  /** True when `host` (lower-case) is reserved for documentation or local use, or a documentation stand-in. */
  isReservedHost(host: string): boolean {
    return this.hostEntry('reserved-host', host) !== undefined || this.hostEntry('stand-in-host', host) !== undefined;
  }

  /** The reason of an entry, by id. */
  reasonOf(id: string): string | undefined {
    return this.entries.find((e) => e.id === id)?.reason;
  }

  private exactMatch(value: string): RegistryEntry | undefined {
    const direct = this.exact.get(value);
    if (direct) return direct;
    for (const entry of this.shapes) if (entry.pattern?.test(value)) return entry;
    if (value.length < 16) return undefined;
    for (const { entry, value: known } of this.embedded) if (value.includes(known)) return entry;
    return undefined;
  }

  private hostEntry(kind: RegistryKind, host: string): RegistryEntry | undefined {
    for (const { entry, suffix } of this.hosts.get(kind) ?? []) {
      if (suffix.startsWith('.') ? host.endsWith(suffix) || host === suffix.slice(1) : host === suffix || host.endsWith(`.${suffix}`)) return entry;
    }
    return undefined;
  }

  /**
   * A fictional name stands as a whole name: the value is the name, maybe with
   * a corporate form ("Acme Corp"); or a host's or an email domain's own label
   * is the name (`acme.com`, `mail.contoso.com`, not `acme-logistics.io`); or an
   * email's mailbox is a fictional person (`jane.doe@…`); or the name is a
   * whole phrase of prose ("sent to Acme on Monday"). Never a substring of an
   * identifier or a host label.
   */
  private fictional(value: string, named: readonly { host: string; email: boolean; local?: string }[]): RegistryEntry | undefined {
    if (this.names.size === 0) return undefined;
    for (const { host, local } of named) {
      const labels = host.split('.');
      const owner = labels.length >= 2 ? labels[labels.length - 2] : undefined;
      const hit = (owner !== undefined ? this.names.get(owner) : undefined) ?? (local !== undefined ? this.names.get(nameKey(local)) : undefined);
      if (hit) return hit;
    }
    if (named.length > 0) return undefined;
    // Words separated by white space or punctuation that does not glue an identifier or a host together.
    const words = value.split(/[\s,;:()"'`/|]+/u).filter((w) => w.length > 0);
    if (words.length === 0 || words.length > 40) return undefined;
    const whole = words.map(trimSentenceEnd).filter((w) => !CORPORATE_FORM.test(w.toLowerCase()));
    const direct = this.names.get(nameKey(whole.join(' ')));
    if (direct) return direct;
    // A name inside prose: a run of one to three words, each a whole word of the value.
    for (let i = 0; i < words.length; i++) {
      let phrase = '';
      for (let n = 0; n < 3 && i + n < words.length; n++) {
        const word = trimSentenceEnd(words[i + n] ?? '');
        if (/[._@-]/u.test(word)) break;
        phrase = phrase ? `${phrase} ${word}` : word;
        const hit = this.names.get(nameKey(phrase));
        if (hit) return hit;
      }
    }
    return undefined;
  }
}

/** Names compare by letters and single spaces, lower case: `WILE_E_COYOTE` and `Wile E. Coyote` are one name. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A word without the full stops, question or exclamation marks that end it. */
function trimSentenceEnd(word: string): string {
  let end = word.length;
  while (end > 0 && '.!?'.includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}

function describe(entry: RegistryEntry): RegistryMatch {
  return { id: entry.id, kind: entry.kind, reason: entry.reason };
}

/** Hosts named in a value: URL authorities and email domains (with the mailbox). */
function hostsIn(lower: string): { host: string; email: boolean; local?: string }[] {
  const hosts: { host: string; email: boolean; local?: string }[] = [];
  for (const m of lower.matchAll(/(?:[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/@\s]{0,200}@)?|(?<local>[a-z0-9._%+-]{1,64})?@)(?<host>\[[0-9a-f:.]{2,45}\]|[a-z0-9.-]{1,253})/gu)) {
    const host = m.groups?.host;
    if (!host) continue;
    // `git@github.com:org/repo` is an SSH remote, not a mailbox: the host stays a host.
    const email = !m[0].includes('://') && lower.charCodeAt((m.index ?? 0) + m[0].length) !== 58;
    hosts.push({ host: host.replace(/^\[|\]$/gu, '').replace(/\.$/u, ''), email, ...(email && m.groups?.local ? { local: m.groups.local } : {}) });
  }
  // A host without a scheme, alone or before its port or path (`db.prod.acme.com/api`).
  const bare = hosts.length === 0 ? /^(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?=$|[:/?#])/u.exec(lower)?.groups?.host : undefined;
  if (bare !== undefined && /[a-z]/u.test(bare)) hosts.push({ host: bare, email: false });
  if (hosts.length === 0 && /^[0-9a-f:.]{2,45}$/u.test(lower) && /[.:]/u.test(lower)) hosts.push({ host: lower, email: false });
  return hosts;
}

/** RFC 5737 / RFC 3849 documentation ranges, loopback and the unspecified address. */
export function isDocumentationIp(host: string): boolean {
  return (
    /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/u.test(host) ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(host) ||
    host === '0.0.0.0' ||
    host === '::1' ||
    /^2001:0?db8:/u.test(host)
  );
}

/** Repeated or sequential bodies: few distinct characters, or a run of the alphabet or digits. */
function isLowVariety(lower: string): boolean {
  const body = lower.replace(/[^a-z0-9]/gu, '');
  if (body.length < 6) return false;
  const counts = new Map<string, number>();
  let most = 0;
  for (const ch of body) {
    const n = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, n);
    if (n > most) most = n;
  }
  if (counts.size <= 3) return true;
  if (body.length >= 12 && most / body.length > 0.6) return true;
  return SEQUENCE_RUNS.some((run) => body.includes(run));
}
