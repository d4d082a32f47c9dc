import { describe, expect, it } from 'vitest';
import { luhnValid } from '../../src/engine/validators.js';
import {
  buildOperatingAutomationRequest,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
  validateContractDocument,
  validateRequest,
} from '../../src/index.js';

/** A Luhn-valid 16-digit Visa-range number assembled at run time. */
function cardNumber(): string {
  const body = `4${'539'}${'1488'}${'0343'}${'635'}`;
  for (let check = 0; check <= 9; check++) if (luhnValid(`${body}${check}`)) return `${body}${check}`;
  throw new Error('unreachable');
}

describe('library validators run the detection engine', () => {
  it("accepts CAVRA's documented example and the builders' output", () => {
    expect(validateContractDocument(exampleOperatingAutomationRequest()).errors).toEqual([]);
    expect(validateContractDocument(exampleOperatingAutomationResponse(), { request: exampleOperatingAutomationRequest() }).errors).toEqual([]);
    expect(validateRequest(buildOperatingAutomationRequest('tenant-demo')).errors).toEqual([]);
  });

  it('reports identity values that follow no synthetic convention, as the scanner does', () => {
    const company = ['harbour', 'line'].join('');
    const request = buildOperatingAutomationRequest(`${company}-payroll-eu`, { correlationId: 'saas-example' });
    const { valid, errors } = validateRequest(request);
    expect(valid).toBe(false);
    expect(errors).toEqual([
      { path: 'tenant_id', code: 'boundary:contract-identity-field', message: 'tenant_id must follow the synthetic convention (tenant-demo, tenant-demo-*)' },
    ]);
    // A generated correlation id is an opaque id: reported beside a real tenant, part of an otherwise synthetic example.
    expect(validateRequest(buildOperatingAutomationRequest(`${company}-prod`)).errors.map((e) => e.path)).toEqual(['tenant_id', 'correlation_id']);
    expect(validateRequest(buildOperatingAutomationRequest('tenant-demo')).errors).toEqual([]);
  });

  it('reports a Boundary finding inside a string value at its path, masked', () => {
    const card = cardNumber();
    const request = buildOperatingAutomationRequest('tenant-demo', { automationCadence: `daily; card on file ${card}` });
    const { valid, errors } = validateRequest(request);
    expect(valid).toBe(false);
    const boundary = errors.filter((e) => e.code.startsWith('boundary:'));
    expect(boundary.length).toBeGreaterThan(0);
    expect(boundary[0]?.path).toBe('payload.automation_cadence');
    for (const error of errors) expect(error.message).not.toContain(card);
  });
});
