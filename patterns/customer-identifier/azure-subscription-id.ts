import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { introducedAsExample } from './support/payload-values.js';

const id = 'azure-subscription-id';

/** An ARN running unbroken up to the match: AWS names its own resources `…/subscriptions/<guid>` too (Greengrass). */
const ARN_TAIL = /arn:aws[a-z-]{0,12}:[^\s"'`<>,]{0,300}$/iu;

function inAwsArn(match: string, line: string): boolean {
  if (!match.toLowerCase().startsWith('/subscriptions/')) return false;
  const at = line.indexOf(match);
  return at > 0 && ARN_TAIL.test(line.slice(Math.max(0, at - 300), at));
}

const guid = (seed: string): string =>
  `${r(`${seed}a`, HEX, 8)}-${r(`${seed}b`, HEX, 4)}-4${r(`${seed}c`, HEX, 3)}-9${r(`${seed}d`, HEX, 3)}-${r(`${seed}e`, HEX, 12)}`;

/**
 * Azure subscription and directory (tenant) GUIDs: under subscription, tenant
 * and directory id keys (`ARM_SUBSCRIPTION_ID`, `tenantId`, `subscription_id`),
 * after `--subscription`/`--tenant`, and in `/subscriptions/<guid>` resource ids.
 */
/*
 * The key is Azure's (`AZURE_TENANT_ID`, `ARM_SUBSCRIPTION_ID`) or bare
 * (`tenantId`); a tenant key of another product (`HATCHET_CLIENT_TENANT_ID`)
 * names that product's tenant, not an Azure directory.
 */
export default defineDetector({
  id,
  name: 'Azure subscription or tenant id',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Azure subscription and tenant GUIDs under subscription/tenant id keys, CLI flags and resource ids.',
  regex:
    /(?:(?<![A-Z0-9_-])(?:(?:azure(?:ad)?|aad|entra|arm|az)[_-]?)?(?:subscription|tenant|directory)[_-]?id\\?["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|--(?:subscription|tenant)(?:[ \t]{1,4}|=)["']?|\/subscriptions\/)(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Z0-9-])/iu,
  evidence: 'key',
  keywords: ['subscription', 'tenant_id', 'tenantid', 'tenant-id', 'directory_id', 'directoryid', '--tenant'],
  // Microsoft's own tenants and documentation's hand-written GUIDs are in the registry, which the engine applies to the value.
  validate: (secret, { match, line }) => !inAwsArn(match, line) && !introducedAsExample(line, match),
  references: ['https://learn.microsoft.com/en-us/azure/azure-portal/get-subscription-tenant-id'],
  samples: () => ({
    positive: [
      { key: 'ARM_SUBSCRIPTION_ID', value: guid(`${id}1`) },
      { key: 'tenantId', value: guid(`${id}2`) },
      { key: 'AZUREAD_TENANT_ID', value: guid(`${id}8`) },
      `/subscriptions/${guid(`${id}3`)}/resourceGroups/rg-billing/providers/Microsoft.Web/sites/closeout`,
      `az account set --subscription ${guid(`${id}4`)}`,
    ],
    negative: [
      { key: 'subscription_id', value: '00000000-0000-0000-0000-000000000000' },
      { key: 'tenant_id', value: 'aaaabbbb-0000-cccc-1111-dddd2222eeee' },
      { key: 'AZURE_TENANT_ID', value: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
      { key: 'subscription_id', value: 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' },
      '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}',
      '/subscriptions/1a11aad8-de27-1234-85e9-0f675821f15c',
      `* @example /subscriptions/${guid(`${id}6`)}/resourceGroups/my-rg/providers/Microsoft.Network/virtualNetworks/my-vn`,
      `"Arn": "arn:aws:greengrass:us-west-2:123456789012:/greengrass/definition/subscriptions/${guid(`${id}5`)}"`,
      { key: 'subscription_id', value: 'sub_1MowQVLkdIwHu7ixeRlqHVzs' },
      // Another product's tenant, not an Azure directory.
      { key: 'HATCHET_CLIENT_TENANT_ID', value: guid(`${id}7`) },
    ],
  }),
});
