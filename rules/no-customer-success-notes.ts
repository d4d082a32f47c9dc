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
 * Customer-success notes are private judgements about named customers.
 * Reports the `customer-success-note` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-customer-success-notes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow account notes, health scores and renewal or churn notes about a customer',
      category: 'customer-success-note',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'customer-success-note'),
});
