#!/usr/bin/env node
import { n as run } from "./run-KIwGVhYl.js";
import { setFlagsFromString } from "node:v8";
// dist/src/cli/io.js
/**
* What a CLI command may touch. Commands write through `io` and return an
* exit code; they never call process.exit, so tests can run them in-process.
*/
async function readProcessStdin() {
	const chunks = [];
	for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
	return Buffer.concat(chunks).toString("utf8");
}
/**
* The real process's streams and working directory. A stream whose reader
* went away (`boundary-guard … | head`: EPIPE) takes no more writes, quietly;
* the command still ends with its own exit status.
*/
function processIo() {
	const closed = /* @__PURE__ */ new Set();
	const writer = (stream) => {
		stream.on("error", (error) => {
			if (error.code !== "EPIPE") throw error;
			closed.add(stream);
		});
		return (s) => {
			if (!closed.has(stream)) stream.write(s);
		};
	};
	return {
		stdout: writer(process.stdout),
		stderr: writer(process.stderr),
		stdin: readProcessStdin,
		cwd: process.cwd()
	};
}
// dist/src/cli/bin.js
setFlagsFromString("--heap-growing-percent=50");
setFlagsFromString("--no-regexp-tier-up");
try {
	process.exitCode = await run(process.argv.slice(2), processIo());
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	process.stderr.write(`boundary-guard: unexpected error: ${message.replace(/\s+/gu, " ").trim()}\n`);
	process.exitCode = 2;
}
export {};
