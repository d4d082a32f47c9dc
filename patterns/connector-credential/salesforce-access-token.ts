import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, LOWER_NUM, UPPER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'salesforce-access-token';

const SESSION_BODY = `${ALPHA_NUM}._`;

/** An org id (00D…) and the session part, as Salesforce issues access tokens; built at run time. */
const sessionId = (seed: string): string =>
  `00D${r(`${seed}a`, UPPER_NUM, 2)}0000${r(`${seed}b`, ALPHA_NUM, 6)}!AQ${r(`${seed}c`, ALPHA_NUM, 2)}AQ${r(`${seed}d`, SESSION_BODY, 92)}`;

export default defineDetector({
  id,
  name: 'Salesforce access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Salesforce OAuth access tokens and session ids (15- or 18-character org id 00D… + ! + a long session part).',
  regex: /(?<![A-Za-z0-9])(?<secret>00D[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?![A-Za-z0-9._]{60,200})(?![A-Za-z0-9._])/u,
  // `00D` opens every token; the `!` and the long session part make the shape specific without context.
  keywords: ['00d'],
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(secret.indexOf('!') + 1)),
  references: ['https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm', 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/intro_curl.htm'],
  samples: () => ({
    positive: [
      { key: 'SALESFORCE_ACCESS_TOKEN', value: sessionId(`${id}1`) },
      { key: 'sfdc_session_id', value: sessionId(`${id}2`) },
      `curl https://${r(`${id}3`, LOWER_NUM, 8)}.my.salesforce.com/services/data/v60.0/sobjects -H "Authorization: Bearer ${sessionId(`${id}4`)}"`,
    ],
    negative: [
      { key: 'SALESFORCE_ACCESS_TOKEN', value: '00DXXXXXXXXXXXX!XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' },
      { key: 'salesforce_access_token', value: '<access-token>' },
      // An org id alone is an identifier, not a credential.
      { key: 'salesforce_org_id', value: `00D${r(`${id}5`, ALPHA_NUM, 15)}` },
      { key: 'access_token', value: `00D${r(`${id}6`, ALPHA_NUM, 12)}!short` },
    ],
  }),
});
