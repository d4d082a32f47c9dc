import { BOUNDARY_CATEGORY_IDS } from '../contract/categories.js';
import { ALLOW_DIRECTIVE, parseDirectives, type AllowDirective } from './directives.js';
import { shannonEntropy } from './entropy.js';
import { keyedHex, PROCESS_HASH_KEY } from './hash.js';
import { keyPathsFor, maskKeyPath } from './key-path.js';
import { KeywordScanner } from './keyword-scan.js';
import { LineIndex } from './lines.js';
import { maskValue } from './mask.js';
import { isStrongShape, testDataPath, valueShape } from './evidence.js';
import { judgePayloads, PAYLOAD_DETECTOR_IDS, PAYLOAD_DETECTORS, PAYLOAD_KEYWORDS, type DeclaredContract } from './payloads.js';
import { collectionSpan, lineSpan, recordSpan, recordValues } from './records.js';
import { detectorReach } from './regex-extent.js';
import { EXACT_VALUE_KINDS, REGISTRY_KINDS, SyntheticRegistry, type RegistryKind, type RegistryMatch, type SyntheticOptions } from './synthetic.js';
import { syntaxFromPath } from './syntax.js';
import type {
  ContextRule,
  Detector,
  EngineSuppression,
  Finding,
  ScanTextOptions,
  ScanTextResult,
  Severity,
  SuppressedFinding,
  Syntax,
} from './types.js';

/** Options fixed when an engine is created (once per process or per config). */
export interface EngineOptions {
  /** Project additions to the synthetic registry. */
  readonly synthetic?: SyntheticOptions;
  /** Severity overrides keyed by detector id or category id (detector wins). */
  readonly severity?: Readonly<Record<string, Severity>>;
  /**
   * Run the keyword prefilter (default). `false` runs every detector over the
   * whole text: a control for benchmarks, never faster.
   */
  readonly prefilter?: boolean;
  /**
   * Key of the HMAC-SHA-256 behind every value hash, preview hash and
   * fingerprint: per repository, so that a published report cannot confirm
   * a guessed value. Default: a random key made once per process.
   */
  readonly hashKey?: string;
  /**
   * Detector ids an allow directive may name besides this engine's own (those
   * a config turned off). A directive naming an id that is none of these, no
   * category and not `all` is a problem (`problems`) and suppresses nothing.
   */
  readonly directiveTargets?: readonly string[];
  /** Contracts the project declares (see `DeclaredContract`): their payloads' identity fields must be synthetic. */
  readonly contracts?: readonly DeclaredContract[];
}

/** Characters scanned before and after a keyword hit on the same line. */
const WINDOW_BEFORE = 512;
const WINDOW_AFTER = 4096;
/** Stages after the detectors' own (numbered from `detectors.length`): see `Engine.stageName`. */
const STAGE_KEYWORDS = 0;
const STAGE_PAYLOADS = 1;
const STAGE_JUDGING = 2;

/** Bound of the line text handed to `validate`. */
const CONTEXT_LINE = 2048;

interface CompiledDetector {
  readonly detector: Detector;
  /** The detector's place in `Engine.detectors`, its stage number (see `Engine.onStage`). */
  readonly index: number;
  readonly regex: RegExp;
  /** The detector's `keywordContext`, sticky. */
  readonly context: RegExp | undefined;
  readonly severity: Severity;
  readonly generic: boolean;
  /** The registry kinds that apply to the detector's values. */
  readonly kinds: ReadonlySet<RegistryKind>;
  /** A multiline detector's windows around each keyword hit (see `detectorReach`); undefined: the whole text. */
  readonly reach: number | undefined;
}

/** A detector a prefilter keyword triggers, with where its own keywords start inside that keyword. */
interface Trigger {
  readonly compiled: CompiledDetector;
  readonly offsets: readonly number[];
}

interface Triggers {
  readonly windowed: readonly Trigger[];
  readonly whole: readonly Trigger[];
  /** The keyword holds the allow directive (a keyword that starts where the directive does and is longer holds it). */
  readonly directive: boolean;
  /** The keyword is an envelope key of a contract payload. */
  readonly payload: boolean;
}

interface Candidate {
  readonly compiled: CompiledDetector;
  readonly value: string;
  readonly offset: number;
  readonly endOffset: number;
  readonly synthetic: RegistryMatch | undefined;
  /** Set by the payload pass: the field path inside the payload, and what is wrong. */
  readonly keyPath?: string;
  readonly message?: string;
}

/**
 * A compiled detection engine: the prefilter is built once, and `scanText`
 * is pure and synchronous.
 */
export class Engine {
  readonly detectors: readonly Detector[];
  readonly registry: SyntheticRegistry;
  private readonly compiled: CompiledDetector[];
  private readonly prefilter: KeywordScanner;
  /**
   * For each keyword met so far: the windowed and the multiline detectors any
   * of whose keywords it contains. Filled on first use, so building an engine
   * stays cheap for a run that scans a few files.
   */
  private readonly triggers: (Triggers | undefined)[];
  /** Each detector keyword (lower case) with the detectors that declare it, in catalog order. */
  private readonly byKeyword = new Map<string, CompiledDetector[]>();
  /** The longest detector keyword: no keyword holds a longer one. */
  private longestKeyword = 0;
  private readonly usePrefilter: boolean;
  private readonly hashKey: string;
  /** The payload pass's detectors (src/engine/payloads.ts), by id. */
  private readonly payloadDetectors: ReadonlyMap<string, CompiledDetector>;
  /** What an allow directive may name: detector and category ids, and `all`. */
  private readonly directiveTargets: ReadonlySet<string>;
  private stageListener: ((stage: number) => void) | undefined;
  private readonly contracts: readonly DeclaredContract[];

  constructor(detectors: readonly Detector[], options: EngineOptions = {}) {
    this.detectors = detectors;
    this.registry = new SyntheticRegistry(undefined, options.synthetic);
    this.usePrefilter = options.prefilter !== false;
    this.hashKey = options.hashKey ?? PROCESS_HASH_KEY;
    this.contracts = options.contracts ?? [];
    this.directiveTargets = new Set(['all', ...BOUNDARY_CATEGORY_IDS, ...PAYLOAD_DETECTOR_IDS, ...detectors.map((d) => d.id), ...(options.directiveTargets ?? [])]);
    const severity = options.severity ?? {};
    this.compiled = detectors.map((detector, index) => ({
      detector,
      index,
      regex: withFlags(detector.regex, 'gd'),
      context: detector.keywordContext && withFlags(detector.keywordContext, 'y'),
      severity: severity[detector.id] ?? severity[detector.category] ?? detector.severity,
      generic: detector.id.startsWith('generic-') || detector.id.endsWith('-key-value'),
      kinds: registryKinds(detector),
      reach: detector.multiline ? detectorReach(detector) : undefined,
    }));
    this.payloadDetectors = new Map(
      PAYLOAD_DETECTORS.map((detector) => [
        detector.id,
        { detector, index: detectors.length + STAGE_PAYLOADS, regex: detector.regex, context: undefined, severity: severity[detector.id] ?? severity[detector.category] ?? detector.severity, generic: false, kinds: ALL_KINDS, reach: undefined },
      ]),
    );
    // The allow directive and the envelope keys of contract payloads ride along: the same pass tells whether a text can hold one.
    const keywords = [...new Set([ALLOW_DIRECTIVE, ...PAYLOAD_KEYWORDS, ...this.compiled.flatMap((c) => c.detector.keywords.map((k) => k.toLowerCase()))])].sort(
      (a, b) => b.length - a.length || (a < b ? -1 : 1),
    );
    for (const c of this.compiled) {
      for (const own of new Set(c.detector.keywords.map((k) => k.toLowerCase()))) {
        const list = this.byKeyword.get(own);
        if (list) list.push(c);
        else this.byKeyword.set(own, [c]);
        this.longestKeyword = Math.max(this.longestKeyword, own.length);
      }
    }
    this.prefilter = new KeywordScanner(keywords);
    this.triggers = new Array<Triggers | undefined>(keywords.length).fill(undefined);
  }

  /**
   * The detectors a prefilter keyword triggers: those with a keyword it
   * contains, with where each such keyword starts in it. Found by looking up
   * each substring of the keyword (keywords are short), in catalog order.
   */
  private triggersOf(id: number, keyword: string): Triggers {
    let found = this.triggers[id];
    if (!found) {
      const offsets = new Map<CompiledDetector, number[]>();
      for (let at = 0; at < keyword.length; at++) {
        for (let end = at + 1; end <= Math.min(keyword.length, at + this.longestKeyword); end++) {
          for (const compiled of this.byKeyword.get(keyword.slice(at, end)) ?? []) {
            const list = offsets.get(compiled);
            if (!list) offsets.set(compiled, [at]);
            else if (!list.includes(at)) list.push(at);
          }
        }
      }
      const windowed: Trigger[] = [];
      const whole: Trigger[] = [];
      for (const compiled of [...offsets.keys()].sort((a, b) => a.index - b.index)) {
        (compiled.detector.multiline ? whole : windowed).push({ compiled, offsets: offsets.get(compiled) ?? [] });
      }
      found = { windowed, whole, directive: keyword.includes(ALLOW_DIRECTIVE), payload: PAYLOAD_KEYWORDS.some((k) => keyword.includes(k)) };
      this.triggers[id] = found;
    }
    return found;
  }

  /**
   * Calls `listener` with a stage number each time a scan moves to another
   * part of its work, so a watchdog on another thread can tell which one a
   * scan is stuck in (`stageName`). One call per detector run: cheap enough
   * to leave on.
   */
  onStage(listener: ((stage: number) => void) | undefined): void {
    this.stageListener = listener;
  }

  /** What a stage number given to the `onStage` listener stands for. */
  stageName(stage: number): string {
    const detector = this.detectors[stage];
    if (detector) return `detector ${detector.id}`;
    switch (stage - this.detectors.length) {
      case STAGE_KEYWORDS:
        return 'the keyword prefilter';
      case STAGE_PAYLOADS:
        return 'the contract payload pass';
      case STAGE_JUDGING:
        return 'judging the findings (records, evidence, directives)';
      default:
        return 'reading the file';
    }
  }

  /** Scans one text; see `ScanTextOptions`. */
  scanText(text: string, options: ScanTextOptions = {}): ScanTextResult {
    const path = options.path ?? '';
    const syntax: Syntax = options.syntax ?? syntaxFromPath(path);
    const collected = this.collect(text, syntax, path);
    this.stageListener?.(this.detectors.length + STAGE_PAYLOADS);
    const pooled = this.withPayloads(collected.candidates, text, syntax, collected.payload);
    const records = new RecordMemo(text, syntax);
    const resolved = collapseRepeats(resolveOverlaps(pooled), text, records);
    // Synthetic values are dropped before any finding is built unless the caller asked for suppressed ones.
    const candidates = options.collectSuppressed ? resolved : resolved.filter((c) => c.synthetic === undefined);
    let lineIndex: LineIndex | undefined;
    const lines = (): LineIndex => (lineIndex ??= new LineIndex(text));
    const { directives, problems } = collected.directive === false ? { directives: [], problems: [] } : parseDirectives(text, lines, this.directiveTargets);
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [];
    if (candidates.length === 0) return { findings, suppressed, problems: problems };
    this.stageListener?.(this.detectors.length + STAGE_JUDGING);

    const keyPaths = keyPathsFor(text, syntax, candidates.map((c) => c.offset), lines());
    // A key can itself be a value found here, or a customer's name: findings carry the path masked.
    const values = new Set(candidates.map((c) => c.value));
    const shownPaths = new Map<string, string>();
    const shownPath = (keyPath: string | undefined): string | undefined => {
      if (keyPath === undefined) return undefined;
      let shown = shownPaths.get(keyPath);
      if (shown === undefined) shownPaths.set(keyPath, (shown = maskKeyPath(keyPath, values)));
      return shown;
    };
    const byLine = indexDirectives(directives);
    const used = new Set<AllowDirective>();
    candidates.forEach((candidate, i) => {
      const keyPath = candidate.keyPath ?? keyPaths[i];
      const synthetic = candidate.synthetic ?? (keyPath !== undefined && isExampleKeyPath(keyPath) ? EXAMPLE_KEY_PATH : undefined);
      // Registry values only get here when suppressed ones are collected; example key paths are known only now.
      if (synthetic !== undefined && !options.collectSuppressed) return;
      const judged = synthetic === undefined ? judgeEvidence(candidate, text, syntax, records, path, keyPath, this.registry) : undefined;
      if (judged?.drop !== undefined && !options.collectSuppressed) return;
      const finding = this.toFinding(candidate, path, lines(), shownPath(keyPath), judged?.note);
      if (judged?.drop !== undefined) {
        suppressed.push({ finding, by: 'synthetic', reason: judged.drop });
        return;
      }
      if (synthetic !== undefined) {
        suppressed.push({ finding, by: 'synthetic', reason: `not real: ${synthetic.reason} (${synthetic.id})` });
        return;
      }
      const directive = findDirective(byLine, finding);
      if (directive) {
        used.add(directive);
        if (options.collectSuppressed) suppressed.push({ finding, by: 'inline', reason: directive.reason });
        return;
      }
      const configured = findSuppression(options.suppressions, finding);
      if (configured) {
        if (options.collectSuppressed) suppressed.push({ finding, by: 'config', reason: configured.reason });
        return;
      }
      findings.push(finding);
    });
    return { findings, suppressed, problems };
  }

  /**
   * Regex stage: keyword windows (or the whole text), then entropy, allow
   * list, validator and registry. `directive` is false when the prefilter
   * pass met no allow directive (undefined without a prefilter pass).
   */
  private collect(text: string, syntax: Syntax, path: string): { candidates: Candidate[]; directive: boolean | undefined; payload: boolean | undefined } {
    const out: Candidate[] = [];
    const seen = new Set<string>();
    const gates = new Map<CompiledDetector, boolean>();
    const contextLine = contextLines(text);
    const present = new Map<ContextRule, boolean>();
    // A pattern anchored to its span (`^`, `$`) says nothing about the text as a whole: it is always read in its span.
    const inText = (rule: ContextRule): boolean => {
      let found = present.get(rule);
      if (found === undefined) present.set(rule, (found = isAnchored(rule.pattern) || rule.pattern.test(text)));
      return found;
    };
    const run = (compiled: CompiledDetector, start: number, end: number): void => {
      const { detector, regex } = compiled;
      this.stageListener?.(compiled.index);
      if (detector.gate) {
        let open = gates.get(compiled);
        if (open === undefined) gates.set(compiled, (open = detector.gate(text)));
        if (!open) return;
      }
      const slice = start === 0 && end === text.length ? text : text.slice(start, end);
      regex.lastIndex = 0;
      for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const groups = m.groups ?? {};
        const secret = groups.secret ?? m[0];
        const span = m.indices?.groups?.secret ?? m.indices?.[0];
        if (!span || secret.length === 0) continue;
        const offset = start + span[0];
        const key = `${detector.id}:${offset}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (detector.entropy !== undefined && shannonEntropy(secret) < detector.entropy) continue;
        if (detector.allow?.some((pattern) => pattern.test(secret))) continue;
        if (detector.context && !contextHolds(detector.context, text, offset, start + span[1], syntax, inText)) continue;
        if (detector.validate) {
          // The context line is cut out only when a validator reads it: most do not, and a long line makes it costly.
          const context = {
            match: m[0],
            groups,
            syntax,
            path,
            text,
            offset,
            registry: this.registry,
            get line(): string {
              return contextLine(offset);
            },
          };
          if (!detector.validate(secret, context)) continue;
        }
        const synthetic = this.registry.match(secret, compiled.kinds) ?? (isPlaceholderAttribute(text, offset) ? PLACEHOLDER_ATTRIBUTE : undefined);
        out.push({ compiled, value: secret, offset, endOffset: start + span[1], synthetic });
      }
    };

    if (!this.usePrefilter) {
      for (const compiled of this.compiled) run(compiled, 0, text.length);
      return { candidates: sortByOffset(out), directive: undefined, payload: undefined };
    }
    // Multiline detectors run over the whole text when the same prefilter pass meets one of their keywords,
    // or, when they declare a reach, in windows of that reach around each hit.
    const wholeText = new Set<CompiledDetector>();
    const windows = new Map<CompiledDetector, number[]>();
    const addWindow = (compiled: CompiledDetector, start: number, end: number): void => {
      const list = windows.get(compiled);
      const last = list ? list.length - 1 : -1;
      if (!list) windows.set(compiled, [start, end]);
      else if (start <= (list[last] ?? -1)) {
        list[last - 1] = Math.min(start, list[last - 1] ?? start);
        list[last] = Math.max(end, list[last] ?? end);
      } else list.push(start, end);
    };
    /** A detector's keyword context holds at one of its keywords inside the hit. */
    const confirmed = ({ compiled: { context }, offsets }: Trigger, hit: number): boolean => {
      if (!context) return true;
      for (const offset of offsets) {
        context.lastIndex = hit + offset;
        if (context.test(text)) return true;
      }
      return false;
    };
    const keywordList = this.prefilter.keywords;
    let lineStart = 0;
    let lineEnd = -1;
    let directive = false;
    let payload = false;
    this.stageListener?.(this.detectors.length + STAGE_KEYWORDS);
    this.prefilter.scan(text, (hit, id) => {
      const triggers = this.triggersOf(id, keywordList[id] ?? '');
      if (triggers.directive) directive = true;
      if (triggers.payload) payload = true;
      const { windowed, whole } = triggers;
      for (const trigger of whole) {
        const { compiled } = trigger;
        if (wholeText.has(compiled) || !confirmed(trigger, hit)) continue;
        const reach = compiled.reach;
        if (reach === undefined) wholeText.add(compiled);
        else {
          // Hits come in text order: when the last window reaches this one's start, the merge keeps the last
          // window's (earlier) start, so the line-start search is needed only for a window of its own.
          const from = Math.max(0, hit - reach);
          const last = windows.get(compiled)?.at(-1) ?? -1;
          addWindow(compiled, last >= from ? from : lineStartNear(text, from, reach), Math.min(text.length, hit + reach));
        }
      }
      for (const trigger of windowed) {
        if (!confirmed(trigger, hit)) continue;
        // Line bounds are found once per line, so a one-line minified file stays linear.
        if (hit >= lineEnd) {
          lineStart = text.lastIndexOf('\n', hit - 1) + 1;
          lineEnd = text.indexOf('\n', hit);
          if (lineEnd === -1) lineEnd = text.length;
        }
        addWindow(trigger.compiled, Math.max(lineStart, hit - WINDOW_BEFORE), Math.min(lineEnd, hit + WINDOW_AFTER));
      }
    });
    for (const compiled of wholeText) run(compiled, 0, text.length);
    for (const [compiled, list] of windows) {
      if (wholeText.has(compiled)) continue;
      for (let i = 0; i < list.length; i += 2) run(compiled, list[i] ?? 0, list[i + 1] ?? text.length);
    }
    sortByOffset(out);
    return { candidates: out, directive, payload };
  }

  /**
   * The payload pass (src/engine/payloads.ts), only when the prefilter met an
   * envelope key: findings by field, and no finding of any detector on the
   * contract's own vocabulary inside a payload.
   */
  private withPayloads(candidates: Candidate[], text: string, syntax: Syntax, seen: boolean | undefined): Candidate[] {
    if (seen === false || (seen === undefined && !PAYLOAD_KEYWORDS.some((k) => text.includes(k)))) return candidates;
    const { findings, vocabulary } = judgePayloads(text, syntax, this.registry, this.contracts);
    if (findings.length === 0 && vocabulary.length === 0) return candidates;
    const kept = candidates.filter((c) => !vocabulary.some(([from, to]) => c.offset >= from && c.endOffset <= to));
    for (const f of findings) {
      const compiled = this.payloadDetectors.get(f.detectorId);
      if (compiled) kept.push({ compiled, value: f.value, offset: f.offset, endOffset: f.endOffset, synthetic: undefined, keyPath: f.keyPath, message: f.message });
    }
    return sortByOffset(kept);
  }

  private toFinding(candidate: Candidate, path: string, lines: LineIndex, keyPath: string | undefined, keyOnly?: string): Finding {
    const { detector } = candidate.compiled;
    // Only a key suggests what the value is: a warning, whatever the detector's severity.
    const severity: Severity = keyOnly === undefined ? candidate.compiled.severity : 'warning';
    const start = lines.position(candidate.offset);
    const end = lines.position(candidate.endOffset);
    const valueHash = keyedHex(this.hashKey, candidate.value, 16);
    const preview = maskValue(candidate.value, { hash: valueHash, ...(detector.publicPrefix ? { publicPrefix: detector.publicPrefix } : {}) });
    const finding: Finding = {
      ruleId: detector.id,
      category: detector.category,
      severity,
      message:
        candidate.message !== undefined
          ? `${detector.name}: ${candidate.message}: ${preview}`
          : keyOnly === undefined
            ? `${detector.name}: ${preview}`
            : `${detector.name}: ${preview} (${keyOnly})`,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: candidate.offset,
      endOffset: candidate.endOffset,
      preview,
      fingerprint: keyedHex(this.hashKey, `${detector.id}\u0000${path}\u0000${candidate.value}`, 32),
      valueHash,
      ...(keyPath !== undefined ? { keyPath } : {}),
    };
    return finding;
  }
}

const ALL_KINDS: ReadonlySet<RegistryKind> = new Set(REGISTRY_KINDS);

/** The registry kinds a detector's values are judged by: its declared kinds and always the exact-value ones. */
function registryKinds(detector: Detector): ReadonlySet<RegistryKind> {
  if (detector.skipSynthetic) return new Set(EXACT_VALUE_KINDS);
  if (detector.synthetic === undefined) return ALL_KINDS;
  return new Set([...detector.synthetic, ...EXACT_VALUE_KINDS]);
}

const anchored = new WeakMap<RegExp, boolean>();

/** True when `pattern` holds a `^` or `$` assertion (outside a class, unescaped). */
function isAnchored(pattern: RegExp): boolean {
  let known = anchored.get(pattern);
  if (known === undefined) {
    known = false;
    const source = pattern.source;
    for (let i = 0, inClass = false; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '^' || c === '$') known = true;
    }
    anchored.set(pattern, known);
  }
  return known;
}

/** The text a context rule reads around a value: its line, its record, its record's collection key or a fixed reach. */
function contextSpan(rule: ContextRule, text: string, offset: number, end: number, syntax: Syntax): [number, number] {
  if (rule.within === 'line') return lineSpan(text, offset, end);
  if (rule.within === 'record') return recordSpan(text, offset, end, syntax);
  if (rule.within === 'collection') return collectionSpan(text, offset, end, syntax);
  return [Math.max(0, offset - rule.within), Math.min(text.length, end + rule.within)];
}

function ruleHolds(rule: ContextRule, text: string, offset: number, end: number, syntax: Syntax): boolean {
  const [from, to] = contextSpan(rule, text, offset, end, syntax);
  return rule.pattern.test(text.slice(from, to));
}

/**
 * Every `require` rule holds and no `forbid` rule does. `inText` tells
 * whether a rule's pattern occurs anywhere in the text: where it does not,
 * the rule is settled without reading the value's record, which keeps a text
 * dense with near-misses (a key on every line) as fast as any other.
 */
function contextHolds(rules: readonly ContextRule[], text: string, offset: number, end: number, syntax: Syntax, inText: (rule: ContextRule) => boolean): boolean {
  for (const rule of rules) {
    const effect = rule.effect ?? 'require';
    if (effect === 'evidence') continue;
    const holds = inText(rule) && ruleHolds(rule, text, offset, end, syntax);
    if (holds !== (effect === 'require')) return false;
  }
  return true;
}

/** Registry kinds that make a whole record an example: reserved and stand-in hosts, markers, fictional names. */
const RECORD_KINDS: ReadonlySet<RegistryKind> = new Set(['reserved-host', 'stand-in-host', 'example-marker', 'fictional-name', 'documentation-ip']);

/**
 * For a detector whose evidence is a key: what the value shows by itself.
 * An email or a company's name is evidence, and so is a value an `evidence`
 * context backs. Any other value in a synthetic record (a sibling value is an
 * example) is not real. A person's name is reported; a slug or an opaque id
 * in test data is not; elsewhere a slug is reported and an opaque id is a warning.
 * `drop` is the reason a finding is not reported; `note` explains a key-only finding.
 */
function judgeEvidence(
  candidate: Candidate,
  text: string,
  syntax: Syntax,
  records: RecordMemo,
  path: string,
  keyPath: string | undefined,
  registry: SyntheticRegistry,
): { drop?: string; note?: string } | undefined {
  const { detector } = candidate.compiled;
  if (detector.evidence !== 'key') return undefined;
  const shape = valueShape(candidate.value);
  if (isStrongShape(shape)) return undefined;
  const rules = detector.context?.filter((r) => r.effect === 'evidence') ?? [];
  if (rules.some((rule) => ruleHolds(rule, text, candidate.offset, candidate.endOffset, syntax))) return undefined;
  const siblings = records.values(candidate.offset, candidate.endOffset).filter((v) => v !== candidate.value);
  for (const sibling of siblings) {
    const match = registry.match(sibling, RECORD_KINDS);
    if (match) return { drop: `not real: a sibling value in the same record is an example (${match.reason}) (${match.id})` };
  }
  // A person's name is evidence in test data too; a slug or an opaque id under a customer key is not, unless
  // the record holds a real-looking company or email beside it (a production export pasted into a seed file).
  if (shape === 'name') return undefined;
  const testData = path === '' ? undefined : testDataPath(path);
  if (testData !== undefined && !siblings.some((v) => isStrongShape(valueShape(v)) && registry.match(v) === undefined)) {
    return { drop: `test data: only the key suggests a customer, in ${testData}` };
  }
  if (shape === 'slug') return undefined;
  const key = keyPath?.split(/[.[\]]/u).filter((s) => s.length > 0).at(-1);
  return { note: `${key ? `under key ${key}; ` : ''}value is an opaque id: only the key suggests a customer` };
}

/** The value of a form field's `placeholder` attribute or prop shows the user the shape to type, never a real value. */
const PLACEHOLDER_ATTRIBUTE: RegistryMatch = {
  id: 'placeholder-attribute',
  kind: 'placeholder',
  reason: "the value of a form field's placeholder attribute or prop: hint text that shows the shape to type",
};

/** True when the value is the whole text of a `placeholder="…"` / `placeholder: '…'` / `placeholder={'…'}` on its line. */
function isPlaceholderAttribute(text: string, offset: number): boolean {
  const from = Math.max(0, offset - 40);
  const before = text.slice(from, offset);
  return /placeholder\??["']?[ \t]{0,4}[:=][ \t]{0,4}\{?[ \t]{0,4}["'`]$/iu.test(before);
}

/** Values under an `example` key of an API description are samples of a shape. */
const EXAMPLE_KEY_PATH: RegistryMatch = {
  id: 'example-key-path',
  kind: 'example-marker',
  reason: 'the value sits under an example, examples or x-example key, where API descriptions give sample requests and responses',
};

/** Overlap resolution walks candidates in offset order, whichever path collected them. */
function sortByOffset(candidates: Candidate[]): Candidate[] {
  return candidates.sort((a, b) => a.offset - b.offset || (a.compiled.detector.id < b.compiled.detector.id ? -1 : 1));
}

/** Creates an engine over `detectors`. */
export function createEngine(detectors: readonly Detector[], options?: EngineOptions): Engine {
  return new Engine(detectors, options);
}

/**
 * Overlapping candidates: the higher declared precedence wins (one category
 * per finding); then a vendor-specific detector wins over a generic one; of
 * two generic ones the longer span wins.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  const dropped = new Set<Candidate>();
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    if (!a || dropped.has(a)) continue;
    for (let j = i + 1; j < candidates.length; j++) {
      const b = candidates[j];
      if (!b) continue;
      if (b.offset >= a.endOffset) break;
      if (dropped.has(b)) continue;
      // Who a value names is independent of what kind of record holds it: a customer identifier found
      // by its key stands beside a specific detector of another category at the same place (an account
      // name inside a health record or an invoice). Between other categories the readings compete.
      if (a.compiled.generic !== b.compiled.generic && identifiesCustomer(a.compiled.generic ? a : b) && a.compiled.detector.category !== b.compiled.detector.category) continue;
      if (precedence(a) !== precedence(b)) dropped.add(precedence(a) > precedence(b) ? b : a);
      else if (a.compiled.generic && !b.compiled.generic) dropped.add(a);
      else if (b.compiled.generic && !a.compiled.generic) dropped.add(b);
      else if (a.compiled.generic && b.compiled.generic) dropped.add(a.endOffset - a.offset >= b.endOffset - b.offset ? b : a);
      else if (a.compiled.detector.id === b.compiled.detector.id) dropped.add(b);
      if (dropped.has(a)) break;
    }
  }
  return dropped.size === 0 ? candidates : candidates.filter((c) => !dropped.has(c));
}

/** A detector's declared precedence over overlapping specific detectors (see `Detector.precedence`). */
function precedence(candidate: Candidate): number {
  return candidate.compiled.detector.precedence ?? 0;
}

/**
 * The records of one scan's findings, each found and read once: the values
 * of a record dense with findings (a map of customer ids, a table) are
 * judged for every one of them, so reading it again each time would cost
 * the record's length per finding.
 */
class RecordMemo {
  private readonly spans = new Map<string, [number, number]>();
  private readonly read = new Map<string, string[]>();

  constructor(
    private readonly text: string,
    private readonly syntax: Syntax,
  ) {}

  /** The record around [offset, end): see `recordSpan`. */
  span(offset: number, end: number): [number, number] {
    const key = `${offset}:${end}`;
    let span = this.spans.get(key);
    if (span === undefined) this.spans.set(key, (span = recordSpan(this.text, offset, end, this.syntax)));
    return span;
  }

  /** The values in the record around [offset, end): see `recordValues`. */
  values(offset: number, end: number): string[] {
    const [from, to] = this.span(offset, end);
    const key = `${from}:${to}`;
    let values = this.read.get(key);
    if (values === undefined) this.read.set(key, (values = recordValues(this.text.slice(from, to))));
    return values;
  }
}

/**
 * De-duplication: one value seen by two detectors of a category at the same
 * span is one finding, and a detector that reports once per line, record or
 * file keeps its first match there.
 */
function collapseRepeats(candidates: Candidate[], text: string, records: RecordMemo): Candidate[] {
  if (candidates.length < 2) return candidates;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const { detector } = candidate.compiled;
    const span = `${detector.category}\u0000${candidate.offset}\u0000${candidate.endOffset}`;
    if (seen.has(span)) continue;
    seen.add(span);
    if (detector.oncePer !== undefined) {
      const region =
        detector.oncePer === 'file'
          ? 0
          : (detector.oncePer === 'line' ? lineSpan(text, candidate.offset, candidate.endOffset) : records.span(candidate.offset, candidate.endOffset))[0];
      const key = `${detector.id}\u0000${region}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(candidate);
  }
  return out;
}

function identifiesCustomer(candidate: Candidate): boolean {
  const { detector } = candidate.compiled;
  return detector.category === 'customer-identifier' && detector.id.endsWith('-key-value');
}

function indexDirectives(directives: readonly AllowDirective[]): Map<number, AllowDirective[]> {
  const byLine = new Map<number, AllowDirective[]>();
  for (const directive of directives) {
    for (const line of [directive.line, directive.line + 1]) {
      const list = byLine.get(line);
      if (list) list.push(directive);
      else byLine.set(line, [directive]);
    }
  }
  return byLine;
}

function findDirective(byLine: Map<number, AllowDirective[]>, finding: Finding): AllowDirective | undefined {
  return byLine
    .get(finding.line)
    ?.find((d) => d.targets.some((t) => t === finding.ruleId || t === finding.category || t === 'all'));
}

function findSuppression(suppressions: readonly EngineSuppression[] | undefined, finding: Finding): EngineSuppression | undefined {
  return suppressions?.find(
    (s) =>
      (s.target === finding.ruleId || s.target === finding.category || s.target === '*') &&
      (s.valueHash === undefined || s.valueHash === finding.valueHash) &&
      (s.keyPath === undefined || (finding.keyPath !== undefined && keyPathMatches(s.keyPath, finding.keyPath))),
  );
}

/** `a.*.c` matches `a.b.c`; `**` matches any number of segments; `[0]` indexes count as segments. */
/**
 * True when a key path runs through an `example` or `examples` key: API
 * descriptions (OpenAPI, AWS and Google API models) give sample requests and
 * responses there, which document a shape and hold no one's data.
 */
export function isExampleKeyPath(keyPath: string): boolean {
  return keyPath.split(/[.[\]]/u).some((segment) => /^(?:x-)?examples?$/iu.test(segment));
}

export function keyPathMatches(pattern: string, keyPath: string): boolean {
  const split = (p: string): string[] => p.replace(/\[(\d+|\*)\]/gu, '.$1').split('.').filter((s) => s.length > 0);
  const want = split(pattern);
  const have = split(keyPath);
  const match = (i: number, j: number): boolean => {
    if (i === want.length) return j === have.length;
    if (want[i] === '**') return match(i + 1, j) || (j < have.length && match(i, j + 1));
    return j < have.length && (want[i] === '*' || want[i] === have[j]) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/**
 * The start of the line holding `at` when it lies within `limit` characters
 * before it, else `at`: a reach window starts on a line boundary, so that
 * line-start anchors in a detector mean the same as over the whole text.
 */
function lineStartNear(text: string, at: number, limit: number): number {
  const floor = Math.max(0, at - limit);
  for (let i = at; i > floor; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return floor === 0 ? 0 : at;
}

/**
 * The part of an offset's line within CONTEXT_LINE characters either side.
 * The bounds of the last line looked at are kept: the matches on one line
 * (thousands on a long minified or generated line) find them once, so the
 * cost is linear in the text rather than in matches times the window.
 */
function contextLines(text: string): (offset: number) => string {
  let lineStart = 0;
  let lineEnd = -1;
  return (offset) => {
    if (offset < lineStart || offset > lineEnd) {
      lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
      const end = text.indexOf('\n', offset);
      lineEnd = end === -1 ? text.length : end;
    }
    return text.slice(Math.max(lineStart, offset - CONTEXT_LINE), Math.min(lineEnd, offset + CONTEXT_LINE));
  };
}

function withFlags(regex: RegExp, extra: string): RegExp {
  const flags = [...new Set((regex.flags + extra).split(''))].join('');
  return new RegExp(regex.source, flags);
}

/**
 * Escapes `value` for use as a literal outside a character class, valid with
 * and without the `u` flag (which rejects needless escapes such as `\-`).
 */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
