import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import awsAccountId from './aws-account-id.js';
import azureSubscriptionId from './azure-subscription-id.js';
import billingCustomerKeyValue from './billing-customer-key-value.js';
import customerAccountIdMap from './customer-account-id-map.js';
import customerEmailKeyValue from './customer-email-key-value.js';
import customerKeyValue from './customer-key-value.js';
import customerRecordEmail from './customer-record-email.js';
import gcpProjectNumber from './gcp-project-number.js';
import hubspotRecordId from './hubspot-record-id.js';
import paddleCustomerId from './paddle-customer-id.js';
import personNameKeyValue from './person-name-key-value.js';
import salesforceIdNamePair from './salesforce-id-name-pair.js';
import salesforceRecordId from './salesforce-record-id.js';
import stripeCustomerId from './stripe-customer-id.js';
import zendeskOrganizationId from './zendesk-organization-id.js';

/** Detectors of the `customer-identifier` category, sorted by id. */
export function detectors(settings: CatalogSettings): Detector[] {
  return [
    awsAccountId,
    azureSubscriptionId,
    billingCustomerKeyValue,
    customerAccountIdMap,
    customerEmailKeyValue(settings),
    customerKeyValue,
    customerRecordEmail(settings),
    gcpProjectNumber,
    hubspotRecordId,
    paddleCustomerId,
    personNameKeyValue,
    salesforceIdNamePair,
    salesforceRecordId,
    stripeCustomerId,
    zendeskOrganizationId,
  ];
}
