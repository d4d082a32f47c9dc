import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import airtableToken from './airtable-token.js';
import anthropicApiKey from './anthropic-api-key.js';
import atlassianApiToken from './atlassian-api-token.js';
import awsAccessKeyId from './aws-access-key-id.js';
import awsBedrockApiKey from './aws-bedrock-api-key.js';
import awsSecretAccessKey from './aws-secret-access-key.js';
import awsSessionToken from './aws-session-token.js';
import azureAdClientSecret from './azure-ad-client-secret.js';
import azureContainerRegistryPassword from './azure-container-registry-password.js';
import azureDevopsPat from './azure-devops-pat.js';
import azureSasToken from './azure-sas-token.js';
import azureSharedAccessKey from './azure-shared-access-key.js';
import azureStorageAccountKey from './azure-storage-account-key.js';
import azureStorageConnectionString from './azure-storage-connection-string.js';
import bitbucketAppPassword from './bitbucket-app-password.js';
import brevoApiKey from './brevo-api-key.js';
import buildkiteToken from './buildkite-token.js';
import cloudflareApiToken from './cloudflare-api-token.js';
import cloudflareGlobalApiKey from './cloudflare-global-api-key.js';
import cloudflareOriginCaKey from './cloudflare-origin-ca-key.js';
import connectionStringPassword from './connection-string-password.js';
import databaseConnectionUrl from './database-connection-url.js';
import databasePasswordKeyValue from './database-password-key-value.js';
import databricksToken from './databricks-token.js';
import datadogApiKey from './datadog-api-key.js';
import datadogAppKey from './datadog-app-key.js';
import digitaloceanToken from './digitalocean-token.js';
import dockerHubToken from './docker-hub-token.js';
import dockerRegistryAuth from './docker-registry-auth.js';
import dopplerToken from './doppler-token.js';
import dynatraceToken from './dynatrace-token.js';
import facebookAccessToken from './facebook-access-token.js';
import facebookAppSecret from './facebook-app-secret.js';
import gcpApiKey from './gcp-api-key.js';
import gcpServiceAccountKey from './gcp-service-account-key.js';
import genericHttpCredentials from './generic-http-credentials.js';
import genericSecretAssignment from './generic-secret-assignment.js';
import genericUrlCredentials from './generic-url-credentials.js';
import githubFineGrainedToken from './github-fine-grained-token.js';
import githubToken from './github-token.js';
import gitlabToken from './gitlab-token.js';
import googleOauthClientSecret from './google-oauth-client-secret.js';
import grafanaApiKey from './grafana-api-key.js';
import grafanaCloudToken from './grafana-cloud-token.js';
import grafanaServiceAccountToken from './grafana-service-account-token.js';
import groqApiKey from './groq-api-key.js';
import hashicorpVaultToken from './hashicorp-vault-token.js';
import herokuApiKey from './heroku-api-key.js';
import htpasswdHash from './htpasswd-hash.js';
import hubspotPrivateAppToken from './hubspot-private-app-token.js';
import huggingfaceToken from './huggingface-token.js';
import jwtToken from './jwt-token.js';
import kubernetesSecretValue from './kubernetes-secret-value.js';
import linearApiKey from './linear-api-key.js';
import netrcCredentials from './netrc-credentials.js';
import newRelicKey from './new-relic-key.js';
import newRelicLicenseKey from './new-relic-license-key.js';
import notionToken from './notion-token.js';
import npmToken from './npm-token.js';
import npmrcAuthToken from './npmrc-auth-token.js';
import onepasswordConnectToken from './onepassword-connect-token.js';
import onepasswordSecretKey from './onepassword-secret-key.js';
import onepasswordServiceAccountToken from './onepassword-service-account-token.js';
import openaiApiKey from './openai-api-key.js';
import pagerdutyApiKey from './pagerduty-api-key.js';
import perplexityApiKey from './perplexity-api-key.js';
import planetscaleToken from './planetscale-token.js';
import postmanApiKey from './postman-api-key.js';
import pulumiAccessToken from './pulumi-access-token.js';
import pypiToken from './pypi-token.js';
import rubygemsApiKey from './rubygems-api-key.js';
import salesforceAccessToken from './salesforce-access-token.js';
import salesforceConsumerSecret from './salesforce-consumer-secret.js';
import salesforceRefreshToken from './salesforce-refresh-token.js';
import sendgridApiKey from './sendgrid-api-key.js';
import sentryAuthToken from './sentry-auth-token.js';
import sentryDsn from './sentry-dsn.js';
import shopifyAccessToken from './shopify-access-token.js';
import sidekiqCredentials from './sidekiq-credentials.js';
import slackAppToken from './slack-app-token.js';
import slackToken from './slack-token.js';
import snykApiToken from './snyk-api-token.js';
import sonarqubeToken from './sonarqube-token.js';
import squareAccessToken from './square-access-token.js';
import stripeLiveKey from './stripe-live-key.js';
import sumologicAccessId from './sumologic-access-id.js';
import sumologicAccessKey from './sumologic-access-key.js';
import supabaseToken from './supabase-token.js';
import telegramBotToken from './telegram-bot-token.js';
import terraformCloudToken from './terraform-cloud-token.js';
import twilioApiKey from './twilio-api-key.js';
import twilioAuthToken from './twilio-auth-token.js';
import zendeskApiToken from './zendesk-api-token.js';

/** Detectors of the `connector-credential` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [
    airtableToken,
    anthropicApiKey,
    atlassianApiToken,
    awsAccessKeyId,
    awsBedrockApiKey,
    awsSecretAccessKey,
    awsSessionToken,
    azureAdClientSecret,
    azureContainerRegistryPassword,
    azureDevopsPat,
    azureSasToken,
    azureSharedAccessKey,
    azureStorageAccountKey,
    azureStorageConnectionString,
    bitbucketAppPassword,
    brevoApiKey,
    buildkiteToken,
    cloudflareApiToken,
    cloudflareGlobalApiKey,
    cloudflareOriginCaKey,
    connectionStringPassword,
    databaseConnectionUrl,
    databasePasswordKeyValue,
    databricksToken,
    datadogApiKey,
    datadogAppKey,
    digitaloceanToken,
    dockerHubToken,
    dockerRegistryAuth,
    dopplerToken,
    dynatraceToken,
    facebookAccessToken,
    facebookAppSecret,
    gcpApiKey,
    gcpServiceAccountKey,
    genericHttpCredentials,
    genericSecretAssignment,
    genericUrlCredentials,
    githubFineGrainedToken,
    githubToken,
    gitlabToken,
    googleOauthClientSecret,
    grafanaApiKey,
    grafanaCloudToken,
    grafanaServiceAccountToken,
    groqApiKey,
    hashicorpVaultToken,
    herokuApiKey,
    htpasswdHash,
    hubspotPrivateAppToken,
    huggingfaceToken,
    jwtToken,
    kubernetesSecretValue,
    linearApiKey,
    netrcCredentials,
    newRelicKey,
    newRelicLicenseKey,
    notionToken,
    npmToken,
    npmrcAuthToken,
    onepasswordConnectToken,
    onepasswordSecretKey,
    onepasswordServiceAccountToken,
    openaiApiKey,
    pagerdutyApiKey,
    perplexityApiKey,
    planetscaleToken,
    postmanApiKey,
    pulumiAccessToken,
    pypiToken,
    rubygemsApiKey,
    salesforceAccessToken,
    salesforceConsumerSecret,
    salesforceRefreshToken,
    sendgridApiKey,
    sentryAuthToken,
    sentryDsn,
    shopifyAccessToken,
    sidekiqCredentials,
    slackAppToken,
    slackToken,
    snykApiToken,
    sonarqubeToken,
    squareAccessToken,
    stripeLiveKey,
    sumologicAccessId,
    sumologicAccessKey,
    supabaseToken,
    telegramBotToken,
    terraformCloudToken,
    twilioApiKey,
    twilioAuthToken,
    zendeskApiToken,
  ];
}
