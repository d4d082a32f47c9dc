import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';
import { hasDocLabel } from './support/hosts.js';
import { host } from './support/samples.js';

const id = 'generic-internal-host-url';

/** Private top-level names: RFC 6762 appendix G and common practice. */
const PRIVATE_TLDS = ['internal', 'corp', 'intranet', 'lan'];

/** Well-known internal names that are the same everywhere, so they reveal nothing. */
const SHARED_INTERNAL = /(?:^|\.)(?:metadata\.google\.internal|docker\.internal|ec2\.internal|compute\.internal|cluster\.internal)$/u;

/**
 * Public services whose hosts carry prod / production labels (CDNs, clouds,
 * SaaS APIs): their production endpoints are public, not the project's.
 */
const PUBLIC_PROD_SUFFIXES = [
  'amazonaws.com', 'aws.dev', 'cloudfront.net', 'azure.com', 'azure.net', 'azureedge.net', 'azurewebsites.net', 'windows.net',
  'microsoft.com', 'office.com', 'office365.com', 'live.com', 'visualstudio.com', 'azure-api.net', 'googleapis.com', 'google.com',
  'gstatic.com', 'googleusercontent.com', 'appspot.com', 'run.app', 'akamai.net', 'akamaized.net', 'akamaihd.net', 'edgekey.net',
  'edgesuite.net', 'fastly.net', 'fastlylb.net', 'cloudflare.com', 'cloudflare.net', 'website-files.com', 'webflow.com',
  'salesforce.com', 'force.com', 'adobe.com', 'adobe.io', 'apple.com', 'icloud.com', 'atlassian.net', 'atlassian.com',
  'github.com', 'githubusercontent.com', 'gitlab.com', 'docker.com', 'docker.io', 'npmjs.org', 'npmjs.com', 'yarnpkg.com',
  'jfrog.io', 'hashicorp.com', 'mongodb.net', 'herokuapp.com', 'heroku.com', 'vercel.app', 'netlify.app', 'mozilla.org',
  'mozilla.net', 'mozaws.net', 'ubuntu.com', 'spotify.com', 'scdn.co', 'twitch.tv', 'ttvnw.net', 'shopify.com', 'shopifycdn.com',
  'segment.com', 'segment.io', 'datadoghq.com', 'grafana.net', 'newrelic.com', 'sentry.io', 'logic.azure.com', 'online.tableau.com',
  'snowflakecomputing.com', 'okta.com', 'auth0.com', 'twilio.com', 'stripe.com', 'paypal.com', 'zoom.us', 'slack.com', 'slack-edge.com',
  // Brand top-level domains: every host under them is the provider's own.
  'aws', 'amazon', 'google', 'microsoft', 'azure',
];

/** Drops leading and trailing dots of a configured domain. */
function trimDots(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charAt(start) === '.') start++;
  while (end > start && value.charAt(end - 1) === '.') end--;
  return value.slice(start, end);
}

const isUnder = (host: string, suffix: string): boolean => host === suffix || host.endsWith(`.${suffix}`);

/** True when a host is internal or production by name: a private TLD or a prod label over a registrable domain. */
export function isInternalByName(host: string): boolean {
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  // Under a private TLD a host names an organisation's zone (`db.<org>.internal`); two labels (`api.internal`) are anyone's.
  if (PRIVATE_TLDS.includes(tld)) return labels.length >= 3 && !SHARED_INTERNAL.test(host);
  if (labels.length < 3 || PUBLIC_PROD_SUFFIXES.some((suffix) => isUnder(host, suffix))) return false;
  // A prod label needs a registrable domain (two labels) to its right.
  return labels.slice(0, -2).some((label, i) => label === 'prod' || label === 'production' || (i === 0 && /^prod(?:uction)?-[a-z0-9]/u.test(label)));
}

/**
 * URLs on internal and production hosts: the configured internal domains
 * (settings.internalDomains, matched even without a scheme) and, in URLs,
 * private TLDs (.internal, .corp, .intranet, .lan) and prod / production
 * labels. The value is the host and path; a more specific detector on the
 * same URL wins.
 */
export default function genericInternalHostUrl(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const domains = settings.internalDomains.map((d) => trimDots(d.toLowerCase())).filter((d) => /^[a-z0-9.-]{3,253}$/u.test(d));
  const isConfigured = (host: string): boolean => domains.some((d) => isUnder(host, d));
  return defineDetector({
    id,
    name: 'Internal or production host URL',
    category: 'dashboard-url',
    severity: 'error',
    description: `URLs on internal and production hosts: ${domains.join(', ')}, private TLDs (.internal, .corp, .intranet, .lan) and prod / production host labels.`,
    regex:
      /(?<![a-z0-9.@-])(?<scheme>[a-z][a-z0-9+.-]{1,15}:\/\/(?:[^\s/@"'<>]{1,200}@)?)?(?<secret>(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?(?:\/[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})?)(?![a-z0-9.-])/iu,
    // Only the host's naming says it is internal: in test data (SSRF and proxy tests feed such hosts in) it is not reported.
    evidence: 'key',
    keywords: [
      ...domains,
      ...PRIVATE_TLDS.flatMap((tld) => (tld === 'lan' ? ['/', ':', '"', "'", '`', ')', ' ', '\n', '\r', '>', ',', ';'].map((c) => `.lan${c}`) : [`.${tld}`])),
      '.prod.',
      '//prod.',
      '//prod-',
      '@prod-',
      '.production.',
      '//production.',
      '//production-',
    ],
    validate: (secret, { groups, line, match, registry }) => {
      const host = (groups.host ?? '').toLowerCase();
      // A string cut by concatenation ('https://bcid.corp' + '.google.com/…') continues the host elsewhere.
      const at = line.indexOf(match);
      if (at !== -1 && /^["'`][ \t]{0,4}\+/u.test(line.slice(at + match.length, at + match.length + 8))) return false;
      if (groups.scheme === undefined) {
        // Without a scheme only a configured domain counts, and naming the domain itself is configuration, not a host.
        return isConfigured(host) && (!domains.includes(host) || secret.length > host.length);
      }
      return isConfigured(host) || (isInternalByName(host) && !hasDocLabel(host, registry));
    },
    samples: () => ({
      positive: [
        `https://${host('ops', 'cavra', 'io')}/runbooks/escalation-drill#${r(`${id}1`, LOWER_NUM, 6)}`,
        `${host('db-primary', 'cavra', 'internal')}:5432`,
        `https://${host('grafana', 'prod', 'brightpath-ops', 'io')}/alerting/list?search=${r(`${id}2`, LOWER_NUM, 8)}`,
        `http://${host('billing-worker', 'eng', 'corp')}:8080/healthz`,
        `https://prod-api-${r(`${id}3`, DIGITS, 2)}.${host('brightpath-ops', 'io')}/v1/tenants`,
      ],
      negative: [
        'http://metadata.google.internal/computeMetadata/v1/instance/id',
        'http://host.docker.internal:3000/api',
        'https://cdn.prod.website-files.com/5f2b1a/app.css',
        `https://catalog.us-east-1.prod.workshops.aws/workshops/${r(`${id}5`, LOWER_NUM, 8)}/en-US`,
        'https://api.example.com/v1/prod/status',
        `https://prod-${r(`${id}4`, DIGITS, 2)}.westeurope.logic.azure.com/workflows/list`,
        'this.internal.value = settings.internal.value;',
        // A URL-parser test: a two-label host under a private TLD names no organisation.
        "'https://attacker.com\\\\@api.internal'",
        "'https://bcid.corp' + '.google.com/reference/v0.1'",
        "'https://artifacts.build.corp' + '.vendor-cdn.net/v1/index'",
        'http://billing-worker.corp:8080/healthz',
        // A host of a fictional company (whole label) in documentation.
        'postgres://prod-db.acme.com/api',
        'http://host.testcontainers.internal:5432/test',
      ],
    }),
  });
}
