import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { RuleContext, RuleListener } from '@typescript-eslint/utils/ts-eslint';
import { BOUNDARY_CATEGORIES, type BoundaryCategory } from '../contract/categories.js';
import type { Finding } from '../engine/types.js';
import { createRule } from './create-rule.js';
import { claimConfigError, notifyReported, scanFile, type FileScan } from './scan-file.js';
import { isInsideString } from './string-range.js';
import { syntheticValueFor } from './synthetic-value.js';

/** Message ids of every category rule. */
export type CategoryMessageIds = 'forbiddenValue' | 'replaceWithSynthetic' | 'invalidConfig';

/** Options of every category rule. */
export interface CategoryRuleOptions {
  /** Detector ids this rule does not run. */
  readonly skipDetectors?: readonly string[];
  /** Extra substrings that mark a value as synthetic. */
  readonly syntheticMarkers?: readonly string[];
}

/** The options tuple of every category rule. */
export type CategoryOptions = [CategoryRuleOptions];

/** `meta.messages` of every category rule. */
export const CATEGORY_MESSAGES: Readonly<Record<CategoryMessageIds, string>> = {
  forbiddenValue: '{{name}} ({{id}}) must stay out of a public tree: {{preview}}',
  replaceWithSynthetic: 'Replace the value with the synthetic {{replacement}}',
  invalidConfig: '{{message}}',
};

/** `meta.schema` of every category rule. */
export const CATEGORY_SCHEMA: JSONSchema4[] = [
  {
    type: 'object',
    properties: {
      skipDetectors: {
        type: 'array',
        items: { type: 'string' },
        uniqueItems: true,
        description: 'Detector ids not to run (see the rule doc for the ids of this category).',
      },
      syntheticMarkers: {
        type: 'array',
        items: { type: 'string' },
        uniqueItems: true,
        description: 'Extra substrings that mark a value as a synthetic example (case-insensitive).',
      },
    },
    additionalProperties: false,
  },
];

/** `meta.defaultOptions` of every category rule. */
export const CATEGORY_DEFAULT_OPTIONS: CategoryOptions = [{ skipDetectors: [], syntheticMarkers: [] }];

/**
 * What a message shows of a finding, as the scanner prints it: the masked
 * preview, with the engine's explanation where it gives one (a contract
 * payload's field path and convention or the validator's message; for a
 * value only its key suggests, the key and what the value is).
 */
function shownValue(finding: Finding, name: string): string {
  return finding.message.startsWith(`${name}: `) ? finding.message.slice(name.length + 2) : finding.preview;
}

/** The message of a config error: what is wrong, and that nothing is judged until it is fixed. */
export function configErrorMessage(scan: { readonly error?: string }): string {
  return `boundary-guard: ${scan.error ?? ''}\n(no file under this config is checked until it is fixed)`;
}

/** Reports one finding at its exact range, with a masked preview and, inside a string, a suggested synthetic value. */
function reportFinding(context: Readonly<RuleContext<CategoryMessageIds, CategoryOptions>>, scan: FileScan, finding: Finding): void {
  const { sourceCode } = context;
  const { offset, endOffset } = finding;
  const replacement = isInsideString(sourceCode, offset, endOffset) ? syntheticValueFor(sourceCode.text.slice(offset, endOffset), finding) : undefined;
  context.report({
    loc: { start: sourceCode.getLocFromIndex(offset), end: sourceCode.getLocFromIndex(endOffset) },
    messageId: 'forbiddenValue',
    data: { name: scan.detectorName(finding.ruleId), id: finding.ruleId, preview: shownValue(finding, scan.detectorName(finding.ruleId)) },
    suggest:
      replacement === undefined
        ? []
        : [
            {
              messageId: 'replaceWithSynthetic',
              data: { replacement },
              fix: (fixer) => fixer.replaceTextRange([offset, endOffset], replacement),
            },
          ],
  });
  notifyReported({ filename: context.filename, path: scan.path, finding });
}

/**
 * A listener over the shared scan of the file (one engine pass whichever
 * rules are on) that reports the findings `pick` selects. Uses only what
 * every ESLint language offers (`text`, `ast`, `getLocFromIndex`), so it
 * runs on JS, TS, JSON and Markdown alike.
 */
function findingsListener(
  context: Readonly<RuleContext<CategoryMessageIds, CategoryOptions>>,
  options: CategoryRuleOptions,
  pick: (scan: FileScan) => readonly Finding[],
): RuleListener {
  const { sourceCode } = context;
  const root = (sourceCode.ast as { type: string }).type;
  return {
    [root]() {
      const scan = scanFile(context, options);
      if (claimConfigError(scan, sourceCode.ast)) {
        context.report({ loc: { line: 1, column: 0 }, messageId: 'invalidConfig', data: { message: configErrorMessage(scan) } });
      }
      for (const finding of pick(scan)) reportFinding(context, scan, finding);
    },
  };
}

/**
 * The listener of a category rule: the error-level findings of `category`
 * (what fails a scan). Warning-level ones are `no-warning-level-values`'s,
 * so that a rule's ESLint severity means what the scanner's level means.
 */
export function categoryListener(
  context: Readonly<RuleContext<CategoryMessageIds, CategoryOptions>>,
  options: CategoryRuleOptions,
  category: BoundaryCategory,
): RuleListener {
  return findingsListener(context, options, (scan) => scan.inCategory(category).filter((f) => f.severity === 'error'));
}

/**
 * The listener of `no-warning-level-values`: every warning-level finding,
 * whatever its category (only its key suggests the value, or the project's
 * config sets its detector or category to warning).
 */
export function warningListener(context: Readonly<RuleContext<CategoryMessageIds, CategoryOptions>>, options: CategoryRuleOptions): RuleListener {
  return findingsListener(context, options, (scan) => scan.findings.filter((f) => f.severity === 'warning'));
}

/**
 * A rule's description from its category's: "Disallow" and the sentence,
 * its first word in lower case unless it is written with capitals inside
 * (`SaaS`), without the full stop.
 */
export function ruleDescription(category: BoundaryCategory): string {
  const sentence = BOUNDARY_CATEGORIES[category].description.replace(/\.$/u, '');
  const [first = '', ...rest] = sentence.split(' ');
  const lead = /^.[^A-Z]*$/u.test(first) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
  return ['Disallow', lead, ...rest].join(' ');
}

/**
 * The rule of a Boundary category, made from the category's metadata
 * (src/contract/categories.ts: its rule name and description): it reports
 * the category's error-level findings of the shared scan.
 */
export function categoryRule(category: BoundaryCategory) {
  return createRule<CategoryOptions, CategoryMessageIds>({
    name: BOUNDARY_CATEGORIES[category].rule,
    meta: {
      type: 'problem',
      docs: { description: ruleDescription(category), category, recommended: true },
      hasSuggestions: true,
      messages: CATEGORY_MESSAGES,
      schema: CATEGORY_SCHEMA,
      defaultOptions: CATEGORY_DEFAULT_OPTIONS,
    },
    create: (context, [options]) => categoryListener(context, options, category),
  });
}
