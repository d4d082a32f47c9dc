/**
 * The seven operating-automation checks as the scheduler and worker
 * detectors spell them, with the `i` flag: `billing_monitoring`,
 * `billing-monitoring`, `billingMonitoring` and `BillingMonitoring` all
 * count. The detectors' regexes match scheduler or worker syntax around a
 * plain name token, and their `validate` checks the name here, so the check
 * ids alone (in a request's `required_checks`) are never a finding.
 */

/**
 * Any spelling of a check inside a name (`runBillingMonitoring`,
 * `billing-monitoring-hourly`): detectors match a plain name token and
 * check it with this, which keeps their regexes simple and linear.
 */
export const CHECK_NAME =
  /billing[_-]?monitoring|license[_-]?telemetry(?:[_-]?sync)?|support[_-]?follow[_-]?up|customer[_-]?success[_-]?review|dashboard[_-]?refresh|escalation[_-]?drill|close[_-]?out[_-]?retry/iu;

/** A job or resource name that says it schedules a check: `escalation-drill-scheduler`, `billing_monitoring_cron`. */
export const SCHEDULER_NAME = new RegExp(`(?:${CHECK_NAME.source})[_-](?:scheduler|cron(?:job)?|schedule|timer)(?![a-z0-9])`, 'iu');

/** A name that implements a check: `run`/`process`/… + check, or check + `Worker`/`Processor`/…. */
const IMPLEMENTATION_NAME = new RegExp(
  `^(?:(?:run|process|execute|perform|handle|do|start)_?(?:${CHECK_NAME.source})[\\w$]{0,30}|(?:${CHECK_NAME.source})_?(?:worker|processor|job|runner|handler|task|consumer|executor)[\\w$]{0,20})$`,
  'iu',
);

/** True when a function or class name implements a check (`runBillingMonitoring`, `BillingMonitoringWorker`). */
export function isCheckImplementationName(name: string): boolean {
  return IMPLEMENTATION_NAME.test(name);
}

/** Word parts of each check, after CAVRA's ids (`close_out` as well as `closeout`). */
const CHECK_PARTS: readonly (readonly string[])[] = [
  ['billing', 'monitoring'],
  ['license', 'telemetry'],
  ['support', 'follow', 'up'],
  ['customer', 'success', 'review'],
  ['dashboard', 'refresh'],
  ['escalation', 'drill'],
  ['close', 'out', 'retry'],
];

/** Every spelling of `parts` joined by `_`, `-` or nothing between each pair. */
function spellings(parts: readonly string[]): string[] {
  let out = [parts[0] ?? ''];
  for (const part of parts.slice(1)) out = out.flatMap((prefix) => ['_', '-', ''].map((sep) => `${prefix}${sep}${part}`));
  return out;
}

/** Prefilter keywords: every spelling of every check, lower-case (the prefilter ignores case). */
export function checkKeywords(): string[] {
  return CHECK_PARTS.flatMap((parts) => spellings(parts));
}

/** A check id in the given style, for samples: `billing_monitoring`, `billing-monitoring`, `billingMonitoring`, `BillingMonitoring`. */
export function checkName(check: string, style: 'snake' | 'kebab' | 'camel' | 'pascal'): string {
  const words = check.split('_');
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  switch (style) {
    case 'snake':
      return words.join('_');
    case 'kebab':
      return words.join('-');
    case 'camel':
      return words.map((w, i) => (i === 0 ? w : cap(w))).join('');
    case 'pascal':
      return words.map(cap).join('');
  }
}
