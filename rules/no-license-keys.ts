import {
  CATEGORY_DEFAULT_OPTIONS,
  CATEGORY_MESSAGES,
  CATEGORY_SCHEMA,
  categoryListener,
  type CategoryMessageIds,
  type CategoryOptions,
} from '../src/eslint/category-rule.js';
import { createRule } from '../src/eslint/create-rule.js';

export type MessageIds = CategoryMessageIds;
export type Options = CategoryOptions;

/**
 * A licence key in a public tree unlocks the paid edition for anyone who reads it.
 * Reports the `license-key` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-license-keys',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow product licence keys, signed licence tokens and licence-signing secrets',
      category: 'license-key',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'license-key'),
});
