import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import adafruitIoKey from './adafruit-io-key.js';
import adobeClientSecret from './adobe-client-secret.js';
import airtableToken from './airtable-token.js';
import akamaiEdgegridToken from './akamai-edgegrid-token.js';
import alchemyApiKey from './alchemy-api-key.js';
import algoliaAdminKey from './algolia-admin-key.js';
import alibabaAccessKeyId from './alibaba-access-key-id.js';
import amplitudeSecretKey from './amplitude-secret-key.js';
import anthropicApiKey from './anthropic-api-key.js';
import artifactoryToken from './artifactory-token.js';
import asanaAccessToken from './asana-access-token.js';
import assemblyaiApiKey from './assemblyai-api-key.js';
import atlassianApiToken from './atlassian-api-token.js';
import auth0ClientSecret from './auth0-client-secret.js';
import authressAccessKey from './authress-access-key.js';
import awsAccessKeyId from './aws-access-key-id.js';
import awsBedrockApiKey from './aws-bedrock-api-key.js';
import awsSecretAccessKey from './aws-secret-access-key.js';
import awsSessionToken from './aws-session-token.js';
import azureAdClientSecret from './azure-ad-client-secret.js';
import azureContainerRegistryPassword from './azure-container-registry-password.js';
import azureDevopsPat from './azure-devops-pat.js';
import azureOpenaiApiKey from './azure-openai-api-key.js';
import azureSasToken from './azure-sas-token.js';
import azureSharedAccessKey from './azure-shared-access-key.js';
import azureStorageAccountKey from './azure-storage-account-key.js';
import azureStorageConnectionString from './azure-storage-connection-string.js';
import beamerApiKey from './beamer-api-key.js';
import binanceApiSecret from './binance-api-secret.js';
import bitbucketAppPassword from './bitbucket-app-password.js';
import bitbucketClientSecret from './bitbucket-client-secret.js';
import bitlyAccessToken from './bitly-access-token.js';
import bittrexApiCredentials from './bittrex-api-credentials.js';
import boxClientSecret from './box-client-secret.js';
import braintreeAccessToken from './braintree-access-token.js';
import brevoApiKey from './brevo-api-key.js';
import buildkiteToken from './buildkite-token.js';
import cerebrasApiKey from './cerebras-api-key.js';
import circleciLegacyToken from './circleci-legacy-token.js';
import circleciPersonalToken from './circleci-personal-token.js';
import ciscoMerakiApiKey from './cisco-meraki-api-key.js';
import clickhouseCloudApiSecret from './clickhouse-cloud-api-secret.js';
import clickupApiToken from './clickup-api-token.js';
import clojarsDeployToken from './clojars-deploy-token.js';
import cloudflareApiToken from './cloudflare-api-token.js';
import cloudflareGlobalApiKey from './cloudflare-global-api-key.js';
import cloudflareOriginCaKey from './cloudflare-origin-ca-key.js';
import codecovToken from './codecov-token.js';
import cohereApiKey from './cohere-api-key.js';
import coinbaseApiSecret from './coinbase-api-secret.js';
import confluentApiSecret from './confluent-api-secret.js';
import connectionStringPassword from './connection-string-password.js';
import contentfulDeliveryToken from './contentful-delivery-token.js';
import contentfulManagementToken from './contentful-management-token.js';
import databaseConnectionUrl from './database-connection-url.js';
import databasePasswordKeyValue from './database-password-key-value.js';
import databricksToken from './databricks-token.js';
import datadogApiKey from './datadog-api-key.js';
import datadogAppKey from './datadog-app-key.js';
import deepgramApiKey from './deepgram-api-key.js';
import deepseekApiKey from './deepseek-api-key.js';
import definedNetworkingApiToken from './defined-networking-api-token.js';
import digitaloceanToken from './digitalocean-token.js';
import discordBotToken from './discord-bot-token.js';
import dockerHubToken from './docker-hub-token.js';
import dockerRegistryAuth from './docker-registry-auth.js';
import dopplerToken from './doppler-token.js';
import droneciToken from './droneci-token.js';
import dropboxAccessToken from './dropbox-access-token.js';
import duffelApiToken from './duffel-api-token.js';
import dynatraceToken from './dynatrace-token.js';
import easypostApiKey from './easypost-api-key.js';
import elevenlabsApiKey from './elevenlabs-api-key.js';
import etherscanApiKey from './etherscan-api-key.js';
import etsyApiKey from './etsy-api-key.js';
import facebookAccessToken from './facebook-access-token.js';
import facebookAppSecret from './facebook-app-secret.js';
import fastlyApiToken from './fastly-api-token.js';
import figmaAccessToken from './figma-access-token.js';
import finicityCredentials from './finicity-credentials.js';
import finnhubApiKey from './finnhub-api-key.js';
import firebaseCloudMessagingServerKey from './firebase-cloud-messaging-server-key.js';
import flickrApiKey from './flickr-api-key.js';
import flutterwaveSecretKey from './flutterwave-secret-key.js';
import flyioAccessToken from './flyio-access-token.js';
import frameioApiToken from './frameio-api-token.js';
import freemiusSecretKey from './freemius-secret-key.js';
import freshbooksToken from './freshbooks-token.js';
import freshdeskApiKey from './freshdesk-api-key.js';
import gcpApiKey from './gcp-api-key.js';
import gcpServiceAccountKey from './gcp-service-account-key.js';
import genericHttpCredentials from './generic-http-credentials.js';
import genericSecretAssignment from './generic-secret-assignment.js';
import genericUrlCredentials from './generic-url-credentials.js';
import githubFineGrainedToken from './github-fine-grained-token.js';
import githubToken from './github-token.js';
import gitlabToken from './gitlab-token.js';
import gitterAccessToken from './gitter-access-token.js';
import gocardlessAccessToken from './gocardless-access-token.js';
import googleOauthAccessToken from './google-oauth-access-token.js';
import googleOauthClientSecret from './google-oauth-client-secret.js';
import grafanaApiKey from './grafana-api-key.js';
import grafanaCloudToken from './grafana-cloud-token.js';
import grafanaServiceAccountToken from './grafana-service-account-token.js';
import groqApiKey from './groq-api-key.js';
import harnessApiToken from './harness-api-token.js';
import hashicorpVaultToken from './hashicorp-vault-token.js';
import hasuraAdminSecret from './hasura-admin-secret.js';
import hellosignApiKey from './hellosign-api-key.js';
import herokuApiKey from './heroku-api-key.js';
import hetznerApiToken from './hetzner-api-token.js';
import honeycombApiKey from './honeycomb-api-key.js';
import htpasswdHash from './htpasswd-hash.js';
import hubspotPrivateAppToken from './hubspot-private-app-token.js';
import huggingfaceToken from './huggingface-token.js';
import infracostApiKey from './infracost-api-key.js';
import infuraApiKey from './infura-api-key.js';
import intercomAccessToken from './intercom-access-token.js';
import intra42ClientSecret from './intra42-client-secret.js';
import jenkinsApiToken from './jenkins-api-token.js';
import jfrogAccessToken from './jfrog-access-token.js';
import jwtToken from './jwt-token.js';
import krakenApiSecret from './kraken-api-secret.js';
import kubernetesSecretValue from './kubernetes-secret-value.js';
import kucoinApiCredentials from './kucoin-api-credentials.js';
import langfuseSecretKey from './langfuse-secret-key.js';
import langsmithApiKey from './langsmith-api-key.js';
import launchdarklyAccessToken from './launchdarkly-access-token.js';
import linearApiKey from './linear-api-key.js';
import linkedinClientSecret from './linkedin-client-secret.js';
import linodeApiToken from './linode-api-token.js';
import lobApiKey from './lob-api-key.js';
import lookerClientSecret from './looker-client-secret.js';
import mailchimpApiKey from './mailchimp-api-key.js';
import mailgunApiKey from './mailgun-api-key.js';
import mailjetApiSecret from './mailjet-api-secret.js';
import mandrillApiKey from './mandrill-api-key.js';
import mapboxSecretToken from './mapbox-secret-token.js';
import mattermostAccessToken from './mattermost-access-token.js';
import maxmindLicenseKey from './maxmind-license-key.js';
import messagebirdApiKey from './messagebird-api-key.js';
import mistralApiKey from './mistral-api-key.js';
import mollieApiKey from './mollie-api-key.js';
import mongodbAtlasPrivateKey from './mongodb-atlas-private-key.js';
import neonApiKey from './neon-api-key.js';
import netlifyAccessToken from './netlify-access-token.js';
import netlifyLegacyToken from './netlify-legacy-token.js';
import netrcCredentials from './netrc-credentials.js';
import newRelicKey from './new-relic-key.js';
import newRelicLicenseKey from './new-relic-license-key.js';
import ngrokAuthtoken from './ngrok-authtoken.js';
import notionToken from './notion-token.js';
import npmToken from './npm-token.js';
import npmrcAuthToken from './npmrc-auth-token.js';
import nugetApiKey from './nuget-api-key.js';
import nytimesApiKey from './nytimes-api-key.js';
import octopusDeployApiKey from './octopus-deploy-api-key.js';
import oktaApiToken from './okta-api-token.js';
import onepasswordConnectToken from './onepassword-connect-token.js';
import onepasswordSecretKey from './onepassword-secret-key.js';
import onepasswordServiceAccountToken from './onepassword-service-account-token.js';
import openaiApiKey from './openai-api-key.js';
import openrouterApiKey from './openrouter-api-key.js';
import openshiftUserToken from './openshift-user-token.js';
import openweatherApiKey from './openweather-api-key.js';
import pagerdutyApiKey from './pagerduty-api-key.js';
import perplexityApiKey from './perplexity-api-key.js';
import pineconeApiKey from './pinecone-api-key.js';
import pipedriveApiToken from './pipedrive-api-token.js';
import plaidAccessToken from './plaid-access-token.js';
import plaidSecret from './plaid-secret.js';
import planetscaleToken from './planetscale-token.js';
import plivoAuthToken from './plivo-auth-token.js';
import posthogPersonalApiKey from './posthog-personal-api-key.js';
import postmanApiKey from './postman-api-key.js';
import postmarkServerToken from './postmark-server-token.js';
import prefectApiKey from './prefect-api-key.js';
import privateaiApiKey from './privateai-api-key.js';
import pubnubSecretKey from './pubnub-secret-key.js';
import pulumiAccessToken from './pulumi-access-token.js';
import pusherSecret from './pusher-secret.js';
import pypiToken from './pypi-token.js';
import rapidapiKey from './rapidapi-key.js';
import razorpayKeySecret from './razorpay-key-secret.js';
import readmeApiKey from './readme-api-key.js';
import renderApiKey from './render-api-key.js';
import replicateApiToken from './replicate-api-token.js';
import resendApiKey from './resend-api-key.js';
import rollbarAccessToken from './rollbar-access-token.js';
import rubygemsApiKey from './rubygems-api-key.js';
import salesforceAccessToken from './salesforce-access-token.js';
import salesforceConsumerSecret from './salesforce-consumer-secret.js';
import salesforceRefreshToken from './salesforce-refresh-token.js';
import sanityApiToken from './sanity-api-token.js';
import scalewaySecretKey from './scaleway-secret-key.js';
import scalingoApiToken from './scalingo-api-token.js';
import sendbirdApiToken from './sendbird-api-token.js';
import sendgridApiKey from './sendgrid-api-key.js';
import sentryAuthToken from './sentry-auth-token.js';
import sentryDsn from './sentry-dsn.js';
import settlemintToken from './settlemint-token.js';
import shippoApiToken from './shippo-api-token.js';
import shodanApiKey from './shodan-api-key.js';
import shopifyAccessToken from './shopify-access-token.js';
import sidekiqCredentials from './sidekiq-credentials.js';
import slackAppToken from './slack-app-token.js';
import slackToken from './slack-token.js';
import snykApiToken from './snyk-api-token.js';
import sonarqubeToken from './sonarqube-token.js';
import sourcegraphAccessToken from './sourcegraph-access-token.js';
import sparkpostApiKey from './sparkpost-api-key.js';
import splunkHecToken from './splunk-hec-token.js';
import spotifyClientSecret from './spotify-client-secret.js';
import squareAccessToken from './square-access-token.js';
import squarespaceApiKey from './squarespace-api-key.js';
import stabilityApiKey from './stability-api-key.js';
import stripeLiveKey from './stripe-live-key.js';
import stytchSecret from './stytch-secret.js';
import sumologicAccessId from './sumologic-access-id.js';
import sumologicAccessKey from './sumologic-access-key.js';
import supabaseSecretKey from './supabase-secret-key.js';
import supabaseToken from './supabase-token.js';
import tailscaleKey from './tailscale-key.js';
import telegramBotToken from './telegram-bot-token.js';
import terraformCloudToken from './terraform-cloud-token.js';
import todoistApiToken from './todoist-api-token.js';
import togetherApiKey from './together-api-key.js';
import travisciToken from './travisci-token.js';
import trelloApiCredentials from './trello-api-credentials.js';
import twilioApiKey from './twilio-api-key.js';
import twilioAuthToken from './twilio-auth-token.js';
import twitchApiToken from './twitch-api-token.js';
import twitterAccessToken from './twitter-access-token.js';
import twitterApiSecret from './twitter-api-secret.js';
import twitterBearerToken from './twitter-bearer-token.js';
import typeformApiToken from './typeform-api-token.js';
import vercelAccessToken from './vercel-access-token.js';
import virustotalApiKey from './virustotal-api-key.js';
import vonageApiSecret from './vonage-api-secret.js';
import vultrApiKey from './vultr-api-key.js';
import xaiApiKey from './xai-api-key.js';
import yandexApiKey from './yandex-api-key.js';
import zendeskApiToken from './zendesk-api-token.js';
import zoomClientSecret from './zoom-client-secret.js';

/** Detectors of the `connector-credential` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [
    adafruitIoKey,
    adobeClientSecret,
    airtableToken,
    akamaiEdgegridToken,
    alchemyApiKey,
    algoliaAdminKey,
    alibabaAccessKeyId,
    amplitudeSecretKey,
    anthropicApiKey,
    artifactoryToken,
    asanaAccessToken,
    assemblyaiApiKey,
    atlassianApiToken,
    auth0ClientSecret,
    authressAccessKey,
    awsAccessKeyId,
    awsBedrockApiKey,
    awsSecretAccessKey,
    awsSessionToken,
    azureAdClientSecret,
    azureContainerRegistryPassword,
    azureDevopsPat,
    azureOpenaiApiKey,
    azureSasToken,
    azureSharedAccessKey,
    azureStorageAccountKey,
    azureStorageConnectionString,
    beamerApiKey,
    binanceApiSecret,
    bitbucketAppPassword,
    bitbucketClientSecret,
    bitlyAccessToken,
    bittrexApiCredentials,
    boxClientSecret,
    braintreeAccessToken,
    brevoApiKey,
    buildkiteToken,
    cerebrasApiKey,
    circleciLegacyToken,
    circleciPersonalToken,
    ciscoMerakiApiKey,
    clickhouseCloudApiSecret,
    clickupApiToken,
    clojarsDeployToken,
    cloudflareApiToken,
    cloudflareGlobalApiKey,
    cloudflareOriginCaKey,
    codecovToken,
    cohereApiKey,
    coinbaseApiSecret,
    confluentApiSecret,
    connectionStringPassword,
    contentfulDeliveryToken,
    contentfulManagementToken,
    databaseConnectionUrl,
    databasePasswordKeyValue,
    databricksToken,
    datadogApiKey,
    datadogAppKey,
    deepgramApiKey,
    deepseekApiKey,
    definedNetworkingApiToken,
    digitaloceanToken,
    discordBotToken,
    dockerHubToken,
    dockerRegistryAuth,
    dopplerToken,
    droneciToken,
    dropboxAccessToken,
    duffelApiToken,
    dynatraceToken,
    easypostApiKey,
    elevenlabsApiKey,
    etherscanApiKey,
    etsyApiKey,
    facebookAccessToken,
    facebookAppSecret,
    fastlyApiToken,
    figmaAccessToken,
    finicityCredentials,
    finnhubApiKey,
    firebaseCloudMessagingServerKey,
    flickrApiKey,
    flutterwaveSecretKey,
    flyioAccessToken,
    frameioApiToken,
    freemiusSecretKey,
    freshbooksToken,
    freshdeskApiKey,
    gcpApiKey,
    gcpServiceAccountKey,
    genericHttpCredentials,
    genericSecretAssignment,
    genericUrlCredentials,
    githubFineGrainedToken,
    githubToken,
    gitlabToken,
    gitterAccessToken,
    gocardlessAccessToken,
    googleOauthAccessToken,
    googleOauthClientSecret,
    grafanaApiKey,
    grafanaCloudToken,
    grafanaServiceAccountToken,
    groqApiKey,
    harnessApiToken,
    hashicorpVaultToken,
    hasuraAdminSecret,
    hellosignApiKey,
    herokuApiKey,
    hetznerApiToken,
    honeycombApiKey,
    htpasswdHash,
    hubspotPrivateAppToken,
    huggingfaceToken,
    infracostApiKey,
    infuraApiKey,
    intercomAccessToken,
    intra42ClientSecret,
    jenkinsApiToken,
    jfrogAccessToken,
    jwtToken,
    krakenApiSecret,
    kubernetesSecretValue,
    kucoinApiCredentials,
    langfuseSecretKey,
    langsmithApiKey,
    launchdarklyAccessToken,
    linearApiKey,
    linkedinClientSecret,
    linodeApiToken,
    lobApiKey,
    lookerClientSecret,
    mailchimpApiKey,
    mailgunApiKey,
    mailjetApiSecret,
    mandrillApiKey,
    mapboxSecretToken,
    mattermostAccessToken,
    maxmindLicenseKey,
    messagebirdApiKey,
    mistralApiKey,
    mollieApiKey,
    mongodbAtlasPrivateKey,
    neonApiKey,
    netlifyAccessToken,
    netlifyLegacyToken,
    netrcCredentials,
    newRelicKey,
    newRelicLicenseKey,
    ngrokAuthtoken,
    notionToken,
    npmToken,
    npmrcAuthToken,
    nugetApiKey,
    nytimesApiKey,
    octopusDeployApiKey,
    oktaApiToken,
    onepasswordConnectToken,
    onepasswordSecretKey,
    onepasswordServiceAccountToken,
    openaiApiKey,
    openrouterApiKey,
    openshiftUserToken,
    openweatherApiKey,
    pagerdutyApiKey,
    perplexityApiKey,
    pineconeApiKey,
    pipedriveApiToken,
    plaidAccessToken,
    plaidSecret,
    planetscaleToken,
    plivoAuthToken,
    posthogPersonalApiKey,
    postmanApiKey,
    postmarkServerToken,
    prefectApiKey,
    privateaiApiKey,
    pubnubSecretKey,
    pulumiAccessToken,
    pusherSecret,
    pypiToken,
    rapidapiKey,
    razorpayKeySecret,
    readmeApiKey,
    renderApiKey,
    replicateApiToken,
    resendApiKey,
    rollbarAccessToken,
    rubygemsApiKey,
    salesforceAccessToken,
    salesforceConsumerSecret,
    salesforceRefreshToken,
    sanityApiToken,
    scalewaySecretKey,
    scalingoApiToken,
    sendbirdApiToken,
    sendgridApiKey,
    sentryAuthToken,
    sentryDsn,
    settlemintToken,
    shippoApiToken,
    shodanApiKey,
    shopifyAccessToken,
    sidekiqCredentials,
    slackAppToken,
    slackToken,
    snykApiToken,
    sonarqubeToken,
    sourcegraphAccessToken,
    sparkpostApiKey,
    splunkHecToken,
    spotifyClientSecret,
    squareAccessToken,
    squarespaceApiKey,
    stabilityApiKey,
    stripeLiveKey,
    stytchSecret,
    sumologicAccessId,
    sumologicAccessKey,
    supabaseSecretKey,
    supabaseToken,
    tailscaleKey,
    telegramBotToken,
    terraformCloudToken,
    todoistApiToken,
    togetherApiKey,
    travisciToken,
    trelloApiCredentials,
    twilioApiKey,
    twilioAuthToken,
    twitchApiToken,
    twitterAccessToken,
    twitterApiSecret,
    twitterBearerToken,
    typeformApiToken,
    vercelAccessToken,
    virustotalApiKey,
    vonageApiSecret,
    vultrApiKey,
    xaiApiKey,
    yandexApiKey,
    zendeskApiToken,
    zoomClientSecret,
  ];
}
