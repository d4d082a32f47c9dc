import { defineDetector } from '../../src/engine/define-detector.js';
import { guid } from './support/samples.js';

const id = 'opsgenie-alertmanager-key';

/** Opsgenie API keys in an Alertmanager receiver, where the key name alone (`api_key`) says nothing. */
export default defineDetector({
  id,
  name: 'Opsgenie key in an Alertmanager receiver',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Opsgenie API keys (UUIDs) under api_key in an Alertmanager opsgenie_configs receiver.',
  regex:
    /opsgenie_configs[ \t]{0,4}:(?:(?:[^\r\n\\]|\\[^n]){0,300}(?:\r?\n|\\n)){1,12}?[ \t*#/-]{0,24}api_key[ \t]{0,4}:[ \t]{0,4}(?:\\?["'])?(?<secret>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![0-9a-z-])/iu,
  keywords: ['opsgenie_configs'],
  multiline: true,
  reach: 'match',
  references: ['https://prometheus.io/docs/alerting/latest/configuration/#opsgenie_config'],
  samples: () => ({
    positive: [
      `receivers:\n  - name: oncall\n    opsgenie_configs:\n      - api_key: ${guid(`${id}1`)}\n        priority: P1`,
      `opsgenie_configs:\n  - responders:\n      - name: platform\n        type: team\n    api_key: "${guid(`${id}2`)}"`,
    ],
    negative: [
      'opsgenie_configs:\n  - api_key: <opsgenie-api-key>',
      'opsgenie_configs:\n  - api_key_file: /etc/alertmanager/opsgenie.key',
      'opsgenie_configs:\n  - api_key: 00000000-0000-0000-0000-000000000000',
      `slack_configs:\n  - api_url: https://hooks.example.com/x\nother:\n  api_key: ${guid(`${id}3`)}`,
    ],
  }),
});
