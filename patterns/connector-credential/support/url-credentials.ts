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
  'minioadmin', 'postgrespw', 'dbpw', 'hello', 'helloworld', 'secure', 'mysecure',
]);

/** Stems that mark a password as a stand-in, after undoing leetspeak. */
const STAND_IN_STEM = /pass|pwd|secret|sekret|changeme|changeit|admin|qwerty|letmein|hunter2|default|dbuser|mypw|userpw/u;

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

/** True when the password is a stand-in: templated, masked, a known default, a dictionary stand-in or too weak to be real. */
export function isStandInPassword(password: string, user = '', scheme = ''): boolean {
  const raw = password;
  const value = decode(password);
  if (value.length < 6 || isReference(raw) || isReference(value)) return true;
  if (registry.match(value) !== undefined) return true;
  const lower = value.toLowerCase();
  const plain = lower.replace(/[^a-z0-9]/gu, '');
  const base = trimTrailingDigits(plain);
  if (DEFAULT_PASSWORDS.has(lower) || DEFAULT_PASSWORDS.has(plain) || DEFAULT_PASSWORDS.has(base)) return true;
  if (STAND_IN_STEM.test(unleet(lower))) return true;
  const userLower = decode(user).toLowerCase();
  if (userLower.length > 0 && (lower === userLower || base === userLower.replace(/[^a-z0-9]/gu, ''))) return true;
  if (scheme.length > 0 && base === scheme.toLowerCase().replace(/[^a-z]/gu, '')) return true;
  if (hasSequentialRun(value, 5)) return true;
  return shannonEntropy(value) < 2.3;
}

/** True when the host is local, reserved for documentation or a placeholder. */
export function isStandInHost(host: string): boolean {
  const lower = host.toLowerCase().replace(/^\[|\]$/gu, '').replace(/\.$/u, '');
  if (lower.length === 0 || PLACEHOLDER_HOSTS.has(lower)) return true;
  if (registry.isReservedHost(lower) || isDocumentationIp(lower)) return true;
  return /^(?:your|my)[_-]|[_-]here$|x{3,}/u.test(lower);
}

/** True when `user:password@host` looks like a real credential for a real host. */
export function urlCredentialsLookReal({ scheme, user, password, host }: UrlCredentials): boolean {
  if (isStandInHost(host)) return false;
  const userValue = decode(user);
  if (userValue.length > 0 && (isReference(user) || registry.match(userValue) !== undefined)) return false;
  if (userValue.toLowerCase() === 'anonymous') return false;
  return !isStandInPassword(password, user, scheme);
}
