import { defineDetector } from '../../src/engine/define-detector.js';
import { LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isRealEmail, keyNearby } from '../customer-identifier/support/payload-values.js';

const id = 'audit-event-actor';

const EVENT_KEY = /(?<![A-Z0-9_-])(?:event(?:[_-]?(?:type|name|action))?|action)\\?["']?[ \t]{0,4}[:=]/iu;

const SCOPE_KEY = /(?<![A-Z0-9])(?:(?:tenant|org(?:ani[sz]ation)?|account|workspace)[_-]?id|ip(?:[_-]?address)?|source[_-]?ip|client[_-]?ip|remote[_-]?addr)\\?["']?[ \t]{0,4}[:=]/iu;

/**
 * An audit-log event with a real actor: an actor email (`actor`,
 * `actor_email`, `user_email`, `performed_by`, `principal`) on a real domain,
 * with an event key (`event`, `event_type`, `event_name`, `action`) and a tenant, org
 * or IP key within a few hundred characters, before or after it.
 */
export default defineDetector({
  id,
  name: 'Audit event with a real actor',
  category: 'customer-audit-payload',
  severity: 'error',
  description: 'Audit-log events (event type or action, tenant, org or IP) whose actor is a real email address.',
  regex:
    /(?<![A-Z0-9])(?:actor(?:[_-]?(?:e[_-]?mail|user|login|name|id))?|user[_-]?email|principal(?:[_-]?email)?|(?:performed|initiated|changed|triggered)[_-]?by)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})(?![A-Z0-9.-])/iu,
  keywords: ['actor', 'user_email', 'useremail', 'user-email', 'principal', 'performed_by', 'performedby', 'initiated_by', 'initiatedby', 'changed_by', 'changedby', 'triggered_by', 'triggeredby'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: the match starts at its keyword, the actor key.
  reach: 300,
  validate: (secret, context) => keyNearby(context, EVENT_KEY) && keyNearby(context, SCOPE_KEY) && isRealEmail(secret, context.registry),
  samples: () => ({
    positive: [
      { key: 'event', value: `event_type: role.granted, actor_email: marta.lindqvist@${r(`${id}1`, LOWER_NUM, 6)}-logistics.de, tenant_id: nb-${r(`${id}2`, LOWER_NUM, 8)}` },
      { key: 'audit', value: `{"action":"export.download","actor":"k.mensah@${r(`${id}3`, LOWER_NUM, 8)}.com","org_id":"${r(`${id}4`, LOWER_NUM, 10)}"}` },
      { key: 'audit', value: `{"event":"user.login","actor":"s.balakrishnan@${r(`${id}5`, LOWER_NUM, 9)}.org","source_ip":"2a02:c7c:5b1e::3c0","tenant_id":"${r(`${id}6`, LOWER_NUM, 8)}-cu"}` },
    ],
    negative: [
      { key: 'event', value: 'event_type: role.granted, actor_email: ops@example.invalid, tenant_id: tenant-demo' },
      { key: 'record', value: 'actor_email: marta@northbridge-logistics.de, tenant_id: nb-1' },
      { key: 'event', value: 'event_type: role.granted, actor: console, tenant_id: tenant-demo' },
      { key: 'event', value: 'action: deploy, actor: 41898282+github-actions[bot]@users.noreply.github.com, org_id: 1' },
      { key: 'note', value: 'prevent_event: true, actor: marta@northbridge-logistics.de, tenant_id: nb-1' },
    ],
  }),
});
