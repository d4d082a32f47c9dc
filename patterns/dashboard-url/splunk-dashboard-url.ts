import { defineDetector } from '../../src/engine/define-detector.js';
import { LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isPageHost } from '../escalation-webhook/support/url-token.js';
import { hasDocLabel, isVendorPageLabel, isVendorSite } from './support/hosts.js';
import { host } from './support/samples.js';

const id = 'splunk-dashboard-url';

export default defineDetector({
  id,
  name: 'Splunk dashboard URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Links to apps, dashboards and searches on Splunk Cloud (<stack>.splunkcloud.com) or a self-hosted Splunk (/<locale>/app/<app>/<view>).',
  regex:
    /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?\/(?<locale>[a-z]{2}-[a-z]{2}\/)?app\/[a-z0-9_.-]{1,80}\/[a-z0-9_.-]{1,120}[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['splunk', '/en-us/app/', '/en-gb/app/', '/de-de/app/', '/fr-fr/app/', '/ja-jp/app/'],
  validate: (_secret, { groups, registry }) => {
    const host = (groups.host ?? '').toLowerCase();
    if (isVendorSite(host) || isPageHost(host) || hasDocLabel(host, registry)) return false;
    if (host.endsWith('.splunkcloud.com')) return !isVendorPageLabel(host.split('.')[0]);
    return host.includes('splunk') || groups.locale !== undefined;
  },
  references: ['https://docs.splunk.com/Documentation/SplunkCloud/latest/Admin/ConfigureSplunkCloudPlatform'],
  samples: () => ({
    positive: [
      `https://${host('brightpath', 'splunkcloud', 'com')}/en-US/app/search/checkout_errors?form.time.earliest=-24h`,
      `https://${host('splunk', 'ops', 'brightpath-ops', 'io')}:8000/en-GB/app/cavra_ops/incident_overview`,
      `https://prd-p-${r(`${id}1`, LOWER_NUM, 5)}.splunkcloud.com/en-US/app/search/search?q=search%20index%3D${r(`${id}2`, LOWER_NUM, 6)}`,
      `https://${host('logs', 'cavra', 'io')}/en-US/app/soc/escalations`,
    ],
    negative: [
      'https://docs.splunk.com/Documentation/Splunk/latest/Viz/CreateDashboards',
      'https://splunkbase.splunk.com/app/1876',
      'http://localhost:8000/en-US/app/search/search',
      'https://your-stack.splunkcloud.com/en-US/app/search/search',
      'https://play.google.com/store/apps/details?id=com.splunk.mobile',
    ],
  }),
});
