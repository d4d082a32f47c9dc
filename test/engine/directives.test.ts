import { describe, expect, it } from 'vitest';
import slackWebhookUrl from '../../patterns/escalation-webhook/slack-webhook-url.js';
import { catalog } from '../../patterns/index.js';
import { createEngine } from '../../src/engine/index.js';

const engine = createEngine([slackWebhookUrl]);
const hook = String(slackWebhookUrl.samples().positive[0]);

describe('inline boundary-guard-allow directives', () => {
  it.each([
    ['a // comment on the line', `const url = '${hook}'; // boundary-guard-allow slack-webhook-url -- revoked in 2025`, 'src/a.ts'],
    ['a # comment above', `# boundary-guard-allow escalation-webhook -- rotated, kept for the migration guide\nurl: ${hook}`, 'a.yaml'],
    ['a /* */ comment above', `/* boundary-guard-allow slack-webhook-url -- revoked */\nconst url = '${hook}';`, 'src/a.ts'],
    ['an HTML comment above', `<!-- boundary-guard-allow escalation-webhook -- revoked webhook shown in the incident report -->\n${hook}`, 'docs/a.md'],
    ['several targets', `url = "${hook}"  # boundary-guard-allow license-key, escalation-webhook -- revoked`, 'a.py'],
  ])('suppresses with %s', (_label, text, path) => {
    const result = engine.scanText(text, { path, collectSuppressed: true });
    expect(result.findings).toEqual([]);
    expect(result.problems).toEqual([]);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed[0]?.by).toBe('inline');
  });

  it('reports a directive without a reason and suppresses nothing', () => {
    const result = engine.scanText(`// boundary-guard-allow slack-webhook-url\nconst url = '${hook}';`, { path: 'src/a.ts' });
    expect(result.findings).toHaveLength(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line: 1, column: 4 });
    expect(result.problems[0]?.message).toMatch(/no reason/u);
  });

  it('never repeats what a malformed directive holds: a value pasted as a target is a problem, not an echo', () => {
    const word = hook.slice(-24).toLowerCase();
    const cases = [`// boundary-guard-allow ${word}\n`, `// boundary-guard-allow ${hook}\n`, `// boundary-guard-allow ${hook} -- pasted the URL by mistake\n`];
    for (const text of cases) {
      const [problem, ...more] = engine.scanText(`${text}const url = '${hook}';`, { path: 'src/a.ts' }).problems;
      expect(more).toEqual([]);
      for (const value of [word, hook.toLowerCase()]) {
        for (let i = 0; i + 6 <= value.length; i++) expect(problem?.message).not.toContain(value.slice(i, i + 6));
      }
    }
    expect(engine.scanText(cases[2] ?? '').problems[0]?.message).toMatch(/names a target that is no detector or category id/u);
  });

  it('reports a directive naming an id that is no detector or category, and suppresses nothing with it', () => {
    const result = engine.scanText(`// boundary-guard-allow slak-webhook-url -- a typo\nconst url = '${hook}';`, { path: 'src/a.ts' });
    expect(result.findings).toHaveLength(1);
    expect(result.problems).toEqual([{ line: 1, column: 4, message: expect.stringMatching(/names an id that is no detector or category/u) as string }]);
    expect(result.problems[0]?.message).not.toContain('slak');
    // One unknown id among known ones spoils the directive, as a malformed one does.
    expect(engine.scanText(`// boundary-guard-allow slack-webhook-url, slak -- typo\nconst url = '${hook}';`).findings).toHaveLength(1);
  });

  it('knows every category, `all`, placeholders, and the detectors a config turned off', () => {
    for (const target of ['escalation-webhook', 'all', '<id>', 'contract-identity-field']) {
      expect(engine.scanText(`// boundary-guard-allow ${target} -- known\nconst a = 1;`).problems, target).toEqual([]);
    }
    const without = createEngine(catalog.filter((d) => d.id !== 'slack-webhook-url'));
    expect(without.scanText('// boundary-guard-allow slack-webhook-url -- off here\n').problems).toHaveLength(1);
    const off = createEngine(catalog.filter((d) => d.id !== 'slack-webhook-url'), { directiveTargets: ['slack-webhook-url'] });
    expect(off.scanText('// boundary-guard-allow slack-webhook-url -- off here\n').problems).toEqual([]);
  });

  it('reads the dashes that close an HTML comment as no reason', () => {
    const result = engine.scanText(`<!-- boundary-guard-allow escalation-webhook -->\n${hook}\n`, { path: 'docs/a.md' });
    expect(result.findings).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/no reason/u);
  });

  it('reports a directive without a target', () => {
    const result = engine.scanText(`# boundary-guard-allow -- because\nurl: ${hook}`, { path: 'a.yaml' });
    expect(result.findings).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/names no detector/u);
  });

  it('does not suppress another detector or category, nor two lines below', () => {
    expect(engine.scanText(`// boundary-guard-allow license-key -- wrong id\nconst url = '${hook}';`).findings).toHaveLength(1);
    expect(engine.scanText(`// boundary-guard-allow slack-webhook-url -- too far\n\nconst url = '${hook}';`).findings).toHaveLength(1);
  });
});
