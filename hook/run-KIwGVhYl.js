import { r as hanging, s as stdoutColumns, u as wrap } from "./terminal-CshEaG_2.js";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
// dist/src/package-meta.js
/** The package's name in its package.json. */
const PACKAGE_NAME = "@cavra/boundary-guard";
/**
* Reads name and version from the nearest package.json above `from` that
* names this package (a project's own package.json above a bundled copy is
* passed over). Walking up works from the sources (src/), the build (dist/src/) and
* the single-file bundles alike, without a JSON import
* attribute.
*/
function readPackageMeta(from = import.meta.url) {
	let dir = dirname(fileURLToPath(from));
	for (;;) {
		const file = join(dir, "package.json");
		if (existsSync(file)) {
			const json = JSON.parse(readFileSync(file, "utf8"));
			if (json.name === "@cavra/boundary-guard" && typeof json.version === "string") return {
				name: json.name,
				version: json.version
			};
		}
		const parent = dirname(dir);
		if (parent === dir) throw new Error(`boundary-guard: no package.json of ${PACKAGE_NAME} with a version above ${from}`);
		dir = parent;
	}
}
// dist/src/cli/run.js
/**
* `boundary-guard ARGV…`: global flags and the command dispatch table.
*/
/**
* Dispatch table: command name -> handler. Every command owns its argv
* parsing and `--help`, writes through `io` and returns an exit code; each is
* imported on first use, so `--version` or `init` never load the catalog.
*/
const COMMANDS = /* @__PURE__ */ new Map([
	["contract", {
		summary: "describe, build and validate saas_operating_automation payloads",
		run: async (argv, io) => (await import("./contract-CjGJeSEu.js")).runContract(argv, io)
	}],
	["scan", {
		summary: "scan files, the staged content or a pull-request diff for what the Boundary forbids",
		run: async (argv, io) => (await import("./scan-CgWOXoDt.js")).runScan(argv, io)
	}],
	["init", {
		summary: "write a starter config and install a git pre-commit hook",
		run: async (argv, io) => (await import("./init-Dq0tQbDw.js")).runInit(argv, io)
	}],
	["baseline", {
		summary: "record the current findings so that scans fail only on new ones",
		run: async (argv, io) => (await import("./baseline-Be4u8I5A.js")).runBaseline(argv, io)
	}],
	["detectors", {
		summary: "list the detector catalog",
		run: async (argv, io) => (await import("./detectors-DCDUHd0u.js")).runDetectors(argv, io)
	}],
	["explain", {
		summary: "what a detector or category finds, and how to allow a finding",
		run: async (argv, io) => (await import("./explain-CUHxomVG.js")).runExplain(argv, io)
	}]
]);
const USAGE = "Usage: boundary-guard <command> [options]";
function help(columns = stdoutColumns()) {
	const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length));
	const lines = [...COMMANDS].map(([name, command]) => `  ${name.padEnd(width)}  ${hanging(command.summary, columns, width + 4, 0)}`);
	return `${USAGE}

${wrap("Keeps what a public contract's Boundary forbids out of an open-core repository.", columns).join("\n")}

Commands:
${lines.join("\n")}

Options:
  -h, --help     show this help
  --version      print the version

Run 'boundary-guard COMMAND --help' for a command's options.
`;
}
/** The version in this package's package.json. */
function packageVersion() {
	return readPackageMeta(import.meta.url).version;
}
/** Runs the CLI with `argv` (without node and the script). Never exits the process. */
async function run(argv, io) {
	const [first, ...rest] = argv;
	if (first === "--help" || first === "-h" || first === "help") {
		io.stdout(help());
		return 0;
	}
	if (first === "--version") {
		io.stdout(`${packageVersion()}\n`);
		return 0;
	}
	if (first === void 0) {
		io.stderr(help());
		return 2;
	}
	const command = COMMANDS.get(first);
	if (!command) {
		const what = first.startsWith("-") ? "unknown option" : "unknown command";
		io.stderr(`boundary-guard: ${what} ${JSON.stringify(first)}\n${USAGE}\nRun 'boundary-guard --help' for the commands.\n`);
		return 2;
	}
	return command.run(rest, io);
}
export { run as n, packageVersion as t };
