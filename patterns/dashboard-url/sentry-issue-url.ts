import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun, isPageHost } from '../escalation-webhook/support/url-token.js';
import { hasDocLabel, isVendorPageLabel } from './support/hosts.js';
import { host } from './support/samples.js';

const id = 'sentry-issue-url';

export default defineDetector({
  id,
  name: 'Sentry issue URL',
  category: 'dashboard-url',
  severity: 'error',
  description: "Links to issues in an organisation's Sentry (<org>.sentry.io/issues/<n>, sentry.io/organizations/<org>/issues/<n>, share links, self-hosted sentry.<domain>) and its issue streams and dashboards pinned to a project.",
  regex:
    /(?<secret>https:\/\/(?:(?<sub>[a-z0-9-]{1,63})\.sentry\.io\/(?:issues\/(?<n1>\d{1,15})|share\/issue\/[a-f0-9]{32})|(?<host>sentry(?:\.[a-z0-9-]{1,63}){1,6})\/organizations\/(?<org>[a-z0-9_-]{1,63})\/issues\/(?<n2>\d{1,15})|sentry\.io\/(?<legacy>[a-z0-9_-]{1,63})\/[a-z0-9_-]{1,63}\/issues\/(?<n3>\d{1,15})|(?<sub2>[a-z0-9-]{1,63})\.sentry\.io\/(?<page>issues|discover|performance|dashboards?|alerts|releases|explore|insights)\/)[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['sentry.io', '//sentry.'],
  validate: (secret, { groups, registry }) => {
    const org = groups.sub ?? groups.org ?? groups.legacy ?? groups.sub2;
    // An issue stream, dashboard or query page of the organisation, pinned to one of its projects or dashboards.
    if (groups.page !== undefined) {
      const id = /[?&]project=(?<p>\d{4,20})(?!\d)|\/dashboard\/(?<d>\d{2,12})(?!\d)/u.exec(secret)?.groups;
      const number = id?.p ?? id?.d;
      return !isVendorPageLabel(org) && number !== undefined && !hasSequentialRun(number);
    }
    if (isVendorPageLabel(org) || (groups.host !== undefined && (isPageHost(groups.host.toLowerCase()) || hasDocLabel(groups.host, registry)))) return false;
    const issue = groups.n1 ?? groups.n2 ?? groups.n3;
    return issue === undefined || !hasSequentialRun(issue);
  },
  references: ['https://docs.sentry.io/product/issues/'],
  samples: () => ({
    positive: [
      `https://${host('brightpath', 'sentry', 'io')}/issues/4${r(`${id}1`, DIGITS, 9)}/?project=4${r(`${id}2`, DIGITS, 15)}`,
      `https://sentry.io/organizations/${host('brightpath-ops')}/issues/2${r(`${id}3`, DIGITS, 9)}/events/${r(`${id}4`, HEX, 32)}/`,
      `https://${host('sentry', 'ops', 'cavra', 'io')}/organizations/cavra/issues/${r(`${id}5`, DIGITS, 5)}/`,
      `https://brightpath.sentry.io/share/issue/${r(`${id}6`, HEX, 32)}/`,
      `https://${host('haugland', 'sentry', 'io')}/issues/?project=4${r(`${id}7`, DIGITS, 15)}&query=is%3Aunresolved`,
      `https://${host('varga-tools', 'sentry', 'io')}/dashboard/${r(`${id}8`, '123456789', 5)}/?statsPeriod=24h`,
    ],
    negative: [
      'https://sentry.io/welcome/',
      'https://docs.sentry.io/product/issues/issue-details/',
      'https://sentry.io/organizations/my-org/issues/123456/',
      'https://your-org.sentry.io/issues/1234567890/',
      'https://sentry.example.com/organizations/cavra/issues/4821/',
      'https://your-org.sentry.io/issues/?project=4506227715284992',
      'https://brightpath.sentry.io/issues/?query=is%3Aunresolved',
      'https://brightpath.sentry.io/discover/homepage/',
    ],
  }),
});
