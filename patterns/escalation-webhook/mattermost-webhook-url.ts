import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { randomString as r } from '../support/sample-builder.js';
import { isPageHost, splitUrl } from './support/url-token.js';
import { hasDocLabel } from '../dashboard-url/support/hosts.js';

const id = 'mattermost-webhook-url';

/** Mattermost ids are 26 characters of this base-32 alphabet (no 0, 2, l or v). */
const MATTERMOST_ID = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export default defineDetector({
  id,
  name: 'Mattermost incoming webhook URL',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Mattermost incoming-webhook URLs (https://<host>/hooks/<26-character id>) on a non-reserved host: the id lets anyone post into the channel.',
  regex: /(?<secret>https?:\/\/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}(?::\d{2,5})?(?:\/[a-z0-9_-]{1,40}){0,2}\/hooks\/(?<hook>[a-z0-9]{26}))(?![A-Za-z0-9_-])/u,
  keywords: ['/hooks/'],
  validate: (secret, { groups, registry }) => {
    const hook = groups.hook ?? '';
    if (!/^[a-km-uw-z13-9]{26}$/u.test(hook) || !/[0-9]/u.test(hook) || shannonEntropy(hook) < 3.5) return false;
    const { host } = splitUrl(secret);
    return !isPageHost(host) && !hasDocLabel(host, registry);
  },
  references: ['https://developers.mattermost.com/integrate/webhooks/incoming/'],
  samples: () => ({
    positive: [
      `https://chat.brightpath-ops.io/hooks/${r(`${id}1`, MATTERMOST_ID, 26)}`,
      `https://mattermost.internal-tools.net:8065/hooks/${r(`${id}2`, MATTERMOST_ID, 26)}`,
      `https://team.cavra.io/mm/hooks/${r(`${id}3`, MATTERMOST_ID, 26)}`,
    ],
    negative: [
      'https://your-mattermost-server.com/hooks/xxx-generatedkey-xxx',
      `http://localhost:8065/hooks/${r(`${id}4`, MATTERMOST_ID, 26)}`,
      `https://chat.example.com/hooks/${r(`${id}5`, MATTERMOST_ID, 26)}`,
      'https://chat.brightpath-ops.io/hooks/aaaaaaaaaaaaaaaaaaaaaaaaaa',
      `https://github.com/cavra/console/tree/main/src/hooks/${r(`${id}6`, MATTERMOST_ID, 26)}`,
    ],
  }),
});
