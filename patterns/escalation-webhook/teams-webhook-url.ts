import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { guid } from './support/samples.js';

const id = 'teams-webhook-url';

export default defineDetector({
  id,
  name: 'Microsoft Teams incoming webhook URL',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Microsoft Teams (Office 365 connector) incoming-webhook URLs on *.webhook.office.com or outlook.office.com: anyone holding one can post into the channel.',
  regex:
    /(?<secret>https:\/\/(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}@[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}(?:\/[a-z0-9_-]{20,80})?)(?![a-z0-9_-])/iu,
  keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
  references: ['https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook'],
  samples: () => ({
    positive: [
      `https://${r(`${id}1`, LOWER_NUM, 8)}.webhook.office.com/webhookb2/${guid(`${id}2`)}@${guid(`${id}3`)}/IncomingWebhook/${r(`${id}4`, HEX, 32)}/${guid(`${id}5`)}/V2${r(`${id}6`, ALPHA_NUM, 43)}`,
      `https://outlook.office.com/webhook/${guid(`${id}7`)}@${guid(`${id}8`)}/IncomingWebhook/${r(`${id}9`, HEX, 32)}/${guid(`${id}10`)}`,
    ],
    negative: [
      'https://xxxxx.webhook.office.com/webhookb2/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx@xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/IncomingWebhook/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<connector-id>',
      `https://outlook.office.com/webhook/00000000-0000-0000-0000-000000000000@00000000-0000-0000-0000-000000000000/IncomingWebhook/00000000000000000000000000000000/00000000-0000-0000-0000-000000000000`,
      `https://${r(`${id}11`, LOWER_NUM, 8)}.webhook.office.com/webhookb2/${guid(`${id}12`)}`,
    ],
  }),
});
