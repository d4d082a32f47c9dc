import { defineDetector } from '../../src/engine/define-detector.js';
import { isDocumentationIp } from '../../src/engine/synthetic.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { placeholderPassword } from './support/secret-value.js';

const id = 'netrc-credentials';

/**
 * Passwords in `.netrc` / `_netrc` entries (`machine host login user
 * password secret`, on one line or several), which curl, git, ftp and
 * Python's netrc module send to that host.
 */
export default defineDetector({
  id,
  name: '.netrc password',
  category: 'connector-credential',
  severity: 'error',
  description: '.netrc entries (machine <host> login <user> password <secret>) with a real password for a real host.',
  regex:
    /(?<![\w-])machine[ \t]{1,8}(?<host>[^\s"'`\\]{1,253})(?:(?:\s|\\n)(?:[\s*#/]|\\n){0,19}(?:login|account|port)[ \t]{1,8}[^\s"'`\\]{1,256}){0,3}(?:\s|\\n)(?:[\s*#/]|\\n){0,19}password[ \t]{1,8}(?<secret>[^\s"'`\\]{1,256})/u,
  keywords: ['machine'],
  // The word is common; an entry names a host right after it.
  keywordContext: /machine[ \t]{1,8}[^\s"'`\\]{1,253}(?:\s|\\n)(?:[\s*#/]|\\n){0,19}(?:login|account|port|password)[ \t]/u,
  multiline: true,
  reach: 'match',
  // The password is judged with the registry below; the host decides as well.
  skipSynthetic: true,
  validate: (secret, { groups, registry }) => {
    const host = (groups.host ?? '').toLowerCase();
    if (isDocumentationIp(host) || registry?.isReservedHost(host) || !host.includes('.')) return false;
    return secret.length >= 6 && !placeholderPassword(secret, registry) && registry?.match(secret) === undefined;
  },
  references: ['https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html', 'https://everything.curl.dev/usingcurl/netrc.html'],
  samples: () => ({
    positive: [
      `machine api.northbridge.io login deploy password ${r(`${id}1`, ALPHA_NUM, 24)}`,
      `machine git.northbridge.io\n  login ci-bot\n  password ${r(`${id}2`, ALPHA_NUM, 32)}`,
    ],
    negative: [
      'machine api.example.com login user password secret',
      'machine github.com login octocat password ${GITHUB_TOKEN}',
      `machine localhost login admin password ${r(`${id}3`, ALPHA_NUM, 16)}`,
      'default login anonymous password user@site',
      'The machine learning pipeline reads its password from the vault.',
      'machine api.northbridge.io login deploy password <token>',
    ],
  }),
});
