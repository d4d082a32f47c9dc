import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'policy-pack-manifest-tier';

/**
 * A policy-pack manifest (`policy_pack:`, `kind: PolicyPack`,
 * `"policyPack": {`) whose `tier`, `edition`, `plan` or `license` a few
 * lines further down is enterprise, premium, paid or commercial.
 */
export default defineDetector({
  id,
  name: 'Paid policy-pack manifest',
  category: 'paid-policy-pack',
  severity: 'error',
  description: 'Policy-pack manifests whose tier, edition, plan or licence is enterprise, premium, paid or commercial.',
  regex:
    /(?<![A-Z0-9])policy[_-]?packs?(?:[_-]manifest)?\b(?:(?!policy[_-]?pack)[\s\S]){1,400}?(?<![A-Z0-9_-])(?:tier|edition|plan|licen[cs]e)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>enterprise|premium|paid|commercial)(?![A-Z0-9-])/iu,
  keywords: ['policy_pack', 'policypack', 'policy-pack'],
  multiline: true,
  reach: 'match',
  samples: () => ({
    positive: [
      { key: 'policy_pack', value: '{ name: soc2-controls, version: 2.1.0, tier: enterprise }' },
      { key: 'manifest', value: 'kind: PolicyPack, metadata: { name: hipaa-guardrails }, spec: { edition: premium }' },
      { key: 'policy-pack', value: 'name=pci-dss-extended; license=commercial' },
    ],
    negative: [
      { key: 'policy_pack', value: '{ name: baseline, tier: community }' },
      { key: 'policy_pack', value: 'the enterprise tier of each policy pack is private' },
      { key: 'operation', value: 'policy_registry_lookup, tier: enterprise' },
      { key: 'policy_pack', value: '{ name: baseline, tier: <tier> }' },
    ],
  }),
});
