import { defineDetector } from '../../src/engine/define-detector.js';
import { isSyntheticValue } from '../customer-identifier/support/payload-values.js';
import { randomString as r } from '../support/sample-builder.js';

const id = 'customer-note-subject';

/**
 * The vocabulary of a support or customer-success note: tickets, escalations,
 * severities, churn, renewals, refunds and credits, cancellations. A heading
 * or a `Customer:` line names an account only where the note around it speaks
 * of one of these (a declared context, read within a few lines).
 */
export const NOTE_VOCABULARY =
  /\b(?:tickets?|escalat(?:ed|ion|ions|ing)|sev[ -]?[1-4]|churn(?:ed|ing)?|renewal|renew(?:ed|s)|cancel(?:led|ed|lation)|refund(?:ed)?|credited|service credit|CSM|QBR|downgrad(?:e|ed|ing)|complain(?:ed|t|ts)?|outage|SLA breach)\b/iu;

/**
 * Words of a heading or a label rather than of an account's name ("Root
 * Cause", "Next Steps", "Self-Hosted Setup"): a subject holding any of them
 * is no customer.
 */
const NOT_AN_ACCOUNT = new Set(
  [
    'the', 'a', 'an', 'our', 'your', 'their', 'this', 'that', 'all', 'any', 'new', 'next', 'last', 'first', 'steps', 'step',
    'root', 'cause', 'causes', 'summary', 'overview', 'timeline', 'process', 'policy', 'policies', 'procedure', 'playbook',
    'runbook', 'guide', 'checklist', 'template', 'example', 'sample', 'workflow', 'levels', 'level', 'matrix', 'path', 'paths',
    'how', 'when', 'what', 'why', 'who', 'where', 'which', 'name', 'names', 'customer', 'customers', 'account', 'accounts',
    'client', 'clients', 'tenant', 'tenants', 'ticket', 'tickets', 'escalation', 'escalations', 'churn', 'renewal', 'renewals',
    'support', 'success', 'team', 'teams', 'manager', 'management', 'owner', 'owners', 'contact', 'contacts', 'details', 'info',
    'information', 'notes', 'note', 'status', 'report', 'reports', 'review', 'reviews', 'plan', 'plans', 'setup', 'settings',
    'self', 'hosted', 'cloud', 'enterprise', 'community', 'edition', 'free', 'pro', 'paid', 'trial', 'tier', 'tiers', 'billing',
    'pricing', 'portal', 'page', 'pages', 'view', 'list', 'form', 'field', 'fields', 'api', 'sdk', 'cli', 'app', 'data', 'model',
    'object', 'objects', 'record', 'records', 'type', 'types', 'id', 'ids', 'email', 'emails', 'user', 'users', 'internal',
    'external', 'priority', 'severity', 'high', 'low', 'medium', 'urgent', 'critical', 'open', 'closed', 'pending', 'resolved',
    'unknown', 'none', 'other', 'misc', 'general', 'default', 'required', 'optional', 'yes', 'no', 'true', 'false', 'todo', 'tbd',
    'incident', 'incidents', 'outage', 'outages', 'issue', 'issues', 'bug', 'bugs', 'request', 'requests', 'feature', 'features',
    'risk', 'risks', 'health', 'score', 'handling', 'handoff', 'triage', 'response', 'times', 'time', 'rules', 'rule', 'flow',
    'let', 'us', 'know', 'see', 'more', 'about', 'read', 'learn', 'get', 'started', 'sales', 'help', 'center', 'centre',
  ],
);

/** A word without the full stops, apostrophes and hyphens that end it. */
function trimPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && ".'-".includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}

/** Capitalised words (or `&`, `and`, `of`), two or more of them, none a heading word, not in the registry. */
function isAccountName(value: string, registry: Parameters<typeof isSyntheticValue>[1]): boolean {
  const words = value.split(' ').filter((w) => w.length > 0);
  const named = words.filter((w) => w !== '&' && w !== 'and' && w !== 'of');
  if (named.length < 2) return false;
  if (!named.every((w) => /^\p{Lu}[\p{L}\d&.'-]{0,30}$/u.test(w))) return false;
  if (named.some((w) => NOT_AN_ACCOUNT.has(trimPunctuation(w.toLowerCase())))) return false;
  return !isSyntheticValue(value, registry);
}

/**
 * The customer a support or customer-success note is about, where the note
 * names it: a heading that opens an escalation, churn, renewal or account
 * note ("## Escalation: Brightwell Logistics", "### Churn — Osterlund
 * Maritime AB"), or a lead field at the start of a line ("Customer: Harborline
 * Freight GmbH churned…", "**Account:** Kestrel Ridge Credit Union"). The
 * note's own vocabulary (tickets, escalations, churn, renewals, refunds) must
 * stand within a few lines; headings of runbooks and templates ("Escalation:
 * Root Cause", "Customer: Name") and documentation's fictional companies pass.
 */
export default defineDetector({
  id,
  name: 'Customer named in a support or customer-success note',
  category: 'customer-success-note',
  severity: 'error',
  description: 'Customer names in the headings and lead lines of support escalation, churn, renewal and account notes (## Escalation: <customer>, Customer: <customer>).',
  regex:
    /(?:^[ \t]{0,4}(?:(?:\*|\/\/|--)[ \t]{1,4})?|["'`=][ \t]{0,2})(?:[a-z_]{2,12}[ \t]{0,2}[:=][ \t]{0,4}["']?)?(?:(?:#{1,6}|[-*])[ \t]{1,4})?(?:\*\*|__)?(?:[Ee]scalation|[Cc]hurn|[Rr]enewal|[Cc]ustomer|[Aa]ccount|[Cc]lient|ESCALATION|CHURN|RENEWAL|CUSTOMER|ACCOUNT|CLIENT)(?:[ \t]{1,2}#?\d{1,10})?(?:\*\*|__)?[ \t]{0,2}(?:[:\u2014\u2013]|[ \t]-)(?:\*\*|__)?[ \t]{1,4}(?<secret>\p{Lu}[\p{L}\d&.'-]{0,30}(?:[ \t](?:\p{Lu}[\p{L}\d&.'-]{0,30}|&|and|of)){1,5})(?![\p{L}\d])/mu,
  keywords: ['escalation', 'churn', 'renewal', 'customer', 'account', 'client'],
  // Case-sensitive: the account's words are capitalised. A keyword counts only as the lead word of a heading or a field: a separator after it, maybe a ticket number.
  keywordContext: /(?:escalation|churn|renewal|customer|account|client)(?:[ \t]{1,2}#?\d{1,10})?(?:\*\*|__)?[ \t]{0,2}(?:[:\u2014\u2013]|[ \t]-)/iu,
  context: [{ pattern: NOTE_VOCABULARY, within: 400 }],
  // A heading or a lead field names one customer.
  oncePer: 'line',
  validate: (secret, { registry }) => isAccountName(secret, registry),
  samples: () => ({
    positive: [
      `## Escalation: Bright${r(`${id}1`, 'aeiou', 1)}ll Logistics`,
      `Customer: Harborl${r(`${id}2`, 'aeiou', 1)}ne Freight GmbH churned after the Q3 outage`,
      `**Account:** Kestrel Ridge Credit Union (renewal at risk, ticket 48213)`,
      `### Churn \u2014 Osterl${r(`${id}3`, 'aeiou', 1)}nd Maritime AB`,
    ],
    negative: [
      '## Escalation: Root Cause Analysis',
      '## Escalation: Acme Corp',
      'Customer: Name of the customer (ticket requester)',
      '## Customer: Example Company',
      '## Escalation Policy',
      '## Renewal: Let Us Know',
      'Account: Brightwell Logistics',
      '### Client: Next Steps after the outage',
    ],
  }),
});
