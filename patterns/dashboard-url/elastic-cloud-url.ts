import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { guid } from '../escalation-webhook/support/samples.js';

const id = 'elastic-cloud-url';

export default defineDetector({
  id,
  name: 'Elastic Cloud deployment URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Elastic Cloud deployment endpoints (Kibana and Elasticsearch on *.found.io, *.elastic-cloud.com, *.cloud.es.io) named by a cluster id or a deployment alias.',
  regex:
    /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}\.(?:found\.io|elastic-cloud\.com|cloud\.es\.io))(?::\d{2,5})?(?:\/[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})?)/iu,
  keywords: ['found.io', 'elastic-cloud.com', 'cloud.es.io'],
  validate: (_secret, { groups }) => {
    // Deployment endpoints start with the 32-hex cluster id or an alias ending in six hex digits.
    const label = (groups.host ?? '').toLowerCase().split('.')[0] ?? '';
    if (/^[0-9a-f]{32}$/u.test(label)) return shannonEntropy(label) >= 3;
    return /^[a-z0-9-]{1,50}-[0-9a-f]{6}$/u.test(label) && shannonEntropy(label.slice(-6)) >= 1.5;
  },
  references: ['https://www.elastic.co/guide/en/cloud/current/ec-find-endpoint.html'],
  samples: () => ({
    positive: [
      `https://${r(`${id}1`, HEX, 32)}.us-east-1.aws.found.io:9243`,
      `https://prod-logs-${r(`${id}2`, HEX, 6)}.kb.europe-west1.gcp.cloud.es.io/app/dashboards#/view/${guid(`${id}3`)}`,
      `https://${r(`${id}4`, HEX, 32)}.westeurope.azure.elastic-cloud.com:9243/app/kibana`,
    ],
    negative: [
      'https://my-deployment.kb.us-east-1.aws.found.io:9243',
      'https://<cluster-id>.us-east-1.aws.found.io:9243',
      'https://cloud.elastic.co/deployments',
      'https://00000000000000000000000000000000.us-east-1.aws.found.io:9243',
    ],
  }),
});
