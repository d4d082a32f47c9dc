import { defineDetector } from '../../src/engine/define-detector.js';
import { CHECK_NAME, checkKeywords, checkName } from './support/check-names.js';

const id = 'check-cron-schedule';

/**
 * Cron schedulers wired to an operating-automation check (`<check>` below is
 * any spelling of a check id): node-cron `cron.schedule('…', run<Check>)`,
 * `new CronJob('…', …)`, node-schedule `scheduleJob('…', …)`, Go robfig/cron
 * `c.AddFunc("…", func() { … })`, Python `schedule.every(…).do(<check>)` and
 * Go gocron `s.Every(…).Minutes().Do(run, "<check>")`, APScheduler
 * `add_job(<check>, 'cron', …)` and `add_job(run, 'cron', args=['<check>'])`, and scheduler classes named
 * after a check (`class <Check>Scheduler`). The callback may name the check
 * or pass it to a runner (`() => runCheck('<check>')`).
 */
export default defineDetector({
  id,
  name: 'Cron schedule of a private check',
  category: 'scheduler-implementation',
  severity: 'error',
  precedence: 2,
  description: 'Cron schedulers (node-cron, cron, node-schedule, robfig/cron, gocron, schedule, APScheduler) and scheduler classes wired to the private operating-automation checks.',
  regex:
    /(?:\b(?:cron\.schedule|new[ \t]+CronJob|scheduleJob|AddFunc|AddJob)\([ \t]{0,4}\\?["'`][^"'`\n\\]{1,60}\\?["'`][ \t]{0,4},[ \t]{0,4}(?:async[ \t]*)?(?:(?:\([^)\n]{0,40}\)[ \t]{0,4}=>|func\(\))[ \t]{0,4}(?:\{[ \t]{0,4})?)?(?:(?:await|return)[ \t]+)?(?:[\w$.]{1,60}\((?:[ \t]{0,4}[\w$.]{1,30}[ \t]{0,4},)?[ \t]{0,4}\\?["'`])?|(?<![\w$.])[a-z_]\w{0,30}\.every\([^)\n]{0,20}\)(?:\.[a-z_]{1,12}(?:\([^)\n]{0,20}\))?){1,4}\.do\([ \t]{0,4}(?:[\w.]{1,60}[ \t]{0,4},[ \t]{0,4}\\?["'])?|\.add_job\([ \t]{0,4}[\w.]{1,60}[ \t]{0,4},[^\n]{0,80}?\bargs[ \t]{0,4}=[ \t]{0,4}[[(][ \t]{0,4}\\?["']|\.add_job\([ \t]{0,4}(?=[\w.]{1,60}[ \t]{0,4},[ \t]{0,4}(?:trigger[ \t]{0,4}=[ \t]{0,4})?\\?["'](?:cron|interval)\\?["'])|\bclass[ \t]+(?=\w{1,60}(?:scheduler|cron(?:job)?)\b))(?<secret>[\w$.]{1,100})/iu,
  keywords: checkKeywords(),
  validate: (secret) => CHECK_NAME.test(secret),
  samples: () => ({
    positive: [
      `cron.schedule('*/15 * * * *', ${checkName('billing_monitoring', 'camel')}Job);`,
      `cron.schedule('0 3 * * *', async () => { await run${checkName('license_telemetry_sync', 'pascal')}(); });`,
      `new CronJob('0 */6 * * *', ${checkName('dashboard_refresh', 'camel')}, null, true);`,
      `schedule.every(10).minutes.do(${checkName('support_followup', 'snake')})`,
      `scheduler.add_job(run_${checkName('closeout_retry', 'snake')}, 'cron', hour=2)`,
      `export class ${checkName('escalation_drill', 'pascal')}Scheduler {`,
      `cron.schedule('30 2 * * *', () => runCheck('${checkName('closeout_retry', 'snake')}'), { timezone: 'Europe/Berlin' });`,
      `c.AddFunc("@every 1h", func() { checks.Run(ctx, "${checkName('license_telemetry_sync', 'snake')}") })`,
      `schedule.every().day.at("06:00").do(run_check, "${checkName('customer_success_review', 'snake')}")`,
      `s.Every(15).Minutes().Do(runCheck, "${checkName('billing_monitoring', 'snake')}")`,
      `scheduler.add_job(run_check, 'cron', args=['${checkName('escalation_drill', 'snake')}'], day_of_week='mon')`,
    ],
    negative: [
      "required_checks: ['billing_monitoring', 'license_telemetry_sync', 'support_followup']",
      'escalation drill scheduler',
      "cron.schedule('0 3 * * *', rotateLogs);",
      'billing_monitoring_status: scheduled',
      "schedule.every(10).minutes.do(refresh_cache)",
      "cron.schedule('0 * * * *', () => runTask('rotate-logs'));",
      'c.AddFunc("@hourly", func() { log.Println("billing monitoring tick") })',
      "scheduler.add_job(send_report, 'cron', args=['weekly'], hour=7)",
    ],
  }),
});
