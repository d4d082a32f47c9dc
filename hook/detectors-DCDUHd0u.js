import { I as BOUNDARY_CATEGORY_IDS, n as createCatalog } from "./patterns-Bwfr1uKA.js";
import { c as parseCommand, l as usageMessage, r as DETECTORS, s as helpText, t as ArgsError } from "./args-DrGZJYf5.js";
import { c as terminalOf, o as safeJson, r as hanging } from "./terminal-CshEaG_2.js";
/** Runs `boundary-guard detectors ARGV…`. */
function runDetectors(argv, io) {
	let values;
	try {
		({values} = parseCommand(DETECTORS, argv));
		if (values.format !== void 0 && values.format !== "text" && values.format !== "json") throw new ArgsError(`unknown format ${JSON.stringify(values.format)}; use text or json`);
		if (values.category !== void 0 && !BOUNDARY_CATEGORY_IDS.includes(values.category)) throw new ArgsError(`unknown category ${JSON.stringify(values.category)}; use one of ${BOUNDARY_CATEGORY_IDS.join(", ")}`);
	} catch (error) {
		if (error instanceof ArgsError) {
			io.stderr(usageMessage(DETECTORS, error.message));
			return Promise.resolve(2);
		}
		throw error;
	}
	if (values.help === true) {
		io.stdout(helpText(DETECTORS));
		return Promise.resolve(0);
	}
	const detectors = createCatalog().filter((d) => values.category === void 0 || d.category === values.category);
	if (values.format === "json") {
		const list = detectors.map((d) => ({
			id: d.id,
			name: d.name,
			category: d.category,
			severity: d.severity,
			description: d.description,
			keywords: d.keywords,
			references: d.references ?? []
		}));
		io.stdout(`${safeJson({
			version: 1,
			detectors: list
		})}\n`);
		return Promise.resolve(0);
	}
	const idWidth = Math.max(2, ...detectors.map((d) => d.id.length));
	const categoryWidth = Math.max(8, ...detectors.map((d) => d.category.length));
	const columns = terminalOf(io).columns;
	const lead = idWidth + categoryWidth + 14;
	const lines = [];
	if (columns - lead >= 30) {
		lines.push(`${"ID".padEnd(idWidth)}  ${"CATEGORY".padEnd(categoryWidth)}  SEVERITY  DESCRIPTION`);
		for (const d of detectors) lines.push(`${d.id.padEnd(idWidth)}  ${d.category.padEnd(categoryWidth)}  ${d.severity.padEnd(8)}  ${hanging(d.description, columns, lead, 0)}`);
	} else for (const d of detectors) {
		const head = `${d.id}  ${d.category}  ${d.severity}`;
		lines.push(head.length <= columns ? head : `${d.id}\n    ${d.category}  ${d.severity}`, hanging(d.description, columns, 4));
	}
	lines.push("", `${detectors.length} detector${detectors.length === 1 ? "" : "s"}`);
	io.stdout(`${lines.join("\n")}\n`);
	return Promise.resolve(0);
}
export { runDetectors };
