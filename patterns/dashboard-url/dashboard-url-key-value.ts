import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, DIGITS, randomString as r } from '../support/sample-builder.js';
import { isPageHost, splitUrl } from '../escalation-webhook/support/url-token.js';
import { hasDocLabel, isVendorSite } from './support/hosts.js';

const id = 'dashboard-url-key-value';

const TOOLS = ['dashboard', 'grafana', 'kibana', 'datadog', 'metabase', 'looker', 'tableau', 'splunk', 'newrelic', 'powerbi', 'monitoring', 'observability'];

/**
 * A URL under a dashboard key (dashboard_url, grafanaLink, kibana_url, …).
 * Vendor-shaped URLs are claimed by their own detectors first.
 */
export default defineDetector({
  id,
  name: 'Dashboard URL under a dashboard key',
  category: 'dashboard-url',
  severity: 'error',
  description: 'URLs with a path under dashboard key names (dashboard_url, grafanaLink, KIBANA_URL, monitoring_dashboard, …) on a non-reserved, non-vendor host.',
  regex:
    /(?<key>dashboards?(?:[_.-]?(?:url|uri|link|href))?|(?:grafana|kibana|datadog|metabase|looker|tableau|splunk|new[_-]?relic|power[_-]?bi|monitoring|observability)(?:[_.-]?(?:dashboard|board))?[_.-]?(?:url|uri|link|href)|(?:grafana|kibana|datadog|monitoring|observability)[_.-]?dashboard)["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>https?:\/\/[a-z0-9.-]{4,253}(?::\d{2,5})?\/[a-z0-9\-._~%!$&*+;=:@/?#]{1,1000})/iu,
  keywords: [
    ...['dashboard', 'dashboards'].flatMap((d) => ['"', "'", ':', '=', ' =', ' :'].map((end) => `${d}${end}`)),
    ...TOOLS.flatMap((t) => ['_', '-', '.', ''].flatMap((sep) => ['url', 'uri', 'link', 'href'].map((s) => `${t}${sep}${s}`))), 'new_relic', 'new-relic', 'power_bi', 'power-bi'],
  validate: (secret, { registry }) => {
    const { host, segments, fragment } = splitUrl(secret);
    if (isPageHost(host) || isVendorSite(host) || hasDocLabel(host, registry)) return false;
    // Documentation paths on a vendor's general site (cloud.google.com/looker/docs/…).
    if (segments.some((s) => /^(?:docs?|documentation|guides?|learn|tutorials?|blog)$/iu.test(s))) return false;
    // A bare host or a single top-level page (/login, /) is not a dashboard link.
    return segments.length >= 2 || (segments.length === 1 && /[0-9]/u.test(segments[0] ?? '')) || fragment.length > 2;
  },
  samples: () => ({
    positive: [
      { key: 'dashboard_url', value: `https://ops.brightpath-ops.io/boards/${r(`${id}1`, DIGITS, 4)}/billing-monitoring` },
      { key: 'grafanaLink', value: `https://monitor.brightpath-ops.io/dash/${r(`${id}2`, ALPHA_NUM, 10)}` },
      { key: 'KIBANA_URL', value: 'https://search-logs.brightpath-ops.io/_plugin/kibana/app/dashboards' },
    ],
    negative: [
      { key: 'dashboard_url', value: 'https://dashboard.example.com/d/abc123' },
      { key: 'dashboard_url', value: 'https://grafana.com/grafana/dashboards/1860-node-exporter-full/' },
      { key: 'dashboard_url', value: 'https://ops.brightpath-ops.io/' },
      { key: 'dashboard_url', value: '{{ .Values.dashboard.url }}' },
      { key: 'grafana_url', value: 'https://docs.datadoghq.com/dashboards/' },
    ],
  }),
});
