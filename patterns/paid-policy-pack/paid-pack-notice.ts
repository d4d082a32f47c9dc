import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'paid-pack-notice';

/** A pack named on the line: "paid policy pack", "control pack", "compliance add-on". */
const PACK_WORDS = /\b(?:(?:paid|premium|commercial|enterprise|licensed)[ \t]+)?(?:(?:policy|rule|control|compliance)[ \t-]+)?(?:packs?|add-?ons?)\b/iu;
/** The pack word must itself be qualified as a pack, not a bare "add-on" in a sentence about something else. */
const QUALIFIED = /\b(?:paid|premium|commercial|enterprise|licensed|policy|rule|control|compliance)[ \t-]+(?:packs?|add-?ons?)\b/iu;

/**
 * Notices that put a policy pack behind a licence: a line that names a pack
 * ("Paid policy pack", "SOC 2 control pack", "Paid add-on") and restricts
 * it ("do not redistribute", "redistribution prohibited", "available to
 * … subscribers", "subscribers only", "requires the <pack> entitlement").
 * An upsell line that only says paid packs exist carries no restriction.
 */
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
    PACK_WORDS.test(line) && QUALIFIED.test(line) && (text === undefined || offset === undefined || !RESTRICTION.test(lineBefore(text, offset))),
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
    ],
  }),
});
