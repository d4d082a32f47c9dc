import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64URL, DIGITS, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { mixesCaseAndDigits, vendorKeyContext } from './support/vendor-context.js';

const id = 'facebook-access-token';

const VENDOR = String.raw`facebook|fb(?=[_.-]|access|page|token)|meta(?=[_.-])|instagram|whatsapp|graph(?=[_.-]?api)`;
const context = vendorKeyContext({ vendor: VENDOR, key: String.raw`(?:(?:page|user|system[_.-]?user|long[_.-]?lived|app)[_.-]?)?(?:access[_.-]?)?token` });

export default defineDetector({
  id,
  name: 'Facebook / Meta access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Meta Graph API access tokens (EAA… user, page and system-user tokens) under a Facebook/Meta/Instagram/WhatsApp token key, and app access tokens (app id | app secret) anywhere: they post, read messages and manage ads as the app or user.',
  regex: new RegExp(String.raw`(?:(?<![\w-])(?=\d{15,16}(?:\||%7C))|${context})(?<secret>EAA[A-Za-z0-9]{80,400}|\d{15,16}(?:\||%7C)[\w-]{27,40})(?![\w|%-])`, 'iu'),
  // The vendor names as the regex takes them: a bare `graph` (GraphQL) or `meta` (page metadata) opens no window.
  // An app access token's pipe, with the last digit of the app id before it: a bare `|` (tables, unions) would open a window at every one.
  keywords: [...[...DIGITS].flatMap((d) => [`${d}|`, `${d}%7c`]), 'facebook', 'fb_', 'fb-', 'fb.', 'fbaccess', 'fbpage', 'fbtoken', 'meta_', 'meta-', 'meta.', 'instagram', 'whatsapp', 'graphapi', 'graph_api', 'graph-api', 'graph.api'],
  // The pipe of an app access token stands right after the app id.
  keywordContext: new RegExp(String.raw`\d(?:\||%7c)[\w-]{27}|${VENDOR}`, 'iu'),
  multiline: true,
  reach: 'match',
  entropy: 3.5,
  validate: (secret) => {
    if (secret.startsWith('EAA')) return mixesCaseAndDigits(secret.slice(3)) && !hasSequentialRun(secret.slice(3));
    const value = secret.slice(secret.search(/\||%7C/iu)).replace(/^(?:\||%7C)/iu, '');
    return /\d/u.test(value) && /[a-z]/iu.test(value) && !hasSequentialRun(value);
  },
  references: ['https://developers.facebook.com/docs/facebook-login/guides/access-tokens/', 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens/#apptokens'],
  samples: () => ({
    positive: [
      { key: 'FACEBOOK_ACCESS_TOKEN', value: `EAA${r(`${id}1`, ALPHA_NUM, 180)}` },
      { key: 'META_PAGE_ACCESS_TOKEN', value: `EAAG${r(`${id}2`, ALPHA_NUM, 150)}` },
      `1${r(`${id}3`, DIGITS, 15)}|${r(`${id}4`, HEX, 32)}`,
      { key: 'access_token', value: `2${r(`${id}5`, DIGITS, 14)}|${r(`${id}6`, BASE64URL, 27)}` },
    ],
    negative: [
      { key: 'FACEBOOK_ACCESS_TOKEN', value: '<access-token>' },
      { key: 'FACEBOOK_ACCESS_TOKEN', value: 'EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
      // An EAA string without a Meta key beside it.
      { key: 'cursor', value: `EAA${r(`${id}7`, ALPHA_NUM, 120)}` },
      { key: 'FACEBOOK_ACCESS_TOKEN', value: `EAA${r(`${id}8`, ALPHA_NUM, 40)}` },
      '{app-id}|{app-secret}',
    ],
  }),
});
