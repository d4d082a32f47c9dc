/**
 * Judges the `user:password@host` part of a URL: documentation URLs, local
 * development defaults and templated passwords are not credentials; a
 * non-trivial password for a real host is.
 *
 * The URL detectors report the whole URL (so previews show the scheme) and
 * skip the engine's registry pass over it: the registry would judge the host
 * and path words (`acme-corp`, `/test`) as well, while only the password and
 * the host decide here. The registry's entries are still applied, to the
 * password and the user.
 */
import { shannonEntropy } from '../../../src/engine/entropy.js';
import { isDocumentationIp, SyntheticRegistry } from '../../../src/engine/synthetic.js';
import { hasSequentialRun, isReference } from './placeholders.js';

const registry = new SyntheticRegistry();

/** Passwords that ship as defaults or stand for "a password" in docs and compose files. */
const DEFAULT_PASSWORDS = new Set([
  'admin', 'administrator', 'root', 'toor', 'guest', 'user', 'username', 'login', 'default', 'welcome',
  'qwerty', 'qwertyuiop', 'letmein', 'monkey', 'dragon', 'master', 'trustno1', 'iloveyou', 'sunshine',
  'postgres', 'postgresql', 'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'rabbitmq', 'rabbit',
  'clickhouse', 'cassandra', 'neo4j', 'oracle', 'couchdb', 'couchbase', 'influxdb', 'elastic', 'kibana',
  'docker', 'local', 'development', 'develop', 'staging', 'database', 'app', 'application', 'service',
  'minioadmin', 'postgrespw', 'dbpw', 'helloworld', 'anoncvs', 'anonymous', 'nopassword', 'none', 'empty', 'tiger',
  'bitnami', 'keycloak', 'airflow', 'superset', 'metabase', 'sonar', 'sonarqube', 'gitlab', 'jenkins', 'odoo', 'wordpress',
  'drupal', 'magento', 'nextcloud', 'zabbix', 'netbox', 'harbor', 'grafana', 'prisma', 'supabase', 'hasura', 'directus',
  'xyzzy', 'plugh', 'swordfish', 'opensesame', 'homestead', 'laravel', 'forge', 'sail', 'vagrant', 'symfony', 'django', 'rails', 'devpassword', 'localdev', 'dev',
]);

/** Stems that mark a password as a stand-in, after undoing leetspeak. */
const STAND_IN_STEM =
  /pass|pwd|secret|sekret|changeme|changeit|admin|qwerty|letmein|hunter2|default|dbuser|mypw|userpw|senha|contrase|wachtwoord|haslo|parol|clave|mima/u;

/** User names that stand for "a user" in docs (Oracle's classic scott/tiger included). */
const PLACEHOLDER_USERS = new Set(['user', 'username', 'usr', 'dbuser', 'db_user', 'db-user', 'myuser', 'my_user', 'youruser', 'your_user', 'someuser', 'scott', 'name', 'login', 'userid', 'user_id']);

/** Words that mark a host name as made up when they are one of its labels or label parts. */
const PLACEHOLDER_HOST_WORDS = new Set([
  'bogus', 'fake', 'dummy', 'example', 'examples', 'sample', 'placeholder', 'invalid', 'nowhere', 'foo', 'bar', 'baz', 'qux',
  'yourdomain', 'mydomain', 'yourcompany', 'mycompany', 'company', 'yourhost', 'yourserver', 'changeme',
]);

/** Hosts that stand for "a host" in docs and templates. */
const PLACEHOLDER_HOSTS = new Set([
  'host', 'hostname', 'myhost', 'yourhost', 'your-host', 'server', 'myserver', 'your-server', 'server-name',
  'domain', 'mydomain', 'your-domain', 'ip', 'ip-address', 'db-host', 'dbhost', 'database-host', 'address',
  'host.docker.internal', 'gateway.docker.internal', 'kubernetes.docker.internal',
]);

/** The parts of `scheme://user:password@host` a detector captured. */
export interface UrlCredentials {
  readonly scheme: string;
  readonly user: string;
  readonly password: string;
  readonly host: string;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function trimTrailingDigits(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) >= 48 && value.charCodeAt(end - 1) <= 57) end--;
  return value.slice(0, end);
}

function unleet(value: string): string {
  return value
    .toLowerCase()
    .replace(/0/gu, 'o')
    .replace(/[1!|]/gu, 'i')
    .replace(/3/gu, 'e')
    .replace(/[4@]/gu, 'a')
    .replace(/[5$]/gu, 's')
    .replace(/7/gu, 't');
}

/**
 * True when the password is not a password at all: templated, masked, a
 * placeholder word, a shipped default or a dictionary stand-in (`p4ssw0rd`).
 */
export function isPlaceholderPassword(password: string): boolean {
  const value = decode(password);
  if (value.length < 4 || isReference(password) || isReference(value)) return true;
  // Real passwords are printable ASCII; `contraseña` or `强随机密码` describe one.
  if (!/^[\x21-\x7e]+$/u.test(value)) return true;
  if (registry.match(value) !== undefined) return true;
  const lower = value.toLowerCase();
  const plain = lower.replace(/[^a-z0-9]/gu, '');
  const base = trimTrailingDigits(plain);
  if (DEFAULT_PASSWORDS.has(lower) || DEFAULT_PASSWORDS.has(plain) || DEFAULT_PASSWORDS.has(base)) return true;
  return STAND_IN_STEM.test(unleet(lower)) || hasSequentialRun(value, 5);
}

/**
 * True when a password is too weak to be anything but a local default: short,
 * low in entropy, or the user name or scheme again (`app:app`, `redis:redis1`).
 * Applied to hosts without a domain (compose service names like `db`).
 */
export function isWeakPassword(password: string, user = '', scheme = ''): boolean {
  const value = decode(password).toLowerCase();
  const base = trimTrailingDigits(value.replace(/[^a-z0-9]/gu, ''));
  const userBase = trimTrailingDigits(decode(user).toLowerCase().replace(/[^a-z0-9]/gu, ''));
  if (value.length < 8 || shannonEntropy(value) < 2.5) return true;
  if (userBase.length > 0 && (base === userBase || value.includes(userBase))) return true;
  return scheme.length > 0 && base === scheme.toLowerCase().replace(/[^a-z]/gu, '');
}

/** True when the host is local, reserved for documentation or a placeholder. */
export function isStandInHost(host: string): boolean {
  const lower = host.toLowerCase().replace(/^\[|\]$/gu, '').replace(/\.$/u, '');
  if (lower.length === 0 || PLACEHOLDER_HOSTS.has(lower)) return true;
  // Kubernetes service names are real cluster hosts, although `.local` is reserved for mDNS.
  if (/\.svc(?:\.cluster\.local)?$|\.cluster\.local$/u.test(lower)) return false;
  if (registry.isReservedHost(lower) || isDocumentationIp(lower)) return true;
  if (lower.split(/[.-]/u).some((part) => PLACEHOLDER_HOST_WORDS.has(part))) return true;
  return /^(?:your|my)[_-]|[_-]here$|x{3,}/u.test(lower);
}

/**
 * True when `user:password@host` looks like a real credential for a real host.
 * A host with a domain or an IP address is real infrastructure, so any real
 * password counts, however weak; a bare service name (`db`, `redis`) is a
 * local setup unless the password is strong.
 */
export function urlCredentialsLookReal({ scheme, user, password, host }: UrlCredentials): boolean {
  if (isStandInHost(host)) return false;
  const userValue = decode(user);
  if (userValue.length > 0 && (isReference(user) || registry.match(userValue) !== undefined)) return false;
  if (userValue.toLowerCase() === 'anonymous' || PLACEHOLDER_USERS.has(userValue.toLowerCase())) return false;
  // `cvs://:pserver:anoncvs@host` is a CVS root, not a password.
  if (userValue.length === 0 && password.includes(':')) return false;
  if (isPlaceholderPassword(password)) return false;
  return host.includes('.') || host.includes(':') || !isWeakPassword(password, user, scheme);
}
