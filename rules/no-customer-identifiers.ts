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
 * Customer identifiers belong to customers, never to a public repository.
 * Reports the `customer-identifier` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-customer-identifiers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow real-looking customer, tenant and account identifiers, names and emails',
      category: 'customer-identifier',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'customer-identifier'),
});
