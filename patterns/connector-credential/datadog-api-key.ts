import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'datadog-api-key';

export default defineDetector({
  id,
  name: 'Datadog API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Datadog API keys (32 hex digits) under a DD_API_KEY, datadog_api_key, DD-API-KEY header or similar Datadog key.',
  // Same-key forms (DD_API_KEY=…), env entries (name: DD_API_KEY + value: …), keys nested in a `datadog` section,
  // and a top-level `api_key:` line in a file that names Datadog (the agent's datadog.yaml).
  regex:
    /(?:(?<![a-z0-9])(?:dd|datadog)[\w.-]{0,20}?api[_.-]?key\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?|(?:(?<![^\n])|(?<=\\n))[ \t*#/]{0,6}api_key|(?<![a-z0-9])datadog\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])api[_.-]?key\\?["'`]?)[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?(?<secret>[a-f0-9]{32})(?![a-z0-9])/iu,
  keywords: ['dd_api', 'dd-api', 'ddapi', 'dd.api', 'datadog'],
  multiline: true,
  // A match lies within a few lines of the key or section that names the vendor.
  reach: 2048,
  // The bare `api_key:` form holds no vendor name: Datadog must be named near it (the others name it themselves).
  context: [{ pattern: /datadog|(?<![a-z0-9])dd[_.-]?api/iu, within: 2048 }],
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret, 5),
  references: ['https://docs.datadoghq.com/account_management/api-app-keys/'],
  samples: () => ({
    positive: [
      { key: 'DD_API_KEY', value: r(`${id}1`, HEX, 32) },
      { key: 'datadog_api_key', value: r(`${id}2`, HEX, 32) },
      `curl -X POST "https://api.datadoghq.eu/api/v2/series" -H "DD-API-KEY: ${r(`${id}3`, HEX, 32)}"`,
      `datadog:\n  site: datadoghq.eu\n  apiKey: ${r(`${id}5`, HEX, 32)}`,
      `{ "name": "DD_API_KEY", "value": "${r(`${id}6`, HEX, 32)}" }`,
      `## @param api_key - string - required\n## The Datadog API key to associate your Agent's data with your organization.\napi_key: ${r(`${id}7`, HEX, 32)}\nsite: datadoghq.eu`,
    ],
    negative: [
      { key: 'DD_API_KEY', value: '<DATADOG_API_KEY>' },
      { key: 'DD_API_KEY', value: '00000000000000000000000000000000' },
      { key: 'dd_api_key', value: '${DD_API_KEY}' },
      // 32 hex digits under an unrelated key (an MD5 digest).
      { key: 'md5', value: r(`${id}4`, HEX, 32) },
      { key: 'DD_API_KEY', value: 'abcdef0123456789abcdef0123456789' },
    ],
  }),
});
