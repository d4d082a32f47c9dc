/**
 * valid-allow-directives reports what the scanner reports of inline allow
 * directives: the engine's problem, at its position, with its message.
 */
import { describe, expect, it } from 'vitest';
import rule from '../../rules/valid-allow-directives.js';
import { ALLOW_DIRECTIVE as ALLOW } from '../../src/engine/directives.js';
import { scanText } from '../../src/index.js';
import { runLanguages, runTs } from '../rule-tester.js';

/** The rule's errors for `code`: the engine's directive problems, as the CLI prints them. */
function errors(code: string, path: string) {
  return scanText(code, { path }).problems.map((p) => ({ messageId: 'invalidDirective' as const, data: { message: p.message }, line: p.line, column: p.column }));
}

const INVALID = {
  noReason: `// ${ALLOW} slack-webhook-url\nexport const a = 1;\n`,
  unknownId: `export const a = 1;\n  // ${ALLOW} slak-webhook-url -- a typo\n`,
  noTarget: `// ${ALLOW} -- no target\n`,
  notAnId: `// ${ALLOW} slack_webhook_url -- underscores\n`,
};
const MARKDOWN = `# Setup\n\n<!-- ${ALLOW} escalation-webhook -->\n`;

describe('the problems the rule is tested with', () => {
  it('are one per case, with the meaning the case names', () => {
    const message = (code: string): string => scanText(code, { path: 'src/a.ts' }).problems.map((p) => p.message).join('\n');
    expect(message(INVALID.noReason)).toMatch(/^\S+ has no reason/u);
    expect(message(INVALID.unknownId)).toMatch(/^\S+ names an id that is no detector or category/u);
    expect(message(INVALID.noTarget)).toMatch(/^\S+ names no detector or category/u);
    expect(message(INVALID.notAnId)).toMatch(/^\S+ names a target that is no detector or category id/u);
    expect(scanText(MARKDOWN, { path: 'docs/setup.md' }).problems).toHaveLength(1);
  });
});

runTs('valid-allow-directives', rule, {
  valid: [
    { code: `// ${ALLOW} slack-webhook-url -- revoked in 2025-03\nexport const a = 1;\n` },
    { code: `export const a = 1; /* ${ALLOW} escalation-webhook, license-key -- fixtures of the runbook */\n` },
    { code: `// ${ALLOW} all -- generated file\nexport const a = 1;\n` },
    { code: `// ${ALLOW} <id> -- <reason>\nexport const a = 1;\n` },
    { code: 'export const a = 1;\n' },
  ],
  invalid: Object.values(INVALID).map((code) => ({ code, errors: errors(code, 'file.ts') })),
});

runLanguages('valid-allow-directives', rule, {
  valid: [{ code: `<!-- ${ALLOW} escalation-webhook -- shown in the incident report -->\n\nText.\n`, filename: 'docs/setup.md', language: 'markdown/gfm' }],
  invalid: [{ code: MARKDOWN, filename: 'docs/setup.md', language: 'markdown/gfm', errors: errors(MARKDOWN, 'docs/setup.md').map(({ data, line, column }) => ({ message: data.message, line, column })) }],
});
