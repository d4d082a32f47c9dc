import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'policy-pack-paid-tier';

/**
 * A policy pack's tier or edition key (`pack_tier`, `policyPackEdition`,
 * `pack_license`, …) set to a paid level (enterprise, premium, paid,
 * commercial): the marker of a pack that is sold, not published.
 */
export default defineDetector({
  id,
  name: 'Paid policy-pack tier',
  category: 'paid-policy-pack',
  severity: 'error',
  description: 'Policy-pack tier, edition, plan or licence keys set to enterprise, premium, paid or commercial.',
  regex:
    /(?<![A-Z0-9])(?:policy[_-]?)?packs?[_-]?(?:tier|edition|plan|level|licen[cs]e)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>enterprise|premium|paid|commercial)(?![A-Z0-9-])/iu,
  keywords: ['pack_', 'pack-', 'packtier', 'packedition', 'packplan', 'packlevel', 'packlicen', 'packs_', 'packstier'],
  samples: () => ({
    positive: [
      { key: 'pack_tier', value: 'enterprise' },
      { key: 'policyPackEdition', value: 'premium' },
      { key: 'pack_license', value: 'commercial' },
      'policy_pack_tier: paid',
    ],
    negative: [
      { key: 'pack_tier', value: 'community' },
      { key: 'pack_tier', value: 'free' },
      { key: 'tier', value: 'enterprise' },
      'struct.unpack_from(fmt, enterprise)',
      { key: 'pack_tier', value: 'enterprise-pending' },
    ],
  }),
});
