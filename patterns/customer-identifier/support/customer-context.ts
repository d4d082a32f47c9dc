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
