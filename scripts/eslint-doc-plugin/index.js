// The built ESLint plugin as eslint-doc-generator loads a plugin: from a
// directory whose package.json points at it. The package's own "." export is
// the library, not the plugin, and the doc generator takes the rule prefix
// from meta.name, so this entry names the plugin by its namespace.
import plugin from '../../dist/src/eslint/index.js';

export const meta = { ...plugin.meta, name: plugin.meta.namespace };
export const { rules, configs } = plugin;
export default { ...plugin, meta };
