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
  // Customer identifiers: vendors' documented and public ids, documentation's hand-written GUIDs, role mailboxes, example IPs.
  {
    id: 'stripe-documented-customer-id',
    kind: 'documented-value',
    reason: "customer ids that Stripe's API reference prints in its examples; they name no customer",
    values: ['cus_NffrFeUfNV2Hib', 'cus_4QFJOjw2pOmAGJ', 'cus_9s6XKzkNRiz8i3'],
  },
  {
    id: 'salesforce-documented-record-id',
    kind: 'documented-value',
    reason: "Account and Contact ids from Salesforce's developer documentation",
    values: ['001D000000IqhSLIAZ', '001D000000IqhSL', '0015000000VALDtAAP', '003D000000QV9n2IAD'],
  },
  {
    id: 'salesforce-pod-placeholder',
    kind: 'placeholder',
    reason: "a Salesforce id with xx where the pod goes (001xx000003DGb2AAG): Salesforce's documentation writes ids so",
    pattern: /^00[136]xx[a-z0-9]{10}(?:[a-z0-9]{3})?$/iu,
  },
  {
    id: 'microsoft-public-tenant-id',
    kind: 'public-value',
    reason: "directory ids of Microsoft's own tenants (its corporate tenant, the Microsoft-account and first-party tenants), published and found in many open trees",
    values: ['72f988bf-86f1-41af-91ab-2d7cd011db47', '9188040d-6c67-4c5b-b112-36a304b66dad', 'f8cdef31-a31e-4b4a-93e4-5f571e91255a', '33e01921-4d64-4f8c-a055-5bdaffd5e33d'].flatMap(
      (guid) => [guid, guid.toUpperCase()],
    ),
  },
  {
    id: 'documentation-guid',
    kind: 'placeholder',
    reason: "a GUID written by hand as documentation does: runs of one character (aaaabbbb-0000-cccc-1111-dddd2222eeee), or an abcdef…, 1234, abcd or 0000 group",
    pattern:
      /(?<![0-9a-f-])(?:([0-9a-f])\1{3}([0-9a-f])\2{3}-([0-9a-f])\3{3}-([0-9a-f])\4{3}-([0-9a-f])\5{3}-([0-9a-f])\6{3}([0-9a-f])\7{3}([0-9a-f])\8{3}|(?:abcdef[0-9a-f]{2}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}|[0-9a-f]{8}-(?:(?:1234|abcd|0000)-[0-9a-f]{4}-[0-9a-f]{4}|[0-9a-f]{4}-(?:1234|abcd|0000)-[0-9a-f]{4}|[0-9a-f]{4}-[0-9a-f]{4}-(?:1234|abcd|0000)))-[0-9a-f]{12})(?![0-9a-f-])/iu,
  },
  {
    id: 'aws-documented-account-id',
    kind: 'documented-value',
    reason: "account ids that AWS's documentation uses in its examples (123456789012, 111122223333, …)",
    values: ['123456789012', '111122223333', '444455556666', '777788889999', '210987654321', '012345678901', '098765432109', '112233445566', '123412341234', '999988887777'],
  },
  {
    id: 'aws-public-account-id',
    kind: 'public-value',
    reason: 'accounts that AWS and vendors publish images, layers and log-delivery principals from (ELB per region, EKS and Deep Learning images, AMI owners, Lambda extensions): public on purpose',
    values: [
      '602401143452', '763104351884', '137112412989', '099720109477', '309956199498', '136693071363', '679593333241', '580247275435',
      '464622532012', '017000801446', '094274105915', '901920570463', '184161586896', '013841110898', '127311923021', '033677994240',
      '027434742980', '797873946194', '156460612806', '054676820928', '652711504416', '009996457667', '897822967062', '582318560864',
      '600734575887', '114774131450', '783225319266', '718504428378', '507241528517', '985666609251', '754344448648', '076674570225',
      '098369216593', '635631232127', '383597477331',
    ],
  },
  {
    id: 'role-mailbox',
    kind: 'placeholder',
    reason: "a no-reply or RFC 2142 role mailbox (noreply@, postmaster@, security@, …): a service's published address, never a person's",
    pattern: /^(?:no-?reply|do-?not-?reply|noreply\+[\w.-]{0,64}|mailer-daemon|postmaster|hostmaster|webmaster|abuse|noc|security|privacy|opensource|oss)@[^@\s]{1,253}$/iu,
  },
  {
    id: 'typed-example-ip',
    kind: 'placeholder',
    reason: 'an IPv4 address typed by hand as an example (12.34.56.78, 123.45.67.89, 11.22.33.44, …)',
    pattern: /^(?:12\.34\.56\.78|123\.45\.67\.89|11\.22\.33\.44|98\.76\.54\.32|87\.65\.43\.21)$/u,
  },
  {
    id: 'public-dns-resolver',
    kind: 'public-value',
    reason: "the addresses of public DNS resolvers (Google, Cloudflare, Quad9, OpenDNS): configuration, not anyone's address",
    values: ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220'],
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
