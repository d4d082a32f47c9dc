/**
 * One registry of what is not real: no detector keeps a private list of
 * stand-ins, the project's configured markers reach the helpers that judge a
 * part of a match (an email near an IP, the subject of a charge note, the
 * requester of a ticket), and the registry never hides a value of a valid
 * vendor format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { createEngine } from '../../src/engine/index.js';
import { EXACT_VALUE_KINDS, REGISTRY_KINDS, type RegistryKind } from '../../src/engine/synthetic.js';
import type { Detector } from '../../src/engine/types.js';

const byId = (id: string) => {
  const detector = catalog.find((d) => d.id === id);
  if (!detector) throw new Error(`no detector ${id}`);
  return detector;
};

describe('configured markers reach the customer-data helpers', () => {
  /** Texts whose finding rests on a part of the match that is not the reported value, each with a marker for that part. */
  const cases: readonly { id: string; text: string; marker: string }[] = [
    // The IP is the value; the email beside it makes it a customer's.
    { id: 'audit-event-ip', text: 'POST /api/sessions 201 88ms user=d.fairbank@varga-precision.com ip=81.2.69.142 tenant=hallbrook\n', marker: 'varga-precision' },
    // The amount is the value; the subject before it names the customer.
    { id: 'customer-charge-note', text: 'Hallbrook Logistics was double-charged \u20ac18,420.00 on invoice CAV-2024-0588 and refunded the same day.\n', marker: 'hallbrook' },
    // The description is the value; the requester's email in the record makes it a customer's.
    {
      id: 'ticket-description',
      text: '{"ticket_id": 48213, "requester": "d.fairbank@varga-precision.com", "subject": "Audit export missing events", "description": "Hi team, since Monday our nightly audit export is missing all policy.updated events.", "priority": "urgent"}\n',
      marker: 'varga-precision',
    },
    // The email is the value and the whole of it.
    { id: 'customer-email-key-value', text: 'billing_email: "d.fairbank@varga-precision.com"\n', marker: 'varga-precision' },
    { id: 'person-name-key-value', text: 'contact_name: "Marta Lindqvist"\n', marker: 'lindqvist' },
    // A person in the prose of a customer-success note or a ticket.
    { id: 'success-note-person', text: 'Met with Marta Lindqvist (VP Ops) on the renewal; health score 62\n', marker: 'lindqvist' },
    { id: 'support-ticket-person', text: 'Escalated by Dana Whitfield, ticket #48213: the export fails\n', marker: 'whitfield' },
    { id: 'customer-key-value', text: 'customer_id: "cu-a8f3k2x9m1"\n', marker: 'a8f3k2' },
  ];

  it.each(cases)('$id: reported without the marker, not with it', ({ id, text, marker }) => {
    const detector = byId(id);
    const plain = createEngine([detector]);
    expect(plain.scanText(text, { path: 'notes/customer.txt' }).findings.map((f) => f.ruleId)).toContain(id);
    const marked = createEngine([detector], { synthetic: { markers: [marker] } });
    expect(marked.scanText(text, { path: 'notes/customer.txt' }).findings.map((f) => f.ruleId)).not.toContain(id);
  });
});

/**
 * Lists a detector keeps that the heuristic below would take for stand-ins,
 * each with why it is grammar rather than a list of values that are not real.
 */
const GRAMMAR: Readonly<Record<string, string>> = {
  'patterns/customer-identifier/support/payload-values.ts:EXAMPLE_LEAD': 'phrases that introduce an example in prose ("for example", "e.g."), not values',
  'patterns/customer-identifier/support/payload-values.ts:NON_PUBLIC_V4': 'the private, shared, loopback and link-local IPv4 ranges: address arithmetic',
  'patterns/saas-backend-code/saas-operation-route.ts:PUBLIC_ANSWER': "the contract's own refusal (requires_private_service): a route that only answers it is the public contract, not a stand-in value",
  'patterns/customer-identifier/support/customer-context.ts:STAND_IN_COLLECTION': 'words that name a collection as made up (fakeData, mockCustomers): a declared context on the collection key, no value',
  'patterns/dashboard-url/generic-internal-host-url.ts:PUBLIC_PROD_SUFFIXES': "third-party providers' domains, whose prod-labelled hosts are the provider's and not the project's",
};

/** Names that say a constant holds stand-in values. */
const STAND_IN_NAME = /DOCUMENTED|PLACEHOLDER|STAND_IN|PUBLIC_|TEST_NUMBERS|TEST_RECEIVERS|DOC_|EXAMPLE|EMULATOR|DEFAULT_PASSWORD|FAKE|DUMMY|NO_REPLY|TYPED_EXAMPLES|RESOLVERS/u;
/** A constant declared as a list, a set or a pattern. */
const LIST_DECLARATION = /^\s*(?:export\s+)?const\s+(?<name>[A-Z][A-Z0-9_]*)\s*(?::\s*(?<type>[^=\n]+?))?\s*=\s*(?:Object\.freeze\(\s*)?(?:new Set|\[|\/|'[^']*'\s*;)/gmu;

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return moduleFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('no detector keeps a private stand-in list', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
  const files = moduleFiles(join(root, 'patterns')).map((file) => ({ file: relative(root, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));

  it('declares no list of documented, placeholder, public or emulator values in patterns/', () => {
    const found: string[] = [];
    for (const { file, text } of files) {
      for (const m of text.matchAll(LIST_DECLARATION)) {
        const name = m.groups?.name ?? '';
        // A set of registry kinds names what to ask the registry, not values.
        if (!STAND_IN_NAME.test(name) || /RegistryKind/u.test(m.groups?.type ?? '') || `${file}:${name}` in GRAMMAR) continue;
        found.push(`${file}: ${name}`);
      }
    }
    expect(found, 'move these into src/engine/registry-data.ts as entries with a kind and a reason').toEqual([]);
  });

  it('builds no registry of its own: helpers receive the engine registry from the validator context', () => {
    const found = files.filter(({ text }) => /new SyntheticRegistry\b/u.test(text)).map(({ file }) => file);
    expect(found).toEqual([]);
  });
});

/** The registry kinds the engine applies to a detector's values (as `registryKinds` in scan-text.ts computes them). */
function kindsOf(detector: Detector): ReadonlySet<RegistryKind> {
  if (detector.skipSynthetic) return new Set(EXACT_VALUE_KINDS);
  if (detector.synthetic === undefined) return new Set(REGISTRY_KINDS);
  return new Set([...detector.synthetic, ...EXACT_VALUE_KINDS]);
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGIT = '0123456789';

/** `value` with every letter and digit after `keep` characters replaced by one of its class, drawn from `draws`. */
function redraw(value: string, keep: number, draws: readonly number[]): string {
  let out = value.slice(0, keep);
  for (let i = keep; i < value.length; i++) {
    const ch = value.charAt(i);
    const alphabet = LOWER.includes(ch) ? LOWER : UPPER.includes(ch) ? UPPER : DIGIT.includes(ch) ? DIGIT : undefined;
    const draw = draws[i % draws.length] ?? 0;
    out += alphabet === undefined ? ch : alphabet.charAt((draw + i * 7) % alphabet.length);
  }
  return out;
}

describe('the registry never hides a value of a valid vendor format', () => {
  const engine = createEngine(catalog);
  const vendorFormats = catalog.filter((d) => d.category === 'connector-credential' || d.category === 'signing-material' || d.category === 'license-key');

  it.each(vendorFormats.map((d) => [d.id, d] as const))('%s: redrawn bodies of its positives are not in the registry', (_id, detector) => {
    const kinds = kindsOf(detector);
    const values: string[] = [];
    for (const sample of detector.samples().positive) {
      const text = typeof sample === 'string' ? sample : `${sample.key}=${sample.value}`;
      const regex = new RegExp(detector.regex.source, detector.regex.flags.includes('g') ? detector.regex.flags : `${detector.regex.flags}g`);
      for (const m of text.matchAll(regex)) values.push(m.groups?.secret ?? m[0]);
    }
    expect(values.length, 'the regex finds the value of at least one positive').toBeGreaterThan(0);
    for (const value of values) {
      // The literal prefix the detector's keyword names (`ghp_`, `sk_live_`, `-----BEGIN`) stays; the body is redrawn.
      const keep = Math.max(0, ...detector.keywords.filter((k) => value.toLowerCase().startsWith(k)).map((k) => k.length));
      fc.assert(
        fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 64 }), (draws) => {
          const redrawn = redraw(value, keep, draws);
          expect(engine.registry.match(redrawn, kinds), `${detector.id}: ${redrawn.slice(0, keep + 4)}…`).toBeUndefined();
        }),
        { seed: 20_240_611, numRuns: 25 },
      );
    }
  });
});
