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
 * Production dashboard links map the private operation and often carry tenant filters.
 * Reports the `dashboard-url` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-dashboard-urls',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow links to production dashboards and internal or production hosts',
      category: 'dashboard-url',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'dashboard-url'),
});
