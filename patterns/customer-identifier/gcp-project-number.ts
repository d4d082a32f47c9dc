import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { customerContextNear } from './support/customer-context.js';

const id = 'gcp-project-number';

/**
 * Google Cloud project numbers of customers: under a project-number key, or in
 * the default service accounts and service agents that embed them, with a
 * customer or tenant key next to it. Without one, the number is the project's
 * own (a CI setup script) or sample output in help text.
 */
export default defineDetector({
  id,
  name: 'Google Cloud project number',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Google Cloud project numbers of customers: under project-number keys and in service-account emails, next to a customer or tenant key.',
  regex:
    /(?:(?<![A-Z0-9])(?:gcp|google|gcloud|google[_-]?cloud)?[_-]?project[_-]?(?:number|num|no)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?(?<secret>\d{9,14})(?![A-Z0-9])|(?<![A-Z0-9.-])(?:service-)?(?<agent>\d{9,14})(?:-compute@developer|@cloudservices|@(?:gcp-sa-[a-z-]{2,40}|compute-system|container-engine-robot|cloudbuild)\.iam)\.gserviceaccount\.com)/iu,
  // A Google service account's address holds the project number: the public-mail-domain entry (service accounts are never a customer's mailbox) does not apply here.
  synthetic: ['reserved-host', 'stand-in-host', 'documentation-ip', 'placeholder', 'low-variety', 'example-marker', 'fictional-name'],
  keywords: ['project_number', 'projectnumber', 'project-number', 'project_num', 'project_no', 'gserviceaccount.com'],
  validate: (secret, context) => !/^(?:1234567890\d*|0+)$/u.test(context.groups.agent ?? secret) && customerContextNear(context),
  references: ['https://cloud.google.com/resource-manager/docs/creating-managing-projects#identifying_projects', 'https://cloud.google.com/iam/docs/service-agents'],
  samples: () => ({
    positive: [
      { key: 'customer_project_number', value: `8${r(`${id}1`, DIGITS, 11)}` },
      { key: 'TENANT_GOOGLE_CLOUD_PROJECT_NUMBER', value: `3${r(`${id}2`, DIGITS, 10)}` },
      `tenant_id: brennan-okafor, sa: 5${r(`${id}3`, DIGITS, 11)}-compute@developer.gserviceaccount.com`,
      `customer: Varga Precision Tools, agent: service-9${r(`${id}4`, DIGITS, 11)}@gcp-sa-pubsub.iam.gserviceaccount.com`,
    ],
    negative: [
      { key: 'project_number', value: '123456789012' },
      { key: 'project_number', value: '42' },
      'PROJECT_NUMBER-compute@developer.gserviceaccount.com',
      'release-bot@my-project.iam.gserviceaccount.com',
      { key: 'project_number', value: '<project-number>' },
      // No customer next to it: the project's own number in a setup script, sample output in help text.
      { key: 'PROJECT_NUMBER', value: `7${r(`${id}5`, DIGITS, 10)}` },
      `"projectNumber": "8${r(`${id}6`, DIGITS, 11)}", "team": "owners"`,
    ],
  }),
});
