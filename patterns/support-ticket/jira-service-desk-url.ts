import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'jira-service-desk-url';

/**
 * Jira Service Management requests on Atlassian Cloud: customer-portal
 * request links, agent queue and issue views of a service project, and
 * `/browse/<KEY>-<n>` links whose project key is a support desk's (SD, SUP,
 * HELP, CS, ESC, …). Ordinary `/browse/` links of open projects pass.
 */
export default defineDetector({
  id,
  name: 'Jira Service Management request URL',
  category: 'support-ticket',
  severity: 'error',
  description: 'Jira Service Management customer-portal requests, service-project queue links and support-desk issue links on Atlassian Cloud.',
  regex:
    /(?<secret>https?:\/\/(?<site>[a-z0-9][a-z0-9-]{0,62})\.atlassian\.net\/(?:servicedesk\/customer\/portals?\/\d{1,5}\/|jira\/servicedesk\/projects\/[A-Z][A-Z0-9]{1,9}\/(?:queues\/[\w/-]{0,80}?\/|issues\/)?|browse\/(?=(?:SD|SUP|SUPPORT|HELP|HELPDESK|HD|CS|CSR|CX|ESC|ESCALATION|TICKET|TICKETS|SR|ITSM|SVC|CUST|SERVICE)-))[A-Z][A-Z0-9]{1,9}-\d{1,7})(?![0-9])/u,
  keywords: ['atlassian.net/servicedesk', 'atlassian.net/jira/servicedesk', 'atlassian.net/browse/'],
  // Documentation's sites (your-domain, your-site, mycompany) are registry entries, applied to the link by the engine.
  references: ['https://support.atlassian.com/jira-service-management-cloud/docs/what-is-the-customer-portal/'],
  samples: () => ({
    positive: [
      `https://northbridge${r(`${id}1`, LOWER_NUM, 3)}.atlassian.net/servicedesk/customer/portal/3/SUP-${r(`${id}2`, DIGITS, 4)}`,
      `https://northbridge.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/12/HELP-${r(`${id}3`, DIGITS, 3)}`,
      `https://ops-${r(`${id}4`, LOWER_NUM, 5)}.atlassian.net/browse/ESC-${r(`${id}5`, DIGITS, 4)}`,
    ],
    negative: [
      'https://your-domain.atlassian.net/servicedesk/customer/portal/1/SUP-12',
      'https://northbridge.atlassian.net/browse/CORE-4821',
      'https://example.atlassian.net/browse/SD-4821',
      'https://northbridge.atlassian.net/servicedesk/customer/portal/3',
      'https://issues.apache.org/jira/browse/SUPPORT-42',
    ],
  }),
});
