import { c as writeFileAtomic, d as isInside, s as readSmallFile, t as CONFIG_FILE_NAME, v as git, y as gitTopLevel } from "./config-CI47KkaV.js";
import { a as INIT, c as parseCommand, l as usageMessage, s as helpText, t as ArgsError } from "./args-K5ZDaedk.js";
import { t as packageVersion } from "./run-CtxRxde4.js";
import { n as escapeControl } from "./terminal-CshEaG_2.js";
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
// dist/src/cli/init.js
/**
* `boundary-guard init`: a starter config and a git pre-commit hook that
* scans the staged content. Nothing existing is replaced without --force.
*/
/** The hook's marker line: a hook holding it is ours and may be refreshed. */
const HOOK_MARKER = "installed by `boundary-guard init`";
/** The command a hook runs by default: the project's own install, never a download. */
const DEFAULT_HOOK_COMMAND = "npx --no-install boundary-guard";
const STARTER_CONFIG = {
	$schema: "./node_modules/@cavra/boundary-guard/schemas/boundary-guard.config.schema.json",
	exclude: [],
	synthetic: {
		markers: [],
		hosts: [],
		entries: []
	},
	internalDomains: [],
	privatePackages: [],
	suppressions: []
};
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
	const configPath = join(root, CONFIG_FILE_NAME);
	if (existsSync(configPath) && !force) io.stdout(`Kept ${shown(configPath)} (it exists; --force replaces it).\n`);
	else try {
		writeFileAtomic(configPath, `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`, { root });
		io.stdout(`Wrote ${shown(configPath)}.\n`);
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
