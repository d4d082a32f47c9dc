import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'pagerduty-events-url';

export default defineDetector({
  id,
  name: 'PagerDuty Events integration URL',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'PagerDuty Events integration URLs that embed the integration key (events.pagerduty.com/integration/<key>/enqueue, /x-ere/<key>).',
  regex:
    /(?<secret>https:\/\/events(?:\.eu)?\.pagerduty\.com\/(?:integration\/(?<key>[a-z0-9]{32})\/enqueue|x-ere\/(?<ere>[A-Za-z0-9_-]{20,80})))(?![A-Za-z0-9_-])/u,
  keywords: ['events.pagerduty.com', 'events.eu.pagerduty.com'],
  publicPrefix: /^https:\/\/events(?:\.eu)?\.pagerduty\.com\/(?:integration|x-ere)\//u,
  validate: (_secret, { groups }) => {
    const key = groups.key ?? groups.ere ?? '';
    return /[0-9]/u.test(key) && /[a-z]/iu.test(key) && shannonEntropy(key) >= 3.3;
  },
  references: ['https://developer.pagerduty.com/docs/events-api-v2/overview/'],
  samples: () => ({
    positive: [
      `https://events.pagerduty.com/integration/${r(`${id}1`, HEX, 32)}/enqueue`,
      `https://events.eu.pagerduty.com/integration/${r(`${id}2`, LOWER_NUM, 32)}/enqueue`,
      `https://events.pagerduty.com/x-ere/${r(`${id}3`, LOWER_NUM, 32)}`,
    ],
    negative: [
      'https://events.pagerduty.com/v2/enqueue',
      'https://events.pagerduty.com/integration/<integration-key>/enqueue',
      'https://events.pagerduty.com/integration/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/enqueue',
      'https://events.pagerduty.com/generic/2010-04-15/create_event.json',
    ],
  }),
});
