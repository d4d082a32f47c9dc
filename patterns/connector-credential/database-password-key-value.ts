import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { isPlaceholderPassword } from './support/url-credentials.js';

const id = 'database-password-key-value';

/** Key stems of database, cache and broker passwords (`DB_PASSWORD`, `PGPASSWORD`, `spring.datasource.password`, …). */
const STEMS = [
  'db', 'database', 'datasource', 'postgres', 'postgresql', 'pg', 'mysql', 'mysql_root', 'mariadb', 'mariadb_root', 'mongo', 'mongodb',
  'mongo_initdb_root', 'redis', 'rabbitmq', 'rabbitmq_default', 'mssql', 'mssql_sa', 'sa', 'clickhouse', 'cassandra', 'neo4j', 'elastic',
  'influxdb', 'influxdb_init',
];

/** A password the way a generator or a person writes one, built at run time. */
const secret = (seed: string): string => `${r(`${seed}a`, ALPHA_NUM, 6)}-${r(`${seed}b`, ALPHA_NUM, 7)}!${r(`${seed}c`, ALPHA_NUM, 5)}`;

/** A dotted reference (`settings.DB_PASSWORD`, `config.db.pw`) or a call, not a value. */
const CODE_REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|[()[\]]/u;

/**
 * A literal password assigned to a database, cache or broker password key:
 * `.env` and compose files, Spring properties, shell exports, Kubernetes and
 * ECS env entries (`name: DB_PASSWORD` + `value: …`). Generic: a database URL
 * on the same span wins.
 */
export default defineDetector({
  id,
  name: 'Database password',
  category: 'connector-credential',
  severity: 'error',
  description: 'Literal passwords under database, cache and broker password keys (DB_PASSWORD, PGPASSWORD, spring.datasource.password, POSTGRES_PASSWORD, …) that are not local defaults or placeholders.',
  regex:
    /(?<![a-z0-9])(?:spring\.)?(?:db|database|datasource|postgres(?:ql)?|pg|mysql(?:_root)?|mariadb(?:_root)?|mongo(?:db)?(?:_initdb_root)?|redis|rabbitmq(?:_default)?|(?:mssql_)?sa|mssql|clickhouse|cassandra|neo4j|elastic|influxdb(?:_init)?)[_.-]?(?:password|passwd|pass|pwd)\\?["'`]?(?:[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}|[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?[ \t]{0,4}[:=][ \t]{0,4})(?<quote>\\?["'`])?(?<secret>[^\s"'`<>\\]{4,128})/iu,
  keywords: STEMS.flatMap((stem) => ['', '_', '.', '-'].flatMap((sep) => [`${stem}${sep}pass`, `${stem}${sep}pwd`])),
  // Kubernetes and ECS env entries put the value on the next line or field.
  multiline: true,
  reach: 'match',
  entropy: 3,
  validate: (value, { groups, syntax, registry }) => {
    if (value.length < 8 || isPlaceholderPassword(value, registry)) return false;
    // In code an unquoted bare name is a variable, not a literal; snake_case and camelCase words are names anywhere.
    if ((syntax === 'js' || syntax === 'python') && groups.quote === undefined && /^[A-Za-z_$][\w$]*$/u.test(value)) return false;
    if (/^[a-z]+(?:_[a-z]+)+$|^[a-z]+(?:[A-Z][a-z]+)+$/u.test(value)) return false;
    return !CODE_REFERENCE.test(value);
  },
  references: ['https://www.postgresql.org/docs/current/libpq-envars.html', 'https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password'],
  samples: () => ({
    positive: [
      { key: 'DB_PASSWORD', value: secret(`${id}1`) },
      { key: 'spring.datasource.password', value: secret(`${id}2`) },
      { key: 'POSTGRES_PASSWORD', value: secret(`${id}3`) },
      `env:\n  - name: DATABASE_PASSWORD\n    value: "${secret(`${id}4`)}"`,
    ],
    negative: [
      { key: 'POSTGRES_PASSWORD', value: 'postgres' },
      { key: 'DB_PASSWORD', value: '${DB_PASSWORD}' },
      { key: 'MYSQL_ROOT_PASSWORD', value: 'example' },
      { key: 'DB_PASSWORD', value: 'changeme' },
      { key: 'db_password', value: 'settings.DATABASE_PASSWORD' },
      { key: 'POSTGRES_PASSWORD', value: 'contraseña' },
      { key: 'DB_PASSWORD', value: 'sua_senha' },
      'db_password = decrypted_value',
      'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: app-db\n        key: password',
    ],
  }),
});
