import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { BASE64URL, DIGITS, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { splitUrl } from './support/url-token.js';

const id = 'power-automate-workflow-url';

const QUERY = 'api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=';

export default defineDetector({
  id,
  name: 'Power Automate / Logic Apps workflow URL',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Power Automate and Azure Logic Apps HTTP-trigger URLs (logic.azure.com, environment.api.powerplatform.com) carrying a sig= signature, the Teams Workflows webhook included: the signature is the credential.',
  regex:
    /(?<secret>https:\/\/(?<host>[a-z0-9.-]{4,253})(?::443)?\/(?<path>[a-z0-9/_.%-]{1,300})\?[a-z0-9%&=._~;-]{1,800})/iu,
  keywords: ['logic.azure.com', 'api.powerplatform.com'],
  validate: (secret, { groups }) => {
    const host = (groups.host ?? '').toLowerCase();
    if (!/\.(?:logic\.azure\.com|api\.powerplatform\.com)$/u.test(host) || !/\/triggers\//iu.test(groups.path ?? '')) return false;
    const sig = splitUrl(secret).params.find(([name]) => name === 'sig')?.[1] ?? '';
    return sig.length >= 20 && shannonEntropy(sig) >= 4;
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/logic-apps/logic-apps-http-endpoint',
    'https://learn.microsoft.com/en-us/power-automate/teams/teams-workflows-webhooks',
  ],
  samples: () => ({
    positive: [
      `https://prod-${r(`${id}1`, DIGITS, 2)}.westeurope.logic.azure.com:443/workflows/${r(`${id}2`, HEX, 32)}/triggers/manual/paths/invoke?${QUERY}${r(`${id}3`, BASE64URL, 43)}`,
      `https://${r(`${id}4`, LOWER_NUM, 30)}.0e.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${r(`${id}5`, HEX, 32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${r(`${id}6`, BASE64URL, 43)}`,
      `https://prod-${r(`${id}7`, DIGITS, 2)}.eastus.logic.azure.com/workflows/${r(`${id}8`, HEX, 32)}/triggers/request/paths/invoke?api-version=2016-10-01&amp;sp=%2Ftriggers%2Frequest%2Frun&amp;sv=1.0&amp;sig=${r(`${id}9`, BASE64URL, 43)}`,
    ],
    negative: [
      `https://prod-00.westus.logic.azure.com:443/workflows/<workflow-id>/triggers/manual/paths/invoke?${QUERY}<signature>`,
      `https://prod-12.westus.logic.azure.com:443/workflows/${r(`${id}10`, HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01`,
      `https://prod-12.westus.logic.azure.com/workflows/${r(`${id}11`, HEX, 32)}/runs?api-version=2016-06-01&sig=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      'https://management.azure.com/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Logic/workflows/{workflowName}/triggers/{triggerName}/listCallbackUrl?api-version=2016-06-01',
    ],
  }),
});
