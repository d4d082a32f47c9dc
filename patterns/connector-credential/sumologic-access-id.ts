import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { mixesCaseAndDigits, vendorKeyedValue } from './support/vendor-context.js';

const id = 'sumologic-access-id';

export default defineDetector({
  id,
  name: 'Sumo Logic access id',
  category: 'connector-credential',
  severity: 'error',
  description: 'Sumo Logic access ids (su + 12 letters and digits) under a sumologic access id key or in a sumologic section: with the access key they read and change the account\'s logs and collectors.',
  regex: vendorKeyedValue({ vendor: String.raw`sumo(?:[_.-]?logic)?`, key: String.raw`(?:access[_.-]?)?id`, value: String.raw`su[A-Za-z0-9]{12}` }),
  keywords: ['sumo'],
  multiline: true,
  reach: 'match',
  entropy: 3,
  validate: (secret) => mixesCaseAndDigits(secret.slice(2)) && !hasSequentialRun(secret.slice(2), 5),
  references: ['https://help.sumologic.com/docs/manage/security/access-keys/', 'https://registry.terraform.io/providers/SumoLogic/sumologic/latest/docs'],
  samples: () => ({
    positive: [
      { key: 'SUMOLOGIC_ACCESSID', value: `su${r(`${id}1`, ALPHA_NUM, 6)}7Kq${r(`${id}2`, ALPHA_NUM, 3)}` },
      `provider "sumologic" {\n  access_id   = "su${r(`${id}3`, ALPHA_NUM, 6)}4Tb${r(`${id}4`, ALPHA_NUM, 3)}"\n  environment = "us2"\n}`,
    ],
    negative: [
      { key: 'SUMOLOGIC_ACCESSID', value: '<access_id>' },
      { key: 'sumo_access_id', value: 'suXXXXXXXXXXXX' },
      { key: 'sumo_collector_id', value: r(`${id}5`, ALPHA_NUM, 14) },
      { key: 'access_id', value: `su${r(`${id}6`, ALPHA_NUM, 6)}7Kq${r(`${id}7`, ALPHA_NUM, 3)}` },
    ],
  }),
});
