import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun, splitUrl } from '../escalation-webhook/support/url-token.js';
import { isVendorSite } from './support/hosts.js';
import { host } from './support/samples.js';

const id = 'datadog-dashboard-url';

/** First path segments of Datadog's product pages; account, settings and sign-up pages are not data. */
const PRODUCT_PATHS = new Set([
  'dashboard', 'screen', 'notebook', 'monitors', 'monitor', 'slo', 'synthetics', 'incidents', 'incident', 'apm', 'logs', 'rum',
  'security', 'ci', 'process', 'infrastructure', 'metric', 'event', 'containers', 'orchestration', 'cost', 'watchdog', 'profiling',
  'databases', 'network', 'functions', 'error-tracking', 'llm', 'sb', 's',
]);
/** Dashboard and test ids (abc-def-ghi), numeric ids, 32-hex SLO ids. */
const ID_SEGMENT = /^(?:[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}|\d{3,15}|[a-f0-9]{32})$/u;

const ddId = (seed: string): string => `${r(`${seed}a`, LOWER_NUM, 3)}-${r(`${seed}b`, LOWER_NUM, 3)}-${r(`${seed}c`, LOWER_NUM, 3)}`;

export default defineDetector({
  id,
  name: 'Datadog dashboard URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Links into a Datadog organisation (app/us3/us5/ap1/eu/gov sites): dashboards, monitors, notebooks, log and APM queries, SLOs, incidents and public dashboard shares.',
  regex:
    /(?<secret>https:\/\/(?<host>(?:[a-z0-9-]{1,40}\.){1,2}datadoghq\.(?:com|eu)|app\.ddog-gov\.com)\/[a-z0-9\-._~%!$&*+;=:@/?#]{2,1000})/iu,
  keywords: ['datadoghq.com', 'datadoghq.eu', 'ddog-gov.com'],
  validate: (secret, { groups }) => {
    if (isVendorSite(groups.host ?? '')) return false;
    const { segments, params, fragment } = splitUrl(secret);
    const product = (segments[0] ?? '').toLowerCase();
    if (!PRODUCT_PATHS.has(product)) return false;
    // Public shares: /sb/<org>-<token>, /s/<org>/<token>.
    if (product === 'sb' || product === 's') return segments.slice(1).some((s) => s.length >= 10);
    // A named object (dashboard, monitor, notebook, SLO, test) or a query into the org's data.
    const ids = [...segments.slice(1).filter((s) => ID_SEGMENT.test(s)), ...(/^\d{3,15}$/u.test(fragment) ? [fragment] : [])];
    // Documentation uses 1234567 and abc-def-ghi.
    if (ids.length > 0) return ids.some((s) => !hasSequentialRun(s));
    return params.some(([name, value]) => name.length > 0 && value.length > 0);
  },
  references: ['https://docs.datadoghq.com/dashboards/sharing/'],
  samples: () => ({
    positive: [
      `https://app.datadoghq.com/dashboard/${ddId(`${id}1`)}/checkout-service-overview?fromUser=false&refresh_mode=sliding`,
      `https://app.datadoghq.eu/monitors/${r(`${id}2`, DIGITS, 8)}`,
      `https://${host('us5', 'datadoghq', 'com')}/logs?query=service%3Acavra-api%20status%3Aerror&from_ts=1767225600000`,
      `https://p.datadoghq.com/sb/${r(`${id}3`, LOWER_NUM, 8)}-${r(`${id}4`, ALPHA_NUM, 32)}`,
      `https://brightpath.datadoghq.com/notebook/${r(`${id}5`, DIGITS, 7)}/incident-review`,
      `https://app.datadoghq.com/apm/services/billing-${r(`${id}6`, LOWER_NUM, 6)}/operations/kafka.consume?env=prod`,
    ],
    negative: [
      'https://docs.datadoghq.com/dashboards/',
      'https://app.datadoghq.com/',
      'https://app.datadoghq.com/dashboard/lists',
      'https://app.datadoghq.com/dashboard/abc-def-ghi',
      'https://app.datadoghq.com/monitors/manage',
      'https://api.datadoghq.com/api/v1/dashboard',
      'https://app.datadoghq.com/organization-settings/api-keys',
      'https://app.datadoghq.com/signup?utm_source=docs',
      'https://app.datadoghq.com/monitors/1234567',
    ],
  }),
});
