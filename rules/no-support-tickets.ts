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
 * Support tickets hold what customers told the vendor in confidence.
 * Reports the `support-ticket` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-support-tickets',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow support ticket URLs and ticket contents',
      category: 'support-ticket',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'support-ticket'),
});
