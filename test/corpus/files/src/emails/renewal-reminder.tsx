import { render } from '@react-email/render';
import { RenewalReminder } from './templates/RenewalReminder.js';

export interface ReminderInput {
  accountName: string;
  renewalDate: string;
  seats: number;
}

/** Renders the renewal reminder; data comes from the billing service at send time. */
export function renewalReminder(input: ReminderInput): { subject: string; html: string } {
  return {
    subject: `Your CAVRA subscription renews on ${input.renewalDate}`,
    html: render(RenewalReminder(input)),
  };
}

// Preview data for the email designer (synthetic).
export const PREVIEW: ReminderInput = { accountName: 'Example Corp', renewalDate: '2024-01-01', seats: 10 };

// Support deep link used in the footer; the ticket id is filled in per customer.
export const SUPPORT_LINK = (ticketId: number): string => `https://cavra.zendesk.com/hc/requests/${ticketId}`;

// Template-literal config that a reviewer pasted with a live value.
export const alertRoute = `${process.env.ALERT_PREFIX ?? ''}⟦gen:slack-webhook:em1⟧`; ⟦expect:escalation-webhook⟧
export const FOOTER = <a href="https://cavra.grafana.net/d/mail-delivery/email-delivery?orgId=1">delivery stats</a>; ⟦expect:dashboard-url⟧
