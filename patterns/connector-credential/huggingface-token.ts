import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'huggingface-token';

export default defineDetector({
  id,
  name: 'Hugging Face token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Hugging Face user access tokens (hf_ + 34 letters) and legacy organization API tokens (api_org_ + 34 letters).',
  regex: /(?<![\w.-])(?<secret>(?:hf|api_org)_[A-Za-z]{34})(?![\w.-])/u,
  keywords: ['hf_', 'api_org_'],
  publicPrefix: /^(?:hf|api_org)_/u,
  entropy: 3.8,
  validate: (secret) => !hasSequentialRun(secret.slice(secret.lastIndexOf('_') + 1)),
  references: ['https://huggingface.co/docs/hub/security-tokens'],
  samples: () => ({
    positive: [
      `hf_${r(`${id}1`, ALPHA, 34)}`,
      { key: 'HF_TOKEN', value: `hf_${r(`${id}2`, ALPHA, 34)}` },
      `api_org_${r(`${id}3`, ALPHA, 34)}`,
    ],
    negative: [
      `hf_${'x'.repeat(34)}`,
      'hf_<your-token>',
      `hf_${r(`${id}4`, ALPHA, 20)}`,
      // Digits are not part of the alphabet.
      `hf_${r(`${id}5`, ALPHA, 30)}1234`,
      `leaf_${r(`${id}6`, ALPHA, 34)}`,
    ],
  }),
});
