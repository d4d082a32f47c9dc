/**
 * The seven operating-automation checks as the scheduler and worker
 * detectors spell them. Every regex of those detectors inlines the same
 * alternation (a RegExp literal stays lintable):
 *
 *   (?:billing[_-]?monitoring|license[_-]?telemetry(?:[_-]?sync)?|support[_-]?follow[_-]?up|
 *      customer[_-]?success[_-]?review|dashboard[_-]?refresh|escalation[_-]?drill|close[_-]?out[_-]?retry)
 *
 * with the `i` flag, so `billing_monitoring`, `billing-monitoring`,
 * `billingMonitoring` and `BillingMonitoring` all match. The check ids alone
 * (in a request's `required_checks`) are never a finding: each detector also
 * needs scheduler or worker syntax around the name.
 */

/** Word parts of each check, after CAVRA's ids (`close_out` as well as `closeout`). */
const CHECK_PARTS: readonly (readonly string[])[] = [
  ['billing', 'monitoring'],
  ['license', 'telemetry'],
  ['support', 'follow', 'up'],
  ['customer', 'success', 'review'],
  ['dashboard', 'refresh'],
  ['escalation', 'drill'],
  ['close', 'out', 'retry'],
];

/** Every spelling of `parts` joined by `_`, `-` or nothing between each pair. */
function spellings(parts: readonly string[]): string[] {
  let out = [parts[0] ?? ''];
  for (const part of parts.slice(1)) out = out.flatMap((prefix) => ['_', '-', ''].map((sep) => `${prefix}${sep}${part}`));
  return out;
}

/** Prefilter keywords: every spelling of every check, lower-case (the prefilter ignores case). */
export function checkKeywords(): string[] {
  return CHECK_PARTS.flatMap((parts) => spellings(parts));
}

/** A check id in the given style, for samples: `billing_monitoring`, `billing-monitoring`, `billingMonitoring`, `BillingMonitoring`. */
export function checkName(check: string, style: 'snake' | 'kebab' | 'camel' | 'pascal'): string {
  const words = check.split('_');
  const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  switch (style) {
    case 'snake':
      return words.join('_');
    case 'kebab':
      return words.join('-');
    case 'camel':
      return words.map((w, i) => (i === 0 ? w : cap(w))).join('');
    case 'pascal':
      return words.map(cap).join('');
  }
}
