/**
 * The private source trees `init` proposes for the config's `privatePaths`:
 * folders named `ee`, `enterprise`, `cloud`, `saas`, `saas-backend` or
 * `private` (or `<name>-ee`, `<name>-enterprise`) that hold source files.
 *
 * The path-import detectors read a private path as a folder name: an import
 * is private when a private folder is the first folder of a relative path
 * (`'../ee/x'`) or stands anywhere after an alias root (`'@/modules/ee/x'`),
 * and a file inside any folder of that name is the private tree's own. So
 * the proposal is the folder's name (`ee/`), never its repository path
 * (`apps/web/modules/ee/` would only match an import spelling out that whole
 * path); the folders that carry each name are printed beside it.
 *
 * A folder named `cloud` is ambiguous: a public integration with a cloud
 * provider is often called so, and its name in privatePaths would flag every
 * import of it. It is proposed only when it holds a licence with commercial
 * or proprietary terms, or a README saying it is enterprise or commercially
 * licensed; otherwise it is printed as a suggestion and left out of the config.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { syntaxFromPath } from '../engine/syntax.js';
import { listWorkTree } from '../scanner/git.js';
import { readSmallFile } from '../scanner/read-file.js';

/** How many folders deep a proposed folder, and outside git a listed file, may lie. */
export const MAX_FOLDER_DEPTH = 6;
/** The most entries the walk outside git reads: `init` run in a home directory stays quick. */
const MAX_WALK_ENTRIES = 100_000;
/** The largest licence or README read for a `cloud` folder's terms. */
const MAX_TERMS_BYTES = 256 * 1024;

/** Folders never looked into: dependencies, build output, sample trees that imitate other projects. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'vendor', 'dist', 'build', 'fixtures', '__fixtures__', 'testdata']);

/**
 * Private folder names (case-insensitive); a name here passes the detectors'
 * folder-name check (see privateDirs). `saas-backend` is the default's name;
 * other `saas-<name>` folders are not proposed, as they often name public
 * things (a `saas-backend-code` folder of detectors, a `saas-api` client).
 */
const PRIVATE_NAME = /^(?:ee|enterprise|cloud|saas|saas-backend|private|[a-z0-9][\w.-]{0,50}-(?:ee|enterprise))$/iu;
const AMBIGUOUS_NAME = 'cloud';

const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:[.-][\w.-]*)?$/iu;
const README_FILE = /^readme(?:\.[\w.-]*)?$/iu;
/** Words of commercial or proprietary terms (licence) or of an enterprise / commercial edition (README). */
const COMMERCIAL_TERMS =
  /\b(?:proprietary|commercial(?:ly)? licen[cs](?:e|ed)|commercial (?:terms|agreement|use only)|enterprise(?: edition)?(?: \(ee\))? licen[cs](?:e|ed)|enterprise edition|enterprise terms|subscription (?:terms|agreement)|not open[- ]source|source[- ]available)\b/iu;
/** An open-source licence, known by its title or grant near the top (GPL's text names proprietary programs). */
const OPEN_SOURCE_LICENCE =
  /Permission is hereby granted, free of charge|Apache License|GNU (?:Affero |Lesser |Library )?General Public License|Mozilla Public License|Redistribution and use in source and binary forms|Permission to use, copy, modify, and(?:\/or)? distribute|This is free and unencumbered software/iu;

/** A folder found in the tree, with why it is (or may be) private. */
export interface PrivateFolder {
  /** Repository-relative, with a trailing slash (`apps/web/modules/ee/`). */
  readonly path: string;
  /** The privatePaths entry it stands for (`ee/`). */
  readonly entry: string;
  /** Why a `cloud` folder is or is not proposed (its licence or README); none for the other names. */
  readonly evidence?: string;
}

/** What `init` proposes: the entries for privatePaths, the folders behind them, and the ambiguous folders left out. */
export interface PrivatePathProposal {
  /** privatePaths entries, sorted (`['ee/', 'enterprise/']`). */
  readonly entries: string[];
  /** The folders behind the entries, by entry and path. */
  readonly folders: PrivateFolder[];
  /** `cloud` folders without commercial terms, whose name is no entry: suggestions only. */
  readonly suggestions: PrivateFolder[];
}

/** True when a folder of that name is never looked into. */
function skipped(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name.toLowerCase());
}

/**
 * The files of the tree at `root` (repository-relative, `/`-separated): in a
 * git work tree those git lists (tracked, and untracked ones it does not
 * ignore); otherwise a walk of at most MAX_FOLDER_DEPTH folders that never
 * enters skipped or hidden folders nor follows a symlink.
 */
export async function listProjectFiles(root: string, inGit: boolean): Promise<string[]> {
  if (inGit) {
    const { tracked, untracked } = listWorkTree(root, []);
    return [...new Set([...(await tracked), ...(await untracked)])];
  }
  const files: string[] = [];
  const pending: [string, number][] = [['', 0]];
  let entries = 0;
  for (let next = pending.pop(); next !== undefined && entries < MAX_WALK_ENTRIES; next = pending.pop()) {
    const [dir, depth] = next;
    let listing: Dirent[];
    try {
      listing = readdirSync(dir === '' ? root : join(root, dir), { withFileTypes: true });
    } catch {
      continue; // An unreadable folder proposes nothing.
    }
    entries += listing.length;
    for (const entry of listing) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (depth < MAX_FOLDER_DEPTH && !skipped(entry.name)) pending.push([path, depth + 1]);
      } else if (entry.isFile()) files.push(path);
    }
  }
  return files;
}

/** A file of program code: its imports are what the path-import detectors read. */
function isSourceFile(path: string): boolean {
  const syntax = syntaxFromPath(path);
  return syntax === 'js' || syntax === 'python';
}

/** Why the `cloud` folder at `folder` is private (a commercial licence or README), or undefined. */
function commercialEvidence(folder: string, files: readonly string[], read: (path: string) => string | undefined): string | undefined {
  for (const file of files) {
    const name = file.slice(folder.length);
    if (name.includes('/')) continue;
    const licence = LICENCE_FILE.test(name);
    if (!licence && !README_FILE.test(name)) continue;
    const text = read(file);
    if (text === undefined || !COMMERCIAL_TERMS.test(text)) continue;
    if (licence && OPEN_SOURCE_LICENCE.test(text.slice(0, 1500))) continue;
    return licence ? `${name} has commercial or proprietary terms` : `${name} says it is enterprise or commercially licensed`;
  }
  return undefined;
}

/**
 * The private folders of a tree given by its file list (`files`, as
 * listProjectFiles gives it; `read` returns a file's text, or undefined when it
 * cannot be read). A folder counts when it holds a source file at any depth,
 * lies at most MAX_FOLDER_DEPTH folders deep and in no skipped or hidden
 * folder; a folder inside another proposed one is that tree's part, not an
 * entry of its own.
 */
export function proposePrivatePaths(files: readonly string[], read: (path: string) => string | undefined): PrivatePathProposal {
  const sorted = [...new Set(files.map((f) => f.split('\\').join('/')))].sort();
  // Each candidate folder (`apps/web/modules/ee/`) that holds a source file.
  const candidates = new Set<string>();
  for (const file of sorted) {
    if (!isSourceFile(file)) continue;
    const parts = file.split('/').slice(0, -1);
    for (let i = 0; i < parts.length && i < MAX_FOLDER_DEPTH; i++) {
      const part = parts[i] ?? '';
      if (skipped(part)) break;
      if (PRIVATE_NAME.test(part)) candidates.add(`${parts.slice(0, i + 1).join('/')}/`);
    }
  }
  const proposed: PrivateFolder[] = [];
  const ambiguous: PrivateFolder[] = [];
  for (const path of [...candidates].sort()) {
    const name = path.slice(path.lastIndexOf('/', path.length - 2) + 1, -1).toLowerCase();
    const folder: PrivateFolder = { path, entry: `${name}/` };
    if (name !== AMBIGUOUS_NAME) {
      proposed.push(folder);
      continue;
    }
    const evidence = commercialEvidence(path, sorted.filter((f) => f.startsWith(path)), read);
    if (evidence !== undefined) proposed.push({ ...folder, evidence });
    else ambiguous.push({ ...folder, evidence: 'no licence with commercial terms nor README saying enterprise or commercial' });
  }
  const within = (folder: PrivateFolder): boolean => proposed.some((outer) => outer.path !== folder.path && folder.path.startsWith(outer.path));
  const folders = proposed.filter((f) => !within(f));
  const entries = [...new Set(folders.map((f) => f.entry))].sort();
  const covered = ambiguous.filter((f) => !within(f));
  // The entry is a name: a cloud folder without terms is private too when another cloud folder is; it is listed under the entry, saying so.
  const alike = covered.filter((f) => entries.includes(f.entry)).map((f) => ({ ...f, evidence: `private by its name too, though it has ${f.evidence ?? ''}` }));
  const byEntry = (a: PrivateFolder, b: PrivateFolder): number => a.entry.localeCompare(b.entry) || a.path.localeCompare(b.path);
  return { entries, folders: [...folders, ...alike].sort(byEntry), suggestions: covered.filter((f) => !entries.includes(f.entry)) };
}

/** A file's text for proposePrivatePaths: small licence and README files only, undefined when unreadable. */
export function reader(root: string): (path: string) => string | undefined {
  return (path) => {
    try {
      return readSmallFile(join(root, path), MAX_TERMS_BYTES);
    } catch {
      return undefined;
    }
  };
}
