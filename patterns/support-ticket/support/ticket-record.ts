/**
 * What the ticket detectors know about the record around a value: its
 * bounds (the enclosing braces of a JSON or object-literal record, else a few
 * hundred characters), whether it names a real helpdesk account or requester.
 */
import { isRealEmail } from '../../customer-identifier/support/payload-values.js';

/** Furthest a record's braces are looked for on each side. */
const REACH = 1500;

/**
 * The text of the record that holds `offset`: from the nearest unmatched `{`
 * before it to the matching `}` after it, each searched at most `REACH`
 * characters away (a YAML or flat record gets the whole reach).
 */
export function recordAround(text: string, offset: number): string {
  const floor = Math.max(0, offset - REACH);
  let start = floor;
  let depth = 0;
  for (let i = offset - 1; i >= floor; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 125) depth++;
    else if (ch === 123) {
      if (depth === 0) {
        start = i;
        break;
      }
      depth--;
    }
  }
  const ceiling = Math.min(text.length, offset + REACH);
  let end = ceiling;
  depth = 0;
  for (let i = offset; i < ceiling; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 123) depth++;
    else if (ch === 125) {
      if (depth === 0) {
        end = i + 1;
        break;
      }
      depth--;
    }
  }
  return text.slice(start, end);
}

/** Helpdesk hosts whose ticket links name a real account; documentation subdomains do not. */
const HELPDESK_URL = /https?:\/\/(?<sub>[a-z0-9][a-z0-9-]{0,62})\.(?:zendesk\.com|freshdesk\.com|atlassian\.net|service-now\.com|helpscoutapp\.com|kayako\.com|gorgias\.com)\//giu;
const PLACEHOLDER_SUBDOMAIN = /^(?:example|sample|demo|test|subdomain|yoursubdomain|your-subdomain|mysubdomain|your-domain|yourdomain|domain|company|mycompany|yourcompany|acme|instance|z3n|obscura|support|developer|help)$/iu;
const EMAIL = /[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8}/giu;

/** True when the record links to a real helpdesk account or holds a real requester email. */
export function namesRealCustomer(record: string): boolean {
  for (const m of record.matchAll(HELPDESK_URL)) if (!PLACEHOLDER_SUBDOMAIN.test(m.groups?.sub ?? '')) return true;
  for (const m of record.matchAll(EMAIL)) if (isRealEmail(m[0])) return true;
  return false;
}

/** Keys of a ticket record: the ticket itself, and the fields helpdesks export with it. */
const TICKET_KEY = /(?<![\w-])(?:ticket(?:[_-]?(?:id|number|no))?|issue[_-]?key)\\?["']?[ \t]{0,4}[:=]|\/tickets?\/\d|\/servicedesk\/|\/conversations?\/\d/iu;
const TICKET_FIELD = /(?<![\w-])(?:requester(?:[_-]?(?:id|email|name))?|subject|priority|assignee(?:[_-]?id)?|reporter|via)\\?["']?[ \t]{0,4}[:=]/iu;

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
