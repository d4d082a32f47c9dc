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

/**
 * One segment of a job, task or handler name that names a check as a whole:
 * the check, optionally after a verb and before a job-ish suffix
 * (`billing_monitoring`, `run-closeout-retry`, `dashboardRefreshJob`), not
 * a longer word that merely contains it (`billing_monitoring_status`).
 */
const CHECK_SEGMENT = new RegExp(
  `^(?:(?:run|process|execute|perform|handle|do|start|sync|trigger)[_-]?)?(?:${CHECK_NAME.source})(?:[_-]?(?:job|task|cron(?:job)?|schedule[rd]?|timer|tick|hourly|daily|nightly|weekly|worker|runner|handler|processor|consumer|activity|main|entry(?:point)?))?$`,
  'iu',
);

/**
 * True when a dotted, colon- or slash-separated name has a segment that is a
 * check (`ops.tasks.billing_monitoring`, `saas_workers.dashboard_refresh:run`,
 * `src/workers/closeoutRetry.handler`); a trailing file extension is ignored.
 */
export function namesCheck(name: string): boolean {
  return name
    .split(/[.:/\\]/u)
    .filter((segment) => !/^(?:ts|js|mjs|cjs|py|go|rb)$/iu.test(segment))
    .some((segment) => CHECK_SEGMENT.test(segment));
}

/** The checks whose names are ordinary words in other projects (a dashboard refresh job, a support follow-up). */
const COMMON_CHECK = /^(?:dashboard[_-]?refresh|support[_-]?follow[_-]?up)$/iu;
const CHECK_NAME_ALL = new RegExp(CHECK_NAME.source, 'giu');
const AUTOMATION_CONTEXT = /\bsaas\b|operating[ _-]?automation|control[ _-]?plane/iu;
/** How far around a value other checks or the SaaS context are looked for. */
const CONTEXT_REACH = 1500;

/** `billingMonitoring`, `billing-monitoring` → `billingmonitoring`. */
function normalise(check: string): string {
  return check.toLowerCase().replace(/[_-]/gu, '').replace(/sync$/u, '');
}

/**
 * A second signal for names that are ordinary words elsewhere: a check named
 * `dashboard_refresh` or `support_followup` counts only with another check,
 * or the SaaS operating-automation context, within a bounded reach of it.
 * The other five checks are CAVRA's own words and count alone.
 */
export function corroborated(name: string, text: string | undefined, offset: number | undefined): boolean {
  const found = CHECK_NAME.exec(name)?.[0];
  if (found === undefined) return false;
  if (!COMMON_CHECK.test(found)) return true;
  if (text === undefined || offset === undefined) return false;
  const around = text.slice(Math.max(0, offset - CONTEXT_REACH), Math.min(text.length, offset + CONTEXT_REACH));
  if (AUTOMATION_CONTEXT.test(around)) return true;
  const own = normalise(found);
  CHECK_NAME_ALL.lastIndex = 0;
  for (let m = CHECK_NAME_ALL.exec(around); m !== null; m = CHECK_NAME_ALL.exec(around)) {
    if (normalise(m[0]) !== own) return true;
  }
  return false;
}

/**
 * A schedule written as a value: a cron expression, a `@daily`-style macro,
 * `rate(…)`/`cron(…)`/`crontab(…)`, an interval (`every: 3600000`,
 * `interval: 15m`) under a schedule key, or a systemd timer's `OnCalendar=`.
 */
export const SCHEDULE_VALUE =
  /\b(?:cron|schedule|crontab|cron_?expr(?:ession)?|every|interval|repeat_?every|run_?every)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?:@(?:yearly|annually|monthly|weekly|daily|midnight|hourly|every)\b|[\d*?][\d*/,?-]{0,20}(?:[ \t]+[\w*/,?#-]{1,20}){4,6}|(?:rate|cron|crontab|timedelta)\(|\d[\d_]{0,12}(?:\.\d{1,3})?[ \t]*(?:ms|sec(?:onds?)?|min(?:utes?)?|hours?|days?|[dhms])?(?![\w.]))|\bOn(?:Calendar|UnitActiveSec|BootSec)[ \t]*=[ \t]*[\w*:/@-]/iu;

/**
 * The lines before and after a value that may belong to its record (bounded
 * in characters too, so a minified line costs no more than a short one).
 */
export function recordAround(text: string | undefined, offset: number | undefined, line: string, before = 2, after = 4): string {
  if (text === undefined || offset === undefined) return line;
  const floor = Math.max(0, offset - 600);
  let start = offset;
  let seen = 0;
  while (start > floor) {
    if (text.charCodeAt(start - 1) === 10 && ++seen > before) break;
    start--;
  }
  const ceiling = Math.min(text.length, offset + 800);
  let end = offset;
  seen = 0;
  while (end < ceiling) {
    if (text.charCodeAt(end) === 10 && ++seen > after) break;
    end++;
  }
  return text.slice(start, end);
}
