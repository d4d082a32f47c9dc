import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { HEX, LOWER_NUM, UPPER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'pagerduty-routing-key';

export default defineDetector({
  id,
  name: 'PagerDuty Events routing key',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'PagerDuty Events API v2 routing (integration) keys — 32 characters, or R0… for event orchestration — under a routing_key, integration_key or pagerduty key: they open and resolve incidents.',
  regex:
    /(?<key>(?:routing|integration)[_.-]?key|pagerduty[a-z0-9_.-]{0,40}?(?:key|token|secret))["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>[a-z0-9]{32})(?![a-z0-9])/iu,
  keywords: ['routing_key', 'routingkey', 'routing-key', 'routing.key', 'integration_key', 'integrationkey', 'integration-key', 'integration.key', 'pagerduty'],
  validate: (secret) => {
    if (/^R0[A-Z0-9]{30}$/u.test(secret)) return shannonEntropy(secret) >= 3.5;
    // Events v2 integration keys are lower-case letters and digits.
    return /^[a-z0-9]{32}$/u.test(secret) && /[0-9]/u.test(secret) && /[a-z]/u.test(secret) && shannonEntropy(secret) >= 3.3;
  },
  references: ['https://developer.pagerduty.com/docs/events-api-v2/trigger-events/'],
  samples: () => ({
    positive: [
      { key: 'routing_key', value: r(`${id}1`, HEX, 32) },
      { key: 'PAGERDUTY_INTEGRATION_KEY', value: r(`${id}2`, LOWER_NUM, 32) },
      { key: 'pagerdutyRoutingKey', value: `R0${r(`${id}3`, UPPER_NUM, 30)}` },
    ],
    negative: [
      { key: 'routing_key', value: 'orders.created.v1' },
      { key: 'routing_key', value: '00000000000000000000000000000000' },
      { key: 'integration_key', value: 'DIWJ8X6AEYOR5OMC6TQ1' },
      { key: 'routing_key', value: '<your-integration-key>' },
      { key: 'pagerduty_routing_key', value: r(`${id}4`, HEX, 32).toUpperCase() },
      { key: 'dedup_key', value: r(`${id}5`, HEX, 32) },
    ],
  }),
});
