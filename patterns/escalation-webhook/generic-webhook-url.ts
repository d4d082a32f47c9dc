import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64URL, DIGITS, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun, isPageHost, isTokenLike, splitUrl, type UrlParts } from './support/url-token.js';
import { guid } from './support/samples.js';
import type { RegistryLookup } from '../../src/engine/types.js';
import { hasDocLabel } from '../dashboard-url/support/hosts.js';

const id = 'generic-webhook-url';

/** Hosts with their own detector: a URL they reject is not a generic finding either. */
const VENDOR_HOSTS = /(?:^|\.)(?:hooks\.slack\.com|discord(?:app)?\.com|office(?:365)?\.com|logic\.azure\.com|powerplatform\.com|chat\.googleapis\.com|pagerduty\.com|opsgenie\.com)$/u;
/** Query parameters that carry a webhook's credential. */
const TOKEN_PARAMS = new Set(['token', 'key', 'apikey', 'api_key', 'api-key', 'secret', 'sig', 'signature', 'code', 'auth', 'access_token', 'hmac', 'hook_token', 'webhook_token', 'x-api-key']);
const HOOK_WORD = /^(?:(?:web|build|deploy)[_-]?)?hooks?$|webhook/iu;

/** The URL says it is a webhook and carries a token where webhooks carry them. */
export function isTokenedWebhook(parts: UrlParts, requireHookWord: boolean, registry: RegistryLookup | undefined): boolean {
  const { host, segments, params } = parts;
  if (isPageHost(host) || VENDOR_HOSTS.test(host) || (registry?.isReservedHost(host) ?? false) || hasDocLabel(host, registry)) return false;
  const hostSaysHook = /^(?:web)?hooks?\.|webhook/u.test(host);
  // Zapier catch hooks: a numeric account and a short hook id.
  if (host === 'hooks.zapier.com') {
    const [, kind, account, hook] = segments;
    return kind === 'catch' && /^\d{4,12}$/u.test(account ?? '') && /^[a-z0-9]{5,12}$/u.test(hook ?? '') && !hasSequentialRun(`${account ?? ''}${hook ?? ''}`);
  }
  // IFTTT Maker webhooks: /trigger/<event>/with/key/<key>.
  if (host === 'maker.ifttt.com') {
    const at = segments.indexOf('key');
    return at !== -1 && isTokenLike(segments[at + 1] ?? '', 16);
  }
  const hookAt = segments.findIndex((s) => HOOK_WORD.test(s));
  if (requireHookWord && !hostSaysHook && hookAt === -1) return false;
  const after = hostSaysHook || !requireHookWord ? segments : segments.slice(hookAt + 1);
  if (after.some((s) => isTokenLike(s) && !hasSequentialRun(s))) return true;
  return params.some(([name, value]) => TOKEN_PARAMS.has(name) && isTokenLike(value) && !hasSequentialRun(value));
}

export default defineDetector({
  id,
  name: 'Webhook URL with a token',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Other webhook URLs that carry their credential: a hook/webhook host or path followed by a random token segment or a token/key/sig query value (Zapier, Make, n8n, IFTTT, in-house endpoints).',
  regex:
    /(?<secret>https?:\/\/[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}(?::\d{2,5})?(?:\/[a-z0-9_.~%@+:=-]{0,200}){1,12}(?:\?[a-z0-9%&=._~+/:-]{1,600})?)(?![a-z0-9%&=/._~+:?-])/iu,
  keywords: ['webhook', '/hooks/', '/hook/', '//hooks.', '//hook.', 'maker.ifttt.com', '/build_hooks/', '/deploy_hooks/'],
  validate: (secret, { registry }) => isTokenedWebhook(splitUrl(secret), true, registry),
  samples: () => ({
    positive: [
      `https://hooks.zapier.com/hooks/catch/${r(`${id}1`, DIGITS, 7)}/${r(`${id}2`, LOWER_NUM, 6)}/`,
      `https://api.brightpath-ops.io/webhooks/incoming/${r(`${id}3`, ALPHA_NUM, 40)}`,
      `https://n8n.brightpath-ops.io/webhook/${guid(`${id}4`)}`,
      `https://hook.eu1.make.com/${r(`${id}5`, LOWER_NUM, 32)}`,
      `https://alerts.cavra.io/v1/webhook/escalations?token=${r(`${id}6`, BASE64URL, 40)}`,
      `https://api.netlify.com/build_hooks/${r(`${id}9`, HEX, 24)}`,
    ],
    negative: [
      'https://api.github.com/repos/cavra/console/hooks/48213377',
      'https://docs.github.com/en/webhooks/using-webhooks/creating-webhooks',
      'https://hooks.zapier.com/hooks/catch/123456/abcdef/',
      `https://webhook.site/${guid(`${id}20`)}`,
      `https://hooks.example.com/webhooks/incoming/${r(`${id}7`, ALPHA_NUM, 40)}`,
      'https://api.cavra.io/webhooks/stripe/how-to-verify-webhook-signatures-2024',
      `https://blog.brightpath-ops.io/webhooks/${r(`${id}8`, HEX, 40)}`,
      `https://api.yourcompany.com/webhooks/${r(`${id}10`, ALPHA_NUM, 32)}`,
    ],
  }),
});
