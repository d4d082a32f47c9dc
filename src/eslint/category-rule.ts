import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { RuleContext, RuleListener } from '@typescript-eslint/utils/ts-eslint';
import type { BoundaryCategory } from '../contract/categories.js';
import { PAYLOAD_DETECTOR_IDS } from '../engine/payloads.js';
import type { Finding } from '../engine/types.js';
import { claimConfigError, notifyReported, scanFile } from './scan-file.js';
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
 * What a message shows of a finding: the masked preview, or for a contract
 * payload's finding the engine's explanation (field path and convention, or
 * the validator's message) with the preview, as the scanner prints it.
 */
function shownValue(finding: Finding, name: string): string {
  if (!PAYLOAD_DETECTOR_IDS.has(finding.ruleId) || !finding.message.startsWith(`${name}: `)) return finding.preview;
  return finding.message.slice(name.length + 2);
}

/** The message of a config error: what is wrong, and that nothing is judged until it is fixed. */
export function configErrorMessage(scan: { readonly error?: string }): string {
  return `boundary-guard: ${scan.error ?? ''}\n(no file under this config is checked until it is fixed)`;
}

/**
 * The listener of a category rule: the shared scan of the file (one engine
 * pass whichever rules are on), then one report per finding of `category`
 * at its exact range, with a masked preview and, inside a string, a
 * suggestion to swap in a synthetic value. Uses only what every ESLint
 * language offers (`text`, `ast`, `getLocFromIndex`), so it runs on JS, TS,
 * JSON and Markdown alike.
 */
export function categoryListener(
  context: Readonly<RuleContext<CategoryMessageIds, CategoryOptions>>,
  options: CategoryRuleOptions,
  category: BoundaryCategory,
): RuleListener {
  const { sourceCode } = context;
  const root = (sourceCode.ast as { type: string }).type;
  return {
    [root]() {
      const scan = scanFile(context, options);
      if (claimConfigError(scan, sourceCode.ast)) {
        context.report({ loc: { line: 1, column: 0 }, messageId: 'invalidConfig', data: { message: configErrorMessage(scan) } });
      }
      for (const finding of scan.inCategory(category)) {
        const { offset, endOffset } = finding;
        const replacement = isInsideString(sourceCode, offset, endOffset)
          ? syntheticValueFor(sourceCode.text.slice(offset, endOffset), finding)
          : undefined;
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
    },
  };
}
