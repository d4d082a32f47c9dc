import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isPageHost } from '../escalation-webhook/support/url-token.js';
import { hasDocLabel, isVendorPageLabel, isVendorSite } from './support/hosts.js';
import { host } from './support/samples.js';

const id = 'tableau-dashboard-url';

export default defineDetector({
  id,
  name: 'Tableau view URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Links to views and workbooks on Tableau Cloud (*.online.tableau.com/#/site/<site>/views/…) or a self-hosted Tableau Server (tableau.<domain>/…/views/…); Tableau Public is not a finding.',
  regex:
    /(?<secret>https?:\/\/(?<host>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8})(?::\d{2,5})?\/(?:#\/)?(?:(?:site|t)\/(?<site>[a-z0-9_-]{1,100})\/)?(?:views|workbooks)\/[a-z0-9_%.-]{1,200}[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})/iu,
  keywords: ['tableau'],
  validate: (_secret, { groups, registry }) => {
    const host = (groups.host ?? '').toLowerCase();
    if (!host.includes('tableau') || isVendorSite(host) || isPageHost(host) || hasDocLabel(host, registry)) return false;
    return groups.site === undefined || !isVendorPageLabel(groups.site);
  },
  references: ['https://help.tableau.com/current/pro/desktop/en-us/shareworkbooks.htm'],
  samples: () => ({
    positive: [
      `https://prod-useast-b.online.tableau.com/#/site/brightpath${r(`${id}1`, LOWER_NUM, 4)}/views/Renewals/Overview?:iid=1`,
      `https://${host('10ax', 'online', 'tableau', 'com')}/#/site/cavraops/workbooks/${r(`${id}2`, DIGITS, 6)}/views`,
      `https://${host('tableau', 'brightpath-ops', 'io')}/#/views/CustomerHealth/ChurnRisk`,
      `https://${host('tableau', 'internal-bi', 'net')}/t/Finance/views/ARR/ByRegion`,
    ],
    negative: [
      'https://public.tableau.com/views/Superstore_24/Overview',
      'https://help.tableau.com/current/pro/desktop/en-us/dashboards_create.htm',
      'https://prod-useast-b.online.tableau.com/#/site/mysite/views/Workbook/Sheet1',
      'https://tableau.example.com/#/views/Sales/Overview',
      'https://www.tableau.com/learn/tutorials',
    ],
  }),
});
