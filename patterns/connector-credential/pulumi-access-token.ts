import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'pulumi-access-token';

export default defineDetector({
  id,
  name: 'Pulumi access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Pulumi Cloud personal, team and organization access tokens (pul- + 40 hex characters).',
  regex: /(?<![\w.-])(?<secret>pul-[0-9a-f]{40})(?![\w.-])/u,
  keywords: ['pul-'],
  publicPrefix: /^pul-/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(4)),
  references: ['https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/'],
  samples: () => ({
    positive: [
      `pul-${r(`${id}1`, HEX, 40)}`,
      { key: 'PULUMI_ACCESS_TOKEN', value: `pul-${r(`${id}2`, HEX, 40)}` },
    ],
    negative: [
      `pul-${'0'.repeat(40)}`,
      'pul-<access-token>',
      `pul-${r(`${id}3`, HEX, 24)}`,
      // Upper-case hex is not issued.
      `pul-${r(`${id}4`, HEX, 40).toUpperCase()}`,
      `hopul-${r(`${id}5`, HEX, 40)}`,
    ],
  }),
});
