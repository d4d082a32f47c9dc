import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun, isPageHost } from '../escalation-webhook/support/url-token.js';
import { hasDocLabel, isDocTenant } from './support/hosts.js';
import { host } from './support/samples.js';

const id = 'sentry-issue-url';

export default defineDetector({
  id,
  name: 'Sentry issue URL',
  category: 'dashboard-url',
  severity: 'error',
  description: "Links to issues in an organisation's Sentry (<org>.sentry.io/issues/<n>, sentry.io/organizations/<org>/issues/<n>, share links, self-hosted sentry.<domain>).",
  regex:
    /(?<secret>https:\/\/(?:(?<sub>[a-z0-9-]{1,63})\.sentry\.io\/(?:issues\/(?<n1>\d{1,15})|share\/issue\/[a-f0-9]{32})|(?<host>sentry(?:\.[a-z0-9-]{1,63}){1,6})\/organizations\/(?<org>[a-z0-9_-]{1,63})\/issues\/(?<n2>\d{1,15})|sentry\.io\/(?<legacy>[a-z0-9_-]{1,63})\/[a-z0-9_-]{1,63}\/issues\/(?<n3>\d{1,15}))[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['sentry.io', '//sentry.'],
  validate: (_secret, { groups }) => {
    const org = groups.sub ?? groups.org ?? groups.legacy;
    if (isDocTenant(org) || (groups.host !== undefined && (isPageHost(groups.host.toLowerCase()) || hasDocLabel(groups.host)))) return false;
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
    ],
    negative: [
      'https://sentry.io/welcome/',
      'https://docs.sentry.io/product/issues/issue-details/',
      'https://sentry.io/organizations/my-org/issues/123456/',
      'https://your-org.sentry.io/issues/1234567890/',
      'https://sentry.example.com/organizations/cavra/issues/4821/',
    ],
  }),
});
