import { defineDetector } from '../../src/engine/define-detector.js';
import type { RegistryKind } from '../../src/engine/synthetic.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { BASE64, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'azure-storage-connection-string';

/** The account name a connection string gives beside the key. */
const ACCOUNT_NAME = /AccountName[ \t]{0,2}=[ \t]{0,2}(?<name>[^;\s"'`]{1,64})/iu;

/** The registry kinds that name an emulator's account. */
const EMULATOR: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['emulator-default']);

/** 64 random bytes as Azure prints an account key (88 base64 characters). */
const accountKey = (seed: string): string => `${r(seed, BASE64, 86)}==`;

export default defineDetector({
  id,
  name: 'Azure storage account key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Azure Storage and Cosmos DB account keys (AccountKey= + 88 base64 characters) in connection strings; the emulator keys are not findings.',
  // Connection strings (`;AccountKey=`) and config keys (`AZURE_STORAGE_KEY=`, `"accountKey": "…"`).
  regex:
    /(?:account|storage|access)[_-]?key\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?(?<secret>[a-z0-9+/]{86}==)(?![a-z0-9+/=])/iu,
  keywords: ['accountkey', 'account_key', 'account-key', 'storagekey', 'storage_key', 'storage-key', 'accesskey', 'access_key', 'access-key'],
  entropy: 4.5,
  // The Azurite and Cosmos DB emulator keys are in the registry, which the engine applies to every value; an emulator's
  // account beside a key (devstoreaccount1) is asked of it too.
  validate: (secret, { line, registry }) => {
    if (decodeBase64(secret)?.length !== 64) return false;
    const account = ACCOUNT_NAME.exec(line)?.groups?.name;
    return account === undefined || registry?.match(account, EMULATOR) === undefined;
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string',
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azurite#connection-strings',
  ],
  samples: () => ({
    positive: [
      `DefaultEndpointsProtocol=https;AccountName=st${r(`${id}1`, LOWER_NUM, 12)};AccountKey=${accountKey(`${id}2`)};EndpointSuffix=core.windows.net`,
      `AccountEndpoint=https://cosmos-${r(`${id}3`, LOWER_NUM, 8)}.documents.azure.com:443/;AccountKey=${accountKey(`${id}4`)};`,
      { key: 'AZURE_STORAGE_KEY', value: accountKey(`${id}5`) },
      { key: 'accountKey', value: accountKey(`${id}6`) },
    ],
    negative: [
      `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
      `AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==`,
      'DefaultEndpointsProtocol=https;AccountName=mystorageaccount;AccountKey=<account-key>;EndpointSuffix=core.windows.net',
      'UseDevelopmentStorage=true',
      `AccountKey=${'A'.repeat(86)}==`,
    ],
  }),
});
