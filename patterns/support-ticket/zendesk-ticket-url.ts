import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'zendesk-ticket-url';

/**
 * Links to Zendesk tickets: the agent view (`/agent/tickets/<n>`), the help
 * centre request page (`/hc/<locale>/requests/<n>`) and the ticket API.
 */
export default defineDetector({
  id,
  name: 'Zendesk ticket URL',
  category: 'support-ticket',
  severity: 'error',
  description: 'Zendesk ticket links (agent view, help-centre requests, ticket API) of a real Zendesk account.',
  regex:
    /(?<secret>https?:\/\/(?<sub>[a-z0-9][a-z0-9-]{0,62})\.zendesk\.com\/(?:agent\/tickets|hc\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?requests|api\/v2\/tickets)\/(?<ticket>\d{1,12}))(?![0-9])/iu,
  keywords: ['zendesk.com'],
  // Documentation's subdomains (yoursubdomain, z3n, obscura) and ticket numbers are registry entries, applied to the link by the engine.
  references: ['https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/'],
  samples: () => ({
    positive: [
      `https://northbridge${r(`${id}1`, LOWER_NUM, 3)}.zendesk.com/agent/tickets/${r(`${id}2`, DIGITS, 5)}`,
      `https://helpdesk-${r(`${id}3`, LOWER_NUM, 6)}.zendesk.com/hc/en-us/requests/${r(`${id}4`, DIGITS, 6)}`,
      `https://northbridge.zendesk.com/api/v2/tickets/${r(`${id}5`, DIGITS, 5)}.json`,
    ],
    negative: [
      'https://example.zendesk.com/agent/tickets/48213',
      'https://yoursubdomain.zendesk.com/agent/tickets/48213',
      'https://{subdomain}.zendesk.com/api/v2/tickets/{ticket_id}',
      'https://northbridge.zendesk.com/api/v2/tickets/35436',
      'https://support.zendesk.com/hc/en-us/articles/4408883152794',
    ],
  }),
});
