import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, HEX, randomString as r } from '../support/sample-builder.js';

const id = 'nested-license-key-value';

/**
 * A key-shaped value under a `key` / `token` / `code` child of a `license`
 * block (YAML or pretty-printed JSON), which the line-local
 * `license-key-value` cannot see.
 */
export default defineDetector({
  id,
  name: 'Licence key in a licence block',
  category: 'license-key',
  severity: 'error',
  description: 'Random-looking values under the key, token or code child of a license / licence block in YAML or pretty-printed JSON (license:\\n  key: …).',
  regex:
    /(?<![a-z0-9_-])(?:\\?["'])?licen[cs]e(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n|\\n)(?<indent>[ \t*#/]{1,16})(?:(?:\\?["'])?[a-z0-9_-]{1,40}(?:\\?["'])?[ \t]{0,4}:(?:[^\r\n\\]|\\[^n]){0,300}(?:\r?\n|\\n)\k<indent>){0,8}(?:\\?["'])?(?:key|code|token)(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}(?:\\?["'])?(?<secret>[a-z0-9][a-z0-9+/=_.:-]{15,511})/iu,
  keywords: ['licen'],
  // A licence block opens with the word as a key at a line end.
  keywordContext: /licen[cs]e(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n|\\n)/iu,
  multiline: true,
  // The section key and the nested secret are at most nine short lines apart.
  reach: 'match',
  entropy: 3.2,
  validate: (secret) => secret.replace(/[^0-9]/gu, '').length >= 2 && /[A-Za-z]/u.test(secret) && !/\.(?:lic|key|pem|json|txt|dat)$/iu.test(secret),
  samples: () => ({
    positive: [
      `license:\n  edition: enterprise\n  key: ${r(`${id}1`, HEX, 64)}`,
      `licence:\n  token: ${r(`${id}2`, ALPHA_NUM, 48)}\n  seats: 25`,
      `"license": {\n  "key": "${r(`${id}3`, ALPHA_NUM, 40)}"`,
    ],
    negative: [
      'license:\n  name: Apache 2.0\n  url: https://www.apache.org/licenses/LICENSE-2.0.html',
      'license:\n  key: your-license-key-here',
      'license:\n  key: ${CAVRA_LICENSE_KEY}',
      `license: MIT\nkey: ${r(`${id}4`, HEX, 64)}`,
      'license:\n  file: /etc/cavra/license-2024.lic',
    ],
  }),
});
