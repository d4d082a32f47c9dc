import type { Detector } from '../../src/engine/types.js';
import ageSecretKey from './age-secret-key.js';
import base64PemPrivateKey from './base64-pem-private-key.js';
import cosignPrivateKey from './cosign-private-key.js';
import jwkPrivateKey from './jwk-private-key.js';
import keystoreFile from './keystore-file.js';
import minisignSecretKey from './minisign-secret-key.js';
import nestedSigningSecretKeyValue from './nested-signing-secret-key-value.js';
import opensshPrivateKey from './openssh-private-key.js';
import pemPrivateKey from './pem-private-key.js';
import pgpPrivateKeyBlock from './pgp-private-key-block.js';
import puttyPrivateKey from './putty-private-key.js';
import signifySecretKey from './signify-secret-key.js';
import signingSecretKeyValue from './signing-secret-key-value.js';
import stripeWebhookSecret from './stripe-webhook-secret.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `signing-material` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [ageSecretKey, base64PemPrivateKey, cosignPrivateKey, jwkPrivateKey, keystoreFile, minisignSecretKey, nestedSigningSecretKeyValue, opensshPrivateKey, pemPrivateKey, pgpPrivateKeyBlock, puttyPrivateKey, signifySecretKey, signingSecretKeyValue, stripeWebhookSecret];
}
