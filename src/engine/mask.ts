import { sha256Hex } from './hash.js';

/**
 * Masks a sensitive value for display: at most a fifth of it (six characters
 * at most) is shown, then its length and a short hash, so two reports can be
 * compared without either holding the value.
 */
export function maskValue(value: string): string {
  const shown = Math.min(6, Math.floor(value.length / 5));
  const prefix = sanitizePrefix(value.slice(0, shown));
  return `${prefix}…(${value.length} chars, #${sha256Hex(value, 8)})`;
}

/** Control characters never reach a terminal through a preview. */
function sanitizePrefix(prefix: string): string {
  // eslint-disable-next-line no-control-regex -- the point is to strip them
  return prefix.replace(/[\u0000-\u001f\u007f-\u009f]/gu, '?');
}
