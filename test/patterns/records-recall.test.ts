/**
 * Cases the sample harness cannot express for the record detectors of the
 * customer-success-note, support-ticket, billing-record and
 * customer-audit-payload categories: whole tables (one finding per row),
 * records spread over lines, the shapes people paste (CSV exports, Markdown
 * tables, notes, request logs, helpdesk exports, Stripe fixtures), and
 * realistic public files that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import * as billingRecord from '../../patterns/billing-record/index.js';
import * as customerAuditPayload from '../../patterns/customer-audit-payload/index.js';
import * as customerSuccessNote from '../../patterns/customer-success-note/index.js';
import * as supportTicket from '../../patterns/support-ticket/index.js';
import { isPublicIpv6 } from '../../patterns/customer-audit-payload/audit-event-ip.js';
import { ALPHA_NUM, DIGITS, LOWER_NUM, randomString as r } from '../../patterns/support/sample-builder.js';
import { resolveCatalogSettings } from '../../patterns/support/settings.js';
import { columnNameContext } from '../../patterns/customer-success-note/support/tables.js';
import { createEngine } from '../../src/engine/index.js';
import { expectLinear, GROWTH } from '../support/timing.js';
import type { Finding } from '../../src/engine/types.js';

const settings = resolveCatalogSettings();
/** These categories' detectors only, so that this file does not depend on the rest of the catalog. */
const engine = createEngine([billingRecord, customerAuditPayload, customerSuccessNote, supportTicket].flatMap((m) => m.detectors(settings)));
const scan = (text: string, path: string): Finding[] => engine.scanText(text, { path }).findings;
const values = (text: string, path: string, ruleId?: string): string[] =>
  scan(text, path)
    .filter((f) => ruleId === undefined || f.ruleId === ruleId)
    .map((f) => text.slice(f.offset, f.endOffset));

/** A valid IBAN for `country` and a generated BBAN (ISO 7064 mod-97 check digits). */
function iban(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/gu, (ch) => String(ch.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}
const spaced = (value: string): string => value.replace(/(.{4})(?=.)/gu, '$1 ');

describe('customer-success tables report every row', () => {
  it('in a CSV export, one finding per account row, the account cell', () => {
    const csv = [
      'account,segment,health_score,churn_risk,renewal_date,arr_eur,csm_note',
      `Hallbrook Logistics Ltd,enterprise,${r('t1', DIGITS, 2)},medium,2025-04-30,212000,"Usage dipped; renewal call booked with the COO"`,
      `Brackwater Freight GmbH,business,${r('t2', DIGITS, 2)},high,2024-10-01,96000,"Champion leaving in August, procurement pushing for 20% off"`,
      `"Quillfeather Health",enterprise,${r('t3', DIGITS, 2)},high,2024-09-30,184000,"New CISO unconvinced"`,
      '',
    ].join('\n');
    expect(values(csv, 'exports/account-health.csv', 'account-health-table-row')).toEqual(['Hallbrook Logistics Ltd', 'Brackwater Freight GmbH', 'Quillfeather Health']);
  });

  it('in a Markdown table, with the header far above the last row', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| Osterlund Maritime Unit${i + 1} AB | amber | 2025-0${(i % 9) + 1}-15 | exec sponsor asked for a call |`);
    const md = ['# Accounts at risk', '', '| Account | Health | Renewal | Notes |', '|---|---|---|---|', ...rows, ''].join('\n');
    expect(values(md, 'docs/accounts.md', 'account-health-table-row')).toHaveLength(40);
  });

  it('stops at the end of the table', () => {
    const csv = 'customer,health_score,churn_risk\nHallbrook Logistics Ltd,71,low\n\nName,Role\nMarta Lindqvist,CFO\n';
    expect(values(csv, 'exports/a.csv', 'account-health-table-row')).toEqual(['Hallbrook Logistics Ltd']);
    // The person of the second table stands a few lines from the churn risk: a contact of the same export.
    expect(values(csv, 'exports/a.csv')).toEqual(['Hallbrook Logistics Ltd', 'Marta Lindqvist']);
  });
});

describe('customer-success notes in the shapes people write them', () => {
  it.each([
    ['notes/sync.txt', `Hallbrook: health ${r('n1', '6789', 1)}1 -> 64 after the double charge; renewal 2025-04; CFO wants a credit note.`, 'Hallbrook'],
    ['notes/standup.md', '- CS: Tamarind Bay renewal signed (3 years); Quillfeather still red, health 41, exec call Thu.', 'Tamarind Bay'],
    ['docs/incident.md', "- Quillfeather Health's renewal call was postponed; health score dropped from 72 to 55.", 'Quillfeather Health'],
    ['docs/accounts/qbr.md', '# Brackwater Freight GmbH \u2014 QBR notes, Q2 2024', 'Brackwater Freight GmbH'],
    ['tools/digest.py', 'AT_RISK = {\n    "Kestrel Ridge Credit Union": {"health_score": 38, "churn_risk": "high"},\n}\n', 'Kestrel Ridge Credit Union'],
    ['config/playbooks.yaml', 'accounts:\n  - name: Quillfeather Health\n    health: red\n    renewal: 2024-09-30\n', 'Quillfeather Health'],
    ['notes/q3-reviews.md', '# Q3 account reviews\n\n## Brightwell Logistics\n\nHealth score 62, ARR $184,000, renewal 2027-03-01. Champion is the VP Ops.\n\n## Next steps\n\nBook the EBR.\n', 'Brightwell Logistics'],
  ])('%s', (path, text, expected) => {
    expect(values(text, path)).toContain(expected);
  });
});

describe('support tickets in the shapes fixtures hold them', () => {
  it('finds the customer organisation of a ticket fixture, in YAML and JSON', () => {
    const yaml = 'ticket:\n  id: 48213\n  organization: Brightwell Logistics GmbH\n  priority: high\n  subject: Export failing since Monday\n';
    expect(values(yaml, 'fixtures/ticket.yaml', 'ticket-organization')).toEqual(['Brightwell Logistics GmbH']);
    const json = JSON.stringify({ ticket_id: 48213, subject: 'Export failing', company: 'Kestrel Ridge Credit Union', priority: 'high' }, null, 2);
    expect(values(json, 'fixtures/ticket.json', 'ticket-organization')).toEqual(['Kestrel Ridge Credit Union']);
    // Without a ticket the same key is no ticket's.
    expect(values('organization: Brightwell Logistics GmbH\npriority: high\n', 'config/org.yaml', 'ticket-organization')).toEqual([]);
  });
});

describe('billing records in the shapes people paste them', () => {
  it('finds each row of a payments export, with grouped IBANs in a list that names them elsewhere', () => {
    const csv = `date,customer,amount,currency,method,invoice\n2024-04-02,Hallbrook Logistics Ltd,18420.00,EUR,card,INV-2024-0412\n2024-05-20,Marlowe & Tetteh LLP,4200.00,GBP,bacs,INV-2024-0547\n`;
    expect(values(csv, 'exports/payments.csv', 'payment-table-row')).toEqual(['Hallbrook Logistics Ltd', 'Marlowe & Tetteh LLP']);
    const de = spaced(iban('DE', r('ib1', DIGITS, 18)));
    const python = `MANUAL = [\n    ("Osterlund Maritime AB", "${de}"),\n]\n\nfor name, _iban in MANUAL:\n    print(name)\n`;
    expect(values(python, 'tools/report.py', 'iban')).toEqual([de]);
  });

  it('finds the ids and the hosted invoice link of a live Stripe event fixture', () => {
    const invoice = `in_1${r('st1', ALPHA_NUM, 23)}`;
    const link = `https://invoice.stripe.com/i/acct_1Oq${r('st2', ALPHA_NUM, 13)}/live_${r('st3', ALPHA_NUM, 60)}`;
    const json = JSON.stringify({ id: `evt_${r('st4', ALPHA_NUM, 24)}`, type: 'invoice.paid', data: { object: { id: invoice, object: 'invoice', hosted_invoice_url: link } } }, null, 2);
    expect(values(json, 'fixtures/stripe/invoice.paid.json')).toEqual([invoice, link]);
  });

  it('reports the amount of a charge note, not the customer', () => {
    const text = 'Hallbrook Logistics was double-charged \u20ac18,420.00 on invoice CAV-2024-0588 and refunded the same day.';
    expect(values(text, 'docs/postmortem.md', 'customer-charge-note')).toEqual(['\u20ac18,420.00']);
  });
});

describe('tickets and audit events in the shapes people paste them', () => {
  it('finds the body of a helpdesk export record and the customer quotes of a ticket list', () => {
    const exportJson = JSON.stringify(
      [
        {
          id: 9921,
          url: `https://north${r('tk1', LOWER_NUM, 4)}.freshdesk.com/a/tickets/9921`,
          subject: 'SSO login loops',
          description_text: 'None of our front-desk staff can sign in via Okta on Safari; Chrome works.',
          requester: { name: 'Ines Carvalho', email: `i.carvalho@${r('tk2', LOWER_NUM, 8)}dental.com` },
        },
      ],
      null,
      2,
    );
    expect(scan(exportJson, 'support/export.json').map((f) => f.ruleId)).toContain('ticket-description');
    const issue = JSON.stringify(
      {
        self: `https://kestrel${r('tk3', LOWER_NUM, 4)}.atlassian.net/rest/api/2/issue/10042`,
        key: 'CSD-1842',
        fields: { summary: 'Data residency question', description: 'Our regulator asks whether audit exports ever leave the EU region.', reporter: { emailAddress: 'ops@northbridge-logistics.de' } },
      },
      null,
      2,
    );
    expect(scan(issue, 'support/jira.json').map((f) => f.ruleId)).toContain('ticket-description');
    const python = `# Tickets that failed to migrate, with the customer's words\nFAILED = [\n    (9874, "Osterlund Maritime: 'our auditors need the export by Friday or we escalate'"),\n]\n`;
    expect(scan(python, 'tools/migrate.py').map((f) => f.ruleId)).toEqual(['ticket-customer-quote']);
  });

  it('finds request-log lines with a user email and a public IP, and IPv6 audit events', () => {
    const domain = `${r('lg1', LOWER_NUM, 7)}-logistics.com`;
    const log = `2024-06-01T08:00:04Z INFO POST /api/sessions 201 88ms user=d.fairbank@${domain} ip=81.149.22.7 tenant=hallbrook\n2024-06-01T08:00:15Z INFO GET /api/tenants/tenant-demo 200 4ms user=console ip=127.0.0.1\n`;
    expect(values(log, 'logs/api.log')).toEqual(['81.149.22.7']);
    const jsonl = `{"event":"user.login","actor":"r.vance@${domain}","source_ip":"2a02:c7c:5b1e:8f00:1d4:9b2e:77a1:3c0","tenant_id":"quillfeather-health"}\n`;
    expect(scan(jsonl, 'exports/audit.jsonl').map((f) => f.ruleId).sort()).toEqual(['audit-event-actor', 'audit-event-ip']);
  });

  it('reads IPv6 addresses', () => {
    expect(isPublicIpv6('2a02:c7c:5b1e::3c0')).toBe(true);
    expect(isPublicIpv6('2001:db8::1')).toBe(false);
    expect(isPublicIpv6('fe80::1')).toBe(false);
    expect(isPublicIpv6('2a02::1::2')).toBe(false);
    expect(isPublicIpv6('2024:01:02')).toBe(false);
  });
});

describe('realistic public files stay quiet', () => {
  const quiet: [string, string, string][] = [
    [
      'Zendesk API reference example',
      'docs/zendesk.json',
      '{"ticket": {"url": "https://example.zendesk.com/api/v2/tickets/35436.json", "id": 35436, "subject": "Help, my printer is on fire!", "description": "The fire is very colorful and it keeps spreading.", "priority": "high", "requester_id": 20978392}}\n',
    ],
    [
      'Stripe test-mode fixture',
      'test/fixtures/invoice.json',
      '{\n  "id": "in_1MtHbELkdIwHu7ixl4OzzPMv",\n  "object": "invoice",\n  "hosted_invoice_url": "https://invoice.stripe.com/i/acct_1MtHbELkdIwHu7ix/test_YWNjdF8xTXRIYkVMa2RJd0h1N2l4LF9OZWlqa2FtRGhZQUhDT09jaXZ5ZGQ2ZnJj0100",\n  "amount_due": 999\n}\n',
    ],
    [
      'Elasticsearch operations notes',
      'docs/operations.md',
      '# Cluster health\n\nCluster health: green; renewal of the TLS certificate is automatic.\n\n| name | health | status | renewal time |\n|---|---|---|---|\n| Search Cluster | green | open | 2025-01-01 |\n',
    ],
    [
      'certificate renewal runbook',
      'docs/certs.md',
      '## Certificate renewal\n\nRenewal notes: cert-manager renews 30 days before expiry.\n\n- Edge Proxy: renewal 2025-01-31, health check green\n',
    ],
    ['git churn report', 'reports/churn.csv', 'file,churn,complexity,owner\nsrc/Engine.ts,120,14,Platform Team\nsrc/Scanner.ts,88,9,Platform Team\n'],
    [
      'SaaS metrics tutorial with fictional names',
      'docs/metrics.md',
      '| Customer | Health score | Churn risk |\n|---|---|---|\n| Acme Corp | 42 | high |\n| Globex | 88 | low |\n| <customer> | <score> | <risk> |\n',
    ],
    [
      'schema of an accounts table',
      'docs/schema.md',
      '| Column | Type | Description |\n|---|---|---|\n| account_name | text | Account display name |\n| health_score | integer | 0-100 |\n| renewal_date | date | Next renewal |\n',
    ],
    ['pricing page', 'docs/pricing.md', 'The Pro Plan is billed at $49 per month. Stripe Billing charged \u20ac0.25 per invoice in this example.\n'],
    ['nginx access log', 'logs/access.log', '81.149.22.7 - - [01/Jun/2024:08:00:04 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n'],
    [
      'bank-details form in a UI',
      'src/BankForm.tsx',
      'export function BankForm() {\n  return <label>IBAN <input name="iban" placeholder="DE89 3704 0044 0532 0130 00" /></label>;\n}\n',
    ],
    [
      'Intercom API reference example',
      'docs/intercom.json',
      '{\n  "type": "conversation",\n  "id": "1295",\n  "source": {\n    "author": { "type": "user", "email": "jdoe@example.com" },\n    "body": "<p>Hi, I cannot find the export button anywhere in the settings.</p>"\n  }\n}\n',
    ],
    [
      'Jira issue from a public tracker (no helpdesk account, no customer email)',
      'test/fixtures/issue.json',
      '{"self": "https://issues.apache.org/jira/rest/api/2/issue/13512345", "key": "KAFKA-15000", "fields": {"summary": "Flaky test", "description": "The consumer test fails about once in fifty runs on the CI machines.", "reporter": {"name": "jdoe"}}}\n',
    ],
    ['package.json of a helpdesk bot', 'package.json', '{\n  "name": "ticket-bot",\n  "description": "Opens a support ticket from a Slack thread with the requester and subject filled in."\n}\n'],
  ];
  it.each(quiet)('%s', (_name, path, text) => {
    expect(scan(text, path)).toEqual([]);
  });
});

describe('table reading over escaped text', () => {
  it('reads JSON strings whose escapes run into a header word (\\netc, \\nnet, \\ngross) in linear time', () => {
    // The shape of a real API discovery document: descriptions with `\n` escapes right before words a header hint holds.
    const description = 'Text of the link to this page in navigation,\\netc. Amount due\\nnet of tax,\\ngross total; see the invoice.';
    const document = (pages: number): string =>
      `{\n  "schemas": {\n${Array.from({ length: pages }, (_, i) => `    "Page${i}": { "description": "${description}" },`).join('\n')}\n  }\n}\n`;
    const engine = createEngine([...billingRecord.detectors(resolveCatalogSettings()), ...customerSuccessNote.detectors(resolveCatalogSettings())]);
    const scanDocument = (text: string): void => void engine.scanText(text, { path: 'discovery/v1.json' });
    expect(engine.scanText(document(40), { path: 'discovery/v1.json' }).findings).toEqual([]);
    expectLinear(scanDocument, document(100), document(100 * GROWTH), 'discovery document');
  });
});

describe('table detectors read the table only where a keyword names a column', () => {
  // Sticky, as the engine runs a keyword context at each keyword hit.
  const context = new RegExp(columnNameContext(['invoice', 'payment method', 'renewal']).source, 'iuy');
  const at = (text: string, keyword: string): boolean => {
    context.lastIndex = text.toLowerCase().indexOf(keyword);
    return context.test(text);
  };
  it.each([
    ['customer,amount,invoice,method\n', 'invoice', true],
    ['| Customer | Invoice Due Date | Amount |\n', 'invoice', true],
    ['"Customer","Invoice Number","Amount"\n', 'invoice', true],
    ['customer\tpayment method\tamount\n', 'payment method', true],
    ['"account,health,churn_risk,renewal_date\\nNorthbridge,red,high,2026-01-01"', 'renewal', true],
    ['Account;Renewal', 'renewal', true],
    ['The invoice was sent to the customer on Monday.\n', 'invoice', false],
    ['const invoice = invoiceService.create(order);\n', 'invoice', false],
    ['{"invoice": {"id": 1}}', 'invoice', false],
    ['cert.renewal_window = timedelta(days=30)\n', 'renewal', false],
    ['# Automatic renewal of managed certificates happens daily.\n', 'renewal', false],
  ])('%j: %s names a column is %s', (text, keyword, expected) => {
    expect(at(text, keyword)).toBe(expected);
  });
});
