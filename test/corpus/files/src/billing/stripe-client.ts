import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-06-20' });

export interface UsageRecord {
  customerId: string;
  quantity: number;
  timestamp: number;
}

/** Reports metered seats for one subscription item. */
export async function reportUsage(subscriptionItem: string, record: UsageRecord): Promise<void> {
  await stripe.subscriptionItems.createUsageRecord(subscriptionItem, {
    quantity: record.quantity,
    timestamp: record.timestamp,
    action: 'set',
  });
}

export async function latestInvoice(customerId: string): Promise<Stripe.Invoice | undefined> {
  const { data } = await stripe.invoices.list({ customer: customerId, limit: 1 });
  return data[0];
}

// Debug helper left over from the Brackwater migration (2024-03).
export const MIGRATION_CUSTOMER = '⟦gen:stripe-id:sc1:cus⟧'; ⟦expect:customer-identifier⟧
export const MIGRATION_INVOICE = '⟦gen:stripe-id:sc2:in⟧'; ⟦expect:billing-record⟧

// See https://docs.stripe.com/api/customers/object — ids look like cus_NffrFeUfNV2Hib.
export const CUSTOMER_ID_PATTERN = /^cus_[A-Za-z0-9]{14}$/;
export const PLACEHOLDER_CUSTOMER = 'cus_XXXXXXXXXXXXXX';

export function isCustomerId(value: string): boolean {
  return CUSTOMER_ID_PATTERN.test(value);
}
