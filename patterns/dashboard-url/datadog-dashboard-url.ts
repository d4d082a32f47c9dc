import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isVendorSite } from './support/hosts.js';
import { host } from './support/samples.js';

const id = 'datadog-dashboard-url';

const ddId = (seed: string): string => `${r(`${seed}a`, LOWER_NUM, 3)}-${r(`${seed}b`, LOWER_NUM, 3)}-${r(`${seed}c`, LOWER_NUM, 3)}`;

export default defineDetector({
  id,
  name: 'Datadog dashboard URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Links into a Datadog organisation (app/us3/us5/ap1/eu/gov sites): dashboards, monitors, notebooks, log and APM queries, SLOs, incidents and public dashboard shares.',
  regex:
    /(?<secret>https:\/\/(?<host>(?:[a-z0-9-]{1,40}\.){1,2}datadoghq\.(?:com|eu)|app\.ddog-gov\.com)\/(?:dashboard\/[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}|monitors[/#]\d{3,15}|notebook\/\d{3,15}|(?:logs|apm\/traces|apm\/services|rum\/explorer|slo|process|infrastructure|event\/explorer|metric\/explorer|security\/signals)\?[a-z0-9%_.~-]|incidents\/\d{1,10}|slo\/[a-f0-9]{32}|sb\/[a-z0-9_-]{10,100}|s\/[a-z0-9_-]{6,40}\/[a-z0-9_-]{6,60}|synthetics\/details\/[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}|screen\/\d{3,15})[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['datadoghq.com', 'datadoghq.eu', 'ddog-gov.com'],
  validate: (_secret, { groups }) => !isVendorSite(groups.host ?? ''),
  references: ['https://docs.datadoghq.com/dashboards/sharing/'],
  samples: () => ({
    positive: [
      `https://app.datadoghq.com/dashboard/${ddId(`${id}1`)}/checkout-service-overview?fromUser=false&refresh_mode=sliding`,
      `https://app.datadoghq.eu/monitors/${r(`${id}2`, DIGITS, 8)}`,
      `https://${host('us5', 'datadoghq', 'com')}/logs?query=service%3Acavra-api%20status%3Aerror&from_ts=1767225600000`,
      `https://p.datadoghq.com/sb/${r(`${id}3`, LOWER_NUM, 8)}-${r(`${id}4`, ALPHA_NUM, 32)}`,
      `https://brightpath.datadoghq.com/notebook/${r(`${id}5`, DIGITS, 7)}/incident-review`,
    ],
    negative: [
      'https://docs.datadoghq.com/dashboards/',
      'https://app.datadoghq.com/',
      'https://app.datadoghq.com/dashboard/lists',
      'https://app.datadoghq.com/dashboard/abc-def-ghi',
      'https://app.datadoghq.com/monitors/manage',
      'https://api.datadoghq.com/api/v1/dashboard',
    ],
  }),
});
