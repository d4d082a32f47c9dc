import { describe, expect, it } from 'vitest';
import { expectLinear, GROWTH } from '../support/timing.js';
import {
  buildOperatingAutomationRequest,
  buildOperatingAutomationResponse,
  CONTRACT_ERROR_CODES,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
  isOperatingAutomationRequest,
  isOperatingAutomationResponse,
  isSensitiveKey,
  validateContractDocument,
  validateRequest,
  validateResponse,
} from '../../src/contract/index.js';
import type { ContractError } from '../../src/contract/index.js';
import { deletePath, joined, renamePath, SENSITIVE_VALUES, setPath } from './fixtures.js';

const exampleRequest = (): object => exampleOperatingAutomationRequest();
const exampleResponse = (): object => exampleOperatingAutomationResponse();
const errorAt = (errors: readonly ContractError[], path: string): ContractError | undefined =>
  errors.find((e) => e.path === path);

describe("CAVRA's documented example", () => {
  it('validates as a request, a response, and a {request, response} pair', () => {
    expect(validateRequest(exampleRequest())).toEqual({ valid: true, errors: [] });
    expect(validateResponse(exampleResponse(), exampleRequest())).toEqual({ valid: true, errors: [] });
    expect(validateContractDocument(exampleRequest())).toEqual({ valid: true, errors: [] });
    expect(validateContractDocument(exampleResponse())).toEqual({ valid: true, errors: [] });
    expect(validateContractDocument({ request: exampleRequest(), response: exampleResponse() })).toEqual({
      valid: true,
      errors: [],
    });
  });

  it('survives a JSON round trip', () => {
    const copy: unknown = JSON.parse(JSON.stringify(exampleResponse()));
    expect(isOperatingAutomationResponse(copy)).toBe(true);
    expect(isOperatingAutomationRequest(JSON.parse(JSON.stringify(exampleRequest())))).toBe(true);
  });
});

describe("CAVRA's negative cases", () => {
  it('an invalid status names the field and lists the allowed values, sorted', () => {
    const response = exampleResponse();
    setPath(response, 'payload.summary.automation_status', 'finished');
    const { valid, errors } = validateResponse(response);
    expect(valid).toBe(false);
    expect(errors).toEqual([
      {
        path: 'payload.summary.automation_status',
        code: 'invalid_enum',
        message: 'payload.summary.automation_status must be one of: automated, blocked, enabled, ready, scheduled, unknown',
      },
    ]);
  });

  it('does not echo the rejected value in the message', () => {
    const response = exampleResponse();
    setPath(response, 'payload.summary.dashboard_refresh_status', 'refreshed-by-jane');
    const error = errorAt(validateResponse(response).errors, 'payload.summary.dashboard_refresh_status');
    expect(error?.message).not.toContain('jane');
  });

  it('empty required_checks', () => {
    const request = exampleRequest();
    setPath(request, 'payload.required_checks', []);
    expect(validateRequest(request).errors).toEqual([
      { path: 'payload.required_checks', code: 'empty_list', message: 'payload.required_checks must not be empty' },
    ]);
  });

  it('a response to a request of another operation', () => {
    const request = exampleRequest();
    setPath(request, 'operation', 'tenant_status');
    const { errors } = validateResponse(exampleResponse(), request);
    expect(errorAt(errors, 'operation')).toMatchObject({ code: 'operation_mismatch' });
    expect(errorAt(errors, 'operation')?.message).toContain('tenant_status');
  });

  it('a response claiming another operation', () => {
    const response = exampleResponse();
    setPath(response, 'operation', 'evidence_export');
    const { errors } = validateResponse(response, exampleRequest());
    expect(errors.map((e) => e.code).sort()).toEqual(['operation_mismatch', 'unsupported_operation']);
  });

  it('an operation that does not exist lists the SaaS operations', () => {
    const request = exampleRequest();
    setPath(request, 'operation', 'saas_automation');
    expect(validateRequest(request).errors).toEqual([
      {
        path: 'operation',
        code: 'invalid_enum',
        message:
          'operation must be one of: customer_operating_dashboard, entitlement_status, evidence_export, license_validation, policy_registry_lookup, policy_registry_readiness, saas_operating_automation, support_handoff_readiness, tenant_audit_store_operating, tenant_onboarding, tenant_status',
      },
    ]);
  });
});

describe('sensitive keys and values anywhere', () => {
  it.each([
    'password',
    'client_secret',
    'accessToken',
    'api_key',
    'X-Api-Key',
    'private_key',
    'credentials',
    'Authorization',
    'license_key',
    'signing_key',
    'webhook_url',
    'customer_email',
    'card_number',
  ])('rejects the key %s, even nested in an unknown object', (key) => {
    const response = exampleResponse();
    setPath(response, 'payload.summary.extra', { deeper: [{ [key]: 'pending' }] });
    const { errors } = validateResponse(response);
    const sensitive = errors.filter((e) => e.code === 'sensitive_key');
    expect(sensitive).toHaveLength(1);
    expect(sensitive[0]?.path).toMatch(/^payload\.summary\.extra\.deeper\[0\]/u);
    expect(sensitive[0]?.message).toMatch(/sensitive key/u);
  });

  it('treats none of the contract keys as sensitive', () => {
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          keys.add(key);
          collect(child);
        }
      }
    };
    collect({ request: exampleRequest(), response: exampleResponse() });
    expect(keys.size).toBeGreaterThan(25);
    expect([...keys].filter(isSensitiveKey)).toEqual([]);
  });

  it.each(Object.entries(SENSITIVE_VALUES))('rejects a %s value and never echoes it', (_kind, secret) => {
    const request = exampleRequest();
    setPath(request, 'payload.automation_scope', `scope for ${secret}`);
    const { errors } = validateRequest(request);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'payload.automation_scope', code: 'sensitive_value' });
    expect(JSON.stringify(errors)).not.toContain(secret);
  });

  it('does not echo a token used as a key', () => {
    const request = exampleRequest();
    const secret = SENSITIVE_VALUES.github ?? '';
    setPath(request, `payload.${secret}`, 'pending');
    const { errors } = validateRequest(request);
    expect(errors).toEqual([
      expect.objectContaining({ path: 'payload[<redacted key>]', code: 'sensitive_value' }),
    ]);
    expect(JSON.stringify(errors)).not.toContain(secret);
  });

  it('accepts synthetic values from CAVRA conventions', () => {
    const response = exampleResponse();
    setPath(response, 'payload.summary.blockers', [
      'escalation drill owner pending',
      'contact owner@example.invalid',
      'see sample://runbooks/escalation and evidence://tenant-demo/2024-01-01',
      'token rotation owner pending',
      'Bearer auth pending',
    ]);
    expect(validateResponse(response).errors).toEqual([]);
  });

  it('validates long hostile strings in linear time', () => {
    const hostile = (n: number): ReturnType<typeof exampleRequest> => {
      const request = exampleRequest();
      setPath(request, 'payload.automation_scope', 'a.'.repeat(n));
      setPath(request, 'payload.automation_cadence', 'a'.repeat(2 * n));
      setPath(request, 'requested_by', `x://${'a'.repeat(n)}`);
      return request;
    };
    expect(validateRequest(hostile(100_000)).valid).toBe(true);
    expectLinear((request) => void validateRequest(request), hostile(12_500), hostile(12_500 * GROWTH), 'validateRequest');
  });
});

describe('the scanValue hook', () => {
  it('sees every string with its path and adds its errors', () => {
    const seen: string[] = [];
    const scanValue = (value: string, path: string): ContractError[] => {
      seen.push(path);
      return value === 'tenant-demo' ? [{ path, code: 'engine:customer-identifier', message: `${path} flagged` }] : [];
    };
    const { valid, errors } = validateContractDocument(exampleRequest(), { scanValue });
    expect(valid).toBe(false);
    expect(errors).toEqual([{ path: 'tenant_id', code: 'engine:customer-identifier', message: 'tenant_id flagged' }]);
    expect(seen).toContain('payload.required_checks[6]');
    expect(seen).toContain('payload.automation_boundary');
  });

  it('is passed by validateRequest and validateResponse too', () => {
    const flagAll = (_value: string, path: string): ContractError[] => [{ path, code: 'x', message: path }];
    expect(validateRequest(exampleRequest(), { scanValue: flagAll }).valid).toBe(false);
    expect(validateResponse(exampleResponse(), undefined, { scanValue: flagAll }).valid).toBe(false);
  });
});

describe('unknown and misspelled keys', () => {
  it('names the nearest valid key', () => {
    const response = exampleResponse();
    renamePath(response, 'payload.summary.license_telemetry_status', 'license_telemetry_sync_status');
    const { errors } = validateResponse(response);
    expect(errorAt(errors, 'payload.summary.license_telemetry_sync_status')).toEqual({
      path: 'payload.summary.license_telemetry_sync_status',
      code: 'unknown_key',
      message:
        'payload.summary.license_telemetry_sync_status is not a key of payload.summary; did you mean license_telemetry_status?',
    });
    expect(errorAt(errors, 'payload.summary.license_telemetry_status')).toMatchObject({ code: 'missing_key' });
  });

  it.each([
    ['tenantId', 'tenant_id'],
    ['corelation_id', 'correlation_id'],
    ['schemaVersion', 'schema_version'],
  ])('suggests %s -> %s', (wrong, right) => {
    const request = exampleRequest();
    renamePath(request, right, wrong);
    const error = errorAt(validateRequest(request).errors, wrong);
    expect(error?.message).toMatch(new RegExp(`did you mean ${right}\\?$`, 'u'));
  });

  it('suggests nothing for an unrelated key', () => {
    const request = exampleRequest();
    setPath(request, 'payload.region', 'eu');
    expect(errorAt(validateRequest(request).errors, 'payload.region')?.message).toBe(
      'payload.region is not a key of payload',
    );
  });

  it('suggests the nearest check id for an unknown check', () => {
    const request = exampleRequest();
    setPath(request, 'payload.required_checks', ['license_telemetry']);
    expect(errorAt(validateRequest(request).errors, 'payload.required_checks[0]')?.message).toBe(
      'payload.required_checks[0] must be one of: billing_monitoring, closeout_retry, customer_success_review, dashboard_refresh, escalation_drill, license_telemetry_sync, support_followup; did you mean license_telemetry_sync?',
    );
  });

  it('quotes keys that are not plain identifiers', () => {
    const request = exampleRequest();
    setPath(request, 'payload.automation scope', 'x');
    expect(errorAt(validateRequest(request).errors, 'payload["automation scope"]')?.message).toMatch(
      /did you mean automation_scope\?$/u,
    );
  });
});

describe('every error at once', () => {
  it('reports missing keys, wrong types and bad values together', () => {
    const { valid, errors } = validateRequest({
      schema_version: 'cavra.saas_control_plane.request.v0',
      operation: 'saas_operating_automation',
      tenant_id: 7,
      correlation_id: 'corr-1',
      private_implementation_required: 'yes',
      payload: { automation_scope: '', required_checks: ['billing_monitoring', 3] },
    });
    expect(valid).toBe(false);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['schema_version', 'schema_version'],
      ['tenant_id', 'wrong_type'],
      ['requested_by', 'missing_key'],
      ['correlation_id', 'correlation_id'],
      ['private_implementation_required', 'wrong_type'],
      ['payload.automation_scope', 'empty_string'],
      ['payload.automation_cadence', 'missing_key'],
      ['payload.required_checks[1]', 'wrong_type'],
      ['payload.automation_boundary', 'missing_key'],
    ]);
    for (const error of errors) {
      expect(error.message.startsWith(error.path)).toBe(true);
      expect(CONTRACT_ERROR_CODES).toContain(error.code);
    }
  });

  it('rejects a document that is not an object', () => {
    for (const value of [null, 'request', 42, []]) {
      expect(validateContractDocument(value).errors).toEqual([
        { path: '$', code: 'wrong_type', message: '$ must be a JSON object' },
      ]);
    }
  });

  it('accepts saas-example and generated correlation ids, and explains the format otherwise', () => {
    for (const id of ['saas-example', 'saas-0123456789ab', 'saas-run-7']) {
      const request = exampleRequest();
      setPath(request, 'correlation_id', id);
      expect(validateRequest(request).valid).toBe(true);
    }
    const request = exampleRequest();
    setPath(request, 'correlation_id', 'saas_example');
    expect(validateRequest(request).errors[0]?.message).toBe(
      'correlation_id must be "saas-" followed by lower-case letters, digits or hyphens, e.g. saas-0123456789ab or saas-example',
    );
  });

  it("names CAVRA's fixed text when it differs", () => {
    const response = exampleResponse();
    setPath(response, 'payload.next_step', 'See the docs');
    expect(errorAt(validateResponse(response).errors, 'payload.next_step')).toEqual({
      path: 'payload.next_step',
      code: 'fixed_text',
      message: `payload.next_step must be CAVRA's fixed text: "See docs/architecture/saas-operating-automation-contract.md"`,
    });
  });
});

describe('cross-checks against the request', () => {
  it('a summary that omits a requested check', () => {
    const request = buildOperatingAutomationRequest('tenant-demo', { requiredChecks: ['escalation_drill'] });
    const response = buildOperatingAutomationResponse(request);
    deletePath(response, 'payload.summary.escalation_drill_status');
    deletePath(response, 'payload.summary.closeout_retry_status');
    const { errors } = validateResponse(response, request);
    expect(errorAt(errors, 'payload.summary.escalation_drill_status')).toEqual({
      path: 'payload.summary.escalation_drill_status',
      code: 'missing_check_status',
      message: 'payload.summary.escalation_drill_status is required: the request lists escalation_drill in required_checks',
    });
    expect(errorAt(errors, 'payload.summary.closeout_retry_status')).toMatchObject({ code: 'missing_key' });
  });

  it('correlation id, tenant, scope and cadence must match', () => {
    const request = exampleRequest();
    const response = exampleResponse();
    setPath(response, 'correlation_id', 'saas-0123456789ab');
    setPath(response, 'payload.summary.tenant_id', 'tenant-other');
    setPath(response, 'payload.summary.automation_scope', 'pilot');
    setPath(response, 'payload.summary.automation_cadence', 'hourly');
    const { errors } = validateResponse(response, request);
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['correlation_id', 'request_mismatch'],
      ['payload.summary.tenant_id', 'request_mismatch'],
      ['payload.summary.automation_scope', 'request_mismatch'],
      ['payload.summary.automation_cadence', 'request_mismatch'],
    ]);
    expect(validateResponse(response).valid).toBe(true);
  });

  it('a pair document cross-checks with paths under request and response', () => {
    const request = exampleRequest();
    setPath(request, 'tenant_id', 'tenant-other');
    const { errors } = validateContractDocument({ request, response: exampleResponse(), extra: 1 });
    expect(errors).toEqual([
      expect.objectContaining({ path: 'response.payload.summary.tenant_id', code: 'request_mismatch' }),
      expect.objectContaining({ path: 'extra', code: 'unknown_key' }),
    ]);
  });

  it('a pair document missing its response', () => {
    expect(validateContractDocument({ request: exampleRequest() }).errors).toEqual([
      { path: 'response', code: 'missing_key', message: 'response is required' },
    ]);
  });

  it('validateContractDocument takes the request for a lone response from its options', () => {
    const request = exampleRequest();
    setPath(request, 'correlation_id', 'saas-0123456789ab');
    expect(validateContractDocument(exampleResponse(), { request }).errors).toEqual([
      expect.objectContaining({ path: 'correlation_id', code: 'request_mismatch' }),
    ]);
  });

  it('a request that is not an object cannot be cross-checked', () => {
    expect(validateResponse(exampleResponse(), 'tenant-demo').errors).toEqual([
      expect.objectContaining({ path: '$', code: 'wrong_type' }),
    ]);
  });
});

describe('validateContractDocument dispatch', () => {
  it('by schema_version', () => {
    const response = exampleResponse();
    setPath(response, 'status', 'done');
    expect(validateContractDocument(response).errors.map((e) => e.path)).toEqual(['status']);
    const request = exampleRequest();
    setPath(request, 'payload.required_checks', []);
    expect(validateContractDocument(request).errors.map((e) => e.path)).toEqual(['payload.required_checks']);
  });

  it('rejects an unknown or missing schema_version', () => {
    expect(validateContractDocument({ schema_version: 'cavra.saas_control_plane.contract.v1' }).errors).toEqual([
      {
        path: 'schema_version',
        code: 'schema_version',
        message:
          'schema_version must be one of: cavra.saas_control_plane.request.v1, cavra.saas_control_plane.response.v1',
      },
    ]);
    expect(validateContractDocument({ tenant_id: 'tenant-demo' }).errors).toEqual([
      { path: 'schema_version', code: 'missing_key', message: 'schema_version is required' },
    ]);
  });

  it('still scans an unrecognised document for sensitive content', () => {
    const secret = joined('sk_', 'live_', 'abcdefghijklmnop');
    const { errors } = validateContractDocument({ schema_version: 'other', note: secret });
    expect(errors.map((e) => e.code)).toEqual(['schema_version', 'sensitive_value']);
  });
});
