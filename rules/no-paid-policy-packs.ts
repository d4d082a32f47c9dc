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
 * Paid policy packs are the product that the public edition does not ship.
 * Reports the `paid-policy-pack` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-paid-policy-packs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow paid or enterprise policy pack files and their markers',
      category: 'paid-policy-pack',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'paid-policy-pack'),
});
