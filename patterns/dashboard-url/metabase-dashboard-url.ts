import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isPageHost } from '../escalation-webhook/support/url-token.js';
import { guid } from '../escalation-webhook/support/samples.js';
import { hasDocLabel, isVendorSite } from './support/hosts.js';

const id = 'metabase-dashboard-url';

export default defineDetector({
  id,
  name: 'Metabase dashboard URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Metabase dashboards, questions and collections on a Metabase host (metabase.<domain>, *.metabaseapp.com), and public or embedded Metabase links on any host.',
  regex:
    /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?(?:\/[a-z0-9_-]{1,40}){0,2}\/(?:(?<numbered>dashboard|question|collection)\/\d{1,7}(?:-[a-z0-9-]{1,100})?(?![a-z0-9_])|public\/(?:dashboard|question)\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|embed\/(?:dashboard|question)\/eyJ[a-z0-9_.-]{10,2000})[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['metabase', '/public/dashboard/', '/public/question/', '/embed/dashboard/eyj', '/embed/question/eyj'],
  validate: (_secret, { groups, registry }) => {
    const host = (groups.host ?? '').toLowerCase();
    if (isVendorSite(host) || isPageHost(host) || hasDocLabel(host, registry)) return false;
    // /dashboard/12 is every other app's URL too; only a Metabase host makes it one.
    return groups.numbered === undefined || host.includes('metabase');
  },
  references: ['https://www.metabase.com/docs/latest/embedding/public-links'],
  samples: () => ({
    positive: [
      `https://metabase.brightpath-ops.io/dashboard/${r(`${id}1`, DIGITS, 3)}-renewals-by-region`,
      `https://brightpath.metabaseapp.com/question/${r(`${id}2`, DIGITS, 4)}`,
      `https://bi.cavra.io/public/dashboard/${guid(`${id}3`)}`,
      `https://metabase.internal-bi.net:3000/collection/${r(`${id}4`, DIGITS, 2)}`,
    ],
    negative: [
      'https://www.metabase.com/docs/latest/dashboards/introduction',
      `https://metabase.example.com/dashboard/${r(`${id}5`, DIGITS, 2)}`,
      `https://app.brightpath-ops.io/dashboard/${r(`${id}6`, DIGITS, 3)}`,
      'http://localhost:3000/public/dashboard/0e2e8a2e-4c8f-4b4c-9d59-0a4b9d3c2f11',
      'https://metabase.brightpath-ops.io/',
    ],
  }),
});
