import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'openai-api-key';

const KEY_BODY = BASE64URL;

export default defineDetector({
  id,
  name: 'OpenAI API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'OpenAI API keys (sk-, sk-proj-, sk-svcacct-, sk-admin- with the T3BlbkFJ marker): usage is billed to the owner.',
  regex: /(?<![\w-])(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[\w-]{20,200}T3BlbkFJ[\w-]{20,200})(?![\w-])/u,
  keywords: ['t3blbkfj'],
  publicPrefix: /^sk-(?:(?:proj|svcacct|admin)-)?/u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(secret.indexOf('T3BlbkFJ') + 8)),
  references: ['https://platform.openai.com/docs/api-reference/authentication'],
  samples: () => ({
    positive: [
      `sk-proj-${r(`${id}1`, KEY_BODY, 74)}T3BlbkFJ${r(`${id}2`, KEY_BODY, 74)}`,
      `sk-${r(`${id}3`, ALPHA_NUM, 20)}T3BlbkFJ${r(`${id}4`, ALPHA_NUM, 20)}`,
    ],
    negative: [
      'sk-proj-...',
      'sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx',
      `sk-${r(`${id}5`, ALPHA_NUM, 48)}`,
      'sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}',
    ],
  }),
});
