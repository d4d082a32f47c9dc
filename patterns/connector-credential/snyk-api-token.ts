import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { vendorKeyedValue } from './support/vendor-context.js';

const id = 'snyk-api-token';

/** A UUID of seeded hex digits, version 4 like Snyk's. */
const uuid = (seed: string): string => {
  const h = r(seed, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};

export default defineDetector({
  id,
  name: 'Snyk API token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Snyk API and service-account tokens (a UUID) under a SNYK_TOKEN, snyk api key or snyk auth argument: they read every project and its vulnerabilities.',
  regex: vendorKeyedValue({
    vendor: String.raw`snyk[ \t]{1,4}(?=auth)|snyk`,
    key: String.raw`(?:(?:api|oauth|auth|service[_.-]?account)[_.-]?)?(?:token|key)|auth`,
    value: String.raw`[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}`,
    spaced: true,
  }),
  keywords: ['snyk'],
  multiline: true,
  reach: 'match',
  entropy: 3,
  validate: (secret) => !hasSequentialRun(secret.replace(/-/gu, ''), 5) && !/^0{8}-/u.test(secret),
  references: ['https://docs.snyk.io/snyk-api/authentication-for-api', 'https://docs.snyk.io/developer-tools/snyk-cli/authenticate-to-use-the-cli'],
  samples: () => ({
    positive: [
      { key: 'SNYK_TOKEN', value: uuid(`${id}1`) },
      { key: 'snykApiKey', value: uuid(`${id}2`) },
      `snyk auth ${uuid(`${id}3`)}`,
      `- name: SNYK_TOKEN\n  value: ${uuid(`${id}4`)}`,
    ],
    negative: [
      { key: 'SNYK_TOKEN', value: '<API_TOKEN>' },
      { key: 'SNYK_TOKEN', value: '00000000-0000-0000-0000-000000000000' },
      { key: 'SNYK_ORG_ID', value: uuid(`${id}5`) },
      // A UUID under an unrelated key.
      { key: 'request_token', value: uuid(`${id}6`) },
    ],
  }),
});
