/**
 * A flat config that lints JS/TS (typescript-eslint's parser), JSON
 * (@eslint/json) and Markdown (@eslint/markdown) with one of the plugin's
 * configs, as a consumer would write it.
 */
import json from '@eslint/json';
import markdown from '@eslint/markdown';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../src/eslint/index.js';

/** Extensions linted as JS/TS. */
export const SCRIPT_EXTENSIONS = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'mts', 'cts'] as const;

/** True when the plugin's category rules lint a file of this path in {@link lintConfig}. */
export const isLintable = (path: string): boolean => /\.(?:[cm]?[jt]sx?|json|md)$/u.test(path);

/** The config: the parser for scripts, the JSON and Markdown languages, and the plugin's `config`. */
export function lintConfig(config: 'all' | 'recommended' = 'all'): Linter.Config[] {
  return [
    {
      name: 'test/scripts',
      files: SCRIPT_EXTENSIONS.map((ext) => `**/*.${ext}`),
      languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    plugin.configs[config] as unknown as Linter.Config,
    { name: 'test/json', files: ['**/*.json'], language: 'json/json', plugins: { json } },
    { name: 'test/markdown', files: ['**/*.md'], language: 'markdown/gfm', plugins: { markdown } },
  ];
}
