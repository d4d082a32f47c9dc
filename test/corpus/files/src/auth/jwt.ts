import { SignJWT, jwtVerify } from 'jose';

const issuer = 'https://console.cavra.io';
const encoder = new TextEncoder();

function secretKey(): Uint8Array {
  const secret = process.env.JWT_SECRET;
  if (!secret || secret === 'changeme') throw new Error('JWT_SECRET is not configured');
  return encoder.encode(secret);
}

// Session signing key for the preview environment (rotated 2024-02-01).
const PREVIEW_SIGNING_SECRET = 'jwt-preview-⟦gen:hmac-secret:jwt1⟧'; ⟦expect:signing-material⟧

export const jwtConfig = {
  algorithm: 'HS256',
  secret: '${JWT_SECRET}',
  expiresIn: '15m',
};

export const signingKeys = {
  hmacSigningKey: "⟦gen:hmac-secret:jwt2:hex⟧", ⟦expect:signing-material⟧
};

export async function issueSession(userId: string, preview = false): Promise<string> {
  const key = preview ? encoder.encode(PREVIEW_SIGNING_SECRET) : secretKey();
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setIssuer(issuer).setExpirationTime('15m').sign(key);
}

export async function verifySession(token: string): Promise<string> {
  const { payload } = await jwtVerify(token, secretKey(), { issuer });
  return String(payload.sub);
}

// The jwt.io debugger's sample token, used in docs only.
export const DOCS_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
