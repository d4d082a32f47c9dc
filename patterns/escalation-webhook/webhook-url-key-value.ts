import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64URL, randomString as r } from '../support/sample-builder.js';
import { isTokenedWebhook } from './generic-webhook-url.js';
import { splitUrl } from './support/url-token.js';

const id = 'webhook-url-key-value';

export default defineDetector({
  id,
  name: 'Webhook URL under a webhook key',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'URLs with a token under webhook key names (webhook_url, SLACK_WEBHOOK, alertHookUrl, …), whatever their host calls the path.',
  regex:
    /(?<key>(?:web)?hooks?(?:[_.-]?(?:url|uri|endpoint|address|target))?)["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>https?:\/\/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?::\d{2,5})?(?:\/[a-z0-9_.~%@+:=-]{0,200}){1,12}(?:\?[a-z0-9%&=._~+/:-]{1,600})?)(?![a-z0-9%&=/._~+:?-])/iu,
  keywords: ['webhook', 'hook_url', 'hookurl', 'hook-url', 'hook.url', 'hook_uri', 'hookuri', 'hooks_url', 'hook_endpoint', 'hookendpoint'],
  validate: (secret, { registry }) => isTokenedWebhook(splitUrl(secret), false, registry),
  samples: () => ({
    positive: [
      { key: 'webhook_url', value: `https://alerts.brightpath-ops.io/api/v2/notify/${r(`${id}1`, ALPHA_NUM, 32)}` },
      { key: 'ALERT_HOOK_URL', value: `https://relay.cavra.io/in?key=${r(`${id}2`, BASE64URL, 36)}` },
      { key: 'escalationWebhook', value: `https://ops.brightpath-ops.io/notify/${r(`${id}3`, ALPHA_NUM, 24)}/${r(`${id}4`, ALPHA_NUM, 24)}` },
    ],
    negative: [
      { key: 'webhook_url', value: 'https://hooks.example.com/services/T000/B000/XXXX' },
      { key: 'webhook_url', value: 'https://api.cavra.io/integrations/github/events' },
      { key: 'webhook_url', value: '${WEBHOOK_URL}' },
      { key: 'webhookDocs', value: `https://docs.cavra.io/webhooks/${r(`${id}5`, ALPHA_NUM, 32)}` },
      { key: 'webhook_url', value: 'http://localhost:3000/api/webhooks/stripe' },
    ],
  }),
});
