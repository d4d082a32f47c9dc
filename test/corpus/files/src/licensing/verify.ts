import { createPublicKey, createVerify } from 'node:crypto';

/** Public half of the licence-signing key; safe to publish. */
const LICENCE_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA⟦gen:alnum:lic1:20⟧
⟦gen:b64-lines:lic2:5⟧
IDAQAB
-----END PUBLIC KEY-----`;

const KEY_SHAPE = /^CAVRA-(?:ENT|PRO)-(?:[A-HJ-NP-Z2-9]{5}-){3}[A-HJ-NP-Z2-9]{5}$/;

export function isLicenceKeyShape(value: string): boolean {
  return KEY_SHAPE.test(value);
}

export function verifyLicence(payload: string, signature: string): boolean {
  const verifier = createVerify('RSA-SHA256');
  verifier.update(payload);
  return verifier.verify(createPublicKey(LICENCE_PUBLIC_KEY), signature, 'base64url');
}

// Offline signing for support engineers — remove before the next release.
export const LICENCE_SIGNING_SECRET = '⟦gen:hmac-secret:lic3:b64⟧'; ⟦expect:license-key⟧⟦maybe:signing-material⟧
export const SUPPORT_OVERRIDE_KEY = '⟦gen:cavra-licence:lic4⟧'; ⟦expect:license-key⟧

export const DOCS_KEY = 'CAVRA-ENT-XXXXX-XXXXX-XXXXX-XXXXX';
export const TRIAL_KEY_HINT = 'Trial keys look like CAVRA-PRO-AAAAA-BBBBB-CCCCC-DDDDD';
