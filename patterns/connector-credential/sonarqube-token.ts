import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { vendorKeyContext } from './support/vendor-context.js';

const id = 'sonarqube-token';

const context = vendorKeyContext({ vendor: 'sonar(?:qube|cloud)?', key: String.raw`(?:(?:auth|access|api|user)[_.-]?)?token|login` });

export default defineDetector({
  id,
  name: 'SonarQube / SonarCloud token',
  category: 'connector-credential',
  severity: 'error',
  description: 'SonarQube user, project and global analysis tokens (squ_, sqp_, sqa_ + 40 hex), and SonarCloud and legacy SonarQube tokens (40 hex) under a SONAR_TOKEN or sonar.login/sonar.token key.',
  regex: new RegExp(String.raw`(?:(?<![\w-])(?=sq[upa]_)|${context})(?<secret>sq[upa]_[a-f0-9]{40}|[a-f0-9]{40})(?![\w-])`, 'iu'),
  keywords: ['squ_', 'sqp_', 'sqa_', 'sonar'],
  publicPrefix: /^sq[upa]_/u,
  multiline: true,
  reach: 'match',
  entropy: 3,
  validate: (secret) => {
    const body = secret.replace(/^sq[upa]_/iu, '');
    return /^[a-f0-9]{40}$/u.test(body) && /[a-f]/u.test(body) && /\d/u.test(body) && !hasSequentialRun(body, 6);
  },
  references: ['https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/', 'https://docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens/'],
  samples: () => ({
    positive: [
      `squ_${r(`${id}1`, HEX, 40)}`,
      `sqp_${r(`${id}2`, HEX, 40)}`,
      { key: 'SONAR_TOKEN', value: `sqa_${r(`${id}3`, HEX, 40)}` },
      { key: 'SONAR_TOKEN', value: r(`${id}4`, HEX, 40) },
      `mvn sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=${r(`${id}5`, HEX, 40)}`,
    ],
    negative: [
      { key: 'SONAR_TOKEN', value: '<token>' },
      `squ_${'0'.repeat(40)}`,
      `squ_${r(`${id}6`, HEX, 32)}`,
      // 40 hex digits without Sonar beside them (a git object id).
      { key: 'commit', value: r(`${id}7`, HEX, 40) },
      { key: 'sonar.projectKey', value: r(`${id}8`, HEX, 40) },
    ],
  }),
});
