import { configErrorMessage } from '../src/eslint/category-rule.js';
import { createRule } from '../src/eslint/create-rule.js';
import { claimConfigError, scanFile } from '../src/eslint/scan-file.js';

export type MessageIds = 'invalidDirective' | 'invalidConfig';
export type Options = [];

/**
 * An inline allow directive suppresses nothing unless it names known
 * detector or category ids and gives a reason; `boundary-guard scan` fails on
 * one that does not, and so does this rule, with the scanner's message (which
 * never repeats what the directive holds). Files where the config allows
 * malformed directives (a suppression of `invalid-directive`) are left alone.
 * It shares the category rules' scan of the file, and reports a config that
 * cannot be read like they do.
 */
export default createRule<Options, MessageIds>({
  name: 'valid-allow-directives',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a known detector or category id and a reason in every inline allow directive',
      category: 'config',
      recommended: true,
    },
    messages: {
      invalidDirective: '{{message}}',
      invalidConfig: '{{message}}',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    const root = (sourceCode.ast as { type: string }).type;
    return {
      [root]() {
        const scan = scanFile(context);
        if (claimConfigError(scan, sourceCode.ast)) {
          context.report({ loc: { line: 1, column: 0 }, messageId: 'invalidConfig', data: { message: configErrorMessage(scan) } });
        }
        let lineStarts: number[] | undefined;
        for (const problem of scan.problems) {
          // The engine's 1-based line and column (lines end at \n) as an offset, placed in the language's own terms.
          lineStarts ??= [0, ...[...sourceCode.text.matchAll(/\n/gu)].map((m) => m.index + 1)];
          const offset = (lineStarts[problem.line - 1] ?? 0) + problem.column - 1;
          context.report({ loc: sourceCode.getLocFromIndex(offset), messageId: 'invalidDirective', data: { message: problem.message } });
        }
      },
    };
  },
});
