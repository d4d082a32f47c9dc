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
    reason: 'words that say the value is not real: YOUR_…_HERE, xxxx, ****, REDACTED, changeme, REPLACE_WITH_…, placeholder, dummy, fake, sample, example',
    pattern: /your[_-]|[_-]here\b|x{4,}|\*{3,}|•{3,}|redacted|changeme|change[_-]me|placeholder|dummy|fake|sample|example|insert[_-]|replace[_-]?(?:me|with)|not[_-]?a[_-]?real|lorem|ipsum/iu,
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
    id: 'public-cli-oauth-client',
    kind: 'public-value',
    reason: "OAuth client ids and secrets that vendors' command-line tools ship in their public source for the installed-app flow (Google Cloud SDK, Azure CLI, Azure PowerShell): public by design, they identify the tool, not an account",
    values: ['32555940559.apps.googleusercontent.com', 'ZmssLNjJy2998hD4CTg2ejr2', '04b07795-8ddb-461a-bbee-02f9e1bf7b46', '1950a258-227b-4e31-a9cf-717495945fc2'],
  },
  {
    id: 'google-chat-webhook-key',
    kind: 'public-value',
    reason: "the API key every Google Chat incoming-webhook URL carries (Google's documentation): public, the webhook's token is its secret",
    values: ['AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI'],
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
  // Billing records: the IBANs and card numbers that standards and payment providers document, Stripe's documentation account.
  {
    id: 'documented-iban',
    kind: 'documented-value',
    reason: 'IBANs printed in the standard and in banks\u2019 and payment providers\u2019 documentation (GB82WEST12345698765432, DE89370400440532013000, …)',
    values: [
      'GB82WEST12345698765432', 'DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606', 'NL91ABNA0417164300',
      'CH9300762011623852957', 'BE68539007547034', 'GB33BUKB20201555555555', 'ES9121000418450200051332', 'IT60X0542811101000000123456',
      'AT611904300234573201', 'DE02120300000000202051', 'DE02500105170137075030', 'FR7630006000011234567890189', 'NL02ABNA0123456789',
      'AT483200000012345864', 'DE75512108001245126199',
    ],
  },
  {
    id: 'test-card-number',
    kind: 'documented-value',
    reason: 'card-network test numbers from Stripe, Braintree, Adyen, PayPal and Checkout.com documentation: Luhn-valid and in real ranges, but never a card',
    values: [
      '4242424242424242', '4000056655665556', '4111111111111111', '4012888888881881', '4222222222222', '4000000000000002', '4000000000009995',
      '4000000000000077', '4000002500003155', '4000002760003184', '4000003800000446', '4000000000003220', '4000000000000010', '4917610000000000',
      '4988438843884305', '4444333322221111', '4035501000000008', '4005519200000004', '4009348888881881', '4012000033330026', '4012000077777777',
      '4217651111111119', '4500600000000061', '4263982640269299', '4001919257537193', '4007702835532454', '4012001037141112', '4263970000005262',
      '4484070000000000', '4916338506082832', '5555555555554444', '2223003122003222', '5200828282828210', '5105105105105100', '5425233430109903',
      '2222400070000005', '5454545454545454', '5500000000000004', '5431111111111111', '5436031030606378', '5199990000000001', '2223000048400011',
      '378282246310005', '371449635398431', '378734493671000', '340000000000009', '371111111111114', '370000000000002', '6011111111111117',
      '6011000990139424', '6011981111111113', '6011000000000004', '6011601160116611', '6445644564456445', '3056930009020004', '36227206271667',
      '38520000023237', '30569309025904', '30000000000004', '36006666333344', '3566002020360505', '3530111333300000', '3566111111111113',
      '6200000000000005', '6205500000000000004', '6331101999990016', '5019717010103742', '6759649826438453', '6304000000000000', '6799990100000000019',
    ],
  },
  {
    id: 'stripe-documentation-account',
    kind: 'example-marker',
    reason: "the account segment (LkdIwHu7ix) of every object id and link in Stripe's API reference, which all come from its documentation account",
    values: ['LkdIwHu7ix'],
  },
  // Connector credentials: passwords that ship as defaults or stand for "a password", and documentation's users and hosts in URLs.
  {
    id: 'default-password',
    kind: 'placeholder-part',
    reason: 'a URL whose password ships as a default of a database, broker or tool, or stands for "a password" in docs and compose files (postgres, admin, root, minioadmin, homestead, tiger, letmein, …), maybe with a number',
    pattern:
      /\/\/[^:/@\s]{0,256}:(?:admin|administrator|root|toor|guest|user|username|login|default|welcome|qwerty|qwertyuiop|letmein|monkey|dragon|master|trustno1|iloveyou|sunshine|postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|rabbitmq|rabbit|clickhouse|cassandra|neo4j|oracle|couchdb|couchbase|influxdb|elastic|kibana|docker|local|development|develop|staging|database|app|application|service|minioadmin|postgrespw|dbpw|helloworld|anoncvs|anonymous|nopassword|none|empty|tiger|bitnami|keycloak|airflow|superset|metabase|sonar|sonarqube|gitlab|jenkins|odoo|wordpress|drupal|magento|nextcloud|zabbix|netbox|harbor|grafana|prisma|supabase|hasura|directus|xyzzy|plugh|swordfish|opensesame|homestead|laravel|forge|sail|vagrant|symfony|django|rails|devpassword|localdev|dev)\d{0,8}@/iu,
  },
  {
    id: 'stand-in-password',
    kind: 'placeholder-part',
    reason: 'a URL whose password is built on a stand-in (changeme, changeit, admin, qwerty, letmein, hunter2, default, dbuser, mypw): written for a tutorial, not chosen',
    pattern: /\/\/[^:/@\s]{0,256}:[a-z0-9]{0,12}(?:changeme|changeit|admin|qwerty|letmein|hunter2|default|dbuser|mypw|userpw)[a-z0-9]{0,12}@/iu,
  },
  {
    id: 'stripe-documented-key',
    kind: 'documented-value',
    reason: "the bodies of the sample API keys that Stripe's documentation shows (sk_test_4eC39HqLyjWDarjtT1zdp7dc and its like), under any prefix",
    values: ['4eC39HqLyjWDarjtT1zdp7dc', 'BQokikJOvBiI2HlWgH4olfQ2'],
  },
  {
    id: 'pagerduty-documented-token',
    kind: 'documented-value',
    reason: "the API token that PagerDuty's API reference uses in its examples",
    values: ['y_NbAkKc66ryYTWUXYEu'],
  },
  {
    id: 'azure-documented-sas-signature',
    kind: 'documented-value',
    reason: "the signature of the shared access signature examples in Azure's documentation",
    values: ['NAxefF%2BrR2ubjZtyUtuAvLQgt%2FJIN5aHJMj6OsDwyy4%3D'],
  },
  {
    id: 'cosmos-db-emulator-key',
    kind: 'emulator-default',
    reason: 'the account key built into the Azure Cosmos DB emulator, the same on every machine and published by Microsoft',
    values: ['C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='],
  },
  // Support tickets and dashboards: documentation's tenants on vendor-hosted helpdesks and dashboards, and its ticket numbers.
  {
    id: 'placeholder-tenant',
    kind: 'placeholder-part',
    reason: "a vendor-hosted URL whose tenant is one documentation writes (yoursubdomain.zendesk.com, your-domain.atlassian.net, mycompany.looker.com, your-stack.grafana.net, Zendesk's z3n and obscura, a Sentry organization or Tableau site named my-org or example)",
    pattern:
      /\/\/(?:[^/@\s]{0,256}@)?(?:my|me|mine|your|yours|my-?stack|your-?stack|stack|stack-?name|stack-slug|instance|instance[_-]?name|my-?instance|your-?instance|company|my-?company|your-?company|company-?name|org|my-?org|your-?org|org-?name|org-slug|organi[sz]ation|organization-slug|tenant|tenant-name|subdomain|my-?subdomain|your-?subdomain|my-?domain|your-?domain|domain|host|hostname|server|site|my-?site|your-?site|site-?name|deployment|my-deployment|deployment-name|test|demo|sample|example|sandbox|play|try|trial|helpdesk|obscura|z3n|acme|dev\d{3,6})\.(?:[a-z0-9-]{1,63}\.)?(?:zendesk\.com|freshdesk\.com|atlassian\.net|service-now\.com|helpscoutapp\.com|kayako\.com|gorgias\.com|looker\.com|grafana\.net|splunkcloud\.com|sentry\.io)(?![\w-])|(?:\/organizations|sentry\.io|tableau[\w.-]{0,200}(?::\d{1,5})?\/(?:#\/)?(?:site|t))\/(?:my|your|my-?org|your-?org|org-?name|org-slug|organi[sz]ation|organization-slug|company|my-?company|your-?company|tenant|site|my-?site|your-?site|site-?name|test|demo|sample|example|sandbox)\//iu,
  },
  {
    id: 'placeholder-ticket-number',
    kind: 'placeholder-part',
    reason: "a Zendesk or Freshdesk ticket link whose number is typed by hand (0, 1, 12, 123, …) or is Zendesk's documentation ticket 35436",
    pattern: /(?:zendesk|freshdesk)\.com\/[\w/-]{0,60}?\/(?:0+|1|12|123|1234|12345|123456|35436)(?![\w-])/iu,
  },
  {
    id: 'request-inspection-service',
    kind: 'stand-in-host',
    reason: 'request-inspection services (webhook.site, hookbin, beeceptor, httpbin, …): a URL on them is a throwaway endpoint for trying a webhook out',
    values: ['webhook.site', 'webhook.cool', 'hookbin.com', 'beeceptor.com', 'requestcatcher.com', 'postb.in', 'ptsv2.com', 'ptsv3.com', 'httpbin.org', 'mockbin.org'],
  },
  {
    id: 'placeholder-url-user',
    kind: 'placeholder-part',
    reason: 'a URL whose user is one documentation writes for "a user" (user, username, dbuser, myuser, scott of scott/tiger, anonymous, …)',
    pattern: /\/\/(?:user|username|usr|db[_-]?user|my[_-]?user|your[_-]?user|someuser|scott|name|login|userid|user[_-]id|anonymous)(?::[^@/\s]{0,256})?@/iu,
  },
  {
    id: 'placeholder-url-host',
    kind: 'placeholder-part',
    reason: 'a URL whose host is one documentation writes for "a host" (host, hostname, server, db-host, your-domain, ip-address, host.docker.internal, …)',
    pattern:
      /\/\/(?:[^/@\s]{0,256}@|(?![^/@\s]{0,256}@))(?:host|hostname|myhost|your-?host|server|myserver|your-server|server-name|domain|mydomain|your-domain|ip|ip-address|db-?host|database-host|address|(?:host|gateway|kubernetes)\.docker\.internal)(?![\w.-])/iu,
  },
  {
    id: 'placeholder-host-label',
    kind: 'placeholder-part',
    reason: 'a URL whose host has a stand-in label (mycompany, your-domain, foo, fake, sample, bogus, your-…, …-here): a documentation host, never a real one',
    pattern:
      /\/\/(?:[^/@\s]{0,256}@|(?![^/@\s]{0,256}@))(?:(?:your|my)[_-]|[\w.-]{0,253}?(?:(?<![a-z0-9])(?:bogus|fake|dummy|examples?|sample|placeholder|invalid|nowhere|foo|bar|baz|qux|changeme|company|mycompany|yourcompany|mydomain|yourdomain|yourhost|yourserver)(?![a-z0-9])|(?<![\w-])(?:my-company|your-company|companyname|company-name|my-domain|domainname|myorg|my-org|yourorg|your-org|organization|corpname|your-host|myhost|my-host|hostname|your-server|myserver|my-server|server-name)(?![\w-])|x{3}|[_-]here(?![a-z0-9])))/iu,
  },
  {
    id: 'azure-storage-emulator',
    kind: 'emulator-default',
    reason: 'the account and key built into Azurite and the Azure Storage Emulator, the same on every machine and published by Microsoft',
    values: ['devstoreaccount1', 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='],
  },
  {
    id: 'container-host-alias',
    kind: 'reserved-host',
    reason: 'names that Docker Desktop, Podman and Testcontainers resolve to the local machine or its containers, the same on every machine',
    values: ['host.docker.internal', 'gateway.docker.internal', 'kubernetes.docker.internal', 'host.testcontainers.internal', 'host.containers.internal'],
  },
  {
    id: 'qstash-dev-server',
    kind: 'emulator-default',
    reason: "the token and signing keys of QStash's local development server (npx @upstash/qstash-cli dev), published by Upstash and the same on every machine",
    values: ['eyJVc2VySUQiOiJkZWZhdWx0VXNlciIsIlBhc3N3b3JkIjoiZGVmYXVsdFBhc3N3b3JkIn0=', 'sig_7kYjw48mhY7kAjqNGcy6cr29RJ6r', 'sig_5ZB6DVzB1wjE8S6rZ7eenA8Pdnhs'],
  },
  {
    id: 'publishable-client-key',
    kind: 'public-value',
    reason: 'a publishable key that vendors issue to be embedded in web pages and apps (Stripe pk_live_/pk_test_, PostHog phc_, Logo.dev pk_): public by design, it opens nothing',
    pattern: /^(?:pk_(?:live|test)_[A-Za-z0-9]{20,247}|phc_[A-Za-z0-9]{30,60}|pk_[A-Za-z0-9_-]{16,40})$/u,
  },
  {
    id: 'openapi-generator-example-uuid',
    kind: 'documented-value',
    reason: "the UUID OpenAPI Generator writes as the example of every uuid parameter in the client READMEs it generates",
    values: ['38400000-8cf0-11bd-b23e-10b96e4ef00d'],
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
      // RFC 6749's client s6BhdRkqt3 with password gX1fBat3bV, and its Basic header
      's6BhdRkqt3', 'gX1fBat3bV', 'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
    ],
  },
  {
    id: 'pagerduty-documented-api-key',
    kind: 'documented-value',
    reason: "the API key that PagerDuty's REST API reference shows in its examples (Authorization: Token token=…)",
    values: ['y_NbAkKc66ryYTWUXYEu'],
  },
  {
    id: 'traefik-documented-htpasswd',
    kind: 'documented-value',
    reason: "the apr1 hashes of the users test and test2 in Traefik's BasicAuth middleware documentation, copied into many compose files",
    values: ['$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/', '$apr1$d9hr9HBB$4HxwgUir3HP4EsggP/QNo0'],
  },
  {
    id: 'rfc-example-jwk-private-keys',
    kind: 'documented-value',
    reason: 'the private members of the example keys of RFC 7517 (EC P-256) and RFC 8037 (Ed25519), which JOSE libraries repeat in their docs and tests',
    values: ['870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE', 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A'],
  },
  {
    id: 'yarn-plugin-search-algolia-key',
    kind: 'public-value',
    reason: "the search-only Algolia key (application OFCNCOG2CU) that Yarn's interactive-tools plugin ships to search npm packages: a browser key, public by design",
    values: ['6fe4476ee5a1832882e326b506d14126'],
  },
  {
    id: 'well-known-fictional-name',
    kind: 'fictional-name',
    reason: 'fictional organisations and people of documentation and examples (whole names only)',
    values: [
      ...['acme', 'contoso', 'fabrikam', 'northwind', 'northwind traders', 'adventure works', 'wingtip toys', 'tailspin toys', 'initech', 'globex'],
      ...['wayne enterprises', 'umbrella', 'umbrella corp', 'hooli', 'stark industries', 'cyberdyne', 'dunder mifflin', 'soylent', 'vandelay industries'],
      // Companies of television and film that tests borrow.
      ...['pied piper', 'aviato', 'raviga', 'wernham hogg', 'sterling cooper', 'los pollos hermanos', 'prestige worldwide', 'massive dynamic', 'oscorp', 'tyrell corporation', 'weyland-yutani', 'buy n large', 'monsters inc'],
      ...['jane doe', 'john doe', 'jane.doe', 'john.doe', 'john smith', 'jane smith', 'alice', 'bob', 'charlie', 'mallory'],
      // The customer of the cookie examples in RFC 2109 and RFC 2965, repeated by HTTP libraries' tests.
      'wile e coyote',
    ],
  },
  {
    id: 'placeholder-person-name',
    kind: 'fictional-name',
    reason: "the names that forms, documentation and seed data use for 'any person' (Richard Roe, Joe Bloggs, Max Mustermann, Jan Kowalski, …) and the computing pioneers that demos borrow as example users (whole names only)",
    values: [
      ...['richard roe', 'jane roe', 'joe bloggs', 'fred bloggs', 'joe schmoe', 'john q public', 'john appleseed', 'johnny appleseed', 'tommy atkins', 'average joe'],
      ...['max mustermann', 'erika mustermann', 'mario rossi', 'jan kowalski', 'juan perez', 'juan p\u00e9rez', 'ivan ivanov', 'jean dupont', 'jan jansen', 'maria musterfrau'],
      ...['ada lovelace', 'alan turing', 'grace hopper', 'linus torvalds', 'margaret hamilton', 'dennis ritchie', 'ken thompson', 'tim berners-lee', 'katherine johnson', 'charles babbage'],
    ],
  },
  {
    id: 'fictional-character-name',
    kind: 'fictional-name',
    reason: 'characters of film, television and books that examples and seed data borrow as users and customers (whole names only)',
    values: [
      ...['sarah connor', 'john connor', 'walter white', 'jesse pinkman', 'jon snow', 'arya stark', 'tony stark', 'peter parker', 'bruce wayne', 'clark kent', 'diana prince'],
      ...['homer simpson', 'marge simpson', 'bart simpson', 'lisa simpson', 'luke skywalker', 'leia organa', 'han solo', 'harry potter', 'hermione granger', 'ron weasley'],
      ...['sherlock holmes', 'john watson', 'frodo baggins', 'bilbo baggins', 'michael scott', 'dwight schrute', 'jim halpert', 'pam beesly', 'leslie knope', 'ron swanson'],
      ...['ted lasso', 'don draper', 'peggy olson', 'richard hendricks', 'elliot alderson', 'marty mcfly', 'emmett brown', 'ellen ripley', 'dana scully', 'fox mulder'],
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
