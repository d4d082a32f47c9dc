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
/** The object around `offset` is the value of a path key, as in package-lock.json's `packages` map. */
function inLockEntry(text: string, offset: number): boolean {
  let depth = 0;
  for (let i = offset - 1, floor = Math.max(0, offset - 4096); i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 125 /* } */) depth++;
    else if (c === 123 /* { */) {
      if (depth === 0) return /"(?:node_modules\/|[^"\n]{0,200}\/)[^"\n]{0,200}"[ \t]{0,4}:[ \t]{0,4}$/u.test(text.slice(Math.max(0, i - 300), i));
      depth--;
    }
  }
  return false;
}

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
  // A lock file repeats every package's manifest under its path (`"node_modules/x": {…}`, `"packages/ee": {…}`): the
  // manifest itself is the finding, the lock file's copy is not.
  validate: (_secret, { text, offset }) => text === undefined || offset === undefined || !inLockEntry(text, offset),
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
      // A lock file's copy of a workspace package's manifest.
      '"packages/ee": {\n  "name": "@northbridge/ee",\n  "license": "COMMERCIAL"\n}',
    ],
  }),
});
