import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { alternation } from './support/alternation.js';
import { isMarkdownProse } from './support/import-site.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

const id = 'private-package-import';

const PYTHON_MODULE = /^[a-z_][a-z0-9_]*$/u;

/**
 * Uses of private packages (settings.privatePackages): JS/TS `import … from`,
 * `import()`, `require()` and `jest.mock()`, Python `from … import` and
 * `import …`, package.json dependency entries, pip requirement lines, and
 * manifests (package.json, composer.json, pyproject.toml) whose own name is
 * a private package.
 * A name that merely appears (a settings list, a sentence, Markdown prose)
 * is not a use.
 */
export default function privatePackageImport(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const names = [...new Set(settings.privatePackages.map((n) => n.toLowerCase()))]
    .filter((n) => /^@?[a-z0-9][a-z0-9._/-]{0,100}$/u.test(n))
    .sort((a, b) => b.length - a.length);
  const python = names.filter((n) => PYTHON_MODULE.test(n));
  const any = alternation(names);
  const py = alternation(python);
  const first = names.find((n) => n.startsWith('@')) ?? names[0] ?? 'private';
  const firstPython = python[0] ?? 'private_pkg';
  const source =
    // How the name is introduced: a code import (quoted), a Python import, a manifest's own name, or a quote / line start (dependencies).
    `(?:(?<code>\\b(?:from|import|require|mock)[ \\t]*(?:\\([ \\t]*)?\\\\?["'\`])|(?<named>\\bname\\\\?["']?[ \\t]{0,4}[:=][ \\t]{0,4}\\\\?["'])|(?<py>\\b(?:from|import)[ \\t]+)(?=${py}(?![\\w-]))|(?<quote>\\\\?["']|^[ \\t]*|[ \\t=]))` +
    `(?<secret>${any}(?:[/.-][a-z0-9][\\w./-]{0,100})?)` +
    // How it ends: a package.json version, a closing quote, a pip version operator, or nothing (Python).
    `(?<trail>\\\\?["'\`][ \\t]{0,4}:[ \\t]{0,4}\\\\?"(?:[~^<>=]{0,2}[0-9*]|workspace:|file:|link:|npm:|git\\+|github:|latest)|\\\\?["'\`]|(?:\\[[\\w,-]{1,60}\\])?[ \\t]*(?:==|>=|~=|<=|!=)|(?![\\w.-]))`;
  return defineDetector({
    id,
    name: 'Private package import',
    category: 'enterprise-source',
    severity: 'error',
    description: `Imports, requires and dependency entries of private packages (${names.join(', ')}).`,
    regex: new RegExp(source, 'imu'),
    keywords: names,
    validate: (secret, { groups, syntax, text, offset }) => {
      // Markdown prose only names a package. (In a file inside a private tree a package import is still one: a private
      // tree's files that reach the public tree pull their private packages with them.)
      if (syntax === 'markdown' && isMarkdownProse(text, offset)) return false;
      const trail = groups.trail ?? '';
      // A manifest named after a private package (package.json, composer.json, pyproject.toml) is that package's source.
      if (groups.code !== undefined || groups.named !== undefined) return /^\\?["'`]$/u.test(trail) && /[a-z0-9]$/iu.test(secret);
      if (groups.py !== undefined) return trail === '' && /^[a-z_][\w.]*$/iu.test(secret);
      return trail.includes(':') || /[=~<>!]/u.test(trail);
    },
    samples: () => ({
      positive: [
        `import { EntitlementClient } from '${first}/entitlements';`,
        `const audit = require('${first}/audit-store');`,
        `from ${firstPython}.policy_packs import load_pack`,
        `"${first}/billing-monitor": "^2.3.1"`,
        `${python[0]?.replace(/_/gu, '-') ?? first}==2.4.1`,
        { key: 'package', value: `{ "name": "${first}/policy-pack-hipaa", "version": "2.0.3" }` },
      ],
      negative: [
        `privatePackages: ['${first}', '${names[1] ?? first}']`,
        "import { scanText } from '@cavra/boundary-guard';",
        `Private npm scopes (\`${first}\`) stay out of the public tree.`,
        `import x from '${first}/...';`,
        `from ${firstPython}_docs import build`,
        { key: 'package', value: '{ "name": "@cavra/boundary-guard", "version": "0.1.0" }' },
      ],
    }),
  });
}
