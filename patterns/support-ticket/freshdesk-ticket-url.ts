import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'freshdesk-ticket-url';

/** Links to Freshdesk tickets: agent view, legacy helpdesk view, customer portal and API. */
export default defineDetector({
  id,
  name: 'Freshdesk ticket URL',
  category: 'support-ticket',
  severity: 'error',
  description: 'Freshdesk ticket links (agent view, helpdesk and portal views, ticket API) of a real Freshdesk account.',
  regex:
    /(?<secret>https?:\/\/(?<sub>[a-z0-9][a-z0-9-]{0,62})\.freshdesk\.com\/(?:a\/tickets|helpdesk\/tickets|support\/tickets|api\/v2\/tickets)\/(?<ticket>\d{1,12}))(?![0-9])/iu,
  keywords: ['freshdesk.com'],
  // Documentation's subdomains and ticket numbers are registry entries, applied to the link by the engine.
  references: ['https://developers.freshdesk.com/api/#tickets'],
  samples: () => ({
    positive: [
      `https://northbridge${r(`${id}1`, LOWER_NUM, 3)}.freshdesk.com/a/tickets/${r(`${id}2`, DIGITS, 5)}`,
      `https://support-${r(`${id}3`, LOWER_NUM, 5)}.freshdesk.com/helpdesk/tickets/${r(`${id}4`, DIGITS, 4)}`,
      `https://northbridge.freshdesk.com/support/tickets/${r(`${id}5`, DIGITS, 5)}`,
    ],
    negative: [
      'https://domain.freshdesk.com/api/v2/tickets/20',
      'https://yourdomain.freshdesk.com/a/tickets/48213',
      'https://example.freshdesk.com/a/tickets/48213',
      'https://northbridge.freshdesk.com/a/tickets/123',
      'https://northbridge.freshdesk.com/a/dashboard/default',
    ],
  }),
});
