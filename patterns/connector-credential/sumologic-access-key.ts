import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { mixesCaseAndDigits, vendorKeyedValue } from './support/vendor-context.js';

const id = 'sumologic-access-key';

export default defineDetector({
  id,
  name: 'Sumo Logic access key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Sumo Logic access keys (64 letters and digits) under a sumologic access key or in a sumologic section: they read and change the account\'s logs, collectors and users.',
  regex: vendorKeyedValue({ vendor: String.raw`sumo(?:[_.-]?logic)?`, key: String.raw`(?:access[_.-]?)?key`, value: String.raw`[A-Za-z0-9]{64}` }),
  keywords: ['sumo'],
  multiline: true,
  reach: 'match',
  entropy: 4,
  validate: (secret) => mixesCaseAndDigits(secret) && !hasSequentialRun(secret),
  references: ['https://help.sumologic.com/docs/manage/security/access-keys/', 'https://registry.terraform.io/providers/SumoLogic/sumologic/latest/docs'],
  samples: () => ({
    positive: [
      { key: 'SUMOLOGIC_ACCESSKEY', value: r(`${id}1`, ALPHA_NUM, 64) },
      `sumologic:\n  accessId: <access-id>\n  accessKey: ${r(`${id}2`, ALPHA_NUM, 64)}`,
    ],
    negative: [
      { key: 'SUMOLOGIC_ACCESSKEY', value: '<your-sumologic-access-key>' },
      { key: 'SUMOLOGIC_ACCESSKEY', value: r(`${id}3`, ALPHA_NUM, 40) },
      { key: 'sumo_access_key', value: 'x'.repeat(64) },
      { key: 'session_key', value: r(`${id}4`, ALPHA_NUM, 64) },
    ],
  }),
});
