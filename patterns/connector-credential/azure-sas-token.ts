import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { BASE64, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { introducedAsExample } from '../customer-identifier/support/payload-values.js';

const id = 'azure-sas-token';

/** An HMAC-SHA256 signature as a SAS URL carries it: base64, URL-encoded. */
const signature = (seed: string): string => encodeURIComponent(`${r(seed, BASE64, 43)}=`);

/** The query string around a `sig=` value on the line, up to white space or a quote. */
function queryAround(line: string, secret: string): string | undefined {
  const at = line.indexOf(`sig=${secret}`);
  if (at < 0) return undefined;
  let start = at;
  while (start > 0 && !/[\s"'`<>()]/u.test(line.charAt(start - 1))) start--;
  return line.slice(start, Math.min(line.length, at + 4 + secret.length + 600));
}

function decodeUrl(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Azure Shared Access Signatures: a `sig=` signature in a query string that
 * also carries the service version (`sv=`) or expiry (`se=`) of a SAS.
 */
export default defineDetector({
  id,
  name: 'Azure SAS token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Azure Storage shared access signatures (sig= alongside sv= or se= in a URL or SAS string): bearer access to blobs, queues, tables or files until expiry.',
  regex: /\bsig=(?<secret>[A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])/u,
  keywords: ['sig='],
  entropy: 4,
  // The signature of Azure's documented SAS examples is in the registry, which the engine applies to every value.
  validate: (secret, { line }) => {
    const query = queryAround(line, secret);
    if (!query || !/(?:^|[?&;])(?:sv=\d{4}-\d{2}-\d{2}|se=\d{4}-\d{2}-\d{2})/u.test(query)) return false;
    // API reference text: "A token looks something like this: <code>sp=r&amp;…&amp;sig=…</code>".
    if (introducedAsExample(line, query)) return false;
    // HMAC-SHA256: 32 bytes.
    return decodeBase64(decodeUrl(secret) ?? '')?.length === 32;
  },
  references: ['https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas', 'https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview'],
  samples: () => ({
    positive: [
      `https://st${r(`${id}1`, LOWER_NUM, 10)}.blob.core.windows.net/exports/2024/ledger.csv?sp=r&st=2024-03-01T09:00:00Z&se=2024-03-08T17:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${signature(`${id}2`)}`,
      `?sv=2021-06-08&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=${signature(`${id}3`)}`,
      `BlobEndpoint=https://st${r(`${id}4`, LOWER_NUM, 9)}.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-01-01T00:00:00Z&sig=${signature(`${id}5`)}`,
    ],
    negative: [
      'https://myaccount.blob.core.windows.net/container/blob.txt?sv=2022-11-02&se=2024-01-01&sig=<signature>',
      `https://api.maps.vendor.net/v1/tiles?sig=${signature(`${id}6`)}&z=4`,
      'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sr=b&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D',
      'sv=2019-02-02&sr=b&sig=REDACTED',
      '?sv=2018-03-28&sr=c&si=myPolicyPS&sig=NAxefF%2BrR2ubjZtyUtuAvLQgt%2FJIN5aHJMj6OsDwyy4%3D',
      // An SDK's API documentation, HTML-escaped, introducing the token as an example.
      `<p>A token looks something like this: <code>sp=r&amp;st=2023-12-20T14:54:52Z&amp;se=2023-12-20T22:54:52Z&amp;spr=https&amp;sv=2021-06-08&amp;sr=c&amp;sig=${signature(`${id}7`)}</code></p>`,
      `For example: ?sv=2022-11-02&se=2024-05-01T00:00:00Z&sr=b&sp=r&sig=${signature(`${id}8`)}`,
    ],
  }),
});
