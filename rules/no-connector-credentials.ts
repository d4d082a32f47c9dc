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
 * Connector credentials open customer and production systems to anyone who reads them.
 * Reports the `connector-credential` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-connector-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow SaaS and cloud API tokens, database URLs and URLs that carry a password',
      category: 'connector-credential',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'connector-credential'),
});
