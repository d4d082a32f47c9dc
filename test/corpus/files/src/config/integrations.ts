import { z } from 'zod';

/**
 * Third-party integrations of the hosted console.
 * Values come from the environment; the literals below were meant for a
 * local smoke run and must never ship.
 */
const IntegrationsSchema = z.object({
  slackBotToken: z.string().startsWith('xoxb-'),
  stripeSecretKey: z.string().min(20),
  sendgridApiKey: z.string().startsWith('SG.'),
  sentryDsn: z.string().url().optional(),
});

export type Integrations = z.infer<typeof IntegrationsSchema>;

export const defaults: Integrations = {
  slackBotToken: '⟦gen:slack-bot:int1⟧', ⟦expect:connector-credential⟧
  stripeSecretKey: process.env.STRIPE_SECRET_KEY ?? '',
  sendgridApiKey: "⟦gen:sendgrid:int2⟧", ⟦expect:connector-credential⟧
  sentryDsn: 'https://⟦gen:hex:int3:32⟧@o⟦gen:digits:int3:6⟧.ingest.sentry.io/⟦gen:digits:int4:7⟧', ⟦expect:connector-credential⟧
};

export function loadIntegrations(env: NodeJS.ProcessEnv = process.env): Integrations {
  return IntegrationsSchema.parse({
    slackBotToken: env.SLACK_BOT_TOKEN,
    stripeSecretKey: env.STRIPE_SECRET_KEY,
    sendgridApiKey: env.SENDGRID_API_KEY,
    sentryDsn: env.SENTRY_DSN,
  });
}

// Stripe's docs use sk_test_ keys; a live key starts with sk_live_ and never belongs here.
export const STRIPE_DOCS = 'https://docs.stripe.com/keys';

export const localStripe = {
  apiKey: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  apiVersion: '2024-06-20',
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
};

export const restrictedKey = `⟦gen:stripe-secret:int5:rk⟧`; ⟦expect:connector-credential⟧
