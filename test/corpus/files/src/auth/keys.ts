import { importPKCS8, importSPKI } from 'jose';
import { readFile } from 'node:fs/promises';
import { config, requireEnv, secrets } from '../config.js';

// Key material is loaded at run time; nothing secret lives in this file.
export async function loadKeys(dir: string) {
  const signingKey = await importPKCS8(await readFile(`${dir}/signing.pem`, 'utf8'), 'ES256');
  const verificationKey = await importSPKI(await readFile(`${dir}/signing.pub.pem`, 'utf8'), 'ES256');
  return { signingKey, verificationKey };
}

export const jwtOptions = {
  jwtSecret: process.env.JWT_SECRET,
  signingSecret: config.get<string>('auth.signing.secret'),
  hmacKey: Buffer.from(process.env.HMAC_KEY ?? '', 'base64'),
  cookieSecret: requireEnv('COOKIE_SECRET'),
  sessionSecret: secrets.sessionSecret,
};

/**
 * OAuth 1.0a example from RFC 5849 §1.2 (public test values):
 *   oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="nnch734d00sl2jdk",
 *   oauth_token_secret="pfkkdhi9sl3r4s00", oauth_signature="tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D"
 */
export const RFC5849_EXAMPLE = 'https://photos.example.net/photos?file=vacation.jpg&size=original';
