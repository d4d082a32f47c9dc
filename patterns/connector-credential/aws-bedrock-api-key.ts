import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { BASE64, DIGITS, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'aws-bedrock-api-key';

/** A long-term key: ABSK + base64 of "BedrockAPIKey-<id>-at-<account>:<secret>". */
const longTerm = (seed: string): string =>
  `ABSK${Buffer.from(`BedrockAPIKey-${r(`${seed}a`, LOWER_NUM, 4)}-at-${r(`${seed}b`, DIGITS, 12)}:${r(`${seed}c`, BASE64, 56)}`).toString('base64')}`;

/** A short-term key: bedrock-api-key- + base64 of a presigned Bedrock URL. */
const shortTerm = (seed: string): string =>
  `bedrock-api-key-${Buffer.from(
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${r(`${seed}a`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${r(`${seed}b`, BASE64, 120)}&X-Amz-Signature=${r(`${seed}c`, HEX, 64)}&Version=1`,
  ).toString('base64')}`;

export default defineDetector({
  id,
  name: 'Amazon Bedrock API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Amazon Bedrock API keys: long-term keys (ABSK + base64 of BedrockAPIKey-…:secret) and short-term keys (bedrock-api-key- + a base64 presigned URL), checked by decoding; they call Bedrock models billed to the account.',
  regex: /(?<![\w+/-])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,400}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,4000}={0,2})(?![\w+/=-])/u,
  keywords: ['absk', 'bedrock-api-key-'],
  validate: (secret) => {
    const long = secret.startsWith('ABSK');
    const text = decodeBase64(long ? secret.slice(4) : secret.slice('bedrock-api-key-'.length))?.toString('latin1') ?? '';
    return long ? /^BedrockAPIKey-[\w-]{1,40}-at-\d{12}:[A-Za-z0-9+/=]{20,}$/u.test(text) : text.includes('X-Amz-Signature=') && !/x{6}|<|example/iu.test(text);
  },
  references: ['https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html', 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-generate.html'],
  samples: () => ({
    positive: [longTerm(`${id}1`), { key: 'AWS_BEARER_TOKEN_BEDROCK', value: longTerm(`${id}2`) }, shortTerm(`${id}3`)],
    negative: [
      'ABSKQmVkcm9ja0FQSUtleS0...',
      { key: 'AWS_BEARER_TOKEN_BEDROCK', value: '<your-bedrock-api-key>' },
      // Base64 that decodes to something else.
      `ABSKQmVkcm9ja0FQSUtleS${r(`${id}4`, BASE64, 120)}`,
      `bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${r(`${id}5`, BASE64, 60)}`,
    ],
  }),
});
