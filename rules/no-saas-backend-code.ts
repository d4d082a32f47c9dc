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
 * The hosted service's implementation is private; only its request and response shapes are public.
 * Reports the `saas-backend-code` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-saas-backend-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow hosted-service implementation code and its markers',
      category: 'saas-backend-code',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'saas-backend-code'),
});
