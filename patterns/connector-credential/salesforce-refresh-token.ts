import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'salesforce-refresh-token';

export default defineDetector({
  id,
  name: 'Salesforce refresh token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Salesforce OAuth refresh tokens (5Aep… + ~80 characters) on a line that names Salesforce or a refresh token: they mint new access tokens until revoked.',
  regex: /(?<![A-Za-z0-9])(?<secret>5Aep[A-Za-z0-9._]{70,120})(?![A-Za-z0-9._])/u,
  keywords: ['salesforce', 'sfdc', 'force.com', 'sfdx', 'sf_', 'refresh_token', 'refreshtoken', 'refresh-token'],
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret),
  references: ['https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_refresh_token_flow.htm'],
  samples: () => ({
    positive: [
      { key: 'SALESFORCE_REFRESH_TOKEN', value: `5Aep861${r(`${id}1`, `${ALPHA_NUM}.`, 80)}` },
      { key: 'refresh_token', value: `5Aep861${r(`${id}2`, `${ALPHA_NUM}.`, 80)}` },
    ],
    negative: [
      { key: 'SALESFORCE_REFRESH_TOKEN', value: '5Aep861XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' },
      { key: 'salesforce_refresh_token', value: '${SF_REFRESH_TOKEN}' },
      { key: 'refresh_token', value: `5Aep861${r(`${id}3`, ALPHA_NUM, 20)}` },
    ],
  }),
});
