import noAutomationWorkers from './no-automation-workers.js';
import noBillingRecords from './no-billing-records.js';
import noConnectorCredentials from './no-connector-credentials.js';
import noCustomerAuditPayloads from './no-customer-audit-payloads.js';
import noCustomerIdentifiers from './no-customer-identifiers.js';
import noCustomerSuccessNotes from './no-customer-success-notes.js';
import noDashboardUrls from './no-dashboard-urls.js';
import noEnterpriseSource from './no-enterprise-source.js';
import noEscalationWebhooks from './no-escalation-webhooks.js';
import noLicenseKeys from './no-license-keys.js';
import noPaidPolicyPacks from './no-paid-policy-packs.js';
import noPrivateImports from './no-private-imports.js';
import noSaasBackendCode from './no-saas-backend-code.js';
import noSchedulerImplementations from './no-scheduler-implementations.js';
import noSigningMaterial from './no-signing-material.js';
import noSupportTickets from './no-support-tickets.js';
import noWarningLevelValues from './no-warning-level-values.js';
import validAllowDirectives from './valid-allow-directives.js';
import validContractPayload from './valid-contract-payload.js';

/** Every rule of the plugin, by name (kept sorted). */
export const rules = {
  'no-automation-workers': noAutomationWorkers,
  'no-billing-records': noBillingRecords,
  'no-connector-credentials': noConnectorCredentials,
  'no-customer-audit-payloads': noCustomerAuditPayloads,
  'no-customer-identifiers': noCustomerIdentifiers,
  'no-customer-success-notes': noCustomerSuccessNotes,
  'no-dashboard-urls': noDashboardUrls,
  'no-enterprise-source': noEnterpriseSource,
  'no-escalation-webhooks': noEscalationWebhooks,
  'no-license-keys': noLicenseKeys,
  'no-paid-policy-packs': noPaidPolicyPacks,
  'no-private-imports': noPrivateImports,
  'no-saas-backend-code': noSaasBackendCode,
  'no-scheduler-implementations': noSchedulerImplementations,
  'no-signing-material': noSigningMaterial,
  'no-support-tickets': noSupportTickets,
  'no-warning-level-values': noWarningLevelValues,
  'valid-allow-directives': validAllowDirectives,
  'valid-contract-payload': validContractPayload,
};
