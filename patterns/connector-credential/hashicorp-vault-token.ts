import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { mixesCaseAndDigits, vendorKeyContext } from './support/vendor-context.js';

const id = 'hashicorp-vault-token';

const context = vendorKeyContext({ vendor: String.raw`vault[ \t]{1,4}(?=login)|vault`, key: String.raw`(?:(?:root|client|auth)[_.-]?)?token|login`, spaced: true });

export default defineDetector({
  id,
  name: 'HashiCorp Vault token',
  category: 'connector-credential',
  severity: 'error',
  description: 'HashiCorp Vault service, batch and recovery tokens (hvs., hvb., hvr. + 90 or more characters), and legacy s./b. tokens (+ 24 characters) under a VAULT_TOKEN key, a vault login argument or in a vault section.',
  // A bare s. + 24 characters is too common: legacy tokens need Vault's name beside them.
  regex: new RegExp(String.raw`(?:(?<![\w.-])(?=hv[sbr]\.)|${context})(?<secret>hv[sbr]\.[\w-]{90,400}|[sb]\.[A-Za-z0-9]{24})(?![\w.-])`, 'iu'),
  keywords: ['hvs.', 'hvb.', 'hvr.', 'vault'],
  publicPrefix: /^hv[sbr]\./u,
  multiline: true,
  reach: 'match',
  entropy: 3.5,
  validate: (secret) =>
    /^hv[sbr]\./u.test(secret) ? !hasSequentialRun(secret.slice(4)) : /^[sb]\./u.test(secret) && mixesCaseAndDigits(secret.slice(2)) && !hasSequentialRun(secret.slice(2)),
  references: ['https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes'],
  samples: () => ({
    positive: [
      `hvs.CAESI${r(`${id}1`, BASE64URL, 86)}`,
      { key: 'VAULT_TOKEN', value: `hvs.CAESI${r(`${id}2`, BASE64URL, 110)}` },
      { key: 'VAULT_TOKEN', value: `s.${r(`${id}4`, ALPHA_NUM, 24)}` },
      `vault login s.${r(`${id}5`, ALPHA_NUM, 24)}`,
    ],
    negative: [
      'hvs.<your-vault-token>',
      `hvs.${'x'.repeat(95)}`,
      `hvs.${r(`${id}3`, BASE64URL, 24)}`,
      { key: 'VAULT_TOKEN', value: 's.XXXXXXXXXXXXXXXXXXXXXXXX' },
      // s. + 24 characters without Vault beside it.
      { key: 'session', value: `s.${r(`${id}6`, ALPHA_NUM, 24)}` },
      { key: 'VAULT_TOKEN', value: 'root' },
    ],
  }),
});
