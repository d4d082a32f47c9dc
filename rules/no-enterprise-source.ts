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
 * Enterprise source stays in the private repository; the public contract describes it, never contains it.
 * Reports the `enterprise-source` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-enterprise-source',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow proprietary licence headers, private package references and enterprise source markers',
      category: 'enterprise-source',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'enterprise-source'),
});
