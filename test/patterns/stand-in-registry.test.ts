/**
 * One registry of what is not real: no detector keeps a private list of
 * stand-ins, the project's configured markers reach the helpers that judge a
 * part of a match (an email near an IP, the subject of a charge note, the
 * requester of a ticket), and the registry never hides a value of a valid
 * vendor format.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { createEngine } from '../../src/engine/index.js';

const byId = (id: string) => {
  const detector = catalog.find((d) => d.id === id);
  if (!detector) throw new Error(`no detector ${id}`);
  return detector;
};

describe('configured markers reach the customer-data helpers', () => {
  /** Texts whose finding rests on a part of the match that is not the reported value, each with a marker for that part. */
  const cases: readonly { id: string; text: string; marker: string }[] = [
    // The IP is the value; the email beside it makes it a customer's.
    { id: 'audit-event-ip', text: 'POST /api/sessions 201 88ms user=d.fairbank@varga-precision.com ip=81.2.69.142 tenant=hallbrook\n', marker: 'varga-precision' },
    // The amount is the value; the subject before it names the customer.
    { id: 'customer-charge-note', text: 'Hallbrook Logistics was double-charged \u20ac18,420.00 on invoice CAV-2024-0588 and refunded the same day.\n', marker: 'hallbrook' },
    // The description is the value; the requester's email in the record makes it a customer's.
    {
      id: 'ticket-description',
      text: '{"ticket_id": 48213, "requester": "d.fairbank@varga-precision.com", "subject": "Audit export missing events", "description": "Hi team, since Monday our nightly audit export is missing all policy.updated events.", "priority": "urgent"}\n',
      marker: 'varga-precision',
    },
    // The email is the value and the whole of it.
    { id: 'customer-email-key-value', text: 'billing_email: "d.fairbank@varga-precision.com"\n', marker: 'varga-precision' },
    { id: 'person-name-key-value', text: 'contact_name: "Marta Lindqvist"\n', marker: 'lindqvist' },
    { id: 'customer-key-value', text: 'customer_id: "cu-a8f3k2x9m1"\n', marker: 'a8f3k2' },
  ];

  it.each(cases)('$id: reported without the marker, not with it', ({ id, text, marker }) => {
    const detector = byId(id);
    const plain = createEngine([detector]);
    expect(plain.scanText(text, { path: 'notes/customer.txt' }).findings.map((f) => f.ruleId)).toContain(id);
    const marked = createEngine([detector], { synthetic: { markers: [marker] } });
    expect(marked.scanText(text, { path: 'notes/customer.txt' }).findings.map((f) => f.ruleId)).not.toContain(id);
  });
});
