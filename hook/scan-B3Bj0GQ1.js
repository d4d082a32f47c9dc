import { B as HASH_KEY_ENV, H as hashKeyFromEnv, U as isValidHashKey, V as PROCESS_HASH_KEY } from "./patterns-Bwfr1uKA.js";
import { E as touchesAdded, S as listStaged, T as readBlobs, b as listCommits, d as isInside, f as listTree, g as toPosix, h as resolveScanRoot, i as loadConfig, l as UsageError, m as real, s as readSmallFile, u as inShard, w as mergeBase, x as listDiff } from "./config-0BoXvtwL.js";
import { c as PathFilter, d as keywordCacheDir, l as configuredDetectors, o as workersAvailable, s as FileScanner, t as WorkerPool, u as fileBudgetFromEnv } from "./pool-CzPG8673.js";
import { relative, resolve } from "node:path";
import { availableParallelism } from "node:os";
// dist/src/scanner/baseline.js
/**
* boundary-guard.baseline.json: the findings a repository already had,
* named by fingerprint (keyed hash of detector id + path + value, no line) so
* entries survive lines moving, and by keyed value hash so that they survive
* a rename (see baseline-match.ts). It never holds a value or a preview; it holds
* the hash key only when no other was configured (see hash-key.ts).
*/
/** Default baseline file name, at the scan root. */
const BASELINE_FILE_NAME = "boundary-guard.baseline.json";
/** The largest baseline read (about 400 000 entries): a larger one, or one that is not a regular file, is an error. */
const BASELINE_SIZE_LIMIT = 67108864;
/** An unreadable or malformed baseline: exit status 2. */
var BaselineError = class extends Error {
	name = "BaselineError";
};
/** Builds the baseline of `findings`, sorted so that it diffs well; `hashKey` is stored when given. */
function createBaseline(findings, hashKey) {
	const byFingerprint = /* @__PURE__ */ new Map();
	for (const f of findings) {
		const entry = byFingerprint.get(f.fingerprint);
		if (entry) entry.count++;
		else byFingerprint.set(f.fingerprint, {
			fingerprint: f.fingerprint,
			ruleId: f.ruleId,
			path: f.path,
			count: 1,
			valueHash: f.valueHash
		});
	}
	return {
		version: 2,
		...hashKey !== void 0 ? { hashKey } : {},
		entries: sortEntries([...byFingerprint.values()])
	};
}
/** Entries in the order a baseline file keeps them (path, detector, fingerprint), so that it diffs well. */
function sortEntries(entries) {
	return entries.sort((a, b) => compare$1(a.path, b.path) || compare$1(a.ruleId, b.ruleId) || compare$1(a.fingerprint, b.fingerprint));
}
/** Serialises a baseline (two-space JSON, trailing newline). */
function formatBaseline(baseline) {
	return `${JSON.stringify(baseline, null, 2)}\n`;
}
/** Reads a baseline file; `shown` names it in messages. */
function readBaseline(file, shown) {
	let text;
	try {
		text = readSmallFile(file, BASELINE_SIZE_LIMIT);
	} catch (error) {
		throw new BaselineError(`${shown}: cannot read the baseline (${error instanceof Error ? error.message : String(error)})`);
	}
	let value;
	try {
		value = JSON.parse(text);
	} catch {
		throw new BaselineError(`${shown}: the baseline is not valid JSON`);
	}
	return checkBaseline(value, shown);
}
function checkBaseline(value, shown) {
	const fail = (where, what) => {
		throw new BaselineError(`${shown}: invalid baseline: ${where} ${what}`);
	};
	if (!value || typeof value !== "object" || Array.isArray(value)) return fail("(root)", "must be an object");
	const { version, entries, hashKey } = value;
	if (version === 1) fail("version", "is 1: its fingerprints are unkeyed hashes; write it again with `boundary-guard baseline`");
	if (version !== 2) fail("version", `must be 2`);
	if (hashKey !== void 0 && (typeof hashKey !== "string" || !isValidHashKey(hashKey))) fail("hashKey", "must be 16 to 1024 printable ASCII characters");
	if (!Array.isArray(entries)) return fail("entries", "must be an array");
	entries.forEach((entry, i) => {
		const e = entry ?? {};
		if (typeof e.fingerprint !== "string" || !/^[0-9a-f]{16,64}$/u.test(e.fingerprint)) fail(`entries[${i}].fingerprint`, "must be a hex fingerprint");
		if (typeof e.ruleId !== "string") fail(`entries[${i}].ruleId`, "must be a string");
		if (typeof e.path !== "string") fail(`entries[${i}].path`, "must be a string");
		if (typeof e.count !== "number" || !Number.isInteger(e.count) || e.count < 1) fail(`entries[${i}].count`, "must be a positive integer");
		if (e.valueHash !== void 0 && (typeof e.valueHash !== "string" || !/^[0-9a-f]{16}$/u.test(e.valueHash))) fail(`entries[${i}].valueHash`, "must be 16 hex digits");
	});
	return value;
}
function compare$1(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
// dist/src/scanner/baseline-match.js
/**
* Which findings a baseline knows, which of its entries nothing matches any
* more (stale: the finding was fixed), and which moved to another path.
*
* A finding matches an entry by fingerprint (keyed hash of detector id, path
* and value). When none matches, it may match an entry of another path with
* the same detector id and the same keyed value hash (the value itself, under
* the same key), and only an entry that the scan judged and matched nothing
* by fingerprint: first an entry at the old path of a file git reports
* renamed to the finding's file; else the one such entry there is, when the
* findings of that value left over are no more than its count. A value copied
* into a second file therefore stays new while its first file still holds
* it; two stale entries of one value, or more findings than an entry counted,
* leave the findings new rather than guess.
*/
/** An entry the scan judged and matched no finding to: its finding was fixed. */
function isStale(match) {
	return match.judged && match.exact === 0 && match.moved.length === 0;
}
/**
* Marks the findings the baseline knows `existing` (at most `count` per
* entry, findings taken in the order given: path and line) and tells how
* each entry fared.
*/
function matchBaseline(findings, baseline, scope) {
	const { entries } = baseline;
	const left = entries.map((e) => e.count);
	const exact = entries.map(() => 0);
	const moved = entries.map(() => /* @__PURE__ */ new Map());
	const byFingerprint = groupBy(entries.keys(), (i) => entries[i]?.fingerprint ?? "");
	const unmatched = [];
	for (const finding of findings) {
		const i = byFingerprint.get(finding.fingerprint)?.find((j) => (left[j] ?? 0) > 0);
		if (i === void 0) {
			unmatched.push(finding);
			continue;
		}
		left[i] = (left[i] ?? 0) - 1;
		exact[i] = (exact[i] ?? 0) + 1;
		finding.status = "existing";
	}
	const judged = entries.map((e) => scope.judged(e.path));
	const byValue = groupBy([...entries.keys()].filter((i) => judged[i] === true && exact[i] === 0 && entries[i]?.valueHash !== void 0), (i) => valueKey(entries[i]?.ruleId ?? "", entries[i]?.valueHash ?? ""));
	const take = (finding, i) => {
		left[i] = (left[i] ?? 0) - 1;
		const to = moved[i]?.get(finding.fingerprint);
		if (to) to.count++;
		else moved[i]?.set(finding.fingerprint, {
			path: finding.path,
			fingerprint: finding.fingerprint,
			count: 1
		});
		finding.status = "existing";
	};
	const leftOver = [];
	for (const finding of unmatched) {
		const from = scope.renamed?.get(finding.path);
		const i = from === void 0 ? void 0 : byValue.get(valueKey(finding.ruleId, finding.valueHash))?.find((j) => entries[j]?.path === from && (left[j] ?? 0) > 0);
		if (i === void 0) leftOver.push(finding);
		else take(finding, i);
	}
	for (const group of groupBy(leftOver.keys(), (k) => valueKey(leftOver[k]?.ruleId ?? "", leftOver[k]?.valueHash ?? "")).values()) {
		const first = leftOver[group[0] ?? -1];
		const same = first === void 0 ? [] : (byValue.get(valueKey(first.ruleId, first.valueHash)) ?? []).filter((j) => moved[j]?.size === 0);
		const i = same.length === 1 ? same[0] : void 0;
		if (i === void 0 || group.length > (left[i] ?? 0)) continue;
		for (const k of group) {
			const finding = leftOver[k];
			if (finding) take(finding, i);
		}
	}
	return entries.map((entry, i) => ({
		entry,
		exact: exact[i] ?? 0,
		moved: [...moved[i]?.values() ?? []],
		judged: judged[i] === true
	}));
}
/**
* The baseline without what a scan no longer finds: stale entries dropped,
* counts lowered to the findings still there, moved entries rewritten to
* their new path and fingerprint; entries the scan did not judge are kept
* as they are, and nothing is added.
*/
function pruneBaseline(baseline, matches) {
	const kept = [];
	const dropped = [];
	const lowered = [];
	const movedOut = [];
	for (const match of matches) {
		const { entry } = match;
		if (!match.judged) {
			kept.push(entry);
			continue;
		}
		if (isStale(match)) {
			dropped.push(entry);
			continue;
		}
		const stillThere = match.exact + match.moved.reduce((n, m) => n + m.count, 0);
		if (stillThere < entry.count) lowered.push({
			entry,
			count: stillThere
		});
		if (match.exact > 0) kept.push({
			...entry,
			count: match.exact
		});
		for (const to of match.moved) {
			movedOut.push({
				entry,
				to
			});
			kept.push({
				...entry,
				path: to.path,
				fingerprint: to.fingerprint,
				count: to.count
			});
		}
	}
	const merged = /* @__PURE__ */ new Map();
	for (const entry of kept) {
		const seen = merged.get(entry.fingerprint);
		merged.set(entry.fingerprint, seen ? {
			...seen,
			count: seen.count + entry.count
		} : entry);
	}
	return {
		baseline: {
			...baseline,
			entries: sortEntries([...merged.values()])
		},
		dropped,
		lowered,
		moved: movedOut
	};
}
function valueKey(ruleId, valueHash) {
	return `${ruleId}\u0000${valueHash}`;
}
function groupBy(indices, key) {
	const groups = /* @__PURE__ */ new Map();
	for (const i of indices) {
		const k = key(i);
		const group = groups.get(k);
		if (group) group.push(i);
		else groups.set(k, [i]);
	}
	return groups;
}
// dist/src/scanner/hash-key.js
/**
* The key behind every value hash and fingerprint a scan prints: one per
* repository, so that a published report (SARIF, annotations, JSON) cannot
* confirm a guessed value without it. First found wins:
*
* 1. the `BOUNDARY_GUARD_HASH_KEY` environment variable (a CI secret: the
*    only place a public repository can keep it),
* 2. `hashKey` in the config,
* 3. `hashKey` in the baseline the scan reads (written by `baseline` when
*    neither of the above is set),
* 4. the caller's fallback (`baseline` passes the key of the file it rewrites,
*    or a fresh one),
* 5. a random key made once per process: nothing a run prints can be
*    matched with another run's output, and nothing can be confirmed.
*/
/** Picks the key as described above (`env` as `envHashKey` returns it, already checked). */
function resolveHashKey(sources) {
	if (sources.env !== void 0) return {
		key: sources.env,
		source: "environment"
	};
	if (sources.config !== void 0) return {
		key: sources.config,
		source: "config"
	};
	if (sources.baseline !== void 0) return {
		key: sources.baseline,
		source: "baseline"
	};
	if (sources.fallback !== void 0) return {
		key: sources.fallback,
		source: "fallback"
	};
	return {
		key: PROCESS_HASH_KEY,
		source: "random"
	};
}
/** The key given in the environment, if any; a malformed one is a usage error. */
function envHashKey() {
	try {
		return hashKeyFromEnv();
	} catch {
		throw new UsageError(`${HASH_KEY_ENV} must be 16 to 1024 printable ASCII characters`);
	}
}
// dist/src/scanner/scan.js
/**
* `scan(options)`: files -> findings. Picks the file set (work tree, index,
* diff against a merge base, or stdin), reads each file once, scans it on the
* main thread or in a worker pool, then marks findings `new` or `existing`.
*/
/**
* Below this many files the main thread alone is faster: a worker costs about
* 0.3 s of CPU to start (modules, engine, JIT), which a thousand typical files repay.
*/
const WORKER_THRESHOLD = 1e3;
/** Jobs per batch sent to a worker. */
const BATCH_FILES = 64;
/** Files this thread scans between two looks at the workers' queues, when they are full. */
const LOCAL_STEP = 8;
/** Content bytes per batch when jobs carry their content. */
const BATCH_BYTES = 4194304;
/** Runs a scan; throws UsageError, ConfigError, BaselineError or GitError for exit status 2. */
async function scan(options) {
	const started = performance.now();
	const mode = options.stdin ? "stdin" : options.mode ?? "tree";
	const useGit = options.git !== false;
	if (!useGit && (mode === "staged" || mode === "diff")) throw new UsageError(`--${mode} needs git; it cannot be combined with --no-git`);
	if (mode === "diff" && !options.base) throw new UsageError("--diff needs a base revision");
	const budget = fileBudgetFromEnv(process.env);
	const scanRoot = await resolveScanRoot(options.cwd, options.stdin ? [] : options.paths ?? [], useGit);
	if ((mode === "staged" || mode === "diff") && !scanRoot.git) throw new UsageError(`--${mode} needs a git work tree; ${scanRoot.root} is not one`);
	const { root } = scanRoot;
	const cwd = real(resolve(options.cwd)) ?? resolve(options.cwd);
	const { config: loaded, warnings: configWarnings } = loadConfig({
		root,
		cwd,
		...options.config !== void 0 ? { explicit: options.config } : {},
		...options.now ? { now: options.now } : {}
	});
	const baselineFile = options.baseline === false ? void 0 : options.baseline !== void 0 ? resolve(cwd, options.baseline) : loaded.baseline;
	const baseline = baselineFile === void 0 ? void 0 : readBaseline(baselineFile, typeof options.baseline === "string" ? options.baseline : `${shownPath(cwd, baselineFile)} (named by "baseline" in ${shownPath(cwd, loaded.file ?? "")})`);
	const hashKey = resolveHashKey({
		env: envHashKey(),
		config: loaded.hashKey,
		baseline: baseline?.hashKey,
		fallback: options.hashKey
	});
	const config = {
		...loaded,
		hashKey: hashKey.key
	};
	const filter = new PathFilter(config);
	const accept = (path) => filter.accepts(path) && inShard(path, options.shard);
	const collector = new Collector(options.onProgress);
	collector.warnings.push(...configWarnings);
	if (hashKey.source === "random" && config.suppressions.some((s) => s.valueHash !== void 0)) collector.warnings.push({
		code: "unstable-hash-key",
		message: "no hash key is configured, so value hashes change on every run and no valueHash suppression can match: set hashKey in the config or BOUNDARY_GUARD_HASH_KEY"
	});
	const keyless = baseline !== void 0 && hashKey.source === "random";
	if (keyless) collector.warnings.push({
		code: "unstable-hash-key",
		message: "the baseline holds no hash key and none is configured, so none of its entries can match: set BOUNDARY_GUARD_HASH_KEY (or hashKey in the config) to the key it was written with"
	});
	const cacheDir = keywordCacheDir();
	const init = {
		root,
		config,
		showSuppressed: options.showSuppressed === true,
		missingIsDeleted: scanRoot.git,
		...cacheDir !== void 0 ? { keywordCacheDir: cacheDir } : {},
		budget
	};
	let workers = 0;
	let inScope = () => false;
	const renamed = /* @__PURE__ */ new Map();
	if (mode === "stdin" && options.stdin) {
		const path = stdinPath(scanRoot, cwd, options.stdin.filename);
		collector.total = 1;
		if (!filter.accepts(path)) collector.add({
			path,
			bytes: 0,
			scanned: false,
			skipped: {
				path,
				reason: "excluded"
			}
		});
		else collector.add(new FileScanner(init).scan({
			path,
			content: options.stdin.content
		}));
	} else if (mode === "tree") {
		const { operands } = scanRoot;
		inScope = (path) => accept(path) && (operands.length === 0 || operands.some((o) => o.path === "" || o.path === path || o.directory && path.startsWith(`${o.path}/`)));
		const listing = listTree(scanRoot);
		const local = scannerWhile(listing.first, init);
		const toJobs = (listed) => {
			collector.errors.push(...listed.errors);
			const jobs = listed.files.filter(accept).map((path) => ({ path }));
			collector.total += jobs.length;
			return jobs;
		};
		const first = toJobs(await listing.first);
		if (first.length >= WORKER_THRESHOLD) {
			let failure;
			async function* all() {
				yield* first;
				try {
					yield* toJobs(await listing.rest);
				} catch (error) {
					failure = error instanceof Error ? error : new Error(String(error));
				}
			}
			workers = workerCount(options.concurrency, first.length);
			await runJobs(all(), init, {
				workers,
				budget
			}, collector, local);
			if (failure !== void 0) throw failure;
		} else {
			const jobs = [...first, ...toJobs(await listing.rest)];
			workers = workerCount(options.concurrency, jobs.length);
			await runJobs(jobs, init, {
				workers,
				budget
			}, collector, local);
		}
	} else {
		const pathspecs = scanRoot.operands.filter((o) => o.path !== "").map((o) => o.path);
		const base = mode === "diff" ? mergeBase(root, options.base ?? "") : void 0;
		const listing = base === void 0 ? listStaged(root, pathspecs).then((changed) => ({ changed })) : base.then((from) => listDiff(root, from, pathspecs));
		const local = scannerWhile(listing, init);
		const { changed, added: diffAdded } = await listing;
		const changedPaths = /* @__PURE__ */ new Set();
		for (const entry of changed) {
			changedPaths.add(entry.path);
			if (entry.status === "R" && entry.from !== void 0) {
				changedPaths.add(entry.from);
				renamed.set(entry.path, entry.from);
			}
		}
		inScope = (path) => changedPaths.has(path) && accept(path);
		const blobs = scannableBlobs(changed, accept, collector.skipped);
		collector.total = blobs.length;
		workers = workerCount(options.concurrency, blobs.length);
		await runJobs(blobJobs(root, blobs, config, collector, local), init, {
			workers,
			budget
		}, collector, local);
		if (diffAdded) for (const f of collector.findings) f.status = f.byteOffset !== void 0 || touchesAdded(diffAdded.get(f.path), f.line, f.endLine) ? "new" : "existing";
		if (base !== void 0 && options.history !== false) await scanHistory(root, await base, pathspecs, accept, {
			config,
			init,
			budget,
			local
		}, collector);
	}
	const findings = collector.findings.sort(byLocation);
	let baselineResult;
	if (baseline && baselineFile !== void 0) {
		const unjudged = /* @__PURE__ */ new Set([...collector.errors.flatMap((e) => e.path !== void 0 ? [e.path] : []), ...collector.skipped.filter((s) => s.reason !== "deleted").map((s) => s.path)]);
		const entries = matchBaseline(findings, baseline, {
			judged: (path) => inScope(path) && !unjudged.has(path),
			renamed
		});
		for (const { entry } of keyless ? [] : entries.filter(isStale)) collector.warnings.push({
			code: "stale-baseline-entry",
			path: entry.path,
			message: `baseline entry matches no finding any more (fixed?): ${entry.ruleId}, fingerprint ${entry.fingerprint.slice(0, 12)}; 'boundary-guard baseline --prune' drops it`
		});
		baselineResult = {
			file: baselineFile,
			entries
		};
	}
	return {
		mode,
		root,
		cwd,
		findings,
		suppressed: collector.suppressed.sort((a, b) => byLocation(a.finding, b.finding)),
		errors: collector.errors.sort((a, b) => compare(a.path ?? "", b.path ?? "") || (a.line ?? 0) - (b.line ?? 0)),
		warnings: collector.warnings,
		skipped: collector.skipped.sort((a, b) => compare(a.path, b.path)),
		stats: {
			files: collector.files,
			bytes: collector.bytes,
			durationMs: Math.round(performance.now() - started),
			workers
		},
		detectors: ranDetectors(config),
		hashKeySource: hashKey.source,
		...baselineResult ? { baseline: baselineResult } : {}
	};
}
/** `file` relative to `cwd` when inside it, else absolute; forward slashes. */
function shownPath(cwd, file) {
	const rel = relative(cwd, file);
	return rel === "" || rel.startsWith("..") ? file : toPosix(rel);
}
/** Gathers file results; keeps findings and counters, never content. */
var Collector = class {
	onProgress;
	findings = [];
	suppressed = [];
	errors = [];
	warnings = [];
	skipped = [];
	files = 0;
	bytes = 0;
	done = 0;
	total = 0;
	lastProgress = 0;
	constructor(onProgress) {
		this.onProgress = onProgress;
	}
	add(result) {
		this.done++;
		if (result.scanned) {
			this.files++;
			this.bytes += result.bytes;
		}
		if (result.findings) this.findings.push(...result.findings);
		if (result.suppressed) this.suppressed.push(...result.suppressed);
		if (result.errors) this.errors.push(...result.errors);
		if (result.warnings) this.warnings.push(...result.warnings);
		if (result.skipped) this.skipped.push(result.skipped);
		if (this.onProgress) {
			const now = performance.now();
			if (now - this.lastProgress > 100) {
				this.lastProgress = now;
				this.onProgress({
					done: this.done,
					total: this.total,
					bytes: this.bytes
				});
			}
		}
	}
};
/** The changed files there is content to scan in: no deletions, submodules or files the config excludes; symlinks are listed as skipped. */
function scannableBlobs(changed, accept, skipped) {
	const blobs = [];
	for (const entry of changed) {
		if (entry.status === "D" || !accept(entry.path)) continue;
		if (entry.mode === "160000") continue;
		if (entry.mode === "120000") skipped.push({
			path: entry.path,
			reason: "symlink"
		});
		else blobs.push(entry);
	}
	return blobs;
}
/**
* What each commit of from..HEAD added (merges aside, which add nothing of
* their own to a pull request), scanned in the commit's version of each
* file: a finding on a line the commit added whose value the final tree no
* longer holds is reported as new, with its commit. A value still in the
* final tree is reported there once. Errors name the commit.
*/
async function scanHistory(root, from, pathspecs, accept, { config, init, budget, local }, collector) {
	const commits = await listCommits(root, from);
	const seen = new Set(collector.findings.map((f) => `${f.ruleId}\u0000${f.valueHash}`));
	for (const commit of commits) {
		const { changed, added } = await listDiff(root, `${commit}^`, pathspecs, commit);
		const own = new Collector();
		await runJobs(blobJobs(root, scannableBlobs(changed, accept, []), config, own, local), init, {
			workers: 0,
			budget
		}, own, local);
		const short = commit.slice(0, 12);
		for (const f of own.findings) {
			if (f.byteOffset === void 0 && !touchesAdded(added.get(f.path), f.line, f.endLine)) continue;
			const key = `${f.ruleId}\u0000${f.valueHash}`;
			if (seen.has(key)) continue;
			seen.add(key);
			collector.findings.push({
				...f,
				status: "new",
				commit: short,
				message: `${f.message} (added in commit ${short}, no longer in HEAD: still in the history a merge publishes)`
			});
		}
		for (const e of own.errors) collector.errors.push({
			...e,
			message: `in commit ${short}: ${e.message}`
		});
	}
}
function workerCount(concurrency, jobs) {
	if (!workersAvailable() || jobs === 0) return 0;
	if (typeof concurrency === "number") return Math.max(0, Math.min(Math.floor(concurrency), jobs));
	if (jobs < WORKER_THRESHOLD) return 0;
	return Math.max(1, Math.min(availableParallelism() - 1, 8, Math.ceil(jobs / WORKER_THRESHOLD)));
}
/**
* Git blobs as jobs carrying their content. A blob larger than `maxFileSize`
* is scanned here, by `local`, part by part as git writes it, so that no
* thread ever holds it whole.
*/
async function* blobJobs(root, entries, config, collector, local) {
	let i = 0;
	let large;
	for await (const blob of readBlobs(root, entries.map((e) => e.blob), config.maxFileSize)) {
		const entry = entries[i];
		if (!entry) break;
		if (blob.part !== void 0) {
			large ??= local.stream(entry.path);
			large.push(blob.part);
			if (blob.last === true) {
				collector.add(large.end());
				large = void 0;
				i++;
			}
			continue;
		}
		i++;
		if (blob.missing || !blob.bytes) collector.add({
			path: entry.path,
			bytes: 0,
			scanned: false,
			errors: [{
				code: "git-error",
				path: entry.path,
				message: `git has no object ${entry.blob}`
			}]
		});
		else yield {
			path: entry.path,
			content: blob.bytes
		};
	}
}
/**
* This thread's scanner, built while the git command behind `pending` runs:
* the engine's start-up (catalog, automaton, detectors) is most of a small
* scan's CPU time, and git needs none of it.
*/
function scannerWhile(pending, init) {
	pending.catch(() => void 0);
	return new FileScanner(init);
}
/**
* Scans jobs on this thread (with `local`), or with `workers` threads
* besides it: a batch goes to a worker when one has room, else this thread
* scans it, so no more than a few batches are ever queued and no thread idles.
*/
async function runJobs(jobs, init, { workers, budget }, collector, local) {
	const scanHere = (batch) => {
		for (const job of batch) collector.add(local.scan(job));
	};
	if (workers === 0) {
		for await (const job of jobs) scanHere([job]);
		return;
	}
	const pool = new WorkerPool(workers, init, {
		budget,
		stageName: (stage) => local.stageName(stage)
	});
	const inFlight = /* @__PURE__ */ new Set();
	let failure;
	const lost = (batch, error) => {
		failure ??= error;
		const why = error instanceof Error ? error.message : "unknown error";
		for (const job of batch) collector.add({
			path: job.path,
			bytes: 0,
			scanned: false,
			errors: [{
				code: "not-scanned",
				path: job.path,
				message: `not scanned: the worker thread scanning it failed (${why})`
			}]
		});
	};
	const send = async (batch) => {
		if (failure !== void 0) {
			scanHere(batch);
			return;
		}
		let rest = batch;
		while (rest.length > 0 && !pool.hasRoom()) {
			scanHere(rest.slice(0, LOCAL_STEP));
			rest = rest.slice(LOCAL_STEP);
			await new Promise((resolve) => setImmediate(resolve));
		}
		if (rest.length === 0) return;
		batch = rest;
		try {
			await pool.room();
		} catch (error) {
			failure ??= error;
			scanHere(batch);
			return;
		}
		const sent = pool.submit(batch).then((results) => results.forEach((r) => collector.add(r)), (error) => lost(batch, error));
		inFlight.add(sent);
		sent.finally(() => inFlight.delete(sent));
	};
	try {
		let batch = [];
		let batchBytes = 0;
		for await (const job of jobs) {
			batch.push(job);
			batchBytes += job.content?.length ?? 0;
			if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
				await send(batch);
				batch = [];
				batchBytes = 0;
			}
		}
		if (batch.length > 0) await send(batch);
		await Promise.all(inFlight);
	} catch (error) {
		failure ??= error;
	} finally {
		await pool.close();
	}
	if (failure) collector.errors.push({
		code: "worker-error",
		message: `a worker thread failed; the files it held are listed as not scanned: ${failure instanceof Error ? failure.message : "unknown error"}`
	});
}
/** The stdin file name as a path relative to the root (as given when it lies outside). */
function stdinPath(scanRoot, cwd, filename) {
	const abs = resolve(cwd, filename);
	return isInside(scanRoot.root, abs) ? toPosix(relative(scanRoot.root, abs)) : toPosix(filename).replace(/^(\.\.\/)+/u, "");
}
function byLocation(a, b) {
	return compare(a.path, b.path) || a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId);
}
function compare(a, b) {
	return a < b ? -1 : a > b ? 1 : 0;
}
/** The detectors a config leaves on, with the severity each runs at. */
function ranDetectors(config) {
	const { detectors, severity } = configuredDetectors(config);
	return detectors.map((d) => {
		const level = severity[d.id];
		return level === void 0 || level === d.severity ? d : {
			...d,
			severity: level
		};
	});
}
export { BASELINE_FILE_NAME as a, formatBaseline as c, pruneBaseline as i, readBaseline as l, envHashKey as n, BaselineError as o, isStale as r, createBaseline as s, scan as t };
