import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'hubspot-private-app-token';

const uuid = (seed: string): string =>
  `${r(`${seed}a`, HEX, 8)}-${r(`${seed}b`, HEX, 4)}-${r(`${seed}c`, HEX, 4)}-${r(`${seed}d`, HEX, 4)}-${r(`${seed}e`, HEX, 12)}`;

export default defineDetector({
  id,
  name: 'HubSpot private app token',
  category: 'connector-credential',
  severity: 'error',
  description: 'HubSpot private app access tokens (pat-na1-, pat-eu1-, … + UUID) and legacy hapikey API keys: full CRM access for the portal.',
  regex:
    /(?:(?<![A-Za-z0-9-])(?=pat-)|hapikey\\?["'`]?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?)(?<secret>(?:pat-(?:na|eu|ap)\d-)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![A-Za-z0-9-])/u,
  keywords: ['pat-na', 'pat-eu', 'pat-ap', 'hapikey'],
  publicPrefix: /^pat-(?:na|eu|ap)\d-/u,
  entropy: 3.3,
  validate: (secret) => !hasSequentialRun(secret.replace(/-/gu, '')),
  references: ['https://developers.hubspot.com/docs/api/private-apps', 'https://developers.hubspot.com/changelog/upcoming-api-key-sunset'],
  samples: () => ({
    positive: [`pat-na1-${uuid(`${id}1`)}`, `pat-eu1-${uuid(`${id}2`)}`, `https://api.hubapi.com/crm/v3/objects/contacts?hapikey=${uuid(`${id}3`)}`],
    negative: [
      'pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'pat-na1-00000000-0000-0000-0000-000000000000',
      'pat-na1-<your-private-app-token>',
      'pat-na1-12345678-1234-1234-1234-123456789012',
      // A UUID without the prefix or a hapikey parameter.
      uuid(`${id}4`),
    ],
  }),
});
