import { W as randomHashKey } from "./patterns-Bwfr1uKA.js";
import { a as BASELINE_FILE_NAME, c as formatBaseline, i as pruneBaseline, l as readBaseline, o as BaselineError, r as isStale, s as createBaseline, t as scan } from "./scan-B3Bj0GQ1.js";
import { _ as GitError, c as writeFileAtomic, g as toPosix, h as resolveScanRoot, i as loadConfig, l as UsageError, m as real, n as ConfigError } from "./config-0BoXvtwL.js";
import { c as parseCommand, l as usageMessage, n as BASELINE, s as helpText, t as ArgsError } from "./args-DrGZJYf5.js";
import { n as escapeControl, o as safeJson } from "./terminal-CshEaG_2.js";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
// dist/src/cli/baseline.js
/**
* `boundary-guard baseline`: records the findings of a tree scan by
* fingerprint, so that scans fail only on new ones; `--prune` drops what was
* fixed, `--list` shows the entries. Nothing it prints holds a value.
*/
/** Runs `boundary-guard baseline ARGV…`. */
async function runBaseline(argv, io) {
	let values;
	let positionals;
	try {
		({values, positionals} = parseCommand(BASELINE, argv));
		checkArgs(values, positionals);
	} catch (error) {
		if (error instanceof ArgsError) {
			io.stderr(usageMessage(BASELINE, error.message));
			return 2;
		}
		throw error;
	}
	if (values.help === true) {
		io.stdout(helpText(BASELINE));
		return 0;
	}
	try {
		const place = await locate(values, positionals, io);
		if (values.list === true) return list(values, place, io);
		if (values.prune === true) return await prune(values, positionals, place, io);
		return await write(values, positionals, place, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(usageMessage(BASELINE, error.message));
			return 2;
		}
		if (error instanceof ConfigError || error instanceof BaselineError || error instanceof GitError) {
			io.stderr(`boundary-guard baseline: ${error.message.split("\n").map(escapeControl).join("\n")}\n`);
			return 2;
		}
		throw error;
	}
}
function checkArgs(values, positionals) {
	if (values.prune === true && values.list === true) throw new ArgsError("--prune and --list cannot be combined");
	if (values.list === true && (positionals.length > 0 || values["output-file"] !== void 0)) throw new ArgsError("--list reads the baseline only: it takes no PATH or --output-file");
	if (values.format !== void 0) {
		if (values.list !== true) throw new ArgsError("--format applies to --list");
		if (values.format !== "text" && values.format !== "json") throw new ArgsError(`unknown format ${JSON.stringify(values.format)}; use text or json`);
	}
	if (values.baseline !== void 0 && values.prune !== true && values.list !== true) throw new ArgsError("--baseline names the file --prune and --list read; --output-file says where to write");
}
async function locate(values, positionals, io) {
	const cwd = real(resolve(io.cwd)) ?? resolve(io.cwd);
	const { root } = await resolveScanRoot(cwd, positionals, values.git !== false);
	const explicit = typeof values.config === "string" ? values.config : void 0;
	const { config } = loadConfig({
		root,
		cwd,
		...explicit !== void 0 ? { explicit } : {}
	});
	const shown = (file) => {
		const rel = relative(cwd, file);
		return escapeControl(rel === "" || rel.startsWith("..") ? file : toPosix(rel));
	};
	return {
		cwd,
		root,
		...config.file !== void 0 ? { config: config.file } : {},
		...config.baseline !== void 0 ? { configured: config.baseline } : {},
		shown
	};
}
/** The baseline --prune and --list read (--baseline, else the config's, else the default at the root), and its name in messages. */
function baselineToRead(values, place) {
	if (typeof values.baseline === "string") {
		const file = resolve(place.cwd, values.baseline);
		return {
			file,
			shown: place.shown(file)
		};
	}
	if (place.configured !== void 0) return {
		file: place.configured,
		shown: `${place.shown(place.configured)} (named by "baseline" in ${place.shown(place.config ?? "")})`
	};
	const file = join(place.root, BASELINE_FILE_NAME);
	return {
		file,
		shown: place.shown(file)
	};
}
/** `boundary-guard baseline [PATH…]`: writes the baseline of a tree scan. */
async function write(values, positionals, place, io) {
	const target = typeof values["output-file"] === "string" ? resolve(place.cwd, values["output-file"]) : place.configured ?? join(place.root, "boundary-guard.baseline.json");
	const fallbackKey = storedKey(target) ?? randomHashKey();
	const report = await scan({
		cwd: place.cwd,
		paths: positionals,
		git: values.git !== false,
		hashKey: fallbackKey,
		baseline: false,
		...configOption(values)
	});
	if (incomplete(report, "no baseline written", io)) return 2;
	const baseline = createBaseline(report.findings, report.hashKeySource === "fallback" ? fallbackKey : void 0);
	if (!save(target, baseline, report.root, place, io)) return 2;
	const entries = baseline.entries.length;
	io.stdout(`Wrote ${place.shown(target)}: ${report.findings.length} finding(s) in ${entries} entr${entries === 1 ? "y" : "ies"} (fingerprints only, no values${baseline.hashKey !== void 0 ? "; with the hash key they were made with, since none is configured" : ""}).\n`);
	if (place.configured !== target) {
		const configFile = place.config ?? join(place.root, "boundary-guard.config.json");
		const name = toPosix(relative(dirname(configFile), target)) || target;
		io.stdout(`Name it in ${place.shown(configFile)} ("baseline": ${escapeControl(JSON.stringify(name))}) so that scan, scan --staged (the pre-commit hook) and scan --diff read it; or pass --baseline to each scan.\n`);
	}
	return 0;
}
/** `boundary-guard baseline --prune [PATH…]`: drops the entries a tree scan no longer matches. */
async function prune(values, positionals, place, io) {
	const { file, shown } = baselineToRead(values, place);
	const before = readBaseline(file, shown);
	const report = await scan({
		cwd: place.cwd,
		paths: positionals,
		git: values.git !== false,
		baseline: file,
		...configOption(values)
	});
	if (incomplete(report, "nothing pruned", io)) return 2;
	if (report.hashKeySource === "random") {
		io.stderr(`boundary-guard baseline: ${shown} holds no hash key and none is configured (BOUNDARY_GUARD_HASH_KEY or hashKey in the config): its fingerprints cannot be matched; nothing pruned\n`);
		return 2;
	}
	const matches = report.baseline?.entries ?? [];
	const judged = matches.filter((m) => m.judged);
	if (judged.length > 0 && judged.every(isStale) && judged.some((m) => report.findings.some((f) => f.path === m.entry.path && f.ruleId === m.entry.ruleId))) {
		io.stderr(`boundary-guard baseline: no entry of ${shown} matches a finding although its files still have findings of its detectors: its fingerprints were likely made with another hash key (BOUNDARY_GUARD_HASH_KEY, hashKey); nothing pruned\n`);
		return 2;
	}
	const result = pruneBaseline(before, matches);
	if (result.dropped.length === 0 && result.lowered.length === 0 && result.moved.length === 0) {
		io.stdout(`Nothing to prune in ${place.shown(file)}: every entry the scan judged still matches (${before.entries.length} entr${before.entries.length === 1 ? "y" : "ies"}).\n`);
		return 0;
	}
	const target = typeof values["output-file"] === "string" ? resolve(place.cwd, values["output-file"]) : file;
	if (!save(target, result.baseline, report.root, place, io)) return 2;
	const fixed = result.dropped.reduce((n, e) => n + e.count, 0) + result.lowered.reduce((n, l) => n + l.entry.count - l.count, 0);
	const lines = [
		`Pruned ${place.shown(file)}${target !== file ? ` into ${place.shown(target)}` : ""}: dropped ${plural(result.dropped.length, "entry", "entries")}, lowered ${plural(result.lowered.length, "count")}, followed ${plural(result.moved.length, "move")} (${plural(fixed, "finding")} fixed); ${plural(result.baseline.entries.length, "entry", "entries")} left.`,
		...result.dropped.map((e) => `  dropped  ${entryName(e)}${e.count > 1 ? ` (${e.count} findings)` : ""}`),
		...result.lowered.map((l) => `  lowered  ${entryName(l.entry)}: ${l.entry.count} -> ${l.count}`),
		...result.moved.map((m) => `  moved    ${entryName(m.entry)} -> ${escapeControl(m.to.path)}`)
	];
	io.stdout(`${lines.join("\n")}\n`);
	return 0;
}
/** `boundary-guard baseline --list`: the entries, never a value nor the hash key. */
function list(values, place, io) {
	const { file, shown } = baselineToRead(values, place);
	const baseline = readBaseline(file, shown);
	const findings = baseline.entries.reduce((n, e) => n + e.count, 0);
	if (values.format === "json") {
		const entries = baseline.entries.map((e) => ({
			path: e.path,
			ruleId: e.ruleId,
			count: e.count,
			fingerprint: e.fingerprint,
			...e.valueHash !== void 0 ? { valueHash: e.valueHash } : {}
		}));
		io.stdout(`${safeJson({
			file: place.shown(file),
			version: baseline.version,
			hashKeyStored: baseline.hashKey !== void 0,
			findings,
			entries
		})}\n`);
		return 0;
	}
	const rows = baseline.entries.map((e) => [
		escapeControl(e.path),
		escapeControl(e.ruleId),
		String(e.count),
		e.fingerprint.slice(0, 12)
	]);
	const head = [
		"PATH",
		"DETECTOR",
		"COUNT",
		"FINGERPRINT"
	];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
	const line = (cells) => `  ${cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)).join("  ")}`;
	const out = [`${place.shown(file)}: ${plural(baseline.entries.length, "entry", "entries")}, ${plural(findings, "finding")}${baseline.hashKey !== void 0 ? " (the file holds its hash key)" : ""}`, ...rows.length > 0 ? [line(head), ...rows.map(line)] : []];
	io.stdout(`${out.join("\n")}\n`);
	return 0;
}
/** The hash key stored in an existing baseline, if it can be read. */
function storedKey(file) {
	if (!existsSync(file)) return void 0;
	try {
		return readBaseline(file, file).hashKey;
	} catch {
		return;
	}
}
function configOption(values) {
	return typeof values.config === "string" ? { config: values.config } : {};
}
/** A baseline of an incomplete scan would hide whatever could not be read: prints the errors, true when there were some. */
function incomplete(report, what, io) {
	if (report.errors.length === 0) return false;
	for (const e of report.errors) io.stderr(`boundary-guard baseline: ${e.path !== void 0 ? `${escapeControl(e.path)}: ` : ""}${escapeControl(e.message)}\n`);
	io.stderr(`boundary-guard baseline: the scan was incomplete; ${what}\n`);
	return true;
}
function save(target, baseline, root, place, io) {
	try {
		mkdirSync(dirname(target), { recursive: true });
		writeFileAtomic(target, formatBaseline(baseline), { root });
		return true;
	} catch (error) {
		io.stderr(`boundary-guard baseline: cannot write ${place.shown(target)} (${error instanceof Error ? error.message : String(error)})\n`);
		return false;
	}
}
function entryName(entry) {
	return `${escapeControl(entry.path)} ${escapeControl(entry.ruleId)}`;
}
function plural(n, word, many = `${word}s`) {
	return `${n} ${n === 1 ? word : many}`;
}
export { runBaseline };
