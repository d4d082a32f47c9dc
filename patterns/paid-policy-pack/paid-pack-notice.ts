import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'paid-pack-notice';

/**
 * A policy pack named on the line ("paid policy pack", "SOC 2 control pack",
 * "Enterprise pack"); a paid add-on or plugin is not a policy pack.
 */
const PACK = /\b(?:policy|rule|control|compliance|guardrail|benchmark|paid|enterprise)[ \t-]+packs?\b/iu;

/** The restriction phrases (the regex's secret), to report a line's first one only. */
const RESTRICTION =
  /do[ \t]+not[ \t]+redistribute|redistribution[ \t]+(?:is[ \t]+)?(?:strictly[ \t]+)?(?:prohibited|forbidden|not[ \t]+permitted)|(?:available|licensed)[ \t]+(?:only[ \t]+)?to[ \t]+(?:[\w-]{1,30}[ \t]+){0,3}subscribers|subscribers[ \t]+only|requires[ \t]+(?:the|an?)[ \t]+[\w.:-]{1,60}[ \t]+entitlement/iu;

/** The part of the offset's line before it (at most 2 KB). */
function lineBefore(text: string, offset: number): string {
  const floor = Math.max(0, offset - 2048);
  let start = offset;
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, offset);
}

export default defineDetector({
  id,
  name: 'Paid policy-pack notice',
  category: 'paid-policy-pack',
  severity: 'error',
  description: 'Notices that restrict a policy pack to paying subscribers or an entitlement (do not redistribute, subscribers only, requires the … entitlement).',
  regex: new RegExp(`(?<secret>${RESTRICTION.source})\\b`, 'iu'),
  keywords: ['redistribut', 'subscribers', 'entitlement'],
  // One finding per notice: a line's later restrictions repeat its first.
  validate: (_secret, { line, text, offset }) =>
    PACK.test(line) && (text === undefined || offset === undefined || !RESTRICTION.test(lineBefore(text, offset))),
  samples: () => ({
    positive: [
      '> **Paid policy pack.** Available to Enterprise subscribers under licence; do not redistribute.',
      '# SOC 2 Type II control pack. Paid add-on: requires the policy-packs.soc2 entitlement.',
      'HIPAA rule pack: licensed to Premium subscribers only. Redistribution prohibited.',
    ],
    negative: [
      'Enterprise policy packs (HIPAA, SOC 2, PCI) are available with an Enterprise licence.',
      'Redistribution and use in source and binary forms, with or without modification, are permitted.',
      'This feature requires the audit-log entitlement.',
      'Paid or enterprise policy pack files and their markers stay private.',
      'The browser add-on is available to all subscribers.',
      'Premium add-on: available to Pro subscribers only.',
    ],
  }),
});
