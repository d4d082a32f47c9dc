import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { vendorKeyedValue } from './support/vendor-context.js';

const id = 'salesforce-consumer-secret';

export default defineDetector({
  id,
  name: 'Salesforce connected-app consumer secret',
  category: 'connector-credential',
  severity: 'error',
  description: 'Salesforce connected-app consumer secrets (64 hex digits, or 19 digits in older apps) under a salesforce/SFDC consumer or client secret key or in a salesforce section: with the consumer key they obtain tokens for the org.',
  regex: vendorKeyedValue({
    vendor: String.raw`salesforce|sfdc|sf(?=[_.-])`,
    key: String.raw`(?:consumer|client|oauth)[_.-]?secret`,
    value: String.raw`[a-f0-9]{64}|\d{19}`,
  }),
  keywords: ['salesforce', 'sfdc', 'sf_', 'sf-', 'sf.'],
  keywordContext: /salesforce|sfdc|sf[_.-][\w.-]{0,30}?secret/iu,
  multiline: true,
  reach: 'match',
  entropy: 2.8,
  validate: (secret) => !hasSequentialRun(secret, 6) && (/^\d{19}$/u.test(secret) || (/[a-f]/iu.test(secret) && /\d/u.test(secret))),
  references: ['https://help.salesforce.com/s/articleView?id=sf.connected_app_create_api_integration.htm', 'https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm'],
  samples: () => ({
    positive: [
      { key: 'SALESFORCE_CONSUMER_SECRET', value: r(`${id}1`, HEX, 64).toUpperCase() },
      { key: 'SFDC_CLIENT_SECRET', value: `9${r(`${id}2`, DIGITS, 18)}` },
      `salesforce:\n  consumer_key: 3MVG9<consumer-key>\n  consumer_secret: ${r(`${id}3`, HEX, 64).toUpperCase()}`,
    ],
    negative: [
      { key: 'SALESFORCE_CONSUMER_SECRET', value: '<consumer_secret>' },
      { key: 'SALESFORCE_CONSUMER_SECRET', value: '0'.repeat(64) },
      { key: 'client_secret', value: r(`${id}4`, HEX, 64).toUpperCase() },
      { key: 'SALESFORCE_CONSUMER_SECRET', value: r(`${id}5`, HEX, 40).toUpperCase() },
    ],
  }),
});
