/**
 * Scheduler and worker frameworks as data: how each one registers a recurring
 * job or a queue consumer, and how far from that registration the name that
 * ties it to a private check may stand. The detectors
 * `check-scheduler-registration` and `check-worker-registration` report a
 * check's name (see `tiedName`) only where a registration of their kind is
 * the nearest one within reach; a registration with no check nearby, or a
 * check with no registration, is no finding.
 */
import { CHECK_NAME, checkOf, corroborated, tiedName } from './check-names.js';


/** What a registration starts: a recurring job or a queue consumer. */
export type RegistrationKind = 'scheduler' | 'worker';

/** One framework's registrations. */
export interface Framework {
  readonly name: string;
  readonly kind: RegistrationKind;
  /** Linear, bounded; no `g` flag (the table adds it). */
  readonly pattern: RegExp;
  /** How far before the registration the name may stand (a class named before `include Sidekiq::Job`), in characters. */
  readonly before?: number;
  /** How far after the registration the name may stand, in characters. */
  readonly after?: number;
  /** The name must stand on the registration's own line (a crontab entry). */
  readonly sameLine?: boolean;
}

const BEFORE = 240;
const AFTER = 420;

/** The frameworks, in no particular order; each pattern is tried over the whole text once. */
export const FRAMEWORKS: readonly Framework[] = [
  // JavaScript and TypeScript schedulers.
  { name: 'node-cron', kind: 'scheduler', pattern: /\bcron\.schedule\(/u },
  { name: 'cron', kind: 'scheduler', pattern: /\bnew[ \t]+CronJob\(|\bCronJob\.from\(|\bCronTime\(/u },
  { name: 'node-schedule', kind: 'scheduler', pattern: /\bscheduleJob\(/u },
  { name: '@nestjs/schedule', kind: 'scheduler', pattern: /@(?:Cron|Interval|Timeout)\(|\b[Ss]chedulerRegistry\.add(?:CronJob|Interval|Timeout)\(/u, before: 600 },
  { name: 'BullMQ repeatable job', kind: 'scheduler', pattern: /\brepeat[ \t]{0,4}:[ \t]{0,4}\{|\bupsertJobScheduler\(|\brepeatJobKey\b/u, before: 300 },
  { name: 'Agenda', kind: 'scheduler', pattern: /\bagenda\.(?:every|schedule|repeatEvery)\(|\.repeatEvery\(/u },
  { name: 'Bree', kind: 'scheduler', pattern: /\bnew[ \t]+Bree\(|\bbree\.add\(/u, after: 900 },
  { name: 'Temporal schedule', kind: 'scheduler', pattern: /\bschedule\.create\(|\bcreate_schedule\(|\bCreateSchedule\(|\bScheduleSpec\b|\bcronSchedule[ \t]{0,4}:/u, before: 300, after: 700 },
  // Python schedulers.
  { name: 'APScheduler', kind: 'scheduler', pattern: /\.add_job\(|\bscheduled_job\(/u },
  { name: 'Celery beat', kind: 'scheduler', pattern: /\bbeat_schedule\b|\bcrontab\(|@periodic_task\b|\badd_periodic_task\(/u, before: 300, after: 900 },
  { name: 'rq-scheduler', kind: 'scheduler', pattern: /\bscheduler\.(?:cron|schedule|enqueue_in|enqueue_at)\(/u },
  { name: 'Dramatiq periodiq', kind: 'scheduler', pattern: /\bperiodic[ \t]{0,4}=[ \t]{0,4}cron\(/u },
  // Ruby, Java, .NET, Go.
  { name: 'sidekiq-cron', kind: 'scheduler', pattern: /\bSidekiq::Cron::Job\.(?:create|new|load_from_hash|load_from_array)\b|\bSidekiq\.schedule[ \t]{0,4}=/u },
  { name: 'Quartz', kind: 'scheduler', pattern: /\bTriggerBuilder\.newTrigger\(|\bCronScheduleBuilder\.|\bSimpleScheduleBuilder\.|\bJobBuilder\.newJob\(/u, before: 400, after: 500 },
  { name: 'Spring', kind: 'scheduler', pattern: /@Scheduled\(/u },
  { name: 'Hangfire', kind: 'scheduler', pattern: /\b[Rr]ecurringJobs?(?:Manager)?\.AddOrUpdate\b|\bBackgroundJob\.Schedule\b/u },
  { name: 'robfig/cron', kind: 'scheduler', pattern: /\.Add(?:Func|Job)\([ \t]{0,4}"/u },
  { name: 'gocron', kind: 'scheduler', pattern: /\bgocron\.(?:DurationJob|CronJob|DailyJob|WeeklyJob|MonthlyJob|NewTask)\(|\.Every\([^)\n]{0,20}\)\.[A-Z]/u },
  // Manifests and infrastructure.
  { name: 'Kubernetes CronJob / Argo CronWorkflow', kind: 'scheduler', pattern: /\bkind\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?Cron(?:Job|Workflow)\b/u, after: 3000 },
  { name: 'systemd timer', kind: 'scheduler', pattern: /^\[Timer\]|\bOn(?:Calendar|UnitActiveSec|UnitInactiveSec|BootSec)[ \t]*=/mu, before: 600, after: 600 },
  {
    name: 'crontab',
    kind: 'scheduler',
    pattern: /^[ \t]*(?:@(?:reboot|yearly|annually|monthly|weekly|daily|midnight|hourly)|[\d*][\d*/,-]{0,20}(?:[ \t]+[\d*][\d*/,-]{0,20}){3}[ \t]+[\d*A-Za-z][\w*/,-]{0,20})[ \t]/mu,
    sameLine: true,
  },
  { name: 'GitHub Actions schedule', kind: 'scheduler', pattern: /^[ \t]{0,8}schedule:[ \t]*\r?\n[ \t]{0,12}-[ \t]*cron:/mu, before: 400, after: 2500 },
  {
    name: 'EventBridge / Cloud Scheduler',
    kind: 'scheduler',
    pattern:
      /\b(?:aws_cloudwatch_event_rule|aws_scheduler_schedule|google_cloud_scheduler_job|AWS::Events::Rule|AWS::Scheduler::Schedule|schedule_expression|ScheduleExpression|scheduleExpression)\b|\bevents\.Schedule\.(?:rate|cron|expression)\(|\bgcloud[ \t]+scheduler[ \t]+jobs[ \t]+create\b|-[ \t]*schedule:[ \t]*(?:rate|cron)\(/u,
    before: 400,
    after: 700,
  },

  // JavaScript and TypeScript workers.
  { name: 'BullMQ / Temporal worker', kind: 'worker', pattern: /\bnew[ \t]+Worker(?:<[^<>\n]{0,80}>)?\(|\bWorker\.create\(|@Processor\(|@Process\(|\bextends[ \t]+WorkerHost\b/u, before: 120 },
  { name: 'Bull / Kue', kind: 'worker', pattern: /\.process\([ \t]{0,4}\\?["'`]/u },
  { name: 'Agenda', kind: 'worker', pattern: /\bagenda\.define\(/u },
  // Python workers.
  { name: 'Celery', kind: 'worker', pattern: /@(?:\w{1,40}\.){0,3}(?:task|shared_task)\b|\bself\.retry\(|\bsend_task\(/u, before: 400 },
  { name: 'Dramatiq', kind: 'worker', pattern: /@(?:dramatiq\.)?actor\b/u },
  { name: 'RQ', kind: 'worker', pattern: /\bWorker\([ \t]{0,4}\[|@job\(|\brq[ \t]+worker\b/u },
  { name: 'Temporal', kind: 'worker', pattern: /@(?:activity|workflow)\.defn\b|\bRegister(?:Activity|Workflow)\(|\bworker\.New\(/u, before: 200, after: 500 },
  // Ruby, Java, .NET, Go workers.
  { name: 'Sidekiq / ActiveJob', kind: 'worker', pattern: /\binclude[ \t]+Sidekiq::(?:Job|Worker)\b|\bsidekiq_options\b|<[ \t]*(?:ApplicationJob|ActiveJob::Base)\b/u, before: 300 },
  { name: 'Quartz job', kind: 'worker', pattern: /\bimplements[ \t]+(?:Job|InterruptableJob|StatefulJob)\b|\bextends[ \t]+QuartzJobBean\b/u, before: 200 },
  { name: 'Hangfire job', kind: 'worker', pattern: /\[AutomaticRetry\b|\bIBackgroundJobClient\b|\bBackgroundJob\.Enqueue\b/u },
  { name: 'asynq / machinery', kind: 'worker', pattern: /\basynq\.(?:NewServer|NewServeMux|NewTask)\(|\bRegisterTasks?\(/u },
];

/** One registration found in a text. */
interface Registration {
  readonly start: number;
  readonly end: number;
  readonly framework: Framework;
}

/** Registrations and tied names of the last text asked about: the detectors' validators run many times per text. */
interface TextIndex {
  readonly text: string;
  readonly registrations: readonly Registration[];
  /** Offsets of tied names and their check, in text order. */
  readonly names: readonly { readonly offset: number; readonly check: string }[];
}

const COMPILED = FRAMEWORKS.map((framework) => ({ framework, regex: new RegExp(framework.pattern.source, `${framework.pattern.flags}g`) }));
const MAX_BEFORE = Math.max(...FRAMEWORKS.map((f) => f.before ?? BEFORE));
const MAX_AFTER = Math.max(...FRAMEWORKS.map((f) => f.after ?? AFTER));
/** Characters of a name token (`automation.tasks.closeout_retry`, `run-closeout-retry:main`). */
function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 58) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code === 46 || code === 47 || code === 45;
}
/** How far a name token may reach beyond the check it holds, either side. */
const TOKEN_REACH = 60;

/**
 * The name token around a check found at `offset`..`end` (the detectors'
 * regexes match the check alone, which keeps them cheap): at most
 * `TOKEN_REACH` name characters either side, dots and colons trimmed.
 */
export function tokenAround(text: string, offset: number, end: number): { readonly start: number; readonly value: string } {
  let start = offset;
  while (start > offset - TOKEN_REACH && start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
  let stop = end;
  while (stop < end + TOKEN_REACH && stop < text.length && isNameChar(text.charCodeAt(stop))) stop++;
  while (stop > end && /[.:/-]/u.test(text.charAt(stop - 1))) stop--;
  while (start < offset && /[.:/-]/u.test(text.charAt(start))) start++;
  return { start, value: text.slice(start, stop) };
}

const CHECK_ALL = new RegExp(CHECK_NAME.source, 'giu');

let last: TextIndex | undefined;

function indexOf(text: string): TextIndex {
  if (last?.text === text) return last;
  const registrations: Registration[] = [];
  for (const { framework, regex } of COMPILED) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) regex.lastIndex++;
      registrations.push({ start: m.index, end: m.index + m[0].length, framework });
    }
  }
  registrations.sort((a, b) => a.start - b.start);
  const names: { offset: number; check: string }[] = [];
  CHECK_ALL.lastIndex = registrations.length === 0 ? text.length : 0;
  // Without a registration no name is tied: the names are not listed.
  for (let m = registrations.length === 0 ? null : CHECK_ALL.exec(text); m !== null; m = CHECK_ALL.exec(text)) {
    const token = tokenAround(text, m.index, m.index + m[0].length);
    if (names.at(-1)?.offset !== token.start && tiedName(token.value)) names.push({ offset: token.start, check: checkOf(m[0]) ?? '' });
  }
  last = { text, registrations, names };
  return last;
}

/** First index in `list` whose `key` is at least `value`. */
function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The nearest registration that reaches a name at `offset`..`end`, of either
 * kind, with its distance; undefined when none reaches it.
 */
function nearest(text: string, offset: number, end: number): Registration | undefined {
  const { registrations } = indexOf(text);
  let best: Registration | undefined;
  let bestDistance = Infinity;
  for (let i = lowerBound(registrations, offset - MAX_AFTER, (r) => r.start); i < registrations.length; i++) {
    const r = registrations[i] as Registration;
    if (r.start > end + MAX_BEFORE) break;
    const { framework } = r;
    let distance: number;
    if (r.end <= offset) distance = offset - r.end;
    else if (r.start >= end) distance = r.start - end;
    else distance = 0;
    const reach = r.end <= offset ? (framework.after ?? AFTER) : (framework.before ?? BEFORE);
    if (distance > reach) continue;
    if (framework.sameLine && text.slice(Math.min(r.start, offset), Math.max(r.end, end)).includes('\n')) continue;
    if (distance < bestDistance) {
      best = r;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * True when the text names a check and holds a registration of `kind`: the
 * detectors' gate, read once per text. Each search stops at its first match
 * and keeps nothing, so a text that holds neither costs one pass per
 * framework; the full index (`indexOf`) is built only for a text that may
 * hold a finding.
 */
export function mayRegister(kind: RegistrationKind, text: string): boolean {
  if (!CHECK_NAME.test(text)) return false;
  return COMPILED.some(({ framework, regex }) => {
    if (framework.kind !== kind) return false;
    regex.lastIndex = 0;
    const found = regex.test(text);
    regex.lastIndex = 0;
    return found;
  });
}

/**
 * True when a check found at `offset` (by a detector's regex) stands in a
 * name that is a check's job (see `tiedName`), that is not an ordinary word
 * standing alone (see `corroborated`), and that is tied to a registration
 * of `kind` (see `registeredAs`).
 */
export function tiedTo(kind: RegistrationKind, secret: string, text: string | undefined, offset: number | undefined): boolean {
  if (text === undefined || offset === undefined) return false;
  const token = tokenAround(text, offset, offset + secret.length);
  // The index holds every tied name of the text: a lookup, not a second `tiedName`.
  const { names } = indexOf(text);
  if (names[lowerBound(names, token.start, (n) => n.offset)]?.offset !== token.start) return false;
  return corroborated(token.value, text, offset) && registeredAs(kind, text, token.start, token.value);
}

/**
 * True when the name at `offset`..`end` is tied to a registration of
 * `kind`: the nearest registration within reach is of that kind, and no
 * earlier name of the same check stands between that registration and this
 * name (one finding per registration).
 */
export function registeredAs(kind: RegistrationKind, text: string, offset: number, name: string): boolean {
  const registration = nearest(text, offset, offset + name.length);
  if (registration?.framework.kind !== kind) return false;
  const { names } = indexOf(text);
  const own = names[lowerBound(names, offset, (n) => n.offset)]?.check;
  const from = Math.min(registration.start, offset - (registration.framework.before ?? BEFORE));
  for (let i = lowerBound(names, from, (n) => n.offset); i < names.length; i++) {
    const other = names[i];
    if (other === undefined || other.offset >= offset) break;
    if (other.check === own && nearest(text, other.offset, other.offset + 1) === registration) return false;
  }
  return true;
}
