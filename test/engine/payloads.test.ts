/**
 * Contract payloads, judged by field in four syntaxes (JSON, YAML, Markdown
 * fences and TS object literals): CAVRA's documented example and its
 * synthetic variants pass clean with every detector of the catalog; each
 * real identity or free-text value is flagged on its line with its field
 * path; structural errors are warnings with the validator's message.
 *
 * Real-looking values are assembled at run time (seeded hex, joined words),
 * so that this file holds no payload with a real-looking identity.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { randomString, HEX } from '../../patterns/support/sample-builder.js';
import {
  createEngine,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
  SAAS_OPERATIONS,
  scanText,
  type Finding,
} from '../../src/index.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Doc = { [key: string]: Json };

const request = (): Doc => exampleOperatingAutomationRequest() as unknown as Doc;
const response = (): Doc => exampleOperatingAutomationResponse() as unknown as Doc;
const summaryOf = (doc: Doc): Doc => (doc.payload as Doc).summary as Doc;
const edited = (base: () => Doc, edit: (doc: Doc) => void): Doc => {
  const doc = base();
  edit(doc);
  return doc;
};

/** Block YAML of a JSON value, keys in order, strings quoted or plain. */
function yaml(value: Json, indent = ''): string {
  const scalar = (v: Json, i: number): string => (typeof v === 'string' && i % 2 === 0 && /^[\w .@:/-]+$/u.test(v) && !/^\d/u.test(v) ? v : JSON.stringify(v));
  if (Array.isArray(value)) return value.map((item, i) => `${indent}- ${item !== null && typeof item === 'object' ? yaml(item, `${indent}  `).trimStart() : scalar(item, i)}\n`).join('');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item], i) =>
        item !== null && typeof item === 'object' && Object.keys(item).length > 0
          ? `${indent}${key}:\n${yaml(item, Array.isArray(item) ? indent : `${indent}  `)}`
          : `${indent}${key}: ${Array.isArray(item) ? '[]' : item !== null && typeof item === 'object' ? '{}' : scalar(item, i)}\n`,
      )
      .join('');
  }
  return JSON.stringify(value);
}

/** A TS object literal of a JSON value: bare keys, single quotes. */
function literal(value: Json): string {
  return JSON.stringify(value, null, 2)
    .replace(/^(\s*)"([a-z_]+)":/gmu, '$1$2:')
    .replace(/"((?:[^"\\']|\\.)*)"/gu, "'$1'");
}

const SYNTAXES = {
  json: (doc: Doc) => ({ path: 'docs/contract/example.json', text: `${JSON.stringify(doc, null, 2)}\n` }),
  yaml: (doc: Doc) => ({ path: 'deploy/contract/example.yaml', text: yaml(doc) }),
  'markdown json fence': (doc: Doc) => ({ path: 'docs/operating-automation.md', text: `# Example\n\nThe payload:\n\n\`\`\`json\n${JSON.stringify(doc, null, 2)}\n\`\`\`\n` }),
  'markdown jsonc fence': (doc: Doc) => ({ path: 'docs/operating-automation.md', text: `# Example\n\n\`\`\`jsonc\n// as sent by the console\n${JSON.stringify(doc, null, 2)}\n\`\`\`\n` }),
  'markdown yaml fence': (doc: Doc) => ({ path: 'README.md', text: `## Payload\n\n\`\`\`yaml\n${yaml(doc)}\`\`\`\n\nMore text.\n` }),
  'ts literal': (doc: Doc) => ({ path: 'src/examples/payload.ts', text: `import { send } from './send';\n\nexport const payload = ${literal(doc)} as const;\n\nsend(payload);\n` }),
} as const;

const SYNTAX_NAMES = Object.keys(SYNTAXES) as (keyof typeof SYNTAXES)[];

/** Every detector of the catalog over the whole text, without the prefilter. */
const everyDetector = createEngine(catalog, { prefilter: false });
const withMarker = createEngine(catalog, { synthetic: { markers: ['-fixture'] } });

const envelope = (operation: string, tenant: string): Doc => ({
  schema_version: 'cavra.saas_control_plane.request.v1',
  operation,
  tenant_id: tenant,
  requested_by: 'cli',
  correlation_id: 'saas-example',
  private_implementation_required: true,
  payload: {},
});

const CLEAN: Record<string, Doc> = {
  'documented request': request(),
  'documented response': response(),
  'request and response pair': { request: request(), response: response() },
  'tenant-demo-* tenant, community requester': edited(request, (d) => {
    d.tenant_id = 'tenant-demo-payroll-eu';
    d.requested_by = 'community';
  }),
  'contact at example.invalid, saas-example-* id': edited(request, (d) => {
    d.requested_by = 'ops.lead@example.invalid';
    d.correlation_id = 'saas-example-2';
  }),
  'sample:// and evidence:// references': edited(request, (d) => {
    d.tenant_id = 'sample://tenants/eu';
    d.requested_by = 'evidence://requesters/console';
  }),
  'every status and blocker of the vocabulary': edited(response, (d) => {
    const s = summaryOf(d);
    s.automation_status = 'unknown';
    s.escalation_drill_status = 'ready';
    s.blockers = ['escalation drill owner pending', 'Billing Monitoring owner pending', 'license telemetry sync blocked'];
  }),
  'a generated correlation id in an otherwise synthetic example': edited(request, (d) => {
    d.correlation_id = `saas-${randomString('payload-generated', HEX, 12)}`;
  }),
  'a cadence in free text': edited(request, (d) => {
    (d.payload as Doc).automation_cadence = 'weekly on mondays';
  }),
  ...Object.fromEntries(SAAS_OPERATIONS.map((op) => [`${op} envelope`, envelope(op, 'tenant-demo')])),
};

describe('clean: CAVRA’s documented example and its variants', () => {
  const cases = Object.entries(CLEAN).flatMap(([name, doc]) => SYNTAX_NAMES.map((syntax) => [`${name} (${syntax})`, doc, syntax] as const));
  it.each(cases)('%s', (_name, doc, syntax) => {
    const { path, text } = SYNTAXES[syntax](doc);
    const shown = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId}@${f.line} ${f.keyPath ?? ''}`);
    expect(shown(scanText(text, { path }).findings)).toEqual([]);
    expect(shown(everyDetector.scanText(text, { path }).findings)).toEqual([]);
  });

  it('a project marker makes a tenant synthetic', () => {
    const tenant = `${['harbour', 'line'].join('')}-fixture`;
    const { path, text } = SYNTAXES.json(edited(request, (d) => (d.tenant_id = tenant)));
    expect(withMarker.scanText(text, { path }).findings).toEqual([]);
    expect(scanText(text, { path }).findings.map((f) => f.ruleId)).toEqual(['contract-identity-field']);
  });
});

// Real-looking values, assembled at run time.
const company = ['harbour', 'line'].join('');
const REAL = {
  prodTenant: `${company}-prod`,
  payrollTenant: `${company}-payroll-eu`,
  requester: `${['maren', 'solberg'].join('.')}@${company}-freight.no`,
  correlation: `saas-${randomString('payload-correlation', HEX, 12)}`,
  person: ['Maren', 'Solberg'].join(' '),
};

interface RealCase {
  readonly doc: Doc;
  /** The value flagged, the detector and the field path. */
  readonly value: string;
  readonly detector: string;
  readonly keyPath: string;
  readonly message: string;
}

const REAL_CASES: Record<string, RealCase> = {
  '<company>-prod tenant_id': {
    doc: edited(request, (d) => (d.tenant_id = REAL.prodTenant)),
    value: REAL.prodTenant,
    detector: 'contract-identity-field',
    keyPath: 'tenant_id',
    message: 'tenant_id must follow the synthetic convention (tenant-demo, tenant-demo-*)',
  },
  '<company>-payroll-eu summary.tenant_id': {
    doc: edited(response, (d) => (summaryOf(d).tenant_id = REAL.payrollTenant)),
    value: REAL.payrollTenant,
    detector: 'contract-identity-field',
    keyPath: 'payload.summary.tenant_id',
    message: 'payload.summary.tenant_id must follow the synthetic convention (tenant-demo, tenant-demo-*)',
  },
  'real requester email': {
    doc: edited(request, (d) => (d.requested_by = REAL.requester)),
    value: REAL.requester,
    detector: 'contract-identity-field',
    keyPath: 'requested_by',
    message: 'requested_by must follow the synthetic convention (console, community, cli or a contact at example.invalid)',
  },
  'real correlation id, beside a real tenant': {
    doc: edited(response, (d) => {
      d.correlation_id = REAL.correlation;
      summaryOf(d).tenant_id = REAL.prodTenant;
    }),
    value: REAL.correlation,
    detector: 'contract-identity-field',
    keyPath: 'correlation_id',
    message: 'correlation_id must follow the synthetic convention (saas-example, saas-example-*)',
  },
  'a person named in a blocker': {
    doc: edited(response, (d) => (summaryOf(d).blockers = ['escalation drill owner pending', `waiting on ${REAL.person} to approve the drill`])),
    value: REAL.person,
    detector: 'contract-free-text-name',
    keyPath: 'payload.summary.blockers[1]',
    message: 'payload.summary.blockers[1] names a person',
  },
  'tenant_onboarding tenant_id': {
    doc: envelope('tenant_onboarding', REAL.payrollTenant),
    value: REAL.payrollTenant,
    detector: 'contract-identity-field',
    keyPath: 'tenant_id',
    message: 'tenant_id must follow the synthetic convention',
  },
  'entitlement_status tenant_id': {
    doc: envelope('entitlement_status', REAL.prodTenant),
    value: REAL.prodTenant,
    detector: 'contract-identity-field',
    keyPath: 'tenant_id',
    message: 'tenant_id must follow the synthetic convention',
  },
};

/** 1-based line of the first occurrence of `value` in `text`. */
const lineOf = (text: string, value: string): number => text.slice(0, text.indexOf(value)).split('\n').length;

describe('real values are flagged on their line, with their field path', () => {
  const cases = Object.entries(REAL_CASES).flatMap(([name, c]) => SYNTAX_NAMES.map((syntax) => [`${name} (${syntax})`, c, syntax] as const));
  it.each(cases)('%s', (_name, c, syntax) => {
    const { path, text } = SYNTAXES[syntax](c.doc);
    const findings = scanText(text, { path }).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(findings.map(() => c.detector));
    const finding = findings.find((f) => f.keyPath === c.keyPath);
    expect(finding?.category).toBe('customer-identifier');
    expect(finding?.severity).toBe('error');
    expect(finding?.line).toBe(lineOf(text, c.value));
    expect(text.slice(finding?.offset, finding?.endOffset)).toBe(c.value);
    expect(finding?.keyPath).toBe(c.keyPath);
    expect(finding?.message).toContain(c.message);
    // Masked like every finding: no part of the value in the message.
    expect(finding?.message).not.toContain(c.value.slice(0, 6));
  });
});

describe('structural errors are warnings with the validator’s message', () => {
  const STRUCTURE: Record<string, { doc: Doc; message: string }> = {
    'unknown check': {
      doc: edited(request, (d) => ((d.payload as Doc).required_checks = ['billing_monitoring', 'closeout_retries'])),
      message: 'payload.required_checks[1] must be one of: billing_monitoring, closeout_retry',
    },
    'invalid status': {
      doc: edited(response, (d) => (summaryOf(d).support_followup_status = 'done')),
      message: 'payload.summary.support_followup_status must be one of: automated, blocked, enabled, ready, scheduled, unknown',
    },
    'license_telemetry_sync_status': {
      doc: edited(response, (d) => {
        const s = summaryOf(d);
        const entries = Object.entries(s).map(([k, v]) => [k === 'license_telemetry_status' ? 'license_telemetry_sync_status' : k, v] as const);
        (d.payload as Doc).summary = Object.fromEntries(entries);
      }),
      message: 'payload.summary.license_telemetry_sync_status is not a key of payload.summary; did you mean license_telemetry_status?',
    },
  };
  const cases = Object.entries(STRUCTURE).flatMap(([name, c]) => SYNTAX_NAMES.map((syntax) => [`${name} (${syntax})`, c, syntax] as const));
  it.each(cases)('%s', (_name, c, syntax) => {
    const { path, text } = SYNTAXES[syntax](c.doc);
    const findings = scanText(text, { path }).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['contract-payload-structure warning']);
    expect(findings[0]?.message).toContain(c.message);
  });

  it('an excerpt that leaves keys out is not a finding', () => {
    const text = '```yaml\nschema_version: cavra.saas_control_plane.response.v1\noperation: saas_operating_automation\npayload:\n  summary:\n    tenant_id: tenant-demo\n    automation_status: scheduled\n```\n';
    expect(scanText(text, { path: 'docs/excerpt.md' }).findings).toEqual([]);
  });
});

describe('recognition', () => {
  it('needs an envelope: the same keys outside a control-plane payload are the other detectors’ business', () => {
    const { text } = SYNTAXES.json({ schema_version: 'acme.v1', tenant_id: REAL.prodTenant, correlation_id: REAL.correlation });
    expect(scanText(text, { path: 'config/other.json' }).findings.map((f) => f.ruleId)).not.toContain('contract-identity-field');
  });

  it('judges a literal whose values are not all literals by the literal ones', () => {
    const text = `export const r = {\n  schema_version: REQUEST_SCHEMA_VERSION,\n  operation: 'saas_operating_automation',\n  tenant_id: tenantId,\n  requested_by: '${REAL.requester}',\n  correlation_id: newCorrelationId(),\n  ...rest,\n};\n`;
    const findings = scanText(text, { path: 'src/send.ts' }).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.keyPath ?? ''} ${f.line}`)).toEqual(['contract-identity-field requested_by 5']);
  });

  it('runs only when the prefilter meets an envelope key', () => {
    const text = `export const r = { operation: 'saas_operating_automation', tenant_id: '${REAL.prodTenant}', requested_by: 'cli' };\n`;
    expect(scanText(text, { path: 'src/op.ts' }).findings.map((f) => f.ruleId)).not.toContain('contract-identity-field');
    const withKey = `// schema_version is set by the sender\n${text}`;
    expect(scanText(withKey, { path: 'src/op.ts' }).findings.map((f) => f.ruleId)).toContain('contract-identity-field');
  });
});

describe('what is not an envelope, and what is not known', () => {
  const engineAll = createEngine(catalog);
  it("the contract's own description (another schema_version) is no request", () => {
    const text = "const description = {\n  schema_version: 'cavra.saas_control_plane.contract.v1',\n  operation: 'saas_operating_automation',\n  request_schema_version: 'cavra.saas_control_plane.request.v1',\n  required_checks: ['billing_monitoring'],\n};\n";
    expect(engineAll.scanText(text, { path: 'src/describe.ts' }).findings).toEqual([]);
  });
  it('an array built with a spread is not judged empty', () => {
    const text = "const request = {\n  schema_version: 'cavra.saas_control_plane.request.v1',\n  operation: 'saas_operating_automation',\n  tenant_id: 'tenant-demo',\n  payload: { required_checks: [...CHECKS] },\n};\n";
    expect(engineAll.scanText(text, { path: 'src/request.ts' }).findings).toEqual([]);
  });
});
