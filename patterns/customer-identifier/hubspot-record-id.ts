import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isTypedDigits } from './support/payload-values.js';

const id = 'hubspot-record-id';

/**
 * HubSpot CRM records: record URLs (`app.hubspot.com/contacts/<portal>/record/0-2/<id>`,
 * legacy `/company/<id>`), numeric ids under HubSpot keys, and ids named as
 * HubSpot records in prose (`HubSpot company 8812345678`, `HubSpot portal
 * ID: 22123456`, `hubspot deal #9912345678`).
 */
export default defineDetector({
  id,
  name: 'HubSpot record id',
  category: 'customer-identifier',
  severity: 'error',
  description: 'HubSpot contact, company and deal record URLs, ids under HubSpot keys (hubspot_company_id, hubspotContactId, …) and ids named as HubSpot records in prose.',
  regex:
    /(?:(?<url>app(?:-[a-z]{2}\d)?\.hubspot\.com\/contacts\/\d{4,10}\/(?:record\/0-[1-3]|contact|company|deal)\/)|(?<![A-Z0-9])(?<key>hubspot[_-]?(?:contact|company|deal|portal|hub|account|owner|record|object)?[_-]?id)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?|(?<![A-Z0-9])(?<prose>hubspot[ \t]{1,3}(?:contact|company|deal|portal|account|record|ticket)(?:[ \t]{1,3}(?:id|no\.|number))?[ \t]{0,3}[:#]?[ \t]{0,3}))(?<secret>\d{3,15})(?![A-Z0-9])/iu,
  keywords: ['hubspot'],
  // Under a key, a short number is a test value; in a record URL it is a record, unless the portal or the record
  // number is typed by hand (counting, runs of one digit, a repeated block).
  validate: (secret, { groups, match }) => {
    if ([...match.matchAll(/\d{4,}/gu)].some((m) => isTypedDigits(m[0])) || isTypedDigits(secret)) return false;
    return groups.url !== undefined || secret.length >= 5;
  },
  references: ['https://knowledge.hubspot.com/records/find-record-id', 'https://developers.hubspot.com/docs/api/crm/understanding-the-crm'],
  samples: () => ({
    positive: [
      `https://app.hubspot.com/contacts/${r(`${id}1`, DIGITS, 8)}/record/0-2/${r(`${id}2`, DIGITS, 10)}`,
      `https://app-eu1.hubspot.com/contacts/${r(`${id}3`, DIGITS, 7)}/company/${r(`${id}4`, DIGITS, 10)}`,
      { key: 'hubspot_company_id', value: r(`${id}5`, DIGITS, 10) },
      { key: 'HUBSPOT_PORTAL_ID', value: r(`${id}6`, DIGITS, 8) },
      `Escalated from HubSpot company ${r(`${id}8`, DIGITS, 10)} after the renewal call.`,
      `HubSpot portal ID: ${r(`${id}9`, DIGITS, 8)}`,
    ],
    negative: [
      'https://app.hubspot.com/contacts/<portal-id>/record/0-1/<record-id>',
      'https://developers.hubspot.com/docs/api/crm/contacts',
      { key: 'hubspot_company_id', value: '123' },
      { key: 'hubspot_contact_id', value: '{{ contact.hs_object_id }}' },
      { key: 'hubspot_portal_id', value: '12345678' },
      'https://app.hubspot.com/contacts/12345/record/0-2/11111',
      `https://app.hubspot.com/contacts/${r(`${id}7`, DIGITS, 8)}/record/0-3/22222`,
      'HubSpot company 2024 roadmap',
      'Sync every HubSpot contact 5 minutes after signup.',
    ],
  }),
});
