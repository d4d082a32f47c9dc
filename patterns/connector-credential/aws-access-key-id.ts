import { defineDetector } from '../../src/engine/define-detector.js';
import { randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'aws-access-key-id';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export default defineDetector({
  id,
  name: 'AWS access key id',
  category: 'connector-credential',
  severity: 'error',
  description: 'AWS access key ids (AKIA long-term, ASIA temporary, ABIA/ACCA service credentials) with a 16-character base32 body.',
  regex: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/u,
  keywords: ['akia', 'asia', 'abia', 'acca'],
  publicPrefix: /^(?:AKIA|ASIA|ABIA|ACCA)/u,
  entropy: 3,
  // Cheap structure check: a base32 body (no 0, 1, 8, 9) that is neither a run nor an upper-case word.
  validate: (secret) => {
    const body = secret.slice(4);
    if (hasSequentialRun(body, 5)) return false;
    return /[2-7]/u.test(body) || (body.match(/[AEIOU]/gu)?.length ?? 0) / body.length < 0.3;
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html',
  ],
  samples: () => ({
    positive: [`AKIA${r(`${id}1`, BASE32, 16)}`, `ASIA${r(`${id}2`, BASE32, 16)}`, { key: 'aws_access_key_id', value: `AKIA${r(`${id}3`, BASE32, 16)}` }],
    negative: [
      // AWS's documented example ids.
      'AKIAIOSFODNN7EXAMPLE',
      'AKIAI44QH8DHBEXAMPLE',
      'AKIAXXXXXXXXXXXXXXXX',
      // 0, 1, 8 and 9 are not base32 digits.
      'AKIA0123456789018989',
      // Upper-case words, not a base32 body.
      'ASIAPACIFICSOUTHEAST',
      'Asia/Kolkata',
    ],
  }),
});
