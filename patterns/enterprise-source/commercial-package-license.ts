import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'commercial-package-license';

/**
 * Package manifests that declare a commercial or proprietary licence: npm's
 * `"license": "COMMERCIAL"`, `"UNLICENSED"` (no licence granted) or
 * `"PROPRIETARY"` (a double-quoted JSON key: an object literal's
 * `license: 'commercial'` describes something else), Python's `license = "Proprietary"` (or under `text`) and
 * the `License :: Other/Proprietary License` classifier. Such a package is
 * private source inside a public tree. Open licences, and the words in
 * prose, are not.
 */
export default defineDetector({
  id,
  name: 'Commercial package licence',
  category: 'enterprise-source',
  severity: 'error',
  description: 'Package manifests (package.json, pyproject.toml, setup.cfg) that declare a commercial, proprietary or unlicensed package.',
  regex:
    /(?:(?:\\?"license\\?"[ \t]{0,4}:|\blicense[ \t]{0,4}=)[ \t]{0,4}(?:\{[ \t]{0,4}text[ \t]{0,4}=[ \t]{0,4})?\\?["'](?<secret>commercial|unlicensed|proprietary)\\?["']|(?<classifier>License[ \t]::[ \t]Other\/Proprietary[ \t]License))/iu,
  keywords: ['license'],
  keywordContext: /license\\?"?[ \t]{0,4}[:=]/iu,
  samples: () => ({
    positive: [
      '{ "name": "@northbridge/billing-ledger", "version": "3.1.0", "license": "COMMERCIAL" }',
      '{ "name": "@northbridge/audit-store", "private": true, "license": "UNLICENSED" }',
      'license = { text = "Proprietary" }',
      'classifiers = ["License :: Other/Proprietary License"]',
    ],
    negative: [
      '{ "name": "@cavra/boundary-guard", "license": "Apache-2.0" }',
      'license = "MIT"',
      'A commercial license is available from the vendor.',
      'licenseType: commercial',
      "{ id: 'hipaa-audit', tier: 'enterprise', license: 'commercial' }",
    ],
  }),
});
