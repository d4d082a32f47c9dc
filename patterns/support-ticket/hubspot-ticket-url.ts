import { defineDetector } from '../../src/engine/define-detector.js';
import { isTypedDigits } from '../customer-identifier/support/payload-values.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';

const id = 'hubspot-ticket-url';

/**
 * Links to HubSpot help-desk tickets: the CRM record view of the ticket
 * object (object type 0-5: `app.hubspot.com/contacts/<hub id>/record/0-5/<ticket id>`)
 * and the older `/contacts/<hub id>/ticket/<ticket id>` view, on the US and
 * the regional (`app-eu1`) hosts. Hub ids and ticket numbers typed by hand
 * (counting, runs of one digit, a repeated block) pass.
 */
export default defineDetector({
  id,
  name: 'HubSpot ticket URL',
  category: 'support-ticket',
  severity: 'error',
  description: 'HubSpot help-desk ticket links (the ticket record view, object type 0-5, and the legacy ticket view) of a real HubSpot account.',
  regex: /(?<secret>https?:\/\/app(?:-[a-z]{2}\d)?\.hubspot\.com\/contacts\/(?<hub>\d{4,10})\/(?:record\/0-5|ticket)\/(?<ticket>\d{3,15}))(?![0-9])/iu,
  keywords: ['hubspot.com'],
  validate: (_secret, { groups }) => !isTypedDigits(groups.hub ?? '') && !isTypedDigits(groups.ticket ?? ''),
  references: ['https://knowledge.hubspot.com/records/find-record-id', 'https://developers.hubspot.com/docs/guides/crm/understanding-the-crm'],
  samples: () => ({
    positive: [
      `https://app.hubspot.com/contacts/${r(`${id}1`, DIGITS, 8)}/record/0-5/${r(`${id}2`, DIGITS, 10)}`,
      `https://app-eu1.hubspot.com/contacts/${r(`${id}3`, DIGITS, 7)}/ticket/${r(`${id}4`, DIGITS, 9)}`,
    ],
    negative: [
      'https://app.hubspot.com/contacts/<hub-id>/record/0-5/<ticket-id>',
      'https://app.hubspot.com/contacts/12345678/record/0-5/123456789',
      `https://app.hubspot.com/contacts/${r(`${id}5`, DIGITS, 8)}/record/0-5/11111111`,
      'https://developers.hubspot.com/docs/api/crm/tickets',
      `https://app.hubspot.com/contacts/${r(`${id}6`, DIGITS, 8)}/record/0-2/${r(`${id}7`, DIGITS, 10)}`,
    ],
  }),
});
