/**
 * Does the text around a cloud-provider id say it belongs to a customer? An
 * AWS account id in an ARN, or a GCP project number, is the project's own
 * infrastructure, a vendor's published principal or a test fixture unless a
 * customer, tenant or licensee key sits next to it.
 */

/**
 * Customer keys (`customer_account_id`, `tenantRoleArn`, `customer:`,
 * `client_accounts`), not words: "customer managed key" and AWS's
 * `CustomerGateway` are product vocabulary.
 */
const CUSTOMER_KEY =
  /(?<![a-z])(?:(?:customer|tenant|licensee|subscriber)s?(?:[_-]?(?:aws|gcp|google|cloud|azure)){0,2}[_-]?(?:accounts?|acct|roles?|arns?|ids?|names?|projects?|trust|org|slug)|client[_-]?accounts?|(?:customer|tenant)s?\\?["']?[ \t]{0,4}[:=])/iu;

/** The part of the text within `before`/`after` characters of `offset` (or the line when the text is unknown). */
function around(context: { readonly line: string; readonly text?: string; readonly offset?: number }, before: number, after: number): string {
  if (context.text === undefined || context.offset === undefined) return context.line;
  return context.text.slice(Math.max(0, context.offset - before), context.offset + after);
}

/** True when a customer, tenant or licensee key sits within a few lines of the value. */
export function customerContextNear(context: { readonly line: string; readonly text?: string; readonly offset?: number }): boolean {
  return CUSTOMER_KEY.test(around(context, 240, 160));
}

/**
 * A collection whose own name says its records are made up: `fakeData`,
 * `mockCustomers`, `SAMPLE_ACCOUNTS`, `demo_tenants`, `exampleOrders`,
 * `placeholderRows`, `fixtures`. Read as a declared context on the
 * collection's key (`within: 'collection'`): the records of such a list are
 * stand-ins, whatever names and ids they hold. Whole word parts only, so
 * `demographics` or `sampleRate` alone never match a customer list.
 */
export const STAND_IN_COLLECTION =
  /(?<![A-Za-z])(?:[Ff]ake|[Mm]ock|[Dd]ummy|[Ss]ample|[Dd]emo|[Ee]xample|[Pp]laceholder|[Ff]ixture|[Ss]tub|[Ss]eed)s?(?![a-z])|(?<=[a-z0-9])(?:Fake|Mock|Dummy|Sample|Demo|Example|Placeholder|Fixture|Stub|Seed)s?(?![a-z])|(?<![A-Za-z])(?:FAKE|MOCK|DUMMY|SAMPLE|DEMO|EXAMPLE|PLACEHOLDER|FIXTURE|STUB|SEED)S?(?![A-Z])/u;

/** The context rule that keeps the records of a made-up collection quiet. */
export const STAND_IN_COLLECTION_RULE = { pattern: STAND_IN_COLLECTION, within: 'collection', effect: 'forbid' } as const;
