/**
 * The built-in entries of the registry of what is not real (see
 * `synthetic.ts` for the kinds and how each matches). Every entry carries the
 * reason printed with each value it suppresses. Vendors' documented values are
 * listed as the vendor publishes them; none of them opens anything.
 */
import type { RegistryEntry } from './synthetic.js';

export const BUILT_IN_ENTRIES: readonly RegistryEntry[] = Object.freeze([
  {
    id: 'reserved-host',
    kind: 'reserved-host',
    reason: 'RFC 2606 / 6761 reserved names (example.com/.org/.net, *.example, *.test, *.invalid, *.localhost, localhost, mDNS .local)',
    values: ['example.com', 'example.org', 'example.net', '.example', '.test', '.invalid', '.localhost', 'localhost', '.local'],
  },
  {
    id: 'documentation-host',
    kind: 'stand-in-host',
    reason: "domains that vendors' documentation uses for fictional companies (Microsoft's Contoso, Fabrikam, Northwind, AdventureWorks, Wingtip Toys)",
    values: ['contoso.com', 'fabrikam.com', 'northwindtraders.com', 'adventure-works.com', 'wingtiptoys.com', 'contoso.onmicrosoft.com', 'fabrikam.onmicrosoft.com'],
  },
  {
    id: 'stand-in-domain',
    kind: 'stand-in-host',
    reason: 'generic domains that documentation and forms use as stand-ins for "your company" (company.com, yourdomain.com, …)',
    values: [
      'company.com', 'mycompany.com', 'yourcompany.com', 'somecompany.com', 'domain.com', 'mydomain.com', 'yourdomain.com',
      'somedomain.com', 'email.com', 'somewhere.com', 'website.com', 'corp.com', 'org.com', 'site.com', 'host.com',
    ],
  },
  {
    id: 'public-project-mail',
    kind: 'public-mail-domain',
    reason: "addresses of public projects and hosting services (commit no-reply addresses, foundations' lists, cloud service accounts): never a customer's",
    values: [
      'users.noreply.github.com', 'noreply.github.com', 'github.com', 'users.noreply.gitlab.com', 'noreply.gitlab.com',
      'gserviceaccount.com', 'apache.org', 'python.org', 'gnu.org', 'fsf.org', 'kernel.org', 'debian.org', 'fedoraproject.org',
      'npmjs.com', 'w3.org', 'eclipse.org', 'linuxfoundation.org', 'cncf.io', 'opensource.org', 'mozilla.org', 'freebsd.org',
      'chromium.org',
    ],
  },
  {
    id: 'documentation-ip',
    kind: 'documentation-ip',
    reason: 'RFC 5737 and RFC 3849 documentation addresses, loopback and the unspecified address',
  },
  {
    id: 'template-placeholder',
    kind: 'placeholder',
    reason: 'a reference to a value, not a value: <…>, ${…}, {{…}}, %(…)s, $VAR, process.env.X, os.environ',
    pattern: /<[^<>\n]{1,80}>|\$\{[^{}\n]{0,80}\}|\{\{[^{}\n]{0,80}\}\}|%\([\w.]{1,40}\)s|^\$[A-Z_]\w{1,60}$|process\.env|os\.environ|getenv|secrets\.[A-Z_]|\[\[[^\]\n]{1,40}\]\]/u,
  },
  {
    id: 'placeholder-word',
    kind: 'placeholder',
    reason: 'words that say the value is not real: YOUR_…_HERE, xxxx, ****, REDACTED, changeme, placeholder, dummy, fake, sample, example',
    pattern: /your[_-]|[_-]here\b|x{4,}|\*{3,}|•{3,}|redacted|changeme|change[_-]me|placeholder|dummy|fake|sample|example|insert[_-]|replace[_-]?me|not[_-]?a[_-]?real|lorem|ipsum/iu,
  },
  {
    id: 'placeholder-stop-word',
    kind: 'placeholder',
    reason: 'a stand-in word as a whole word of the value (test, demo, mock, foo, bar, todo, null, …), maybe with a small number',
    pattern: /(?:^|[^a-z0-9])(?:test|testing|demo|mock|foo|bar|baz|qux|todo|tbd|null|none|undefined|nonexistent|invalid)\d{0,6}(?:$|[^a-z0-9])/iu,
  },
  {
    id: 'cavra-example-marker',
    kind: 'example-marker',
    reason: "CAVRA's synthetic-example conventions (tenant-demo, saas-example, sample://, evidence://, …-pending, example.invalid)",
    values: ['tenant-demo', 'saas-example', 'sample://', 'evidence://', '-pending', 'example.invalid', 'owner pending'],
  },
  {
    id: 'azure-storage-emulator',
    kind: 'emulator-default',
    reason: 'the account and key built into Azurite and the Azure Storage Emulator, the same on every machine and published by Microsoft',
    values: ['devstoreaccount1', 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='],
  },
  {
    id: 'minio-default-credentials',
    kind: 'emulator-default',
    reason: "MinIO's built-in root user and password for local development",
    values: ['minioadmin'],
  },
  {
    id: 'jwt-io-example-token',
    kind: 'documented-value',
    reason: "the example token of jwt.io and RFC 7519 tutorials (sub 1234567890, John Doe), signed with the documented secret your-256-bit-secret",
    values: [
      'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
      'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0',
      'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
  },
  {
    id: 'oauth-rfc-example-values',
    kind: 'documented-value',
    reason: 'the example tokens, codes and client credentials of the OAuth RFCs (RFC 5849 OAuth 1.0, RFC 6749 OAuth 2.0, RFC 6750 bearer tokens), which OAuth libraries repeat in their docs and tests',
    values: [
      // RFC 5849
      'ad180jjd733klru7', 'nnch734d00sl2jdk', 'pfkkdhi9sl3r4s00', 'dpf43f3p2l4k3l03', 'kd94hf93k423kf44', 'hh5s93j4hdidpola', 'hdk48Djdsa',
      // RFC 6749 and RFC 6750
      '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'SplxlOBeZQQYbYS6WxSbIA', '7Fjfp0ZBr1KtDRbnfVdmIw', 'mF_9.B5f-4.1JqM',
    ],
  },
  {
    id: 'pagerduty-documented-api-key',
    kind: 'documented-value',
    reason: "the API key that PagerDuty's REST API reference shows in its examples (Authorization: Token token=…)",
    values: ['y_NbAkKc66ryYTWUXYEu'],
  },
  {
    id: 'well-known-fictional-name',
    kind: 'fictional-name',
    reason: 'fictional organisations and people of documentation and examples (whole names only)',
    values: [
      ...['acme', 'contoso', 'fabrikam', 'northwind', 'northwind traders', 'adventure works', 'wingtip toys', 'tailspin toys', 'initech', 'globex'],
      ...['wayne enterprises', 'umbrella', 'umbrella corp', 'hooli', 'stark industries', 'cyberdyne', 'dunder mifflin', 'soylent', 'vandelay industries'],
      ...['jane doe', 'john doe', 'jane.doe', 'john.doe', 'john smith', 'jane smith', 'alice', 'bob', 'charlie', 'mallory'],
      // The customer of the cookie examples in RFC 2109 and RFC 2965, repeated by HTTP libraries' tests.
      'wile e coyote',
    ],
  },
  {
    id: 'cloudflare-documented-api-token',
    kind: 'documented-value',
    reason: "the API token that Cloudflare's API reference shows in every example request (Authorization: Bearer …)",
    values: ['Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY'],
  },
  {
    id: 'low-variety-body',
    kind: 'low-variety',
    reason: 'a repeated or sequential body (AAAA…, 0000…, 1234567890, abcdef…): typed by hand, not generated',
  },
] satisfies RegistryEntry[]);
