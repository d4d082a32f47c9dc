/**
 * Detectors of vendor credentials described as data: the documented shape of
 * the value (literal prefixes and runs of an alphabet), and for a value whose
 * shape alone is too common, the vendor's names that must stand in its key or
 * its section. The regex, keywords, keyword context, public prefix and the
 * seeded samples are all derived from that one description, so a format is
 * written once and what the tests generate is what the regex reads.
 */
import { defineDetector } from '../../../src/engine/define-detector.js';
import type { ContextRule, Detector, Sample } from '../../../src/engine/types.js';
import { randomString } from '../../support/sample-builder.js';
import { hasSequentialRun, isReference } from './placeholders.js';
import { vendorKeyedValue } from './vendor-context.js';

/** An alphabet: the characters samples draw from and the regex class that reads them. */
export interface Alphabet {
  readonly chars: string;
  readonly cls: string;
}

const alphabet = (chars: string, cls: string): Alphabet => ({ chars, cls });
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGIT = '0123456789';

/** The alphabets of documented formats. */
export const ABC = {
  alnum: alphabet(`${UPPER}${LOWER}${DIGIT}`, 'A-Za-z0-9'),
  lowerAlnum: alphabet(`${LOWER}${DIGIT}`, 'a-z0-9'),
  upperAlnum: alphabet(`${UPPER}${DIGIT}`, 'A-Z0-9'),
  hex: alphabet('0123456789abcdef', 'a-f0-9'),
  upperHex: alphabet('0123456789ABCDEF', 'A-F0-9'),
  digits: alphabet(DIGIT, '0-9'),
  base64url: alphabet(`${UPPER}${LOWER}${DIGIT}-_`, 'A-Za-z0-9_-'),
  base64: alphabet(`${UPPER}${LOWER}${DIGIT}+/`, 'A-Za-z0-9+/'),
  /** URL-encoded base64 (`%2B`, `%3D`). */
  alnumPercent: alphabet(`${UPPER}${LOWER}${DIGIT}%`, 'A-Za-z0-9%'),
} as const;

/** One piece of a shape: a literal, or a run of `min` to `max` characters of an alphabet. */
export type Part = string | readonly [Alphabet, number, number?];

/** A value's documented shape, its pieces in order. */
export type Shape = readonly Part[];

/** A literal as regex source (`-` is literal outside a class, and `\\-` is invalid with the `u` flag). */
const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** The regex source that reads a shape (no groups; every run bounded). */
export function shapeSource(shape: Shape): string {
  return shape
    .map((part) => {
      if (typeof part === 'string') return escape(part);
      const [abc, min, max] = part;
      return `[${abc.cls}]{${min}${max === undefined ? '' : `,${max}`}}`;
    })
    .join('');
}

/** A value of the shape, generated from `seed` (runs at their longest). */
export function shapeSample(shape: Shape, seed: string): string {
  return shape.map((part, i) => (typeof part === 'string' ? part : randomString(`${seed}:${i}`, part[0].chars, part[2] ?? part[1]))).join('');
}

/** The characters of the value that are not literals of its shape, in order. */
function randomParts(shape: Shape, value: string): string {
  let rest = value;
  let out = '';
  for (const part of shape) {
    if (typeof part === 'string') {
      const at = rest.indexOf(part);
      if (at < 0) return out + rest;
      out += rest.slice(0, at);
      rest = rest.slice(at + part.length);
    }
  }
  return out + rest;
}

/** The literal the shape starts with (its public prefix), or '' when it starts with a run. */
const leadingLiteral = (shape: Shape): string => (typeof shape[0] === 'string' ? shape[0] : '');

/** A documented format, the fields every vendor detector shares. */
interface FormatBase {
  readonly id: string;
  /** Human label: `Clojars deploy token`. */
  readonly name: string;
  /** One sentence: what the value is and what it grants. */
  readonly description: string;
  /** The value's shape, or its alternative shapes (same detector). */
  readonly shapes: readonly Shape[];
  /** Vendor documentation of the format. */
  readonly references: readonly string[];
  /** The key a sample sits under in a configuration (`CLOJARS_DEPLOY_TOKEN`). */
  readonly sampleKey: string;
  /** Placeholders the vendor's documentation shows; each must stay quiet. */
  readonly placeholders?: readonly string[];
  /** Minimum entropy of the value (bits per character); default from its length. */
  readonly entropy?: number;
  /** Characters that must not follow the value (default: letters, digits, `_` and `-`). */
  readonly end?: string;
  /** Further checks of the value (a checksum, a decoded part). */
  readonly validate?: (secret: string) => boolean;
  /** What must stand near the value. */
  readonly context?: readonly ContextRule[];
  /** The documented value holds runs of one character (`AAAA…`), so those are no sign of a placeholder. */
  readonly repeats?: boolean;
}

/** A value whose documented prefix makes it recognizable on its own (`CLOJARS_…`, `rdme_…`). */
export interface PrefixedFormat extends FormatBase {
  /** The prefix is matched in any case (a vendor that documents it so). */
  readonly caseInsensitive?: boolean;
  /** For a value whose distinctive literal is not at its start (`…-us14`, `…_mmk`): the literals and the keyword context. */
  readonly keywords?: readonly string[];
  readonly keywordContext?: RegExp;
}

/** A value whose shape is common, recognized under a key or in a section that names its vendor. */
export interface KeyedFormat extends FormatBase {
  /** Alternation of the vendor's names as keys spell them (`twitch`, `nytimes|new[_.-]?york[_.-]?times`). */
  readonly vendor: string;
  /** Lower-case literals, one of which every vendor name holds. */
  readonly keywords: readonly string[];
  /** Alternation of the key words that name the value (default: key, token, secret, password and their qualified forms). */
  readonly key?: string;
}

/** Key words of a credential after the vendor's name: `api_key`, `clientSecret`, `access-token`, `pat`. */
export const CREDENTIAL_KEY_WORDS = String.raw`(?:(?:api|access|secret|private|auth|client|app|admin|bot|server|account|user|personal|master|write|management|integration|service)[_.-]?)?(?:key|token|secret|pat|password)`;

/**
 * Default entropy floor for a shape: three quarters of what a random value of
 * it reaches (the log of its alphabet, or of its length when shorter), so a
 * generated token passes and a word, a run or a repeated pattern does not.
 */
function defaultEntropy(shape: Shape): number {
  let length = 0;
  let widest = 1;
  for (const part of shape) {
    if (typeof part === 'string') length += part.length;
    else {
      length += part[1];
      widest = Math.max(widest, part[0].chars.length);
    }
  }
  return Math.round(75 * Math.min(Math.log2(widest), Math.log2(length))) / 100;
}

/** Checks every vendor value passes: random, not a placeholder or a reference. */
function randomValue(format: FormatBase): (secret: string) => boolean {
  const { shapes, validate, repeats = false } = format;
  return (secret) => {
    if (isReference(secret)) return false;
    const body = shapes.length === 1 ? randomParts(shapes[0] ?? [], secret) : secret;
    if (hasSequentialRun(body)) return false;
    if (!repeats && /(.)\1{5}/u.test(body)) return false;
    return validate ? validate(secret) : true;
  };
}

/** Negatives every vendor detector must keep quiet: its documented placeholders, an all-`x` value, a value one character short. */
function standardNegatives(format: FormatBase, shape: Shape, whole: RegExp): Sample[] {
  const negatives: Sample[] = [
    { key: format.sampleKey, value: maskedSample(shape) },
    { key: format.sampleKey, value: `\${${format.sampleKey}}` },
  ];
  const last = shape.at(-1);
  if (last !== undefined && typeof last !== 'string' && last[1] >= 2) {
    const short = shapeSample([...shape.slice(0, -1), [last[0], last[1] - 1, last[1] - 1]], `${format.id}:short`);
    if (!whole.test(short)) negatives.push({ key: format.sampleKey, value: short });
  }
  for (const placeholder of format.placeholders ?? []) negatives.push({ key: format.sampleKey, value: placeholder });
  return negatives;
}

/** Every format described here, in the order its detector was built (the format-recall table reads them). */
export const VENDOR_FORMATS: (PrefixedFormat | KeyedFormat)[] = [];

/** The value of a shape with every run written as `x` (how documentation masks a token). */
export const maskedSample = (shape: Shape): string => shape.map((part) => (typeof part === 'string' ? part : 'x'.repeat(part[2] ?? part[1]))).join('');

/** The fields of a detector that come straight from its format; records the format for the recall table. */
function described(format: PrefixedFormat | KeyedFormat) {
  VENDOR_FORMATS.push(format);
  return {
    id: format.id,
    name: format.name,
    category: 'connector-credential' as const,
    severity: 'error' as const,
    description: format.description,
    entropy: format.entropy ?? Math.min(...format.shapes.map(defaultEntropy)),
    validate: randomValue(format),
    ...(format.context ? { context: format.context } : {}),
    references: format.references,
  };
}

/** A detector for a value with a documented, distinctive prefix. */
export function prefixedToken(format: PrefixedFormat): Detector {
  const prefixes = [...new Set(format.shapes.map(leadingLiteral))];
  const prefixed = prefixes.every((p) => p.length >= 3);
  if (!prefixed && !format.keywords) throw new Error(`${format.id}: a format whose shapes do not all start with a literal of 3 or more characters names its keywords`);
  const flags = format.caseInsensitive ? 'iu' : 'u';
  const value = format.shapes.map(shapeSource).join('|');
  const end = format.end ?? String.raw`[\w-]`;
  // A keyword hit opens a window only where the prefix is followed by the first run of its shape.
  const contexts = format.shapes.map((shape) => {
    const run = shape.findIndex((part) => typeof part !== 'string');
    return shapeSource(shape.slice(0, run + 1).map((part) => (typeof part === 'string' ? part : ([part[0], Math.min(part[1], 8)] as const))));
  });
  return defineDetector({
    ...described(format),
    regex: new RegExp(String.raw`(?<![\w-])(?<secret>${value})(?!${end})`, flags),
    keywords: format.keywords ?? prefixes.map((p) => p.toLowerCase()),
    keywordContext: format.keywordContext ?? new RegExp(contexts.join('|'), 'iu'),
    ...(prefixed ? { publicPrefix: new RegExp(`^(?:${prefixes.map(escape).join('|')})`, 'u') } : {}),
    samples: () => ({
      // A value that needs its vendor named nearby is sampled under its key only.
      positive: format.shapes.flatMap((shape, i) => [
        ...(format.context ? [] : [shapeSample(shape, `${format.id}:${i}:a`)]),
        { key: format.sampleKey, value: shapeSample(shape, `${format.id}:${i}:b`) },
      ]),
      negative: format.shapes.flatMap((shape) => standardNegatives(format, shape, new RegExp(`^(?:${value})$`, flags))),
    }),
  });
}

/** The key a sample takes inside the vendor's section: `TWITCH_CLIENT_SECRET` -> `client_secret`. */
const sectionKey = (sampleKey: string): string => sampleKey.toLowerCase().replace(/^[a-z0-9]+_/u, '');

/** A detector for a value recognized by the vendor named in its key or section. */
export function keyedToken(format: KeyedFormat): Detector {
  // Words of a key may also be written apart in a phrase (`admin api key = …`).
  const key = (format.key ?? CREDENTIAL_KEY_WORDS).replaceAll('[_.-]?', '[_. -]?');
  const { vendor } = format;
  const namesSection = new RegExp(`^(?:${vendor}):`, 'iu').test(`${format.keywords[0] ?? ''}:`);
  const value = format.shapes.map(shapeSource).join('|');
  const first = format.shapes[0] ?? [];
  return defineDetector({
    ...described(format),
    regex: vendorKeyedValue({ vendor, key, value, words: true, ...(format.end ? { end: format.end } : {}) }),
    keywords: format.keywords,
    // A vendor's name opens a window only at the start of a word (`blob` holds `lob`, `global` holds it too).
    keywordContext: new RegExp(String.raw`(?<![a-z0-9])(?:${vendor})[a-z0-9]{0,24}(?![a-z0-9])`, 'iu'),
    multiline: true,
    reach: 'match',
    samples: () => ({
      positive: format.shapes.flatMap((shape, i) => [
        { key: format.sampleKey, value: shapeSample(shape, `${format.id}:${i}:a`) },
        // A vendor whose name is also a common word (`box`, `zoom`) is named only with a qualifier, never as a bare section.
        ...(namesSection ? [`${format.keywords[0] ?? ''}:\n  ${sectionKey(format.sampleKey)}: ${shapeSample(shape, `${format.id}:${i}:b`)}`] : []),
        `${format.keywords[0] ?? ''} ${sectionKey(format.sampleKey).replace(/_/gu, ' ')} = '${shapeSample(shape, `${format.id}:${i}:c`)}'`,
      ]),
      negative: [
        ...format.shapes.flatMap((shape) => standardNegatives(format, shape, new RegExp(`^(?:${value})$`, 'iu'))),
        // The same value under a key that names no vendor.
        { key: 'value', value: shapeSample(first, `${format.id}:unkeyed`) },
      ],
    }),
  });
}
