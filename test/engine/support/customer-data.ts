import type { BoundaryCategory } from '../../../src/contract/categories.js';

/** Categories whose values are people's and customers' data: a preview shows no character of them. */
export const CUSTOMER_DATA_CATEGORIES: ReadonlySet<BoundaryCategory> = new Set([
  'customer-identifier',
  'billing-record',
  'support-ticket',
  'customer-success-note',
  'customer-audit-payload',
]);
