import type { Detector } from '../../src/engine/types.js';
import discordWebhookUrl from './discord-webhook-url.js';
import genericWebhookUrl from './generic-webhook-url.js';
import googleChatWebhookUrl from './google-chat-webhook-url.js';
import mattermostWebhookUrl from './mattermost-webhook-url.js';
import opsgenieAlertmanagerKey from './opsgenie-alertmanager-key.js';
import opsgenieApiKey from './opsgenie-api-key.js';
import opsgenieIntegrationUrl from './opsgenie-integration-url.js';
import opsgenieSectionApiKey from './opsgenie-section-api-key.js';
import pagerdutyEventsUrl from './pagerduty-events-url.js';
import pagerdutyRoutingKey from './pagerduty-routing-key.js';
import powerAutomateWorkflowUrl from './power-automate-workflow-url.js';
import slackWebhookUrl from './slack-webhook-url.js';
import teamsWebhookUrl from './teams-webhook-url.js';
import webhookUrlKeyValue from './webhook-url-key-value.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `escalation-webhook` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [
    discordWebhookUrl,
    genericWebhookUrl,
    googleChatWebhookUrl,
    mattermostWebhookUrl,
    opsgenieAlertmanagerKey,
    opsgenieApiKey,
    opsgenieIntegrationUrl,
    opsgenieSectionApiKey,
    pagerdutyEventsUrl,
    pagerdutyRoutingKey,
    powerAutomateWorkflowUrl,
    slackWebhookUrl,
    teamsWebhookUrl,
    webhookUrlKeyValue,
  ];
}
