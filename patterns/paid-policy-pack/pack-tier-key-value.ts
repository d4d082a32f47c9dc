import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'pack-tier-key-value';

/** Words that put a record in a policy pack: the pack itself, its manifest kind, a `pack:` or `packs:` key, a TOML `[packs.…]` table. */
const PACK_CONTEXT = /(?:policy|rule|control|compliance)[ _-]?packs?|(?:^|[\s"'`{,#(])packs?\\?["']?[ \t]{0,4}[:=]|\[packs?[.\]]/imu;
/** How far before the tier a pack's header or key may be. */
const REACH = 1200;

/**
 * A `tier` or `edition` key set to a paid level (enterprise, premium, paid,
 * commercial) inside a policy pack's record: manifest labels
 * (`<product>.io/tier: enterprise`), Rego METADATA `custom:` blocks under a
 * `pack:` key, and lock-file entries under `packs`. The pack context is
 * looked for on the line and a bounded stretch above it. A tier alone
 * (a pricing page, a cloud SKU) is not a pack; loses to the specific
 * pack detectors at the same place.
 */
export default defineDetector({
  id,
  name: 'Paid tier in a policy-pack record',
  category: 'paid-policy-pack',
  severity: 'error',
  description: 'Tier or edition keys set to enterprise, premium, paid or commercial inside policy-pack manifests, Rego metadata and pack lock entries.',
  regex: /(?<![A-Z0-9])(?:tier|edition)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>enterprise|premium|paid|commercial)(?![A-Z0-9-])/iu,
  keywords: ['tier', 'edition'],
  validate: (_secret, { text, offset, line }) => {
    if (text === undefined || offset === undefined) return PACK_CONTEXT.test(line);
    return PACK_CONTEXT.test(text.slice(Math.max(0, offset - REACH), offset));
  },
  samples: () => ({
    positive: [
      { key: 'pack', value: 'pci-dss-extended; tier: enterprise' },
      { key: 'packs', value: '{ "soc2-type2": { "version": "1.7.0", "tier": "enterprise", "sha256": "…" } }' },
      { key: 'manifest', value: 'kind: PolicyPack, labels: { acme.io/tier: premium }' },
      { key: 'rule_pack', value: '{ name: vendor-risk, edition: commercial }' },
    ],
    negative: [
      { key: 'pack', value: 'baseline; tier: community' },
      { key: 'plan', value: 'tier: enterprise' },
      { key: 'sku', value: '{ "edition": "enterprise", "seats": 50 }' },
      { key: 'packs', value: '{ "baseline": { "tier": "<tier>" } }' },
      { key: 'webpack', value: 'mode: production, tier: enterprise' },
    ],
  }),
});
