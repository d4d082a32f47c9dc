/**
 * What the ticket detectors know about the record around a value: its
 * bounds (the enclosing braces of a JSON or object-literal record, else a few
 * hundred characters), whether it names a real helpdesk account or requester.
 */
import type { RegistryKind } from '../../../src/engine/synthetic.js';
import type { RegistryLookup } from '../../../src/engine/types.js';
import { isRealEmail } from '../../customer-identifier/support/payload-values.js';

/** Furthest a record's braces are looked for on each side. */
const REACH = 1500;

/** The nearest unmatched `{` before `from` (not past `floor`), or -1; an unmatched `[` first stops the search. */
function openingBrace(text: string, from: number, floor: number): number {
  let depth = 0;
  for (let i = from - 1; i >= floor; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 125 || ch === 93) depth++;
    else if (ch === 123 || ch === 91) {
      if (depth === 0) return ch === 123 ? i : -1;
      depth--;
    }
  }
  return -1;
}

/** Just past the `}` that closes the object open at `from`, or -1 within `ceiling`. */
function closingBrace(text: string, from: number, ceiling: number): number {
  let depth = 0;
  for (let i = from; i < ceiling; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 123 || ch === 91) depth++;
    else if (ch === 125 || ch === 93) {
      if (depth === 0) return ch === 125 ? i + 1 : -1;
      depth--;
    }
  }
  return -1;
}

/**
 * The text of the record that holds `offset`: the object around it and the
 * object around that (a Jira issue's `fields`, an Intercom conversation's
 * `source`), searched at most `REACH` characters away; records of one array
 * stay apart. A YAML or flat record gets the whole reach.
 */
export function recordAround(text: string, offset: number): string {
  const floor = Math.max(0, offset - REACH);
  const ceiling = Math.min(text.length, offset + REACH);
  const inner = openingBrace(text, offset, floor);
  if (inner === -1) return text.slice(floor, ceiling);
  const outer = openingBrace(text, inner, floor);
  const start = outer === -1 ? inner : outer;
  const innerEnd = closingBrace(text, offset, ceiling);
  const outerEnd = outer === -1 || innerEnd === -1 ? -1 : closingBrace(text, innerEnd, ceiling);
  const end = outerEnd !== -1 ? outerEnd : innerEnd !== -1 ? innerEnd : ceiling;
  return text.slice(start, end);
}

/** Helpdesk hosts whose ticket links name a real account; documentation subdomains do not. */
const HELPDESK_URL = /https?:\/\/(?<sub>[a-z0-9][a-z0-9-]{0,62})\.(?:zendesk\.com|freshdesk\.com|atlassian\.net|service-now\.com|helpscoutapp\.com|kayako\.com|gorgias\.com)\//giu;
/** The vendors' own subdomains (support.zendesk.com, developer.zendesk.com): their documentation, no customer's account. */
const VENDOR_SUBDOMAIN = /^(?:support|developer|help)$/iu;
/** Documentation's tenants (yoursubdomain, z3n, example) are the registry's. */
const TENANT_KINDS: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['placeholder-part', 'example-marker', 'fictional-name']);
const EMAIL = /[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8}/giu;

/** True when the record links to a real helpdesk account or holds a real requester email. */
export function namesRealCustomer(record: string, registry: RegistryLookup | undefined): boolean {
  for (const m of record.matchAll(HELPDESK_URL)) if (!VENDOR_SUBDOMAIN.test(m.groups?.sub ?? '') && registry?.match(m[0], TENANT_KINDS) === undefined) return true;
  for (const m of record.matchAll(EMAIL)) if (isRealEmail(m[0], registry)) return true;
  return false;
}

/** Keys of a ticket record: the ticket itself, and the fields helpdesks export with it. */
const TICKET_KEY =
  /(?<![\w-])(?:ticket(?:[_-]?(?:id|number|no))?|issue[_-]?key)\\?["']?[ \t]{0,4}[:=]|\/tickets?\/\d|\/servicedesk\/|\/rest\/(?:api\/[23]\/issue|servicedeskapi\/request)\/|\/conversations?\/\d|"type\\?"[ \t]{0,4}:[ \t]{0,4}\\?"conversation(?:_part)?\\?"/iu;
const TICKET_FIELD = /(?<![\w-])(?:requester(?:[_-]?(?:id|email|name))?|subject|summary|priority|assignee(?:[_-]?id)?|reporter|author|via)\\?["']?[ \t]{0,4}[:=]/iu;

const REQUESTER_KEY = /(?<![\w-])requester(?:[_-]?(?:id|email|name))?\\?["']?[ \t]{0,4}[:=]/iu;
const SUBJECT_KEY = /(?<![\w-])subject\\?["']?[ \t]{0,4}[:=]/iu;

/**
 * True when the record reads as a helpdesk ticket: a ticket key or link and
 * a requester, subject or priority field, or a requester with a subject.
 */
export function isTicketRecord(record: string): boolean {
  return (TICKET_KEY.test(record) && TICKET_FIELD.test(record)) || (REQUESTER_KEY.test(record) && SUBJECT_KEY.test(record));
}

/** Keys that hold a ticket's free text. */
export const BODY_KEY = /(?<![\w-])(?:description(?:[_-]?text)?|plain[_-]?body|body(?:[_-]?text)?|html[_-]?body|comment[_-]?body)\\?["']?[ \t]{0,4}[:=]/iu;
