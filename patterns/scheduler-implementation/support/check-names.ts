import { CHECK_STATUS_FIELDS, OPERATING_AUTOMATION_CHECKS, PRIVATE_MODULES_REQUIRED, type OperatingAutomationCheck } from '../../../src/contract/constants.js';

/**
 * The seven operating-automation checks as the scheduler and worker
 * detectors spell them, with the `i` flag: `billing_monitoring`,
 * `billing-monitoring`, `billingMonitoring` and `BillingMonitoring` all
 * count. The detectors' regexes match scheduler or worker syntax around a
 * plain name token, and their `validate` checks the name here, so the check
 * ids alone (in a request's `required_checks`) are never a finding.
 */

/**
 * The words of each check, derived from the contract: the check id's words,
 * split further where its label splits them (`support_followup` and
 * "support follow-up" give support, follow, up), and whether its last word
 * may be left out (the summary field `license_telemetry_status` drops the
 * `sync` of `license_telemetry_sync`).
 */
interface CheckWords {
  readonly check: OperatingAutomationCheck;
  /** Each id word as its label's parts (`followup` → follow, up). */
  readonly words: readonly (readonly string[])[];
  /** The last id word may be left out. */
  readonly lastOptional: boolean;
}

function wordsOf(check: OperatingAutomationCheck): CheckWords {
  const compact = (s: string): string => s.toLowerCase().replace(/[ _-]/gu, '');
  const label = PRIVATE_MODULES_REQUIRED.find((l) => compact(l).startsWith(compact(check)));
  const labelParts = (label ?? '').toLowerCase().split(/[ -]/u);
  const words = check.split('_').map((word) => {
    // The label's parts that spell this word exactly, in order (`follow` + `up` = `followup`).
    for (let i = 0; i < labelParts.length; i++) {
      let joined = '';
      for (let j = i; j < labelParts.length && joined.length < word.length; j++) {
        joined += labelParts[j];
        if (joined === word) return labelParts.slice(i, j + 1);
      }
    }
    return [word];
  });
  const status = CHECK_STATUS_FIELDS[check].replace(/_status$/u, '');
  return { check, words, lastOptional: status !== check && check.startsWith(`${status}_`) };
}

/** The seven checks' words, in the contract's order. */
const CHECK_WORDS: readonly CheckWords[] = OPERATING_AUTOMATION_CHECKS.map(wordsOf);

/** One id word as a regex: its parts joined by `_`, `-` or nothing. */
const wordSource = (parts: readonly string[]): string => parts.join('[_-]?');

/**
 * A check as a regex source: its words in order (`closeout[_-]?retry`), or
 * with the last word first, as a verb names its object (`retry_closeout`,
 * `refresh-dashboard`, `syncLicenseTelemetry`).
 */
function checkSource({ words, lastOptional }: CheckWords): string {
  const sources = words.map(wordSource);
  const last = sources.length - 1;
  const forward = sources.map((w, i) => (i === last && lastOptional ? `(?:[_-]?${w})?` : i === 0 ? w : `[_-]?${w}`)).join('');
  const rotated = [sources[last], ...sources.slice(0, last)].join('[_-]?');
  return `${forward}|${rotated}`;
}

/**
 * Any spelling of a check inside a name (`runBillingMonitoring`,
 * `billing-monitoring-hourly`, `retry_closeout`): detectors match a plain
 * name token and check it with this, which keeps their regexes simple and
 * linear. Derived from the contract's check ids and labels.
 */
export const CHECK_NAME = new RegExp(CHECK_WORDS.map(checkSource).join('|'), 'iu');

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

/** Every spelling of `parts` joined by `_`, `-` or nothing between each pair. */
function spellings(parts: readonly string[]): string[] {
  let out = [parts[0] ?? ''];
  for (const part of parts.slice(1)) out = out.flatMap((prefix) => ['_', '-', ''].map((sep) => `${prefix}${sep}${part}`));
  return out;
}

/**
 * Prefilter keywords: every spelling of every check, in order and with the
 * last word first, lower-case (the prefilter ignores case). A check whose
 * last word may be left out is keyed without it.
 */
export function checkKeywords(): string[] {
  return [
    ...new Set(
      CHECK_WORDS.flatMap(({ words, lastOptional }) => {
        const forward = lastOptional ? words.slice(0, -1).flat() : words.flat();
        const rotated = [...(words[words.length - 1] ?? []), ...words.slice(0, -1).flat()];
        return [...spellings(forward), ...spellings(rotated)];
      }),
    ),
  ];
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
const COMMON_CHECKS: readonly OperatingAutomationCheck[] = ['dashboard_refresh', 'support_followup'];
const CHECK_PATTERNS = CHECK_WORDS.map((words) => ({ check: words.check, regex: new RegExp(`^(?:${checkSource(words)})$`, 'iu') }));
const CHECK_NAME_ALL = new RegExp(CHECK_NAME.source, 'giu');
const AUTOMATION_CONTEXT = /\bsaas\b|operating[ _-]?automation|control[ _-]?plane/iu;
/** How far around a value other checks or the SaaS context are looked for. */
const CONTEXT_REACH = 1500;

/** The check a spelling names (`retryCloseout` → `closeout_retry`). */
export function checkOf(spelling: string): OperatingAutomationCheck | undefined {
  return CHECK_PATTERNS.find((p) => p.regex.test(spelling))?.check;
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
  const own = checkOf(found);
  if (own === undefined || !COMMON_CHECKS.includes(own)) return true;
  if (text === undefined || offset === undefined) return false;
  const around = text.slice(Math.max(0, offset - CONTEXT_REACH), Math.min(text.length, offset + CONTEXT_REACH));
  if (AUTOMATION_CONTEXT.test(around)) return true;
  CHECK_NAME_ALL.lastIndex = 0;
  for (let m = CHECK_NAME_ALL.exec(around); m !== null; m = CHECK_NAME_ALL.exec(around)) {
    if (checkOf(m[0]) !== own) return true;
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

/** Words a job, task or worker name may add to a check: verbs, job-ish nouns, cadences, the labels' own words. */
const JOB_WORDS = new Set(
  [
    'run', 'process', 'execute', 'perform', 'handle', 'do', 'start', 'sync', 'trigger', 'enqueue', 'schedule', 'scheduled', 'scheduler', 'schedules',
    'job', 'jobs', 'task', 'tasks', 'cron', 'cronjob', 'timer', 'tick', 'worker', 'workers', 'runner', 'handler', 'processor', 'consumer',
    'activity', 'activities', 'workflow', 'workflows', 'queue', 'main', 'entry', 'entrypoint', 'automation', 'every', 'hourly', 'daily',
    'nightly', 'weekly', 'monthly', 'hour', 'hours', 'minute', 'minutes', 'day', 'sweep', 'service', 'periodic', 'recurring',
  ],
);
const FILE_EXTENSION = /^(?:ts|js|mjs|cjs|py|go|rb|java|cs|kt|service|timer|sh)$/iu;
const CHECK_NAME_ALL_WORDS = new RegExp(`^(?:(?:[a-z0-9]{1,20}_){0,4}?)(?:${CHECK_NAME.source})(?:_[a-z0-9]{1,20}){0,4}$`, 'iu');

/** `CloseoutRetryJob`, `closeout-retry every hour`, `HTTPJob` → `closeout_retry_job`, `closeout_retry_every_hour`, `http_job` (one pass). */
function snakeWords(segment: string): string {
  const isUpper = (c: string): boolean => c >= 'A' && c <= 'Z';
  const isLower = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (!isUpper(c) && !isLower(c)) {
      if (out.length > 0 && !out.endsWith('_')) out += '_';
      continue;
    }
    const prev = segment.charAt(i - 1);
    const next = segment.charAt(i + 1);
    // A word starts at an upper-case letter after a lower-case one, or before a lower-case one after an upper-case run.
    if (isUpper(c) && out.length > 0 && !out.endsWith('_') && (isLower(prev) || (isUpper(prev) && isLower(next)))) out += '_';
    out += c.toLowerCase();
  }
  return out.endsWith('_') ? out.slice(0, -1) : out;
}

/**
 * True when a name names a check as a job, task, worker or schedule: one of
 * its dotted, colon-, slash- or space-separated segments is a check
 * spelling with only job words around it (`CloseoutRetryJob`,
 * `retry_closeout`, `closeout-retry-every-hour`, `automation.tasks.closeout_retry`,
 * "escalation drill scheduler"), never a longer word that merely holds one
 * (`closeout_retry_status`, `billing_monitoring_docs`).
 */
export function tiedName(name: string): boolean {
  for (const segment of name.split(/[.:/\\]/u)) {
    if (segment.length === 0 || segment.length > 120 || FILE_EXTENSION.test(segment)) continue;
    const words = snakeWords(segment);
    if (!CHECK_NAME_ALL_WORDS.test(words)) continue;
    const check = CHECK_NAME.exec(words);
    if (!check) continue;
    const rest = `${words.slice(0, check.index)}_${words.slice(check.index + check[0].length)}`.split('_').filter((w) => w.length > 0);
    if (rest.every((w) => JOB_WORDS.has(w) || /^\d{1,4}[a-z]{0,3}$/u.test(w))) return true;
  }
  return false;
}
