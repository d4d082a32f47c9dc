import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import type { RegistryLookup } from '../../src/engine/types.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { isPlaceholderPassword } from './support/url-credentials.js';

const id = 'docker-registry-auth';

/** True when base64 `auth` decodes to `user:password` with a real password. */
function authValid(auth: string, registry: RegistryLookup | undefined): boolean {
  const decoded = decodeBase64(auth)?.toString('utf8') ?? '';
  const colon = decoded.indexOf(':');
  if (colon <= 0 || !/^[\x20-\x7e]+$/u.test(decoded)) return false;
  return !isPlaceholderPassword(decoded.slice(colon + 1), registry);
}

/** A base64 `.dockerconfigjson` holds at least one registry entry with real credentials. */
function dockerConfigValid(encoded: string, registry: RegistryLookup | undefined): boolean {
  const json = decodeBase64(encoded)?.toString('utf8') ?? '';
  if (!json.trimEnd().endsWith('}')) return false;
  try {
    const config = JSON.parse(json) as { auths?: Record<string, { auth?: unknown; password?: unknown }> };
    return Object.values(config.auths ?? {}).some(
      (entry) => (typeof entry.auth === 'string' && authValid(entry.auth, registry)) || (typeof entry.password === 'string' && !isPlaceholderPassword(entry.password, registry)),
    );
  } catch {
    return false;
  }
}

/**
 * An `identitytoken` (a registry refresh token, stored by `docker login` when
 * the registry issues one): random enough and no placeholder. A JWT there is
 * left to jwt-token, which judges its claims.
 */
function identityTokenValid(token: string, registry: RegistryLookup | undefined): boolean {
  if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/u.test(token)) return false;
  return shannonEntropy(token) >= 3.5 && /[0-9]/u.test(token) && /[A-Za-z]/u.test(token) && !isPlaceholderPassword(token, registry);
}

const auth = (seed: string, user: string): string => Buffer.from(`${user}:${r(seed, ALPHA_NUM, 24)}`).toString('base64');

/**
 * Registry credentials in Docker `config.json` (`"auths": {"<registry>": {"auth": base64(user:password)}}`)
 * and in Kubernetes image-pull secrets (base64 `.dockerconfigjson`, which starts `eyJhdXRocyI6`).
 */
export default defineDetector({
  id,
  name: 'Docker registry credentials',
  category: 'connector-credential',
  severity: 'error',
  description: 'Container registry credentials: base64 user:password `auth` entries and `identitytoken` refresh tokens of Docker config.json, and base64 .dockerconfigjson image-pull secrets.',
  // An `auth` value must close its string; an encoded config must be long enough to hold one entry.
  regex:
    /(?:\\?"auth\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?=[A-Za-z0-9+/]{8,400}={0,2}\\?")|(?<identity>\\?"identitytoken\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?=[\w.+/-]{20,4000}={0,2}\\?"))|(?<![A-Za-z0-9+/])(?=eyJhdXRocyI6[A-Za-z0-9+/]{40}))(?<secret>[\w.+/-]{8,20000}={0,2})(?![\w.+/=-])/u,
  // `"auths` as a JSON key: the bare word is inside `oAuthScopes` and `GetAuthString`, which ran the regex over whole API documents.
  keywords: ['"auths', 'eyjhdxrocyi6'],
  // The `auths` map and its `auth` entries sit on different lines of a pretty-printed config.
  multiline: true,
  entropy: 3,
  validate: (secret, { groups, registry }) => {
    if (groups.identity !== undefined) return identityTokenValid(secret, registry);
    return secret.startsWith('eyJhdXRocyI6') ? dockerConfigValid(secret, registry) : /^[A-Za-z0-9+/]+={0,2}$/u.test(secret) && authValid(secret, registry);
  },
  references: ['https://docs.docker.com/reference/cli/docker/login/#credential-stores', 'https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets'],
  samples: () => ({
    positive: [
      `{\n  "auths": {\n    "ghcr.io": { "auth": "${auth(`${id}1`, 'ci-pusher')}" }\n  }\n}`,
      `.dockerconfigjson: ${Buffer.from(JSON.stringify({ auths: { 'registry.gitlab.com': { auth: auth(`${id}2`, 'deploy-bot') } } })).toString('base64')}`,
      `{\n  "auths": {\n    "registry.northbridge.io": { "auth": "", "identitytoken": "${r(`${id}4`, ALPHA_NUM, 48)}" }\n  }\n}`,
    ],
    negative: [
      '{\n  "auths": {\n    "https://index.docker.io/v1/": {}\n  },\n  "credsStore": "desktop"\n}',
      `{ "auths": { "ghcr.io": { "auth": "${Buffer.from('username:password').toString('base64')}" } } }`,
      '{ "auths": { "ghcr.io": { "auth": "<base64 of user:token>" } } }',
      '{ "auths": { "ghcr.io": { "identitytoken": "<identity-token>" } } }',
      // A base64 value under `auth` that is not user:password.
      `{ "auths": { "ghcr.io": { "auth": "${Buffer.from(r(`${id}3`, ALPHA_NUM, 30)).toString('base64')}" } } }`,
    ],
  }),
});
