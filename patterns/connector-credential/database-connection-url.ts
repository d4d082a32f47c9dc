import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { urlCredentialsLookReal } from './support/url-credentials.js';

const id = 'database-connection-url';

/** Schemes of databases, caches and brokers; each also appears with a `+driver` suffix (SQLAlchemy, `mongodb+srv`). */
const SCHEMES = [
  'postgres', 'postgresql', 'mysql', 'mariadb', 'mongodb', 'redis', 'rediss', 'amqp', 'amqps', 'mssql', 'sqlserver',
  'clickhouse', 'cockroachdb', 'couchdb', 'couchbase', 'neo4j', 'bolt', 'cassandra', 'oracle', 'memcached', 'influxdb',
  'snowflake',
];

export default defineDetector({
  id,
  name: 'Database URL with a password',
  category: 'connector-credential',
  severity: 'error',
  description: 'Database, cache and message-broker URLs that carry a real password (postgres://user:password@host/db and the like).',
  regex:
    /(?<![A-Za-z0-9+.-])(?<secret>(?:jdbc:)?(?<scheme>postgres(?:ql)?|mysql|mariadb|mongodb|rediss?|amqps?|mssql|sqlserver|clickhouse|cockroachdb|couchdb|couchbase|neo4j|bolt|cassandra|oracle|memcached|influxdb|snowflake)(?:\+[a-z0-9]{1,20})?:\/\/(?<user>[^\s:/@"'`<>\\]{0,128}):(?<password>[^\s/@"'`<>\\]{1,256})@(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9._-]{1,253})(?::\d{1,5})?(?:,[A-Za-z0-9._-]{1,253}(?::\d{1,5})?){0,16}(?:[/?][^\s"'`<>\\(){}[\]|^]{0,300})?)/u,
  keywords: SCHEMES.flatMap((scheme) => [`${scheme}://`, `${scheme}+`]),
  validate: (_secret, { groups, registry }) =>
    urlCredentialsLookReal({ scheme: groups.scheme ?? '', user: groups.user ?? '', password: groups.password ?? '', host: groups.host ?? '' }, registry),
  // The registry would judge host and path words too; the validator applies it to the password and user.
  skipSynthetic: true,
  references: [
    'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS',
    'https://www.mongodb.com/docs/manual/reference/connection-string/',
    'https://www.iana.org/assignments/uri-schemes/prov/redis',
  ],
  samples: () => ({
    positive: [
      `postgres://app:${r(`${id}1`, ALPHA_NUM, 24)}@db.internal.acme-corp.com:5432/app`,
      `mongodb+srv://svc_reporting:${r(`${id}2`, ALPHA_NUM, 20)}@cluster0.${r(`${id}3`, LOWER_NUM, 5)}.mongodb.net/reporting?retryWrites=true&w=majority`,
      `mysql://billing:${r(`${id}4`, ALPHA_NUM, 18)}@10.12.4.7:3306/billing`,
      `rediss://default:${r(`${id}5`, ALPHA_NUM, 32)}@redis-${r(`${id}6`, DIGITS, 5)}.c12.us-east-1-2.ec2.cloud.redislabs.com:${r(`${id}7`, DIGITS, 5)}`,
      `postgresql+asyncpg://ledger:${r(`${id}8`, ALPHA_NUM, 16)}%21@pg-ledger.prod.northbridge.io/ledger`,
    ],
    negative: [
      'postgres://postgres:postgres@localhost:5432/postgres',
      'postgresql://user:pass@db.example.com/app',
      'postgres://app:${DB_PASSWORD}@db.internal.acme-corp.com:5432/app',
      'mysql://root:password@127.0.0.1:3306/app',
      'redis://:changeme@cache.northbridge.io:6379/0',
      'amqp://guest:guest@rabbitmq:5672/',
    ],
  }),
});
