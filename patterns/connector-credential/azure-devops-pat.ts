import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { vendorKeyContext } from './support/vendor-context.js';

const id = 'azure-devops-pat';

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

const context = vendorKeyContext({
  vendor: String.raw`azure[_.-]?devops|ado(?=[_.-])|azdo|vsts|devops`,
  key: String.raw`(?:ext[_.-]?)?pat|(?:personal[_.-]?)?(?:access[_.-]?)?token`,
});

export default defineDetector({
  id,
  name: 'Azure DevOps personal access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Azure DevOps personal access tokens: the current 84-character format (AZDO at characters 53-56) anywhere, and legacy 52-character tokens under an AZURE_DEVOPS_EXT_PAT, ADO/AZDO/VSTS token key: they act on the organisation\'s repos, pipelines and boards.',
  regex: new RegExp(String.raw`(?:(?<![\w-])(?=[A-Za-z0-9]{52}AZDO)|${context})(?<secret>[A-Za-z0-9]{52}AZDO[A-Za-z0-9]{28}|[a-z2-7]{52})(?![\w-])`, 'iu'),
  keywords: ['azdo', 'azure', 'ado_', 'ado-', 'ado.', 'vsts', 'devops'],
  keywordContext: /azdo|(?:azure[_.-]?devops|ado[_.-]|vsts|devops)[\w.-]{0,30}?(?:pat|token)|azure[_.-]?devops\\?["'`]?[ \t]{0,4}[:=]|devops\\?["'`]?[ \t]{0,4}[:=]/iu,
  multiline: true,
  reach: 'match',
  entropy: 3.8,
  validate: (secret) =>
    (secret.length === 84 ? secret.slice(52, 56) === 'AZDO' && /[a-z]/u.test(secret) && /\d/u.test(secret) : /^[a-z2-7]{52}$/u.test(secret) && /[2-7]/u.test(secret)) &&
    !hasSequentialRun(secret),
  references: [
    'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    'https://devblogs.microsoft.com/devops/new-azure-devops-pat-format/',
  ],
  samples: () => ({
    positive: [
      `${r(`${id}1`, ALPHA_NUM, 52)}AZDO${r(`${id}2`, ALPHA_NUM, 28)}`,
      { key: 'AZURE_DEVOPS_EXT_PAT', value: r(`${id}3`, BASE32_LOWER, 52) },
      { key: 'azdoPersonalAccessToken', value: r(`${id}4`, BASE32_LOWER, 52) },
      `- name: AZURE_DEVOPS_EXT_PAT\n  value: ${r(`${id}5`, BASE32_LOWER, 52)}`,
    ],
    negative: [
      { key: 'AZURE_DEVOPS_EXT_PAT', value: '<personal-access-token>' },
      { key: 'AZURE_DEVOPS_EXT_PAT', value: 'a'.repeat(52) },
      // 52 base32 characters under an unrelated key.
      { key: 'build_token', value: r(`${id}6`, BASE32_LOWER, 52) },
      `${r(`${id}7`, ALPHA_NUM, 52)}AZDO${r(`${id}8`, ALPHA_NUM, 12)}`,
    ],
  }),
});
