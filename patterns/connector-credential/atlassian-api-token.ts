import { defineDetector } from '../../src/engine/define-detector.js';
import { crc32 } from '../../src/engine/validators.js';
import { ALPHA_NUM, BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'atlassian-api-token';

/** A current-format token, built at run time; it ends in `=` + the CRC-32 (upper-case hex) of everything before. */
function token(seed: string, header = 'ATATT3xFfGF0'): string {
  const head = `${header}${r(seed, BASE64URL, 171)}=`;
  return `${head}${crc32(head).toString(16).toUpperCase().padStart(8, '0')}`;
}

export default defineDetector({
  id,
  name: 'Atlassian API token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Atlassian Cloud API tokens for Jira, Confluence and Bitbucket (ATATT3… + = + 8 hex checksum digits), Bitbucket repository, project and workspace access tokens (ATCTT3…, same layout), and legacy 24-character tokens under a Jira/Confluence/Atlassian token key.',
  // ATATT3 and ATCTT3 tokens anywhere; legacy 24-character tokens under a Jira/Confluence/Atlassian token key, env entry or section.
  regex:
    /(?:(?<![\w-])(?=AT[AC]TT3)|(?<![a-z0-9])(?:jira|confluence|atlassian)[\w.-]{0,30}?(?:api[_.-]?)?token\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|(?<![a-z0-9])(?:jira|confluence|atlassian)\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])(?:api[_.-]?)?token\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>AT[AC]TT3[\w-]{150,250}=[0-9a-f]{8}|[a-z0-9]{24})(?![\w=-])/iu,
  keywords: ['atatt3', 'atctt3', 'jira', 'confluence', 'atlassian'],
  multiline: true,
  reach: 'match',
  entropy: 3.5,
  validate: (secret) => {
    if (/^AT[AC]TT3/u.test(secret)) return /[0-9A-F]{8}$/u.test(secret) && !hasSequentialRun(secret.slice(12));
    // Legacy tokens: random mixed-case alphanumerics.
    return /[A-Z]/u.test(secret) && /[a-z]/u.test(secret) && /\d/u.test(secret) && !hasSequentialRun(secret);
  },
  references: ['https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/', 'https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/'],
  samples: () => ({
    positive: [
      token(`${id}1`),
      { key: 'ATLASSIAN_API_TOKEN', value: token(`${id}2`) },
      `git clone https://x-token-auth:${token(`${id}6`, 'ATCTT3xFfGN0')}@bitbucket.org/team/repo.git`,
      { key: 'jira_api_token', value: r(`${id}3`, ALPHA_NUM, 24) },
    ],
    negative: [
      // The checksum digits are upper-case hex.
      `ATATT3xFfGF0${r(`${id}4`, BASE64URL, 171)}=${'z'.repeat(8)}`,
      'ATATTxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      { key: 'JIRA_API_TOKEN', value: 'your-jira-api-token' },
      { key: 'confluence_token', value: 'abcdefghijklmnopqrstuvwx' },
      // 24 characters under an unrelated key.
      { key: 'build_id', value: r(`${id}5`, ALPHA_NUM, 24) },
    ],
  }),
});
