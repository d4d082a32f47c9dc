import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** Stands for a value that cannot be known without running the code. */
export const UNKNOWN: unique symbol = Symbol('unknown value');

/** A plain value read from an expression, with the syntax it came from. */
export interface StaticValue {
  /** JSON-like value; `UNKNOWN` where an expression is not a literal. */
  readonly value: unknown;
  /** The node that holds this value in its parent: a Property, an array element, or the root. */
  readonly node: TSESTree.Node;
  /** The key node, for object properties. */
  readonly key?: TSESTree.Node;
  /** Children by key or index, for objects and arrays. */
  readonly children?: ReadonlyMap<string | number, StaticValue>;
  /** Spread or computed members: keys or items beyond those listed may exist. */
  readonly open: boolean;
}

/** The static name of a property key, when it has one. */
export function propertyName(property: TSESTree.Property): string | undefined {
  const { key } = property;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** Expression wrappers that do not change the value. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.expression;
  }
  return current;
}

function scalar(node: TSESTree.Node): unknown {
  if (node.type === AST_NODE_TYPES.Literal) {
    const { value } = node;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? value : UNKNOWN;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? UNKNOWN;
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-' && node.argument.type === AST_NODE_TYPES.Literal && typeof node.argument.value === 'number') {
    return -node.argument.value;
  }
  return UNKNOWN;
}

/**
 * Reads an expression as a plain value, statically: literals, object and
 * array literals; anything else (identifiers, calls, templates with
 * expressions) is `UNKNOWN`.
 */
export function readStatic(expression: TSESTree.Node, holder: TSESTree.Node = expression, key?: TSESTree.Node): StaticValue {
  const node = unwrap(expression);
  const base = key === undefined ? { node: holder } : { node: holder, key };
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    const value: Record<string, unknown> = {};
    const children = new Map<string | number, StaticValue>();
    let open = false;
    for (const member of node.properties) {
      const name = member.type === AST_NODE_TYPES.Property ? propertyName(member) : undefined;
      if (member.type !== AST_NODE_TYPES.Property || name === undefined) {
        open = true;
        continue;
      }
      const child = member.kind === 'init' && !member.method ? readStatic(member.value, member, member.key) : { value: UNKNOWN, node: member, key: member.key, open: false };
      value[name] = child.value;
      children.set(name, child);
    }
    return { ...base, value, children, open };
  }
  if (node.type === AST_NODE_TYPES.ArrayExpression) {
    const value: unknown[] = [];
    const children = new Map<string | number, StaticValue>();
    let open = false;
    node.elements.forEach((element, index) => {
      if (element === null || element.type === AST_NODE_TYPES.SpreadElement) {
        open ||= element !== null;
        value.push(UNKNOWN);
        return;
      }
      const child = readStatic(element);
      value.push(child.value);
      children.set(index, child);
    });
    return { ...base, value, children, open };
  }
  return { ...base, value: scalar(node), open: false };
}

export { splitPath } from '../contract/paths.js';

/** Where a path leads in a static value: the deepest value found, and whether the whole path was. */
export interface PathTarget {
  readonly target: StaticValue;
  readonly complete: boolean;
  /** An `UNKNOWN` value lies above the target: nothing can be said of what is below it. */
  readonly throughUnknown: boolean;
}

/** Follows `segments` from `root` as far as the static value goes. */
export function followPath(root: StaticValue, segments: readonly (string | number)[]): PathTarget {
  let target = root;
  for (const segment of segments) {
    if (target.value === UNKNOWN) return { target, complete: false, throughUnknown: true };
    const child = target.children?.get(segment);
    if (!child) return { target, complete: false, throughUnknown: false };
    target = child;
  }
  return { target, complete: true, throughUnknown: false };
}
