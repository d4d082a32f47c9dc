/**
 * Host facts shared by the dashboard detectors: vendor marketing and
 * documentation sites (never findings), and the tenant names documentation
 * uses in place of a real one (`mycompany.looker.com`, `your-stack.grafana.net`).
 */

/** Tenant labels that documentation uses instead of a real organisation. */
const DOC_TENANTS = new Set([
  'my', 'me', 'mine', 'your', 'yours', 'mystack', 'my-stack', 'yourstack', 'your-stack', 'stack', 'stackname', 'stack-name', 'stack-slug',
  'instance', 'instancename', 'instance-name', 'instance_name', 'myinstance', 'my-instance', 'yourinstance', 'your-instance',
  'company', 'mycompany', 'my-company', 'yourcompany', 'your-company', 'companyname', 'company-name', 'org', 'myorg', 'my-org',
  'yourorg', 'your-org', 'orgname', 'org-name', 'org-slug', 'organization', 'organization-slug', 'organisation', 'tenant',
  'tenant-name', 'subdomain', 'yoursubdomain', 'your-subdomain', 'mydomain', 'domain', 'host', 'hostname', 'server', 'site',
  'mysite', 'my-site', 'yoursite', 'your-site', 'sitename', 'site-name', 'deployment', 'my-deployment', 'deployment-name',
  'docs', 'doc', 'www', 'help', 'support', 'blog', 'status', 'community', 'developer', 'developers', 'learn', 'cloud', 'app',
  'api', 'test', 'demo', 'sample', 'example', 'play', 'sandbox', 'try', 'trial',
]);

/** True when a tenant label (first host label, org slug, site name) is a documentation stand-in. */
export function isDocTenant(label: string | undefined): boolean {
  return label === undefined || label.length === 0 || DOC_TENANTS.has(label.toLowerCase());
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

/** Host labels documentation uses for "your organisation's domain". */
const DOC_HOST_LABELS = new Set([
  'mycompany', 'my-company', 'yourcompany', 'your-company', 'company', 'companyname', 'company-name', 'mydomain', 'my-domain',
  'yourdomain', 'your-domain', 'domain', 'domainname', 'myorg', 'my-org', 'yourorg', 'your-org', 'organization', 'corpname',
  'yourhost', 'your-host', 'myhost', 'my-host', 'hostname', 'your-server', 'myserver', 'my-server', 'server-name',
]);

/** True when a free-form host names documentation's stand-in organisation (grafana.mycompany.com). */
export function hasDocLabel(host: string): boolean {
  return host.toLowerCase().split('.').some((label) => DOC_HOST_LABELS.has(label));
}
