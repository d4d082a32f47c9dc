import { defineDetector } from '../../src/engine/define-detector.js';
import { LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isPageHost } from '../escalation-webhook/support/url-token.js';
import { guid } from '../escalation-webhook/support/samples.js';
import { hasDocLabel, isVendorSite } from './support/hosts.js';

const id = 'kibana-dashboard-url';

export default defineDetector({
  id,
  name: 'Kibana dashboard URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Kibana dashboard, Discover, Lens and visualization links (/app/dashboards#/view/<id>, /app/kibana#/dashboard/<id>, …) on a non-reserved, non-vendor host.',
  regex:
    /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?(?:\/[a-z0-9_-]{1,40}){0,3}\/app\/(?:kibana#\/(?:dashboard|discover|visualize\/edit)|dashboards#\/view|discover#\/view|visualize#\/edit|lens#\/edit)\/[a-z0-9_-]{6,64}[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['/app/kibana#', '/app/dashboards#', '/app/discover#', '/app/visualize#', '/app/lens#'],
  validate: (_secret, { groups, registry }) => {
    const host = (groups.host ?? '').toLowerCase();
    return !isVendorSite(host) && !isPageHost(host) && !hasDocLabel(host, registry);
  },
  references: ['https://www.elastic.co/guide/en/kibana/current/dashboard.html'],
  samples: () => ({
    positive: [
      `https://kibana.ops.brightpath-ops.io/app/dashboards#/view/${guid(`${id}1`)}?_g=(time:(from:now-24h,to:now))`,
      `https://logs.cavra.io/s/support/app/discover#/view/${guid(`${id}2`)}`,
      `https://search.brightpath-ops.io:5601/app/kibana#/dashboard/${guid(`${id}3`)}`,
    ],
    negative: [
      'https://www.elastic.co/guide/en/kibana/current/dashboard.html',
      `https://demo.elastic.co/app/dashboards#/view/${guid(`${id}4`)}`,
      `http://localhost:5601/app/dashboards#/view/${guid(`${id}5`)}`,
      `https://kibana.brightpath-ops.io/app/home#/tutorial/${r(`${id}6`, LOWER_NUM, 12)}`,
      'https://kibana.example.com/app/dashboards#/view/722b74f0-b882-11e8-a6d9-e546fe2bba5f',
    ],
  }),
});
