import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { urlCredentialsLookReal } from './support/url-credentials.js';

const id = 'generic-url-credentials';

/**
 * Any other `scheme://user:password@host` URL. Generic: a vendor detector
 * (GitHub token, database URL, …) on the same span wins.
 */
export default defineDetector({
  id,
  name: 'URL with a password',
  category: 'connector-credential',
  severity: 'error',
  description: 'URLs of any scheme (https, ftp, smtp, ldap, …) whose user info carries a real password for a real host.',
  regex:
    /(?<![A-Za-z0-9+.-])(?<secret>(?<scheme>[a-z][a-z0-9+.-]{1,30}):\/\/(?<user>[^\s:/@"'`<>\\]{0,128}):(?<password>[^\s/?@"'`<>\\]{1,256})@(?<host>\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})(?::\d{1,5})?(?:[/?#][^\s"'`<>\\(){}[\]|^]{0,300})?)/u,
  // Every match holds one; URLs are common, but the regex is anchored on the scheme and cheap.
  keywords: ['://'],
  // Most URLs carry no user info: a hit opens a window only where `://user:password@` follows.
  keywordContext: /:\/\/[^\s:/@"'`<>\\]{0,128}:[^\s/?@"'`<>\\]{1,256}@/u,
  validate: (_secret, { groups, registry }) =>
    urlCredentialsLookReal({ scheme: groups.scheme ?? '', user: groups.user ?? '', password: groups.password ?? '', host: groups.host ?? '' }, registry),
  skipSynthetic: true,
  references: ['https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1'],
  samples: () => ({
    positive: [
      `https://deploy:${r(`${id}1`, ALPHA_NUM, 28)}@artifacts.internal.northbridge.io/repository/releases/`,
      `ftp://backup:${r(`${id}2`, ALPHA_NUM, 14)}@files.northbridge-logistics.de/nightly/`,
      `smtp://alerts%40mailer.${r(`${id}3`, LOWER_NUM, 6)}.io:${r(`${id}4`, ALPHA_NUM, 20)}@smtp.mailgun.org:587`,
      `ldaps://cn=svc-sync,ou=apps:${r(`${id}5`, ALPHA_NUM, 22)}@ldap.corp-${r(`${id}6`, LOWER_NUM, 6)}.net:636`,
    ],
    negative: [
      'https://user:password@example.com/path',
      'http://admin:admin@192.168.1.1/',
      'git+https://github.com/cavra/boundary-guard.git',
      'https://oauth2@gitlab.com/group/project.git',
      'http://username:${PROXY_PASSWORD}@proxy.corp.net:3128',
      'https://foo:bar@registry.npmjs.org/',
    ],
  }),
});
