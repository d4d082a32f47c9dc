/**
 * `@cavra/boundary-guard/eslint-plugin`: a flat-config ESLint plugin with a
 * rule per Boundary category (thin over the shared engine, which runs once
 * per file) and the contract rules. The CLI never loads this module.
 */
import { rules } from '../../rules/index.js';
import { createConfigs, NAMESPACE, type PluginConfig } from './configs.js';
import { readPackageMeta } from '../package-meta.js';

export type { PluginDocs } from './create-rule.js';
export type { CategoryRuleOptions } from './category-rule.js';
export type { PluginSettings } from './settings.js';
export type { PluginConfig } from './configs.js';

/** The plugin object: `meta`, `rules` and the `recommended` and `all` configs. */
export interface BoundaryGuardPlugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: typeof NAMESPACE };
  readonly rules: typeof rules;
  readonly configs: { readonly recommended: PluginConfig<BoundaryGuardPlugin>; readonly all: PluginConfig<BoundaryGuardPlugin> };
}

const { name, version } = readPackageMeta();

const plugin: BoundaryGuardPlugin = {
  meta: { name, version, namespace: NAMESPACE },
  rules,
  configs: createConfigs(rules, () => plugin),
};

export default plugin;
