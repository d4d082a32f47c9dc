import { defineDetector } from '../../src/engine/define-detector.js';
import { seededRandom } from '../support/sample-builder.js';
import { isAuthorshipCredit, isPersonName } from './support/payload-values.js';

const id = 'person-name-key-value';

const GIVEN = ['Marta', 'Ingrid', 'Kwame', 'Dmitri', 'Aiyana', 'Teodor', 'Nadia', 'Henrik', 'Priya', 'Matteo'];
const FAMILY = ['Lindqvist', 'Okafor', 'Mensah', 'Varga', 'Castellanos', 'Haugland', 'Ferreira', 'Nakashima', 'Brennan'];

/** A person's name picked from fragments with a seeded PRNG. */
function personName(seed: string): string {
  const next = seededRandom(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)] ?? '';
  return `${pick(GIVEN)} ${pick(FAMILY)}`;
}

/**
 * A person's name (two to four capitalised words) under a contact, owner,
 * requester or account-manager key of a payload, or as the `name` of an
 * inline object under such a key (`"requester": { "name": … }`). Team and role names
 * ("Platform Team", "Support Desk"), documentation names and credits in a
 * file's header (`Contact: Name` beside a copyright line) pass.
 */
export default defineDetector({
  id,
  name: 'Person name in a payload',
  category: 'customer-identifier',
  severity: 'error',
  description: "People's names under contact, owner, requester and account-manager keys of a payload.",
  regex:
    /(?<![\w-])(?<!:\/\/)(?<key>(?:(?:customer|client|billing|primary)[_-]?contact|contact|owner|requester|requested[_-]?by|submitter|assignee|account[_-]?(?:owner|manager|executive)|csm|customer[_-]?success[_-]?manager|signer|signatory)(?:[_-]?(?:full[_-]?)?name)?)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?:\{[ \t]{0,4}(?:\\?["']?[a-z_]{1,20}\\?["']?[ \t]{0,4}:[ \t]{0,4}(?:\\?["'][^"'\\\n]{0,80}\\?["']|[^"'\\\n{},]{1,80})[ \t]{0,4},[ \t]{0,4}){0,3}\\?["']?(?:full[_-]?)?name\\?["']?[ \t]{0,4}:[ \t]{0,4})?\\?["'`]?(?<secret>\p{L}[\p{L}'-]{1,24}(?: \p{L}[\p{L}'-]{1,24}){1,3})\\?["'`]?[ \t]*(?:[,;)}\]#<\r\n]|$)/imu,
  evidence: 'key',
  keywords: ['contact', 'owner', 'requester', 'requested', 'submitter', 'assignee', 'csm', 'manager', 'executive', 'signer', 'signatory'],
  // The keyword ends a key that a value is assigned to: in prose or code (`owner.id`, `contactForm`) it opens no window.
  keywordContext: /(?:contact|owner|requester|requested[_-]?by|submitter|assignee|csm|manager|executive|signer|signatory)(?:[_-]?(?:full[_-]?)?name)?\\?["']?[ \t]{0,4}(?:=>|[:=])/iu,
  validate: (secret, context) => isPersonName(secret, context.registry) && !isAuthorshipCredit(context),
  samples: () => ({
    positive: [
      { key: 'contact_name', value: personName(`${id}1`) },
      { key: 'account_owner', value: personName(`${id}2`) },
      { key: 'requester', value: personName(`${id}3`) },
      { key: 'billing_contact', value: `${personName(`${id}4`)}-Ruiz` },
      `requester: { id: 4417, name: ${personName(`${id}5`)}, email: null }`,
      { key: 'contact', value: 'Ruairí Castellanos' },
    ],
    negative: [
      { key: 'owner', value: 'Platform Team' },
      { key: 'contact', value: 'Jane Doe' },
      { key: 'requester', value: 'console' },
      { key: 'contact_name', value: 'Support Desk' },
      { key: 'owner', value: '${{ github.repository_owner }}' },
      { key: 'assignee', value: 'Not Assigned' },
      { key: 'Upstream-Contact', value: 'Teodor Haugland' },
      '{"requester": {"name": "Example Requester", "email": "requester@example.invalid"}}',
      '{"owner": {"name": "Platform Team"}}',
    ],
  }),
});
