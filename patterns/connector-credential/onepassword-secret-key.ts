import { defineDetector } from '../../src/engine/define-detector.js';
import { randomString as r } from '../support/sample-builder.js';

const id = 'onepassword-secret-key';

/** The characters of a 1Password Secret Key: upper-case letters and digits without the look-alikes. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTVWXYZ23456789';

/** A Secret Key as the Emergency Kit prints it: A3, the account's six characters, then 26 more in groups. */
const secretKey = (seed: string, joined = false): string => {
  const part = (n: number, k: number): string => r(`${seed}${n}`, ALPHABET, k);
  return joined
    ? `A3-${part(1, 6)}-${part(2, 11)}-${part(3, 5)}-${part(4, 5)}-${part(5, 5)}`
    : `A3-${part(1, 6)}-${part(2, 6)}-${part(3, 5)}-${part(4, 5)}-${part(5, 5)}-${part(6, 5)}`;
};

export default defineDetector({
  id,
  name: '1Password Secret Key',
  category: 'connector-credential',
  severity: 'error',
  description: "1Password account Secret Keys (A3- and 34 characters in dash-separated groups): with the account password they open every vault of the account.",
  // Two printed layouts: 6-6-5-5-5-5 (Emergency Kit) and 6-11-5-5-5.
  regex: /(?<![A-Za-z0-9-])(?<secret>A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/u,
  keywords: ['a3-'],
  publicPrefix: /^A3-/u,
  entropy: 3.5,
  references: ['https://support.1password.com/secret-key-security/', 'https://support.1password.com/emergency-kit/'],
  samples: () => ({
    positive: [secretKey(`${id}1`), secretKey(`${id}2`, true), { key: 'OP_SECRET_KEY', value: secretKey(`${id}3`) }],
    negative: [
      'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
      'A3-AAAAAA-BBBBBB-CCCCC-DDDDD-EEEEE-FFFFF',
      // Too few groups: a part or revision number.
      `A3-${r(`${id}4`, ALPHABET, 6)}-${r(`${id}5`, ALPHABET, 5)}`,
    ],
  }),
});
