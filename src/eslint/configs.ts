import type { PluginDocs } from './create-rule.js';

/** The plugin's namespace: rule ids read `boundary-guard/<rule>`. */
export const NAMESPACE = 'boundary-guard';

/** A flat config object of the plugin. */
export interface PluginConfig<P> {
  readonly name: string;
  readonly plugins: Readonly<Record<string, P>>;
  readonly rules: Readonly<Record<string, 'error' | 'warn'>>;
}

interface RuleWithDocs {
  readonly meta: { readonly docs?: Partial<PluginDocs> };
}

/**
 * Builds `recommended` (rules whose `meta.docs.recommended` is true) and
 * `all` from rule metadata; `plugins` is a getter so the configs can refer
 * to the plugin that holds them.
 */
export function createConfigs<P>(
  rules: Readonly<Record<string, RuleWithDocs>>,
  plugin: () => P,
): { readonly recommended: PluginConfig<P>; readonly all: PluginConfig<P> } {
  const config = (name: string, keep: (rule: RuleWithDocs) => boolean): PluginConfig<P> => ({
    name: `${NAMESPACE}/${name}`,
    get plugins() {
      return { [NAMESPACE]: plugin() };
    },
    rules: Object.fromEntries(
      Object.entries(rules)
        .filter(([, rule]) => keep(rule))
        .map(([id, rule]) => [`${NAMESPACE}/${id}`, rule.meta.docs?.level ?? 'error']),
    ),
  });
  return {
    recommended: config('recommended', (rule) => rule.meta.docs?.recommended === true),
    all: config('all', () => true),
  };
}
