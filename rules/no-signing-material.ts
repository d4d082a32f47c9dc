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
 * Whoever holds signing material can sign releases, licences and tokens in the owner's name.
 * Reports the `signing-material` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-signing-material',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow private keys and JWT, HMAC, cosign and minisign signing secrets',
      category: 'signing-material',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'signing-material'),
});
