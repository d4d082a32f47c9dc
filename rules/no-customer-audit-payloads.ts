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
 * Audit events name real people, addresses and tenants.
 * Reports the `customer-audit-payload` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-customer-audit-payloads',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow audit-log events with real actors, IP addresses and tenant ids',
      category: 'customer-audit-payload',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'customer-audit-payload'),
});
