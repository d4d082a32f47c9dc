import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isPlaceholderPassword, isStandInHost } from './support/url-credentials.js';

const id = 'connection-string-password';

const password = (seed: string): string => `${r(`${seed}a`, ALPHA_NUM, 8)}!${r(`${seed}b`, ALPHA_NUM, 9)}`;

/** The server a connection string names (`Server=tcp:host,1433`, `Data Source=host`, `jdbc:…://host`). */
function serverOf(match: string): string | undefined {
  const ado = /(?:server|data source|host|address)[ \t]{0,2}=[ \t]{0,2}(?:tcp:)?(?<host>[^;,\s]{1,253})/iu.exec(match);
  if (ado?.groups?.host) return ado.groups.host;
  return /jdbc:[a-z0-9]{2,20}:(?:\/\/)?(?<host>[^;/:?\s]{1,253})/iu.exec(match)?.groups?.host;
}

/** Local and SQL Server development data sources. */
const LOCAL_SERVER = /^(?:\.|\(local\)|\(localdb\)\\.*|\.\\sqlexpress|localhost\\.*)$/iu;

/**
 * Passwords in key=value connection strings: ADO.NET / SQL Server
 * (`Server=…;User ID=…;Password=…`), ODBC and JDBC URLs that carry the password
 * as a parameter (`jdbc:sqlserver://host;password=…`, `?password=…`).
 */
export default defineDetector({
  id,
  name: 'Connection string password',
  category: 'connector-credential',
  severity: 'error',
  description: 'Passwords in ADO.NET, ODBC and JDBC connection strings (Server=…;Password=…, jdbc:…;password=…) for a real server.',
  regex:
    /(?<![a-z0-9])(?:server|data source|host|address|jdbc:[a-z0-9]{2,20}:)[ \t]{0,2}[=:/][^"'`\n]{0,400}?[;?&][ \t]{0,2}(?:password|pwd)[ \t]{0,2}=[ \t]{0,2}(?<secret>[^;"'`\s&]{4,128})/iu,
  keywords: ['password=', 'pwd='],
  entropy: 2.5,
  validate: (secret, { match, registry }) => {
    const server = serverOf(match);
    if (!server || LOCAL_SERVER.test(server) || isStandInHost(server.split('\\')[0] ?? server, registry)) return false;
    return !isPlaceholderPassword(secret, registry) && !/^\{.*\}$/u.test(secret);
  },
  references: [
    'https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring',
    'https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url',
  ],
  samples: () => ({
    positive: [
      `Server=tcp:sql-${r(`${id}1`, LOWER_NUM, 8)}.database.windows.net,1433;Initial Catalog=billing;Persist Security Info=False;User ID=billing_app;Password=${password(`${id}2`)};Encrypt=True;`,
      `jdbc:sqlserver://reports.prod.northbridge.io:1433;databaseName=ledger;user=etl;password=${password(`${id}3`)};encrypt=true`,
      `Data Source=10.20.4.11;Initial Catalog=crm;User Id=crm_sync;Pwd=${password(`${id}4`)};`,
    ],
    negative: [
      'Server=(localdb)\\MSSQLLocalDB;Database=app;Trusted_Connection=True;',
      'Server=localhost;Database=app;User Id=sa;Password=Your_password123;',
      'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
      `Server=tcp:sql-${r(`${id}5`, LOWER_NUM, 8)}.database.windows.net,1433;User ID=app;Password={your_password};`,
      'jdbc:postgresql://db.example.com:5432/app?user=app&password=secret',
    ],
  }),
});
