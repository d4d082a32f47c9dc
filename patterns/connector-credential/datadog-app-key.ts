import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'datadog-app-key';

export default defineDetector({
  id,
  name: 'Datadog application key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Datadog application keys (40 hex digits) under a DD_APP_KEY, DD_APPLICATION_KEY, datadog_app_key, DD-APPLICATION-KEY header or similar key.',
  // Same-key forms (DD_API_KEY=…), env entries (name: DD_API_KEY + value: …) and keys nested in a `datadog` section.
  regex:
    /(?:(?<![a-z0-9])(?:dd|datadog)[\w.-]{0,20}?app(?:lication)?[_.-]?key\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?|(?<![a-z0-9])datadog\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])app(?:lication)?[_.-]?key\\?["'`]?)[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?(?<secret>[a-f0-9]{40})(?![a-z0-9])/iu,
  keywords: ['dd_app', 'dd-app', 'ddapp', 'dd.app', 'datadog'],
  multiline: true,
  // A match lies within a few lines of the key or section that names the vendor.
  reach: 'match',
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret, 5),
  references: ['https://docs.datadoghq.com/account_management/api-app-keys/#application-keys'],
  samples: () => ({
    positive: [
      { key: 'DD_APP_KEY', value: r(`${id}1`, HEX, 40) },
      { key: 'datadogApplicationKey', value: r(`${id}2`, HEX, 40) },
      `curl "https://api.datadoghq.com/api/v1/dashboard" -H "DD-API-KEY: \${DD_API_KEY}" -H "DD-APPLICATION-KEY: ${r(`${id}3`, HEX, 40)}"`,
      `datadog:\n  site: datadoghq.com\n  appKey: ${r(`${id}5`, HEX, 40)}`,
      `- name: DD_APP_KEY\n  value: "${r(`${id}6`, HEX, 40)}"`,
    ],
    negative: [
      { key: 'DD_APP_KEY', value: '<DATADOG_APP_KEY>' },
      { key: 'DD_APP_KEY', value: '0000000000000000000000000000000000000000' },
      // 40 hex digits under an unrelated key (a git object id).
      { key: 'commit', value: r(`${id}4`, HEX, 40) },
      { key: 'DD_APPLICATION_KEY', value: '${DD_APPLICATION_KEY}' },
    ],
  }),
});
