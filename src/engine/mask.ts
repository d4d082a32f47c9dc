import { keyedHex, PROCESS_HASH_KEY } from './hash.js';

/** A value shorter than this shows no character in a preview, whatever its detector declares. */
export const MIN_PREFIX_VALUE_LENGTH = 24;

/** How to mask one value. */
export interface MaskOptions {
  /**
   * The value's keyed hash (hex); the preview shows its first 8 characters.
   * Default: the value hashed with the process's random key.
   */
  readonly hash?: string;
  /**
   * The detector's documented public vendor prefix (`xoxb-`, `ghp_`), as a
   * pattern matched at the start of the value. Without one, no character of
   * the value is shown.
   */
  readonly publicPrefix?: RegExp;
}

/**
 * Masks a sensitive value for display: no character of it, except a public
 * vendor prefix its detector declares (shown only when the value is at
 * least 24 characters long and the prefix at most half of it), then its
 * length and the start of its keyed hash, so two reports made with the same
 * key can be compared without either holding the value.
 */
export function maskValue(value: string, options: MaskOptions = {}): string {
  const hash = options.hash ?? keyedHex(PROCESS_HASH_KEY, value, 16);
  return `${publicPrefixOf(value, options.publicPrefix)}…(${value.length} chars, #${hash.slice(0, 8)})`;
}

const sticky = new WeakMap<RegExp, RegExp>();

/** The part of `value` a preview may show: the match of `pattern` at its start, within the limits above. */
export function publicPrefixOf(value: string, pattern: RegExp | undefined): string {
  if (!pattern || value.length < MIN_PREFIX_VALUE_LENGTH) return '';
  let anchored = sticky.get(pattern);
  if (!anchored) {
    anchored = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/gu, '')}y`);
    sticky.set(pattern, anchored);
  }
  anchored.lastIndex = 0;
  const prefix = anchored.exec(value)?.[0] ?? '';
  // A prefix is a short literal of the vendor's format: never most of the value, never a control character.
  // eslint-disable-next-line no-control-regex -- the point is to refuse them
  if (prefix.length * 2 > value.length || /[\u0000-\u001f\u007f-\u009f\s]/u.test(prefix)) return '';
  return prefix;
}
