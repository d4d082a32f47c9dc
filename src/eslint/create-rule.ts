import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';
import type { BoundaryCategory } from '../contract/categories.js';

/** Where the rule docs are published; `docs/rules/<name>.md` in the repository. */
export const RULE_DOCS_BASE_URL = 'https://github.com/cavra/boundary-guard/blob/main/docs/rules/';

/** Plugin-specific `meta.docs` fields of every rule. */
export interface PluginDocs {
  /** The Boundary category the rule reports, or `contract` for the contract-shape rule. */
  readonly category: BoundaryCategory | 'contract';
  /** Whether `boundary-guard/recommended` turns the rule on. */
  readonly recommended: boolean;
}

/** `RuleCreator` bound to the docs URL and typed with {@link PluginDocs}. */
export const createRule = RuleCreator<PluginDocs>((name) => `${RULE_DOCS_BASE_URL}${name}.md`);
