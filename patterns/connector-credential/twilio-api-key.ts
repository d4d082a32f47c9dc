import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'twilio-api-key';

export default defineDetector({
  id,
  name: 'Twilio API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Twilio API key SIDs (SK + 32 hex digits) in a file that mentions Twilio: with the key secret they authenticate as the account.',
  regex: /(?<![A-Za-z0-9])(?<secret>SK[a-f0-9]{32})(?![A-Za-z0-9])/u,
  keywords: ['twilio'],
  // File-wide context: configuration nests the key under a `twilio` section on another line.
  multiline: true,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(2), 5),
  references: ['https://www.twilio.com/docs/iam/api-keys'],
  samples: () => ({
    positive: [
      { key: 'TWILIO_API_KEY', value: `SK${r(`${id}1`, HEX, 32)}` },
      `twilio:\n  account_sid: AC${r(`${id}2`, HEX, 32)}\n  api_key: SK${r(`${id}3`, HEX, 32)}`,
    ],
    negative: [
      { key: 'TWILIO_API_KEY', value: 'SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' },
      { key: 'TWILIO_API_KEY', value: `SK${'0'.repeat(32)}` },
      // Without Twilio in the file an SK-prefixed hex string is not attributed.
      { key: 'sku', value: `SK${r(`${id}4`, HEX, 32)}` },
      { key: 'TWILIO_API_KEY', value: '<api-key-sid>' },
    ],
  }),
});
