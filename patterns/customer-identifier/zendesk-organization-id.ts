import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isSyntheticValue, isTypedDigits } from './support/payload-values.js';

const id = 'zendesk-organization-id';

/**
 * Zendesk organizations (a customer's company in the help desk): agent and
 * API URLs (`<subdomain>.zendesk.com/agent/organizations/<id>`,
 * `/api/v2/organizations/<id>`), ids under Zendesk organization keys, and
 * ids named as such in prose (`Zendesk org 361234567890`, `Zendesk
 * organization ID: …`). A placeholder subdomain, or digits typed by hand
 * (counting, runs of one digit), are not one.
 */
export default defineDetector({
  id,
  name: 'Zendesk organization id',
  category: 'customer-identifier',
  severity: 'error',
  description: "Zendesk organization ids (a customer's company in the help desk) in agent and API URLs, under Zendesk organization keys and named in prose.",
  regex:
    /(?:(?<![\w.-])(?<sub>[a-z0-9][a-z0-9-]{0,62})\.zendesk\.com\/(?:agent\/organizations|api\/v2\/organizations)\/|(?<![A-Z0-9])(?<key>zendesk[_-]?org(?:anization)?[_-]?id)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?|(?<![A-Z0-9])(?<prose>zendesk[ \t]{1,3}org(?:anization)?(?:[ \t]{1,3}(?:id|no\.|number))?[ \t]{0,3}[:#]?[ \t]{0,3}))(?<secret>\d{6,20})(?![A-Z0-9])/iu,
  keywords: ['zendesk'],
  validate: (secret, { groups, registry }) => {
    if (isTypedDigits(secret)) return false;
    const sub = groups.sub;
    // The registry decides whether the subdomain is a stand-in (`example`, `acme`, `yourcompany`).
    return sub === undefined || !isSyntheticValue(sub, registry);
  },
  references: ['https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/'],
  samples: () => ({
    positive: [
      `https://${r(`${id}1`, 'abcdefghijklmnopqrstuvwxyz', 9)}.zendesk.com/agent/organizations/${r(`${id}2`, DIGITS, 12)}`,
      `https://${r(`${id}3`, LOWER_NUM, 8)}.zendesk.com/api/v2/organizations/${r(`${id}4`, DIGITS, 12)}.json`,
      { key: 'zendesk_organization_id', value: r(`${id}5`, DIGITS, 12) },
      `Escalated: Zendesk org ${r(`${id}6`, DIGITS, 12)} reports the export failing since Monday.`,
    ],
    negative: [
      'https://example.zendesk.com/agent/organizations/360012345678',
      'https://{subdomain}.zendesk.com/api/v2/organizations/{organization_id}.json',
      { key: 'zendesk_organization_id', value: '123456789012' },
      'Zendesk organization fields are synced every 15 minutes.',
      'https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/',
    ],
  }),
});
