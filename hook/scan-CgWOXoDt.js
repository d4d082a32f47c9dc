import { B as HASH_KEY_ENV, F as BOUNDARY_CATEGORIES, f as ALLOW_DIRECTIVE, n as createCatalog } from "./patterns-Bwfr1uKA.js";
import { n as envHashKey, o as BaselineError, t as scan } from "./scan-B3Bj0GQ1.js";
import { _ as GitError, c as writeFileAtomic, h as resolveScanRoot, i as loadConfig, l as UsageError, m as real, n as ConfigError, p as parseShard } from "./config-0BoXvtwL.js";
import { c as parseCommand, l as usageMessage, o as SCAN, s as helpText, t as ArgsError } from "./args-DrGZJYf5.js";
import { a as progressLine, c as terminalOf, i as painter, l as useColor, n as escapeControl, o as safeJson, t as breakCommands } from "./terminal-CshEaG_2.js";
import { t as ruleDocUrl } from "./rule-docs-C-HAqcej.js";
import { l as configuredDetectors } from "./pool-CzPG8673.js";
import { t as packageVersion } from "./run-KIwGVhYl.js";
import { mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
// dist/src/scanner/summary.js
/** A finding fails the scan when it is new and at error level. */
function isFailing(finding) {
	return finding.status === "new" && finding.severity === "error";
}
function summarize(report) {
	let failing = 0;
	let fresh = 0;
	let newWarnings = 0;
	for (const f of report.findings) {
		if (f.status !== "new") continue;
		fresh++;
		if (f.severity === "error") failing++;
		else newWarnings++;
	}
	return {
		files: report.stats.files,
		bytes: report.stats.bytes,
		skipped: report.skipped.length,
		findings: report.findings.length,
		failing,
		new: fresh,
		existing: report.findings.length - fresh,
		newWarnings,
		suppressed: report.suppressed.length,
		errors: report.errors.length,
		warnings: report.warnings.length,
		durationMs: report.stats.durationMs
	};
}
const plural$1 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
/**
* 0 clean, 1 failing findings (or more new warnings than `maxWarnings`; a
* negative `maxWarnings` is no limit), 2 any error; with the reason.
*/
function outcomeOf(report, maxWarnings) {
	const summary = summarize(report);
	if (summary.errors > 0) return {
		exitCode: 2,
		reason: `incomplete: ${plural$1(summary.errors, "error")}${summary.failing > 0 ? `, ${plural$1(summary.failing, "failing finding")}` : ""}`
	};
	if (summary.failing > 0) return {
		exitCode: 1,
		reason: plural$1(summary.failing, "failing finding")
	};
	if (maxWarnings !== void 0 && maxWarnings >= 0 && summary.newWarnings > maxWarnings) return {
		exitCode: 1,
		reason: `${plural$1(summary.newWarnings, "new warning")}, more than --max-warnings ${maxWarnings}`
	};
	return {
		exitCode: 0,
		reason: "no failing findings"
	};
}
/** The exit status of `outcomeOf`. */
function exitCodeOf(report, maxWarnings) {
	return outcomeOf(report, maxWarnings).exitCode;
}
// dist/src/cli/formatters/github.js
/**
* `--format github`: GitHub Actions workflow commands (annotations).
* https://docs.github.com/actions/reference/workflow-commands-for-github-actions
* File paths are relative to the repository root. Data escapes `%`, CR and LF; properties also `:` and `,`. Other control
* characters are made visible first, so that no file name or message can end
* the command line and start a workflow command of its own.
*/
const OTHER_CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const visible = (text) => text.replace(OTHER_CONTROLS, (ch) => escapeControl(ch));
/** Escapes the message part of a workflow command. */
function escapeData(text) {
	return visible(text).replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}
/** Escapes a property value of a workflow command. */
function escapeProperty(text) {
	return escapeData(text).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}
function command(name, properties, message) {
	const props = Object.entries(properties).filter((entry) => entry[1] !== void 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
	return `::${name}${props === "" ? "" : ` ${props}`}::${escapeData(message)}`;
}
function formatGithub(report, context) {
	const lines = [];
	for (const f of visibleFindings(report, context)) {
		const name = f.status === "existing" ? "notice" : f.severity === "error" ? "error" : "warning";
		lines.push(command(name, {
			file: f.path,
			line: f.line,
			col: f.column,
			endLine: f.endLine,
			endColumn: f.endColumn,
			title: `boundary-guard ${f.ruleId} (${f.category})${f.status === "existing" ? " existing" : ""}`
		}, `${f.message}${f.keyPath !== void 0 ? ` at ${f.keyPath}` : ""} [fingerprint ${f.fingerprint}]`));
	}
	for (const e of report.errors) lines.push(command("error", {
		file: e.path,
		line: e.line,
		col: e.column,
		title: `boundary-guard ${e.code}`
	}, e.message));
	if (!context.quiet) for (const w of report.warnings) lines.push(command("warning", {
		file: w.path,
		title: `boundary-guard ${w.code}`
	}, w.message));
	const s = summarize(report);
	const outcome = outcomeOf(report, context.maxWarnings);
	if (outcome.exitCode === 1 && s.failing === 0) lines.push(command("error", { title: "boundary-guard max-warnings" }, outcome.reason));
	lines.push(`boundary-guard: ${s.failing} failing, ${s.existing} existing, ${s.newWarnings} warnings, ${s.errors} errors; ${s.files} files scanned, ${s.skipped} skipped; ${outcome.exitCode === 0 ? "passed" : "failed"}: ${outcome.reason}`);
	return `${lines.join("\n")}\n`;
}
function finding(report, f) {
	return {
		ruleId: f.ruleId,
		category: f.category,
		severity: f.severity,
		...f.status !== void 0 ? { status: f.status } : {},
		path: displayPath(report, f.path),
		line: f.line,
		column: f.column,
		endLine: f.endLine,
		endColumn: f.endColumn,
		message: f.message,
		preview: f.preview,
		fingerprint: f.fingerprint,
		valueHash: f.valueHash,
		...f.keyPath !== void 0 ? { keyPath: f.keyPath } : {},
		...f.byteOffset !== void 0 ? { byteOffset: f.byteOffset } : {},
		...f.commit !== void 0 ? { commit: f.commit } : {}
	};
}
/** Builds the json report object (exported for tests and the schema check). */
function jsonReport(report, context) {
	const path = (p) => p === void 0 ? {} : { path: displayPath(report, p) };
	return {
		version: 1,
		tool: {
			name: "boundary-guard",
			version: context.version
		},
		mode: report.mode,
		findings: visibleFindings(report, context).map((f) => finding(report, f)),
		suppressed: context.showSuppressed ? report.suppressed.map((s) => ({
			...finding(report, s.finding),
			by: s.by,
			reason: s.reason
		})) : [],
		errors: report.errors.map((e) => ({
			code: e.code,
			...path(e.path),
			...e.line !== void 0 ? { line: e.line } : {},
			...e.column !== void 0 ? { column: e.column } : {},
			message: e.message
		})),
		warnings: report.warnings.map((w) => ({
			code: w.code,
			...path(w.path),
			message: w.message
		})),
		skipped: report.skipped.map((s) => ({
			...path(s.path),
			reason: s.reason,
			...s.size !== void 0 ? { size: s.size } : {},
			...s.format !== void 0 ? { format: s.format } : {}
		})),
		summary: {
			...summarize(report),
			...outcomeOf(report, context.maxWarnings),
			...context.maxWarnings !== void 0 && context.maxWarnings >= 0 ? { maxWarnings: context.maxWarnings } : {}
		}
	};
}
function formatJson(report, context) {
	return `${safeJson(jsonReport(report, context))}\n`;
}
// dist/src/cli/formatters/sarif.js
/**
* `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers.
* Rules carry the catalog's metadata and category; results carry the masked
* message, a partial fingerprint and the baseline state. No snippet is
* emitted at all, so no region text can hold a value.
*/
const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI = "https://github.com/cavra/boundary-guard";
/** Key of our fingerprint in `partialFingerprints`; versioned as SARIF suggests. */
const FINGERPRINT_KEY = "boundaryGuardFingerprint/v1";
/** A root-relative path as a relative URI reference. */
function uriOf(path) {
	return path.split("/").map(encodeURIComponent).join("/");
}
/**
* GitHub's `security-severity` (0-10: 9+ critical, 7-8.9 high, 4-6.9 medium, below low) of an
* error-level finding, by what its category opens: keys and credentials most, code markers least.
*/
const CATEGORY_SEVERITY = {
	"signing-material": 9.5,
	"connector-credential": 9,
	"license-key": 8.5,
	"escalation-webhook": 8,
	"billing-record": 8,
	"customer-identifier": 7,
	"customer-audit-payload": 7,
	"support-ticket": 6.5,
	"customer-success-note": 6,
	"dashboard-url": 5,
	"paid-policy-pack": 5,
	"enterprise-source": 5,
	"saas-backend-code": 4.5,
	"scheduler-implementation": 4.5,
	"automation-worker": 4.5
};
/** A warning-level rule (only a key suggests the value is real) is low. */
const WARNING_SEVERITY = 3;
/** `properties.security-severity` of a rule: a numeric string, from its level and category. */
function securitySeverity(detector) {
	return (detector.severity === "error" ? CATEGORY_SEVERITY[detector.category] : WARNING_SEVERITY).toFixed(1);
}
function rule(detector) {
	const category = BOUNDARY_CATEGORIES[detector.category];
	const docs = ruleDocUrl(detector.category);
	return {
		id: detector.id,
		name: detector.name,
		shortDescription: { text: detector.name },
		fullDescription: { text: detector.description },
		help: {
			text: `${detector.description}\nCategory: ${category.title}: ${category.description}\nRemove the value from the repository (and rotate it if it is a credential), or allow it with a reason: an inline "${ALLOW_DIRECTIVE} ${detector.id} -- <reason>" comment or a suppression in boundary-guard.config.json.\nDocumentation: ${docs}`,
			markdown: [
				`**${detector.name}** (\`${detector.id}\`, category \`${detector.category}\`: ${category.title})`,
				"",
				detector.description,
				"",
				`Remove the value from the repository (and rotate it if it is a credential), or allow it with a reason: an inline \`${ALLOW_DIRECTIVE} ${detector.id} -- <reason>\` comment, or a suppression in \`boundary-guard.config.json\`. \`boundary-guard explain ${detector.id}\` shows how.`,
				"",
				`See [${docs.slice(docs.lastIndexOf("/") + 1)}](${docs}).`
			].join("\n")
		},
		...detector.references?.[0] !== void 0 ? { helpUri: detector.references[0] } : {},
		defaultConfiguration: { level: detector.severity === "error" ? "error" : "warning" },
		properties: {
			category: detector.category,
			tags: [
				"security",
				"boundary-guard",
				detector.category
			],
			"security-severity": securitySeverity(detector)
		}
	};
}
function formatSarif(report, context) {
	const ruleIndex = /* @__PURE__ */ new Map();
	const rules = context.detectors.map((d, i) => {
		ruleIndex.set(d.id, i);
		return rule(d);
	});
	const result = (f, status, suppressed) => ({
		ruleId: f.ruleId,
		...ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {},
		level: f.severity === "error" ? "error" : "warning",
		message: { text: `${f.message}${f.keyPath !== void 0 ? ` (at ${f.keyPath})` : ""}` },
		locations: [{ physicalLocation: {
			artifactLocation: {
				uri: uriOf(f.path),
				uriBaseId: "SRCROOT"
			},
			region: {
				startLine: f.line,
				startColumn: f.column,
				endLine: f.endLine,
				endColumn: f.endColumn
			}
		} }],
		partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
		...status !== void 0 ? { baselineState: status === "new" ? "new" : "unchanged" } : {},
		...suppressed ? { suppressions: [{
			kind: suppressed.by === "inline" ? "inSource" : "external",
			justification: `${suppressed.by}: ${suppressed.reason}`
		}] } : {},
		properties: {
			category: f.category,
			preview: f.preview,
			...status !== void 0 ? { status } : {},
			...f.keyPath !== void 0 ? { keyPath: f.keyPath } : {},
			...f.commit !== void 0 ? { commit: f.commit } : {}
		}
	});
	const results = [...visibleFindings(report, context).map((f) => result(f, f.status)), ...context.showSuppressed ? report.suppressed.map((s) => result(s.finding, void 0, s)) : []];
	const location = (path, line, column) => path === void 0 ? {} : { locations: [{ physicalLocation: {
		artifactLocation: {
			uri: uriOf(path),
			uriBaseId: "SRCROOT"
		},
		...line !== void 0 ? { region: {
			startLine: line,
			...column !== void 0 ? { startColumn: column } : {}
		} } : {}
	} }] };
	const notifications = [
		...report.errors.map((e) => ({
			level: "error",
			message: { text: e.message },
			descriptor: { id: e.code },
			...location(e.path, e.line, e.column)
		})),
		...report.warnings.map((w) => ({
			level: "warning",
			message: { text: w.message },
			descriptor: { id: w.code },
			...location(w.path)
		})),
		...report.skipped.map((s) => ({
			level: "note",
			message: { text: `not scanned: ${s.reason}` },
			descriptor: { id: "skipped" },
			...location(s.path)
		}))
	];
	const outcome = outcomeOf(report, context.maxWarnings);
	const sarif = {
		$schema: SARIF_SCHEMA,
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "boundary-guard",
				version: context.version,
				semanticVersion: context.version,
				informationUri: INFORMATION_URI,
				rules
			} },
			originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(report.root.endsWith("/") ? report.root : `${report.root}/`).href } },
			columnKind: "utf16CodeUnits",
			invocations: [{
				executionSuccessful: report.errors.length === 0,
				exitCode: outcome.exitCode,
				exitCodeDescription: outcome.reason,
				toolExecutionNotifications: notifications
			}],
			results
		}]
	};
	return `${safeJson(sarif)}\n`;
}
// dist/src/cli/formatters/stylish.js
/**
* `--format stylish` (default): findings grouped by file, for a terminal.
* Colour only when asked; every path and message is passed through
* `escapeControl` and `breakCommands`, so a file name can neither move the
* cursor or change colours, nor start a CI workflow command.
*/
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
/** A path or message as printed: control characters made visible, `::` broken (no workflow command can start). */
const shown = (text) => breakCommands(escapeControl(text));
function formatStylish(report, context) {
	const paint = painter(context.color);
	const out = [];
	const byFile = /* @__PURE__ */ new Map();
	for (const f of visibleFindings(report, context)) {
		const list = byFile.get(f.path);
		if (list) list.push(f);
		else byFile.set(f.path, [f]);
	}
	for (const [path, findings] of byFile) {
		out.push(paint.underline(shown(displayPath(report, path))));
		const rows = findings.map((f) => {
			const severity = f.severity === "error" ? paint.red("error") : paint.yellow("warning");
			const status = f.status === "existing" ? paint.dim(" (existing)") : "";
			const key = f.keyPath !== void 0 ? paint.dim(` at ${shown(f.keyPath)}`) : "";
			return {
				where: `${f.line}:${f.column}`,
				severity,
				plainSeverity: f.severity,
				text: `${shown(f.message)}${key}${status}`,
				rule: paint.dim(`${f.category}/${f.ruleId}`)
			};
		});
		const whereWidth = Math.max(...rows.map((r) => r.where.length));
		for (const r of rows) out.push(`  ${paint.dim(r.where.padEnd(whereWidth))}  ${r.severity}${" ".repeat(7 - r.plainSeverity.length)}  ${r.text}  ${r.rule}`);
		out.push("");
	}
	if (context.showSuppressed && report.suppressed.length > 0) {
		out.push(paint.bold(`Suppressed (${report.suppressed.length}):`));
		for (const s of report.suppressed) {
			const f = s.finding;
			out.push(`  ${shown(displayPath(report, f.path))}:${f.line}:${f.column}  ${f.ruleId}  ${paint.dim(`${s.by}: ${shown(s.reason)}`)}`);
		}
		out.push("");
	}
	if (report.errors.length > 0) {
		out.push(paint.red(paint.bold(`${plural(report.errors.length, "error")}:`)));
		for (const e of report.errors) {
			const where = e.path !== void 0 ? `${shown(displayPath(report, e.path))}${e.line !== void 0 ? `:${e.line}:${e.column ?? 1}` : ""}: ` : "";
			out.push(`  ${where}${shown(e.message)} ${paint.dim(`(${e.code})`)}`);
		}
		out.push("");
	}
	if (report.warnings.length > 0 && !context.quiet) {
		out.push(paint.yellow(`${plural(report.warnings.length, "warning")}:`));
		for (const w of report.warnings) out.push(`  ${w.path !== void 0 ? `${shown(displayPath(report, w.path))}: ` : ""}${shown(w.message)}`);
		out.push("");
	}
	const summary = summarize(report);
	if (summary.skipped > 0 && !context.quiet) {
		const reasons = /* @__PURE__ */ new Map();
		for (const s of report.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
		const list = [...reasons].map(([reason, n]) => `${n} ${reason}`).join(", ");
		out.push(paint.dim(`${plural(summary.skipped, "file")} skipped (${list}); --format json lists them`));
	}
	const counts = [
		summary.existing > 0 ? `${summary.existing} existing` : "",
		summary.newWarnings > 0 ? plural(summary.newWarnings, "warning") : "",
		summary.suppressed > 0 ? `${summary.suppressed} suppressed` : ""
	].filter((s) => s !== "");
	const tail = `${counts.length > 0 ? `; ${counts.join(", ")}` : ""} (${plural(summary.files, "file")} scanned)`;
	const outcome = outcomeOf(report, context.maxWarnings);
	out.push((outcome.exitCode === 0 ? paint.green(`✔ ${outcome.reason}`) : paint.red(paint.bold(`✖ ${outcome.reason}`))) + tail);
	return `${out.join("\n")}\n`;
}
// dist/src/cli/formatters/index.js
/**
* Report formatters: pure functions from a scan report to text. None of them
* sees a raw value: findings carry a masked preview and a fingerprint only.
*/
/** Registry: format name -> formatter. */
const FORMATTERS = {
	stylish: formatStylish,
	json: formatJson,
	sarif: formatSarif,
	github: formatGithub
};
function isFormatName(name) {
	return Object.hasOwn(FORMATTERS, name);
}
/** A root-relative path as the user sees it: relative to the working directory, forward slashes. */
function displayPath(report, path) {
	const rel = relative(report.cwd, join(report.root, path));
	return (rel === "" ? "." : rel).split("\\").join("/");
}
/** The findings a format lists: with --quiet, failing ones only. */
function visibleFindings(report, context) {
	return context.quiet ? report.findings.filter(isFailing) : report.findings;
}
/** The effective config of a scan from `cwd` over `paths`; throws as `scan` does (UsageError, ConfigError). */
async function effectiveConfig(options) {
	const scanRoot = await resolveScanRoot(options.cwd, options.paths, options.git);
	const cwd = real(resolve(options.cwd)) ?? resolve(options.cwd);
	const { config, warnings } = loadConfig({
		root: scanRoot.root,
		cwd,
		...options.config !== void 0 ? { explicit: options.config } : {}
	});
	const { hashKey, file, ...rest } = config;
	const { detectors, severity, ids } = configuredDetectors(config);
	const on = new Map(detectors.map((d) => [d.id, severity[d.id] ?? d.severity]));
	const shown = (path) => relative(cwd, path).split("\\").join("/") || ".";
	return `${safeJson({
		version: 1,
		root: shown(scanRoot.root),
		git: scanRoot.git,
		file: file !== void 0 ? shown(file) : null,
		config: {
			...rest,
			hashKey: hashKey !== void 0 ? "set" : "not set"
		},
		environment: { [HASH_KEY_ENV]: envHashKey() !== void 0 ? "set" : "not set" },
		levels: Object.fromEntries(ids.map((id) => [id, on.get(id) ?? "off"])),
		warnings: warnings.map((w) => ({
			code: w.code,
			message: w.message
		}))
	})}\n`;
}
// dist/src/cli/scan.js
/**
* `boundary-guard scan`: argv -> scanner -> formatter -> exit status.
*/
/** Runs `boundary-guard scan ARGV…`; never exits the process. */
async function runScan(argv, io) {
	let parsed;
	try {
		parsed = parseScanArgs(argv);
	} catch (error) {
		if (error instanceof ArgsError || error instanceof UsageError) {
			io.stderr(usageMessage(SCAN, error.message));
			return 2;
		}
		throw error;
	}
	if (parsed === "help") {
		io.stdout(helpText(SCAN));
		return 0;
	}
	const { options, format, outputFile, maxWarnings, quiet, color } = parsed;
	if (parsed.printConfig) return printConfig(options, io);
	const terminal = terminalOf(io);
	const context = (detectors) => ({
		color: outputFile === void 0 && useColor(color, terminal.stdoutIsTTY, terminal.env),
		version: packageVersion(),
		detectors,
		quiet,
		showSuppressed: options.showSuppressed === true,
		...maxWarnings !== void 0 ? { maxWarnings } : {}
	});
	/** Writes the report to --output-file; false (and a message) when it cannot. */
	const writeReport = (text, root) => {
		if (outputFile === void 0) return true;
		const target = resolve(io.cwd, outputFile);
		try {
			mkdirSync(dirname(target), { recursive: true });
			writeFileAtomic(target, text, { root });
			return true;
		} catch (error) {
			io.stderr(`boundary-guard scan: cannot write ${escapeControl(outputFile)} (${error instanceof Error ? error.message : String(error)})\n`);
			return false;
		}
	};
	/**
	* A run that ends before there is a scan report still leaves its report
	* file: a CI step that uploads it after a failed scan finds it, with the error.
	*/
	const failed = (code, message) => {
		if (outputFile === void 0) return;
		const root = real(io.cwd) ?? io.cwd;
		const report = {
			mode: options.mode ?? "tree",
			root,
			cwd: root,
			findings: [],
			suppressed: [],
			errors: [{
				code,
				message
			}],
			warnings: [],
			skipped: [],
			stats: {
				files: 0,
				bytes: 0,
				durationMs: 0,
				workers: 0
			}
		};
		writeReport(FORMATTERS[format](report, context(createCatalog())), root);
	};
	let stdin;
	if (parsed.stdinFilename !== void 0) {
		if (!io.stdin) {
			io.stderr(usageMessage(SCAN, "--stdin: standard input is not available"));
			failed("usage-error", "--stdin: standard input is not available");
			return 2;
		}
		stdin = {
			content: Buffer.from(await io.stdin(), "utf8"),
			filename: parsed.stdinFilename
		};
	}
	const progress = progressLine(io, terminal.stderrIsTTY);
	let report;
	try {
		report = await scan({
			...options,
			cwd: io.cwd,
			...stdin ? { stdin } : {},
			onProgress: (p) => progress.update(`boundary-guard: ${p.done}/${p.total} files, ${(p.bytes / 1048576).toFixed(1)} MB`)
		});
	} catch (error) {
		progress.clear();
		const message = error instanceof Error ? error.message : String(error);
		if (error instanceof UsageError) {
			io.stderr(usageMessage(SCAN, error.message));
			failed("usage-error", message);
			return 2;
		}
		if (error instanceof ConfigError || error instanceof BaselineError || error instanceof GitError) {
			io.stderr(`boundary-guard scan: ${error.message.split("\n").map(escapeControl).join("\n")}\n`);
			failed(error instanceof ConfigError ? "config-error" : error instanceof BaselineError ? "baseline-error" : "git-error", message);
			return 2;
		}
		failed("internal-error", `unexpected error: ${message}`);
		throw error;
	}
	progress.clear();
	const text = FORMATTERS[format](report, context(report.detectors ?? createCatalog()));
	if (outputFile === void 0) io.stdout(text);
	else if (!writeReport(text, report.root)) return 2;
	if (report.errors.length > 0 && (format !== "stylish" || outputFile !== void 0)) {
		for (const e of report.errors.slice(0, 20)) io.stderr(`boundary-guard scan: ${e.path !== void 0 ? `${escapeControl(e.path)}: ` : ""}${escapeControl(e.message)}\n`);
		if (report.errors.length > 20) io.stderr(`boundary-guard scan: … and ${report.errors.length - 20} more errors\n`);
	}
	return exitCodeOf(report, maxWarnings);
}
function parseScanArgs(argv) {
	const { values, positionals } = parseCommand(SCAN, argv.flatMap((arg, i) => arg === "--max-warnings" && /^-\d+$/u.test(argv[i + 1] ?? "") ? [] : argv[i - 1] === "--max-warnings" && /^-\d+$/u.test(arg) ? [`--max-warnings=${arg}`] : [arg]));
	if (values.help === true) return "help";
	const str = (name) => typeof values[name] === "string" ? values[name] : void 0;
	const format = str("format") ?? "stylish";
	if (!isFormatName(format)) throw new ArgsError(`unknown format ${JSON.stringify(format)}; use one of ${Object.keys(FORMATTERS).join(", ")}`);
	const staged = values.staged === true;
	const base = str("diff");
	if (staged && base !== void 0) throw new ArgsError("--staged and --diff cannot be combined");
	if (values.history === false && base === void 0) throw new ArgsError("--no-history applies to --diff only");
	const stdinMode = values.stdin === true;
	if (!stdinMode && str("stdin-filename") !== void 0) throw new ArgsError("--stdin-filename needs --stdin");
	if (stdinMode && (positionals.length > 0 || staged || base !== void 0)) throw new ArgsError("--stdin cannot be combined with paths, --staged or --diff");
	let maxWarnings;
	if (str("max-warnings") !== void 0) {
		maxWarnings = Number(str("max-warnings"));
		if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new ArgsError("--max-warnings takes a whole number >= 0, or -1 for no limit");
	}
	let concurrency = "auto";
	const c = str("concurrency");
	if (c !== void 0 && c !== "auto") {
		concurrency = c === "off" ? 0 : Number(c);
		if (!Number.isInteger(concurrency) || concurrency < 0 || concurrency > 64) throw new ArgsError("--concurrency takes auto, off or a number of threads (0-64)");
	}
	let shard;
	if (str("shard") !== void 0) shard = parseShard(str("shard") ?? "");
	const config = str("config");
	const baseline = str("baseline");
	return {
		options: {
			paths: positionals.length > 0 || stdinMode ? positionals : ["."],
			mode: staged ? "staged" : base !== void 0 ? "diff" : "tree",
			...base !== void 0 ? { base } : {},
			...values.history === false ? { history: false } : {},
			git: values.git !== false,
			...config !== void 0 ? { config } : {},
			...baseline !== void 0 ? { baseline } : {},
			...shard ? { shard } : {},
			showSuppressed: values["show-suppressed"] === true,
			concurrency
		},
		format,
		outputFile: str("output-file"),
		maxWarnings,
		quiet: values.quiet === true,
		color: typeof values.color === "boolean" ? values.color : void 0,
		stdinFilename: stdinMode ? str("stdin-filename") ?? "<stdin>" : void 0,
		printConfig: values["print-config"] === true
	};
}
/** `--print-config`: the effective config as JSON, exit status 0; errors as a scan reports them. */
async function printConfig(options, io) {
	try {
		io.stdout(await effectiveConfig({
			cwd: io.cwd,
			paths: options.paths ?? [],
			git: options.git !== false,
			...options.config !== void 0 ? { config: options.config } : {}
		}));
		return 0;
	} catch (error) {
		if (error instanceof UsageError) io.stderr(usageMessage(SCAN, error.message));
		else if (error instanceof ConfigError) io.stderr(`boundary-guard scan: ${error.message.split("\n").map(escapeControl).join("\n")}\n`);
		else throw error;
		return 2;
	}
}
export { runScan };
