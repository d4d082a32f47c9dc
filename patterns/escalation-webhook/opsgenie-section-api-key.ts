import { defineDetector } from '../../src/engine/define-detector.js';
import { guid as uuid } from './support/samples.js';

const id = 'opsgenie-section-api-key';

/**
 * An Opsgenie key one level down in a settings block: an `opsgenie:` (or
 * `"opsgenie": {`) section of Helm values, app config or JSON whose
 * `apiKey` / `key` / `token` child holds the UUID. Other children of the
 * section (team ids, priorities) may come first.
 */
export default defineDetector({
  id,
  name: 'Opsgenie API key in an Opsgenie section',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Opsgenie API and integration keys (UUIDs) under the apiKey, key or token child of an opsgenie section in YAML, JSON or object literals.',
  regex:
    /(?<![a-z0-9_-])opsgenie\\?["']?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n(?:[ \t]{1,40}[a-z0-9_"'-]{1,40}:[^\n{}]{0,200}\r?\n){0,6}[ \t]{1,40}|(?:\\?["']?[a-z0-9_]{1,40}\\?["']?[ \t]{0,4}:[^,\n{}]{0,100},[ \t]{0,4}){0,4})\\?["']?(?:api[_-]?key|key|token|integration[_-]?key|genie[_-]?key)\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?(?<secret>[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})(?![0-9a-z-])/iu,
  keywords: ['opsgenie'],
  multiline: true,
  reach: 'match',
  validate: (secret, { match, text, offset }) => {
    if (/^0{8}-/u.test(secret)) return false;
    if (text === undefined || offset === undefined) return true;
    // An inline section (`opsgenie: { apiKey: … }`) holds its key by construction.
    if (!match.includes('\n')) return true;
    // In a YAML block the key must sit inside the section: every line down to it indented deeper than `opsgenie:`.
    // The section's line start is searched back a bounded distance, so a long line stays linear.
    const start = offset + secret.length - match.length;
    let lineStart = start;
    while (lineStart > 0 && start - lineStart < 512 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
    const indent = (from: number): number => {
      let i = from;
      while (text.charAt(i) === ' ' || text.charAt(i) === '\t') i++;
      return i - from;
    };
    const own = indent(lineStart);
    const lines = text.slice(lineStart, offset).split('\n').slice(1);
    return lines.every((line) => line.trim() === '' || line.length - line.trimStart().length > own);
  },
  references: ['https://docs.opsgenie.com/docs/api-key-management'],
  samples: () => ({
    positive: [
      `opsgenie: { apiKey: ${uuid(`${id}1`)}, priority: P2 }`,
      `{"opsgenie": {"team": "billing-oncall", "apiKey": "${uuid(`${id}2`)}"}}`,
      `{ opsgenie: { region: 'eu', responders: 'billing-oncall', key: '${uuid(`${id}3`)}' } }`,
    ],
    negative: [
      `alerts:\n  opsgenie:\n    apiKey: 00000000-0000-0000-0000-000000000000`,
      `opsgenie:\n  apiKey: <opsgenie-api-key>`,
      `opsgenie:\n  teamId: ${uuid(`${id}4`)}`,
      `opsgenie:\n  enabled: false\nslack:\n  channel: "#ops"\ncache:\n  key: ${uuid(`${id}5`)}`,
    ],
  }),
});
