export * from './categories.js';
export * from './constants.js';
export type * from './types.js';
