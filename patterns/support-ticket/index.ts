import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import freshdeskTicketUrl from './freshdesk-ticket-url.js';
import hubspotTicketUrl from './hubspot-ticket-url.js';
import intercomConversationUrl from './intercom-conversation-url.js';
import jiraServiceDeskUrl from './jira-service-desk-url.js';
import servicenowRecordUrl from './servicenow-record-url.js';
import supportTicketPayload from './support-ticket-payload.js';
import supportTicketPerson from './support-ticket-person.js';
import ticketCustomerQuote from './ticket-customer-quote.js';
import ticketDescription from './ticket-description.js';
import ticketOrganization from './ticket-organization.js';
import zendeskTicketUrl from './zendesk-ticket-url.js';

/** Detectors of the `support-ticket` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [
    freshdeskTicketUrl,
    hubspotTicketUrl,
    intercomConversationUrl,
    jiraServiceDeskUrl,
    servicenowRecordUrl,
    supportTicketPayload,
    supportTicketPerson,
    ticketCustomerQuote,
    ticketDescription,
    ticketOrganization,
    zendeskTicketUrl,
  ];
}
