/** TTY, width and environment facts of `io`. */
function terminalOf(io) {
	return {
		stdoutIsTTY: io.stdoutIsTTY ?? process.stdout.isTTY === true,
		stderrIsTTY: io.stderrIsTTY ?? process.stderr.isTTY === true,
		columns: io.columns ?? (io.stdoutIsTTY === void 0 ? stdoutColumns() : 80),
		env: io.env ?? process.env
	};
}
/** Width of the process's stdout: its columns on a terminal, else DEFAULT_COLUMNS. */
function stdoutColumns() {
	return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 80;
}
/**
* Colour as Node's `util.styleText` decides it for a stream: `FORCE_COLOR`
* when set (`''`, `1`, `true`, `2`, `3`: on; any other value: off), else off
* when `NO_COLOR` or `NODE_DISABLE_COLORS` is set (to anything) or `TERM` is
* `dumb`, else on a TTY. `--color` / `--no-color` decide when given.
*/
function useColor(flag, isTTY, env) {
	if (flag !== void 0) return flag;
	if (env.FORCE_COLOR !== void 0) return [
		"",
		"1",
		"true",
		"2",
		"3"
	].includes(env.FORCE_COLOR);
	if (env.NO_COLOR !== void 0 || env.NODE_DISABLE_COLORS !== void 0 || env.TERM === "dumb") return false;
	return isTTY;
}
/**
* Breaks `text` (its line breaks read as spaces) into lines of at most
* `width` characters at spaces; a word longer than a line stays whole.
*/
function wrap(text, width) {
	const lines = [];
	let line = "";
	for (const word of text.split(/\s+/u).filter((w) => w !== "")) if (line !== "" && line.length + 1 + word.length > width) {
		lines.push(line);
		line = word;
	} else line = line === "" ? word : `${line} ${word}`;
	if (line !== "" || lines.length === 0) lines.push(line);
	return lines;
}
/** `text` wrapped to `width`, every line after the first indented by `indent` spaces (the first by `first`). */
function hanging(text, width, indent, first = indent) {
	return wrap(text, Math.max(20, width - indent)).map((line, i) => `${" ".repeat(i === 0 ? first : indent)}${line}`).join("\n");
}
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** Shows control characters as visible escapes (`\n`, `\x1b`, `\u202e`), so text cannot drive a terminal. */
function escapeControl(text) {
	return text.replace(UNSAFE, (ch) => {
		const code = ch.charCodeAt(0);
		if (ch === "\n") return "\\n";
		if (ch === "\r") return "\\r";
		if (ch === "	") return "\\t";
		return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
	});
}
/** JSON text with C1 controls and bidi/separator characters escaped too (JSON.stringify leaves them raw). */
function safeJson(value, indent = 2) {
	return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/::/gu, ":\\u003a");
}
/**
* Breaks every `::` of a text printed for people (`:\x3a`), so that no
* file name or message can begin a GitHub Actions workflow command
* (`::warning::`, `::add-mask::`, `::stop-commands::`) on a CI log line.
*/
function breakCommands(text) {
	return text.replace(/::/gu, ":\\x3a");
}
const CODES = {
	red: [31, 39],
	yellow: [33, 39],
	green: [32, 39],
	dim: [2, 22],
	bold: [1, 22],
	underline: [4, 24],
	cyan: [36, 39]
};
function painter(color) {
	const entries = Object.entries(CODES).map(([name, [open, close]]) => [name, color ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text]);
	return Object.fromEntries(entries);
}
/** A one-line status on stderr, shown only on a TTY once a scan has lasted more than a moment. */
function progressLine(io, enabled, delayMs = 1e3) {
	const started = Date.now();
	let shown = false;
	return {
		update(text) {
			if (!enabled || Date.now() - started < delayMs) return;
			shown = true;
			io.stderr(`\r\u001b[2K${escapeControl(text)}`);
		},
		clear() {
			if (shown) io.stderr("\r\x1B[2K");
			shown = false;
		}
	};
}
export { progressLine as a, terminalOf as c, painter as i, useColor as l, escapeControl as n, safeJson as o, hanging as r, stdoutColumns as s, breakCommands as t, wrap as u };
