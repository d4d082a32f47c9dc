import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { DEFAULT_CATALOG_SETTINGS } from '../patterns/support/settings.js';
import { isAllowedInline } from '../src/eslint/allow-directives.js';
import { createRule } from '../src/eslint/create-rule.js';
import { createPrivateSourceMatcher } from '../src/eslint/private-sources.js';
import { projectOfContext, scanPath } from '../src/eslint/scan-file.js';

export type MessageIds = 'privateImport';
export interface PrivateImportsOptions {
  /** Private scopes or package names, added to the defaults. */
  readonly packages?: readonly string[];
  /** Private path fragments, added to the defaults. */
  readonly paths?: readonly string[];
  /** Specifiers never reported (exact, or a prefix ending in `*`). */
  readonly allow?: readonly string[];
}
export type Options = [PrivateImportsOptions];

const list = (description: string) => ({ type: 'array', items: { type: 'string' }, uniqueItems: true, description }) as const;

/**
 * Code that imports a private package or a private source tree cannot ship
 * in the public edition: the import is enterprise source leaking through.
 * Checks import and export-from declarations, dynamic `import()`, `require()`,
 * `require.resolve()`, TypeScript `import x = require()` and `import()` types:
 * the syntax-aware counterpart of the `private-package-import` and
 * `private-path-import` detectors, with its own options; in `all`, not in
 * `recommended`, so an import is not reported twice.
 */
export default createRule<Options, MessageIds>({
  name: 'no-private-imports',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow imports of private packages and private source trees',
      category: 'enterprise-source',
      // The enterprise-source detectors (no-enterprise-source) already find these imports as text.
      recommended: false,
    },
    messages: {
      privateImport: "'{{source}}' is enterprise source (private {{kind}} '{{entry}}') and must stay out of a public tree",
    },
    schema: [
      {
        type: 'object',
        properties: {
          packages: list('Private npm scopes (`@acme-enterprise`) or package names (`@acme/saas`), added to the defaults and to `settings["boundary-guard"].privatePackages`.'),
          paths: list('Private path fragments (`enterprise/`), matched against relative and aliased specifiers, added to the defaults and to `settings["boundary-guard"].privatePaths`.'),
          allow: list('Specifiers never reported: exact, or a prefix ending in `*`.'),
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ packages: [], paths: [], allow: [] }],
  },
  create(context, [options]) {
    if ((context.sourceCode.ast as { type: string }).type !== 'Program') return {};
    const project = projectOfContext(context);
    const path = scanPath(context.filename, project.root);
    // As the private-import detectors: nothing in a file the config excludes, or where it suppresses them.
    if (project.error !== undefined || !project.filter.accepts(path)) return {};
    const suppressed = project.suppressions
      .forPath(path)
      .some((s) => s.keyPath === undefined && s.valueHash === undefined && ['enterprise-source', 'private-package-import', 'private-path-import'].includes(s.target));
    if (suppressed) return {};
    const catalog = project.config.settings;
    const match = createPrivateSourceMatcher(
      [...DEFAULT_CATALOG_SETTINGS.privatePackages, ...(catalog.privatePackages ?? []), ...(options.packages ?? [])],
      [...DEFAULT_CATALOG_SETTINGS.privatePaths, ...(catalog.privatePaths ?? []), ...(options.paths ?? [])],
      options.allow,
    );
    const check = (node: TSESTree.Node | null | undefined): void => {
      const source = node?.type === AST_NODE_TYPES.Literal ? node.value : node?.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0 ? node.quasis[0]?.value.cooked : undefined;
      if (!node || typeof source !== 'string') return;
      const found = match(source);
      if (!found || isAllowedInline(context.sourceCode, node.range[0], ['enterprise-source', 'no-private-imports'])) return;
      context.report({ node, messageId: 'privateImport', data: { source, kind: found.kind, entry: found.entry } });
    };
    const isRequire = (callee: TSESTree.Expression): boolean =>
      (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require') ||
      (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'require' && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === 'resolve');
    return {
      'ImportDeclaration, ExportNamedDeclaration, ExportAllDeclaration, ImportExpression'(
        node: TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration | TSESTree.ExportAllDeclaration | TSESTree.ImportExpression,
      ) {
        check(node.source);
      },
      CallExpression(node) {
        if (isRequire(node.callee)) check(node.arguments[0]);
      },
      TSExternalModuleReference(node) {
        check(node.expression);
      },
      TSImportType(node) {
        check(node.source);
      },
    };
  },
});
