import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_CATEGORIES, BOUNDARY_CATEGORY_IDS } from '../../src/contract/categories.js';
import { RULE_DOCS_BASE_URL } from '../../src/eslint/create-rule.js';
import plugin from '../../src/eslint/index.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { name: string; version: string };
const ruleNames = Object.keys(plugin.rules);
const rules = Object.entries(plugin.rules);

describe('plugin', () => {
  it('takes name and version from package.json', () => {
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'boundary-guard' });
  });

  it('has a rule per Boundary category, named in its metadata, and one rule module per other file of rules/, in sorted order', () => {
    const files = readdirSync(new URL('rules/', root))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    const fromCategories = BOUNDARY_CATEGORY_IDS.map((id) => BOUNDARY_CATEGORIES[id].rule);
    expect(ruleNames).toEqual([...files, ...fromCategories].sort());
    for (const [name, rule] of rules) expect(rule.name).toBe(name);
  });

  it('has a doc and a test for every rule', () => {
    for (const name of ruleNames) {
      expect(existsSync(new URL(`docs/rules/${name}.md`, root)), `docs/rules/${name}.md`).toBe(true);
      expect(existsSync(new URL(`test/rules/${name}.test.ts`, root)), `test/rules/${name}.test.ts`).toBe(true);
    }
  });

  it('has exactly one rule per Boundary category, and the category rules are recommended', () => {
    const categoryRules = rules.filter(([name]) => !['no-private-imports', 'no-warning-level-values', 'valid-allow-directives', 'valid-contract-payload'].includes(name));
    expect(categoryRules.map(([, rule]) => rule.meta.docs?.category).sort()).toEqual([...BOUNDARY_CATEGORY_IDS].sort());
    for (const [name, rule] of categoryRules) expect(rule.meta.docs?.recommended, name).toBe(true);
  });

  it('describes every rule: description, docs URL, type, schema descriptions, default options', () => {
    for (const [name, rule] of rules) {
      const { meta } = rule;
      expect(meta.type, name).toBe('problem');
      expect(meta.docs?.description, name).toMatch(/^(?:Disallow|Require|Enforce) [^.]+[^.]$/u);
      expect(meta.docs?.url, name).toBe(`${RULE_DOCS_BASE_URL}${name}.md`);
      if ((meta.schema as unknown[]).length > 0) expect(meta.defaultOptions, name).toBeDefined();
      for (const schema of meta.schema as unknown as { properties?: Record<string, { description?: string }>; additionalProperties?: boolean }[]) {
        expect(schema.additionalProperties, name).toBe(false);
        for (const [option, property] of Object.entries(schema.properties ?? {})) expect(property.description, `${name}.${option}`).toBeTruthy();
      }
    }
  });

  it('derives the configs from rule meta', () => {
    // Every rule is an error but the one that reports warning-level findings, which warns.
    const ids = (keep: (recommended: boolean | undefined) => boolean): Record<string, 'error' | 'warn'> =>
      Object.fromEntries(
        rules.filter(([, rule]) => keep(rule.meta.docs?.recommended)).map(([name]) => [`boundary-guard/${name}`, name === 'no-warning-level-values' ? 'warn' : 'error']),
      );
    expect(plugin.configs.recommended.name).toBe('boundary-guard/recommended');
    expect(plugin.configs.all.name).toBe('boundary-guard/all');
    expect(plugin.configs.recommended.rules).toEqual(ids((recommended) => recommended === true));
    expect(plugin.configs.all.rules).toEqual(ids(() => true));
    expect(plugin.configs.recommended.plugins).toEqual({ 'boundary-guard': plugin });
    expect(plugin.configs.all.plugins['boundary-guard']).toBe(plugin);
  });

  it('keeps ESLint out of the CLI: src/cli and src/scanner import nothing of src/eslint or rules', () => {
    const sources = ['src/cli/', 'src/scanner/'].flatMap((dir) =>
      existsSync(new URL(dir, root))
        ? readdirSync(new URL(dir, root), { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.ts'))
            .map((f) => readFileSync(new URL(`${dir}${f}`, root), 'utf8'))
        : [],
    );
    for (const source of sources) expect(source).not.toMatch(/from '(?:[./]+\/eslint\/|[./]+\/rules\/|eslint'|@typescript-eslint)/u);
  });
});
