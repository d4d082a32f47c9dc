import cron from 'node-cron';
import { Queue } from 'bullmq';
import { runCheck } from '../workers/run-check.js';

const connection = { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 };
export const checksQueue = new Queue('saas-operating-checks', { connection });

// Private SaaS operating automation: every check runs on its own cadence.
cron.schedule('*/15 * * * *', () => runCheck('billing_monitoring')); ⟦expect:scheduler-implementation⟧
cron.schedule('0 * * * *', () => runCheck('license_telemetry_sync')); ⟦expect:scheduler-implementation⟧
cron.schedule('30 2 * * *', () => runCheck('closeout_retry'), { timezone: 'Europe/Berlin' }); ⟦expect:scheduler-implementation⟧

export async function scheduleRepeatables(): Promise<void> {
  await checksQueue.add('dashboard_refresh', { scope: 'all-tenants' }, { repeat: { pattern: '*/10 * * * *' } }); ⟦expect:scheduler-implementation⟧
  await checksQueue.add('escalation_drill', { scope: 'enterprise' }, { repeat: { pattern: '0 9 * * 1' } }); ⟦expect:scheduler-implementation⟧
  await checksQueue.add('support_followup', {}, { repeat: { every: 45 * 60 * 1000 } }); ⟦expect:scheduler-implementation⟧
}

// UI-only timer, unrelated to the checks.
export function startClock(render: (now: Date) => void): () => void {
  const handle = setInterval(() => render(new Date()), 1000);
  return () => clearInterval(handle);
}
