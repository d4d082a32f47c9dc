import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { guid } from '../escalation-webhook/support/samples.js';
import { splitUrl } from '../escalation-webhook/support/url-token.js';

const id = 'powerbi-report-url';

const GUID = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/iu;
const REPORT_KINDS = new Set(['reports', 'dashboards', 'datasets', 'dataflows', 'rdlreports', 'scorecards', 'apps', 'lineage']);

export default defineDetector({
  id,
  name: 'Power BI report URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Links to Power BI reports, dashboards, datasets and apps in a workspace (app.powerbi.com/groups/<workspace>/…/<id>), embed links and share links.',
  regex:
    /(?<secret>https:\/\/app\.(?:(?:high\.|mil\.)?powerbigov\.us|powerbi\.com|powerbi\.cn)\/[a-z0-9/_.%-]{1,400}(?:\?[a-z0-9%&=._~;-]{0,800})?)/iu,
  keywords: ['app.powerbi.com', 'powerbigov.us', 'app.powerbi.cn'],
  validate: (secret) => {
    const { segments, params } = splitUrl(secret);
    const [first, workspace, kind, item] = segments.map((s) => s.toLowerCase());
    let ids: string[];
    if (first === 'groups' && workspace !== undefined && kind !== undefined && item !== undefined) {
      if (!REPORT_KINDS.has(kind) || (workspace !== 'me' && !GUID.test(workspace)) || !GUID.test(item)) return false;
      ids = workspace === 'me' ? [item] : [workspace, item];
    } else if (first === 'reportembed') {
      ids = params.filter(([name, value]) => name === 'reportid' && GUID.test(value)).map(([, value]) => value);
      if (ids.length === 0) return false;
    } else if (first === 'links') {
      return segments.length === 2 && /^[A-Za-z0-9_-]{8,40}$/u.test(workspace ?? '');
    } else return false;
    // Zero and repeated GUIDs are documentation stand-ins.
    return ids.every((g) => shannonEntropy(g) >= 3);
  },
  references: ['https://learn.microsoft.com/en-us/power-bi/collaborate-share/service-share-dashboards'],
  samples: () => ({
    positive: [
      `https://app.powerbi.com/groups/${guid(`${id}1`)}/reports/${guid(`${id}2`)}/ReportSection?experience=power-bi`,
      `https://app.powerbi.com/groups/me/dashboards/${guid(`${id}3`)}`,
      `https://app.powerbi.com/reportEmbed?reportId=${guid(`${id}4`)}&autoAuth=true&ctid=${guid(`${id}5`)}`,
      `https://app.powerbi.com/links/${r(`${id}6`, ALPHA_NUM, 10)}?ctid=${guid(`${id}7`)}`,
    ],
    negative: [
      'https://app.powerbi.com/',
      'https://app.powerbi.com/groups/me/list',
      'https://app.powerbi.com/groups/00000000-0000-0000-0000-000000000000/reports/00000000-0000-0000-0000-000000000000',
      'https://app.powerbi.com/groups/{workspaceId}/reports/{reportId}',
      'https://learn.microsoft.com/en-us/power-bi/create-reports/',
    ],
  }),
});
