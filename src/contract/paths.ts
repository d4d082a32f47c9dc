/** Validator paths (`payload.summary["a b"]`, `required_checks[2]`), as the validators write them. */

/** Splits a validator path into keys and indexes; undefined when it is not one (`$` and `''` are the root). */
export function splitPath(path: string): (string | number)[] | undefined {
  if (path === '$' || path === '') return [];
  const segments: (string | number)[] = [];
  const token = /\.?(?<name>[A-Za-z_][\w-]*)|\[(?<index>\d+)\]|\[(?<quoted>"(?:[^"\\]|\\.)*")\]/uy;
  let at = 0;
  while (at < path.length) {
    token.lastIndex = at;
    const m = token.exec(path);
    if (!m?.groups) return segments.length > 0 ? segments : undefined;
    const { name, index, quoted } = m.groups;
    if (name !== undefined) segments.push(name);
    else if (index !== undefined) segments.push(Number(index));
    else if (quoted !== undefined) segments.push(JSON.parse(quoted) as string);
    at = token.lastIndex;
  }
  return segments;
}
