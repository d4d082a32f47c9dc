// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  {
    name: 'boundary-guard/ignores',
    ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/', 'test/fixtures/', 'test/corpus/'],
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
