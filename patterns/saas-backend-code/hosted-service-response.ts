import { defineDetector } from '../../src/engine/define-detector.js';
import { recordAround } from '../scheduler-implementation/support/check-names.js';

const id = 'hosted-service-response';

/** An accepted status in the same response (`status: 'accepted'`, `Status: StatusAccepted`). */
const ACCEPTED = /\bstatus\\?["']?[ \t]{0,4}[:=][ \t]{0,4}(?:\\?["'`]accepted\\?["'`]|[\w.]{0,40}accepted\b)/iu;

/**
 * Responses that only the hosted service produces: the contract's
 * `private_implementation_required` set to false in a response whose status
 * is `accepted`, written by a route handler (TS, Python, Go) or recorded
 * from the service. The public edition always answers
 * `requires_private_service` with the flag set to true.
 */
export default defineDetector({
  id,
  name: 'Hosted service response',
  category: 'saas-backend-code',
  severity: 'error',
  precedence: 2,
  description: 'Responses that claim the private implementation ran (private_implementation_required false with an accepted status): hosted route handlers and recorded hosted responses.',
  regex:
    /(?<![\w-])\\?["']?(?:private_implementation_required|privateImplementationRequired)\\?["']?(?:[ \t]{0,4}:[ \t]{0,4}|=)(?<secret>false)(?![\w-])/iu,
  keywords: ['private_implementation_required', 'privateimplementationrequired'],
  validate: (_secret, { line, text, offset }) => ACCEPTED.test(recordAround(text, offset, line, 8, 8)),
  samples: () => ({
    positive: [
      `{ "status": "accepted", "correlation_id": "saas-7d22c09a4be1", "private_implementation_required": false }`,
      "return { status: 'accepted', message: 'entitlements resolved', private_implementation_required: false, payload };",
      'json.NewEncoder(w).Encode(map[string]any{"status": "accepted", "private_implementation_required": false})',
      'Response{Status: StatusAccepted, PrivateImplementationRequired: false}',
      'return OperatingResponse(status="accepted", private_implementation_required=False)',
    ],
    negative: [
      "{ status: 'requires_private_service', private_implementation_required: true }",
      "{ status: 'accepted', private_implementation_required: true }",
      'v.private_implementation_required = false;',
      "{ status: 'unavailable', private_implementation_required: false }",
      'expect(response.private_implementation_required).toBe(false);',
    ],
  }),
});
