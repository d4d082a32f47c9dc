/**
 * Customer data the sample harness cannot express: lists of customer records
 * spread over lines (pretty-printed JSON, block YAML, object literals), the
 * collection key as declared context, customer names in the headings and
 * lead lines of support and customer-success notes, CRM ids in prose, and
 * the public files that must stay quiet. Values are assembled at run time or
 * plainly fictional.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { salesforceIdSuffix } from '../../patterns/customer-identifier/salesforce-record-id.js';
import { ALPHA_NUM, DIGITS, LOWER_NUM, randomString as r } from '../../patterns/support/sample-builder.js';
import { createEngine } from '../../src/engine/index.js';
import { collectionSpan } from '../../src/engine/records.js';
import type { Finding, Syntax } from '../../src/engine/types.js';

const engine = createEngine(catalog);
const scan = (text: string, path: string): Finding[] => engine.scanText(text, { path }).findings;
const found = (text: string, path: string, ruleId: string): string[] =>
  scan(text, path)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.offset, f.endOffset));

/** A domain that no registry entry knows, assembled at run time. */
const domain = (seed: string, tld = 'de'): string => `${r(seed, LOWER_NUM, 8)}-freight.${tld}`;

/** A Salesforce id of `prefix` with a generated body and its checksum suffix. */
function salesforceId(seed: string, prefix: string): string {
  const body = `${prefix}${r(`${seed}p`, DIGITS, 1)}${r(`${seed}q`, LOWER_NUM, 1)}0000${r(seed, ALPHA_NUM, 6)}`;
  return body + salesforceIdSuffix(body);
}

describe('collection context: the key of the list that holds a record', () => {
  const key = (text: string, at: string, syntax: Syntax): string => {
    const offset = text.indexOf(at);
    const [from, to] = collectionSpan(text, offset, offset + at.length, syntax);
    return text.slice(from, to);
  };

  it('reads the key before a JSON array, one-line and pretty-printed', () => {
    expect(key('{"customers": [{"email": "a@b.de"}]}', 'a@b.de', 'json')).toBe('{"customers": ');
    expect(key('{\n  "data": {\n    "accounts": [\n      {\n        "email": "a@b.de"\n      }\n    ]\n  }\n}\n', 'a@b.de', 'json')).toBe('    "accounts": ');
  });

  it('reads the key line above a YAML list item, in both indentation styles', () => {
    expect(key('tenants:\n  - name: x\n    email: a@b.de\n', 'a@b.de', 'yaml')).toBe('tenants:');
    expect(key('clients:\n- name: x\n  email: a@b.de\n- name: y\n', 'a@b.de', 'yaml')).toBe('clients:');
    expect(key('contacts:\n  - name: x\n    phone: 1\n  - email: a@b.de\n', 'a@b.de', 'yaml')).toBe('contacts:');
  });

  it('is empty for a record that is no list element', () => {
    expect(key('{"customer": {"email": "a@b.de"}}', 'a@b.de', 'json')).toBe('');
    expect(key('customer:\n  email: a@b.de\n', 'a@b.de', 'yaml')).toBe('');
  });
});

describe('customer-record-email', () => {
  const id = 'customer-record-email';

  it('reports every email of a pretty-printed JSON list of customers', () => {
    const a = `marta.lindqvist@${domain('j1')}`;
    const b = `accounts.payable@${domain('j2', 'com')}`;
    const json = JSON.stringify({ customers: [{ name: 'Brightwell Logistics', email: a }, { name: 'Harborline Freight GmbH', email: b }] }, null, 2);
    expect(found(json, 'exports/customers.json', id)).toEqual([a, b]);
    expect(scan(json, 'exports/customers.json').find((f) => f.ruleId === id)?.keyPath).toBe('customers[0].email');
  });

  it('reports block YAML lists of accounts and CRM contacts', () => {
    const a = `ingrid.holm@${domain('y1', 'no')}`;
    const b = `d.okafor@${domain('y2', 'com')}`;
    const yaml = `accounts:\n  - name: Osterlund Maritime AB\n    plan: enterprise\n    email: ${a}\ncrm_contacts:\n- firstname: Dayo\n  email: "${b}"\n`;
    const findings = scan(yaml, 'config/accounts.yaml').filter((f) => f.ruleId === id);
    expect(findings.map((f) => yaml.slice(f.offset, f.endOffset))).toEqual([a, b]);
    expect(findings[0]?.severity).toBe('error');
    // A segment under a customer map may be a customer's name: YAML paths without an index show it masked.
    expect(findings[0]?.keyPath).toMatch(/^accounts\./u);
  });

  it('reports object literals and a production export pasted into a seed file', () => {
    const a = `kwame@${domain('t1', 'co.uk')}`;
    const ts = `export const payingCustomers: Customer[] = [\n  {\n    id: 'c_18',\n    name: 'Varga Precision Kft',\n    billingEmail: '${a}',\n  },\n];\n`;
    expect(found(ts, 'prisma/seed.ts', id)).toEqual([a]);
  });

  it('stays quiet on synthetic lists, lists of users and single records', () => {
    const quiet = [
      ['docs/api.md', '```json\n{"customers": [{"name": "Example Co", "email": "billing@example.com"}, {"email": "jane@customer.test"}]}\n```\n'],
      ['seed/tenants.yaml', 'tenants:\n  - name: tenant-demo\n    email: ops@example.invalid\n  - name: Contoso\n    email: admin@contoso.com\n'],
      ['src/users.ts', `const users = [{ name: 'Marta', email: 'marta@${domain('q1')}' }];\n`],
      ['src/team.json', `{"maintainers": [{"email": "dev@${domain('q2')}"}]}`],
      ['src/customer.json', `{"customer": {"name": "Brightwell", "email": "ap@${domain('q3')}"}}`],
      ['infra/org.json', `{"serviceAccounts": [{"email": "ci@${domain('q4')}"}], "linked_accounts": [{"email": "x@${domain('q5')}"}]}`],
      ['docs/crm.md', 'contacts:\n  - email: "{{ contact.email }}"\n  - email: <contact-email>\n'],
    ] as const;
    for (const [path, text] of quiet) expect(found(text, path, id), path).toEqual([]);
  });
});

describe('customer-note-subject', () => {
  const id = 'customer-note-subject';

  it('reports the customer of an escalation note, in its heading and its lead line', () => {
    const note = [
      '# Support escalations, week 32',
      '',
      '## Escalation: Brightwell Logistics',
      '',
      'Ticket 48213: audit export missing events since the upgrade; escalated to tier 2.',
      '',
      '- **Customer:** Harborline Freight GmbH',
      '- Severity: sev 2, refund requested',
      '',
    ].join('\n');
    expect(found(note, 'notes/escalations.md', id)).toEqual(['Brightwell Logistics', 'Harborline Freight GmbH']);
  });

  it('reports a churn note and a ticket subject', () => {
    expect(found('### Churn \u2014 Osterlund Maritime AB\n\nCancelled at renewal; the champion left in May.\n', 'notes/churn.md', id)).toEqual(['Osterlund Maritime AB']);
    expect(found('{"subject": "Customer: Kestrel Ridge Credit Union", "type": "ticket", "priority": "high"}\n', 'exports/tickets.json', id)).toEqual(['Kestrel Ridge Credit Union']);
  });

  it('stays quiet on runbooks, templates and notes without support vocabulary', () => {
    const quiet = [
      ['docs/support/escalation.md', '## Escalation: Root Cause Analysis\n\nWrite the timeline of the ticket first.\n'],
      ['docs/support/template.md', '## Escalation: Customer Name\n\n- **Customer:** Company Name\n- Ticket: <link>\n'],
      ['docs/cs/churn.md', '## Churn: Acme Corp\n\nThe churn playbook uses a fictional customer.\n'],
      ['docs/accounts.md', '## Account: Billing Settings\n\nOpen a ticket if the page is blank.\n'],
      ['README.md', 'Client: Apollo Server handles the subscription transport.\n'],
    ] as const;
    for (const [path, text] of quiet) expect(found(text, path, id), path).toEqual([]);
  });
});

describe('CRM record ids in prose', () => {
  it('reports a checksum-valid Salesforce id named as an account, and a 15-character one named by Salesforce', () => {
    const account = salesforceId('p1', '001');
    const opportunity = salesforceId('p2', '006').slice(0, 15);
    const note = `Account ID: ${account}\nSalesforce opportunity ${opportunity} was lost at renewal.\n`;
    expect(found(note, 'notes/renewals.md', 'salesforce-record-id')).toEqual([account, opportunity]);
  });

  it('stays quiet on a wrong checksum, a cloud account number and an unnamed id', () => {
    const id = salesforceId('p3', '001');
    const text = `Account ID: ${id.slice(0, 15)}ZZZ\nAWS Account ID: 001234567890123\nRow ${id} of the export\n`;
    expect(found(text, 'notes/ids.md', 'salesforce-record-id')).toEqual([]);
  });

  it('reports HubSpot ticket links, record view and legacy view, and leaves other records to hubspot-record-id', () => {
    const a = `https://app.hubspot.com/contacts/${r('h1', DIGITS, 8)}/record/0-5/${r('h2', DIGITS, 10)}`;
    const b = `https://app-eu1.hubspot.com/contacts/${r('h3', DIGITS, 7)}/ticket/${r('h4', DIGITS, 9)}`;
    const company = `https://app.hubspot.com/contacts/${r('h5', DIGITS, 8)}/record/0-2/${r('h6', DIGITS, 10)}`;
    const text = `See ${a} and ${b}; the company is ${company}.\n`;
    expect(found(text, 'notes/tickets.md', 'hubspot-ticket-url')).toEqual([a, b]);
    expect(found(text, 'notes/tickets.md', 'hubspot-record-id')).toHaveLength(1);
  });
});
