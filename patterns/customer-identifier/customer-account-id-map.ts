import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, HEX, randomString as r } from '../support/sample-builder.js';
import { isTypedDigits } from './support/payload-values.js';

const id = 'customer-account-id-map';

/** A key that holds several customers' cloud accounts: `customer_account_ids`, `tenantAwsAccounts`, `CUSTOMER_PROJECT_NUMBERS`. */
const MAP_KEY =
  /(?<![a-z])(?:customer|tenant|client|licensee)s?[_-]?(?:aws[_-]?|gcp[_-]?|azure[_-]?|cloud[_-]?)?(?:account|project|subscription)s?(?:[_-]?(?:ids|numbers|map|list|by[_-]?[a-z]{2,12}))?\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?<open>[{[(]|dict\(|$)/gimu;

/** How far before a value its map's key may start. */
const MAP_REACH = 1500;

/** Leading spaces of the line that holds `at`. */
function indentOf(text: string, at: number): number {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let i = start;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\t') i++;
  return i - start;
}

/**
 * True when the value at `offset` sits inside the map or list opened by the
 * nearest customer-accounts key before it: bracket depth never closes back to
 * the key's level (JSON, HCL, code), or every line between is indented deeper
 * than the key (YAML).
 */
function insideCustomerMap(text: string, offset: number): boolean {
  const from = Math.max(0, offset - MAP_REACH);
  const before = text.slice(from, offset);
  let last: RegExpExecArray | undefined;
  MAP_KEY.lastIndex = 0;
  for (let m = MAP_KEY.exec(before); m !== null; m = MAP_KEY.exec(before)) last = m;
  if (!last) return false;
  const bodyStart = last.index + last[0].length;
  const between = before.slice(bodyStart);
  if (last.groups?.open !== '') {
    let depth = 1;
    for (const ch of between) {
      if (ch === '{' || ch === '[' || ch === '(') depth++;
      else if (ch === '}' || ch === ']' || ch === ')') depth--;
      if (depth === 0) return false;
    }
    return true;
  }
  // YAML block: the lines from the key down to the value are all indented deeper than the key.
  const keyIndent = indentOf(before, last.index);
  const lines = between.split('\n').slice(1);
  if (lines.length === 0) return false;
  return lines.every((line) => line.trim() === '' || line.length - line.trimStart().length > keyIndent);
}

/**
 * Several customers' cloud accounts in one map or list: AWS account ids,
 * GCP project numbers or Azure subscription ids under a key such as
 * `customer_account_ids` (tfvars, Terraform locals, Helm values, code
 * constants), each entry usually named after the customer.
 */
export default defineDetector({
  id,
  name: 'Customer cloud accounts map',
  category: 'customer-identifier',
  severity: 'error',
  description: 'AWS account ids, GCP project numbers and Azure subscription ids listed per customer under a customer or tenant accounts key.',
  regex: /(?<![\w.-])(?<secret>\d{10,14}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w.-])/iu,
  evidence: 'key',
  keywords: ['customer', 'customers', 'tenant', 'tenants', 'client', 'clients', 'licensee'].flatMap((who) =>
    ['_', '-', ''].flatMap((sep) => ['account', 'aws', 'project', 'subscription', 'gcp', 'azure'].map((what) => `${who}${sep}${what}`)),
  ),
  multiline: true,
  // A value counts only within MAP_REACH characters after its key (`insideCustomerMap`), and the key starts with a keyword.
  reach: MAP_REACH + 100,
  validate: (secret, { text, offset }) => {
    if (text === undefined || offset === undefined) return false;
    // Published and documented account ids are in the registry, which the engine applies to the value.
    if (/^\d+$/u.test(secret) && (isTypedDigits(secret) || /^(?:1234567890|0123456789)/u.test(secret))) return false;
    return insideCustomerMap(text, offset);
  },
  samples: () => ({
    positive: [
      `customer_account_ids = {\n  northbridge-logistics = "4${r(`${id}1`, DIGITS, 11)}"\n  varga-precision      = "7${r(`${id}2`, DIGITS, 11)}"\n}`,
      `{"tenant_aws_accounts": {"haugland-maritime": "3${r(`${id}3`, DIGITS, 11)}", "brennan-okafor": "5${r(`${id}4`, DIGITS, 11)}"}}`,
      `customerSubscriptions: { castellanos-retail: ${r(`${id}5`, HEX, 8)}-${r(`${id}6`, HEX, 4)}-4${r(`${id}7`, HEX, 3)}-a${r(`${id}8`, HEX, 3)}-${r(`${id}9`, HEX, 12)} }`,
      `CUSTOMER_PROJECT_NUMBERS = [8${r(`${id}10`, DIGITS, 11)}, 2${r(`${id}11`, DIGITS, 11)}]`,
    ],
    negative: [
      `customer_account_ids = {\n  example = "123456789012"\n  sandbox = "111122223333"\n}`,
      `customer_account_ids = var.customer_account_ids\nelb_log_account = "6${r(`${id}12`, DIGITS, 11)}"`,
      `customer_accounts: []\nbuild_number: 4${r(`${id}13`, DIGITS, 11)}`,
      `{"customer_account_ids": {}, "created": 1717000000123}`,
      `customer_accounts:\n  - <account-id>\nrequest_timeout_ms: 3${r(`${id}14`, DIGITS, 11)}`,
    ],
  }),
});
