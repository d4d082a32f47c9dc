/**
 * A project's module path aliases, read from the scan root: tsconfig.json
 * and jsconfig.json `compilerOptions.paths` (following relative `extends`)
 * and package.json `imports`. They become the catalog setting `pathAliases`,
 * so that `'@ee/billing'` is a private path import where `"@ee/*"` maps to
 * `./ee/*`. A file that cannot be read or parsed is passed over with a
 * warning: it never fails the scan.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isInside } from './discover.js';
import { jsonErrorWhere, JsoncError, jsoncToJson } from './jsonc.js';
import { readSmallFile } from './read-file.js';
import type { ScanWarning } from './types.js';

/** The project files aliases are read from, at the scan root. */
export const ALIAS_FILES = ['tsconfig.json', 'jsconfig.json'] as const;

/** Larger project files are not read (a tsconfig is a few KB). */
const PROJECT_FILE_LIMIT = 1024 * 1024;

/** How many `extends` links are followed from one file. */
const EXTENDS_DEPTH = 8;

/** Why a project file could not be used. */
class AliasFileError extends Error {
  override readonly name = 'AliasFileError';

  constructor(
    /** The file, relative to the scan root. */
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads one project file as JSONC; `shown` names it in messages (which never quote its text). */
function readProjectFile(file: string, shown: string): Record<string, unknown> {
  let text: string;
  try {
    text = readSmallFile(file, PROJECT_FILE_LIMIT);
  } catch (error) {
    throw new AliasFileError(shown, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(jsoncToJson(text.replace(/^\uFEFF/u, '')));
  } catch (error) {
    // Positions in the JSON are those of the text: comments were blanked, not cut.
    throw new AliasFileError(shown, `not valid JSON (${error instanceof JsoncError ? error.message : jsonErrorWhere(text, error)})`);
  }
  if (!isObject(value)) throw new AliasFileError(shown, 'not a JSON object');
  return value;
}

/** `compilerOptions.paths` as strings only (anything else in it is passed over). */
function pathsOf(config: Record<string, unknown>): Record<string, string[]> | undefined {
  const options = config.compilerOptions;
  if (!isObject(options) || !isObject(options.paths)) return undefined;
  const out: Record<string, string[]> = {};
  for (const [key, targets] of Object.entries(options.paths)) {
    if (Array.isArray(targets)) out[key] = targets.filter((t): t is string => typeof t === 'string');
  }
  return out;
}

/**
 * The `paths` a tsconfig ends up with: its own, else those of what it
 * extends (the last of an `extends` list that has some), as TypeScript
 * resolves them. Only relative `extends` inside the root are followed.
 */
function effectivePaths(file: string, root: string, seen: Set<string>, depth: number): Record<string, string[]> | undefined {
  seen.add(file);
  const config = readProjectFile(file, shownPath(root, file));
  const own = pathsOf(config);
  if (own !== undefined || depth >= EXTENDS_DEPTH) return own;
  const bases = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
  let found: Record<string, string[]> | undefined;
  for (const base of bases) {
    if (typeof base !== 'string' || !/^\.\.?\//u.test(base)) continue;
    let target = resolve(dirname(file), base);
    if (!target.endsWith('.json') && !existsSync(target)) target = `${target}.json`;
    if (!isInside(root, target) || seen.has(target) || !existsSync(target)) continue;
    found = effectivePaths(target, root, seen, depth + 1) ?? found;
  }
  return found;
}

/** package.json `imports` (`"#ee/*": "./ee/*"`, or conditions): each key with every target path it names. */
function importsOf(manifest: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!isObject(manifest.imports)) return out;
  const leaves = (value: unknown, into: string[], depth: number): void => {
    if (typeof value === 'string') into.push(value);
    else if (depth < 4 && Array.isArray(value)) for (const v of value) leaves(v, into, depth + 1);
    else if (depth < 4 && isObject(value)) for (const v of Object.values(value)) leaves(v, into, depth + 1);
  };
  for (const [key, value] of Object.entries(manifest.imports)) {
    const targets: string[] = [];
    leaves(value, targets, 0);
    if (targets.length > 0) out[key] = targets;
  }
  return out;
}

function shownPath(root: string, file: string): string {
  return relative(root, file).split('\\').join('/');
}

/**
 * The module path aliases of the project at `root`: tsconfig.json and
 * jsconfig.json `compilerOptions.paths`, and package.json `imports`. A file
 * that cannot be read or parsed adds nothing and a warning.
 */
export function readPathAliases(root: string): { aliases: Record<string, string[]>; warnings: ScanWarning[] } {
  const aliases: Record<string, string[]> = {};
  const warnings: ScanWarning[] = [];
  const add = (found: Record<string, string[]> | undefined): void => {
    for (const [key, targets] of Object.entries(found ?? {})) aliases[key] = [...new Set([...(aliases[key] ?? []), ...targets])];
  };
  const attempt = (name: string, read: (file: string) => Record<string, string[]> | undefined): void => {
    const file = join(root, name);
    if (!existsSync(file)) return;
    try {
      add(read(file));
    } catch (error) {
      if (!(error instanceof AliasFileError)) throw error;
      warnings.push({ code: 'unreadable-path-aliases', path: error.file, message: `${error.message}: its path aliases are not used` });
    }
  };
  for (const name of ALIAS_FILES) attempt(name, (file) => effectivePaths(file, root, new Set(), 0));
  attempt('package.json', (file) => importsOf(readProjectFile(file, 'package.json')));
  return { aliases, warnings };
}
