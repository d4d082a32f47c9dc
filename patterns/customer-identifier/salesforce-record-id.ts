import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'salesforce-record-id';

const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The three-character suffix that makes a 15-character Salesforce id case-insensitive. */
export function salesforceIdSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id15.charAt(chunk * 5 + i);
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * 15-character ids need mixed letters and digits after the key prefix;
 * 18-character ids carry a checksum. Salesforce's documented ids and its
 * `001xx…` pod placeholders are in the registry.
 */
export function valid(secret: string): boolean {
  const body = secret.slice(0, 15);
  if (!/[A-Za-z]/u.test(body.slice(5)) || !/\d/u.test(body.slice(3))) return false;
  return secret.length === 15 || salesforceIdSuffix(body) === secret.slice(15);
}

function recordId(seed: string, prefix: string): string {
  const body = `${prefix}${r(`${seed}p`, '0123456789', 1)}${r(`${seed}q`, LOWER_NUM, 1)}0000${r(seed, ALPHA_NUM, 6)}`;
  return body + salesforceIdSuffix(body);
}

/**
 * Salesforce Account (001), Contact (003) and Opportunity (006) record ids,
 * in Lightning/Classic record URLs, under a Salesforce key (`sfdc_account_id`,
 * `SalesforceId`, the SObject fields `AccountId`/`ContactId`/`OpportunityId`)
 * or named in prose (`Account ID: 001…`, `Salesforce account 001…`, `SFDC: 006…`).
 */
export default defineDetector({
  id,
  name: 'Salesforce record id',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Salesforce Account, Contact and Opportunity ids in record URLs, under Salesforce keys and named in prose (Account ID: 001…), 18-character ids checksum-checked.',
  regex:
    /(?:(?<![a-z0-9.-])[a-z0-9-]{1,63}(?:\.sandbox|\.develop)?\.(?:lightning\.force\.com|my\.salesforce\.com|salesforce\.com)\/(?:lightning\/r\/(?:Account|Contact|Opportunity)\/)?|(?<![A-Z0-9])(?:(?:salesforce|sfdc)[_-]?(?:account|contact|opportunity|opp|record|object)?[_-]?id|(?:Account|Contact|Opportunity)Id)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?|(?<![A-Z0-9])(?:(?:salesforce|sfdc)(?:[ \t]{1,4}(?:account|contact|opportunity|opp|record))?(?:[ \t]{1,4}id)?|(?:account|contact|opportunity)[ \t]{1,4}id)[ \t]{0,4}[:#=]?[ \t]{0,4}[`*]{0,2})(?<secret>00[136][A-Z0-9]{12}(?:[A-Z0-9]{3})?)(?![A-Z0-9])/iu,
  keywords: ['force.com', 'salesforce', 'sfdc', 'accountid', 'contactid', 'opportunityid', 'account id', 'contact id', 'opportunity id'],
  validate: (secret) => valid(secret),
  references: ['https://help.salesforce.com/s/articleView?id=000385008&type=1'],
  samples: () => ({
    positive: [
      `https://northbridge.lightning.force.com/lightning/r/Account/${recordId(`${id}1`, '001')}/view`,
      { key: 'sfdc_contact_id', value: recordId(`${id}2`, '003') },
      { key: 'SalesforceOpportunityId', value: recordId(`${id}3`, '006').slice(0, 15) },
      `https://northbridge.my.salesforce.com/${recordId(`${id}4`, '001')}`,
      `Account ID: ${recordId(`${id}6`, '001')} (renewal owner: CSM team)`,
      `escalated from Salesforce opportunity ${recordId(`${id}7`, '006').slice(0, 15)} after the outage`,
    ],
    negative: [
      { key: 'salesforce_account_id', value: '001xx000003DGb2AAG' },
      { key: 'AccountId', value: '001D000000IqhSLIAZ' },
      // Right shape, wrong checksum.
      { key: 'sfdc_account_id', value: `${recordId(`${id}5`, '001').slice(0, 15)}ZZZ` },
      { key: 'salesforce_id', value: '<account-id>' },
      { key: 'salesforce_account_id', value: '005000000000000AAA' },
      // Prose needs the id's name right before it, and a valid checksum at 18 characters.
      `Account ID: ${recordId(`${id}8`, '001').slice(0, 15)}QQQ`,
      'AWS Account ID: 001234567890123',
      `Account ${recordId(`${id}9`, '001')}`,
    ],
  }),
});
