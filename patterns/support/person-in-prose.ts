/**
 * A person named in the sentences of a customer-success note or a support
 * ticket ("Met with Marta Lindqvist (VP Ops) on the renewal", "Escalated by
 * Tomasz Wierzbicki"): the name's shape, the lexicon of given names, and the
 * words that make the surrounding record customer-success or support evidence.
 * The detectors declare the evidence as context; this module only reads the
 * name and its immediate neighbours. Every kind of evidence starts with one of
 * the detectors' keywords, so that the same regex serves as their keyword
 * context: a keyword opens a window only where evidence starts.
 */
import { recordSpan, recordValues } from '../../src/engine/records.js';
import type { RegistryKind } from '../../src/engine/synthetic.js';
import type { MatchContext } from '../../src/engine/types.js';
import { isRoleWord, isSyntheticValue } from '../customer-identifier/support/payload-values.js';
import { GIVEN_NAMES, WORD_GIVEN_NAMES } from './given-names.js';
import { seededRandom } from './sample-builder.js';

let givenNames: ReadonlySet<string> | undefined;
let wordGivenNames: ReadonlySet<string> | undefined;

/** The lexicon's spelling of a word: lower case, accents dropped ("José" is "jose", as the SSA files spell it). */
function lexiconKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when `word` (any case, with or without accents) is in the lexicon of given names (patterns/support/given-names.ts). */
export function isGivenName(word: string): boolean {
  givenNames ??= new Set(GIVEN_NAMES.split(' '));
  return givenNames.has(lexiconKey(word));
}

/**
 * True when `word` (any case) is a given name that is also a common English
 * word ("Mark", "Grace", "Peter"): a name only where one stands mid-sentence.
 */
export function isWordGivenName(word: string): boolean {
  wordGivenNames ??= new Set(WORD_GIVEN_NAMES.split(' '));
  return wordGivenNames.has(lexiconKey(word));
}

/**
 * What makes a record a customer-success note: a health score with its value,
 * ARR or MRR with an amount, NPS with an answer, a renewal with its date or
 * event, churn risk, a QBR or EBR, an account manager, CSM or executive
 * sponsor, an upsell. A bare "NPS" or "renewal" is not enough: survey tools
 * and certificate runbooks say those too.
 */
export const SUCCESS_EVIDENCE =
  /\b(?:[Hh]ealth[ _-]?[Ss]core\b[^.;\n\d]{1,30}?(?:(?![01][ \t]*(?:[-\u2013]|to\b))\d{1,3}\b|\b(?:red|amber|yellow|green)\b)|(?:ARR|MRR)[ :=][ \t:=]{0,2}(?:of |is |was |at |~)?[$\u20ac\u00a3]?\d|NPS\b[^.;\n\d]{1,40}(?![01][ \t]*(?:[-\u2013]|to\b))\d{1,2}\b|[Rr]enewal(?:[ _-]?(?:date|due))?\b[^.;\n]{1,40}?(?:\b20\d\d\b|\b(?:Q[1-4]|call|meeting|signed|due|risk|at risk|discount|quote|date|pricing|uplift|negotiation|deadline|postponed|slipped|lost|booked|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6})\b)|(?:[Uu]pcoming|[Tt]heir|[Cc]ontract) renewal\b|[Cc]hurn(?:ed\b|[ _-](?:risk|signals?|reason|flag|alert)\b)|(?:[Ll]ikely|[Tt]hreatening|[Aa]bout) to churn\b|[Rr]isk of churn\b|[Aa]ccount health\b|QBR\b|EBR\b|CSM\b|[Aa]ccount [Mm]anager\b|[Cc]ustomer [Ss]uccess [Mm]anager\b|[Ee]xec(?:utive)? [Ss]ponsor\b|[Uu]psell)/u;

/**
 * What makes a record a support ticket: a ticket or case number, a requester
 * field, an escalation by or to someone, an SLA breach or deadline, a support
 * ticket or case named as such. A bare "requester" or "SLA" is not enough:
 * code and uptime pages say those too; nor is a reference to an issue
 * tracker's ticket ("see ticket #902", "fixes ticket 1234"), as open-source
 * code cites its own tracker.
 */
export const SUPPORT_EVIDENCE =
  /\b(?:(?<!(?:[Ss]ee|[Rr]efs?|[Ff]ix(?:es|ed)?|[Cc]los(?:es?|ed)|[Rr]esol(?:ves?|ved)|[Pp]er|[Ii]n) )[Tt]icket(?:[ \t]{0,2}(?:#|[Nn]o\.|[Nn]umber|ID\b|[Ii]d\b)|[_-]?(?:id|ID|number|no)\b["']?)?[ \t:=]{0,3}["']?(?:[A-Z]{2,6}-)?\d{3,9}\b|ZD[ #-]{1,2}\d{3,9}\b|[Cc]ase (?:#|[Nn]o\.|[Nn]umber)[ \t:]{0,3}\d{3,9}\b|[Rr]equester(?:[ _-]?(?:name|email))?["']?[ \t]{0,2}[:=]|[Rr]equested by\b|[Ee]scalated (?:by|to)\b|[Ee]scalation (?:from|by|owner)\b|SLA(?: (?:breach|breached|missed|deadline|due|timer|clock)\b|:[ \t]{0,2}(?:breach|missed|due|\d{1,2} ?(?:h|hours?|min)\b))|(?:[Bb]reached|[Mm]issed) (?:the )?SLA\b|[Ss]upport (?:ticket|case)s?\b)/u;

/**
 * Lines that credit people rather than record them: thanks, authorship and
 * contributor credits (written, developed, ported by …), commit trailers,
 * copyright notices, and release-note entries (a version number).
 */
export const CREDIT_LINE =
  /\b(?:[Tt]hanks?|[Tt]hank you|[Kk]udos|[Cc]redits?|[Aa]uthors?|[Cc]ontributors?|[Cc]ontributed|[Mm]aintainers?|[Cc]opyright|(?:[Ww]ritten|[Rr]ewritten|[Dd]eveloped|[Ii]mplemented|[Pp]orted|[Pp]atched|[Aa]dapted|[Mm]odified|[Mm]aintained|[Oo]riginally) by|[Cc]o-authored-by|[Ss]igned-off-by|[Rr]eviewed-by|[Rr]eported-by)\b|(?<![\d.])v?\d{1,3}\.\d{1,3}\.\d{1,4}(?![\d.])/u;

/**
 * What marks an open-source changelog or issue thread near the name: a pull
 * request or issue reference or link, a GitHub handle credited, the words
 * changelog or release notes. Support tickets and customer-success notes
 * are kept in a helpdesk or a CRM, not linked to a public tracker.
 */
export const TRACKER_REFERENCE = /\(#\d{1,6}\)|\/pull\/\d|\/issues\/\d|\bby @[\w-]|\b(?:[Cc]hangelog|CHANGELOG|[Rr]elease notes)\b/u;

/** Words that end a place or an organisation rather than a person ("Jordan Valley", "Austin Office"). */
const NOT_A_FAMILY_NAME = new Set([
  'valley', 'street', 'avenue', 'road', 'park', 'city', 'county', 'state', 'airport', 'university', 'college', 'school',
  'hospital', 'clinic', 'health', 'medical', 'capital', 'ventures', 'holdings', 'logistics', 'freight', 'airlines',
  'motors', 'energy', 'insurance', 'office', 'hotel', 'hotels', 'resort', 'bay', 'lake', 'river', 'beach', 'hills',
  'heights', 'springs', 'north', 'south', 'east', 'west', 'central', 'plaza', 'center', 'centre', 'tower', 'mall',
  'region', 'edition', 'plan', 'tier', 'package', 'bundle', 'portal', 'cloud', 'suite', 'studio', 'mode', 'view',
  // Product words: assistants and apps named after a person ("Claude Desktop", "Claude Code").
  'code', 'desktop', 'agent', 'agents', 'assistant', 'copilot', 'sdk', 'cli', 'pro', 'plus', 'enterprise', 'sonnet', 'opus', 'haiku',
]);

/** Words that may stand capitalised right before a name at the start of a sentence or a field. */
const LEAD_WORD = /^(?:With|From|By|Per|Cc|To|Ask|Ping|Met|Call|Called|Emailed|Spoke|Requester|Reporter|Assignee|Champion|Sponsor|Attendees?|Escalated|Reported|Requested|Submitted|Opened)$/u;

/** The registry kinds that make a whole record an example, as the engine reads sibling values. */
const SIBLING_KINDS: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['reserved-host', 'stand-in-host', 'example-marker', 'fictional-name', 'documentation-ip']);

/**
 * After a given name that is also a common word, words that make the pair a
 * command or a label of a user interface ("Mark Resolved", "Grant Access").
 */
const INTERFACE_WORD = new Set([
  'access', 'resolved', 'solved', 'complete', 'completed', 'done', 'read', 'unread', 'spam', 'closed', 'open', 'pending',
  'period', 'payment', 'payments', 'card', 'request', 'requests', 'ticket', 'tickets', 'case', 'cases', 'note', 'notes',
  'all', 'as', 'field', 'fields', 'list', 'permission', 'permissions', 'number', 'date', 'score', 'status', 'priority',
  'type', 'renewal', 'renewals', 'invoice', 'invoices', 'customer', 'customers', 'jury', 'total', 'gold', 'garden',
]);

/** Honorifics that may stand before a name, with or without their full stop. */
const TITLE = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)$/u;

/**
 * True when `secret` (`Given [M.] Family`, as the detectors' regex reads it)
 * is a person in prose: a given name of the lexicon, a family name that is no
 * team, role, place or organisation word, standing alone (no capitalised word
 * right before or after it, which would make it part of a longer proper
 * name: "Jordan Valley Systems"), not in the registry of fictional names.
 */
export function isPersonInProse(secret: string, context: Pick<MatchContext, 'text' | 'offset' | 'registry' | 'syntax'>): boolean {
  const words = secret.split(' ');
  const given = words[0] ?? '';
  const family = words[words.length - 1] ?? '';
  const wordName = !isGivenName(given) && isWordGivenName(given);
  if ((!isGivenName(given) && !wordName) || isRoleWord(given) || isRoleWord(family) || NOT_A_FAMILY_NAME.has(family.toLowerCase())) return false;
  if (wordName && INTERFACE_WORD.has(family.toLowerCase())) return false;
  if (isSyntheticValue(secret, context.registry) || isSyntheticValue(`${given} ${family}`, context.registry)) return false;
  const { text, offset } = context;
  if (text === undefined || offset === undefined) return true;
  const after = text.slice(offset + secret.length, offset + secret.length + 40);
  if (/^[ \t]+\p{Lu}\p{Ll}/u.test(after) || /^[ \t]*&/u.test(after)) return false;
  // The word right before, when only spaces stand between it and the name.
  const before = text.slice(Math.max(0, offset - 40), offset);
  // A given name that is also a word is a name only mid-sentence: after a lower-case word or a comma, colon,
  // parenthesis, quote or dash, never first on a line or in a sentence, where a verb or a title starts.
  if (wordName && !/(?:\p{Ll}[ \t]|[,:;(\u201c"'\u2014\u2013][ \t]?)$/u.test(before)) return false;
  if (!/[ \t]$/u.test(before)) return !inExampleRecord(secret, text, offset, context);
  const previous = before.trimEnd().split(/\P{L}/u).pop() ?? '';
  if (/^\p{Lu}\p{Ll}/u.test(previous) && !TITLE.test(previous) && !LEAD_WORD.test(previous) && !isRoleWord(previous)) return false;
  return !inExampleRecord(secret, text, offset, context);
}

/**
 * True when the record around the name (its JSON object, YAML mapping or
 * paragraph; its line) holds a value the registry calls an example: a
 * fictional company beside the person, a reserved host, a project marker.
 * A recognizably synthetic record makes its people synthetic too.
 */
function inExampleRecord(secret: string, text: string, offset: number, context: Pick<MatchContext, 'registry' | 'syntax'>): boolean {
  const { registry, syntax } = context;
  if (registry === undefined) return false;
  // Bounded reads, so that a long line of names stays linear: the record within 600 characters, the line within 200.
  const [from, to] = recordSpan(text, offset, offset + secret.length, syntax);
  const near = text.slice(Math.max(from, offset - 600), Math.min(to, offset + secret.length + 600));
  const before = text.slice(Math.max(0, offset - 200), offset);
  const after = text.slice(offset, offset + secret.length + 200);
  const lineEnd = after.indexOf('\n');
  const line = before.slice(before.lastIndexOf('\n') + 1) + (lineEnd === -1 ? after : after.slice(0, lineEnd));
  const values = [...recordValues(near), line].filter((v) => v !== secret);
  return values.some((value) => registry.match(value, SIBLING_KINDS) !== undefined);
}

const GIVEN = ['Marta', 'Dana', 'Tomasz', 'Ingrid', 'Kwame', 'Nadia', 'Henrik', 'Priya', 'Matteo', 'Aiyana', 'Lars', 'Giulia'];
const FAMILY = ['Lindqvist', 'Whitfield', 'Wierzbicki', 'Okafor', 'Mensah', 'Varga', 'Castellanos', 'Haugland', 'Ferreira', 'Nakashima', 'Brennan', 'Oyelaran'];

/**
 * A person's name assembled at run time from fragments with a seeded PRNG:
 * positives name no one in particular and no real name sits in the source.
 */
export function sampleName(seed: string): string {
  const next = seededRandom(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] ?? '';
  return `${pick(GIVEN)} ${pick(FAMILY)}`;
}
