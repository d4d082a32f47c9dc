import type { Detector } from '../../src/engine/types.js';
import dashboardUrlKeyValue from './dashboard-url-key-value.js';
import datadogDashboardUrl from './datadog-dashboard-url.js';
import elasticCloudUrl from './elastic-cloud-url.js';
import genericInternalHostUrl from './generic-internal-host-url.js';
import grafanaDashboardUrl from './grafana-dashboard-url.js';
import kibanaDashboardUrl from './kibana-dashboard-url.js';
import lookerDashboardUrl from './looker-dashboard-url.js';
import metabaseDashboardUrl from './metabase-dashboard-url.js';
import newrelicDashboardUrl from './newrelic-dashboard-url.js';
import powerbiReportUrl from './powerbi-report-url.js';
import sentryIssueUrl from './sentry-issue-url.js';
import splunkDashboardUrl from './splunk-dashboard-url.js';
import tableauDashboardUrl from './tableau-dashboard-url.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `dashboard-url` category. */
export function detectors(settings: CatalogSettings): Detector[] {
  return [
    dashboardUrlKeyValue,
    datadogDashboardUrl,
    elasticCloudUrl,
    genericInternalHostUrl(settings),
    grafanaDashboardUrl,
    kibanaDashboardUrl,
    lookerDashboardUrl,
    metabaseDashboardUrl,
    newrelicDashboardUrl,
    powerbiReportUrl,
    sentryIssueUrl,
    splunkDashboardUrl,
    tableauDashboardUrl,
  ];
}
