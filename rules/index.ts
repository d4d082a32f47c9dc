import { BOUNDARY_CATEGORIES, BOUNDARY_CATEGORY_IDS } from '../src/contract/categories.js';
import { categoryRule } from '../src/eslint/category-rule.js';
import noPrivateImports from './no-private-imports.js';
import noWarningLevelValues from './no-warning-level-values.js';
import validAllowDirectives from './valid-allow-directives.js';
import validContractPayload from './valid-contract-payload.js';

/** One rule per Boundary category, made from the category's metadata (name, description). */
const categoryRules = Object.fromEntries(BOUNDARY_CATEGORY_IDS.map((category) => [BOUNDARY_CATEGORIES[category].rule, categoryRule(category)]));

/** Every rule of the plugin, by name (sorted). */
export const rules = Object.fromEntries(
  Object.entries({
    ...categoryRules,
    'no-private-imports': noPrivateImports,
    'no-warning-level-values': noWarningLevelValues,
    'valid-allow-directives': validAllowDirectives,
    'valid-contract-payload': validContractPayload,
  }).sort(([a], [b]) => (a < b ? -1 : 1)),
);
