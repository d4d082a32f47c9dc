import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { DIGITS, HEX, LOWER_NUM, randomBase64Lines, randomString as r } from '../support/sample-builder.js';

const id = 'gcp-service-account-key';

/** Decodes the PEM body of a JSON-escaped private key and checks it is DER (a SEQUENCE of real size). */
function derPrivateKey(pem: string): boolean {
  const body = pem
    .replace(/^-----BEGIN (?:RSA )?PRIVATE KEY-----|-----END (?:RSA )?PRIVATE KEY-----$/gu, '')
    .replace(/\\{1,8}[nr]/gu, '')
    .replace(/\s/gu, '');
  const bytes = decodeBase64(body);
  return bytes !== undefined && bytes.length >= 100 && bytes[0] === 0x30;
}

/** A service-account key file as `gcloud iam service-accounts keys create` writes it, built at run time. */
function keyFile(seed: string, project: string, account: string, pretty: boolean): string {
  const pem = `-----BEGIN PRIVATE KEY-----\n${`MIIEvQ${randomBase64Lines(seed, 1200).slice(6)}`}\n-----END PRIVATE KEY-----\n`;
  const fields: [string, string][] = [
    ['type', 'service_account'],
    ['project_id', project],
    ['private_key_id', r(`${seed}:kid`, HEX, 40)],
    ['private_key', pem],
    ['client_email', `${account}@${project}.iam.gserviceaccount.com`],
    ['client_id', r(`${seed}:cid`, DIGITS, 21)],
    ['auth_uri', 'https://accounts.google.com/o/oauth2/auth'],
    ['token_uri', 'https://oauth2.googleapis.com/token'],
  ];
  const body = fields.map(([k, v]) => `${JSON.stringify(k)}:${pretty ? ' ' : ''}${JSON.stringify(v)}`);
  return pretty ? `{\n  ${body.join(',\n  ')}\n}` : `{${body.join(',')}}`;
}

/**
 * A Google Cloud service-account key file: the private key reported once,
 * when a `client_email` of a service account sits in the same JSON object
 * (before or after it).
 */
export default defineDetector({
  id,
  name: 'GCP service-account key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Google Cloud service-account key files (JSON with a private_key and a …gserviceaccount.com client_email), in any field order, raw or JSON-escaped.',
  // Field by field between the key and client_email (at most eight fields either side): no free-form gaps to backtrack over.
  regex:
    /(?:\\?"client_email\\?"[ \t]{0,4}:[ \t]{0,4}\\?"[\w.+-]{1,100}@[a-z0-9.-]{1,100}\.gserviceaccount\.com\\?"(?:,(?:\\[nrt]|[\s*#/]){0,24}\\?"[a-z0-9_]{1,40}\\?"[ \t]{0,4}:[ \t]{0,4}\\?"[^"\\]{0,300}\\?"){0,8},(?:\\[nrt]|[\s*#/]){0,24})?\\?"private_key\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{64,6000}-----END (?:RSA )?PRIVATE KEY-----)(?:(?:\\{1,2}n)?\\?"(?:,(?:\\[nrt]|[\s*#/]){0,24}\\?"[a-z0-9_]{1,40}\\?"[ \t]{0,4}:[ \t]{0,4}\\?"[^"\\]{0,300}\\?"){0,8},(?:\\[nrt]|[\s*#/]){0,24}\\?"client_email\\?"[ \t]{0,4}:[ \t]{0,4}\\?"[\w.+-]{1,100}@[a-z0-9.-]{1,100}\.gserviceaccount\.com\\?")?/u,
  keywords: ['gserviceaccount.com'],
  multiline: true,
  reach: 'match',
  // Every match holds the private_key field; help text and code that only name a service account do not.
  gate: (text) => text.includes('"private_key'),
  validate: (secret, { match }) => match.includes('.gserviceaccount.com') && derPrivateKey(secret),
  references: ['https://cloud.google.com/iam/docs/keys-create-delete', 'https://google.aip.dev/auth/4112'],
  samples: () => ({
    positive: [
      keyFile(`${id}1`, `billing-sync-${r(`${id}2`, LOWER_NUM, 6)}`, 'scheduler', true),
      keyFile(`${id}3`, `ops-${r(`${id}4`, LOWER_NUM, 8)}`, 'dashboard-export', false),
      // Keys sorted alphabetically (client_email before private_key), as many tools write them.
      JSON.stringify(
        Object.fromEntries(Object.entries(JSON.parse(keyFile(`${id}5`, `etl-${r(`${id}6`, LOWER_NUM, 6)}`, 'loader', false)) as Record<string, string>).sort()),
        null,
        2,
      ),
    ],
    negative: [
      '{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "my-sa@my-project.iam.gserviceaccount.com"\n}',
      '{"type": "service_account", "private_key": "<your-private-key>", "client_email": "sa@project-id.iam.gserviceaccount.com"}',
      '{\n  "type": "service_account",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\nREDACTED\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "deployer@cavra-ci.iam.gserviceaccount.com"\n}',
      // A key without a service-account email is the PEM detector's business.
      `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${randomBase64Lines(`${id}7`, 600).replace(/\n/gu, '\\n')}\\n-----END PRIVATE KEY-----\\n", "client_email": "svc@corp.example"}`,
    ],
  }),
});
