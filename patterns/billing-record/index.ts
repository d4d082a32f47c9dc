import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import customerChargeNote from './customer-charge-note.js';
import iban from './iban.js';
import invoiceRecord from './invoice-record.js';
import paymentCardNumber from './payment-card-number.js';
import paymentTableRow from './payment-table-row.js';
import stripeBillingObjectId from './stripe-billing-object-id.js';
import stripeHostedInvoiceUrl from './stripe-hosted-invoice-url.js';

/** Detectors of the `billing-record` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [customerChargeNote, iban, invoiceRecord, paymentCardNumber, paymentTableRow, stripeBillingObjectId, stripeHostedInvoiceUrl];
}
