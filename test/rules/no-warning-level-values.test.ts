import { expect } from 'vitest';
import rule from '../../rules/no-warning-level-values.js';
import { catalog } from '../../patterns/index.js';
import { scanText } from '../../src/index.js';
import { runLanguages, runTs } from '../rule-tester.js';
import { expectedError, pluginRule } from './support.js';

const customerRule = pluginRule('no-customer-identifiers');

/** An opaque id under a customer key: only the key suggests a customer, so the scanner rates it a warning. */
const OPAQUE = ['c7f3a9e2', '41b8', '4d6a', '9e05', '3b2f8c1d7a64'].join('-');

/** The rule's errors for a snippet: one per warning-level finding of the engine, with the engine's explanation. */
function warningCase(snippet: { code: string; filename: string }, suggest: boolean) {
  const findings = scanText(snippet.code, { path: snippet.filename }).findings.filter((f) => f.severity === 'warning');
  if (findings.length === 0) throw new Error(`no warning-level finding in ${snippet.filename}`);
  return {
    ...snippet,
    errors: findings.map((f) => {
      const name = catalog.find((d) => d.id === f.ruleId)?.name ?? f.ruleId;
      // The message says why it is only a warning: the key, and that the value is an opaque id.
      expect(f.message).toContain('only the key suggests a customer');
      return { ...expectedError(snippet, f, suggest), data: { name, id: f.ruleId, preview: f.message.slice(name.length + 2) } };
    }),
  };
}

const tsAccount = { code: `export const account = { customerId: "${OPAQUE}" };\n`, filename: 'src/accounts.ts' };

runTs('no-warning-level-values', rule, {
  valid: [
    { code: 'export const account = { customerId: process.env.CUSTOMER_ID };', filename: 'src/accounts.ts' },
    // An error-level finding is its category rule's, not this rule's.
    { code: 'export const contact = { customer_email: "marta.lindqvist@brackwater-freight.de" };', filename: 'src/contacts.ts' },
    { ...tsAccount, options: [{ skipDetectors: ['customer-key-value'] }] },
    { code: `// boundary-guard-allow customer-key-value -- a documented sample account\n${tsAccount.code}`, filename: 'src/accounts.ts' },
  ],
  invalid: [warningCase(tsAccount, true)],
});

// The category rule leaves the warning-level finding to this one, so `error` keeps meaning "fails the scan".
runTs('no-customer-identifiers (warning-level findings)', customerRule, {
  valid: [tsAccount],
  invalid: [],
});

runLanguages('no-warning-level-values (JSON)', rule, {
  valid: [{ code: '{ "tenant_id": "tenant-demo" }\n', filename: 'config/settings.json', language: 'json/json' }],
  invalid: [{ ...warningCase({ code: `{ "tenant_id": "${OPAQUE}" }\n`, filename: 'config/accounts.json' }, true), language: 'json/json' }],
});
