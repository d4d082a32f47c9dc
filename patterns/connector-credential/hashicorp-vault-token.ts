import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'hashicorp-vault-token';

export default defineDetector({
  id,
  name: 'HashiCorp Vault token',
  category: 'connector-credential',
  severity: 'error',
  description: 'HashiCorp Vault service, batch and recovery tokens (hvs., hvb., hvr. + 90 or more characters).',
  regex: /(?<![\w.-])(?<secret>hv[sbr]\.[\w-]{90,400})(?![\w.-])/u,
  keywords: ['hvs.', 'hvb.', 'hvr.'],
  publicPrefix: /^hv[sbr]\./u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(4)),
  references: ['https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes'],
  samples: () => ({
    positive: [
      `hvs.CAESI${r(`${id}1`, BASE64URL, 86)}`,
      { key: 'VAULT_TOKEN', value: `hvs.CAESI${r(`${id}2`, BASE64URL, 110)}` },
    ],
    negative: [
      'hvs.<your-vault-token>',
      `hvs.${'x'.repeat(95)}`,
      `hvs.${r(`${id}3`, BASE64URL, 24)}`,
    ],
  }),
});
