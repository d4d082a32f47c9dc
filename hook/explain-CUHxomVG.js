import { F as BOUNDARY_CATEGORIES, I as BOUNDARY_CATEGORY_IDS, d as publicPrefixOf, f as ALLOW_DIRECTIVE, n as createCatalog, o as editDistance } from "./patterns-Bwfr1uKA.js";
import { c as parseCommand, i as EXPLAIN, l as usageMessage, s as helpText, t as ArgsError } from "./args-DrGZJYf5.js";
import { t as ruleDocUrl } from "./rule-docs-C-HAqcej.js";
import { c as terminalOf, n as escapeControl, r as hanging } from "./terminal-CshEaG_2.js";
// dist/src/cli/explain.js
/**
* `boundary-guard explain <detector-id|category>`: what a detector finds, a
* masked example, how to allow a finding, and where it is documented. No
* sample value is ever printed whole: the example shows what a report would.
*/
/** Runs `boundary-guard explain ARGV…`. */
function runExplain(argv, io) {
	let values;
	let positionals;
	try {
		({values, positionals} = parseCommand(EXPLAIN, argv));
		if (values.help !== true && positionals.length !== 1) throw new ArgsError("name one detector id or category (see `boundary-guard detectors`)");
	} catch (error) {
		if (error instanceof ArgsError) {
			io.stderr(usageMessage(EXPLAIN, error.message));
			return Promise.resolve(2);
		}
		throw error;
	}
	if (values.help === true) {
		io.stdout(helpText(EXPLAIN));
		return Promise.resolve(0);
	}
	const name = positionals[0] ?? "";
	const catalog = createCatalog();
	const width = terminalOf(io).columns;
	const detector = catalog.find((d) => d.id === name);
	if (detector) {
		io.stdout(explainDetector(detector, width));
		return Promise.resolve(0);
	}
	if (BOUNDARY_CATEGORY_IDS.includes(name)) {
		io.stdout(explainCategory(name, catalog, width));
		return Promise.resolve(0);
	}
	const close = didYouMean(name, [...BOUNDARY_CATEGORY_IDS, ...catalog.map((d) => d.id)]);
	io.stderr(`boundary-guard explain: no detector or category is called ${JSON.stringify(escapeControl(name))}${close.length > 0 ? `; did you mean:\n${close.map((c) => `  ${c}`).join("\n")}` : ""}\nRun 'boundary-guard detectors' for the list.\n`);
	return Promise.resolve(2);
}
/**
* Ids close to `name`, nearest first: containing it, or within an edit
* distance of a third of its length (at least 2) of the id or of its start.
*/
function didYouMean(name, ids) {
	const limit = Math.max(2, Math.floor(name.length / 3));
	const distance = (id) => id.includes(name) || name.includes(id) ? .5 : Math.min(editDistance(name, id), editDistance(name, id.slice(0, name.length)) + .5);
	return ids.map((id) => ({
		id,
		distance: distance(id)
	})).filter((c) => name !== "" && c.distance <= limit).sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1)).slice(0, 5).map((c) => c.id);
}
/** A positive sample as a report shows it: the key, the public vendor prefix at most, the length. */
function maskedExample(detector) {
	const sample = detector.samples().positive[0];
	if (sample === void 0) return void 0;
	const value = typeof sample === "string" ? sample : sample.value;
	const masked = `${publicPrefixOf(value, detector.publicPrefix)}… (${value.length} characters, masked)`;
	return typeof sample === "string" ? masked : `${sample.key}: ${masked}`;
}
function section(title, lines) {
	return `${title}\n${lines.join("\n")}\n`;
}
function explainDetector(d, width) {
	const category = BOUNDARY_CATEGORIES[d.category];
	const example = maskedExample(d);
	return [
		`${d.id} — ${d.name}\n${hanging(`category ${d.category} (${category.title}), severity ${d.severity}`, width, 2, 0)}\n`,
		section("What it matches:", [hanging(d.description, width, 2)]),
		...example !== void 0 ? [section("Example (as a report shows it: the value is masked):", [hanging(escapeControl(example), width, 2)])] : [],
		section("How to allow a finding (each needs a reason):", allowLines(d.id, width)),
		section("Documentation:", [`  ${ruleDocUrl(d.category)}`, ...(d.references ?? []).map((r) => `  ${r}`)])
	].join("\n");
}
function explainCategory(id, catalog, width) {
	const category = BOUNDARY_CATEGORIES[id];
	const detectors = catalog.filter((d) => d.category === id);
	const idWidth = Math.max(...detectors.map((d) => d.id.length));
	return [
		`${id} — ${category.title}\n`,
		section("What it matches:", [hanging(category.description, width, 2)]),
		section(`Detectors (${detectors.length}; 'boundary-guard explain <id>' for one):`, detectors.map((d) => idWidth + 40 <= width ? `  ${d.id.padEnd(idWidth)}  ${hanging(d.name, width, idWidth + 4, 0)}` : `  ${d.id}\n${hanging(d.name, width, 6)}`)),
		section("How to allow a finding (each needs a reason):", allowLines(id, width)),
		section("Documentation:", [`  ${ruleDocUrl(id)}`])
	].join("\n");
}
/** The three ways to allow a value that is meant to be there. */
function allowLines(rule, width) {
	return [
		hanging("- inline, on the line or the line above, in any comment syntax:", width, 4, 2),
		`      ${ALLOW_DIRECTIVE} ${rule} -- <reason>`,
		hanging("- in boundary-guard.config.json, for files (and optionally a key path or a value hash):", width, 4, 2),
		`      "suppressions": [{ "rule": "${rule}", "files": ["docs/**"], "reason": "<reason>" }]`,
		hanging("- for an example value: use a synthetic one (reserved hosts such as example.com or *.invalid, placeholders such as <token> or ${TOKEN}), or declare your own in the config:", width, 4, 2),
		`      "synthetic": { "entries": [{ "id": "<id>", "kind": "documented-value", "values": ["<value>"], "reason": "<reason>" }] }`
	];
}
export { runExplain };
