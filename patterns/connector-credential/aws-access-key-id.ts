import { defineDetector } from '../../src/engine/define-detector.js';
import { randomString as r } from '../support/sample-builder.js';
import { AWS_BASE32, MAX_AWS_ACCOUNT, awsAccountOfKeyId } from './support/aws.js';

const id = 'aws-access-key-id';

/** A key id built at run time whose body decodes to a plausible account. */
function keyId(prefix: string, seed: string): string {
  for (let i = 0; ; i++) {
    const candidate = `${prefix}${r(`${seed}:${i}`, AWS_BASE32, 16)}`;
    if ((awsAccountOfKeyId(candidate) ?? Infinity) <= MAX_AWS_ACCOUNT) return candidate;
  }
}

export default defineDetector({
  id,
  name: 'AWS access key id',
  category: 'connector-credential',
  severity: 'error',
  description: 'AWS access key ids (AKIA long-term, ASIA temporary, ABIA/ACCA service credentials) with a base32 body that decodes to a valid account.',
  regex: /(?<![A-Za-z0-9])(?<secret>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/u,
  keywords: ['akia', 'asia', 'abia', 'acca'],
  entropy: 3,
  // Cheap structure check: the body must decode to a 12-digit account number.
  validate: (secret) => {
    if (!secret.startsWith('AKIA') && !secret.startsWith('ASIA')) return true;
    return (awsAccountOfKeyId(secret) ?? Infinity) <= MAX_AWS_ACCOUNT;
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html',
  ],
  samples: () => ({
    positive: [keyId('AKIA', `${id}1`), keyId('ASIA', `${id}2`), keyId('AKIA', `${id}3`)],
    negative: [
      // AWS's documented example ids.
      'AKIAIOSFODNN7EXAMPLE',
      'AKIAI44QH8DHBEXAMPLE',
      'AKIAXXXXXXXXXXXXXXXX',
      // 0, 1, 8 and 9 are not base32 digits.
      'AKIA0123456789018989',
      // Decodes to an account number above 999999999999.
      'AKIA7777777777ABCDEF',
      'Asia/Kolkata',
    ],
  }),
});
