import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { mixesCaseAndDigits } from './support/vendor-context.js';

const id = 'bitbucket-app-password';

export default defineDetector({
  id,
  name: 'Bitbucket app password',
  category: 'connector-credential',
  severity: 'error',
  description: 'Bitbucket Cloud app passwords (ATBB + 32 letters and digits): with the username they read and write the account\'s repositories and pull requests.',
  regex: /(?<![\w-])(?<secret>ATBB[A-Za-z0-9]{32})(?![\w-])/u,
  keywords: ['atbb'],
  entropy: 3.8,
  validate: (secret) => mixesCaseAndDigits(secret.slice(4)) && !hasSequentialRun(secret.slice(4)),
  references: ['https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/', 'https://support.atlassian.com/bitbucket-cloud/docs/using-app-passwords/'],
  samples: () => ({
    positive: [
      `ATBB${r(`${id}1`, ALPHA_NUM, 24)}${r(`${id}2`, '0123456789ABCDEF', 8)}`,
      `git clone https://ci-bot:ATBB${r(`${id}3`, ALPHA_NUM, 24)}${r(`${id}4`, '0123456789ABCDEF', 8)}@bitbucket.org/team/repo.git`,
    ],
    negative: ['ATBB<app-password>', `ATBB${'x'.repeat(32)}`, `ATBB${r(`${id}5`, ALPHA_NUM, 20)}`, `ATBB${r(`${id}6`, ALPHA_NUM, 40)}`],
  }),
});
