import { defineDetector } from '../../src/engine/define-detector.js';
import { guid as uuid } from './support/samples.js';

const id = 'opsgenie-api-key';

export default defineDetector({
  id,
  name: 'Opsgenie API key',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Opsgenie API and integration keys (UUIDs) in an Opsgenie context: a GenieKey authorization header or an opsgenie_*key / OPSGENIE_* setting.',
  regex:
    /(?:geniekey[ \t]{1,4}|(?:genie[_.-]?key|opsgenie[a-z0-9_.-]{0,40}?(?:key|token|secret))["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?)(?<secret>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![0-9a-z-])/iu,
  keywords: ['geniekey', 'genie_key', 'genie-key', 'genie.key', 'opsgenie'],
  references: ['https://docs.opsgenie.com/docs/authentication'],
  samples: () => ({
    positive: [
      { key: 'opsgenie_api_key', value: uuid(`${id}1`) },
      { key: 'OPSGENIE_KEY', value: uuid(`${id}2`) },
      `Authorization: GenieKey ${uuid(`${id}3`)}`,
    ],
    negative: [
      // Opsgenie's documented example key (note the q: not even a UUID).
      'Authorization: GenieKey eb243592-faa2-4ba2-a551q-1afdf565c889',
      { key: 'opsgenie_api_key', value: '00000000-0000-0000-0000-000000000000' },
      { key: 'opsgenie_api_key', value: '<opsgenie-api-key>' },
      { key: 'opsgenie_team_id', value: uuid(`${id}4`) },
    ],
  }),
});
