import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isVendorPageLabel, isVendorSite } from './support/hosts.js';
import { host } from './support/samples.js';

const id = 'looker-dashboard-url';

export default defineDetector({
  id,
  name: 'Looker dashboard URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Links into a Looker instance (<company>.looker.com, <company>.cloud.looker.com): dashboards, Looks, Explores and short links.',
  regex:
    /(?<secret>https:\/\/(?<host>[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63})?\.looker\.com)(?::\d{2,5})?\/(?:embed\/)?(?:dashboards(?:-next)?|looks|explore|x)\/[a-z0-9_:-]{1,100}[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['looker.com'],
  validate: (_secret, { groups }) => {
    const host = (groups.host ?? '').toLowerCase();
    return !isVendorSite(host) && !isVendorPageLabel(host.split('.')[0]);
  },
  references: ['https://cloud.google.com/looker/docs/sharing-and-publishing'],
  samples: () => ({
    positive: [
      `https://brightpath.looker.com/dashboards/${r(`${id}1`, DIGITS, 3)}?Region=EMEA`,
      `https://brightpathops.cloud.looker.com/looks/${r(`${id}2`, DIGITS, 4)}`,
      `https://${host('cavra', 'eu', 'looker', 'com')}/dashboards/billing_model::renewals_overview`,
      `https://${host('brightpath', 'looker', 'com')}/explore/billing/invoices?qid=${r(`${id}3`, DIGITS, 9)}`,
    ],
    negative: [
      'https://cloud.google.com/looker/docs/creating-user-defined-dashboards',
      `https://mycompany.looker.com/dashboards/${r(`${id}4`, DIGITS, 3)}`,
      `https://instance_name.looker.com/looks/${r(`${id}5`, DIGITS, 3)}`,
      'https://docs.looker.com/dashboards/creating-lookml-dashboards',
      'https://brightpath.looker.com/',
    ],
  }),
});
