import { defineDetector } from '../../src/engine/define-detector.js';
import type { RegistryLookup } from '../../src/engine/types.js';
import { isPublicIpv4, isRealEmail, keyNearby } from '../customer-identifier/support/payload-values.js';
import { LOWER_NUM, randomString as r, seededRandom } from '../support/sample-builder.js';

const id = 'audit-event-ip';

const ACTOR_KEY = /(?<![A-Z0-9_-])(?:actor(?:[_-]?(?:email|id|name|user))?|event(?:[_-]?(?:type|name|action))?|action|user[_-]?(?:email|id)|principal)\\?["']?[ \t]{0,4}[:=]/iu;

/** A request log's user field holding an email (`user=marta@…`, `"user": "marta@…"`): an actor too. */
const USER_EMAIL = /(?<![A-Z0-9_-])(?:user|usr|login|email)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<email>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})/giu;

/** True when a user field within `reach` characters of the IP holds a real email. */
function userEmailNearby(text: string | undefined, offset: number | undefined, line: string, registry: RegistryLookup | undefined, reach = 300): boolean {
  const around = text === undefined || offset === undefined ? line : text.slice(Math.max(0, offset - reach), offset + reach);
  for (const m of around.matchAll(USER_EMAIL)) if (isRealEmail(m.groups?.email ?? '', registry)) return true;
  return false;
}

/**
 * True when `ip` is a global unicast IPv6 address (2000::/3) outside the
 * documentation prefix 2001:db8::/32, written with at most one `::`.
 */
export function isPublicIpv6(ip: string): boolean {
  const lower = ip.toLowerCase();
  if ((lower.match(/::/gu) ?? []).length > 1) return false;
  const groups = lower.split(':');
  if (groups.length > 8 || (!lower.includes('::') && groups.length !== 8)) return false;
  if (!groups.every((g) => /^[0-9a-f]{0,4}$/u.test(g))) return false;
  if (!/^[23]/u.test(lower) || lower.startsWith('2001:db8:') || lower.startsWith('2001:0db8:')) return false;
  return true;
}

/** A public, non-documentation IPv4 address drawn from a seed. */
function publicIp(seed: string): string {
  const next = seededRandom(seed);
  const octet = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  for (;;) {
    const ip = `${octet(11, 95)}.${octet(1, 254)}.${octet(1, 254)}.${octet(1, 254)}`;
    if (isPublicIpv4(ip, undefined)) return ip;
  }
}

/**
 * A client IP in an audit-log event or request log: an IP key (`ip_address`,
 * `source_ip`, `sourceIPAddress`, `client_ip`, `remote_addr`, `ip`) holding a
 * public IPv4 or global IPv6 address, with an actor or event key, or a user
 * field holding a real email (`user=marta@…`), within a few hundred
 * characters. Private (RFC 1918), shared, loopback, link-local and
 * documentation (RFC 5737, 2001:db8::/32) addresses and public resolvers pass.
 */
export default defineDetector({
  id,
  name: 'Audit event with a real IP address',
  category: 'customer-audit-payload',
  severity: 'error',
  description: 'Audit-log events and request logs that record a public client IP address (IPv4 or IPv6) next to an actor, an event type or a user\u2019s email.',
  regex:
    /(?<![A-Z0-9])(?:ip|ip[_-]?addr(?:ess)?|source[_-]?ip(?:[_-]?addr(?:ess)?)?|client[_-]?ip(?:[_-]?addr(?:ess)?)?|remote[_-]?(?:addr|ip|address)|actor[_-]?ip|caller[_-]?ip|origin[_-]?ip)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![0-9.])|[23][0-9a-f]{3}(?::[0-9a-f]{0,4}){2,7}(?![0-9a-f:.]))/iu,
  keywords: ['"ip"', 'ip:', 'ip=', 'ip_addr', 'ipaddr', 'ip-addr', 'source_ip', 'sourceip', 'source-ip', 'client_ip', 'clientip', 'client-ip', 'remote_addr', 'remoteaddr', 'remote_ip', 'remoteip', 'remote-addr', 'remote_address', 'remoteaddress', 'actor_ip', 'actorip', 'caller_ip', 'callerip', 'origin_ip', 'originip'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: the match starts at its keyword, the IP key.
  reach: 300,
  validate: (secret, context) =>
    (secret.includes(':') ? isPublicIpv6(secret) : isPublicIpv4(secret, context.registry)) &&
    (keyNearby(context, ACTOR_KEY) || userEmailNearby(context.text, context.offset, context.line, context.registry)),
  samples: () => ({
    positive: [
      { key: 'event', value: `event_type: login.succeeded, actor_id: usr_8f3k2x, source_ip: ${publicIp(`${id}1`)}` },
      { key: 'audit', value: `{"eventName":"ConsoleLogin","sourceIPAddress":"${publicIp(`${id}2`)}","userIdentity":{"type":"IAMUser"}}` },
      { key: 'audit', value: `{"action":"member.removed","ip_address":"${publicIp(`${id}3`)}","org_id":"nb-4821"}` },
      { key: 'log', value: `POST /api/sessions 201 88ms user=d.fairbank@${r(`${id}5`, LOWER_NUM, 8)}-logistics.com ip=${publicIp(`${id}6`)} tenant=hallbrook` },
      { key: 'audit', value: `{"event":"user.login","actor_id":"usr_${r(`${id}7`, LOWER_NUM, 8)}","source_ip":"2a02:c7c:${r(`${id}8`, 'abcdef0123456789', 4)}:8f00:1d4:9b2e:77a1:3c0"}` },
    ],
    negative: [
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 10.12.0.4' },
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 203.0.113.42' },
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 192.168.1.20' },
      { key: 'event', value: 'event_type: dns.lookup, client_ip: 8.8.8.8' },
      { key: 'server', value: `listen: 0.0.0.0, remote_addr: ${publicIp(`${id}4`)}` },
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 127.0.0.1' },
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 2001:db8:85a3::8a2e:370:7334' },
      { key: 'log', value: `GET /healthz 200 user=ops@example.com ip=${publicIp(`${id}9`)}` },
    ],
  }),
});
