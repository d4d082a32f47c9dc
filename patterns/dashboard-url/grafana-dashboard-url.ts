import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, DIGITS, HEX, randomString as r } from '../support/sample-builder.js';
import { isPageHost } from '../escalation-webhook/support/url-token.js';
import { hasDocLabel, isVendorPageLabel, isVendorSite } from './support/hosts.js';

const id = 'grafana-dashboard-url';

/** Grafana Cloud's shared ingestion endpoints under grafana.net: not anyone's dashboard. */
const CLOUD_ENDPOINT = /^(?:prometheus|logs|tempo|otlp|profiles|mimir|loki|alertmanager|graphite|influx|pyroscope|faro|synthetic-monitoring)-/u;

export default defineDetector({
  id,
  name: 'Grafana dashboard URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Links into a Grafana Cloud stack (<stack>.grafana.net) or a self-hosted Grafana (grafana.<domain>, /grafana/ path): dashboards, panels, short links, Explore, alerting and public dashboards.',
  regex:
    /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?(?<prefix>\/grafana)?\/(?:d(?:-solo)?\/[a-z0-9_-]{2,40}|goto\/[a-z0-9_-]{4,40}|explore\?[a-z0-9%]|public-dashboards\/[a-f0-9]{32}|dashboard\/snapshot\/[a-z0-9]{10,40}|alerting\/grafana\/[a-z0-9_-]{6,40}|dashboards\/f\/[a-z0-9_-]{4,40})[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['grafana'],
  validate: (_secret, { groups, registry }) => {
    const host = (groups.host ?? '').toLowerCase();
    if (isVendorSite(host) || isPageHost(host) || hasDocLabel(host, registry)) return false;
    if (host.endsWith('.grafana.net')) return !CLOUD_ENDPOINT.test(host) && !isVendorPageLabel(host.split('.')[0]);
    return host.includes('grafana') || groups.prefix !== undefined;
  },
  references: ['https://grafana.com/docs/grafana/latest/dashboards/share-dashboards-panels/'],
  samples: () => ({
    positive: [
      `https://brightpath.grafana.net/d/${r(`${id}1`, ALPHA_NUM, 9)}/api-latency?orgId=1&from=now-6h&to=now`,
      `https://grafana.ops.brightpath-ops.io/d/${r(`${id}2`, ALPHA_NUM, 14)}/checkout-service`,
      `https://monitoring.brightpath-ops.io/grafana/goto/${r(`${id}3`, ALPHA_NUM, 9)}?orgId=1`,
      `https://brightpathops.grafana.net/public-dashboards/${r(`${id}4`, HEX, 32)}`,
      `https://grafana-prod.cavra.io:3000/d-solo/${r(`${id}5`, ALPHA_NUM, 9)}/ingest?panelId=${r(`${id}6`, DIGITS, 2)}`,
    ],
    negative: [
      'https://grafana.com/docs/grafana/latest/dashboards/',
      'https://grafana.com/grafana/dashboards/1860-node-exporter-full/',
      'https://play.grafana.org/d/000000012/grafana-play-home',
      `https://grafana.example.com/d/${r(`${id}7`, ALPHA_NUM, 9)}/my-dashboard`,
      `http://localhost:3000/d/${r(`${id}8`, ALPHA_NUM, 9)}/overview`,
      'https://prometheus-prod-10-prod-us-central-0.grafana.net/api/prom/push',
      `https://your-stack.grafana.net/d/${r(`${id}9`, ALPHA_NUM, 9)}/overview`,
      `https://grafana.mycompany.com/d/${r(`${id}10`, ALPHA_NUM, 9)}/overview`,
    ],
  }),
});
