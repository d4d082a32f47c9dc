import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'intercom-conversation-url';

/** Links to Intercom inbox conversations (`app.intercom.com/a/inbox/<app>/inbox/…/conversation/<n>`). */
export default defineDetector({
  id,
  name: 'Intercom conversation URL',
  category: 'support-ticket',
  severity: 'error',
  description: 'Intercom inbox conversation links of a real workspace (US, EU and AU hosts).',
  regex:
    /(?<secret>https?:\/\/app(?:\.eu|\.au)?\.intercom\.(?:com|io)\/a\/(?:apps|inbox)\/[a-z0-9]{6,12}\/[^\s"'<>]{0,160}?conversations?\/\d{5,20})(?![0-9])/iu,
  keywords: ['intercom.com/a/', 'intercom.io/a/'],
  references: ['https://www.intercom.com/help/en/articles/6609-find-your-workspace-id-app-id'],
  samples: () => ({
    positive: [
      `https://app.intercom.com/a/inbox/${r(`${id}1`, LOWER_NUM, 8)}/inbox/shared/all/conversation/${r(`${id}2`, DIGITS, 15)}`,
      `https://app.eu.intercom.com/a/apps/${r(`${id}3`, LOWER_NUM, 8)}/inbox/inbox/conversation/${r(`${id}4`, DIGITS, 12)}`,
      `https://app.intercom.io/a/apps/${r(`${id}5`, LOWER_NUM, 8)}/respond/inbox/conversations/${r(`${id}6`, DIGITS, 10)}`,
    ],
    negative: [
      'https://app.intercom.com/a/apps/{app_id}/inbox/inbox/conversation/{id}',
      'https://app.intercom.com/a/apps/your_app_id/settings',
      'https://app.intercom.com/a/inbox/xxxxxxxx/inbox/shared/all/conversation/000000000000000',
      'https://developers.intercom.com/docs/references/rest-api/api.intercom.io/conversations/',
    ],
  }),
});
