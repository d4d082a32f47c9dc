import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, DIGITS, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun, splitUrl } from '../escalation-webhook/support/url-token.js';

const id = 'newrelic-dashboard-url';

/** New Relic entity GUIDs are base64 of `<account>|<domain>|<type>|<id>`. */
const ENTITY = /^\d{4,12}\|[A-Z]{2,12}\|[A-Z0-9_]{2,40}\|[A-Za-z0-9_=+/-]{1,200}$/u;

/** Base64 of an entity GUID, as New Relic prints it (no padding). */
const entityGuid = (account: string, domain: string, type: string, entity: string): string =>
  Buffer.from(`${account}|${domain}|${type}|${entity}`, 'latin1').toString('base64url');

/** True when `value` is, or holds as base64 JSON, an entity GUID. */
function holdsEntityGuid(value: string): boolean {
  for (const token of value.split(/[^A-Za-z0-9+/_=-]/u).filter((t) => t.length >= 16 && t.length <= 600)) {
    const text = Buffer.from(token.replace(/-/gu, '+').replace(/_/gu, '/'), 'base64').toString('latin1');
    if (ENTITY.test(text)) return true;
    // Launcher links carry a base64 JSON pane that names the entity.
    const nested = /"(?:entityGuid|dashboardGuid|entityId)"\s*:\s*"(?<guid>[A-Za-z0-9+/=_-]{16,400})"/u.exec(text)?.groups?.guid;
    if (nested !== undefined && ENTITY.test(Buffer.from(nested, 'base64').toString('latin1'))) return true;
  }
  return false;
}

export default defineDetector({
  id,
  name: 'New Relic dashboard URL',
  category: 'dashboard-url',
  severity: 'error',
  description: 'Links into a New Relic account: one.newrelic.com / one.eu.newrelic.com pages that name an entity or dashboard GUID, legacy rpm/insights account links and onenr.io share links.',
  regex:
    /(?<secret>https:\/\/(?:(?<one>one\.(?:eu\.)?newrelic\.com)\/[a-z0-9\-._~%!$&*+;=:@/?#]{1,2000}|(?:rpm|insights|infrastructure|alerts|synthetics)\.(?:eu\.)?newrelic\.com\/accounts\/\d{4,10}(?:\/[a-z0-9\-._~%!$&*+;=:@/?#]{0,1000})?|onenr\.io\/[a-z0-9]{8,20}))(?![a-z0-9\-._~%!$&*+;=:@/?#])/iu,
  keywords: ['newrelic.com', 'onenr.io'],
  validate: (secret, { groups }) => {
    if (groups.one === undefined) return true;
    const { segments, params } = splitUrl(secret);
    if (segments.some(holdsEntityGuid) || params.some(([, value]) => holdsEntityGuid(value))) return true;
    // A page of one account (`?account=<id>`) under an app path: the account's own APM, logs or dashboards.
    const account = params.find(([name]) => name === 'account')?.[1] ?? '';
    return segments.length >= 2 && /^[1-9]\d{4,9}$/u.test(account) && !hasSequentialRun(account);
  },
  references: ['https://docs.newrelic.com/docs/new-relic-solutions/new-relic-one/core-concepts/what-entity-new-relic/'],
  samples: () => ({
    positive: [
      `https://one.newrelic.com/dashboards/detail/${entityGuid(`3${r(`${id}1`, DIGITS, 6)}`, 'VIZ', 'DASHBOARD', `4${r(`${id}2`, DIGITS, 7)}`)}?account=3${r(`${id}3`, DIGITS, 6)}`,
      `https://one.eu.newrelic.com/redirect/entity/${entityGuid(`2${r(`${id}4`, DIGITS, 6)}`, 'APM', 'APPLICATION', `1${r(`${id}5`, DIGITS, 8)}`)}`,
      `https://rpm.newrelic.com/accounts/1${r(`${id}6`, DIGITS, 6)}/applications/${r(`${id}7`, DIGITS, 8)}`,
      `https://onenr.io/0${r(`${id}8`, ALPHA_NUM, 10)}`,
      `https://one.newrelic.com/nr1-core/apm/overview/${r(`${id}9`, ALPHA_NUM, 48)}?account=2${r(`${id}10`, DIGITS, 6)}`,
    ],
    negative: [
      'https://one.newrelic.com/',
      'https://docs.newrelic.com/docs/query-your-data/explore-query-data/dashboards/introduction-dashboards/',
      'https://one.newrelic.com/launcher/dashboards.launcher',
      'https://one.newrelic.com/dashboards/detail/<dashboard-guid>',
      'https://newrelic.com/platform/dashboards',
      'https://one.newrelic.com/nr1-core/apm/overview?account=YOUR_ACCOUNT_ID',
      'https://one.newrelic.com/logger?account=1234567',
      'https://one.newrelic.com/data-exploration/query-builder?account=<account-id>',
    ],
  }),
});
