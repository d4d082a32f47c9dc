import { describe, expect, it } from 'vitest';
import { detectors } from '../../patterns/connector-credential/index.js';
import { DEFAULT_CATALOG_SETTINGS } from '../../patterns/support/settings.js';
import { ALPHA_NUM, BASE64, HEX, LOWER_NUM, randomBase64Lines, randomString as r } from '../../patterns/support/sample-builder.js';
import { base62, crc32 } from '../../src/engine/validators.js';
import { createEngine } from '../../src/engine/index.js';
import { hasSequentialRun, isReference } from '../../patterns/connector-credential/support/placeholders.js';
import { urlCredentialsLookReal } from '../../patterns/connector-credential/support/url-credentials.js';

const catalog = detectors(DEFAULT_CATALOG_SETTINGS);
const engine = createEngine(catalog);

/** Rule ids found in `text` read as `path`. */
const ruleIds = (text: string, path: string): string[] => engine.scanText(text, { path }).findings.map((f) => f.ruleId);

/** Values are assembled at run time: no realistic secret sits in this file. */
const githubToken = (seed: string): string => {
  const body = r(seed, ALPHA_NUM, 30);
  return `ghp_${body}${base62(crc32(body), 6)}`;
};
const password = (seed: string, length = 22): string => r(seed, ALPHA_NUM, length);

describe('connector-credential catalog', () => {
  it('lists its detectors sorted by id, all in the category', () => {
    const ids = catalog.map((d) => d.id);
    expect(ids).toEqual([...ids].sort());
    for (const detector of catalog) expect(detector.category).toBe('connector-credential');
  });

  it('keeps keywords out of the everyday vocabulary', () => {
    const banned = new Set(['key', 'token', 'secret', 'http', 'id', 'url', 'api', 'password']);
    for (const detector of catalog) {
      for (const keyword of detector.keywords) expect(banned.has(keyword), `${detector.id}: ${keyword}`).toBe(false);
    }
  });
});

describe('key paths', () => {
  it('reports the JSON path of an AWS secret', () => {
    const text = JSON.stringify({ deploy: { aws: { aws_secret_access_key: r('kp1', BASE64, 40) } } }, null, 2);
    const [finding] = engine.scanText(text, { path: 'config/deploy.json' }).findings;
    expect(finding?.ruleId).toBe('aws-secret-access-key');
    expect(finding?.keyPath).toBe('deploy.aws.aws_secret_access_key');
  });

  it('reports the YAML path of a database URL, and the URL as the value', () => {
    const url = `postgres://ledger:${password('kp2')}@pg.prod.northbridge.io:5432/ledger`;
    const text = `service: billing\ndatabase:\n  primary:\n    url: ${url}\n`;
    const { findings } = engine.scanText(text, { path: 'deploy/values.yaml' });
    expect(findings.map((f) => [f.ruleId, f.keyPath])).toEqual([['database-connection-url', 'database.primary.url']]);
    const [finding] = findings;
    expect(text.slice(finding?.offset, finding?.endOffset)).toBe(url);
    expect(finding?.preview).toMatch(/^…\(\d+ chars, #[0-9a-f]{8}\)$/u);
    expect(finding?.preview).not.toContain(password('kp2'));
  });
});

describe('overlaps', () => {
  it('lets a vendor token in a URL win over the generic URL detector', () => {
    const text = `git remote add origin https://x-access-token:${githubToken('ov1')}@github.com/northbridge/ledger.git\n`;
    expect(ruleIds(text, 'scripts/push.sh')).toEqual(['github-token']);
  });

  it('reports a database URL once, as a database URL', () => {
    const text = `DATABASE_URL=mysql://billing:${password('ov2')}@mysql-7.prod.northbridge.io:3306/billing\n`;
    expect(ruleIds(text, '.env')).toEqual(['database-connection-url']);
  });

  it('leaves prefixed tokens in .npmrc to their own detector', () => {
    const token = `npm_${r('ov3', ALPHA_NUM, 36)}`;
    expect(ruleIds(`//registry.npmjs.org/:_authToken=${token}\n`, '.npmrc')).toEqual(['npm-token']);
    const legacy = `${r('ov4', HEX, 8)}-${r('ov5', HEX, 4)}-${r('ov6', HEX, 4)}-${r('ov7', HEX, 4)}-${r('ov8', HEX, 12)}`;
    expect(ruleIds(`//registry.npmjs.org/:_authToken=${legacy}\n`, '.npmrc')).toEqual(['npmrc-auth-token']);
  });

  it('reports a service-account key file once, whatever the field order', () => {
    const pem = `-----BEGIN PRIVATE KEY-----\\n${`MIIEvQ${randomBase64Lines('ov9', 1200, 64).slice(6)}`.replace(/\n/gu, '\\n')}\\n-----END PRIVATE KEY-----\\n`;
    const fields = {
      type: 'service_account',
      project_id: 'ledger-sync-4821',
      private_key_id: r('ov10', HEX, 40),
      private_key: '@PEM@',
      client_email: 'exporter@ledger-sync-4821.iam.gserviceaccount.com',
      client_id: '104729384756102938475',
    };
    const write = (object: Record<string, string>): string => JSON.stringify(object, null, 2).replace('"@PEM@"', `"${pem}"`);
    const sorted = Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1)));
    for (const text of [write(fields), write(sorted)]) {
      const ids = ruleIds(text, 'keys/ledger-sync.json');
      expect(ids.filter((id) => id === 'gcp-service-account-key')).toHaveLength(1);
    }
  });
});

describe('real-world text that must stay quiet', () => {
  const quiet: [string, string][] = [
    [
      'vendor SDK source with token regexes',
      [
        "const STRIPE_KEY = /sk_live_[0-9a-zA-Z]{24}/;",
        "const SLACK = /xox[baprs]-([0-9a-zA-Z]{10,48})/;",
        "const AWS_ID = /(?:AKIA|ASIA)[0-9A-Z]{16}/;",
        "if (token.startsWith('xoxb-')) return 'bot';",
        "const GOOGLE = new RegExp('AIza[0-9A-Za-z\\\\-_]{35}');",
        "const SENDGRID = /SG\\.[\\w-]{22}\\.[\\w-]{43}/;",
      ].join('\n'),
    ],
    [
      'Slack SDK README',
      '```python\nclient = WebClient(token="xoxb-your-token")\napp = App(token=os.environ["SLACK_BOT_TOKEN"])  # xoxb-...\n```\nUser tokens look like `xoxp-1234-5678-abcd`.\n',
    ],
    [
      'AWS credentials documentation',
      '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
    ],
    [
      'npm lock file',
      JSON.stringify(
        {
          packages: {
            'node_modules/left-pad': {
              version: '1.3.0',
              resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
              integrity: `sha512-${r('q1', BASE64, 86)}==`,
            },
            'node_modules/private-lib': { version: '2.0.0', resolved: 'git+ssh://git@github.com/northbridge/private-lib.git#0f3c2a1b' },
          },
        },
        null,
        2,
      ),
    ],
    [
      'package.json repository URLs',
      '{\n  "repository": { "type": "git", "url": "git+https://github.com/cavra/boundary-guard.git" },\n  "bugs": "https://user@github.com/cavra/boundary-guard/issues"\n}\n',
    ],
    [
      'docker-compose with local defaults',
      'services:\n  api:\n    environment:\n      DATABASE_URL: postgres://postgres:postgres@db:5432/app\n      REDIS_URL: redis://:redis@redis:6379/0\n      AMQP_URL: amqp://guest:guest@rabbitmq:5672/\n      REPORTING_URL: postgres://app:${POSTGRES_PASSWORD}@db/app\n',
    ],
    [
      'ORM documentation',
      'engine = create_engine("postgresql+psycopg2://scott:tiger@localhost/mydatabase")\nengine = create_engine("mysql+mysqldb://scott:tiger@hostname/dbname")\nuri = f"postgresql://{user}:{password}@{host}:{port}/{db}"\nurl = "%s://%s:%s@%s" % (scheme, user, pw, host)\n',
    ],
    [
      'a minified bundle line',
      `!function(e){var t="https://cdn.${r('q2', LOWER_NUM, 8)}.net/",n=e.user+":"+e.pass+"@"+e.host;fetch(t+"v1?sig="+e.sig+"&ts="+Date.now())}(window);`.repeat(20),
    ],
    [
      'placeholders in .env.example',
      'SLACK_BOT_TOKEN=xoxb-...\nSTRIPE_SECRET_KEY=sk_live_...\nTWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nTWILIO_AUTH_TOKEN=your_auth_token\nSENDGRID_API_KEY=SG.xxxxx\nDD_API_KEY=<your-datadog-api-key>\nSENTRY_DSN=https://examplePublicKey@o0.ingest.sentry.io/0\nNPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n',
    ],
    [
      'time zones and country names',
      'const zones = ["Asia/Kolkata", "Asia/Tokyo", "ASIA_PACIFIC"];\nconst countries = ["Slovakia", "Jamaica"];\n',
    ],
    ['a CVS root in a copyright file', 'The sources were obtained from cvs://:pserver:anoncvs@sources.redhat.com/cvs/src\n'],
    [
      'appsettings for local development',
      '{\n  "ConnectionStrings": {\n    "Default": "Server=(localdb)\\\\MSSQLLocalDB;Database=app;Trusted_Connection=True;",\n    "Docker": "Server=localhost,1433;Database=app;User Id=sa;Password=Your_strong_Passw0rd;"\n  }\n}\n',
    ],
    [
      'a Docker config with a credential store',
      '{\n  "auths": {\n    "https://index.docker.io/v1/": {},\n    "ghcr.io": {}\n  },\n  "credsStore": "desktop"\n}\n',
    ],
    [
      'Kubernetes env entries that reference secrets',
      'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: app-db, key: password }\n  - name: DD_API_KEY\n    valueFrom:\n      secretKeyRef: { name: datadog, key: api-key }\n',
    ],
    [
      'a Datadog section with non-key values',
      `datadog:\n  site: datadoghq.eu\n  apiKeyExistingSecret: datadog-secret\n  clusterName: ${r('q7', LOWER_NUM, 8)}\n`,
    ],
    [
      'hashes under unrelated keys',
      `commit: ${r('q3', HEX, 40)}\nmd5: ${r('q4', HEX, 32)}\nsha256: ${r('q5', HEX, 64)}\nchecksum: ${r('q6', BASE64, 40)}\n`,
    ],
  ];

  it.each(quiet)('%s', (_name, text) => {
    expect(engine.scanText(text, { path: 'fixture.txt' }).findings).toEqual([]);
  });
});

describe('realistic leaks', () => {
  it('finds a cloud database URL even when the password repeats the user', () => {
    const user = `svc${r('l1', LOWER_NUM, 6)}`;
    const text = `const uri = "mongodb+srv://${user}:${user}@cluster0.${r('l2', LOWER_NUM, 7)}.mongodb.net/app?retryWrites=true";\n`;
    expect(ruleIds(text, 'src/db.js')).toEqual(['database-connection-url']);
  });

  it('finds a strong password for a compose service host but not a repeated one', () => {
    expect(ruleIds(`DATABASE_URL=postgres://app:${password('l3')}@db:5432/app\n`, '.env')).toEqual(['database-connection-url']);
    expect(ruleIds('DATABASE_URL=postgres://app:app@db:5432/app\n', '.env')).toEqual([]);
  });

  it('finds the Twilio auth token beside an account SID, not the SID', () => {
    const sid = `AC${r('l4', HEX, 32)}`;
    const token = r('l5', HEX, 32);
    const text = `from twilio.rest import Client\n\naccount_sid = "${sid}"\nauth_token = "${token}"\nclient = Client(account_sid, auth_token)\n`;
    const findings = engine.scanText(text, { path: 'notify.py' }).findings;
    expect(findings.map((f) => [f.ruleId, text.slice(f.offset, f.endOffset)])).toEqual([['twilio-auth-token', token]]);
  });

  it('finds a Sentry DSN in an SDK init call', () => {
    const dsn = `https://${r('l6', HEX, 32)}@o${r('l7', '0123456789', 6)}.ingest.sentry.io/${r('l8', '0123456789', 7)}`;
    expect(ruleIds(`Sentry.init({\n  dsn: "${dsn}",\n  tracesSampleRate: 0.2,\n});\n`, 'src/sentry.ts')).toEqual(['sentry-dsn']);
  });

  it('finds an Azure SAS URL and a storage connection string', () => {
    const sig = encodeURIComponent(`${r('l9', BASE64, 43)}=`);
    const sas = `https://exports${r('l10', LOWER_NUM, 6)}.blob.core.windows.net/ledger/2024.csv?sv=2022-11-02&se=2024-06-01T00:00:00Z&sr=b&sp=r&sig=${sig}`;
    expect(ruleIds(`curl -o ledger.csv "${sas}"\n`, 'scripts/fetch.sh')).toEqual(['azure-sas-token']);
    const conn = `DefaultEndpointsProtocol=https;AccountName=stledger${r('l11', LOWER_NUM, 6)};AccountKey=${r('l12', BASE64, 86)}==;EndpointSuffix=core.windows.net`;
    expect(ruleIds(`"AzureWebJobsStorage": "${conn}"\n`, 'local.settings.json')).toEqual(['azure-storage-connection-string']);
  });

  it('finds keys nested under a vendor section and in env entries', () => {
    const yaml = `datadog:\n  site: datadoghq.eu\n  apiKey: ${r('l14', HEX, 32)}\n  appKey: ${r('l15', HEX, 40)}\n`;
    expect(ruleIds(yaml, 'helm/values.yaml')).toEqual(['datadog-api-key', 'datadog-app-key']);
    const env = `containers:\n  - name: api\n    env:\n      - name: DATABASE_PASSWORD\n        value: "${password('l16')}!x"\n`;
    expect(ruleIds(env, 'k8s/deploy.yaml')).toEqual(['database-password-key-value']);
  });

  it('finds registry credentials in a Docker config and an ADO.NET password', () => {
    const dockerAuth = Buffer.from(`ci-pusher:${password('l17')}`).toString('base64');
    expect(ruleIds(`{\n  "auths": {\n    "ghcr.io": { "auth": "${dockerAuth}" }\n  }\n}\n`, '.docker/config.json')).toEqual(['docker-registry-auth']);
    const ado = `"Billing": "Server=tcp:sql-${r('l18', LOWER_NUM, 8)}.database.windows.net,1433;Initial Catalog=billing;User ID=billing;Password=${password('l19')}!;"`;
    expect(ruleIds(ado, 'appsettings.Production.json')).toEqual(['connection-string-password']);
  });

  it('honours an inline allow directive for the category', () => {
    const text = `// boundary-guard-allow connector-credential -- revoked key kept for the parser test\nconst key = "sk_live_${r('l13', ALPHA_NUM, 24)}";\n`;
    expect(engine.scanText(text, { path: 'test/parse.test.ts' }).findings).toEqual([]);
  });
});

describe('support helpers', () => {
  it('spots sequential runs and references', () => {
    expect(hasSequentialRun('xK123456pQ')).toBe(true);
    expect(hasSequentialRun('zyxwvu')).toBe(true);
    expect(hasSequentialRun(r('h1', ALPHA_NUM, 40))).toBe(false);
    for (const value of ['${DB_PASSWORD}', '$PASS', '{password}', '%(pw)s', '%s', '<password>', '****', '...']) expect(isReference(value), value).toBe(true);
    expect(isReference(password('h2'))).toBe(false);
  });

  it('judges URL credentials by password and host', () => {
    const real = { scheme: 'postgres', user: 'app', password: password('h3'), host: 'db.internal.acme-corp.com' };
    expect(urlCredentialsLookReal(real, engine.registry)).toBe(true);
    expect(urlCredentialsLookReal({ ...real, host: 'localhost' }, engine.registry)).toBe(false);
    expect(urlCredentialsLookReal({ ...real, host: 'db.example.com' }, engine.registry)).toBe(false);
    expect(urlCredentialsLookReal({ ...real, host: '203.0.113.7' }, engine.registry)).toBe(false);
    expect(urlCredentialsLookReal({ ...real, host: 'pg-primary.billing.svc.cluster.local' }, engine.registry)).toBe(true);
    expect(urlCredentialsLookReal({ ...real, host: 'www.bogus.net' }, engine.registry)).toBe(false);
    expect(urlCredentialsLookReal({ ...real, host: 'db.company.com' }, engine.registry)).toBe(false);
    for (const weak of ['password', 'changeme', 'p4ssw0rd', 'postgres', 'secret123', 'admin1', '${PW}', 'xxxx'])
      expect(urlCredentialsLookReal({ ...real, password: weak }, engine.registry), weak).toBe(false);
  });
});
