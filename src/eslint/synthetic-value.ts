import type { Finding } from '../engine/types.js';

const URL_SHAPE = /^(?<scheme>[a-z][a-z0-9+.-]{0,20}:\/\/)(?:(?<userinfo>[^/?#@\s]{0,200})@)?(?<host>[^/?#:@\s]{1,253})(?<port>:\d{1,5})?(?<path>[^?#\s]{0,4096})(?<query>\?[^#\s]{0,4096})?(?:#\S{0,4096})?$/iu;
const EMAIL_SHAPE = /^[^@\s]{1,200}@[^@\s]{1,253}\.[a-z]{2,24}$/iu;
/** A path segment that names something (`services`, `api`, `d`) rather than holding data. */
const WORD_SEGMENT = /^[a-z][a-z_.-]{0,40}$/u;

function syntheticSegment(segment: string): string {
  if (segment === '' || WORD_SEGMENT.test(segment)) return segment;
  if (/^\d{1,40}$/u.test(segment)) return '0000';
  // Slack-style ids keep their type letter: T0123ABCD → T000.
  if (/^[A-Z][A-Z0-9]{5,40}$/u.test(segment)) return `${segment.charAt(0)}000`;
  return 'XXXX';
}

function syntheticQuery(query: string): string {
  const pairs = query
    .slice(1)
    .split('&')
    .filter((pair) => pair.length > 0)
    .map((pair) => {
      const equals = pair.indexOf('=');
      return equals === -1 ? pair : `${pair.slice(0, equals)}=XXXX`;
    });
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

/** `<CUSTOMER_IDENTIFIER>`-style placeholder named after the detector, or its category for generic detectors. */
export function placeholderFor(finding: Pick<Finding, 'ruleId' | 'category'>): string {
  const generic = finding.ruleId.startsWith('generic-') || finding.ruleId.endsWith('-key-value');
  const name = generic ? finding.category : finding.ruleId;
  return `<${name.toUpperCase().replace(/[^A-Z0-9]+/gu, '_')}>`;
}

/**
 * A synthetic value of the same shape as `value`, which the synthetic
 * registry accepts: URLs keep scheme, port and path shape on an `.invalid`
 * host with their data segments masked; emails become
 * `user@example.invalid`; anything else a named placeholder.
 */
export function syntheticValueFor(value: string, finding: Pick<Finding, 'ruleId' | 'category'>): string {
  const url = URL_SHAPE.exec(value)?.groups;
  if (url?.scheme !== undefined && url.host !== undefined) {
    const label = /^[a-z][a-z0-9-]{0,30}(?=\.)/iu.exec(url.host)?.[0]?.toLowerCase() ?? 'host';
    const userinfo = url.userinfo === undefined ? '' : url.userinfo.includes(':') ? 'user:XXXX@' : 'user@';
    const path = (url.path ?? '').split('/').map(syntheticSegment).join('/');
    return `${url.scheme.toLowerCase()}${userinfo}${label}.example.invalid${url.port ?? ''}${path}${syntheticQuery(url.query ?? '')}`;
  }
  if (EMAIL_SHAPE.test(value)) return 'user@example.invalid';
  return placeholderFor(finding);
}
