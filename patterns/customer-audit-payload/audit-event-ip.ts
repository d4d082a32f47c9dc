import { defineDetector } from '../../src/engine/define-detector.js';
import { isPublicIpv4, keyNearby } from '../customer-identifier/support/payload-values.js';
import { seededRandom } from '../support/sample-builder.js';

const id = 'audit-event-ip';

const ACTOR_KEY = /(?<![A-Z0-9])(?:actor(?:[_-]?(?:email|id|name|user))?|event[_-]?(?:type|name|action)|action|user[_-]?(?:email|id)|principal)\\?["']?[ \t]{0,4}[:=]/iu;

/** A public, non-documentation IPv4 address drawn from a seed. */
function publicIp(seed: string): string {
  const next = seededRandom(seed);
  const octet = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  for (;;) {
    const ip = `${octet(11, 95)}.${octet(1, 254)}.${octet(1, 254)}.${octet(1, 254)}`;
    if (isPublicIpv4(ip)) return ip;
  }
}

/**
 * A client IP in an audit-log event: an IP key (`ip_address`, `source_ip`,
 * `sourceIPAddress`, `client_ip`, `remote_addr`, `ip`) holding a public IPv4
 * address, with an actor or event key within a few hundred characters.
 * Private (RFC 1918), shared, loopback, link-local and documentation
 * (RFC 5737) addresses and public resolvers pass.
 */
export default defineDetector({
  id,
  name: 'Audit event with a real IP address',
  category: 'customer-audit-payload',
  severity: 'error',
  description: 'Audit-log events that record a public client IP address next to an actor or event type.',
  regex:
    /(?<![A-Z0-9])(?:ip|ip[_-]?addr(?:ess)?|source[_-]?ip(?:[_-]?addr(?:ess)?)?|client[_-]?ip(?:[_-]?addr(?:ess)?)?|remote[_-]?(?:addr|ip|address)|actor[_-]?ip|caller[_-]?ip|origin[_-]?ip)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?![0-9.])/iu,
  keywords: ['"ip"', 'ip:', 'ip=', 'ip_addr', 'ipaddr', 'ip-addr', 'source_ip', 'sourceip', 'source-ip', 'client_ip', 'clientip', 'client-ip', 'remote_addr', 'remoteaddr', 'remote_ip', 'remoteip', 'remote-addr', 'remote_address', 'remoteaddress', 'actor_ip', 'actorip', 'caller_ip', 'callerip', 'origin_ip', 'originip'],
  multiline: true,
  validate: (secret, context) => keyNearby(context, ACTOR_KEY) && isPublicIpv4(secret),
  samples: () => ({
    positive: [
      { key: 'event', value: `event_type: login.succeeded, actor_id: usr_8f3k2x, source_ip: ${publicIp(`${id}1`)}` },
      { key: 'audit', value: `{"eventName":"ConsoleLogin","sourceIPAddress":"${publicIp(`${id}2`)}","userIdentity":{"type":"IAMUser"}}` },
      { key: 'audit', value: `{"action":"member.removed","ip_address":"${publicIp(`${id}3`)}","org_id":"nb-4821"}` },
    ],
    negative: [
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 10.12.0.4' },
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 203.0.113.42' },
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 192.168.1.20' },
      { key: 'event', value: 'event_type: dns.lookup, client_ip: 8.8.8.8' },
      { key: 'server', value: `listen: 0.0.0.0, remote_addr: ${publicIp(`${id}4`)}` },
      { key: 'event', value: 'event_type: login.succeeded, source_ip: 127.0.0.1' },
    ],
  }),
});
