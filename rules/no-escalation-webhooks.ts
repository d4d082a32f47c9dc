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
 * A leaked webhook lets anyone post into on-call channels or page the on-call engineer.
 * Reports the `escalation-webhook` findings of the shared engine scan.
 */
export default createRule<Options, MessageIds>({
  name: 'no-escalation-webhooks',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow chat and incident webhooks, PagerDuty routing keys and tokened webhook URLs',
      category: 'escalation-webhook',
      recommended: true,
    },
    hasSuggestions: true,
    messages: CATEGORY_MESSAGES,
    schema: CATEGORY_SCHEMA,
    defaultOptions: CATEGORY_DEFAULT_OPTIONS,
  },
  create: (context, [options]) => categoryListener(context, options, 'escalation-webhook'),
});
