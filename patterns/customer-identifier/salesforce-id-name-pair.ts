import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { salesforceIdSuffix, valid } from './salesforce-record-id.js';
import { isCustomerValue, isPersonName } from './support/payload-values.js';

const id = 'salesforce-id-name-pair';

/** Words of Salesforce's own vocabulary: a label ("Standard Object", "Record Type"), not an account. */
const LABEL_WORDS = /\b(?:object|objects|standard|custom|field|fields|record|records|type|types|layout|lead|leads|view|list|report|queue|profile|role|sample|test)\b/iu;

/** An 18-character Account (001), Contact (003) or Opportunity (006) id whose checksum suffix holds. */
function sfid(seed: string, prefix: string): string {
  const id15 = `${prefix}${r(`${seed}d`, '0123456789', 1)}${r(seed, ALPHA_NUM, 11)}`;
  return `${id15}${salesforceIdSuffix(id15)}`;
}

/**
 * Salesforce record ids paired with the account or person they name, in a
 * file that works with Salesforce: a resync map (`"001…": "Marlowe & Tetteh
 * LLP"`), a CSV export row (`001…,Pinecrest Dental Group,…`), a fixture
 * tuple. The 18-character id must carry a valid case checksum and the name
 * must read as a real organisation or person.
 */
export default defineDetector({
  id,
  name: 'Salesforce record id with its account name',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Checksum-valid 18-character Salesforce Account, Contact and Opportunity ids paired with a real account or person name in a Salesforce-related file.',
  regex:
    /(?<![A-Za-z0-9])(?<secret>00[136][A-Za-z0-9]{15})\\?["']?[ \t]{0,4}(?:=>|[:,=])[ \t]{0,4}\\?["']?(?<name>[A-Z][A-Za-z0-9.&'-]{0,40}(?: [A-Za-z0-9.&'-]{1,40}){0,6})/u,
  keywords: ['salesforce', 'sfdc', 'force.com'],
  multiline: true,
  validate: (secret, { groups, syntax, registry }) => {
    if (!valid(secret) || secret.length !== 18) return false;
    const name = (groups.name ?? '').trim();
    if (LABEL_WORDS.test(name)) return false;
    return isPersonName(name, registry) || (name.includes(' ') && isCustomerValue(name, { quoted: true, syntax, registry }));
  },
  references: ['https://help.salesforce.com/s/articleView?id=000385008&type=1'],
  samples: () => ({
    positive: [
      `# salesforce resync\nRESYNC = {"${sfid(`${id}1`, '001')}": "Haugland Maritime AS", "${sfid(`${id}2`, '001')}": "Varga Precision Tools"}`,
      `salesforce export row: ${sfid(`${id}3`, '001')},Brennan & Okafor Ltd,Logistics`,
      `sfdc contacts: [("${sfid(`${id}4`, '003')}", "Marta Lindqvist")]`,
    ],
    negative: [
      // Salesforce's documented example id.
      'salesforce: {"001D000000IqhSLIAZ": "Acme Corporation Ltd"}',
      // A 15-character id, or an 18-character one whose checksum fails.
      `salesforce: {"${sfid(`${id}5`, '001').slice(0, 15)}": "Haugland Maritime AS"}`,
      `salesforce: {"${sfid(`${id}6`, '001').slice(0, 15)}AAA": "Haugland Maritime AS"}`,
      // Paired with a label, not a name.
      `salesforce: {"${sfid(`${id}7`, '001')}": "Account"}`,
      `salesforce_object_types = {"${sfid(`${id}8`, '001')}": "Standard Object"}`,
    ],
  }),
});
