import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { guid as uuid } from './support/samples.js';

const id = 'opsgenie-integration-url';

export default defineDetector({
  id,
  name: 'Opsgenie integration URL',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Opsgenie integration URLs carrying the integration API key (api.opsgenie.com/v1/json/<integration>?apiKey=<uuid>): they create alerts.',
  regex:
    /(?<secret>https:\/\/api(?:\.eu)?\.opsgenie\.com\/v\d\/json\/[a-z0-9_/-]{2,80}\?(?:[a-z_]{1,20}=[^&\s"'<>]{0,200}&(?:amp;)?){0,6}apikey=(?<key>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}))(?![0-9a-z-])/iu,
  keywords: ['opsgenie.com/v'],
  validate: (_secret, { groups }) => shannonEntropy(groups.key ?? '') >= 3.2,
  references: ['https://support.atlassian.com/opsgenie/docs/integrate-opsgenie-with-webhook/'],
  samples: () => ({
    positive: [
      `https://api.opsgenie.com/v1/json/alertmanager?apiKey=${uuid(`${id}1`)}`,
      `https://api.eu.opsgenie.com/v1/json/integrations/webhooks/prtg?apiKey=${uuid(`${id}2`)}`,
      `https://api.opsgenie.com/v1/json/cloudwatch?region=eu-west-1&apiKey=${uuid(`${id}3`)}`,
    ],
    negative: [
      'https://api.opsgenie.com/v1/json/alertmanager?apiKey=<api-key>',
      'https://api.opsgenie.com/v1/json/alertmanager?apiKey=00000000-0000-0000-0000-000000000000',
      'https://api.opsgenie.com/v2/alerts',
      'https://api.opsgenie.com/v1/json/grafana?apiKey=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    ],
  }),
});
