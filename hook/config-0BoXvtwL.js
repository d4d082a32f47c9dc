import { I as BOUNDARY_CATEGORY_IDS, n as createCatalog } from "./patterns-Bwfr1uKA.js";
import { closeSync, constants, existsSync, fstatSync, fsyncSync, lstatSync, openSync, readSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";
import { execFile, spawn } from "node:child_process";
// dist/src/scanner/git.js
/**
* The git plumbing the scanner needs. git is spawned without a shell, paths
* travel NUL-separated (-z), and content comes from one `cat-file --batch`
* process, so names with spaces, newlines or any Unicode are safe.
*/
/** git failed, or is missing: exit status 2. */
var GitError = class extends Error {
	name = "GitError";
};
const GIT_ENV = {
	GIT_OPTIONAL_LOCKS: "0",
	GIT_PAGER: "cat",
	GIT_TERMINAL_PROMPT: "0"
};
/** Runs git in `cwd` and returns its stdout as bytes. */
function git(args, cwd) {
	return new Promise((resolve, reject) => {
		execFile("git", [
			"-c",
			"core.quotePath=false",
			...args
		], {
			cwd,
			encoding: "buffer",
			maxBuffer: 1073741824,
			env: {
				...process.env,
				...GIT_ENV
			},
			windowsHide: true
		}, (error, stdout, stderr) => {
			if (error) {
				const detail = stderr.toString("utf8").trim().split("\n")[0] ?? "";
				reject(new GitError(error.code === "ENOENT" ? "git is not installed (or not on PATH)" : `git ${args[0] ?? ""} failed: ${detail || error.message}`));
			} else resolve(stdout);
		});
	});
}
/** The work tree's top level, or undefined outside a work tree (or without git). */
async function gitTopLevel(cwd) {
	try {
		const out = (await git(["rev-parse", "--show-toplevel"], cwd)).toString("utf8").trim();
		return out === "" ? void 0 : out;
	} catch {
		return;
	}
}
function splitZ(out) {
	return out.toString("utf8").split("\0").filter((s) => s.length > 0);
}
/**
* The files of a work tree as two listings, started together: tracked files
* (the index, read in milliseconds) and untracked files git does not ignore
* (a walk of the whole tree, much slower). A scan starts on the first while
* git still walks for the second.
*/
function listWorkTree(root, pathspecs) {
	const list = (which) => git([
		"--literal-pathspecs",
		"ls-files",
		"-z",
		...which,
		"--",
		...pathspecs
	], root).then(splitZ);
	return {
		tracked: list(["--cached"]).then((paths) => [...new Set(paths)]),
		untracked: list(["--others", "--exclude-standard"])
	};
}
/** Parses `git diff --raw -z --no-abbrev` output: `:old new oldsha newsha status\0path\0[path\0]`. */
function parseRawDiff(out) {
	const parts = out.toString("utf8").split("\0");
	const changed = [];
	for (let i = 0; i < parts.length; i++) {
		const header = parts[i] ?? "";
		if (!header.startsWith(":")) continue;
		const [, newMode = "", , newBlob = "", status = ""] = header.slice(1).split(" ");
		const twoPaths = status.startsWith("R") || status.startsWith("C");
		const path = twoPaths ? parts[i + 2] : parts[i + 1];
		const from = twoPaths ? parts[i + 1] : void 0;
		i += twoPaths ? 2 : 1;
		if (path !== void 0) changed.push({
			path,
			blob: newBlob,
			mode: newMode,
			status: status.slice(0, 1),
			...from !== void 0 ? { from } : {}
		});
	}
	return changed;
}
/**
* Files added, copied, deleted, modified, renamed or changed in type in the
* index (against HEAD, or the empty tree before the first commit); renames
* carry their old path.
*/
async function listStaged(root, pathspecs) {
	return parseRawDiff(await git([
		"--literal-pathspecs",
		"diff",
		"--cached",
		"--raw",
		"-z",
		"--no-abbrev",
		"-M",
		"--no-ext-diff",
		"--no-relative",
		"--diff-filter=ACDMRT",
		"--",
		...pathspecs
	], root));
}
/** The merge base of `base` and HEAD. */
async function mergeBase(root, base) {
	if (base.startsWith("-")) throw new GitError(`not a revision: ${base}`);
	try {
		return (await git([
			"merge-base",
			base,
			"HEAD"
		], root)).toString("utf8").trim();
	} catch (error) {
		if ((await git(["rev-parse", "--is-shallow-repository"], root).catch(() => Buffer.from(""))).toString("utf8").trim() === "true") throw new GitError(`cannot find the merge base of ${base} and HEAD: this clone is shallow, with ${(await git([
			"rev-list",
			"--count",
			"HEAD"
		], root).catch(() => Buffer.from("?"))).toString("utf8").trim()} commit(s) of HEAD's history, and the merge base is not among them. scan --diff needs the pull request's commits and the merge base: at least one more commit than the pull request has, with ${base} fetched (actions/checkout with fetch-depth: 0, or 'git fetch --deepen=N origin' with N the pull request's commit count)`);
		throw new GitError(`cannot find the merge base of ${base} and HEAD (${error.message}); in CI, fetch enough history (actions/checkout with fetch-depth: 0)`);
	}
}
/** The commits of from..HEAD, oldest first, merges aside. */
async function listCommits(root, from) {
	return (await git([
		"rev-list",
		"--reverse",
		"--no-merges",
		`${from}..HEAD`
	], root)).toString("utf8").split("\n").filter((line) => /^[0-9a-f]{40,64}$/u.test(line));
}
/**
* Files changed between `from` and `to` (default HEAD; new side; deletions and the old
* paths of renames too), with the lines each change added. The patch is
* read with the same options as the raw list, so its sections come in the
* same order.
*/
async function listDiff(root, from, pathspecs, to = "HEAD") {
	const common = [
		"--no-ext-diff",
		"--no-textconv",
		"--no-relative",
		"--no-color",
		"-M",
		"--diff-filter=ACDMRT",
		from,
		to,
		"--",
		...pathspecs
	];
	const [raw, patch] = await Promise.all([git([
		"--literal-pathspecs",
		"diff",
		"--raw",
		"-z",
		"--no-abbrev",
		...common
	], root), git([
		"--literal-pathspecs",
		"diff",
		"-U0",
		...common
	], root)]);
	const changed = parseRawDiff(raw);
	const sections = parseAddedLines(patch.toString("utf8"));
	const expected = changed.reduce((n, c) => n + (c.status === "T" ? 2 : 1), 0);
	if (sections.length !== expected) throw new GitError(`git diff listed ${changed.length} files but its patch has ${sections.length} sections`);
	const added = /* @__PURE__ */ new Map();
	let section = 0;
	for (const c of changed) {
		if (c.status === "T") section++;
		added.set(c.path, sections[section++] ?? []);
	}
	return {
		changed,
		added
	};
}
/** For each `diff --git` section of a `-U0` patch, the added line ranges of its hunks. */
function parseAddedLines(patch) {
	const sections = [];
	let current;
	for (const line of patch.split("\n")) if (line.startsWith("diff --git ") || line.startsWith("diff --cc ")) {
		current = [];
		sections.push(current);
	} else if (current && line.startsWith("@@ ")) {
		const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/u.exec(line);
		if (!m) continue;
		const start = Number(m[1]);
		const count = m[2] === void 0 ? 1 : Number(m[2]);
		if (count > 0) current.push([start, start + count - 1]);
	}
	return sections;
}
/** True when `line..endLine` touches a line the change added. */
function touchesAdded(ranges, line, endLine) {
	return ranges?.some(([first, last]) => line <= last && endLine >= first) ?? false;
}
/**
* Reads `blobs` with one `git cat-file --batch` process, yielding each in
* order. Objects over `maxSize` are yielded in parts as they come, never
* whole. The consumer's pace holds the pipe, so memory stays bounded by
* `maxSize` and a pipe's worth of bytes.
*/
async function* readBlobs(root, blobs, maxSize) {
	if (blobs.length === 0) return;
	const child = spawn("git", ["cat-file", "--batch"], {
		cwd: root,
		env: {
			...process.env,
			...GIT_ENV
		},
		stdio: [
			"pipe",
			"pipe",
			"pipe"
		],
		windowsHide: true
	});
	let stderr = "";
	child.stderr.setEncoding("utf8").on("data", (s) => {
		stderr += s;
	});
	const exited = new Promise((resolve, reject) => {
		child.on("error", (error) => reject(new GitError(`cannot run git cat-file (${error.code ?? error.message})`)));
		child.on("close", resolve);
	});
	exited.catch(() => void 0);
	child.stdin.on("error", () => void 0);
	child.stdin.end(`${blobs.join("\n")}\n`);
	let pending = Buffer.alloc(0);
	let index = 0;
	let body;
	const done = [];
	try {
		for await (const chunk of child.stdout) {
			pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
			for (;;) {
				if (!body) {
					const nl = pending.indexOf(10);
					if (nl === -1) break;
					const header = pending.subarray(0, nl).toString("utf8");
					pending = pending.subarray(nl + 1);
					const [name = "", type = "", sizeText] = header.split(" ");
					if (type === "missing" || sizeText === void 0) {
						done.push({
							blob: blobs[index] ?? name,
							size: 0,
							missing: true
						});
						index++;
						continue;
					}
					const size = Number(sizeText);
					body = {
						blob: name,
						size,
						chunks: size <= maxSize ? [] : void 0,
						have: 0
					};
				}
				const want = body.size + 1 - body.have;
				if (pending.length === 0) break;
				const take = pending.subarray(0, Math.min(want, pending.length));
				pending = pending.subarray(take.length);
				const bodyLeft = body.size - body.have;
				body.have += take.length;
				const last = body.have >= body.size + 1;
				if (body.chunks) body.chunks.push(take);
				else done.push({
					blob: body.blob,
					size: body.size,
					part: take.subarray(0, Math.max(0, Math.min(take.length, bodyLeft))),
					last
				});
				if (!last) break;
				if (body.chunks) done.push({
					blob: body.blob,
					size: body.size,
					bytes: Buffer.concat(body.chunks).subarray(0, body.size)
				});
				body = void 0;
				index++;
			}
			while (done.length > 0) yield done.shift();
		}
		const code = await exited;
		if (code !== 0) throw new GitError(`git cat-file failed: ${stderr.trim() || `exit status ${code}`}`);
		if (index < blobs.length) throw new GitError(`git cat-file returned ${index} of ${blobs.length} objects`);
	} finally {
		if (child.exitCode === null) child.kill();
	}
}
// dist/src/scanner/discover.js
/**
* Which files a tree scan reads: git's list inside a work tree (tracked plus
* untracked-not-ignored), a directory walk elsewhere. Paths are relative to
* the scan root with forward slashes, the form fingerprints are made from.
*/
/** Bad arguments: exit status 2. */
var UsageError = class extends Error {
	name = "UsageError";
};
/** Forward-slash form of a relative path. */
function toPosix(path) {
	return sep === "/" ? path : path.split(sep).join("/");
}
/** The real path of `path`, or undefined when it does not exist. */
function real(path) {
	try {
		return realpathSync(path);
	} catch {
		return;
	}
}
/** True when `child` is `parent` or inside it. */
function isInside(parent, child) {
	const rel = relative(parent, child);
	return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
/**
* The scan root: the git top level of the first operand when git is used and
* it is in a work tree; otherwise the nearest directory holding `.git`, else
* the working directory when the operand is inside it, else the operand's
* directory. Every operand must be inside the root.
*/
async function resolveScanRoot(cwd, paths, useGit) {
	const realCwd = real(cwd) ?? cwd;
	const operands = paths.map((p) => {
		const abs = real(resolve(realCwd, p));
		if (abs === void 0) throw new UsageError(`no such file or directory: ${p}`);
		const stat = statSync(abs);
		if (!stat.isDirectory() && !stat.isFile()) throw new UsageError(`${p} is ${specialKind(stat)}, not a file or directory: it cannot be scanned`);
		return {
			abs,
			directory: stat.isDirectory()
		};
	});
	const first = operands[0] ?? {
		abs: realCwd,
		directory: true
	};
	const start = first.directory ? first.abs : dirname(first.abs);
	let root;
	let git = false;
	if (useGit) {
		const top = await gitTopLevel(start);
		if (top !== void 0) {
			root = real(top) ?? top;
			git = true;
		}
	}
	root ??= findUp(start) ?? (isInside(realCwd, start) ? realCwd : start);
	const scanRoot = root;
	return {
		root: scanRoot,
		git,
		operands: operands.map(({ abs, directory }) => {
			if (!isInside(scanRoot, abs)) throw new UsageError(`${abs} is outside the scan root ${scanRoot}; scan each repository separately`);
			return {
				path: toPosix(relative(scanRoot, abs)),
				directory
			};
		})
	};
}
function specialKind(stat) {
	if (stat.isFIFO()) return "a FIFO";
	if (stat.isSocket()) return "a socket";
	if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
	return "a special file";
}
function findUp(dir) {
	for (let current = dir;;) {
		if (existsSync(join(current, ".git"))) return current;
		const parent = dirname(current);
		if (parent === current) return void 0;
		current = parent;
	}
}
/** Names the walk never enters without git (git's own list already leaves them out). */
const SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
/**
* The files of a tree scan in two parts, both started at once: in a git work
* tree the tracked files (quick) and the untracked ones (git walks the whole
* tree for them); otherwise the walk, then nothing. A scan can start on the
* first part while the second is listed. A git failure rejects its part.
*/
function listTree(scanRoot) {
	const whole = scanRoot.operands.length === 0 || scanRoot.operands.some((o) => o.path === "");
	if (scanRoot.git) {
		const { tracked, untracked } = listWorkTree(scanRoot.root, whole ? [] : scanRoot.operands.map((o) => o.path));
		const rest = untracked.then((files) => ({
			files,
			errors: []
		}));
		rest.catch(() => void 0);
		return {
			first: tracked.then((files) => ({
				files,
				errors: []
			})),
			rest
		};
	}
	return {
		first: Promise.resolve(walkTree(scanRoot, whole)),
		rest: Promise.resolve({
			files: [],
			errors: []
		})
	};
}
/**
* The walk of a tree outside git (or with --no-git): every entry that is not
* a directory, symlinks and special files included (reading reports and
* skips them), never into a symlinked directory, `.git` or `node_modules`
* (an operand naming one is scanned as asked). Operands are taken
* literally, never as globs. A directory that cannot be
* read is an error in the result, not a silent gap.
*
* Synchronous readdir with file types, one call per directory: on 40 000
* entries it lists in about 0.15 s, where a glob library's walk took 1.6-2 s.
*/
function walkTree(scanRoot, whole) {
	const files = [];
	const errors = [];
	const pending = [];
	if (whole) pending.push("");
	else for (const operand of scanRoot.operands) if (operand.directory) pending.push(operand.path);
	else files.push(operand.path);
	for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) {
		let entries;
		try {
			entries = readdirSync(dir === "" ? scanRoot.root : join(scanRoot.root, dir), { withFileTypes: true });
		} catch (error) {
			const code = error.code;
			if (code !== "ENOENT") errors.push({
				code: "read-error",
				path: dir === "" ? "." : dir,
				message: `cannot read the directory (${code ?? error.message})`
			});
			continue;
		}
		for (const entry of entries) {
			const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
			if (entry.isDirectory()) {
				if (!SKIPPED_DIRS.has(entry.name)) pending.push(path);
			} else if (entry.name !== ".git") files.push(path);
		}
	}
	return {
		files: [...new Set(files)].sort(),
		errors
	};
}
/** Parses `I/N` (1 <= I <= N). */
function parseShard(text) {
	const m = /^(\d{1,6})\/(\d{1,6})$/u.exec(text.trim());
	const index = Number(m?.[1]);
	const count = Number(m?.[2]);
	if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes I/N with 1 <= I <= N, not ${JSON.stringify(text)}`);
	return {
		index,
		count
	};
}
/** True when `path` belongs to `shard`: FNV-1a of the path, so the split is stable across runs and machines. */
function inShard(path, shard) {
	if (!shard || shard.count === 1) return true;
	let hash = 2166136261;
	for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619) >>> 0;
	return hash % shard.count === shard.index - 1;
}
// dist/src/scanner/read-file.js
/**
* The scanner's file system access: opening a file to scan without following
* a symlink or opening a FIFO, reading a config or baseline only when it is a
* regular file of bounded size, and writing a file atomically without
* following a symlink out of the repository.
*/
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
/** `ENOENT`-style code of a Node error, or its message. */
function errorCodeOf(error) {
	if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
	return error instanceof Error ? error.message : String(error);
}
/**
* Opens a regular file for reading, never following a symlink and never
* opening a FIFO, socket or device. The caller closes the descriptor.
*/
function openRegularFile(path) {
	let fd;
	try {
		const stat = lstatSync(path, { throwIfNoEntry: false });
		if (!stat) return { kind: "missing" };
		if (stat.isSymbolicLink()) return { kind: "symlink" };
		if (!stat.isFile()) return { kind: "special" };
		fd = openSync(path, OPEN_FLAGS);
		const opened = fstatSync(fd);
		if (!opened.isFile()) {
			closeSync(fd);
			return { kind: "special" };
		}
		return {
			kind: "file",
			fd,
			size: opened.size
		};
	} catch (error) {
		if (fd !== void 0) closeSync(fd);
		const code = errorCodeOf(error);
		if (code === "ENOENT") return { kind: "missing" };
		if (code === "ELOOP") return { kind: "symlink" };
		return {
			kind: "error",
			message: `cannot read the file (${code})`
		};
	}
}
/** Why a small file (config, baseline) could not be read: the message names no content. */
var SmallFileError = class extends Error {
	name = "SmallFileError";
};
/**
* Reads a config or baseline: a regular file (a symlink is followed, but what
* it points to must be a regular file: never a FIFO, a device or
* `/dev/zero`) of at most `limit` bytes, as UTF-8. Never blocks, never reads
* more than `limit + 1` bytes.
*/
function readSmallFile(path, limit) {
	let fd;
	try {
		fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		const stat = fstatSync(fd);
		if (!stat.isFile()) throw new SmallFileError(stat.isDirectory() ? "it is a directory" : "it is not a regular file (a FIFO, socket or device)");
		if (stat.size > limit) throw new SmallFileError(`it is larger than ${limit} bytes`);
		const buffer = Buffer.allocUnsafe(stat.size + 1);
		let length = 0;
		while (length < buffer.length) {
			const n = readSync(fd, buffer, length, buffer.length - length, null);
			if (n === 0) break;
			length += n;
		}
		if (length > stat.size) throw new SmallFileError("it changed while it was read");
		return buffer.subarray(0, length).toString("utf8");
	} catch (error) {
		if (error instanceof SmallFileError) throw error;
		throw new SmallFileError(errorCodeOf(error));
	} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
/** Why a file could not be written. */
var WriteError = class extends Error {
	name = "WriteError";
};
/**
* Writes `text` to `target` atomically: a temporary file in the same
* directory, written, synced and renamed over the target, so that a reader
* (or a crash) sees the old file or the new one, never a part. When `target`
* is a symlink, the file it points to is replaced, unless that lies outside
* `root` (a symlink out of the repository is refused).
*/
function writeFileAtomic(target, text, options) {
	let path = target;
	const stat = lstatSync(target, { throwIfNoEntry: false });
	if (stat?.isSymbolicLink()) {
		let resolved;
		try {
			resolved = realpathSync(target);
		} catch {
			throw new WriteError("it is a symlink that points nowhere: refusing to follow it");
		}
		let root = options.root;
		try {
			root = realpathSync(root);
		} catch {}
		if (!isInside(root, resolved)) throw new WriteError("it is a symlink to a file outside the repository: refusing to follow it");
		path = resolved;
	}
	const current = stat?.isSymbolicLink() ? lstatSync(path, { throwIfNoEntry: false }) : stat;
	if (current && !current.isFile()) throw new WriteError("it exists and is not a regular file");
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
	let fd;
	try {
		fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), options.mode ?? 420);
		const bytes = Buffer.from(text, "utf8");
		for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
		fsyncSync(fd);
		closeSync(fd);
		fd = void 0;
		renameSync(temp, path);
		syncDirectory(dirname(path));
	} catch (error) {
		if (fd !== void 0) closeSync(fd);
		try {
			unlinkSync(temp);
		} catch {}
		throw new WriteError(errorCodeOf(error));
	}
}
/** Makes a rename durable; some systems cannot open a directory, which only loses durability. */
function syncDirectory(dir) {
	let fd;
	try {
		fd = openSync(dir, constants.O_RDONLY);
		fsyncSync(fd);
	} catch {} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
// dist/schemas/boundary-guard.config.schema.json
var boundary_guard_config_schema_default = {
	$schema: "https://json-schema.org/draft/2020-12/schema",
	$id: "https://github.com/cavra/boundary-guard/schemas/boundary-guard.config.schema.json",
	title: "boundary-guard configuration",
	description: "boundary-guard.config.json: what the scanner reads and how it judges it. JSON only, so a repository's config can never run code.",
	type: "object",
	properties: {
		"$schema": {
			"description": "Path or URL of this schema, for editors.",
			"type": "string"
		},
		"include": {
			"description": "minimatch globs, relative to the scan root, of the files to scan (default: every file).",
			"type": "array",
			"items": { "$ref": "#/$defs/glob" }
		},
		"exclude": {
			"description": "Files never scanned (and so never failing the scan): minimatch globs relative to the scan root, each with the reason it is safe to skip. A glob that matches every file (\"*\", \"**\") is refused.",
			"type": "array",
			"items": {
				"type": "object",
				"properties": {
					"pattern": { "$ref": "#/$defs/glob" },
					"reason": { "$ref": "#/$defs/reason" }
				},
				"required": ["pattern", "reason"],
				"additionalProperties": false
			}
		},
		"categories": {
			"description": "Per Boundary category: \"off\" disables its detectors, \"error\" fails the scan, \"warning\" only reports.",
			"type": "object",
			"propertyNames": { "$ref": "#/$defs/category" },
			"additionalProperties": { "$ref": "#/$defs/level" }
		},
		"detectors": {
			"description": "Per detector id, overriding its category: \"off\", \"error\" or \"warning\".",
			"type": "object",
			"propertyNames": { "$ref": "#/$defs/id" },
			"additionalProperties": { "$ref": "#/$defs/level" }
		},
		"synthetic": {
			"description": "Additions to the registry of what is not real: values carrying these markers or hosts, or matching these entries, are examples, not findings.",
			"type": "object",
			"properties": {
				"markers": {
					"description": "Substrings (case-insensitive) that mark a value as synthetic, e.g. \"-fixture\".",
					"type": "array",
					"items": { "$ref": "#/$defs/word" }
				},
				"hosts": {
					"description": "Host suffixes treated as reserved, e.g. \"corp.example\".",
					"type": "array",
					"items": { "$ref": "#/$defs/word" }
				},
				"entries": {
					"description": "Entries added to the registry of what is not real, each with its kind and the reason printed with every value it suppresses (see docs/precision.md for how each kind matches).",
					"type": "array",
					"items": {
						"type": "object",
						"properties": {
							"id": { "$ref": "#/$defs/id" },
							"kind": {
								"description": "reserved-host / stand-in-host / public-mail-domain: host suffixes; example-marker: substrings; fictional-name: whole names; documented-value / public-value / emulator-default: exact values.",
								"enum": [
									"reserved-host",
									"stand-in-host",
									"public-mail-domain",
									"example-marker",
									"fictional-name",
									"documented-value",
									"public-value",
									"emulator-default"
								]
							},
							"values": {
								"type": "array",
								"items": { "$ref": "#/$defs/word" },
								"minItems": 1
							},
							"reason": { "$ref": "#/$defs/reason" }
						},
						"required": [
							"id",
							"kind",
							"values",
							"reason"
						],
						"additionalProperties": false
					}
				}
			},
			"additionalProperties": false
		},
		"internalDomains": {
			"description": "Internal or production host suffixes whose URLs must stay out of the public tree (added to the defaults).",
			"type": "array",
			"items": { "$ref": "#/$defs/word" }
		},
		"privatePackages": {
			"description": "Private npm scopes or package names whose import means enterprise source (added to the defaults).",
			"type": "array",
			"items": { "$ref": "#/$defs/word" }
		},
		"privatePaths": {
			"description": "Path fragments of private source trees, e.g. \"enterprise/\" (added to the defaults).",
			"type": "array",
			"items": { "$ref": "#/$defs/word" }
		},
		"pathAliases": {
			"description": "Module path aliases as tsconfig's compilerOptions.paths writes them, e.g. {\"@ee/*\": [\"./ee/*\"]}: an import through an alias whose target lies in a private path is a private path import. Added to the aliases of the scan root's tsconfig.json, jsconfig.json and package.json imports (an alias named in both takes these targets).",
			"type": "object",
			"propertyNames": { "$ref": "#/$defs/word" },
			"additionalProperties": {
				"type": "array",
				"items": { "$ref": "#/$defs/word" }
			}
		},
		"productNames": {
			"description": "Product names whose licence keys and markers are detected (added to the defaults).",
			"type": "array",
			"items": { "$ref": "#/$defs/word" }
		},
		"suppressions": {
			"description": "Findings allowed on purpose. Each names a detector or category, optionally files, a key path and a value hash, and says why.",
			"type": "array",
			"items": {
				"type": "object",
				"properties": {
					"rule": {
						"description": "Detector id, category id (or a list of them), or \"invalid-directive\" to allow malformed inline directives in these files (code that implements or tests the directive). There is no wildcard: name what is allowed.",
						"anyOf": [{ "$ref": "#/$defs/id" }, {
							"type": "array",
							"items": { "$ref": "#/$defs/id" },
							"minItems": 1
						}]
					},
					"files": {
						"description": "minimatch globs relative to the scan root; the suppression applies only there (default: everywhere).",
						"anyOf": [{ "$ref": "#/$defs/glob" }, {
							"type": "array",
							"items": { "$ref": "#/$defs/glob" },
							"minItems": 1
						}]
					},
					"keyPath": {
						"description": "Dotted key path the value must sit under; \"*\" matches one segment, \"**\" any number.",
						"type": "string",
						"minLength": 1
					},
					"valueHash": {
						"description": "The finding's valueHash (16 hex digits, see the json report): only that value is allowed.",
						"type": "string",
						"pattern": "^[0-9a-f]{16}$"
					},
					"reason": { "$ref": "#/$defs/reason" },
					"expires": {
						"description": "Last day (UTC, YYYY-MM-DD) the suppression applies; after it the finding is reported again and the report warns.",
						"type": "string",
						"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
					}
				},
				"required": ["rule", "reason"],
				"additionalProperties": false
			}
		},
		"maxFileSize": {
			"description": "Text up to this many bytes is scanned in one piece; a larger file is scanned in overlapping windows of this size (at least 256 KiB), never skipped (default 1048576, 1 MiB).",
			"type": "integer",
			"minimum": 1
		},
		"hashKey": {
			"description": "Key of the HMAC-SHA-256 behind every valueHash, preview hash and fingerprint, so that a published report cannot confirm a guessed value without it: 16 to 1024 printable ASCII characters (e.g. 64 random hex digits). Anyone who reads this file can use the key: in a public repository, give it in the BOUNDARY_GUARD_HASH_KEY environment variable (a CI secret) instead, which wins over this key. Changing it changes every fingerprint and value hash.",
			"type": "string",
			"pattern": "^[!-~][ -~]{14,1022}[!-~]$"
		},
		"baseline": {
			"description": "Path of the baseline file (written by `boundary-guard baseline`), relative to this config file. `scan`, `scan --staged` (the pre-commit hook) and `scan --diff` then report the findings it records as existing instead of failing on them, and warn about entries no finding matches any more; `--baseline FILE` wins over it. A file named here that is missing or invalid is an error.",
			"type": "string",
			"minLength": 1,
			"pattern": "\\S"
		},
		"contracts": {
			"description": "Further contracts whose payload examples are judged by field, as CAVRA's are: a payload whose schema_version is one its JSON Schema names (properties.schema_version.const or enum) must hold a synthetic value (a reserved domain, an example marker, a stand-in name or one of synthetic's own) in each identity field.",
			"type": "array",
			"items": {
				"type": "object",
				"properties": {
					"schema": {
						"description": "Path of the contract's JSON Schema, relative to this config file.",
						"type": "string",
						"minLength": 1,
						"pattern": "\\S"
					},
					"identities": {
						"description": "Dotted paths of the identity fields (`tenant_id`, `account.owner_email`; `[]` for any item of a list: `members[].email`).",
						"type": "array",
						"minItems": 1,
						"items": {
							"type": "string",
							"minLength": 1,
							"pattern": "^[^\\s]+$"
						}
					}
				},
				"required": ["schema", "identities"],
				"additionalProperties": false
			}
		}
	},
	additionalProperties: false,
	$defs: {
		"glob": {
			"description": "A minimatch glob, forward slashes, relative to the scan root.",
			"type": "string",
			"minLength": 1
		},
		"reason": {
			"description": "Why this is safe; shown with --show-suppressed. Not blank.",
			"type": "string",
			"minLength": 3,
			"pattern": "\\S"
		},
		"word": {
			"type": "string",
			"minLength": 1
		},
		"id": {
			"description": "A detector or category id (kebab-case).",
			"type": "string",
			"pattern": "^[a-z0-9]+(?:-[a-z0-9]+)*$"
		},
		"category": { "enum": [
			"license-key",
			"signing-material",
			"connector-credential",
			"escalation-webhook",
			"dashboard-url",
			"customer-identifier",
			"billing-record",
			"support-ticket",
			"customer-success-note",
			"customer-audit-payload",
			"paid-policy-pack",
			"enterprise-source",
			"saas-backend-code",
			"scheduler-implementation",
			"automation-worker"
		] },
		"level": { "enum": [
			"off",
			"error",
			"warning"
		] }
	}
};
// dist/src/scanner/json-schema.js
/**
* A small JSON Schema (2020-12) checker for the keywords the config schema
* uses, so the shipped schema file is what validates a config at run time
* without a validator dependency. Tests check it agrees with ajv.
*/
const KNOWN = /* @__PURE__ */ new Set([
	"$schema",
	"$id",
	"$defs",
	"title",
	"description",
	"$ref",
	"type",
	"properties",
	"additionalProperties",
	"propertyNames",
	"required",
	"items",
	"enum",
	"const",
	"pattern",
	"minLength",
	"minimum",
	"minItems",
	"anyOf",
	"default",
	"examples"
]);
/** Checks `value` against `schema`; the result is empty when it is valid. */
function checkSchema(schema, value) {
	const root = asSchema(schema);
	const problems = [];
	check(root, root, value, [], problems);
	return problems;
}
/** `a.b[0].c`, or `(root)` for the document itself. */
function formatSchemaPath(path) {
	let out = "";
	for (const part of path) if (typeof part === "number") out += `[${part}]`;
	else out += /^[A-Za-z_$][\w$-]*$/u.test(part) ? `${out === "" ? "" : "."}${part}` : `[${JSON.stringify(part)}]`;
	return out === "" ? "(root)" : out;
}
function asSchema(schema) {
	if (typeof schema === "boolean") return schema;
	if (schema !== null && typeof schema === "object" && !Array.isArray(schema)) return schema;
	throw new TypeError("not a JSON Schema");
}
function check(root, schema, value, path, out) {
	if (schema === true) return;
	if (schema === false) {
		out.push({
			path,
			message: "is not allowed here"
		});
		return;
	}
	for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) throw new Error(`checkSchema does not implement the keyword "${keyword}"`);
	if (typeof schema.$ref === "string") check(root, resolveRef(root, schema.$ref), value, path, out);
	if (schema.anyOf !== void 0) {
		const branches = schema.anyOf.map((branch) => {
			const problems = [];
			check(root, asSchema(branch), value, path, problems);
			return problems;
		});
		if (branches.every((problems) => problems.length > 0)) {
			const wrongType = (problems) => problems.some((p) => p.path.length === path.length && p.message.includes(", not "));
			const depth = (problems) => Math.max(...problems.map((p) => p.path.length));
			const best = branches.filter((problems) => !wrongType(problems)).reduce((a, b) => a === void 0 || depth(b) > depth(a) ? b : a, void 0);
			out.push(...best ?? [{
				path,
				message: describeAnyOf(root, schema.anyOf)
			}]);
		}
	}
	if (schema.type !== void 0 && !hasType(value, schema.type)) {
		out.push({
			path,
			message: `must be ${article(schema.type)}, not ${typeName(value)}`
		});
		return;
	}
	if (schema.const !== void 0 && value !== schema.const) out.push({
		path,
		message: `must be ${JSON.stringify(schema.const)}`
	});
	if (Array.isArray(schema.enum) && !schema.enum.includes(value)) out.push({
		path,
		message: `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`
	});
	if (typeof value === "string") {
		if (typeof schema.minLength === "number" && [...value].length < schema.minLength) out.push({
			path,
			message: schema.minLength === 1 ? "must not be empty" : `must be at least ${schema.minLength} characters long`
		});
		if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) out.push({
			path,
			message: `must match ${schema.pattern}`
		});
	}
	if (typeof value === "number" && typeof schema.minimum === "number" && value < schema.minimum) out.push({
		path,
		message: `must be at least ${schema.minimum}`
	});
	if (Array.isArray(value)) {
		if (typeof schema.minItems === "number" && value.length < schema.minItems) out.push({
			path,
			message: `must have at least ${schema.minItems} item(s)`
		});
		if (schema.items !== void 0) value.forEach((item, i) => check(root, asSchema(schema.items), item, [...path, i], out));
	}
	if (value !== null && typeof value === "object" && !Array.isArray(value)) checkObject(root, schema, value, path, out);
}
function checkObject(root, schema, value, path, out) {
	const properties = schema.properties ?? {};
	for (const name of schema.required ?? []) if (!Object.hasOwn(value, name)) out.push({
		path: [...path, name],
		message: "is required"
	});
	for (const [name, item] of Object.entries(value)) {
		if (schema.propertyNames !== void 0) {
			const problems = [];
			check(root, asSchema(schema.propertyNames), name, [...path, name], problems);
			if (problems.length > 0) out.push({
				path: [...path, name],
				message: `is not a known key (${problems[0]?.message ?? "invalid"})`
			});
		}
		if (Object.hasOwn(properties, name)) check(root, asSchema(properties[name]), item, [...path, name], out);
		else if (schema.additionalProperties === false) out.push({
			path: [...path, name],
			message: "is not a known key"
		});
		else if (schema.additionalProperties !== void 0) check(root, asSchema(schema.additionalProperties), item, [...path, name], out);
	}
}
function resolveRef(root, ref) {
	if (!ref.startsWith("#/")) throw new Error(`checkSchema resolves only local references, not ${ref}`);
	let node = root;
	for (const part of ref.slice(2).split("/")) node = node?.[part.replace(/~1/gu, "/").replace(/~0/gu, "~")];
	if (node === void 0) throw new Error(`unresolved reference ${ref}`);
	return asSchema(node);
}
function hasType(value, type) {
	switch (type) {
		case "object": return value !== null && typeof value === "object" && !Array.isArray(value);
		case "array": return Array.isArray(value);
		case "integer": return typeof value === "number" && Number.isInteger(value);
		case "number": return typeof value === "number" && Number.isFinite(value);
		case "null": return value === null;
		default: return typeof value === type;
	}
}
function typeName(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "an array";
	return article(typeof value);
}
function article(type) {
	return /^[aeiou]/u.test(type) ? `an ${type}` : `a ${type}`;
}
function describeAnyOf(root, branches) {
	const kinds = branches.map((branch) => {
		let schema = asSchema(branch);
		if (typeof schema === "object" && typeof schema.$ref === "string") schema = resolveRef(root, schema.$ref);
		if (typeof schema === "object" && typeof schema.type === "string") return article(schema.type);
		if (typeof schema === "object" && schema.const !== void 0) return JSON.stringify(schema.const);
		return "a valid value";
	});
	return `must be ${[...new Set(kinds)].join(" or ")}`;
}
// dist/src/scanner/jsonc.js
/** Reading JSON text, and JSONC (JSON with comments and trailing commas, as tsconfig.json is written). */
/**
* Where JSON.parse stopped, as a line and column: never its message, which
* quotes the text around the error (a config may be a symlink to any file).
*/
function jsonErrorWhere(text, error) {
	const message = error instanceof Error ? error.message : String(error);
	const position = /position (\d+)/u.exec(message)?.[1];
	if (position === void 0) return /end of (?:JSON|data) input/iu.test(message) ? "it ends too early" : "a syntax error";
	const before = text.slice(0, Number(position));
	return `a syntax error at line ${before.split("\n").length}, column ${Number(position) - before.lastIndexOf("\n")}`;
}
/** JSONC that no JSON could be made of; its message names the fault, never the text. */
var JsoncError = class extends SyntaxError {
	name = "JsoncError";
};
/**
* JSON with comments and trailing commas (tsconfig's JSONC) to plain JSON:
* comments and a comma before `}` or `]` become spaces, only outside
* strings, so that a position in the result is the same in the text. One
* pass for comments, one for commas: linear.
*/
function jsoncToJson(text) {
	const blank = (part) => part.replace(/[^\n]/gu, " ");
	const parts = [];
	let from = 0;
	let i = 0;
	while (i < text.length) {
		const c = text.charAt(i);
		if (c === "\"") i = stringEnd(text, i);
		else if (c === "/" && (text.charAt(i + 1) === "/" || text.charAt(i + 1) === "*")) {
			const block = text.charAt(i + 1) === "*";
			const close = block ? text.indexOf("*/", i + 2) : text.indexOf("\n", i);
			if (block && close === -1) throw new JsoncError("a comment is not closed");
			const end = block ? close + 2 : close === -1 ? text.length : close;
			parts.push(text.slice(from, i), blank(text.slice(i, end)));
			i = from = end;
		} else i++;
	}
	parts.push(text.slice(from));
	const stripped = parts.join("");
	const kept = [];
	from = 0;
	i = 0;
	while (i < stripped.length) {
		const c = stripped.charAt(i);
		if (c === "\"") i = stringEnd(stripped, i);
		else if (c === ",") {
			let next = i + 1;
			while (next < stripped.length && /\s/u.test(stripped.charAt(next))) next++;
			if (stripped.charAt(next) === "}" || stripped.charAt(next) === "]") {
				kept.push(stripped.slice(from, i), " ");
				from = i + 1;
			}
			i = next;
		} else i++;
	}
	kept.push(stripped.slice(from));
	return kept.join("");
}
/** The index just past the string that starts at `start` (a `"`); the text's end when it is not closed. */
function stringEnd(text, start) {
	let i = start + 1;
	while (i < text.length) {
		const c = text.charAt(i);
		if (c === "\\") i += 2;
		else if (c === "\"") return i + 1;
		else i++;
	}
	return text.length;
}
// dist/src/scanner/path-aliases.js
/**
* A project's module path aliases, read from the scan root: tsconfig.json
* and jsconfig.json `compilerOptions.paths` (following relative `extends`)
* and package.json `imports`. They become the catalog setting `pathAliases`,
* so that `'@ee/billing'` is a private path import where `"@ee/*"` maps to
* `./ee/*`. A file that cannot be read or parsed is passed over with a
* warning: it never fails the scan.
*/
/** The project files aliases are read from, at the scan root. */
const ALIAS_FILES = ["tsconfig.json", "jsconfig.json"];
/** Larger project files are not read (a tsconfig is a few KB). */
const PROJECT_FILE_LIMIT = 1048576;
/** How many `extends` links are followed from one file. */
const EXTENDS_DEPTH = 8;
/** Why a project file could not be used. */
var AliasFileError = class extends Error {
	file;
	name = "AliasFileError";
	constructor(file, message) {
		super(message);
		this.file = file;
	}
};
const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
/** Reads one project file as JSONC; `shown` names it in messages (which never quote its text). */
function readProjectFile(file, shown) {
	let text;
	try {
		text = readSmallFile(file, PROJECT_FILE_LIMIT);
	} catch (error) {
		throw new AliasFileError(shown, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
	}
	let value;
	try {
		value = JSON.parse(jsoncToJson(text.replace(/^\uFEFF/u, "")));
	} catch (error) {
		throw new AliasFileError(shown, `not valid JSON (${error instanceof JsoncError ? error.message : jsonErrorWhere(text, error)})`);
	}
	if (!isObject(value)) throw new AliasFileError(shown, "not a JSON object");
	return value;
}
/** `compilerOptions.paths` as strings only (anything else in it is passed over). */
function pathsOf(config) {
	const options = config.compilerOptions;
	if (!isObject(options) || !isObject(options.paths)) return void 0;
	const out = {};
	for (const [key, targets] of Object.entries(options.paths)) if (Array.isArray(targets)) out[key] = targets.filter((t) => typeof t === "string");
	return out;
}
/**
* The `paths` a tsconfig ends up with: its own, else those of what it
* extends (the last of an `extends` list that has some), as TypeScript
* resolves them. Only relative `extends` inside the root are followed.
*/
function effectivePaths(file, root, seen, depth) {
	seen.add(file);
	const config = readProjectFile(file, shownPath(root, file));
	const own = pathsOf(config);
	if (own !== void 0 || depth >= EXTENDS_DEPTH) return own;
	const bases = typeof config.extends === "string" ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
	let found;
	for (const base of bases) {
		if (typeof base !== "string" || !/^\.\.?\//u.test(base)) continue;
		let target = resolve(dirname(file), base);
		if (!target.endsWith(".json") && !existsSync(target)) target = `${target}.json`;
		if (!isInside(root, target) || seen.has(target) || !existsSync(target)) continue;
		found = effectivePaths(target, root, seen, depth + 1) ?? found;
	}
	return found;
}
/** package.json `imports` (`"#ee/*": "./ee/*"`, or conditions): each key with every target path it names. */
function importsOf(manifest) {
	const out = {};
	if (!isObject(manifest.imports)) return out;
	const leaves = (value, into, depth) => {
		if (typeof value === "string") into.push(value);
		else if (depth < 4 && Array.isArray(value)) for (const v of value) leaves(v, into, depth + 1);
		else if (depth < 4 && isObject(value)) for (const v of Object.values(value)) leaves(v, into, depth + 1);
	};
	for (const [key, value] of Object.entries(manifest.imports)) {
		const targets = [];
		leaves(value, targets, 0);
		if (targets.length > 0) out[key] = targets;
	}
	return out;
}
function shownPath(root, file) {
	return relative(root, file).split("\\").join("/");
}
/**
* The module path aliases of the project at `root`: tsconfig.json and
* jsconfig.json `compilerOptions.paths`, and package.json `imports`. A file
* that cannot be read or parsed adds nothing and a warning.
*/
function readPathAliases(root) {
	const aliases = {};
	const warnings = [];
	const add = (found) => {
		for (const [key, targets] of Object.entries(found ?? {})) aliases[key] = [.../* @__PURE__ */ new Set([...aliases[key] ?? [], ...targets])];
	};
	const attempt = (name, read) => {
		const file = join(root, name);
		if (!existsSync(file)) return;
		try {
			add(read(file));
		} catch (error) {
			if (!(error instanceof AliasFileError)) throw error;
			warnings.push({
				code: "unreadable-path-aliases",
				path: error.file,
				message: `${error.message}: its path aliases are not used`
			});
		}
	};
	for (const name of ALIAS_FILES) attempt(name, (file) => effectivePaths(file, root, /* @__PURE__ */ new Set(), 0));
	attempt("package.json", (file) => importsOf(readProjectFile(file, "package.json")));
	return {
		aliases,
		warnings
	};
}
// dist/src/scanner/config.js
/**
* boundary-guard.config.json: read, checked against the shipped JSON Schema,
* then resolved to a plain, serialisable object that worker threads rebuild
* their engine from. The file is JSON only, so a fork's pull request can
* change what is scanned but can never run code through it.
*/
/** The config file name looked up at the scan root. */
const CONFIG_FILE_NAME = "boundary-guard.config.json";
/**
* The `rule` of a suppression that silences malformed inline directives in
* its files: for code that implements or tests the directive itself, where
* the keyword appears in strings rather than comments.
*/
const INVALID_DIRECTIVE = "invalid-directive";
/** The largest config file read: a larger one (or one that is not a regular file) is an error. */
const CONFIG_SIZE_LIMIT = 4194304;
/** An unreadable or invalid config: exit status 2, the message names the file and the key. */
var ConfigError = class extends Error {
	name = "ConfigError";
};
/**
* Finds and reads the config: `explicit` (relative to `cwd`) when given, else
* `boundary-guard.config.json` at `root` when present, else the defaults.
* The project's path aliases at `root` join the settings (see
* path-aliases.ts). Expired suppressions are dropped and returned as
* warnings, and so are project files whose aliases could not be read.
*/
function loadConfig(options) {
	const now = options.now ?? /* @__PURE__ */ new Date();
	const file = options.explicit !== void 0 ? resolve(options.cwd, options.explicit) : join(options.root, CONFIG_FILE_NAME);
	return withProjectAliases(options.explicit === void 0 && !existsSync(file) ? resolveConfig({}, void 0, now) : resolveConfig(readConfigFile(file, options.cwd), file, now), options.root);
}
/** Adds the path aliases of the project at `root` (tsconfig.json, jsconfig.json, package.json imports) to the settings; the config's own win. */
function withProjectAliases({ config, warnings }, root) {
	const project = readPathAliases(root);
	const warned = [...warnings, ...project.warnings];
	if (Object.keys(project.aliases).length === 0) return {
		config,
		warnings: warned
	};
	return {
		config: {
			...config,
			settings: {
				...config.settings,
				pathAliases: {
					...project.aliases,
					...config.settings.pathAliases
				}
			}
		},
		warnings: warned
	};
}
/** Reads and checks a config file; messages name it relative to `cwd`. */
function readConfigFile(file, cwd) {
	const shown = displayName(file, cwd);
	let text;
	try {
		text = readSmallFile(file, CONFIG_SIZE_LIMIT);
	} catch (error) {
		throw new ConfigError(`${shown}: cannot read the config (${error instanceof Error ? error.message : String(error)})`);
	}
	return parseConfigText(text, shown);
}
/** Parses and validates config text; `shown` names the file in messages. */
function parseConfigText(text, shown) {
	let value;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/u, ""));
	} catch (error) {
		throw new ConfigError(`${shown}: not valid JSON (${jsonErrorWhere(text, error)})`, { cause: error });
	}
	return checkConfigValue(value, shown);
}
/** Validates a parsed config (schema, then detector ids and dates); `shown` names its source in messages. */
function checkConfigValue(value, shown) {
	const problems = checkSchema(boundary_guard_config_schema_default, value);
	if (problems.length > 0) {
		const lines = problems.slice(0, 5).map((p) => `  ${formatSchemaPath(p.path.map(safeSegment))}: ${p.message === "must match \\S" ? "must not be blank" : p.message}`);
		const more = problems.length > 5 ? `\n  … and ${problems.length - 5} more` : "";
		throw new ConfigError(`${shown}: invalid config\n${lines.join("\n")}${more}`);
	}
	const raw = value;
	checkKnownIds(raw, shown);
	return raw;
}
/** Applies the defaults to a checked config and drops expired suppressions (returned as warnings). */
function resolveConfig(raw, file, now) {
	const warnings = [];
	const today = now.toISOString().slice(0, 10);
	const suppressions = [];
	(raw.suppressions ?? []).forEach((s, i) => {
		for (const rule of typeof s.rule === "string" ? [s.rule] : s.rule) add(s, i, rule);
	});
	function add(s, i, rule) {
		const entry = {
			rule,
			reason: s.reason,
			...s.files !== void 0 ? { files: typeof s.files === "string" ? [s.files] : s.files } : {},
			...s.keyPath !== void 0 ? { keyPath: s.keyPath } : {},
			...s.valueHash !== void 0 ? { valueHash: s.valueHash } : {},
			...s.expires !== void 0 ? { expires: s.expires } : {}
		};
		if (entry.expires !== void 0 && entry.expires < today) warnings.push({
			code: "expired-suppression",
			message: `suppressions[${i}] (${entry.rule}${entry.files ? ` in ${entry.files.join(", ")}` : ""}) expired on ${entry.expires} and no longer applies: ${entry.reason}`
		});
		else suppressions.push(entry);
	}
	const settings = {
		...raw.internalDomains ? { internalDomains: raw.internalDomains } : {},
		...raw.privatePackages ? { privatePackages: raw.privatePackages } : {},
		...raw.privatePaths ? { privatePaths: raw.privatePaths } : {},
		...raw.pathAliases ? { pathAliases: raw.pathAliases } : {},
		...raw.productNames ? { productNames: raw.productNames } : {}
	};
	return {
		config: {
			...file !== void 0 ? { file } : {},
			include: raw.include ?? [],
			exclude: (raw.exclude ?? []).map((e) => ({
				pattern: e.pattern,
				reason: e.reason
			})),
			categories: raw.categories ?? {},
			detectors: raw.detectors ?? {},
			synthetic: {
				markers: raw.synthetic?.markers ?? [],
				hosts: raw.synthetic?.hosts ?? [],
				entries: raw.synthetic?.entries ?? []
			},
			settings,
			suppressions,
			maxFileSize: raw.maxFileSize ?? 1048576,
			...raw.hashKey !== void 0 ? { hashKey: raw.hashKey } : {},
			...raw.baseline !== void 0 ? { baseline: resolve(file !== void 0 ? dirname(file) : ".", raw.baseline) } : {},
			contracts: (raw.contracts ?? []).map((c, i) => declaredContract(c, i, file))
		},
		warnings
	};
}
/** The largest contract schema read. */
const CONTRACT_SCHEMA_LIMIT = 1048576;
/**
* A declared contract: its JSON Schema (relative to the config file) read
* for the `schema_version` values that recognise its payloads
* (`properties.schema_version.const` or `.enum`), and its identity paths.
*/
function declaredContract(declared, i, file) {
	const where = `${file ?? "config"}: contracts[${i}].schema`;
	const path = resolve(file !== void 0 ? dirname(file) : ".", declared.schema);
	let schema;
	try {
		schema = JSON.parse(readSmallFile(path, CONTRACT_SCHEMA_LIMIT));
	} catch (error) {
		throw new ConfigError(`${where}: ${declared.schema} cannot be read as a JSON Schema (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
	}
	const property = schema?.properties?.schema_version;
	const listed = Array.isArray(property?.enum) ? property.enum : [];
	const versions = [property?.const, ...listed].filter((v) => typeof v === "string" && v.length > 0);
	if (versions.length === 0) throw new ConfigError(`${where}: ${declared.schema} names no schema_version (properties.schema_version needs a const or an enum of strings): its payloads could not be recognised`);
	return {
		source: declared.schema,
		schemaVersions: versions,
		identities: declared.identities
	};
}
/** What the schema cannot know: detector ids come from the catalog, dates must exist. */
function checkKnownIds(raw, shown) {
	const detectorIds = new Set(createCatalog().map((d) => d.id));
	const categories = new Set(BOUNDARY_CATEGORY_IDS);
	const problems = [];
	for (const id of Object.keys(raw.detectors ?? {})) if (!detectorIds.has(id)) problems.push(`  detectors.${safeKey(id)}: no detector has this id${suggest(id, detectorIds)}`);
	(raw.suppressions ?? []).forEach((s, i) => {
		(typeof s.rule === "string" ? [s.rule] : s.rule).forEach((rule, j) => {
			if (rule !== "invalid-directive" && !detectorIds.has(rule) && !categories.has(rule)) {
				const where = typeof s.rule === "string" ? "rule" : `rule[${j}]`;
				problems.push(`  suppressions[${i}].${where}: neither a detector id nor a category${suggest(rule, /* @__PURE__ */ new Set([...detectorIds, ...categories]))}`);
			}
		});
		if (s.expires !== void 0 && !isRealDate(s.expires)) problems.push(`  suppressions[${i}].expires: not a date`);
	});
	(raw.exclude ?? []).forEach((e, i) => {
		if (/^[*/.\s]*$/u.test(e.pattern)) problems.push(`  exclude[${i}].pattern: matches every file; name the files to leave out`);
	});
	if (problems.length > 0) throw new ConfigError(`${shown}: invalid config\n${problems.join("\n")}`);
}
/** Every property name the config schema declares: the keys a message may name. */
const SCHEMA_KEYS = (() => {
	const keys = /* @__PURE__ */ new Set();
	const walk = (node) => {
		if (Array.isArray(node)) node.forEach(walk);
		else if (node !== null && typeof node === "object") for (const [key, child] of Object.entries(node)) {
			if (key === "properties" && child !== null && typeof child === "object") for (const name of Object.keys(child)) keys.add(name);
			walk(child);
		}
	};
	walk(boundary_guard_config_schema_default);
	return keys;
})();
let knownIds;
/** A key of the file as a message may show it: a schema key, a detector or category id, else a placeholder (a key is content). */
function safeKey(key) {
	knownIds ??= /* @__PURE__ */ new Set([...BOUNDARY_CATEGORY_IDS, ...createCatalog().map((d) => d.id)]);
	return SCHEMA_KEYS.has(key) || knownIds.has(key) ? key : "<a key>";
}
function safeSegment(segment) {
	return typeof segment === "number" ? segment : safeKey(segment);
}
function isRealDate(value) {
	const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
function suggest(id, known) {
	const close = [...known].filter((k) => k.includes(id) || id.includes(k)).slice(0, 3);
	return close.length > 0 ? ` (did you mean ${close.map((c) => `"${c}"`).join(", ")}?)` : "";
}
function displayName(file, cwd) {
	const rel = relative(cwd, file);
	return rel === "" || rel.startsWith("..") ? file : rel.split("\\").join("/");
}
export { listWorkTree as C, touchesAdded as E, listStaged as S, readBlobs as T, GitError as _, errorCodeOf as a, listCommits as b, writeFileAtomic as c, isInside as d, listTree as f, toPosix as g, resolveScanRoot as h, loadConfig as i, UsageError as l, real as m, ConfigError as n, openRegularFile as o, parseShard as p, INVALID_DIRECTIVE as r, readSmallFile as s, CONFIG_FILE_NAME as t, inShard as u, git as v, mergeBase as w, listDiff as x, gitTopLevel as y };
