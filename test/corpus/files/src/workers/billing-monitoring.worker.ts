import { Worker, type Job } from 'bullmq';
import { fetchOpenInvoices } from '@cavra-internal/billing-client'; ⟦expect:enterprise-source⟧
import { alertFinance } from '../alerts/finance.js';

interface BillingMonitoringJob {
  tenantId: string;
  since: string;
}

export class BillingMonitoringWorker { ⟦expect:automation-worker:+4⟧
  private readonly worker: Worker<BillingMonitoringJob>;

  constructor(connection: { host: string; port: number }) {
    this.worker = new Worker<BillingMonitoringJob>('billing_monitoring', (job) => this.process(job), { connection, concurrency: 4 });
  }

  async process(job: Job<BillingMonitoringJob>): Promise<void> {
    const invoices = await fetchOpenInvoices(job.data.tenantId, job.data.since);
    const overdue = invoices.filter((invoice) => invoice.daysOverdue > 14);
    if (overdue.length > 0) await alertFinance(job.data.tenantId, overdue);
  }
}

export const licenseTelemetryWorker = new Worker('license_telemetry_sync', async (job: Job) => { ⟦expect:automation-worker⟧
  const { tenantId } = job.data as { tenantId: string };
  return { tenantId, synced: true };
});

export async function processCloseoutRetry(job: Job<{ closeoutId: string }>): Promise<void> { ⟦expect:automation-worker⟧
  await job.updateProgress(100);
}
