import { defineDetector } from '../../src/engine/define-detector.js';
import { BUILT_IN_ENTRIES } from '../../src/engine/registry-data.js';
import { randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'gcp-api-key';

/**
 * Google Chat incoming webhooks all carry one public key (Google's docs), a
 * public value of the registry; their token is the secret, reported as an
 * escalation webhook.
 */
const GOOGLE_CHAT_KEY = BUILT_IN_ENTRIES.find((entry) => entry.id === 'google-chat-webhook-key')?.values?.[0] ?? '';

const KEY_BODY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export default defineDetector({
  id,
  name: 'Google Cloud API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Google Cloud and Firebase API keys (AIza + 35 characters), which bill and authorise calls to Google APIs.',
  regex: /(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/u,
  keywords: ['aiza'],
  publicPrefix: /^AIza/u,
  entropy: 3.8,
  validate: (secret) => !hasSequentialRun(secret.slice(4)),
  references: ['https://cloud.google.com/docs/authentication/api-keys'],
  samples: () => ({
    positive: [`AIzaSy${r(`${id}1`, KEY_BODY, 33)}`, `AIzaSy${r(`${id}2`, KEY_BODY, 33)}`, `AIza${r(`${id}3`, KEY_BODY, 35)}`],
    negative: [
      'AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'AIzaSy<your-api-key>',
      `AIzaSy${r(`${id}4`, KEY_BODY, 30)}`,
      'AIza[0-9A-Za-z\\-_]{35}',
      'AIzaSyA1234567890abcdefghijklmnopqrstu',
      `https://chat.googleapis.com/v1/spaces/AAAA${r(`${id}5`, KEY_BODY.slice(0, 62), 7)}/messages?key=${GOOGLE_CHAT_KEY}&token=${r(`${id}6`, KEY_BODY, 43)}%3D`,
    ],
  }),
});
