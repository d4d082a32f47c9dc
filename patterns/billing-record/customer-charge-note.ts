import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isSyntheticValue } from '../customer-identifier/support/payload-values.js';

const id = 'customer-charge-note';

/** Subjects that are a vendor, a role or a generic word, not a customer. */
const NOT_A_CUSTOMER = new Set(
  [
    'stripe', 'paypal', 'braintree', 'adyen', 'paddle', 'chargebee', 'recurly', 'amazon', 'aws', 'google', 'microsoft', 'azure',
    'apple', 'github', 'gitlab', 'heroku', 'vercel', 'netlify', 'digitalocean', 'twilio', 'slack', 'atlassian', 'the', 'each',
    'every', 'customer', 'customers', 'user', 'users', 'you', 'your', 'we', 'our', 'they', 'their', 'this', 'that', 'if', 'when',
    'account', 'accounts', 'subscriber', 'subscribers', 'tenant', 'tenants', 'organization', 'organisation', 'team', 'member',
    'members', 'buyer', 'seller', 'merchant', 'merchants', 'cardholder', 'payer', 'plan', 'invoice', 'invoices', 'example',
    // Plans and tiers: pricing pages bill them, not a customer.
    'enterprise', 'pro', 'business', 'premium', 'basic', 'starter', 'free', 'standard', 'growth', 'scale', 'team', 'teams',
    'annual', 'monthly', 'yearly', 'seats', 'usage', 'overage', 'add-on', 'addon',
  ],
);

const ARTICLE_BEFORE = /\b(?:the|a|an|our|your|their|each|every|all|per|any)[ \t]$/iu;

/**
 * A sentence that says a named customer was charged, refunded, invoiced or
 * billed an amount: "Hallbrook Logistics was double-charged €18,420.00 on
 * invoice CAV-2024-0588", "Osterlund Maritime AB refunded EUR 4,200.00".
 * The customer (two or more capitalised words, not a vendor) comes first; an
 * amount with a currency and at least three integer digits follows. The
 * amount is the reported value.
 */
export default defineDetector({
  id,
  name: 'Customer charge note',
  category: 'billing-record',
  severity: 'error',
  description: 'Notes that tie a charge, refund or invoice amount to a named customer.',
  regex:
    /(?<![\w&.-])(?<subject>[A-Z][a-z][\w&.-]{1,30}(?: (?:[A-Z][\w&.-]{0,30}|&)){1,4})(?! [A-Z&])(?:'s)?[ \t][^.!?\n]{0,60}?\b(?:(?:double|over|under|re)-?)?(?:charged|refunded|invoiced|billed|credited)\b[^.!?\n]{0,30}?(?<secret>(?:[€$£]|(?:EUR|USD|GBP|CHF|CAD|AUD)[ \t]?)(?:\d{1,3}(?:[,.' ]\d{3}){1,4}|\d{3,9})(?:[.,]\d{2})?)(?!\d)/u,
  keywords: ['charged', 'refunded', 'invoiced', 'billed', 'credited'],
  // Amounts repeat digits (€18,100.00): the registry's low-variety rule is for tokens; the subject is checked below.
  skipSynthetic: true,
  validate: (_secret, { groups, line, registry }) => {
    const subject = groups.subject ?? '';
    const first = subject.split(' ')[0]?.toLowerCase() ?? '';
    if (NOT_A_CUSTOMER.has(first) || isSyntheticValue(subject, registry)) return false;
    // "the Pro Plan", "an Enterprise Customer": an article makes the subject a kind, not a customer.
    const at = line.indexOf(subject);
    return at < 0 || !ARTICLE_BEFORE.test(line.slice(Math.max(0, at - 12), at));
  },
  samples: () => ({
    positive: [
      `Hallbrook Logistics was double-charged \u20ac18,${r(`${id}1`, DIGITS, 3)}.00 on invoice CAV-2024-0588 and refunded the same day.`,
      `- Osterlund Maritime AB refunded EUR 4,${r(`${id}2`, DIGITS, 3)}.50 after the seat true-up`,
      `Kestrel Ridge Credit Union got charged $${r(`${id}3`, '123456789', 1)}${r(`${id}4`, DIGITS, 3)} twice for May (card on file).`,
    ],
    negative: [
      'Acme Corp was charged $18,420.00 on invoice INV-0001.',
      'Stripe Billing charged \u20ac0.25 per invoice in this example.',
      'Amazon Web Services billed $1,204.17 for the staging account.',
      'If the Customer is charged $10.00 twice, refund the duplicate.',
      'Hallbrook Logistics was charged for 40 seats.',
      'The Pro Plan is billed at $49 per month.',
      'Enterprise Plan customers are billed $1,000 per seat each year.',
      'Each Team Workspace is invoiced EUR 490.00 per month.',
    ],
  }),
});
