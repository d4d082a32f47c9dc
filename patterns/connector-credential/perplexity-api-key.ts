import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'perplexity-api-key';

export default defineDetector({
  id,
  name: 'Perplexity API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Perplexity API keys (pplx- + 48 letters and digits): usage is billed to the owner.',
  regex: /(?<![\w.-])(?<secret>pplx-[A-Za-z0-9]{48})(?![\w.-])/u,
  keywords: ['pplx-'],
  publicPrefix: /^pplx-/u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(5)),
  references: ['https://docs.perplexity.ai/guides/getting-started'],
  samples: () => ({
    positive: [
      `pplx-${r(`${id}1`, ALPHA_NUM, 48)}`,
      { key: 'PERPLEXITY_API_KEY', value: `pplx-${r(`${id}2`, ALPHA_NUM, 48)}` },
    ],
    negative: [
      `pplx-${'x'.repeat(48)}`,
      'pplx-<your-api-key>',
      `pplx-${r(`${id}3`, ALPHA_NUM, 24)}`,
      `pplx-${r(`${id}4`, ALPHA_NUM, 56)}`,
    ],
  }),
});
