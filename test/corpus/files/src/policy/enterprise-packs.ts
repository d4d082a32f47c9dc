import hipaaPack from '@cavra-enterprise/policy-pack-hipaa'; ⟦expect:enterprise-source⟧⟦maybe:paid-policy-pack⟧
import { soc2Controls } from '@cavra-enterprise/policy-pack-soc2'; ⟦expect:enterprise-source⟧⟦maybe:paid-policy-pack⟧

/**
 * CAVRA Enterprise Policy Pack registry — paid tier, licensed per seat. ⟦expect:paid-policy-pack⟧
 */
export const ENTERPRISE_PACKS = [
  { id: 'hipaa-audit', tier: 'enterprise', license: 'commercial', rules: hipaaPack.rules }, ⟦maybe:paid-policy-pack⟧
  { id: 'soc2-type2', tier: 'enterprise', license: 'commercial', rules: soc2Controls }, ⟦maybe:paid-policy-pack⟧
];
