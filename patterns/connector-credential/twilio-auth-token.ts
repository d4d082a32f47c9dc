import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'twilio-auth-token';

export default defineDetector({
  id,
  name: 'Twilio auth token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Twilio auth tokens (32 hex digits) under a Twilio auth-token key, or following an account SID (AC + 32 hex) within a few lines in a file that mentions Twilio.',
  // An account SID alone is an identifier; the 32-hex value after it is the secret.
  regex:
    /(?:(?<![A-Za-z0-9])AC[a-f0-9]{32}(?![A-Za-z0-9])[\s\S]{1,300}?|(?<![A-Za-z0-9])(?:TWILIO|[Tt]wilio)[\w.-]{0,20}?(?:AUTH|[Aa]uth)[_.-]?(?:TOKEN|[Tt]oken)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<![A-Za-z0-9])(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])/u,
  keywords: ['twilio'],
  // File-wide: the SID and the token usually sit on neighbouring lines.
  multiline: true,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret, 5),
  references: ['https://www.twilio.com/docs/iam/credentials/api', 'https://www.twilio.com/docs/usage/security#credentials'],
  samples: () => ({
    positive: [
      { key: 'TWILIO_AUTH_TOKEN', value: r(`${id}1`, HEX, 32) },
      `from twilio.rest import Client\naccount_sid = "AC${r(`${id}2`, HEX, 32)}"\nauth_token = "${r(`${id}3`, HEX, 32)}"\nclient = Client(account_sid, auth_token)`,
      { key: 'twilio_credentials', value: `AC${r(`${id}4`, HEX, 32)}:${r(`${id}5`, HEX, 32)}` },
    ],
    negative: [
      { key: 'TWILIO_AUTH_TOKEN', value: 'your_auth_token' },
      { key: 'TWILIO_AUTH_TOKEN', value: '00000000000000000000000000000000' },
      // An account SID alone is an identifier.
      { key: 'TWILIO_ACCOUNT_SID', value: `AC${r(`${id}6`, HEX, 32)}` },
      `from twilio.rest import Client\naccount_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"\nauth_token = "your_auth_token"`,
      // Message SIDs after an account SID are not tokens.
      { key: 'twilio_message', value: `AC${r(`${id}7`, HEX, 32)} SM${r(`${id}8`, HEX, 32)}` },
    ],
  }),
});
