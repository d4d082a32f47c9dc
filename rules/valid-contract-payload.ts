import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { RuleFixer } from '@typescript-eslint/utils/ts-eslint';
import { checkContractLiteral } from '../src/eslint/contract-payload.js';
import { createRule } from '../src/eslint/create-rule.js';

export type MessageIds = 'invalidPayload' | 'renameKey';
export type Options = [];

/** Text that renames a key node, keeping its quoting. */
function renamedKey(key: TSESTree.Node, name: string, raw: string): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return `${raw.charAt(0)}${name}${raw.charAt(0)}`;
  return undefined;
}

/**
 * Object literals that carry the `saas_operating_automation` contract's
 * `schema_version` (or its `operation` beside other envelope keys) are checked
 * with the contract validators: unknown checks, invalid statuses, missing
 * fields and misspelled keys are found in the editor, before a test or a
 * consumer trips on them. Non-literal values are not judged.
 */
export default createRule<Options, MessageIds>({
  name: 'valid-contract-payload',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require object literals of the saas_operating_automation contract to match its request and response shapes',
      category: 'contract',
      recommended: false,
    },
    hasSuggestions: true,
    messages: {
      invalidPayload: 'saas_operating_automation {{kind}}: {{message}}',
      renameKey: 'Rename {{from}} to {{to}}',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    if ((sourceCode.ast as { type: string }).type !== 'Program') return {};
    return {
      ObjectExpression(node) {
        for (const { error, kind, target, exact, rename } of checkContractLiteral(node)) {
          const data = { kind, message: error.message };
          const key = target.key;
          const replacement = rename !== undefined && key ? renamedKey(key, rename, sourceCode.getText(key)) : undefined;
          const suggest =
            replacement === undefined || !key
              ? []
              : [
                  {
                    messageId: 'renameKey' as const,
                    data: { from: sourceCode.getText(key), to: rename },
                    fix: (fixer: RuleFixer) => fixer.replaceText(key, replacement),
                  },
                ];
          if (exact) {
            context.report({ node: target.node, messageId: 'invalidPayload', data, suggest });
          } else {
            // A missing key: point at the key of the object that lacks it, or at its opening brace.
            const start = (key ?? target.node).loc.start;
            const end = key ? key.loc.end : { line: start.line, column: start.column + 1 };
            context.report({ loc: { start, end }, messageId: 'invalidPayload', data });
          }
        }
      },
    };
  },
});
