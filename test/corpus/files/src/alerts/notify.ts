import { request } from 'undici';
import type { AlertEvent } from './types.js';

// Incoming webhooks: https://api.slack.com/messaging/webhooks
// Discord: https://discord.com/developers/docs/resources/webhook#execute-webhook
const SLACK_HOOK_RE = /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+$/;

export interface NotifyTargets {
  slack?: string;
  discord?: string;
  teams?: string;
}

/** Targets for the on-call rotation. TODO: move to the secret store. */
export const ONCALL_TARGETS: NotifyTargets = {
  slack: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  discord: process.env.DISCORD_WEBHOOK_URL,
  teams: undefined,
};

export const BILLING_ALERTS: NotifyTargets = {
  slack: '⟦gen:slack-webhook:notify1⟧', ⟦expect:escalation-webhook⟧
  discord: "⟦gen:discord-webhook:notify2⟧", ⟦expect:escalation-webhook⟧
};

export async function notify(target: string, event: AlertEvent): Promise<void> {
  if (target.startsWith('https://hooks.slack.com/') && !SLACK_HOOK_RE.test(target)) {
    throw new Error('Slack webhook URL must look like https://hooks.slack.com/services/T…/B…/…');
  }
  const body = target.includes('discord.com/api/webhooks/')
    ? { content: `${event.title}: ${event.summary}` }
    : { text: `*${event.title}*\n${event.summary}` };
  await request(target, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
}

// Fallback used in the e2e suite; the host is reserved and never resolves.
export const E2E_WEBHOOK = 'https://hooks.example.com/services/T0001/B0001/e2e';
export const LEGACY_TEAMS = '⟦gen:teams-legacy:notify3:cavra⟧'; ⟦expect:escalation-webhook⟧
