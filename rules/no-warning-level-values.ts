import {
  CATEGORY_DEFAULT_OPTIONS,
  CATEGORY_MESSAGES,
  CATEGORY_SCHEMA,
  warningListener,
  type CategoryMessageIds,
  type CategoryOptions,
} from '../src/eslint/category-rule.js';
import { createRule } from '../src/eslint/create-rule.js';

export type MessageIds = CategoryMessageIds;
export type Options = CategoryOptions;

/**
 * The findings the scanner reports at warning level, whatever their
 * category: a value only its key suggests (an opaque id under `customerId`),
 * or a detector or category the project's config sets to `warning`. The
 * category rules report the error-level ones, so ESLint's severities mean
 * what the scanner's levels mean: `recommended` turns this rule on as `warn`.
 */
export default createRule<Options, MessageIds>({
  name: 'no-warning-level-values',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow values the scanner reports at warning level, such as an opaque id that only its key suggests',
      category: 'any',
      recommended: true,
      level: 'warn',
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => warningListener(context, options),
});
