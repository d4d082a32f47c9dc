import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { ALPHA_NUM, BASE64URL, LOWER_NUM, base64UrlJson, randomString as r } from '../../patterns/support/sample-builder.js';
import { createEngine } from '../../src/engine/index.js';
import { base62, crc32 } from '../../src/engine/validators.js';

/**
 * Tokens found by their structure (JWTs, authorization headers, credential
 * files, Kubernetes secrets) in the files that hold them, with the whole
 * catalog: one finding per token, and quiet on the shapes real code uses.
 * Values are assembled at run time: no realistic secret sits in this file.
 */
const engine = createEngine(catalog);
const ruleIds = (text: string, path: string): string[] => engine.scanText(text, { path }).findings.map((f) => f.ruleId);

const jwt = (seed: string, payload: Record<string, unknown>, alg = 'HS256', signatureLength = 43): string =>
  `${base64UrlJson({ alg, typ: 'JWT' })}.${base64UrlJson(payload)}.${r(`${seed}s`, BASE64URL, signatureLength)}`;

describe('JSON Web Tokens', () => {
  it('reports a licence token once, as a licence token', () => {
    const token = jwt('j1', { sub: `cus_${r('j2', LOWER_NUM, 14)}`, license: { edition: 'enterprise', seats: 250 }, exp: 1798761600 }, 'RS256', 342);
    expect(ruleIds(`LICENSE_TOKEN=${token}\n`, '.env')).toEqual(['signed-license-token']);
  });

  it('reports a bearer token in a script once, as a JWT', () => {
    const token = jwt('j3', { sub: r('j4', LOWER_NUM, 16), scope: 'ledger:write', exp: 1798761600 });
    expect(ruleIds(`curl -H "Authorization: Bearer ${token}" https://api.northbridge.io/v1/ledger\n`, 'scripts/sync.sh')).toEqual(['jwt-token']);
  });

  it('stays quiet on a Metabase embed link (the dashboard detector reports it)', () => {
    const token = jwt('j5', { resource: { dashboard: 12 }, params: {}, exp: 1798761600 });
    expect(ruleIds(`[dashboard](https://metabase.northbridge.io/embed/dashboard/${token}#bordered=true)\n`, 'docs/a.md')).not.toContain('jwt-token');
  });

  it.each([
    ['an OIDC spec example', jwt('q1', { iss: 'https://server.example.com', sub: '248289761001', aud: 's6BhdRkqt3', exp: 1311281970 }, 'RS256', 342)],
    ['a token for a placeholder user', jwt('q2', { sub: '{{user_id}}', exp: 1798761600 })],
    ['a truncated token', `${base64UrlJson({ alg: 'HS256' })}.${base64UrlJson({ sub: r('q3', ALPHA_NUM, 10) })}.abc`],
  ])('stays quiet on %s', (_name, token) => {
    expect(ruleIds(`const token = '${token}';\n`, 'src/auth.test.ts')).toEqual([]);
  });
});

describe('secrets assigned to credential keys', () => {
  const key = (seed: string, length = 32): string => r(seed, ALPHA_NUM, length);

  it.each([
    ['a TypeScript config object', 'src/config.ts', `export const config = {\n  stripe: { apiKey: '${key('g1')}' },\n};\n`],
    ['a Go struct literal', 'cmd/sync/main.go', `client := api.NewClient(api.Config{\n\tAPIKey: "${key('g2')}",\n})\n`],
    ['a Python module constant', 'app/settings.py', `CLIENT_SECRET = "${key('g3', 40)}"\n`],
    ['a Ruby hash', 'config/initializers/ledger.rb', `Ledger.configure(api_key: "${key('g4')}", timeout: 5)\n`],
    ['a Java properties file', 'src/main/resources/application.properties', `spring.security.oauth2.client.registration.ledger.client-secret=${key('g5')}\n`],
    ['a TOML section', 'config/prod.toml', `[ledger]\naccess_token = "${key('g6', 40)}"\n`],
    ['an HTTP header in a script', 'scripts/export.sh', `curl -H "X-Api-Key: ${key('g7')}" https://api.northbridge.io/v1/export\n`],
    ['an API key in a query string', 'src/maps.ts', `const url = \`https://maps.northbridge.io/tiles?api_key=${key('g8')}&z=4\`;\n`],
    ['a Node fallback', 'src/env.ts', `export const token = process.env.LEDGER_TOKEN ?? '${key('g9')}';\n`],
    ['a Python fallback', 'app/env.py', `SECRET = os.environ.get("LEDGER_API_SECRET", "${key('g10')}")\n`],
    ['a Laravel env default', 'config/services.php', `'secret' => env('LEDGER_SECRET', '${key('g11')}'),\n`],
    ['a password with symbols in .env', '.env', `SMTP_PASSWORD=${r('g12', ALPHA_NUM, 9)}!${r('g13', ALPHA_NUM, 6)}\n`],
  ])('finds %s', (_name, path, text) => {
    expect(ruleIds(text, path)).toEqual(['generic-secret-assignment']);
  });

  it.each([
    ['enum-like constants', 'src/oauth.ts', "export const TOKEN_TYPE = 'access_token';\nexport const GRANT = { refreshToken: 'refresh_token', accessToken: 'access_token' };\n"],
    ['environment variable names', 'src/env.ts', "const names = { apiKey: 'LEDGER_API_KEY', secret: 'LEDGER_CLIENT_SECRET_V2' };\n"],
    ['variables and calls', 'src/client.ts', 'const apiKey = options.apiKey ?? defaults.apiKey;\nconst token = await getAccessToken(clientId2, clientSecret2);\npassword = hashPassword(input.password, salt);\n'],
    ['Python variables', 'app/auth.py', 'token = request.headers.get("Authorization", "").removeprefix("Bearer ")\nsecret = os.environ.get("APP_SECRET", default_secret)\n'],
    ['i18n keys and messages', 'src/i18n/en.json', '{\n  "password": "auth.errors.password_too_short",\n  "token": "Your session token expired at {time}",\n  "apiKey": "settings.api_keys.create_button"\n}\n'],
    ['file paths', 'config/app.yaml', 'tls:\n  private_key: /etc/ssl/private/northbridge.key\n  secret: ./secrets/dev-secret.json\napi_key: ${HOME}/.config/ledger/api-key\n'],
    ['URLs without credentials', 'config/oauth.yaml', 'token: https://auth.northbridge.io/oauth2/v1/token\naccess_token: https://login.northbridge.io/token?audience=api\n'],
    ['UUID request ids under token in tests', 'test/api.test.ts', "const token = '5b0e2f1c-8d3a-4c6e-9f27-1a4b6c8d0e2f';\nexpect(res.body).toEqual({ token: '0c9a7e5d-3b1f-4e2a-8c6d-9f0b2a4c6e8d' });\n"],
    ['shipped and typed passwords', 'docker-compose.yml', 'environment:\n  ADMIN_PASSWORD: password123\n  KEYCLOAK_PASSWORD: admin\n  SMTP_PASSWORD: "P@ssw0rd!2024"\n'],
    ['RFC 6749 examples in an OAuth library', 'oauth/parameters.py', '    {\n        "access_token":"2YotnFZFEjr1zCsicMWpAA",\n        "token_type":"example",\n        "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA"\n    }\n'],
    ['type names as forward references', 'crypto/ec.py', 'def load(backend: "Backend", private_key: "_EllipticCurvePrivateKey", data: bytes): ...\n'],
    ['tokenizer special tokens', 'model/tokenizer_config.json', '{ "bos_token": "<s>", "eos_token": "</s>", "pad_token": "<pad>", "mask_token": "[MASK]", "unk_token": "<unk>" }\n'],
    ['pagination and CSRF tokens', 'test/fixtures/page.json', `{ "nextPageToken": "${key('n1', 40)}", "csrf_token": "${key('n2')}", "page_token": "${key('n3')}" }\n`],
    ['hashes under non-credential keys', 'package-lock.json', `{ "integrity": "sha512-${key('n4', 86)}==", "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz" }\n`],
    ['a passed-along argument', 'src/sign.ts', `const signature = sign(token, "${key('n5')}");\n`],
    ['a base64 of words', 'config/app.yaml', `secret: ${Buffer.from('not a real secret, only words').toString('base64')}\n`],
    ['regexes describing a token', 'src/patterns.ts', 'const apiKey = /^[A-Za-z0-9]{32}$/;\nconst token = new RegExp("^ghp_[A-Za-z0-9]{36}$");\n'],
    ['versions and dates', 'config/app.yaml', 'token: v2.14.0-rc.1\napi_key: 2024-01-15T10:30:00Z\n'],
  ])('stays quiet on %s', (_name, path, text) => {
    expect(ruleIds(text, path)).toEqual([]);
  });
});

describe('credentials in HTTP requests', () => {
  it('finds a bearer token in a .http file and a basic pair in a script', () => {
    const http = `### Export\nPOST https://ledger.northbridge.io/v1/export\nAuthorization: Bearer ${r('h1', ALPHA_NUM, 40)}\nContent-Type: application/json\n`;
    expect(ruleIds(http, 'requests/export.http')).toEqual(['generic-http-credentials']);
    const basic = Buffer.from(`ci-bot:${r('h2', ALPHA_NUM, 24)}`).toString('base64');
    expect(ruleIds(`wget --header="Authorization: Basic ${basic}" https://artifacts.northbridge.io/a.tgz\n`, 'scripts/fetch.sh')).toEqual(['generic-http-credentials']);
  });

  it('lets a vendor token after -u win', () => {
    const body = r('h3', ALPHA_NUM, 30);
    const token = `ghp_${body}${base62(crc32(body), 6)}`;
    expect(ruleIds(`curl -u ${token}: https://api.northbridge.io\n`, 'scripts/a.sh')).toEqual(['github-token']);
  });

  it.each([
    ['a header built from a variable', 'src/api.ts', "const headers = { Authorization: `Bearer ${token}` };\nreq.setHeader('Authorization', 'Basic ' + btoa(user + ':' + pass));\n"],
    ['a request to a local server', 'docs/dev.md', `curl -u admin:${r('h4', ALPHA_NUM, 16)} http://localhost:15672/api/queues\n`],
    ['curl options that are no user', 'scripts/a.sh', 'curl -sSfu "${CI_USER}:${CI_TOKEN}" https://ci.northbridge.io\nps -u root -o pid,cmd\n'],
    ['a documented bearer header', 'docs/api.md', 'Authorization: Bearer eyJhbGciOi...\nAuthorization: Token token=<your-api-key>\n'],
  ])('stays quiet on %s', (_name, path, text) => {
    expect(ruleIds(text, path)).toEqual([]);
  });
});

describe('Kubernetes Secret manifests', () => {
  const b64 = (value: string): string => Buffer.from(value).toString('base64');

  it('finds decoded data values and stringData values, not the names beside them', () => {
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: ledger',
      'type: Opaque',
      'data:',
      `  username: ${b64('ledger-sync')}`,
      `  password: ${b64(r('k1', ALPHA_NUM, 20))}`,
      `  host: ${b64('pg.prod.northbridge.io')}`,
      '---',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: webhook',
      'stringData:',
      `  signing-key: ${r('k2', ALPHA_NUM, 32)}`,
      '',
    ].join('\n');
    const findings = engine.scanText(text, { path: 'deploy/secrets.yaml' }).findings;
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['kubernetes-secret-value', 8],
      ['kubernetes-secret-value', 16],
    ]);
  });

  it('stays quiet on a Helm template and a sealed secret', () => {
    const helm = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  password: {{ .Values.password | b64enc | quote }}\n  token: {{ required "token" .Values.token | b64enc }}\n';
    expect(ruleIds(helm, 'chart/templates/secret.yaml')).toEqual([]);
    const sealed = `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: ledger\nspec:\n  encryptedData:\n    password: ${r('k3', ALPHA_NUM, 120)}\n`;
    expect(ruleIds(sealed, 'deploy/sealed.yaml')).toEqual([]);
  });
});

describe('credential files', () => {
  it.each([
    ['a kubeconfig user token', 'kubeconfig.yaml', `users:\n- name: ci\n  user:\n    token: ${r('f1', ALPHA_NUM, 48)}\n`, ['generic-secret-assignment']],
    ['a kubeconfig user password', '.kube/config', `users:\n- name: admin\n  user:\n    username: admin\n    password: ${r('f2', ALPHA_NUM, 16)}\n`, ['generic-secret-assignment']],
    ['a .pypirc password', '.pypirc', `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.northbridge.io/simple\nusername = deploy\npassword = ${r('f3', ALPHA_NUM, 20)}\n`, ['generic-secret-assignment']],
    ['a .git-credentials line', '.git-credentials', `https://deploy:${r('f4', ALPHA_NUM, 24)}@git.northbridge.io\n`, ['generic-url-credentials']],
    ['a registry identity token', '.docker/config.json', `{\n  "auths": {\n    "registry.northbridge.io": { "auth": "", "identitytoken": "${r('f9', ALPHA_NUM, 48)}" }\n  }\n}\n`, ['docker-registry-auth']],
    ['a registry identity token that is a JWT', '.docker/config.json', `{ "auths": { "ledger.azurecr.io": { "identitytoken": "${jwt('f10', { sub: r('f11', LOWER_NUM, 16), exp: 1798761600 }, 'RS256', 342)}" } } }\n`, ['jwt-token']],
    ['a .netrc entry', '.netrc', `machine api.northbridge.io\n  login deploy\n  password ${r('f5', ALPHA_NUM, 24)}\n`, ['netrc-credentials']],
    ['an .htpasswd file', 'deploy/.htpasswd', `metrics:$2y$10$${r('f6', ALPHA_NUM, 53)}\n`, ['htpasswd-hash']],
    ['a private JWK in a JWKS file', 'keys/signing.jwks.json', JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', kid: 'k1', x: r('f7', BASE64URL, 43), d: r('f8', BASE64URL, 43) }] }, null, 2), ['jwk-private-key']],
  ])('finds %s', (_name, path, text, expected) => {
    expect(ruleIds(text, path)).toEqual(expected);
  });

  it.each([
    ['a public JWKS', 'public/.well-known/jwks.json', JSON.stringify({ keys: [{ kty: 'RSA', kid: 'k1', use: 'sig', n: r('q9', BASE64URL, 342), e: 'AQAB' }] }, null, 2)],
    ['an SVG path beside a key type field', 'src/icons.json', JSON.stringify({ kty: 'icon', d: 'M10 10 L20 20 Z' })],
    ['prose about machines', 'docs/ops.md', 'Each machine has a login shell; the password policy is in the handbook.\n'],
  ])('stays quiet on %s', (_name, path, text) => {
    expect(ruleIds(text, path)).toEqual([]);
  });
});

describe('OpenSSH private keys in every wrapping', () => {
  const sample = catalog.find((d) => d.id === 'openssh-private-key')?.samples().positive[0];
  const key = typeof sample === 'string' ? sample : '';
  const lines = key.split('\n');

  it.each([
    ['a key file', 'deploy/id_ed25519', key],
    ['a key file with CRLF line ends', 'deploy/id_ed25519', lines.join('\r\n')],
    ['a JSON string with escaped line breaks', 'config/deploy.json', JSON.stringify({ ssh_key: key }, null, 2)],
    ['a YAML block scalar', 'deploy/values.yaml', `git:\n  sshKey: |\n    ${lines.join('\n    ')}\n`],
    ['a .env value with escaped line breaks', '.env', `DEPLOY_KEY="${lines.join('\\n')}"\n`],
    ['Python string concatenation', 'tools/deploy.py', `KEY = (\n${lines.map((l) => `    "${l}\\n"`).join('\n')}\n)\n`],
    ['a Go raw string', 'cmd/deploy/key.go', `const key = \`${key}\`\n`],
    ['a JavaScript array of lines', 'src/key.ts', `const key = [\n${lines.map((l) => `  '${l}',`).join('\n')}\n].join('\\n');\n`],
    ['a Markdown fence', 'docs/ops.md', `\`\`\`\n${key}\n\`\`\`\n`],
    ['a Terraform heredoc', 'infra/main.tf', `private_key = <<EOT\n${key}\nEOT\n`],
  ])('finds %s', (_name, path, text) => {
    expect(ruleIds(text, path)).toEqual(['openssh-private-key']);
  });

  it('finds the whole key file encoded once more in base64', () => {
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: git\ndata:\n  ssh-privatekey: ${Buffer.from(`${key}\n`).toString('base64')}\n`;
    expect(ruleIds(text, 'deploy/git-secret.yaml')).toEqual(['base64-pem-private-key']);
  });
});

describe('configuration and code that only name a credential', () => {
  it.each([
    ['infra/main.tf', 'password = var.db_password\ntoken    = data.vault_generic_secret.ci.data["token"]\n'],
    ['playbook.yml', 'password: "{{ vault_db_password }}"\napi_key: "{{ lookup(\'env\', \'API_KEY\') }}"\n'],
    ['.github/workflows/ci.yml', 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  API_KEY: ${{ secrets.API_KEY_2024 }}\n'],
    ['src/App.java', '@Value("${ledger.api.key}")\nprivate String apiKey;\nString token = System.getenv("LEDGER_TOKEN");\n'],
    ['src/Program.cs', 'var apiKey = Configuration["Ledger:ApiKey"];\nvar secret = builder.Configuration.GetValue<string>("ClientSecret");\n'],
    ['app/config.py', 'token: str = Field(..., env="LEDGER_TOKEN")\nSECRET = None\napi_key = settings.LEDGER_API_KEY\n'],
    ['test/test_client.py', 'client = Client(api_key="test-key-123")\ntoken = "fake-token-for-tests"\npassword = "hunter2"\n'],
    ['docker-compose.yml', 'environment:\n  - API_TOKEN=${API_TOKEN:-dev-token}\n  - SECRET_KEY_FILE=/run/secrets/key\n'],
    ['app/mfa.py', 'otp_secret = "JBSWY3DPEHPK3PXP"\n'],
    ['src/theme.ts', 'export const tokens = { primaryToken: "#1a73e8", secretColor: "#ff00aa12" };\n'],
    ['src/api.ts', "const TOKEN_HEADER = 'X-Auth-Token';\nconst apiKeyParam = 'api_key';\nconst password = '';\n"],
    ['README.md', 'Set `API_KEY=your-api-key` and `SECRET=<secret>`.\n\n| name | value |\n|---|---|\n| token | `sk-...` |\n'],
    ['src/crypto.go', 'secret := make([]byte, 32)\ntoken := base64.StdEncoding.EncodeToString(secret)\npassword := r.FormValue("password")\n'],
    ['locales/de.yml', 'password: Passwort\ntoken: Zugangstoken\napi_key: API-Schlüssel\n'],
    ['src/routes.rb', 'post "/password/reset/:token", to: "passwords#reset"\nget "/api_key", to: "keys#show"\n'],
    ['package.json', '{ "scripts": { "token": "node scripts/token.js", "secret": "openssl rand -hex 32" } }\n'],
    ['webpack.config.js', "new DefinePlugin({ 'process.env.API_KEY': JSON.stringify(process.env.API_KEY) })\n"],
    ['src/sql.ts', 'const q = `SELECT * FROM users WHERE password = $1 AND token = $2`;\n'],
    ['test/fixtures/users.json', '[{ "password": "$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy" }]\n'],
    ['src/hash.py', 'token = hashlib.sha256(b"abc").hexdigest()\nsecret = secrets.token_hex(32)\n'],
    ['scripts/get.sh', 'TOKEN=$(curl -s https://auth.northbridge.io/token | jq -r .access_token)\nPASSWORD="$(cat /run/secrets/db)"\n'],
    ['src/enum.ts', 'export enum Grant { AccessToken = "access_token", RefreshToken = "refresh_token", ClientSecret = "client_secret" }\n'],
  ])('stays quiet on %s', (path, text) => {
    expect(ruleIds(text, path)).toEqual([]);
  });
});

describe('one finding per value among the generic detectors', () => {
  const key = (seed: string, length = 40): string => r(seed, ALPHA_NUM, length);

  it.each([
    ['a NextAuth secret', '.env', `NEXTAUTH_SECRET=${key('o1')}\n`, ['signing-secret-key-value']],
    ['a jwt block in application.yml', 'src/main/resources/application.yml', `jwt:\n  secret: ${key('o2')}\n  expiration: 86400\n`, ['nested-signing-secret-key-value']],
    ['a database password', '.env', `DB_PASSWORD=${r('o3', ALPHA_NUM, 9)}!${r('o4', ALPHA_NUM, 6)}\n`, ['database-password-key-value']],
    ['a vendor secret key without its prefix', '.env', `STRIPE_SECRET_KEY=${key('o5')}\n`, ['generic-secret-assignment']],
    ['an OAuth 1 token secret', 'config/twitter.yml', `oauth_token_secret: ${key('o6')}\n`, ['generic-secret-assignment']],
  ])('%s', (_name, path, text, expected) => {
    expect(ruleIds(text, path)).toEqual(expected);
  });
});
