import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64, randomString as r } from '../support/sample-builder.js';

const id = 'aws-session-token';

export default defineDetector({
  id,
  name: 'AWS session token',
  category: 'connector-credential',
  severity: 'error',
  description: 'AWS STS session tokens (long base64) under an aws_session_token, AWS_SESSION_TOKEN or SessionToken key: with the temporary key pair they act as the role.',
  regex:
    /(?<![a-z0-9])(?:aws[_.-]?)?session[_.-]?token\\?["'`]?(?:[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4}|[ \t]{1,4})\\?["'`]?(?<secret>(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz|AQoDYXdz)[a-z0-9/+]{80,2000}={0,2})(?![a-z0-9/+=])/iu,
  keywords: ['session_token', 'sessiontoken', 'session-token', 'session.token'],
  entropy: 4.5,
  references: ['https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html', 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html'],
  samples: () => ({
    positive: [
      { key: 'aws_session_token', value: `IQoJb3JpZ2luX2Vj${r(`${id}1`, BASE64, 600)}` },
      { key: 'SessionToken', value: `FwoGZXIvYXdz${r(`${id}2`, BASE64, 300)}` },
      { key: 'AWS_SESSION_TOKEN', value: `IQoJb3JpZ2luX2Vj${r(`${id}3`, BASE64, 900)}==` },
    ],
    negative: [
      { key: 'aws_session_token', value: '${AWS_SESSION_TOKEN}' },
      { key: 'aws_session_token', value: 'IQoJb3JpZ2luX2VjEXAMPLETOKEN' },
      // A session token of another kind (not STS-shaped).
      { key: 'session_token', value: r(`${id}4`, BASE64, 300) },
      { key: 'AWS_SESSION_TOKEN', value: `IQoJb3JpZ2luX2Vj${'A'.repeat(200)}` },
    ],
  }),
});
