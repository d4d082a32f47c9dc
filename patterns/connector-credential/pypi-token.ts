import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'pypi-token';

export default defineDetector({
  id,
  name: 'PyPI API token',
  category: 'connector-credential',
  severity: 'error',
  description: 'PyPI and TestPyPI upload tokens (pypi- + a macaroon naming pypi.org): publish packages as the owner.',
  regex: /(?<![\w-])(?<secret>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\w-]{50,300})(?![\w-])/u,
  keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
  publicPrefix: /^pypi-/u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(24)),
  references: ['https://pypi.org/help/#apitoken'],
  samples: () => ({
    positive: [
      `pypi-AgEIcHlwaS5vcmc${r(`${id}1`, BASE64URL, 160)}`,
      `//upload.pypi.org/legacy/ password = pypi-AgEIcHlwaS5vcmc${r(`${id}2`, BASE64URL, 140)}`,
    ],
    negative: [
      'pypi-AgEIcHlwaS5vcmc...',
      'pypi-<your-token>',
      `pypi-AgEIcHlwaS5vcmc${r(`${id}3`, BASE64URL, 20)}`,
    ],
  }),
});
