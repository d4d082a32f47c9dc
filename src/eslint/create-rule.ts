import type { NamedCreateRuleMeta } from '@typescript-eslint/utils/eslint-utils';
import type { RuleContext, RuleListener, RuleModule } from '@typescript-eslint/utils/ts-eslint';
import type { BoundaryCategory } from '../contract/categories.js';

/** Where the rule docs are published; `docs/rules/<name>.md` in the repository. */
export const RULE_DOCS_BASE_URL = 'https://github.com/cavra/boundary-guard/blob/main/docs/rules/';

/** Plugin-specific `meta.docs` fields of every rule. */
export interface PluginDocs {
  /**
   * The Boundary category the rule reports, `contract` for the contract
   * rules, `config` for the rule about the config and directives, `any` for
   * the rule that reports warning-level findings of every category.
   */
  readonly category: BoundaryCategory | 'contract' | 'config' | 'any';
  /** Whether `boundary-guard/recommended` turns the rule on. */
  readonly recommended: boolean;
  /** The level the configs give the rule (default `error`). */
  readonly level?: 'error' | 'warn';
}

/** A rule as `createRule` takes it: typescript-eslint's `RuleCreator` shape. */
export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  readonly name: string;
  readonly meta: NamedCreateRuleMeta<MessageIds, PluginDocs, Options>;
  readonly create: (context: Readonly<RuleContext<MessageIds, Options>>, options: Readonly<Options>) => RuleListener;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `meta.defaultOptions` under the configured options, one level deep (every
 * option object of this plugin is flat). Neither side is copied or mutated.
 */
function withDefaults<Options extends readonly unknown[]>(defaults: Options, configured: readonly unknown[]): Options {
  if (configured.length === 0) return defaults;
  return defaults.map((value, i) => {
    const own = configured[i];
    if (own === undefined) return value;
    return isPlainObject(value) && isPlainObject(own) ? { ...value, ...own } : own;
  }) as unknown as Options;
}

/**
 * typescript-eslint's `RuleCreator`, bound to the docs URL and typed with
 * {@link PluginDocs}, minus its per-file `structuredClone` of the default
 * options: that clone, run by every rule on every file, cost more than the
 * engine's scan of the file.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): RuleModule<MessageIds, Options, PluginDocs> & { readonly name: string } {
  const { name, meta, create } = rule;
  const defaults = (meta.defaultOptions ?? []) as unknown as Options;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${RULE_DOCS_BASE_URL}${name}.md` } },
    create: (context) => create(context, withDefaults(defaults, context.options)),
  };
}
