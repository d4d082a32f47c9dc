/**
 * Rule testers wired to vitest. `runTs` (typescript-eslint's RuleTester) runs the
 * JS, TS and JSX cases; `runLanguages` (ESLint's own RuleTester) runs
 * the JSON and Markdown cases through the @eslint/json and @eslint/markdown
 * languages, which typescript-eslint's tester cannot host.
 */
import json from '@eslint/json';
import markdown from '@eslint/markdown';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as EslintRuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// ESLint's tester reads the same hooks as static properties.
const hooks = EslintRuleTester as unknown as { describe: unknown; it: unknown; itOnly: unknown };
hooks.describe = describe;
hooks.it = it;
hooks.itOnly = it.only;

export { RuleTester };

/** Test cases of typescript-eslint's tester, typed loosely enough for any of our rules. */
type TsTests = Parameters<RuleTester['run']>[2];
/** Test cases of ESLint's tester. */
type LanguageTests = Parameters<EslintRuleTester['run']>[2];

/**
 * Runs JS, TS and JSX cases with typescript-eslint's tester (JSX on).
 * The cast bridges the tester's own copy of @typescript-eslint/utils types.
 */
export function runTs(name: string, rule: object, tests: TsTests): void {
  new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }).run(name, rule as never, tests);
}

/**
 * Runs JSON and Markdown cases with ESLint's tester, the @eslint/json and
 * @eslint/markdown plugins registered; each case picks its `language`.
 */
export function runLanguages(name: string, rule: object, tests: LanguageTests): void {
  new EslintRuleTester({ plugins: { json, markdown } }).run(name, rule as never, tests);
}
