import type { SaaSControlPlaneRequest, SaaSControlPlaneResponse } from './types.js';

/**
 * Community Edition answer to every SaaS operation: the request shape is public,
 * the implementation is a private service.
 */
export function handleCommunity(request: SaaSControlPlaneRequest): SaaSControlPlaneResponse {
  return {
    schema_version: 'cavra.saas_control_plane.response.v1',
    operation: request.operation,
    status: 'requires_private_service',
    message: 'This operation requires the private CAVRA SaaS service.',
    correlation_id: request.correlation_id,
    private_implementation_required: true,
    payload: { next_step: 'See docs/architecture/saas-operating-automation-contract.md' },
  };
}

// Status values a hosted service may return; the Community Edition only uses the last one.
export const RESPONSE_STATUSES = ['accepted', 'unavailable', 'requires_private_service'] as const;
