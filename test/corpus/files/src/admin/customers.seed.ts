import type { CustomerRecord } from '../types.js';

/**
 * Seed data for the admin console. Copied from the production export on
 * 2024-04-18 to reproduce the pagination bug — must be replaced.
 */
export const CUSTOMERS: CustomerRecord[] = [
  {
    customerId: 'hallbrook-logistics', ⟦expect:customer-identifier⟧
    customerName: 'Hallbrook Logistics Ltd', ⟦expect:customer-identifier⟧
    billingEmail: 'accounts.payable@hallbrook-logistics.com', ⟦expect:customer-identifier⟧
    plan: 'enterprise',
    seats: 420,
  },
  {
    customerId: 'brackwater-freight', ⟦expect:customer-identifier⟧
    customerName: 'Brackwater Freight GmbH', ⟦expect:customer-identifier⟧
    billingEmail: 'finanzen@brackwater-freight.de', ⟦expect:customer-identifier⟧
    plan: 'business',
    seats: 85,
  },
];

export const EMPTY_CUSTOMER: CustomerRecord = {
  customerId: '',
  customerName: '',
  billingEmail: '',
  plan: 'community',
  seats: 0,
};
