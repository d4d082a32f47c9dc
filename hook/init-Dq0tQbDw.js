import { C as listWorkTree, c as writeFileAtomic, d as isInside, s as readSmallFile, t as CONFIG_FILE_NAME, v as git, y as gitTopLevel } from "./config-0BoXvtwL.js";
import { a as INIT, c as parseCommand, l as usageMessage, s as helpText, t as ArgsError } from "./args-DrGZJYf5.js";
import { a as syntaxFromPath } from "./patterns-Bwfr1uKA.js";
import { t as packageVersion } from "./run-KIwGVhYl.js";
import { n as escapeControl } from "./terminal-CshEaG_2.js";
import { chmodSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
/** The most entries the walk outside git reads: `init` run in a home directory stays quick. */
const MAX_WALK_ENTRIES = 1e5;
/** The largest licence or README read for a `cloud` folder's terms. */
const MAX_TERMS_BYTES = 262144;
/** Folders never looked into: dependencies, build output, sample trees that imitate other projects. */
const SKIPPED_FOLDERS = /* @__PURE__ */ new Set([
	"node_modules",
	"vendor",
	"dist",
	"build",
	"fixtures",
	"__fixtures__",
	"testdata"
]);
/**
* Private folder names (case-insensitive); a name here passes the detectors'
* folder-name check (see privateDirs). `saas-backend` is the default's name;
* other `saas-<name>` folders are not proposed, as they often name public
* things (a `saas-backend-code` folder of detectors, a `saas-api` client).
*/
const PRIVATE_NAME = /^(?:ee|enterprise|cloud|saas|saas-backend|private|[a-z0-9][\w.-]{0,50}-(?:ee|enterprise))$/iu;
const AMBIGUOUS_NAME = "cloud";
const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:[.-][\w.-]*)?$/iu;
const README_FILE = /^readme(?:\.[\w.-]*)?$/iu;
/** Words of commercial or proprietary terms (licence) or of an enterprise / commercial edition (README). */
const COMMERCIAL_TERMS = /\b(?:proprietary|commercial(?:ly)? licen[cs](?:e|ed)|commercial (?:terms|agreement|use only)|enterprise(?: edition)?(?: \(ee\))? licen[cs](?:e|ed)|enterprise edition|enterprise terms|subscription (?:terms|agreement)|not open[- ]source|source[- ]available)\b/iu;
/** An open-source licence, known by its title or grant near the top (GPL's text names proprietary programs). */
const OPEN_SOURCE_LICENCE = /Permission is hereby granted, free of charge|Apache License|GNU (?:Affero |Lesser |Library )?General Public License|Mozilla Public License|Redistribution and use in source and binary forms|Permission to use, copy, modify, and(?:\/or)? distribute|This is free and unencumbered software/iu;
/** True when a folder of that name is never looked into. */
function skipped(name) {
	return name.startsWith(".") || SKIPPED_FOLDERS.has(name.toLowerCase());
}
/**
* The files of the tree at `root` (repository-relative, `/`-separated): in a
* git work tree those git lists (tracked, and untracked ones it does not
* ignore); otherwise a walk of at most MAX_FOLDER_DEPTH folders that never
* enters skipped or hidden folders nor follows a symlink.
*/
async function listProjectFiles(root, inGit) {
	if (inGit) {
		const { tracked, untracked } = listWorkTree(root, []);
		return [.../* @__PURE__ */ new Set([...await tracked, ...await untracked])];
	}
	const files = [];
	const pending = [["", 0]];
	let entries = 0;
	for (let next = pending.pop(); next !== void 0 && entries < MAX_WALK_ENTRIES; next = pending.pop()) {
		const [dir, depth] = next;
		let listing;
		try {
			listing = readdirSync(dir === "" ? root : join(root, dir), { withFileTypes: true });
		} catch {
			continue;
		}
		entries += listing.length;
		for (const entry of listing) {
			const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
			if (entry.isDirectory()) {
				if (depth < 6 && !skipped(entry.name)) pending.push([path, depth + 1]);
			} else if (entry.isFile()) files.push(path);
		}
	}
	return files;
}
/** A file of program code: its imports are what the path-import detectors read. */
function isSourceFile(path) {
	const syntax = syntaxFromPath(path);
	return syntax === "js" || syntax === "python";
}
/** Why the `cloud` folder at `folder` is private (a commercial licence or README), or undefined. */
function commercialEvidence(folder, files, read) {
	for (const file of files) {
		const name = file.slice(folder.length);
		if (name.includes("/")) continue;
		const licence = LICENCE_FILE.test(name);
		if (!licence && !README_FILE.test(name)) continue;
		const text = read(file);
		if (text === void 0 || !COMMERCIAL_TERMS.test(text)) continue;
		if (licence && OPEN_SOURCE_LICENCE.test(text.slice(0, 1500))) continue;
		return licence ? `${name} has commercial or proprietary terms` : `${name} says it is enterprise or commercially licensed`;
	}
}
/**
* The private folders of a tree given by its file list (`files`, as
* listProjectFiles gives it; `read` returns a file's text, or undefined when it
* cannot be read). A folder counts when it holds a source file at any depth,
* lies at most MAX_FOLDER_DEPTH folders deep and in no skipped or hidden
* folder; a folder inside another proposed one is that tree's part, not an
* entry of its own.
*/
function proposePrivatePaths(files, read) {
	const sorted = [...new Set(files.map((f) => f.split("\\").join("/")))].sort();
	const candidates = /* @__PURE__ */ new Set();
	for (const file of sorted) {
		if (!isSourceFile(file)) continue;
		const parts = file.split("/").slice(0, -1);
		for (let i = 0; i < parts.length && i < 6; i++) {
			const part = parts[i] ?? "";
			if (skipped(part)) break;
			if (PRIVATE_NAME.test(part)) candidates.add(`${parts.slice(0, i + 1).join("/")}/`);
		}
	}
	const proposed = [];
	const ambiguous = [];
	for (const path of [...candidates].sort()) {
		const name = path.slice(path.lastIndexOf("/", path.length - 2) + 1, -1).toLowerCase();
		const folder = {
			path,
			entry: `${name}/`
		};
		if (name !== AMBIGUOUS_NAME) {
			proposed.push(folder);
			continue;
		}
		const evidence = commercialEvidence(path, sorted.filter((f) => f.startsWith(path)), read);
		if (evidence !== void 0) proposed.push({
			...folder,
			evidence
		});
		else ambiguous.push({
			...folder,
			evidence: "no licence with commercial terms nor README saying enterprise or commercial"
		});
	}
	const within = (folder) => proposed.some((outer) => outer.path !== folder.path && folder.path.startsWith(outer.path));
	const folders = proposed.filter((f) => !within(f));
	const entries = [...new Set(folders.map((f) => f.entry))].sort();
	const covered = ambiguous.filter((f) => !within(f));
	const alike = covered.filter((f) => entries.includes(f.entry)).map((f) => ({
		...f,
		evidence: `private by its name too, though it has ${f.evidence ?? ""}`
	}));
	const byEntry = (a, b) => a.entry.localeCompare(b.entry) || a.path.localeCompare(b.path);
	return {
		entries,
		folders: [...folders, ...alike].sort(byEntry),
		suggestions: covered.filter((f) => !entries.includes(f.entry))
	};
}
/** A file's text for proposePrivatePaths: small licence and README files only, undefined when unreadable. */
function reader(root) {
	return (path) => {
		try {
			return readSmallFile(join(root, path), MAX_TERMS_BYTES);
		} catch {
			return;
		}
	};
}
// dist/src/cli/init.js
/**
* `boundary-guard init`: a starter config and a git pre-commit hook that
* scans the staged content. Nothing existing is replaced without --force.
* The starter config's privatePaths lists the private folders of the tree
* (see private-folders.ts).
*/
/** The hook's marker line: a hook holding it is ours and may be refreshed. */
const HOOK_MARKER = "installed by `boundary-guard init`";
/** The command a hook runs by default: the project's own install, never a download. */
const DEFAULT_HOOK_COMMAND = "npx --no-install boundary-guard";
/** The starter config, with the private paths proposed from the tree. */
const starterConfig = (privatePaths) => ({
	$schema: "./node_modules/@cavra/boundary-guard/schemas/boundary-guard.config.schema.json",
	exclude: [],
	synthetic: {
		markers: [],
		hosts: [],
		entries: []
	},
	internalDomains: [],
	privatePackages: [],
	privatePaths,
	suppressions: []
});
const PRIVATE_NAMES = "folders named ee/enterprise/cloud/saas/private";
/** What `init` says about the private paths it proposed (`written`: into a new config; otherwise a suggestion for the kept one). */
function proposalText(proposal, written, configName) {
	const lines = [];
	const list = proposal.entries.join(", ");
	if (proposal.entries.length === 0) lines.push(`No private source folders found (${PRIVATE_NAMES}, holding source files).`);
	else if (written) lines.push(`Proposed private paths (${PRIVATE_NAMES}): ${list}; edit ${configName} to change them.`);
	else lines.push(`Proposed private paths (${PRIVATE_NAMES}): ${list}; ${configName} is kept, so add them to its privatePaths to use them.`);
	for (const folder of proposal.folders) lines.push(`  ${folder.entry.padEnd(14)} ${folder.path}${folder.evidence !== void 0 ? ` (${folder.evidence})` : ""}`);
	if (proposal.suggestions.length > 0) {
		lines.push("Not proposed: a folder named cloud is often a public cloud-provider integration. If one of these is private, add its line to privatePaths:");
		for (const folder of proposal.suggestions) lines.push(`  # ${JSON.stringify(folder.entry).padEnd(14)} ${folder.path} (${folder.evidence ?? ""})`);
	}
	return `${lines.map(escapeControl).join("\n")}\n`;
}
/**
* The command line a hook runs: `command` (the program, as --hook-command
* gives it) followed by `scan --staged`, unless it already ends with that.
* Any sh command line works (`cd app && npx boundary-guard`,
* `VAR=1 pnpm exec boundary-guard`): the scan is its last command.
*/
function hookCommand(command) {
	const line = command.trim();
	if (/(?:^|\s)scan\s+--staged$/u.test(line)) return line;
	if (/(?:^|\s)scan(?:\s|$)/u.test(line)) throw new ArgsError("--hook-command names the program that runs boundary-guard; init adds 'scan --staged' (or give the whole command, ending with 'scan --staged')");
	return `${line} scan --staged`;
}
/** The pre-commit hook script running `line` (see hookCommand): its exit status is the hook's. */
function hookScript(line) {
	return `#!/bin/sh
# boundary-guard pre-commit hook, ${HOOK_MARKER}.
# Scans the staged content (the index, not the work tree); a finding or an
# error blocks the commit. Allow a value with an inline
# "boundary-guard-allow <id> -- <reason>" comment or a config suppression;
# name a baseline in the config ("baseline") to let known findings through.
${line}
`;
}
/** `text` as one sh word. */
function shellQuote(text) {
	return `'${text.split("'").join("'\\''")}'`;
}
const instructions = (line) => `
Other hook managers (run 'boundary-guard init --no-hook' to skip the git hook):
  husky:      echo ${shellQuote(line)} >> .husky/pre-commit
  lefthook:   in lefthook.yml
                pre-commit:
                  commands:
                    boundary-guard:
                      run: ${line}
  pre-commit: in .pre-commit-config.yaml
                repos:
                  - repo: https://github.com/cavra/boundary-guard
                    rev: v${packageVersion()}
                    hooks:
                      - id: boundary-guard
`;
/** Runs `boundary-guard init ARGV…`. */
async function runInit(argv, io) {
	let values;
	let line;
	try {
		({values} = parseCommand(INIT, argv));
		const command = typeof values["hook-command"] === "string" ? values["hook-command"] : DEFAULT_HOOK_COMMAND;
		if (/[\r\n]/u.test(command) || command.trim() === "") throw new ArgsError("--hook-command must be one non-empty line");
		line = hookCommand(command);
	} catch (error) {
		if (error instanceof ArgsError) {
			io.stderr(usageMessage(INIT, error.message));
			return 2;
		}
		throw error;
	}
	if (values.help === true) {
		io.stdout(helpText(INIT));
		return 0;
	}
	const force = values.force === true;
	const top = await gitTopLevel(io.cwd);
	const root = top ?? resolve(io.cwd);
	const shown = (path) => escapeControl(relative(io.cwd, path).split("\\").join("/") || path);
	let status = 0;
	let proposal = {
		entries: [],
		folders: [],
		suggestions: []
	};
	try {
		proposal = proposePrivatePaths(await listProjectFiles(root, top !== void 0), reader(root));
	} catch (error) {
		io.stderr(`boundary-guard init: cannot list the tree for private folders, so none are proposed (${error instanceof Error ? error.message : String(error)})\n`);
	}
	const configPath = join(root, CONFIG_FILE_NAME);
	if (existsSync(configPath) && !force) {
		io.stdout(`Kept ${shown(configPath)} (it exists; --force replaces it).\n`);
		io.stdout(proposalText(proposal, false, shown(configPath)));
	} else try {
		writeFileAtomic(configPath, `${JSON.stringify(starterConfig(proposal.entries), null, 2)}\n`, { root });
		io.stdout(`Wrote ${shown(configPath)}.\n`);
		io.stdout(proposalText(proposal, true, shown(configPath)));
	} catch (error) {
		io.stderr(`boundary-guard init: cannot write ${shown(configPath)} (${error instanceof Error ? error.message : String(error)})\n`);
		status = 2;
	}
	if (values.hook !== false) {
		if (top === void 0) {
			io.stderr("boundary-guard init: not inside a git work tree, so no pre-commit hook was installed (run git init first, or pass --no-hook)\n");
			status = 2;
		} else status = Math.max(status, await installHook(top, line, force, io, shown));
	}
	io.stdout(instructions(line));
	return status;
}
async function installHook(root, line, force, io, shown) {
	let hooksDir;
	try {
		hooksDir = resolve(root, (await git([
			"rev-parse",
			"--git-path",
			"hooks"
		], root)).toString("utf8").trim());
	} catch (error) {
		io.stderr(`boundary-guard init: ${error.message}\n`);
		return 2;
	}
	const hook = join(hooksDir, "pre-commit");
	if (existsSync(hook) && !force) {
		let current = "";
		try {
			current = readSmallFile(hook, 1048576);
		} catch {}
		if (!current.includes("installed by `boundary-guard init`")) {
			io.stderr(`boundary-guard init: ${shown(hook)} exists and is not ours; left unchanged. Add the line ${escapeControl(line)} to it, or rerun with --force to replace it.\n`);
			return 2;
		}
	}
	try {
		mkdirSync(hooksDir, { recursive: true });
		writeFileAtomic(hook, hookScript(line), {
			root: isInside(root, hooksDir) ? root : hooksDir,
			mode: 493
		});
		chmodSync(hook, 493);
	} catch (error) {
		io.stderr(`boundary-guard init: cannot write ${shown(hook)} (${error instanceof Error ? error.message : String(error)})\n`);
		return 2;
	}
	io.stdout(`Installed the pre-commit hook ${shown(hook)}: it runs ${escapeControl(line)}\n`);
	return 0;
}
export { runInit };
