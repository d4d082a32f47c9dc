/**
 * Host facts shared by the dashboard detectors: vendor marketing and
 * documentation sites and the vendors' own page labels (never findings).
 * The tenants documentation uses in place of a real one
 * (`mycompany.looker.com`, `your-stack.grafana.net`) and its stand-in host
 * labels (`grafana.mycompany.com`) are the registry's placeholder-part
 * entries: the engine applies them to a URL value, and `hasDocLabel` asks
 * them about a host.
 */
import type { RegistryKind } from '../../../src/engine/synthetic.js';
import type { RegistryLookup } from '../../../src/engine/types.js';

/** Labels of a vendor's own pages where a tenant would stand (docs.…, www.…, status.…): the vendor's, not a customer's. */
const VENDOR_PAGE_LABELS = new Set([
  'docs', 'doc', 'www', 'help', 'support', 'blog', 'status', 'community', 'developer', 'developers', 'learn', 'cloud', 'app', 'api',
]);

/** True when a tenant label (first host label, org slug, site name) is missing or one of the vendor's own pages. */
export function isVendorPageLabel(label: string | undefined): boolean {
  return label === undefined || label.length === 0 || VENDOR_PAGE_LABELS.has(label.toLowerCase());
}

/** Vendor sites: marketing, documentation, public galleries and demos. */
const VENDOR_SITES = [
  'grafana.com', 'grafana.org', 'grafana.net', 'raintank.io', 'datadoghq.com', 'datadoghq.eu', 'elastic.co', 'looker.com',
  'tableau.com', 'metabase.com', 'powerbi.microsoft.com', 'newrelic.com', 'splunk.com', 'sentry.io', 'sentry.dev',
];
/** Tenant-hosting subdomains of those vendors, which are not vendor sites. */
const TENANT_HOSTS = /\.(?:grafana\.net|datadoghq\.(?:com|eu)|online\.tableau\.com|looker\.com|sentry\.io|newrelic\.com)$/u;
const VENDOR_LABELS = /^(?:www|docs?|blog|help|support|community|learn|status|developers?|partners?|go|info|try|play|demo|public|university|academy|discuss|forum)\./u;

/** True for a vendor's own pages (grafana.com, docs.datadoghq.com, public.tableau.com, demo.elastic.co, …). */
export function isVendorSite(host: string): boolean {
  const lower = host.toLowerCase();
  for (const site of VENDOR_SITES) {
    if (lower === site) return true;
    if (!lower.endsWith(`.${site}`)) continue;
    if (VENDOR_LABELS.test(lower)) return true;
    // Tenants live under some vendor domains; every other subdomain is the vendor's own.
    if (!TENANT_HOSTS.test(lower)) return true;
  }
  return false;
}

/** The registry kind of documentation's stand-in hosts and host labels. */
const PART_KINDS: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['placeholder-part']);

/** True when a free-form host names documentation's stand-in organisation (grafana.mycompany.com): asked of the engine's registry. */
export function hasDocLabel(host: string, registry: RegistryLookup | undefined): boolean {
  return registry?.match(`//${host.toLowerCase()}`, PART_KINDS) !== undefined;
}
