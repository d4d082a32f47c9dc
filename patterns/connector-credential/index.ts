import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import awsAccessKeyId from './aws-access-key-id.js';
import awsSecretAccessKey from './aws-secret-access-key.js';
import azureSasToken from './azure-sas-token.js';
import azureSharedAccessKey from './azure-shared-access-key.js';
import azureStorageConnectionString from './azure-storage-connection-string.js';
import databaseConnectionUrl from './database-connection-url.js';
import gcpApiKey from './gcp-api-key.js';
import gcpServiceAccountKey from './gcp-service-account-key.js';
import genericUrlCredentials from './generic-url-credentials.js';
import githubFineGrainedToken from './github-fine-grained-token.js';
import githubToken from './github-token.js';
import gitlabToken from './gitlab-token.js';
import slackAppToken from './slack-app-token.js';
import slackToken from './slack-token.js';
import stripeLiveKey from './stripe-live-key.js';

/** Detectors of the `connector-credential` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [
    awsAccessKeyId,
    awsSecretAccessKey,
    azureSasToken,
    azureSharedAccessKey,
    azureStorageConnectionString,
    databaseConnectionUrl,
    gcpApiKey,
    gcpServiceAccountKey,
    genericUrlCredentials,
    githubFineGrainedToken,
    githubToken,
    gitlabToken,
    slackAppToken,
    slackToken,
    stripeLiveKey,
  ];
}
