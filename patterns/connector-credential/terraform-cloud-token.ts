import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'terraform-cloud-token';

export default defineDetector({
  id,
  name: 'Terraform Cloud token',
  category: 'connector-credential',
  severity: 'error',
  description: 'HCP Terraform / Terraform Enterprise user, team and organisation API tokens (14 characters + .atlasv1. + ~67 characters).',
  regex: /(?<![\w.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[\w-]{60,70})(?![\w.-])/u,
  keywords: ['.atlasv1.'],
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(23)),
  references: ['https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens'],
  samples: () => ({
    positive: [
      `${r(`${id}1`, ALPHA_NUM, 14)}.atlasv1.${r(`${id}2`, BASE64URL, 67)}`,
      `credentials "app.terraform.io" { token = "${r(`${id}3`, ALPHA_NUM, 14)}.atlasv1.${r(`${id}4`, BASE64URL, 67)}" }`,
    ],
    negative: [
      `xxxxxxxxxxxxxx.atlasv1.${'x'.repeat(67)}`,
      '<token>.atlasv1.<rest>',
      `${r(`${id}5`, ALPHA_NUM, 14)}.atlasv1.${r(`${id}6`, BASE64URL, 30)}`,
    ],
  }),
});
