import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { BASE64, randomString as r } from '../support/sample-builder.js';
import { vendorKeyedValue } from './support/vendor-context.js';

const id = 'azure-storage-account-key';

/** 64 random bytes as Azure prints a storage account key (86 base64 characters and ==). */
const accountKey = (seed: string): string => `${r(seed, BASE64, 85)}w==`;

export default defineDetector({
  id,
  name: 'Azure storage account key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Azure storage account keys (88 base64 characters, 64 bytes) outside a connection string, under an AZURE_STORAGE_KEY, storageAccountKey, account_key or primary_access_key key or in an azure/storage section: they read and write every blob, queue and table of the account.',
  regex: vendorKeyedValue({
    vendor: String.raw`azure|storage|account|primary|secondary`,
    key: String.raw`(?:access[_.-]?|account[_.-]?|shared[_.-]?)?key`,
    value: String.raw`[A-Za-z0-9+/]{86}==`,
    spaced: true,
    end: String.raw`[\w+/=-]`,
  }),
  // Inside a connection string the key is that string's finding (azure-storage-connection-string).
  context: [{ pattern: /AccountName=/iu, within: 'line', effect: 'forbid' }],
  keywords: ['azure', 'storage', 'account', 'primary', 'secondary'],
  keywordContext: /(?:azure|storage|account|primary|secondary)[\w.-]{0,30}?key|azure\\?["'`]?[ \t]{0,4}[:=]|storage\\?["'`]?[ \t]{0,4}[:=]/iu,
  multiline: true,
  reach: 'match',
  entropy: 4.5,
  validate: (secret) => decodeBase64(secret)?.length === 64,
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage', 'https://learn.microsoft.com/en-us/cli/azure/storage/account/keys'],
  samples: () => ({
    positive: [
      { key: 'AZURE_STORAGE_KEY', value: accountKey(`${id}1`) },
      { key: 'storageAccountKey', value: accountKey(`${id}2`) },
      `az storage blob upload --account-name stdata --account-key ${accountKey(`${id}3`)} --file a.txt`,
      `azure:\n  storage:\n    account: stdata\n    key: ${accountKey(`${id}4`)}`,
    ],
    negative: [
      // The key built into Azurite and the storage emulator.
      { key: 'AZURE_STORAGE_KEY', value: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==' },
      { key: 'AZURE_STORAGE_KEY', value: '<storage-account-key>' },
      { key: 'AZURE_STORAGE_KEY', value: `${'A'.repeat(86)}==` },
      // 88 base64 characters under an unrelated key.
      { key: 'signature', value: accountKey(`${id}5`) },
    ],
  }),
});
