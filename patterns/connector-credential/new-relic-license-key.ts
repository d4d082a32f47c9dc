import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'new-relic-license-key';

/**
 * Classic New Relic licence (ingest) keys: 40 hex digits without the NRAL
 * suffix, recognisable only by their key or their newrelic.yml. Keys ending in
 * NRAL are the new-relic-key detector's.
 */
export default defineDetector({
  id,
  name: 'New Relic licence key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Classic New Relic licence keys (40 hex digits) under a NEW_RELIC_LICENSE_KEY key, env entry or newrelic section, or a license_key line in a file that names New Relic.',
  regex:
    /(?:(?<![a-z0-9])new[_.-]?relic[\w.-]{0,20}?license[_.-]?key\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|(?:(?<![^\n])|(?<=\\n))[ \t*#/]{0,6}license_key[ \t]{0,4}:[ \t]{0,4}\\?["'`]?|(?<![a-z0-9])new[_.-]?relic\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])license[_.-]?key\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>[a-f0-9]{40})(?![a-z0-9])/iu,
  keywords: ['newrelic', 'new_relic', 'new-relic', 'new.relic'],
  multiline: true,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret, 5),
  references: ['https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key', 'https://docs.newrelic.com/docs/apm/agents/nodejs-agent/installation-configuration/nodejs-agent-configuration/'],
  samples: () => ({
    positive: [
      { key: 'NEW_RELIC_LICENSE_KEY', value: r(`${id}1`, HEX, 40) },
      `# newrelic.yml\ncommon: &default_settings\n  license_key: '${r(`${id}2`, HEX, 40)}'\n  app_name: billing-sync`,
      `newrelic:\n  enabled: true\n  licenseKey: ${r(`${id}3`, HEX, 40)}`,
    ],
    negative: [
      { key: 'NEW_RELIC_LICENSE_KEY', value: '<your-license-key>' },
      { key: 'NEW_RELIC_LICENSE_KEY', value: '0000000000000000000000000000000000000000' },
      // A license_key line in a file that does not name New Relic.
      `license_key: ${r(`${id}4`, HEX, 40)}`,
      { key: 'new_relic_license_key', value: '${NEW_RELIC_LICENSE_KEY}' },
    ],
  }),
});
