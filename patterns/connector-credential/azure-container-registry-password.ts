import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { mixesCaseAndDigits, vendorKeyContext } from './support/vendor-context.js';

const id = 'azure-container-registry-password';

const context = vendorKeyContext({
  vendor: String.raw`acr|azurecr|azure[_.-]?container[_.-]?registry|registry`,
  key: String.raw`(?:admin[_.-]?)?(?:password|passwd|pwd)|(?:access[_.-]?)?token`,
});

export default defineDetector({
  id,
  name: 'Azure Container Registry password',
  category: 'connector-credential',
  severity: 'error',
  description: 'Azure Container Registry admin and token passwords: the current format (42 characters, +ACR, 6 characters) anywhere, and older 32-character passwords under an ACR registry password key: they push and pull the registry\'s images.',
  regex: new RegExp(String.raw`(?:(?<![\w+/])(?=[A-Za-z0-9+/]{42}\+ACR)|${context})(?<secret>[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}|[A-Za-z0-9+/]{32})(?![\w+/=-])`, 'iu'),
  keywords: ['+acr', 'acr', 'azurecr', 'container', 'registry'],
  keywordContext: /\+acr|(?:acr|azurecr|container[_.-]?registry|registry)[\w.-]{0,30}?(?:password|passwd|pwd|token)|(?:acr|azurecr|registry)\\?["'`]?[ \t]{0,4}[:=]/iu,
  multiline: true,
  reach: 'match',
  entropy: 4,
  validate: (secret) => (secret.length === 32 || secret.slice(42, 46) === '+ACR') && mixesCaseAndDigits(secret) && !hasSequentialRun(secret),
  references: ['https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication#admin-account', 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-token-based-repository-permissions'],
  samples: () => ({
    positive: [
      `${r(`${id}1`, BASE64, 42)}+ACR${r(`${id}2`, ALPHA_NUM, 6)}`,
      { key: 'ACR_PASSWORD', value: `${r(`${id}3`, BASE64, 42)}+ACR${r(`${id}4`, ALPHA_NUM, 6)}` },
      { key: 'AZURE_CONTAINER_REGISTRY_PASSWORD', value: r(`${id}5`, BASE64, 32) },
    ],
    negative: [
      { key: 'ACR_PASSWORD', value: '<acr-admin-password>' },
      { key: 'ACR_PASSWORD', value: r(`${id}6`, ALPHA_NUM, 24) },
      // 32 characters under an unrelated password key.
      { key: 'db_password', value: r(`${id}7`, BASE64, 32) },
      `${'A'.repeat(42)}+ACR${'A'.repeat(6)}`,
    ],
  }),
});
