/**
 * Value checks shared by the customer-data detectors (customer identifiers,
 * billing records, tickets, customer-success notes, audit payloads): is a
 * value a real-looking customer id, a real person's name, a real email, a
 * public IP address. Pure functions: what is not real is asked of the
 * engine's registry, which each validator passes down from its context.
 */
import type { RegistryKind } from '../../../src/engine/synthetic.js';
import type { RegistryLookup, Syntax } from '../../../src/engine/types.js';

/**
 * True when the engine's registry (with the project's additions) calls `value`
 * not real: for a part of a match other than the reported value (a subject, a
 * name beside a quote, an email near an IP). The registry comes from the
 * validator's context; without one nothing is known to be synthetic.
 */
export function isSyntheticValue(value: string, registry: RegistryLookup | undefined): boolean {
  return registry?.match(value) !== undefined;
}

/**
 * True when `email` looks like a real person's or customer's address: a
 * well-formed domain, and nothing in the registry (reserved and stand-in
 * domains, public projects' and services' domains, role mailboxes, fictional
 * people, markers) says otherwise.
 */
export function isRealEmail(email: string, registry: RegistryLookup | undefined): boolean {
  const at = email.lastIndexOf('@');
  if (at <= 0) return false;
  const domain = email.slice(at + 1).toLowerCase();
  if (!/^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}$/u.test(domain)) return false;
  return !isSyntheticValue(email, registry);
}

/**
 * True when `email` is at one of the project's own domains: a second-level
 * label that is one of `products` (lower case), as test users at `cavra.io` are.
 */
export function isProductDomain(email: string, products: ReadonlySet<string>): boolean {
  const labels = email.slice(email.lastIndexOf('@') + 1).toLowerCase().split('.');
  return products.has(labels[labels.length - 2] ?? '');
}

/** Words that make a pair of capitalised words a team, a role or a label rather than a person. */
const NOT_A_PERSON = new Set(
  [
    'team', 'group', 'squad', 'guild', 'desk', 'support', 'helpdesk', 'ops', 'devops', 'sre', 'engineering', 'platform',
    'security', 'admin', 'admins', 'administrator', 'bot', 'robot', 'service', 'services', 'system', 'inc', 'ltd', 'llc',
    'gmbh', 'corp', 'corporation', 'company', 'co', 'department', 'dept', 'council', 'committee', 'board', 'maintainers',
    'maintainer', 'contributors', 'core', 'infra', 'infrastructure', 'data', 'billing', 'sales', 'success', 'customer',
    'customers', 'account', 'accounts', 'manager', 'owner', 'owners', 'lead', 'leads', 'unknown', 'unassigned', 'not',
    'assigned', 'pending', 'none', 'open', 'source', 'foundation', 'project', 'community', 'user', 'users', 'name', 'full',
    'first', 'last', 'display', 'contact', 'person', 'office', 'operations', 'finance', 'legal', 'marketing', 'product',
    'design', 'research', 'release', 'releases', 'build', 'on', 'call', 'oncall', 'the', 'and', 'of', 'for', 'api', 'app',
    'web', 'mobile', 'backend', 'frontend', 'cloud', 'network', 'networking', 'storage', 'docs', 'documentation', 'qa',
    'quality', 'testing', 'test', 'tests', 'runtime', 'compiler', 'tooling', 'tools', 'internal', 'external', 'global',
    'general', 'default', 'main', 'primary', 'secondary', 'new', 'old', 'my', 'your', 'our', 'their', 'some', 'any',
    'everyone', 'nobody', 'anyone', 'staff', 'members', 'member', 'partners', 'partner', 'vendor', 'vendors', 'client',
    'clients', 'role', 'roles', 'bank', 'technologies', 'solutions', 'labs', 'studio', 'studios', 'systems', 'group',
  ],
);

/** True when `word` (any case) names a team, a role, an organisation or a label rather than part of a person's name. */
export function isRoleWord(word: string): boolean {
  return NOT_A_PERSON.has(word.toLowerCase());
}

const NAME_WORD = /^\p{Lu}\p{Ll}{1,24}(?:['-]\p{Lu}?\p{Ll}{1,24})?$/u;

/**
 * True when `value` reads as a person's name: two to four capitalised words
 * ("Marta Lindqvist", "Jean-Luc Moreau"), none of them a team or role word.
 */
export function isPersonName(value: string, registry: RegistryLookup | undefined): boolean {
  const words = value.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  if (words.some((w) => NOT_A_PERSON.has(w.toLowerCase()))) return false;
  return !isSyntheticValue(value, registry);
}

/**
 * Words that never identify a customer on their own (defaults, types, labels,
 * the keys themselves). Words like `demo` or `sample` are left to the
 * synthetic registry, which reports why it suppressed a value.
 */
const NOT_AN_IDENTIFIER = new Set([
  'customer', 'customers', 'cust', 'tenant', 'tenants', 'account', 'accounts', 'acct', 'org', 'orgs', 'organization',
  'organisation', 'organizations', 'organisations', 'company', 'client', 'team', 'user', 'workspace', 'project', 'id',
  'ids', 'uuid', 'guid', 'name', 'slug', 'ref', 'key', 'code', 'number', 'num', 'no', 'domain', 'identifier', 'unique',
  'display', 'full', 'short', 'value', 'string', 'str', 'int', 'integer', 'text', 'type', 'the', 'your', 'my', 'our',
  'a', 'an', 'of', 'default', 'public', 'private', 'common', 'main', 'primary', 'system', 'admin', 'root', 'local',
  'global', 'internal', 'external', 'personal', 'unknown', 'anonymous', 'guest', 'consumers', 'community', 'console',
  'cli', 'current', 'self', 'me', 'all', 'any', 'new', 'prod', 'production', 'staging', 'stage', 'dev', 'development',
  'qa', 'sandbox', 'preview', 'optional', 'required', 'true', 'false', 'yes', 'no', 'on', 'off',
  'empty', 'blank', 'na', 'n/a', 'abc', 'xyz', 'one', 'two', 'first', 'second', 'other', 'some',
]);

// Member access, with JavaScript's optional chaining (`?.`) and Ruby's safe navigation (`&.`).
const MEMBER_CHAIN = /^[A-Za-z_$][\w$]{0,80}(?:[?&]?\.[A-Za-z_$][\w$]{0,80}){1,8}$/u;
/** camelCase, PascalCase, snake_case and CONSTANT_CASE words: how code names things, unlike issued ids. */
const WORDY_IDENTIFIER = /^(?:[_$]?[a-z]+(?:[A-Z][a-z]+)*[0-9]{0,2}|[A-Z][a-z]+(?:[A-Z][a-z]+)*[0-9]{0,2}|[a-z]+(?:_[a-z0-9]+)*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)$/u;

/** True when an unquoted value in code reads as a variable or member access (`customer.id`, `tenantId`). */
function isCodeReference(value: string): boolean {
  return MEMBER_CHAIN.test(value) || WORDY_IDENTIFIER.test(value);
}

/** True when `digits` run up or down (123456, 654321): typed by hand, never issued. */
function isSequentialDigits(digits: string): boolean {
  return '01234567890123456789'.includes(digits) || '98765432109876543210'.includes(digits);
}

/** True when every run of equal digits is at least three long (111222333444, 111122223333). Loops, not a backreference regex. */
function isRunsOfThree(digits: string): boolean {
  let i = 0;
  while (i < digits.length) {
    let j = i;
    while (j < digits.length && digits.charAt(j) === digits.charAt(i)) j++;
    if (j - i < 3) return false;
    i = j;
  }
  return digits.length > 0;
}

/** True when `digits` are one block of two to six repeated (123123, 12341234). */
function isRepeatedBlock(digits: string): boolean {
  for (let size = 2; size <= 6 && size * 2 <= digits.length; size++) {
    if (digits.length % size === 0 && digits.slice(0, size).repeat(digits.length / size) === digits) return true;
  }
  return false;
}

/** Digits typed by hand as an example, never issued: counting, runs of equal digits, a repeated block. */
export function isTypedDigits(digits: string): boolean {
  return isSequentialDigits(digits) || isRunsOfThree(digits) || isRepeatedBlock(digits);
}

const EXAMPLE_LEAD = /(?:\bexamples?\b|\be\.g\.|\bi\.e\.|\bsuch as\b|\bfor instance\b|\bformat\b|\blike\b)[^.;\n]{0,100}$/iu;

/**
 * True when documentation introduces `match` as an example ("for example,
 * arn:aws:…", "e.g. …", "format: …") within the hundred characters before it
 * on its line: vendor docs and SDK reference text, not a leak.
 */
export function introducedAsExample(line: string, match: string): boolean {
  const at = line.indexOf(match);
  if (at < 0) return false;
  return EXAMPLE_LEAD.test(line.slice(Math.max(0, at - 120), at));
}

/** What the customer-key detectors know about the value's surroundings. */
export interface ValueContext {
  /** The value was quoted in the source (a string literal, a quoted YAML scalar). */
  readonly quoted: boolean;
  readonly syntax: Syntax;
  /** The engine's registry, from the validator's context. */
  readonly registry: RegistryLookup | undefined;
}

/**
 * True when `value`, found under a customer/tenant/account/org key, looks like
 * a real identifier or name rather than a default, a type, a code reference,
 * a small test number or the key's own name.
 */
export function isCustomerValue(raw: string, context: ValueContext): boolean {
  const value = raw.trim();
  if (value.length < 3) return false;
  // Left to the registry, which suppresses the value and says why (`tenant-demo`, `sample://…`).
  if (isSyntheticValue(value, context.registry)) return true;
  // Unquoted in code: a variable or member access (`customerId: customer.id`), not data.
  if (!context.quoted && (context.syntax === 'js' || context.syntax === 'python') && isCodeReference(value)) return false;
  if (/^\d+$/u.test(value)) return value.length >= 6 && !isTypedDigits(value);
  // A field or variable name in words ending in what it holds (`azure_storage_account_name`, `TENANT_ID`) names the value, it is not one.
  if (/^[a-z]+(?:_[a-z]+)+$/iu.test(value) && /_(?:id|name|key|slug|uuid|number|code|ref)$/iu.test(value)) return false;
  // A dotted field path (`azure_services_authentication.tenant_id`) names a field, not a customer.
  if (/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+$/u.test(value)) return false;
  if (value.includes(' ')) return isProperName(value);
  // A single word of letters is a label (`default`, `nodejs`, `Engineering`), not an id.
  if (/^[A-Za-z]+$/u.test(value)) return false;
  if (value.length <= 8 && /^[A-Za-z]{0,4}[-_]?\d{1,4}$/u.test(value)) return false;
  // A label word and a small number (`account1`, `tenant-2`, `customer_03`): a slot in an example, not an id.
  const labelled = /^(?<word>[A-Za-z]+)[-_]?\d{1,3}$/u.exec(value);
  if (labelled?.groups && NOT_AN_IDENTIFIER.has((labelled.groups.word ?? '').toLowerCase())) return false;
  const lower = value.toLowerCase();
  if (value.length <= 10 && (lower.includes('123') || lower.includes('abc'))) return false;
  const parts = value
    .split(/[-_.:/@+]+/u)
    .filter((part) => part.length > 0 && !NOT_AN_IDENTIFIER.has(part.toLowerCase()) && !/^\d{1,5}$/u.test(part));
  const rest = parts.join('');
  // Words only (`tenant-owner`, `northbridge-logistics`): a slug needs two telling words.
  if (!/\d/u.test(rest)) return parts.length >= 2 && rest.length >= 8;
  return rest.length >= 6;
}

/** Two or more capitalised words, none of them a label word ("Northbridge Logistics GmbH"). */
function isProperName(value: string): boolean {
  const words = value.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 8) return false;
  const connectors = new Set(['&', '+', 'and', 'und', 'et', 'de', 'of']);
  let capitalised = 0;
  for (const word of words) {
    if (connectors.has(word.toLowerCase())) continue;
    if (!/^[A-Z0-9]/u.test(word)) return false;
    if (NOT_AN_IDENTIFIER.has(word.toLowerCase().replace(/[^a-z/]/gu, ''))) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/** Non-public IPv4 ranges as [first octet, second octet, prefix length]. */
const NON_PUBLIC_V4 = [
  [10, 0, 8],
  [172, 16, 12],
  [192, 168, 16],
  [100, 64, 10],
  [169, 254, 16],
  [127, 0, 8],
  [198, 18, 15],
] as const;

/** True when the octets count up or down by one (1.2.3.4, 5.6.7.8, 4.3.2.1) or are all the same (2.2.2.2). */
function isTypedPattern(octets: readonly number[]): boolean {
  const steps = octets.slice(1).map((o, i) => o - (octets[i] ?? 0));
  return steps.every((d) => d === 1) || steps.every((d) => d === -1) || steps.every((d) => d === 0);
}

/** The registry kinds that name an address as not anyone's: public resolvers, addresses typed as examples, documentation ranges. */
const IP_KINDS: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['public-value', 'documented-value', 'placeholder', 'documentation-ip']);

/**
 * True when `ip` is a public IPv4 address that could be a real client: not
 * private (RFC 1918), shared (RFC 6598), loopback, link-local, documentation
 * (RFC 5737), benchmarking, multicast or reserved, not counting or repeating
 * (1.2.3.4, 2.2.2.2), and not in the registry (public resolvers, addresses
 * typed as examples such as 12.34.56.78).
 */
export function isPublicIpv4(ip: string, registry: RegistryLookup | undefined): boolean {
  const parts = ip.split('.');
  if (parts.length !== 4) return false;
  const octets = parts.map((p) => (/^\d{1,3}$/u.test(p) && (p.length === 1 || !p.startsWith('0')) ? Number(p) : NaN));
  if (octets.some((o) => Number.isNaN(o) || o > 255)) return false;
  const [a = 0, b = 0, c = 0] = octets;
  if (a >= 224 || a === 0) return false;
  if (/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./u.test(ip)) return false;
  if (a === 192 && b === 0 && c === 0) return false;
  const value = ((a << 24) >>> 0) + (b << 16) + (c << 8);
  for (const [pa, pb, bits] of NON_PUBLIC_V4) {
    const base = ((pa << 24) >>> 0) + (pb << 16);
    const mask = (0xffffffff << (32 - bits)) >>> 0;
    if (((value & mask) >>> 0) === ((base & mask) >>> 0)) return false;
  }
  return !isTypedPattern(octets) && registry?.match(ip, IP_KINDS) === undefined;
}

/**
 * For the record detectors (invoice, ticket, audit, health records): true when
 * context key `n` was seen before the anchor key (`b<n>`, or `c<n>` after the
 * other context key) or after it (`a<n>`).
 */
export function contextFound(groups: Readonly<Record<string, string | undefined>>, n: 1 | 2): boolean {
  return groups[`b${n}`] !== undefined || groups[`c${n}`] !== undefined || groups[`a${n}`] !== undefined;
}

/** What a record detector's `validate` sees of the text around its value. */
interface Surroundings {
  readonly line: string;
  readonly text?: string;
  readonly offset?: number;
}

/**
 * True when `key` (a context key such as `invoice_number:`) occurs within
 * `reach` characters before or after the value: the same record, pretty-printed
 * over several lines or on one. Falls back to the value's line.
 */
export function keyNearby(around: Surroundings, key: RegExp, reach = 600): boolean {
  if (around.text === undefined || around.offset === undefined) return key.test(around.line);
  return key.test(around.text.slice(Math.max(0, around.offset - reach), around.offset + reach));
}

/** Lines of a file's authorship header: copyright, author and maintainer credits, version-control keywords. */
const AUTHORSHIP =
  /copyright|\(c\)[ \t]{0,2}(?:19|20)\d\d|©|\bauthors?\b|\b(?:written|maintained|contributed|originally|modifications|modified|ported)[ \t]by\b|\bmaintainers?\b|\$(?:id|revision|header|author)\b|spdx-license-identifier|\blast[ \t]updated\b/iu;
/** Before a header field at the start of a line: indentation and a comment marker at most. */
const COMMENT_LEAD = /^[ \t]{0,12}(?:#{1,3}|\/\/|\/?\*{1,2}|--|;{1,2}|%|!|"""|''')?[ \t]{0,4}$/u;

/**
 * True when the match is a credit in a file's header rather than a record:
 * a title-case field (`Contact: Kai Vehmanen <kai@…>`, `Submitter: Jurgen
 * Hermann`) at the start of a comment or docstring line, with a copyright,
 * author, maintainer or `$Id$` line within a few lines. Public code credits
 * its upstream authors there; a customer's contact is a lower-case key of
 * a payload or a record, with no copyright beside it.
 */
export function isAuthorshipCredit(context: { readonly groups: Readonly<Record<string, string | undefined>>; readonly line: string; readonly match: string } & Surroundings): boolean {
  const key = context.groups.key;
  if (key === undefined || !/^\p{Lu}\p{Ll}/u.test(key)) return false;
  const at = context.line.indexOf(context.match);
  if (at < 0 || !COMMENT_LEAD.test(context.line.slice(0, at))) return false;
  return keyNearby(context, AUTHORSHIP, 400);
}
