import { defineDetector } from '../../src/engine/define-detector.js';
import { randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'gcp-api-key';

/**
 * Google Chat incoming webhooks all carry this public key (Google's docs);
 * their token is the secret, reported as an escalation webhook.
 */
const GOOGLE_CHAT_KEY = 'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI';

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
  validate: (secret) => secret !== GOOGLE_CHAT_KEY && !hasSequentialRun(secret.slice(4)),
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
