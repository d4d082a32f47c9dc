/**
 * Seeded generators for the labelled corpus: every secret-shaped value of a
 * corpus template is written as a macro and built here at load time, so no
 * realistic secret is ever committed. Deliberately independent from the
 * detectors' sample builders (own PRNG, own checksums, own formats read from
 * vendor documentation), so the corpus judges the detectors instead of
 * mirroring them.
 */
import { createHash } from 'node:crypto';

/** Deterministic byte source: SHA-256 in counter mode over the seed. */
export class SeededBytes {
  private block = Buffer.alloc(0);
  private at = 0;
  private counter = 0;

  constructor(private readonly seed: string) {}

  /** One byte in 0..255. */
  byte(): number {
    if (this.at >= this.block.length) {
      this.block = createHash('sha256').update(`${this.seed}#${this.counter++}`).digest();
      this.at = 0;
    }
    return this.block[this.at++] ?? 0;
  }

  /** `n` bytes. */
  bytes(n: number): Buffer {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = this.byte();
    return out;
  }

  /** An integer in 0..n-1 (n ≤ 65536; the bias is irrelevant here). */
  below(n: number): number {
    return ((this.byte() << 8) | this.byte()) % n;
  }

  /** `length` characters of `alphabet`. */
  string(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.below(alphabet.length)];
    return out;
  }

  /** One element of `list`. */
  pick<T>(list: readonly T[]): T {
    const value = list[this.below(list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }
}

export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const ALNUM = UPPER + LOWER + DIGITS;
export const LOWER_NUM = LOWER + DIGITS;
export const UPPER_NUM = UPPER + DIGITS;
export const B64URL = ALNUM + '-_';
/** Licence-key alphabet without look-alikes (no I, O, 0, 1). */
const KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

// --- checksums -------------------------------------------------------------

let crcTable: Int32Array | undefined;

/** CRC-32 (IEEE 802.3, reflected) of an ASCII string. */
export function crc32(text: string): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
      crcTable[i] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < text.length; i++) crc = (crc >>> 8) ^ (crcTable[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0);
  return (crc ^ -1) >>> 0;
}

const BASE62 = DIGITS + UPPER + LOWER;

/** `n` in base 62 (digits, upper, lower), left-padded with `0` to `width`. */
export function toBase62(n: number, width: number): string {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out.padStart(width, '0');
}

/** Luhn check digit for `payload` (the digits before it). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the digits of `value` pass Luhn. */
export function luhnOk(value: string): boolean {
  const digits = value.replace(/\D/gu, '');
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** ISO 7064 mod 97-10 remainder of an IBAN rearranged for checking. */
export function ibanRemainder(iban: string): number {
  const compact = iban.replace(/\s/gu, '').toUpperCase();
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const n = /[A-Z]/u.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (n >= 10 ? 100 : 10) + n) % 97;
  }
  return rest;
}

/** OpenPGP ASCII-armour CRC-24 (RFC 4880 §6.1). */
function crc24(data: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

// --- DER, just enough for key-shaped bodies ---------------------------------

function derLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const der = (tag: number, body: Buffer): Buffer => Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
const seq = (...items: Buffer[]): Buffer => der(0x30, Buffer.concat(items));
const octets = (body: Buffer): Buffer => der(0x04, body);
const nullValue = Buffer.from([0x05, 0x00]);
const smallInt = (n: number): Buffer => der(0x02, Buffer.from([n]));
function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map(Number);
  const out = [(parts[0] ?? 0) * 40 + (parts[1] ?? 0)];
  for (const part of parts.slice(2)) {
    const chunk: number[] = [];
    let rest = part;
    do {
      chunk.unshift((rest & 0x7f) | (chunk.length > 0 ? 0x80 : 0));
      rest >>>= 7;
    } while (rest > 0);
    out.push(...chunk);
  }
  return der(0x06, Buffer.from(out));
}
/** A positive INTEGER of `n` random bytes, top bit set (as in real moduli). */
function bigInt(rng: SeededBytes, n: number): Buffer {
  const body = rng.bytes(n);
  body[0] = (body[0] ?? 0) | 0x80;
  return der(0x02, Buffer.concat([Buffer.from([0]), body]));
}

function rsaPkcs1(rng: SeededBytes, bits = 2048): Buffer {
  const n = bits / 8;
  return seq(smallInt(0), bigInt(rng, n), der(0x02, Buffer.from([1, 0, 1])), bigInt(rng, n), bigInt(rng, n / 2), bigInt(rng, n / 2), bigInt(rng, n / 2), bigInt(rng, n / 2), bigInt(rng, n / 2));
}

function ecSec1(rng: SeededBytes): Buffer {
  const point = Buffer.concat([Buffer.from([0x00, 0x04]), rng.bytes(64)]);
  return seq(smallInt(1), octets(rng.bytes(32)), der(0xa0, oid('1.2.840.10045.3.1.7')), der(0xa1, der(0x03, point)));
}

function pkcs8Rsa(rng: SeededBytes): Buffer {
  return seq(smallInt(0), seq(oid('1.2.840.113549.1.1.1'), nullValue), octets(rsaPkcs1(rng)));
}

function pkcs8Ed25519(rng: SeededBytes): Buffer {
  return seq(smallInt(0), seq(oid('1.3.101.112')), octets(octets(rng.bytes(32))));
}

function pkcs8Encrypted(rng: SeededBytes): Buffer {
  const kdf = seq(oid('1.2.840.113549.1.5.12'), seq(octets(rng.bytes(8)), der(0x02, Buffer.from([0x08, 0x00])), seq(oid('1.2.840.113549.2.9'), nullValue)));
  const cipher = seq(oid('2.16.840.1.101.3.4.1.42'), octets(rng.bytes(16)));
  const algorithm = seq(oid('1.2.840.113549.1.5.13'), seq(kdf, cipher));
  return seq(algorithm, octets(rng.bytes(1232)));
}

function sshString(value: Buffer | string): Buffer {
  const body = typeof value === 'string' ? Buffer.from(value, 'latin1') : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, body]);
}

function opensshEd25519(rng: SeededBytes, comment: string): Buffer {
  const pub = rng.bytes(32);
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = rng.bytes(4);
  let priv = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([rng.bytes(32), pub])), sshString(comment)]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const count = Buffer.alloc(4);
  count.writeUInt32BE(1);
  return Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), sshString('none'), sshString('none'), sshString(''), count, sshString(pubBlob), sshString(priv)]);
}

function pgpSecretKey(rng: SeededBytes): Buffer {
  // Old-format secret-key packet (tag 5), v4, RSA, then an encrypted body.
  const body = Buffer.concat([Buffer.from([0x04]), rng.bytes(4), Buffer.from([0x01, 0x08, 0x00]), rng.bytes(256), Buffer.from([0x00, 0x11, 0x01, 0x00, 0x01, 0xfe, 0x07]), rng.bytes(900)]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length);
  return Buffer.concat([Buffer.from([0x95]), length, body]);
}

/** Base64 of `data` wrapped at `width`. */
function wrap(data: Buffer, width = 64): string[] {
  const text = data.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines;
}

// --- helpers ---------------------------------------------------------------

function uuid(rng: SeededBytes): string {
  const h = rng.bytes(16);
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x40;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The API key shared by all Google Chat incoming webhooks (public, from Google's documentation). */
const GOOGLE_CHAT_KEY = 'AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI';

const b64url = (data: Buffer): string => data.toString('base64url');
const jsonB64url = (value: unknown): string => b64url(Buffer.from(JSON.stringify(value)));
/** Digits not starting with 0. */
const digitsNz = (rng: SeededBytes, n: number): string => rng.string('123456789', 1) + rng.string(DIGITS, n - 1);

function githubClassic(rng: SeededBytes, prefix: string, valid: boolean): string {
  const body = rng.string(ALNUM, 30);
  let check = toBase62(crc32(body), 6);
  if (!valid) check = check.slice(0, 5) + (check[5] === 'A' ? 'B' : 'A');
  return `${prefix}_${body}${check}`;
}

const CARD_PREFIX: Readonly<Record<string, readonly string[]>> = {
  visa: ['4'],
  mastercard: ['51', '53', '55', '2221', '2720'],
  amex: ['34', '37'],
  discover: ['6011', '65'],
};

function cardNumber(rng: SeededBytes, brand: string, valid: boolean, format: string | undefined): string {
  const prefixes = CARD_PREFIX[brand];
  if (!prefixes) throw new Error(`unknown card brand ${brand}`);
  const length = brand === 'amex' ? 15 : 16;
  const prefix = rng.pick(prefixes);
  const payload = prefix + rng.string(DIGITS, length - 1 - prefix.length);
  let check = luhnCheckDigit(payload);
  if (!valid) check = (check + 1 + rng.below(8)) % 10;
  const digits = payload + String(check);
  if (format === 'spaced' || format === 'dashed') {
    const sep = format === 'spaced' ? ' ' : '-';
    return brand === 'amex' ? [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)].join(sep) : (digits.match(/.{4}/gu) ?? []).join(sep);
  }
  return digits;
}

/** BBAN layout per country: letters (A) and digits (9), from the IBAN registry. */
const BBAN: Readonly<Record<string, string>> = {
  DE: '999999999999999999',
  GB: 'AAAA99999999999999',
  FR: '99999999999999999999999',
  NL: 'AAAA9999999999',
  ES: '99999999999999999999',
  IT: 'A9999999999999999999999',
  BE: '999999999999',
  AT: '9999999999999999',
  IE: 'AAAA99999999999999',
  CH: '99999999999999999',
};

function iban(rng: SeededBytes, country: string, valid: boolean, format: string | undefined): string {
  const layout = BBAN[country];
  if (!layout) throw new Error(`unknown IBAN country ${country}`);
  let bban = '';
  for (const slot of layout) bban += slot === 'A' ? rng.string(UPPER, 1) : rng.string(DIGITS, 1);
  let check = 98 - ibanRemainder(`${country}00${bban}`);
  if (!valid) check = ((check + 1 + rng.below(50)) % 97) + 2;
  const compact = `${country}${String(check).padStart(2, '0')}${bban}`;
  return format === 'spaced' ? (compact.match(/.{1,4}/gu) ?? []).join(' ') : compact;
}

/** Salesforce 18-character id: 15-character id plus its case-encoding suffix. */
function salesforceId(rng: SeededBytes, prefix: string): string {
  const id15 = prefix + rng.string(DIGITS, 1) + rng.string(ALNUM, 14 - prefix.length);
  const table = UPPER + '012345';
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (/[A-Z]/u.test(id15[chunk * 5 + i] ?? '')) bits |= 1 << i;
    suffix += table[bits];
  }
  return id15 + suffix;
}

const LICENCE_CUSTOMERS = ['Hallbrook Logistics', 'Brackwater Freight GmbH', 'Quillfeather Health', 'Pinecrest Dental Group', 'Marlowe & Tetteh LLP', 'Osterlund Maritime AB'];

function licenceJwt(rng: SeededBytes, claimsKind: string | undefined): string {
  const customer = rng.pick(LICENCE_CUSTOMERS);
  const slug = customer.toLowerCase().replace(/[^a-z]+/gu, '-').replace(/-$/u, '');
  const header = { alg: 'RS256', typ: 'JWT', kid: `lic-${rng.string(LOWER_NUM, 8)}` };
  const issued = 1_717_000_000 + rng.below(20_000) * 600;
  const payload =
    claimsKind === 'short'
      ? { sub: slug, license: { tier: 'enterprise', seats: 50 + rng.below(900) }, exp: issued + 31_536_000 }
      : {
          iss: 'https://licensing.cavra.io',
          sub: `cust_${rng.string(LOWER_NUM, 12)}`,
          aud: 'cavra-enterprise',
          licensee: customer,
          license_id: uuid(rng),
          edition: 'enterprise',
          seats: 25 * (1 + rng.below(40)),
          features: ['policy-packs', 'audit-store', 'sso', 'saas-automation'],
          iat: issued,
          exp: issued + 31_536_000,
        };
  return `${jsonB64url(header)}.${jsonB64url(payload)}.${b64url(rng.bytes(256))}`;
}

function cosignBody(rng: SeededBytes): string[] {
  const doc = {
    kdf: { name: 'scrypt', params: { N: 65536, r: 8, p: 1 }, salt: rng.bytes(32).toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: rng.bytes(24).toString('base64') },
    ciphertext: rng.bytes(156).toString('base64'),
  };
  return wrap(Buffer.from(JSON.stringify(doc)));
}

function minisignSecret(rng: SeededBytes): string {
  const body = Buffer.concat([Buffer.from('EdScB2', 'latin1'), rng.bytes(32), Buffer.from([0, 0, 0, 2, 0, 0, 0, 0]), Buffer.from([0, 0, 0, 64, 0, 0, 0, 0]), rng.bytes(104)]);
  return body.toString('base64');
}

function grafanaCloud(rng: SeededBytes): string {
  const doc = { o: digitsNz(rng, 6), n: `stack-${digitsNz(rng, 6)}-hm-read-${rng.string(LOWER, 6)}`, k: rng.string(ALNUM, 24), m: { r: rng.pick(['prod-eu-west-2', 'prod-us-central-0']) } };
  return `glc_${Buffer.from(JSON.stringify(doc)).toString('base64')}`;
}

function sentryOrgToken(rng: SeededBytes): string {
  const doc = { iat: 1_715_000_000 + rng.below(60_000), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: rng.pick(['hallbrook', 'brackwater-freight', 'quillfeather']) };
  return `sntrys_${Buffer.from(JSON.stringify(doc)).toString('base64').replace(/=+$/u, '')}_${rng.string(ALNUM + '+/', 43)}`;
}

function pemBody(rng: SeededBytes, kind: string): string[] {
  switch (kind) {
    case 'rsa':
      return wrap(rsaPkcs1(rng));
    case 'rsa-encrypted':
      return ['Proc-Type: 4,ENCRYPTED', `DEK-Info: AES-256-CBC,${rng.string(HEX.toUpperCase().slice(0, 16), 32)}`, '', ...wrap(rng.bytes(1232))];
    case 'ec':
      return wrap(ecSec1(rng));
    case 'pkcs8':
      return wrap(pkcs8Rsa(rng));
    case 'ed25519':
      return wrap(pkcs8Ed25519(rng));
    case 'encrypted':
      return wrap(pkcs8Encrypted(rng));
    case 'openssh':
      return wrap(opensshEd25519(rng, `deploy@build-${rng.string(LOWER_NUM, 6)}`), 70);
    case 'pgp': {
      const data = pgpSecretKey(rng);
      const sum = Buffer.alloc(3);
      sum.writeUIntBE(crc24(data), 0, 3);
      return ['', ...wrap(data), `=${sum.toString('base64')}`];
    }
    case 'cosign':
      return cosignBody(rng);
    case 'putty-public':
      return wrap(Buffer.concat([sshString('ssh-ed25519'), sshString(rng.bytes(32))]));
    case 'putty-private':
      return wrap(sshString(rng.bytes(32)));
    default:
      throw new Error(`unknown PEM kind ${kind}`);
  }
}

// --- the generator table ---------------------------------------------------

/** A generator: seeded bytes and the macro's extra arguments to a value (may span lines). */
export type Generator = (rng: SeededBytes, args: readonly string[]) => string;

const len = (args: readonly string[], fallback: number): number => {
  const n = Number(args[0]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

/**
 * Every macro kind. `⟦gen:<kind>:<seed>[:arg…]⟧`; the seed makes each value
 * distinct and stable across runs.
 */
export const GENERATORS: Readonly<Record<string, Generator>> = {
  // Generic shapes.
  hex: (r, a) => r.string(HEX, len(a, 32)),
  HEX: (r, a) => r.string(HEX.toUpperCase(), len(a, 32)),
  digits: (r, a) => digitsNz(r, len(a, 12)),
  alnum: (r, a) => r.string(ALNUM, len(a, 32)),
  lowernum: (r, a) => r.string(LOWER_NUM, len(a, 26)),
  uppernum: (r, a) => r.string(UPPER_NUM, len(a, 16)),
  b64: (r, a) => r.bytes(len(a, 32)).toString('base64'),
  b64url: (r, a) => r.string(B64URL, len(a, 43)),
  uuid: (r) => uuid(r),
  password: (r) => r.string(ALNUM, 6) + r.pick(['-', '_', '.', '~']) + r.string(ALNUM, 7) + r.pick(['!', '*', '-']) + r.string(ALNUM, 5),
  'git-sha': (r) => r.string(HEX, 40),
  integrity: (r) => `sha512-${r.bytes(64).toString('base64')}`,
  'integrity-sha1': (r) => `sha1-${r.bytes(20).toString('base64')}`,
  'png-data-uri': (r, a) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.bytes(len(a, 600)).toString('base64')}`,
  'b64-lines': (r, a) => wrap(r.bytes(len(a, 48) * 48)).join('\n'),

  // Connector credentials.
  'slack-bot': (r) => `xoxb-${digitsNz(r, 11)}-${digitsNz(r, 13)}-${r.string(ALNUM, 24)}`,
  'slack-user': (r) => `xoxp-${digitsNz(r, 11)}-${digitsNz(r, 11)}-${digitsNz(r, 13)}-${r.string(HEX, 32)}`,
  'slack-app': (r) => `xapp-1-A${r.string(UPPER_NUM, 10)}-${digitsNz(r, 13)}-${r.string(HEX, 64)}`,
  'github-classic': (r, a) => githubClassic(r, a[0] ?? 'ghp', true),
  'github-classic-badcrc': (r, a) => githubClassic(r, a[0] ?? 'ghp', false),
  'github-fine': (r) => `github_pat_11${r.string(UPPER_NUM, 20)}_${r.string(ALNUM, 59)}`,
  'gitlab-pat': (r) => `glpat-${r.string(ALNUM + '-_', 20)}`,
  'stripe-secret': (r, a) => `${a[0] ?? 'sk'}_live_51${r.string(ALNUM, 96)}`,
  'stripe-secret-short': (r, a) => `${a[0] ?? 'sk'}_live_${r.string(ALNUM, 24)}`,
  'aws-akid': (r, a) => `${a[0] ?? 'AKIA'}${r.string('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  'aws-secret': (r) => r.string(ALNUM + '/+', 40),
  'gcp-api-key': (r) => `AIzaSy${r.string(ALNUM + '-_', 33)}`,
  'azure-storage-key': (r) => r.bytes(64).toString('base64'),
  'azure-sas-sig': (r) => encodeURIComponent(r.bytes(32).toString('base64')),
  atlassian: (r) => `ATATT3xFfGF0${r.string(B64URL, 171)}=${r.string(HEX.toUpperCase(), 8)}`,
  'salesforce-session': (r) => `00D${r.string(ALNUM, 12)}!AQ${r.string(ALNUM, 1)}AQ${r.string(ALNUM + '._', 92)}`,
  'hubspot-pat': (r, a) => `pat-${a[0] ?? 'na1'}-${uuid(r)}`,
  'grafana-sa': (r) => `glsa_${r.string(ALNUM, 32)}_${r.string(HEX, 8)}`,
  'grafana-cloud': (r) => grafanaCloud(r),
  'newrelic-user': (r) => `NRAK-${r.string(UPPER_NUM, 27)}`,
  'newrelic-license': (r) => `${r.string(HEX, 36)}NRAL`,
  'sentry-org-token': (r) => sentryOrgToken(r),
  'sentry-user-token': (r) => `sntryu_${r.string(HEX, 64)}`,
  'pagerduty-rest': (r) => `u+${r.string(ALNUM + '_-', 18)}`,
  'twilio-sid': (r, a) => `${a[0] ?? 'AC'}${r.string(HEX, 32)}`,
  sendgrid: (r) => `SG.${r.string(B64URL, 22)}.${r.string(B64URL, 43)}`,
  'npm-token': (r) => {
    const body = r.string(ALNUM, 30);
    return `npm_${body}${toBase62(crc32(body), 6)}`;
  },

  // Escalation webhooks.
  'slack-webhook': (r) => `https://hooks.slack.com/services/T${r.string(UPPER_NUM, 9)}/B${r.string(UPPER_NUM, 10)}/${r.string(ALNUM, 24)}`,
  'slack-workflow': (r) => `https://hooks.slack.com/workflows/T${r.string(UPPER_NUM, 9)}/A${r.string(UPPER_NUM, 10)}/${digitsNz(r, 18)}/${r.string(ALNUM, 24)}`,
  'slack-trigger': (r) => `https://hooks.slack.com/triggers/T${r.string(UPPER_NUM, 9)}/${digitsNz(r, 13)}/${r.string(HEX, 32)}`,
  'discord-webhook': (r, a) => `https://${a[0] ?? 'discord.com'}/api/webhooks/${digitsNz(r, 19)}/${r.string(B64URL, 68)}`,
  'teams-legacy': (r, a) => `https://${a[0] ?? 'hallbrook'}.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${r.string(HEX, 32)}/${uuid(r)}/V2${r.string(B64URL, 43)}`,
  'power-automate': (r) => `https://prod-${digitsNz(r, 2)}.westeurope.logic.azure.com:443/workflows/${r.string(HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${r.string(B64URL, 43)}`,
  'power-platform': (r) => `https://${r.string(HEX, 32)}.0${r.string(DIGITS, 1)}.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${r.string(HEX, 32)}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${r.string(B64URL, 43)}`,
  // Every Chat webhook carries the same public API key (Google's docs); the token is the secret.
  'google-chat': (r) => `https://chat.googleapis.com/v1/spaces/AAAA${r.string(ALNUM, 7)}/messages?key=${GOOGLE_CHAT_KEY}&token=${r.string(B64URL, 43)}%3D`,
  'zapier-hook': (r) => `https://hooks.zapier.com/hooks/catch/${digitsNz(r, 8)}/${r.string(LOWER_NUM, 6)}/`,

  // Billing.
  card: (r, a) => cardNumber(r, a[0] ?? 'visa', true, a[1]),
  'card-badluhn': (r, a) => cardNumber(r, a[0] ?? 'visa', false, a[1]),
  iban: (r, a) => iban(r, a[0] ?? 'DE', true, a[1]),
  'iban-bad': (r, a) => iban(r, a[0] ?? 'DE', false, a[1]),
  'stripe-id': (r, a) => {
    const prefix = a[0] ?? 'cus';
    return prefix === 'cus' ? `cus_${r.string(ALNUM, 14)}` : `${prefix}_1${r.string(ALNUM, prefix === 'acct' ? 15 : 23)}`;
  },
  'paddle-customer': (r) => `ctm_01${r.string('0123456789abcdefghjkmnpqrstvwxyz', 24)}`,
  'salesforce-id': (r, a) => salesforceId(r, a[0] ?? '001'),

  // Licence keys.
  'licence-grouped': (r, a) => Array.from({ length: len(a, 5) }, () => r.string(KEY_ALPHABET, 5)).join('-'),
  'cavra-licence': (r) => `CAVRA-ENT-${Array.from({ length: 4 }, () => r.string(KEY_ALPHABET, 5)).join('-')}`,
  'cavra-licence-token': (r) => `cavra_lic_${r.string(ALNUM, 40)}`,
  'licence-jwt': (r, a) => licenceJwt(r, a[0]),

  // Signing material.
  'pem-body': (r, a) => pemBody(r, a[0] ?? 'rsa').join('\n'),
  'pem-json': (r, a) => {
    const kind = a[0] ?? 'pkcs8';
    const label = kind === 'rsa' ? 'RSA PRIVATE KEY' : kind === 'ec' ? 'EC PRIVATE KEY' : 'PRIVATE KEY';
    return `-----BEGIN ${label}-----\\n${pemBody(r, kind).join('\\n')}\\n-----END ${label}-----\\n`;
  },
  'minisign-secret': (r) => minisignSecret(r),
  // A whole PEM file, base64-encoded on one line (kubeconfig `client-key-data`).
  'pem-b64': (r, a) => {
    const kind = a[0] ?? 'rsa';
    const label = kind === 'rsa' ? 'RSA PRIVATE KEY' : kind === 'ec' ? 'EC PRIVATE KEY' : 'PRIVATE KEY';
    return Buffer.from(`-----BEGIN ${label}-----\n${pemBody(r, kind).join('\n')}\n-----END ${label}-----\n`).toString('base64');
  },
  // Docker registry `auth`: base64 of user:password.
  'docker-auth': (r) => Buffer.from(`ci-pusher:${r.string(ALNUM, 24)}`).toString('base64'),
  'hmac-secret': (r, a) => (a[0] === 'hex' ? r.string(HEX, 64) : a[0] === 'b64' ? r.bytes(48).toString('base64') : r.string(ALNUM, 48)),
};

/** Expands one macro: kind, seed and arguments to a value. */
export function generate(kind: string, seed: string, args: readonly string[] = []): string {
  const generator = GENERATORS[kind];
  if (!generator) throw new Error(`unknown corpus generator "${kind}"`);
  return generator(new SeededBytes(`${kind}:${seed}:${args.join(':')}`), args);
}
