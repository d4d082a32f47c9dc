// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
// The repository lints itself with its own plugin, from the build: `npm run lint` builds first.
import boundaryGuard from './dist/src/eslint/index.js';

export default tseslint.config(
  {
    name: 'boundary-guard/ignores',
    ignores: ['dist/', 'hook/', 'node_modules/', 'coverage/', '.bench/', 'test/fixtures/', 'test/corpus/'],
  },
  {
    name: 'boundary-guard/js',
    ...js.configs.recommended,
  },
  {
    name: 'boundary-guard/typescript',
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'boundary-guard/javascript-untyped',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
  {
    name: 'boundary-guard/patterns-regexp',
    files: ['patterns/**/*.ts', 'src/engine/**/*.ts'],
    extends: [regexp.configs['flat/recommended']],
    rules: {
      // Token alphabets read better spelled out ([A-Za-z0-9_]) than as \w or \d.
      'regexp/prefer-w': 'off',
      'regexp/prefer-d': 'off',
      'regexp/use-ignore-case': 'off',
      // Catastrophic backtracking is a correctness bug in a detector.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    name: 'boundary-guard/eslint-rules',
    files: ['rules/**/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce) ' }],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      // Category rules report (with suggestions) through src/eslint/category-rule.ts, which this rule cannot follow.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
  {
    name: 'boundary-guard/eslint-rule-tests',
    files: ['test/rules/**/*.test.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
  },
  {
    // Dogfooding: the Boundary rules on every script of the tree. Fixtures and the corpus are ignored
    // above; detector modules and the detector and engine tests hold markers and near-miss values by design.
    name: 'boundary-guard/dogfooding',
    files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
    ignores: ['patterns/**', 'test/patterns/**', 'test/engine/**'],
    extends: [boundaryGuard.configs.recommended],
  },
  {
    name: 'boundary-guard/layering-contract',
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/**', '**/scanner/**', '**/cli/**', '**/eslint/**', '**/patterns/**', '**/rules/**'], message: 'src/contract depends on nothing else in the package.' },
          ],
        },
      ],
    },
  },
  {
    name: 'boundary-guard/layering-engine',
    files: ['src/engine/**/*.ts', 'patterns/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/scanner/**', '**/cli/**', '**/eslint/**', '**/rules/**', 'eslint', '@typescript-eslint/*', 'node:fs', 'node:fs/*', 'fs'], message: 'The engine and detectors know nothing of files, ESLint or the terminal.' },
          ],
        },
      ],
    },
  },
  {
    name: 'boundary-guard/layering-cli',
    files: ['src/scanner/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['eslint', '@typescript-eslint/*', '**/eslint/**', '**/rules/**'], message: 'The CLI never loads ESLint.' },
          ],
        },
      ],
    },
  },
);
