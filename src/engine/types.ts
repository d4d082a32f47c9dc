import type { BoundaryCategory } from '../contract/categories.js';
import type { RegistryKind, RegistryMatch } from './synthetic.js';

/** How serious a finding is; `error` fails a gate, `warning` is reported only. */
export type Severity = 'error' | 'warning';

/** The syntax a text is read as; picked from its path. */
export type Syntax = 'js' | 'json' | 'yaml' | 'markdown' | 'dotenv' | 'shell' | 'python' | 'toml' | 'text';

/** What a detector's `validate` hook sees of one match. */
export interface MatchContext {
  /** The whole regex match. */
  readonly match: string;
  /** Named groups of the match (the sensitive value is `secret`). */
  readonly groups: Readonly<Record<string, string | undefined>>;
  /** The scanned text's syntax. */
  readonly syntax: Syntax;
  /** The scanned text's path (relative to the scan root, forward slashes); empty when the text has none. */
  readonly path?: string;
  /** The line that holds the start of the match (bounded to a few KB). */
  readonly line: string;
  /**
   * The whole scanned text and the offset of the secret in it, for checks that
   * look beyond the line (a record spread over several lines). Read a bounded
   * slice around `offset`, never the whole text, to stay linear.
   */
  readonly text?: string;
  readonly offset?: number;
  /**
   * The engine's registry of what is not real (with the project's additions),
   * for a part of the match other than the reported value: the host of a URL,
   * the email beside a name. Never keep a list of stand-ins in a detector.
   */
  readonly registry?: RegistryLookup;
}

/** What a detector may ask the registry: the entry that makes a value not real, if any. */
export interface RegistryLookup {
  match(value: string, kinds?: ReadonlySet<RegistryKind>): RegistryMatch | undefined;
  isReservedHost(host: string): boolean;
}

/**
 * A sample value. A plain string is a value the tests embed in every syntax
 * under a neutral key; `{ key, value }` puts it under that key (for detectors
 * that read the key, e.g. \`customer_id\`).
 */
export type Sample = string | { readonly key: string; readonly value: string };

/** Realistic positives and hard negatives kept beside a detector. */
export interface DetectorSamples {
  /** Values that must produce a finding of this detector in every syntax. */
  readonly positive: readonly Sample[];
  /** Values that must produce no finding of this detector in any syntax. */
  readonly negative: readonly Sample[];
}

/**
 * What must, or must not, stand near a detector's value, and where: on its
 * line, in its record (JSON object, YAML mapping, table row, log line, call)
 * or within a number of characters either side. The engine reads the text
 * around the value; detectors never slice it themselves.
 */
export interface ContextRule {
  /** The text to look for (a keyword or another pattern). */
  readonly pattern: RegExp;
  /**
   * Where to look: the value's line, its record, within this many characters
   * either side, or `collection`: the key of the array or YAML list whose
   * element is the value's record (`customers` in `customers: [{ … }]`; empty
   * when the record is no list element).
   */
  readonly within: 'line' | 'record' | 'collection' | number;
  /**
   * `require` (default): no finding without it. `forbid`: no finding with it.
   * `evidence`: with it, the value is evidence by itself (for a detector whose
   * evidence is otherwise its key).
   */
  readonly effect?: 'require' | 'forbid' | 'evidence';
}

/** One detector of the catalog. */
export interface Detector {
  /** Kebab-case `<provider>-<kind>`, stable forever: fingerprints, config and suppressions use it. */
  readonly id: string;
  /** Human label used in messages. */
  readonly name: string;
  readonly category: BoundaryCategory;
  readonly severity: Severity;
  /** One sentence: what the detector finds and why it must stay out of a public tree. */
  readonly description: string;
  /**
   * Linear-time pattern with the `u` flag; the named group `secret` marks the
   * sensitive value (the whole match when absent).
   */
  readonly regex: RegExp;
  /** Lower-case literals; at least one occurs (case-insensitively) in every match. */
  readonly keywords: readonly string[];
  /**
   * Matches may span lines (PEM blocks): the regex runs over the whole text
   * instead of a window around each keyword.
   */
  readonly multiline?: boolean;
  /**
   * For a multiline detector: where its keywords stand. `'match'`: a keyword
   * lies inside every match, and the engine runs the regex in windows around
   * each keyword hit as wide as the regex's longest match on either side
   * (derived from the regex, src/engine/regex-extent.ts; a regex with no
   * bound scans the whole text). A number: the keyword stands near the match
   * but outside it, at most that many characters away. Either way a
   * detector with a common keyword stays cheap on large files. Without it a
   * multiline detector scans the whole text.
   */
  readonly reach?: number | 'match';
  /**
   * A whole-text test run at most once per scanned text, before the regex:
   * false skips the detector for that text. For detectors whose regex is
   * cheap to write but matches everywhere (every cell of every line) while
   * the text as a whole rarely qualifies (no table with the right header),
   * and for whole-text detectors whose every match holds a literal that
   * their keywords do not imply.
   */
  readonly gate?: (text: string) => boolean;
  /**
   * What every match holds right after its keyword, tested (sticky, with its
   * own flags) where a keyword hit starts: a hit opens a window only where it
   * matches. For a detector whose keyword is common but whose match
   * needs a rare shape after it (`://` then user info then `@`; `jwt:` then
   * a line break), so most hits cost one short test instead of a regex run
   * over their line. It must accept every keyword of the detector at the
   * start of every text the regex matches.
   */
  readonly keywordContext?: RegExp;
  /** What must or must not stand near the value (see `ContextRule`); the engine applies it before `validate`. */
  readonly context?: readonly ContextRule[];
  /**
   * What makes a match a finding: `value` (default: the value itself — a vendor
   * format, a checksum, a validated shape) or `key` (the key it sits under; the
   * engine then reads the value's own shape: an opaque id under a customer key
   * is a warning, and in test data nothing, unless an `evidence` context holds).
   */
  readonly evidence?: 'value' | 'key';
  /**
   * The vendor's documented public prefix of the value (`/^xox[bp]-/u`,
   * `/^ghp_/u`), matched at its start: the only part of a value a preview may
   * show, and only for a value of 24 characters or more. Credentials with a
   * published format only: never customer data or passwords.
   */
  readonly publicPrefix?: RegExp;
  /**
   * Which reading wins where two detectors' values overlap: the higher
   * precedence is reported, the other dropped (a worker or SaaS backend
   * finding over the enterprise-source import it stands in). Default 0;
   * equal precedences fall back to specific over generic.
   */
  readonly precedence?: number;
  /**
   * Report one finding per line, record or file instead of one per match:
   * for a detector whose matches are parts of one thing (the sentences of one
   * licence header, the lines of one handler). The engine keeps the first.
   */
  readonly oncePer?: 'line' | 'record' | 'file';
  /** Minimum Shannon entropy (bits per character) of the secret. */
  readonly entropy?: number;
  /** Offline structure or checksum check; false drops the match. */
  readonly validate?: (secret: string, context: MatchContext) => boolean;
  /** Secrets matching any of these are placeholders, never findings. */
  readonly allow?: readonly RegExp[];
  /**
   * The registry kinds that apply to this detector's values (all by default).
   * The kinds that name one particular value (documented, public and emulator
   * values) always apply.
   */
  readonly synthetic?: readonly RegistryKind[];
  /** Only the exact-value kinds of the registry apply (for values that carry their own checksum). */
  readonly skipSynthetic?: boolean;
  /** Vendor documentation for the format. */
  readonly references?: readonly string[];
  /** Built on demand: positives are generated from a fixed seed, never pasted. */
  readonly samples: () => DetectorSamples;
}

/** One Boundary violation found in a text. */
export interface Finding {
  /** Detector id. */
  readonly ruleId: string;
  readonly category: BoundaryCategory;
  readonly severity: Severity;
  /** Human message; never holds the full value. */
  readonly message: string;
  /** 1-based line and column (UTF-16 code units) of the start of the value. */
  readonly line: number;
  readonly column: number;
  /** 1-based line and column just past the end of the value. */
  readonly endLine: number;
  readonly endColumn: number;
  /** 0-based offsets of the value in the text. */
  readonly offset: number;
  readonly endOffset: number;
  /** Masked value: the detector's public vendor prefix at most, the length and the start of the keyed hash. */
  readonly preview: string;
  /** Stable across line moves: HMAC-SHA-256 (the engine's hash key) of detector id + path + value (hex, 32 chars). */
  readonly fingerprint: string;
  /** HMAC-SHA-256 of the value under the engine's hash key (hex, 16 chars); lets suppressions name a value without holding it. */
  readonly valueHash: string;
  /** Dotted key path when the value sits under a structured key. */
  readonly keyPath?: string;
}

/** A finding that was not reported, and why. */
export interface SuppressedFinding {
  readonly finding: Finding;
  readonly reason: string;
  /** What suppressed it: the synthetic registry, an inline directive, or a configured suppression. */
  readonly by: 'synthetic' | 'inline' | 'config';
}

/** A malformed inline suppression directive. */
export interface DirectiveProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A configured suppression: detector or category, optional key path and value hash. */
export interface EngineSuppression {
  /** Detector id or category id. */
  readonly target: string;
  /** Dotted key path the value must sit under (`*` matches one segment). */
  readonly keyPath?: string;
  /** `valueHash` of the finding to suppress. */
  readonly valueHash?: string;
  readonly reason: string;
}

/** Result of scanning one text. */
export interface ScanTextResult {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
  readonly problems: DirectiveProblem[];
}

/** Per-call options of `scanText`. */
export interface ScanTextOptions {
  /** Path of the text, forward slashes; picks the syntax and enters the fingerprint. */
  readonly path?: string;
  /** Override the syntax the path implies. */
  readonly syntax?: Syntax;
  /** Configured suppressions that apply to this text. */
  readonly suppressions?: readonly EngineSuppression[];
  /** Keep suppressed findings with their reason in the result (costs a little). */
  readonly collectSuppressed?: boolean;
}
