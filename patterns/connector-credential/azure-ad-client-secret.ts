import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'azure-ad-client-secret';

const SECRET_BODY = `${ALPHA_NUM}_~.-`;

export default defineDetector({
  id,
  name: 'Azure AD client secret',
  category: 'connector-credential',
  severity: 'error',
  description: 'Microsoft Entra ID (Azure AD) application client secrets in the current format (3 characters, a digit, Q~, 31–34 characters).',
  regex: /(?<![\w~.-])(?<secret>[\w~.-]{3}\dQ~[\w~.-]{31,34})(?![\w~.-])/u,
  keywords: ['q~'],
  entropy: 3.5,
  validate: (secret) => !hasSequentialRun(secret.slice(6)),
  references: ['https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials'],
  samples: () => ({
    positive: [
      `${r(`${id}1`, ALPHA_NUM, 3)}8Q~${r(`${id}2`, SECRET_BODY, 34)}`,
      { key: 'AZURE_CLIENT_SECRET', value: `${r(`${id}3`, ALPHA_NUM, 3)}7Q~${r(`${id}4`, SECRET_BODY, 34)}` },
    ],
    negative: [
      'abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '<client-secret>',
      `${r(`${id}5`, ALPHA_NUM, 3)}8Q~${r(`${id}6`, SECRET_BODY, 20)}`,
    ],
  }),
});
