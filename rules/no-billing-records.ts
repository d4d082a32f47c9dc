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
 * Billing records are customer data and payment data at once.
 * Reports the `billing-record` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-billing-records',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow invoices, charges, card numbers, IBANs and amounts tied to a customer',
      category: 'billing-record',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'billing-record'),
});
