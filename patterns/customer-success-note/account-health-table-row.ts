import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isCustomerValue } from '../customer-identifier/support/payload-values.js';
import { columnNameContext, hasTable, namedCellAt, type TableSpec } from './support/tables.js';

const id = 'account-health-table-row';

/** Account tables with at least two customer-success columns. */
export const HEALTH_TABLE: TableSpec = {
  nameColumn: /^(?:(?:account|customer|company|client|logo|organi[sz]ation|org|tenant)(?:_name)?|name)$/u,
  signalColumns: [
    /^(?:account_)?health(?:_score|_status|_colou?r)?$/u,
    /^churn(?:_risk|_score|_reason|_probability)?$/u,
    /^(?:renewal(?:_date|_risk|_status|_forecast|_likelihood)?|days_to_renewal)$/u,
    /^nps(?:_score)?$/u,
    /^(?:(?:csm|cs|account|success|health|renewal|churn|qbr)_notes?|csm)$/u,
  ],
  minSignals: 2,
  hint: /(?<![a-z])(?:health|churn|renewal|nps|csm)/iu,
};

const KEYWORDS = ['health_score', 'healthscore', 'health score', 'health-score', 'churn', 'renewal', 'nps_score', 'nps score', 'csm_note', 'csm note', 'csm-note'];

/**
 * Rows of an account-health table (CSV, TSV or a Markdown table, as a file or
 * pasted into a string or comment) whose header has an account column and at
 * least two customer-success columns (health score, churn risk, renewal date,
 * NPS, CSM notes). The account cell of each row is the reported value.
 */
export default defineDetector({
  id,
  name: 'Account health table row',
  category: 'customer-success-note',
  severity: 'error',
  description: 'Rows of a CSV or Markdown account table with health, churn, renewal, NPS or CSM-note columns, for a named account.',
  // Candidate cells only: validate keeps the naming cell of a row under a matching header.
  regex: /(?:^[ \t]{0,12}(?:[*#>|][ \t]{0,4})?"?|[,;|\t][ \t]{0,4}"?|\\n"?)(?<secret>[A-Z0-9](?:[^\s,;|\\"]| (?=[^\s,;|\\"])){1,119})/mu,
  // Column words of five letters or more: short ones (`nps`, `csm`) turn up in base64 and minified text and would run this on whole files.
  keywords: KEYWORDS,
  keywordContext: columnNameContext(KEYWORDS),
  multiline: true,
  // The regex matches every cell of every line: it runs only on texts that hold a qualifying table.
  gate: (text) => hasTable(text, HEALTH_TABLE),
  validate: (secret, { text, offset, syntax, registry }) => {
    if (text === undefined || offset === undefined) return false;
    const cell = namedCellAt(text, offset, HEALTH_TABLE);
    return cell?.value === secret && isCustomerValue(secret, { quoted: true, syntax, registry });
  },
  samples: () => ({
    positive: [
      {
        key: 'export',
        value: `account,segment,health_score,churn_risk,renewal_date,csm_note\nHallbrook Logistics Ltd,enterprise,${r(`${id}1`, DIGITS, 2)},medium,2025-04-30,"Usage dipped after the warehouse migration; renewal call booked"`,
      },
      {
        key: 'table',
        value: `| Customer | Health | Renewal | Notes |\n|---|---|---|---|\n| Brackwater Freight GmbH | red | 2024-10-01 | champion leaving, ${r(`${id}2`, DIGITS, 2)}% discount asked |`,
      },
      { key: 'rows', value: `date,company_name,nps,churn_reason\n2024-05-02,Osterlund Maritime AB,${r(`${id}3`, '0123456', 1)},moving to an in-house tool` },
    ],
    negative: [
      { key: 'export', value: 'account,plan,seats\nHallbrook Logistics Ltd,enterprise,240' },
      { key: 'export', value: 'account,health_score,churn_risk\n<account>,<score>,<risk>' },
      { key: 'export', value: 'account,health_score,renewal_date\nAcme Corp,42,2025-01-01' },
      { key: 'table', value: '| Column | Type | Description |\n|---|---|---|\n| health_score | integer | 0-100 |\n| churn_risk | string | low, medium, high |' },
      { key: 'table', value: '| service | health | status |\n|---|---|---|\n| Api Gateway | green | ok |' },
      { key: 'table', value: '| account | health_score | churn_risk |\n|---|---|---|\n| string | integer | enum |' },
    ],
  }),
});
