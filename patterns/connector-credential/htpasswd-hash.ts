import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64, randomString as r } from '../support/sample-builder.js';

const id = 'htpasswd-hash';

const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A hash body of many different characters, none of them dominant: typed stand-ins (`xxxx…`, `abcabc…`) fail. */
function varied(body: string): boolean {
  const counts = new Map<string, number>();
  for (const ch of body) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts.size >= Math.min(16, body.length / 2) && Math.max(...counts.values()) / body.length < 0.25;
}

/**
 * `user:hash` lines of Apache / nginx `.htpasswd` files and of the basic-auth
 * settings built from them (Traefik and ingress-nginx `users`/`auth`):
 * apr1-MD5, bcrypt and {SHA} hashes crack offline, and {SHA} ones are
 * unsalted.
 */
export default defineDetector({
  id,
  name: '.htpasswd password hash',
  category: 'connector-credential',
  severity: 'error',
  description: 'Basic-auth user:hash entries of .htpasswd files and proxy configs (apr1-MD5 $apr1$, bcrypt $2y$/$2a$/$2b$, {SHA}), which crack offline.',
  regex:
    /(?<![\w.@$-])(?<user>[\w.@-]{1,64}):(?<secret>\$apr1\$[./0-9A-Za-z]{1,8}\$[./0-9A-Za-z]{22}|\$2[aby]\$\d\d\$[./0-9A-Za-z]{53}|\{SHA\}[A-Za-z0-9+/]{27}=)(?![./0-9A-Za-z=])/u,
  keywords: [':$apr1$', ':$2y$', ':$2a$', ':$2b$', ':{sha}'],
  // Random hash bodies trip the registry's word list; documented hashes are exact entries and still apply.
  skipSynthetic: true,
  validate: (secret) => varied(secret.slice(secret.lastIndexOf('$') + 1).replace(/^\{SHA\}/u, '')),
  references: ['https://httpd.apache.org/docs/2.4/misc/password_encryptions.html', 'https://doc.traefik.io/traefik/middlewares/http/basicauth/'],
  samples: () => ({
    positive: [
      `deploy:$apr1$${r(`${id}1`, CRYPT, 8)}$${r(`${id}2`, CRYPT, 22)}`,
      `metrics:$2y$10$${r(`${id}3`, CRYPT, 53)}`,
      `ops:{SHA}${r(`${id}4`, BASE64, 27)}=`,
    ],
    negative: [
      // Traefik's documented users.
      'test:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/',
      'test2:$apr1$d9hr9HBB$4HxwgUir3HP4EsggP/QNo0',
      `password_hash: "$2b$12$${r(`${id}5`, CRYPT, 53)}"`,
      'admin:$apr1$xxxxxxxx$xxxxxxxxxxxxxxxxxxxxxx',
      'user:$2y$10$...',
    ],
  }),
});
