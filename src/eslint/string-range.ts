/**
 * Whether a text range lies inside one string: a JS/TS string literal or
 * template quasi, or a JSON string. Only there can a suggestion swap the
 * value for a synthetic one without touching code.
 */

interface RangedNode {
  readonly type: string;
  readonly range?: readonly [number, number];
  readonly value?: unknown;
}

/** The JS `SourceCode` method; absent from other languages' source code. */
interface JsSourceCode {
  getNodeByRangeIndex(index: number): RangedNode | null;
}

const strictlyInside = (node: RangedNode, start: number, end: number): boolean =>
  node.range !== undefined && node.range[0] < start && end < node.range[1];

function inJsString(sourceCode: JsSourceCode, start: number, end: number): boolean {
  const node = sourceCode.getNodeByRangeIndex(start);
  if (!node) return false;
  if (node.type === 'Literal') return typeof node.value === 'string' && strictlyInside(node, start, end);
  if (node.type === 'TemplateElement') return strictlyInside(node, start, end);
  return false;
}

/** Children of a JSON (momoa) node that may hold strings. */
function jsonChildren(node: Record<string, unknown>): RangedNode[] {
  switch (node.type) {
    case 'Document':
      return [node.body as RangedNode];
    case 'Object':
      return (node.members as Record<string, unknown>[]).flatMap((m) => [m.name as RangedNode, m.value as RangedNode]);
    case 'Array':
      return (node.elements as Record<string, unknown>[]).map((e) => e.value as RangedNode);
    default:
      return [];
  }
}

function inJsonString(root: RangedNode, start: number, end: number): boolean {
  let node: RangedNode | undefined = root;
  while (node) {
    if (node.type === 'String') return strictlyInside(node, start, end);
    node = jsonChildren(node as unknown as Record<string, unknown>).find(
      (child) => child.range !== undefined && child.range[0] <= start && end <= child.range[1],
    );
  }
  return false;
}

/** True when `[start, end)` of the linted text sits inside a single string value. */
export function isInsideString(sourceCode: { readonly ast: object }, start: number, end: number): boolean {
  const ast = sourceCode.ast as RangedNode;
  if (ast.type === 'Program' && typeof (sourceCode as Partial<JsSourceCode>).getNodeByRangeIndex === 'function') {
    return inJsString(sourceCode as unknown as JsSourceCode, start, end);
  }
  if (ast.type === 'Document') return inJsonString(ast, start, end);
  return false;
}
