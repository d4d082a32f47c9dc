/**
 * The synthetic registry: values a public repository may hold because they are
 * plainly not real (reserved hosts, documentation IPs, placeholders, repeated
 * bodies, the project's declared example markers). It is data: each entry has
 * an id and a description, and a suppressed finding names the entry.
 */

/** One entry of the registry. */
export type SyntheticEntry =
  | { readonly id: string; readonly kind: 'host-suffix'; readonly description: string; readonly values: readonly string[] }
  | { readonly id: string; readonly kind: 'marker'; readonly description: string; readonly values: readonly string[] }
  | { readonly id: string; readonly kind: 'name'; readonly description: string; readonly values: readonly string[] }
  | { readonly id: string; readonly kind: 'placeholder'; readonly description: string; readonly pattern: RegExp }
  | { readonly id: string; readonly kind: 'documentation-ip'; readonly description: string }
  | { readonly id: string; readonly kind: 'low-variety'; readonly description: string };

/** Project additions to the registry (from the config or rule options). */
export interface SyntheticOptions {
  /** Extra substrings that mark a value as synthetic (case-insensitive). */
  readonly markers?: readonly string[];
  /** Extra host suffixes treated as reserved (e.g. `corp.example`). */
  readonly hosts?: readonly string[];
}

/** The built-in registry, CAVRA's conventions included. */
export const SYNTHETIC_REGISTRY: readonly SyntheticEntry[] = Object.freeze([
  {
    id: 'reserved-host',
    kind: 'host-suffix',
    description: 'RFC 2606 / 6761 reserved names: example.com/.org/.net, *.example, *.test, *.invalid, *.localhost, localhost',
    values: ['example.com', 'example.org', 'example.net', '.example', '.test', '.invalid', '.localhost', 'localhost', '.local'],
  },
  {
    id: 'documentation-ip',
    kind: 'documentation-ip',
    description: 'RFC 5737 and RFC 3849 documentation addresses, loopback and unspecified addresses',
  },
  {
    id: 'template-placeholder',
    kind: 'placeholder',
    description: 'Template and variable references: <…>, ${…}, {{…}}, %(…)s, $VAR, process.env.X, os.environ',
    pattern: /<[^<>\n]{1,80}>|\$\{[^{}\n]{0,80}\}|\{\{[^{}\n]{0,80}\}\}|%\([\w.]{1,40}\)s|^\$[A-Z_]\w{1,60}$|process\.env|os\.environ|getenv|secrets\.[A-Z_]|\[\[[^\]\n]{1,40}\]\]/u,
  },
  {
    id: 'placeholder-word',
    kind: 'placeholder',
    description: 'Words that say the value is not real: YOUR_…_HERE, xxxx, ****, REDACTED, changeme, placeholder, dummy, fake, sample, example',
    pattern: /your[_-]|[_-]here\b|x{4,}|\*{3,}|•{3,}|redacted|changeme|change[_-]me|placeholder|dummy|fake|sample|example|insert[_-]|replace[_-]?me|not[_-]?a[_-]?real|lorem|ipsum|(?:^|[^a-z])(?:test|demo|mock|foo|bar|baz|todo|tbd|null|none|undefined)(?:$|[^a-z])/iu,
  },
  {
    id: 'cavra-example-marker',
    kind: 'marker',
    description: "CAVRA's synthetic-example conventions",
    values: ['tenant-demo', 'saas-example', 'sample://', 'evidence://', '-pending', 'example.invalid', 'owner pending'],
  },
  {
    id: 'emulator-account',
    kind: 'marker',
    description: 'Accounts built into local emulators, the same on every machine (Azurite and the Azure Storage Emulator)',
    values: ['devstoreaccount1'],
  },
  {
    id: 'well-known-fictional-name',
    kind: 'name',
    description: 'Fictional organisations and people used in documentation',
    values: [
      ...['acme', 'contoso', 'fabrikam', 'northwind', 'initech', 'globex', 'wayne enterprises', 'umbrella corp', 'hooli'],
      ...['jane doe', 'john doe', 'john smith', 'jane smith', 'alice', 'bob', 'charlie', 'mallory'],
      // The customer of the cookie examples in RFC 2109 and RFC 2965, repeated by HTTP libraries' tests.
      ...['wile e coyote', 'wile_e_coyote'],
    ],
  },
  {
    id: 'low-variety-body',
    kind: 'low-variety',
    description: 'Repeated or sequential bodies: AAAA…, 0000…, 1234567890, abcdef…',
  },
] satisfies SyntheticEntry[]);

/** Every run of eight consecutive digits or letters, both directions. */
const SEQUENCE_RUNS = ['01234567890', 'abcdefghijklmnopqrstuvwxyz', '09876543210', 'zyxwvutsrqponmlkjihgfedcba'].flatMap((seq) =>
  Array.from({ length: seq.length - 7 }, (_, i) => seq.slice(i, i + 8)),
);

/** A compiled registry: `match(value)` names the entry that makes a value synthetic. */
export class SyntheticRegistry {
  private readonly hostSuffixes: string[];
  private readonly markers: { id: string; value: string }[];
  private readonly names: { id: string; pattern: RegExp }[];
  private readonly placeholders: { id: string; pattern: RegExp }[];

  constructor(
    readonly entries: readonly SyntheticEntry[] = SYNTHETIC_REGISTRY,
    options: SyntheticOptions = {},
  ) {
    this.hostSuffixes = [];
    this.markers = [];
    this.names = [];
    this.placeholders = [];
    for (const entry of entries) {
      if (entry.kind === 'host-suffix') this.hostSuffixes.push(...entry.values.map((v) => v.toLowerCase()));
      else if (entry.kind === 'marker') this.markers.push(...entry.values.map((v) => ({ id: entry.id, value: v.toLowerCase() })));
      else if (entry.kind === 'name') this.names.push({ id: entry.id, pattern: wordPattern(entry.values) });
      else if (entry.kind === 'placeholder') this.placeholders.push({ id: entry.id, pattern: entry.pattern });
    }
    for (const host of options.hosts ?? []) this.hostSuffixes.push(host.toLowerCase());
    for (const marker of options.markers ?? []) this.markers.push({ id: 'project-marker', value: marker.toLowerCase() });
  }

  /** The id of the registry entry that makes `value` synthetic, or undefined when it looks real. */
  match(value: string): string | undefined {
    const lower = value.toLowerCase();
    for (const host of hostsIn(lower)) {
      if (this.isReservedHost(host)) return 'reserved-host';
      if (isDocumentationIp(host)) return 'documentation-ip';
    }
    for (const { id, value: marker } of this.markers) {
      if (lower.includes(marker)) return id;
    }
    for (const { id, pattern } of this.names) {
      if (pattern.test(lower)) return id;
    }
    for (const { id, pattern } of this.placeholders) {
      if (pattern.test(value)) return id;
    }
    if (isLowVariety(lower)) return 'low-variety-body';
    return undefined;
  }

  /** True when `host` (lower-case) is reserved for documentation or local use. */
  isReservedHost(host: string): boolean {
    return this.hostSuffixes.some((suffix) =>
      suffix.startsWith('.') ? host.endsWith(suffix) || host === suffix.slice(1) : host === suffix || host.endsWith(`.${suffix}`),
    );
  }
}

/** Matches any of `words` as a whole word (letters on neither side). */
function wordPattern(words: readonly string[]): RegExp {
  const escaped = words.map((w) => w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`(?<![a-z])(?:${escaped.join('|')})(?![a-z])`, 'u');
}

/** Hosts named in a value: URL authorities and email domains. */
function hostsIn(lower: string): string[] {
  const hosts: string[] = [];
  for (const m of lower.matchAll(/(?:[a-z][a-z0-9+.-]{0,20}:\/\/(?:[^/@\s]{0,200}@)?|@)(\[[0-9a-f:.]{2,45}\]|[a-z0-9.-]{1,253})/gu)) {
    if (m[1]) hosts.push(m[1].replace(/^\[|\]$/gu, '').replace(/\.$/u, ''));
  }
  if (hosts.length === 0 && /^[a-z0-9.-]{1,253}$/u.test(lower) && lower.includes('.')) hosts.push(lower);
  if (hosts.length === 0 && /^[0-9a-f:.]{2,45}$/u.test(lower)) hosts.push(lower);
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
