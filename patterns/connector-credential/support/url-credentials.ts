/**
 * Judges the `user:password@host` part of a URL: documentation URLs, local
 * development defaults and templated passwords are not credentials; a
 * non-trivial password for a real host is.
 *
 * The URL detectors report the whole URL (so previews show the scheme) and
 * skip the engine's registry pass over it: the registry would judge the host
 * and path words (`acme-corp`, `/test`) as well, while only the password and
 * the host decide here. The helpers ask the engine's registry, passed down
 * from the validator's context, about each part: the password (default and
 * stand-in passwords), the user, and the host (reserved and stand-in hosts,
 * documentation's `db-host`, `your-server`, `mycompany` labels).
 */
import { shannonEntropy } from '../../../src/engine/entropy.js';
import { isDocumentationIp, type RegistryKind } from '../../../src/engine/synthetic.js';
import type { RegistryLookup } from '../../../src/engine/types.js';
import { hasSequentialRun, isReference } from './placeholders.js';

/** Words for "password" (in several languages) that a value spelling one holds, after undoing leetspeak: a description of a password, not one. */
const PASSWORD_WORD = /pass|pwd|secret|sekret|senha|contrase|wachtwoord|haslo|parol|clave|mima/u;

/**
 * The kind asked of one part of a URL (a password, a user, a host), written
 * in its place in a URL (`//:password@`, `//user@host`, `//host`): the
 * registry's patterns for documentation's default passwords, users and hosts.
 */
const PART_KINDS: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['placeholder-part']);

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
 * Pass the validator's `context.registry`: without it only the shapes here
 * are judged, none of the registry's default and stand-in passwords.
 */
export function isPlaceholderPassword(password: string, registry?: RegistryLookup): boolean {
  const value = decode(password);
  if (value.length < 4 || isReference(password) || isReference(value)) return true;
  // Real passwords are printable ASCII; `contraseña` or `强随机密码` describe one.
  if (!/^[\x21-\x7e]+$/u.test(value)) return true;
  if (registry?.match(value) !== undefined) return true;
  const lower = value.toLowerCase();
  const plain = lower.replace(/[^a-z0-9]/gu, '');
  const unleeted = unleet(lower);
  // The registry's default and stand-in passwords, however they are dressed up (`Postgres!`, `@dm1n2024`).
  for (const form of new Set([plain, unleeted.replace(/[^a-z0-9]/gu, '')])) if (form.length > 0 && registry?.match(`//:${form}@`, PART_KINDS) !== undefined) return true;
  return PASSWORD_WORD.test(unleeted) || hasSequentialRun(value, 5);
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
export function isStandInHost(host: string, registry: RegistryLookup | undefined): boolean {
  const lower = host.toLowerCase().replace(/^\[|\]$/gu, '').replace(/\.$/u, '');
  if (lower.length === 0) return true;
  // Kubernetes service names are real cluster hosts, although `.local` is reserved for mDNS.
  if (/\.svc(?:\.cluster\.local)?$|\.cluster\.local$/u.test(lower)) return false;
  if (isDocumentationIp(lower)) return true;
  // Asked as a URL's authority (`//host`): the registry's host patterns find the host after `//`.
  return registry !== undefined && (registry.isReservedHost(lower) || registry.match(`//${lower}`, PART_KINDS) !== undefined);
}

/**
 * True when `user:password@host` looks like a real credential for a real host.
 * A host with a domain or an IP address is real infrastructure, so any real
 * password counts, however weak; a bare service name (`db`, `redis`) is a
 * local setup unless the password is strong.
 */
export function urlCredentialsLookReal({ scheme, user, password, host }: UrlCredentials, registry: RegistryLookup | undefined): boolean {
  if (isStandInHost(host, registry)) return false;
  const userValue = decode(user);
  if (userValue.length > 0 && (isReference(user) || registry?.match(userValue) !== undefined)) return false;
  // Documentation's users (`user`, `scott`, `anonymous`), as the user of a URL.
  if (userValue.length > 0 && registry?.match(`//${userValue.toLowerCase()}@${host.toLowerCase()}`, PART_KINDS) !== undefined) return false;
  // `cvs://:pserver:anoncvs@host` is a CVS root, not a password.
  if (userValue.length === 0 && password.includes(':')) return false;
  if (isPlaceholderPassword(password, registry)) return false;
  return host.includes('.') || host.includes(':') || !isWeakPassword(password, user, scheme);
}
