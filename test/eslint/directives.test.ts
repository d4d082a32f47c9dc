/**
 * Through the ESLint API with the real namespace: ESLint's own disable
 * directives and the engine's `boundary-guard-allow` both silence a finding,
 * and the engine runs once per file however many rules are on.
 */
import { ESLint, type Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { Engine } from '../../src/engine/scan-text.js';
import { lintConfig } from './lint-config.js';

const sample = catalog.find((d) => d.id === 'slack-webhook-url')?.samples().positive[0];
const hook = typeof sample === 'string' ? sample : '';
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: lintConfig('recommended') });

async function ruleIds(code: string, filePath = 'src/hooks.ts'): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('directives', () => {
  it('reports the value without a directive', async () => {
    expect(await ruleIds(`export const hook = '${hook}';\n`)).toEqual(['boundary-guard/no-escalation-webhooks']);
  });

  it.each([
    ['eslint-disable-next-line', `// eslint-disable-next-line boundary-guard/no-escalation-webhooks -- fixture\nexport const hook = '${hook}';\n`],
    ['eslint-disable-line', `export const hook = '${hook}'; // eslint-disable-line boundary-guard/no-escalation-webhooks\n`],
    ['eslint-disable block', `/* eslint-disable boundary-guard/no-escalation-webhooks */\nexport const hook = '${hook}';\n/* eslint-enable boundary-guard/no-escalation-webhooks */\n`],
    ['boundary-guard-allow by category', `// boundary-guard-allow escalation-webhook -- shown in the runbook\nexport const hook = '${hook}';\n`],
    ['boundary-guard-allow by detector', `export const hook = '${hook}'; // boundary-guard-allow slack-webhook-url -- shown in the runbook\n`],
  ])('%s silences it', async (_name, code) => {
    expect(await ruleIds(code)).toEqual([]);
  });

  it('a boundary-guard-allow without a reason, or naming an unknown id, silences nothing and is reported', async () => {
    for (const directive of ['// boundary-guard-allow escalation-webhook', '// boundary-guard-allow escalation-webhok -- typo']) {
      expect(await ruleIds(`${directive}\nexport const hook = '${hook}';\n`)).toEqual(['boundary-guard/valid-allow-directives', 'boundary-guard/no-escalation-webhooks']);
    }
  });

  it('eslint-disable works in JSON and Markdown too (Markdown: HTML comments)', async () => {
    const markdown = `<!-- eslint-disable boundary-guard/no-escalation-webhooks -->\n\nHook: ${hook}\n`;
    expect(await ruleIds(markdown, 'docs/hooks.md')).toEqual([]);
    expect(await ruleIds(`Hook: ${hook}\n`, 'docs/hooks.md')).toEqual(['boundary-guard/no-escalation-webhooks']);
    expect(await ruleIds(`{ "hook": "${hook}" }\n`, 'config/hooks.json')).toEqual(['boundary-guard/no-escalation-webhooks']);
  });
});

describe('shared scan', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs the engine once per file whichever rules are on', async () => {
    const scan = vi.spyOn(Engine.prototype, 'scanText');
    const all = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: lintConfig('all') });
    await all.lintText(`export const hook = '${hook}';\n`, { filePath: 'src/a.ts' });
    await all.lintText(`{ "hook": "${hook}" }\n`, { filePath: 'config/b.json' });
    await all.lintText(`Hook: ${hook}\n`, { filePath: 'docs/c.md' });
    expect(scan).toHaveBeenCalledTimes(3);
  });

  it('runs one more pass only for rules whose options change the engine', async () => {
    const scan = vi.spyOn(Engine.prototype, 'scanText');
    const config: Linter.Config[] = [...lintConfig('all'), { rules: { 'boundary-guard/no-license-keys': ['error', { skipDetectors: ['product-license-key'] }] } }];
    const custom = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: config });
    await custom.lintText(`export const hook = '${hook}';\n`, { filePath: 'src/a.ts' });
    expect(scan).toHaveBeenCalledTimes(2);
  });
});
