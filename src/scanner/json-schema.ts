/**
 * A small JSON Schema (2020-12) checker for the keywords the config schema
 * uses, so the shipped schema file is what validates a config at run time
 * without a validator dependency. Tests check it agrees with ajv.
 */

/** One place where a value breaks its schema. */
export interface SchemaProblem {
  /** Property names and array indexes from the document root. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

type Schema = boolean | Readonly<Record<string, unknown>>;

const KNOWN = new Set([
  '$schema', '$id', '$defs', 'title', 'description', '$ref', 'type', 'properties', 'additionalProperties', 'propertyNames',
  'required', 'items', 'enum', 'const', 'pattern', 'minLength', 'minimum', 'minItems', 'anyOf', 'default', 'examples',
]);

/** Checks `value` against `schema`; the result is empty when it is valid. */
export function checkSchema(schema: unknown, value: unknown): SchemaProblem[] {
  const root = asSchema(schema);
  const problems: SchemaProblem[] = [];
  check(root, root, value, [], problems);
  return problems;
}

/** `a.b[0].c`, or `(root)` for the document itself. */
export function formatSchemaPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += /^[A-Za-z_$][\w$-]*$/u.test(part) ? `${out === '' ? '' : '.'}${part}` : `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(root)' : out;
}

function asSchema(schema: unknown): Schema {
  if (typeof schema === 'boolean') return schema;
  if (schema !== null && typeof schema === 'object' && !Array.isArray(schema)) return schema as Record<string, unknown>;
  throw new TypeError('not a JSON Schema');
}

function check(root: Schema, schema: Schema, value: unknown, path: (string | number)[], out: SchemaProblem[]): void {
  if (schema === true) return;
  if (schema === false) {
    out.push({ path, message: 'is not allowed here' });
    return;
  }
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN.has(keyword)) throw new Error(`checkSchema does not implement the keyword "${keyword}"`);
  }
  if (typeof schema.$ref === 'string') {
    check(root, resolveRef(root, schema.$ref), value, path, out);
  }
  if (schema.anyOf !== undefined) {
    const branches = (schema.anyOf as unknown[]).map((branch) => {
      const problems: SchemaProblem[] = [];
      check(root, asSchema(branch), value, path, problems);
      return problems;
    });
    if (branches.every((problems) => problems.length > 0)) {
      // Report the branch whose type fits and that got furthest into the value: its problems are the useful ones.
      const wrongType = (problems: SchemaProblem[]): boolean => problems.some((p) => p.path.length === path.length && p.message.includes(', not '));
      const depth = (problems: SchemaProblem[]): number => Math.max(...problems.map((p) => p.path.length));
      const fitting = branches.filter((problems) => !wrongType(problems));
      const best = fitting.reduce<SchemaProblem[] | undefined>((a, b) => (a === undefined || depth(b) > depth(a) ? b : a), undefined);
      out.push(...(best ?? [{ path, message: describeAnyOf(root, schema.anyOf as unknown[]) }]));
    }
  }
  if (schema.type !== undefined && !hasType(value, schema.type as string)) {
    out.push({ path, message: `must be ${article(schema.type as string)}, not ${typeName(value)}` });
    return;
  }
  if (schema.const !== undefined && value !== schema.const) out.push({ path, message: `must be ${JSON.stringify(schema.const)}` });
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    out.push({ path, message: `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` });
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
      out.push({ path, message: schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters long` });
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      out.push({ path, message: `must match ${schema.pattern}` });
    }
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) {
    out.push({ path, message: `must be at least ${schema.minimum}` });
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) out.push({ path, message: `must have at least ${schema.minItems} item(s)` });
    if (schema.items !== undefined) value.forEach((item, i) => check(root, asSchema(schema.items), item, [...path, i], out));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) checkObject(root, schema, value as Record<string, unknown>, path, out);
}

function checkObject(root: Schema, schema: Readonly<Record<string, unknown>>, value: Record<string, unknown>, path: (string | number)[], out: SchemaProblem[]): void {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  for (const name of (schema.required ?? []) as string[]) {
    if (!Object.hasOwn(value, name)) out.push({ path: [...path, name], message: 'is required' });
  }
  for (const [name, item] of Object.entries(value)) {
    if (schema.propertyNames !== undefined) {
      const problems: SchemaProblem[] = [];
      check(root, asSchema(schema.propertyNames), name, [...path, name], problems);
      if (problems.length > 0) out.push({ path: [...path, name], message: `is not a known key (${problems[0]?.message ?? 'invalid'})` });
    }
    if (Object.hasOwn(properties, name)) check(root, asSchema(properties[name]), item, [...path, name], out);
    else if (schema.additionalProperties === false) out.push({ path: [...path, name], message: 'is not a known key' });
    else if (schema.additionalProperties !== undefined) check(root, asSchema(schema.additionalProperties), item, [...path, name], out);
  }
}

function resolveRef(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`checkSchema resolves only local references, not ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/gu, '/').replace(/~0/gu, '~')];
  }
  if (node === undefined) throw new Error(`unresolved reference ${ref}`);
  return asSchema(node);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}

function article(type: string): string {
  return /^[aeiou]/u.test(type) ? `an ${type}` : `a ${type}`;
}

function describeAnyOf(root: Schema, branches: unknown[]): string {
  const kinds = branches.map((branch) => {
    let schema = asSchema(branch);
    if (typeof schema === 'object' && typeof schema.$ref === 'string') schema = resolveRef(root, schema.$ref);
    if (typeof schema === 'object' && typeof schema.type === 'string') return article(schema.type);
    if (typeof schema === 'object' && schema.const !== undefined) return JSON.stringify(schema.const);
    return 'a valid value';
  });
  return `must be ${[...new Set(kinds)].join(' or ')}`;
}
