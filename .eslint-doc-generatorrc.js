// eslint-doc-generator options. The plugin is loaded from
// scripts/eslint-doc-plugin (see there), so paths are relative to it.
// `postprocess` fills each category rule's detector table from the built catalog.
import { catalog } from './dist/patterns/index.js';

const BEGIN = '<!-- begin detectors list -->';
const END = '<!-- end detectors list -->';

const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The detector table of a category, in id order. */
function detectorTable(category) {
  const detectors = catalog.filter((d) => d.category === category).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (detectors.length === 0) return 'No detector of this category yet.';
  return [
    '| Detector id | Name | What it finds |',
    '| :-- | :-- | :-- |',
    ...detectors.map((d) => `| \`${d.id}\` | ${cell(d.name)} | ${cell(d.description)} |`),
  ].join('\n');
}

/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  pathRuleDoc: '../../docs/rules/{name}.md',
  pathRuleList: '../../README.md',
  ignoreConfig: ['all'],
  ruleDocSectionInclude: ['Examples', 'When Not To Use It'],
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'options'],
  postprocess(content) {
    const start = content.indexOf(BEGIN);
    const end = content.indexOf(END);
    if (start === -1 || end < start) return content;
    const category = /<!-- begin detectors list -->\n<!-- category: ([a-z-]+) -->/u.exec(content.slice(start))?.[1];
    if (category === undefined) return content;
    const head = `${BEGIN}\n<!-- category: ${category} -->\n\n`;
    return `${content.slice(0, start)}${head}${detectorTable(category)}\n\n${content.slice(end)}`;
  },
};
