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
 * Workers of the private checks are part of the hosted service, not of the public edition.
 * Reports the `automation-worker` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-automation-workers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow worker implementations of the private operating-automation checks',
      category: 'automation-worker',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'automation-worker'),
});
