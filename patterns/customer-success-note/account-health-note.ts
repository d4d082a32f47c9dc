import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isSyntheticValue } from '../customer-identifier/support/payload-values.js';

const id = 'account-health-note';

/**
 * What a customer-success note says about an account, one pattern per kind of
 * signal: a health score or colour, churn, a renewal event, an NPS answer, a
 * commercial move (expansion, discount, champion or sponsor change). Scores
 * run 0-100 (a 200 is a status code); a scale that starts at 0 or 1
 * ("0-100", "1 to 10") describes a field, not an account.
 */
const SIGNALS: readonly RegExp[] = [
  /\bhealth(?:[ _-]?score)?(?:[ \t]*[:=]|[ \t]+(?:is|was|at|of|now|dropped|fell|rose|went|from|to|down|up|still)){0,3}[ \t]*(?:(?![01][ \t]*(?:[-\u2013]|to\b)[ \t]*\d)(?:100|[1-9]?\d)\b|red\b|green\b|amber\b|yellow\b)|\b(?:still|now|turned|went|is|was) (?:red|amber|yellow)\b/iu,
  /\bchurn(?:ed\b|[ _-](?:risk|signals?|reason|score|flag|alert|probability))|\b(?:likely|about|threatening|going) to churn\b|\brisk of churn/iu,
  /\brenewal\b[^.;\n]{1,40}?(?:\b\d{4}(?:-\d{2})?\b|\bsigned\b|\bat risk\b|\bcall\b|\bpostponed\b|\bslipp|\bdue\b|\blost\b|\bbooked\b|\bdiscount|\bblocked\b)/iu,
  /\bNPS\b[^.;\n]{1,30}?\b(?![01][ \t]*(?:[-\u2013]|to\b)[ \t]*\d)\d{1,2}(?:\/10)?\b|\b(?:detractor|promoter)s?\b/iu,
  /\b(?:expansion|upsell|up-sell|downsell|down-sell|downgrad(?:e|ing)|exec(?:utive)? sponsor|champion|procurement|credit note|QBR|EBR|ARR|MRR)\b/u,
];

/** How many of the first four (customer-success) signals and of all signals the rest of the line holds. */
export function signalsIn(rest: string): { specific: number; all: number } {
  let specific = 0;
  let all = 0;
  SIGNALS.forEach((pattern, i) => {
    if (!pattern.test(rest)) return;
    all++;
    if (i < 4) specific++;
  });
  return { specific, all };
}

/** Subjects that are a label, a system or the note's own words rather than an account. */
export const NOT_AN_ACCOUNT = new Set(
  [
    'health', 'score', 'renewal', 'renewals', 'churn', 'nps', 'qbr', 'ebr', 'customer', 'customers', 'account', 'accounts',
    'status', 'summary', 'overall', 'current', 'cluster', 'node', 'nodes', 'service', 'services', 'server', 'system', 'index',
    'database', 'application', 'app', 'api', 'update', 'updates', 'note', 'notes', 'next', 'steps', 'action', 'actions',
    'impact', 'risk', 'risks', 'context', 'background', 'goal', 'goals', 'owner', 'team', 'support', 'billing', 'platform',
    'sales', 'success', 'finance', 'product', 'engineering', 'today', 'yesterday', 'tomorrow', 'this', 'that', 'the', 'our',
    'their', 'we', 'they', 'it', 'he', 'she', 'example', 'template', 'sample', 'demo', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'expansion', 'champion', 'procurement', 'exec', 'sponsor', 'certificate',
    'license', 'licence', 'subscription', 'plan', 'contract', 'domain', 'kubernetes', 'pod', 'pods', 'docker', 'grafana',
    // Customer-success and CRM tools: integration docs describe their fields in these words.
    'salesforce', 'hubspot', 'gainsight', 'churnzero', 'totango', 'vitally', 'planhat', 'catalyst', 'zendesk', 'intercom',
    'freshdesk', 'jira', 'stripe', 'chargebee', 'recurly', 'paddle', 'segment', 'mixpanel', 'amplitude', 'pendo', 'delighted',
    'qualtrics', 'medallia', 'field', 'fields', 'column', 'columns', 'metric', 'metrics', 'dashboard', 'report', 'widget',
    // Infrastructure whose health and (certificate) renewal runbooks talk about.
    'let', 'certbot', 'letsencrypt', 'acme', 'nginx', 'traefik', 'consul', 'vault', 'elasticsearch', 'opensearch', 'redis',
    'postgres', 'postgresql', 'mysql', 'kafka', 'rabbitmq', 'ingress', 'gateway', 'proxy', 'load', 'balancer', 'replica',
  ],
);

/**
 * A customer-success note in prose: a line (a bullet, a notes line, a
 * sentence) whose subject is an account ("Hallbrook: …", "Quillfeather
 * Health's renewal …", "CS: Tamarind Bay renewal signed") and whose rest
 * states at least two customer-success facts, one of them a health score or
 * colour, churn, a renewal event or an NPS answer. The account is the
 * reported value.
 */
export default defineDetector({
  id,
  name: 'Account health note',
  category: 'customer-success-note',
  severity: 'error',
  description: 'Notes that record an account\u2019s health, churn risk, renewal or NPS together with another customer-success fact.',
  regex:
    /(?:^[ \t]{0,8}(?:[*#>/]{1,3}[ \t]{0,4})?|["'`=][ \t]{0,4}|;[ \t]{1,4})(?:[A-Za-z_]{2,12}[:=][ \t]{0,4}["'`]?)?(?:[-*\u2022>]|\d{1,2}[.)]|#{1,6})?[ \t]{0,4}(?:\*\*)?(?:[A-Za-z]{2,12}:[ \t]{1,4})?(?<secret>[A-Z][a-z][A-Za-z&-]{1,30}(?: (?:[A-Z][A-Za-z&.-]{0,30}|&|and|of)){0,4})(?:\*\*)?(?='s\b|:|[ \t]+(?:[-\u2014\u2013(]|is\b|was\b|still\b|now\b|renewal|churn|health|NPS|at risk))/mu,
  keywords: ['health ', 'health:', 'churn', 'renewal', 'nps'],
  validate: (secret, { line, registry }) => {
    // The first word decides: "Health score" is a label, "Quillfeather Health" an account.
    const first = secret.split(' ')[0] ?? '';
    if (NOT_AN_ACCOUNT.has(first.toLowerCase()) || isSyntheticValue(secret, registry)) return false;
    const at = line.indexOf(secret);
    if (at < 0) return false;
    const { specific, all } = signalsIn(line.slice(at + secret.length, at + secret.length + 400));
    return specific >= 1 && all >= 2;
  },
  samples: () => ({
    positive: [
      `Hallbrook: health ${r(`${id}1`, '6789', 1)}${r(`${id}2`, DIGITS, 1)} -> 64 after the double charge; renewal 2025-04; CFO wants a credit note`,
      `- Kestrel Ridge CU: churn risk HIGH, board reviewing vendors in July, NPS response was ${r(`${id}3`, '1234', 1)}/10`,
      `Quillfeather Health's renewal call was postponed; health score dropped from 72 to ${r(`${id}4`, '345', 1)}5.`,
      '- CS: Tamarind Bay renewal signed (3 years, +3 properties), exec sponsor happy with the rollout',
    ],
    negative: [
      'Cluster health: green; renewal of the certificate is automatic',
      'Billing: fix the renewal date calculation; health score now ranges 0-100',
      'Acme Corp: health 42, renewal 2025-01, churn risk high',
      'Customer health: red when churn risk is high and renewal is due in 30 days',
      'Hallbrook: renewal call on Thursday',
      'Grafana: health 200 OK after the renewal of the TLS certificate',
      'Salesforce: churn risk, health score 0-100 and NPS 0-10 are synced nightly',
      '- Gainsight: map health score 1 to 100 onto renewal risk',
      'Certbot: renewal due in 30 days; health 200 from the ACME endpoint',
      "Let's Encrypt: renewal due in 30 days; health green",
    ],
  }),
});
