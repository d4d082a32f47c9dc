import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'gitlab-token';

/** Prefixes GitLab puts on its tokens (personal, deploy, runner, trigger, OAuth, CI job, feed, SCIM, …). */
const PREFIXES = ['glpat-', 'gldt-', 'glrt-', 'glptt-', 'gloas-', 'glcbt-', 'glimt-', 'glft-', 'glsoat-', 'glagent-', 'glffct-', 'glwt-'];

export default defineDetector({
  id,
  name: 'GitLab token',
  category: 'connector-credential',
  severity: 'error',
  description: 'GitLab personal, project, group, deploy, runner, pipeline-trigger and OAuth tokens (glpat-, gldt-, glrt-, glptt-, …) and runner registration tokens (GR1348941).',
  // Legacy bodies are 20 characters; routable tokens are a base64url payload, an optional `.` + version and a `.` + length + CRC suffix.
  regex:
    /(?<![A-Za-z0-9_-])(?<secret>gl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|soat|agent|ffct|wt)-[A-Za-z0-9_-]{20,300}(?:(?:\.[0-9a-z]{2})?\.[0-9a-z]{9})?|GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/u,
  keywords: [...PREFIXES, 'gr1348941'],
  publicPrefix: /^(?:gl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|soat|agent|ffct|wt)-|GR1348941)/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret),
  references: ['https://docs.gitlab.com/security/tokens/#token-prefixes', 'https://docs.gitlab.com/administration/settings/account_and_limit_settings/#personal-access-token-prefix'],
  samples: () => ({
    positive: [
      `glpat-${r(`${id}1`, ALPHA_NUM, 20)}`,
      `glpat-${r(`${id}2`, ALPHA_NUM, 36)}.01.${r(`${id}3`, LOWER_NUM, 9)}`,
      `glrt-t1_${r(`${id}8`, ALPHA_NUM, 30)}.0r${r(`${id}9`, LOWER_NUM, 7)}`,
      `gldt-${r(`${id}4`, ALPHA_NUM, 20)}`,
      `glptt-${r(`${id}5`, HEX, 40)}`,
      `GR1348941${r(`${id}6`, ALPHA_NUM, 20)}`,
    ],
    negative: [
      'glpat-xxxxxxxxxxxxxxxxxxxx',
      'glpat-<your-personal-access-token>',
      'glpat-1234567890abcdefghij',
      // Too short.
      `glrt-${r(`${id}7`, ALPHA_NUM, 12)}`,
      'GR1348941XXXXXXXXXXXXXXXXXXXX',
      '/glpat-[0-9a-zA-Z_-]{20}/',
    ],
  }),
});
