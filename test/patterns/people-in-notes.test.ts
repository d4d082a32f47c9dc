/**
 * People named in the sentences of customer-success notes and support
 * tickets (success-note-person, support-ticket-person), with the whole
 * catalog: positives in Markdown notes, ticket text, YAML and JSON free-text
 * fields and code comments; negatives that hold the same sentences without
 * the record's evidence, lone given names, longer proper names, fictional
 * names of the registry, credits and changelog lines. Names in positives are
 * assembled at run time from a seed.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { isGivenName, isWordGivenName, sampleName, SUCCESS_EVIDENCE, SUPPORT_EVIDENCE } from '../../patterns/support/person-in-prose.js';
import { GIVEN_NAMES, WORD_GIVEN_NAMES } from '../../patterns/support/given-names.js';
import { seededRandom } from '../../patterns/support/sample-builder.js';
import { createEngine } from '../../src/engine/index.js';

const engine = createEngine(catalog);
const PEOPLE = new Set(['success-note-person', 'support-ticket-person']);

/** The names reported by the person detectors, each with its detector. */
function people(text: string, path: string): string[] {
  return engine
    .scanText(text, { path })
    .findings.filter((f) => PEOPLE.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${text.slice(f.offset, f.endOffset)}`);
}

/** A given name of the lexicon's word names ("Mark", "Grace"), picked with a seeded PRNG. */
const wordGiven = (seed: string): string => {
  const names = WORD_GIVEN_NAMES.split(' ');
  const name = names[Math.floor(seededRandom(seed)() * names.length)] ?? 'mark';
  return name.charAt(0).toUpperCase() + name.slice(1);
};

/**
 * `{name}` (or `{initialled}`, with a middle initial; `{worded}`, with a given
 * name that is also a word) in a template, replaced by a name assembled from `seed`.
 */
const fill = (template: string, seed: string): { text: string; name: string } => {
  const [given = '', family = ''] = sampleName(seed).split(' ');
  const name = template.includes('{initialled}') ? `${given} K. ${family}` : template.includes('{worded}') ? `${wordGiven(seed)} ${family}` : `${given} ${family}`;
  return { text: template.replaceAll('{name}', name).replaceAll('{initialled}', name).replaceAll('{worded}', name), name };
};

interface Case {
  readonly label: string;
  readonly path: string;
  readonly template: string;
  readonly detector: 'success-note-person' | 'support-ticket-person';
}

const positives: readonly Case[] = [
  {
    label: 'a sentence of a Markdown QBR note',
    path: 'notes/qbr-q3.md',
    template: '## Q3 review\n\nMet with {name} (VP Ops) on the renewal; health score 62, down from 71.\n',
    detector: 'success-note-person',
  },
  {
    label: 'an attendee line above the figures of the same paragraph',
    path: 'notes/renewal.md',
    template: '# Renewal notes\n\nAttendees: {name} (CFO), our CSM\nARR $240k, renewal 2025-03-31, churn risk medium.\n',
    detector: 'success-note-person',
  },
  {
    label: 'a bullet of a plain-text account note',
    path: 'accounts/notes.txt',
    template: '- {name} wants the SSO add-on before signing; NPS 6 last quarter\n',
    detector: 'success-note-person',
  },
  {
    label: 'a YAML free-text field',
    path: 'fixtures/accounts.yaml',
    template: 'account:\n  tier: enterprise\n  summary: "After the outage {name} is threatening to churn; health score 38"\n',
    detector: 'success-note-person',
  },
  {
    label: 'a JSON free-text field beside the MRR',
    path: 'fixtures/account.json',
    template: '{\n  "mrr": 4200,\n  "summary": "Upsell blocked until {name} signs off on the DPA. MRR: 4200"\n}\n',
    detector: 'success-note-person',
  },
  {
    label: 'the requester line of a ticket',
    path: 'support/ticket.txt',
    template: 'Requester: {name} reported the export failing since Monday\nPriority: high\n',
    detector: 'support-ticket-person',
  },
  {
    label: 'an escalation in a code comment',
    path: 'src/export/retry.ts',
    template: '// Escalated by {name} \u2014 ticket #48213: exports time out after 30 s\nexport const EXPORT_TIMEOUT_MS = 60_000;\n',
    detector: 'support-ticket-person',
  },
  {
    label: 'a JSON blockers entry of a ticket fixture',
    path: 'test/fixtures/handoff.json',
    template: '{"ticket_id": 48213, "blockers": ["{name} needs the audit export before the SLA breach at 14:00"]}\n',
    detector: 'support-ticket-person',
  },
  {
    label: 'a Python docstring that quotes a support case',
    path: 'tools/replay.py',
    template: 'def replay():\n    """Replays the import that {name} saw fail (case #88120)."""\n',
    detector: 'support-ticket-person',
  },
  {
    label: 'a capitalised lead word before the name',
    path: 'notes/account.md',
    template: 'Champion {name} moved to another company last month; churn risk high.\n',
    detector: 'success-note-person',
  },
  {
    label: 'a given name that is also a word, mid-sentence',
    path: 'notes/qbr.md',
    template: 'Met with {worded} (CTO) on the renewal; health score 62\n',
    detector: 'success-note-person',
  },
  {
    label: 'a given name that is also a word, after a field name',
    path: 'support/ticket.txt',
    template: 'Requester: {worded}, ticket #48213, export failing\n',
    detector: 'support-ticket-person',
  },
  {
    label: 'a YAML block of notes under a renewal date',
    path: 'accounts/hallbrook.yaml',
    template: 'account: hallbrook\nrenewal_date: 2025-03-31\nnotes: |\n  Call with {name}, who wants the SOC 2 report first.\n',
    detector: 'success-note-person',
  },
  {
    label: 'a JSON ticket record with its ticket id',
    path: 'fixtures/ticket.json',
    template: '{"ticket_id": 48213, "subject": "Export failing", "description": "Hi, this is {name} from the finance team. Our nightly export fails."}\n',
    detector: 'support-ticket-person',
  },
  {
    label: 'an NPS answer quoted after the name',
    path: 'notes/nps.txt',
    template: 'NPS response from {name}: 4/10, exports keep timing out.\n',
    detector: 'success-note-person',
  },
  {
    label: 'a middle initial',
    path: 'support/ticket.md',
    template: 'Ticket 48213 was escalated to {initialled}.\n',
    detector: 'support-ticket-person',
  },
];

describe('people in customer-success notes and tickets are reported', () => {
  it.each(positives.map((c, i) => ({ ...c, seed: `people-${i}` })))('$label', ({ path, template, detector, seed }) => {
    const { text, name } = fill(template, seed);
    expect(people(text, path)).toContain(`${detector}: ${name}`);
  });
});

const negatives: readonly { readonly label: string; readonly path: string; readonly text: string }[] = [
  // The same sentences without the record's evidence.
  { label: 'a meeting note without customer-success facts', path: 'notes/meeting.md', text: `Met with ${sampleName('n1')} (VP Ops) about the roadmap.\n` },
  { label: 'a report line without a ticket', path: 'notes/bugs.txt', text: `${sampleName('n2')} reported the export failing since Monday\n` },
  { label: 'a bare "requester" in code prose', path: 'src/flags.py', text: `# evaluated for the requester's own bucket; see ${sampleName('n3')} for the rollout\n` },
  { label: 'NPS named as a survey type', path: 'locales/de.json', text: `{"nps": "NPS", "intro": "Umfragen wie NPS, CES oder CSAT", "who": "${sampleName('n4')} Survey"}\n` },
  { label: 'a certificate renewal', path: 'docs/tls.md', text: `${sampleName('n5')} set up the renewal of the certificate.\n` },
  // Lone given names and longer proper names.
  { label: 'a lone given name', path: 'notes/qbr.md', text: 'Met with Marta (VP Ops) on the renewal; health score 62\n' },
  { label: 'a company that starts with a given name', path: 'notes/qbr.md', text: 'Jordan Valley Systems: renewal signed, health score 80\n' },
  { label: 'a place and an office', path: 'notes/qbr.md', text: 'QBR held at the Austin Office; health score 80\n' },
  { label: 'common words that are also given names', path: 'docs/tickets.md', text: 'Mark Resolved closes the ticket #4821; Grant Access reopens it. Will Renewal slip? health score 40\n' },
  { label: 'a given name that is also a word, first on a line', path: 'docs/tickets.md', text: `${wordGiven('n11')} ${sampleName('n11').split(' ')[1]} closes ticket #4821 and the renewal 2025-03\n` },
  { label: 'a given name that is also a word, before an interface word', path: 'docs/tickets.md', text: 'To close ticket #4821, click Mark Resolved; click Grant Access to share it.\n' },
  { label: 'a product name in a title-case run', path: 'docs/escalation.md', text: 'Ticket 4821: Onyx Craft Mode is not available for the requester\n' },
  // Fictional names of the registry.
  { label: 'Jane Doe', path: 'notes/qbr.md', text: 'Met with Jane Doe (VP Ops) on the renewal; health score 62\n' },
  { label: 'John Smith', path: 'support/ticket.txt', text: 'Requester: John Smith reported the export failing, ticket #48213\n' },
  { label: 'a placeholder person of forms', path: 'support/ticket.txt', text: 'Requester: Max Mustermann reported the export failing, ticket #48213\n' },
  { label: 'a computing pioneer as a demo user', path: 'seed/tickets.ts', text: "// ticket #48213 opened by Ada Lovelace in the demo workspace\nexport const seed = [];\n" },
  { label: 'a film character as a seed customer', path: 'seed/tickets.ts', text: "// ticket #48213 opened by Sarah Connor, escalated to Dana Scully\nexport const seed = [];\n" },
  { label: 'an uptime SLA', path: 'docs/enterprise.md', text: `SLA: 99.9% monthly uptime. ${sampleName('n12')} leads the enterprise plan.\n` },
  { label: 'a configured marker', path: 'notes/qbr.md', text: 'Met with Example User (VP Ops) on the renewal; health score 62\n' },
  { label: 'a person in a record with a fictional company', path: 'scripts/seed/support.ts', text: `const customer = {\n  name: "${sampleName('n10')}",\n  company: "Acme Robotics",\n  mrr_usd: 49,\n  churn_risk: "low",\n};\n` },
  { label: 'an assistant named after a person', path: 'docs/mcp.md', text: 'Ticket 4821: configure Claude Desktop for the requester, then Claude Code.\n' },
  // Credits and changelogs.
  { label: 'thanks', path: 'README.md', text: `Thanks to ${sampleName('n6')} for the renewal reminder and the health score chart (health score 62).\n` },
  { label: 'a changelog entry with its pull request', path: 'CHANGELOG.md', text: `- Fix churn risk badge for accounts with health score 0 (#4821) \u2014 ${sampleName('n7')}\n` },
  { label: 'a release note with its version', path: 'CHANGELOG.md', text: `- v2.14.3: ${sampleName('n8')} fixed the ticket #4821 export\n` },
  { label: 'a code credit beside a tracker reference', path: 'lib/filter.py', text: `    # Developed by ${sampleName('n13')} (see ticket #902).\n    # Rewritten by ${sampleName('n14')}, 2010.\n` },
  { label: 'an issue-tracker reference in open-source code', path: 'lib/cache.py', text: `# Workaround from ${sampleName('n15')}, see ticket #2041 upstream.\n` },
  { label: 'a changelog entry that links the support ticket of a package index', path: 'CHANGES.rst', text: `- Package ownership has been\n  transferred to *${sampleName('n16')}* in\n  [support ticket #2090](https://github.com/pypa/pypi-support/issues/2090).\n` },
  { label: 'a commit trailer', path: 'docs/commit.txt', text: `Fix SLA: timer for ticket #4821\n\nCo-authored-by: ${sampleName('n9')} <dev@example.com>\n` },
];

describe('names that are no customer-success or support record pass', () => {
  it.each(negatives)('$label', ({ text, path }) => {
    expect(people(text, path)).toEqual([]);
  });
});

describe('the lexicon and the evidence', () => {
  it('holds common given names and leaves out common English words', () => {
    for (const name of ['Dana', 'Marta', 'Tomasz', 'Priya', 'Kwame', 'John', 'José', 'Zoë', 'Renée']) expect(isGivenName(name), name).toBe(true);
    for (const word of ['will', 'mark', 'grace', 'chase', 'may', 'august', 'berlin', 'tesla', 'sunday']) expect(isGivenName(word), word).toBe(false);
    for (const name of ['Mark', 'Maria', 'Peter', 'Grace']) expect(isWordGivenName(name), name).toBe(true);
    for (const word of ['will', 'may', 'august', 'baby', 'unknown']) expect(isWordGivenName(word), word).toBe(false);
    expect(GIVEN_NAMES.split(' ').length).toBeGreaterThan(10_000);
    expect(GIVEN_NAMES).toBe(GIVEN_NAMES.toLowerCase());
  });

  it('reads a value beside each customer-success word, and a number or a field beside each ticket word', () => {
    for (const evidence of ['health score 62', 'ARR $240k', 'NPS 7', 'renewal call', 'churn risk', 'QBR', 'CSM', 'exec sponsor']) {
      expect(SUCCESS_EVIDENCE.test(evidence), evidence).toBe(true);
    }
    for (const plain of ['health score', 'health score 0-100', 'NPS', 'NPS 0-10', 'renewal of the certificate', 'churn', 'array']) expect(SUCCESS_EVIDENCE.test(plain), plain).toBe(false);
    for (const evidence of ['ticket #48213', 'Ticket 48213', 'case #88120', 'Requester: x', 'escalated by', 'SLA breach', 'SLA: 4h', 'support ticket']) {
      expect(SUPPORT_EVIDENCE.test(evidence), evidence).toBe(true);
    }
    for (const plain of ['ticket', 'case 404:', "the requester's bucket", 'uptime SLA', 'SLA: 99.9%', 'translate']) expect(SUPPORT_EVIDENCE.test(plain), plain).toBe(false);
  });
});
