import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  operatingAutomationRequestJsonSchema,
  operatingAutomationResponseJsonSchema,
  validateRequest,
  validateResponse,
} from '../../src/contract/index.js';
import { FIXTURES } from './fixtures.js';

const schemaFile = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8'));

const requestSchema = schemaFile('saas-operating-automation.request.schema.json');
const responseSchema = schemaFile('saas-operating-automation.response.schema.json');

const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemaAccepts = {
  request: ajv.compile(requestSchema as object),
  response: ajv.compile(responseSchema as object),
};
const tsAccepts = {
  request: (value: unknown) => validateRequest(value),
  response: (value: unknown) => validateResponse(value),
};

describe('shipped JSON Schemas', () => {
  it('are the documents generated from the contract module (regenerate: npm run build && node scripts/write-schemas.mjs)', () => {
    expect(requestSchema).toEqual(operatingAutomationRequestJsonSchema());
    expect(responseSchema).toEqual(operatingAutomationResponseJsonSchema());
  });

  it('are valid 2020-12 schemas under ajv strict mode', () => {
    expect(ajv.validateSchema(requestSchema as object)).toBe(true);
    expect(ajv.validateSchema(responseSchema as object)).toBe(true);
  });

  it('has both outcomes and both kinds in the fixture table', () => {
    const kinds = new Set(FIXTURES.map((f) => `${f.kind}:${String(f.valid)}`));
    expect([...kinds].sort()).toEqual(['request:false', 'request:true', 'response:false', 'response:true']);
  });
});

describe.each(FIXTURES)('fixture: $kind — $name', (fixture) => {
  it(`is ${fixture.valid ? 'accepted' : 'rejected'} by the TypeScript validator`, () => {
    const result = tsAccepts[fixture.kind](fixture.value);
    expect(result.valid, JSON.stringify(result.errors)).toBe(fixture.valid);
    expect(result.errors.length === 0).toBe(fixture.valid);
    if (fixture.path !== undefined) expect(result.errors.map((e) => e.path)).toContain(fixture.path);
  });

  it(`is ${fixture.valid ? 'accepted' : 'rejected'} by the JSON Schema`, () => {
    const validate = schemaAccepts[fixture.kind];
    const accepted = validate(fixture.value);
    expect(accepted, JSON.stringify(validate.errors)).toBe(fixture.valid);
  });
});
