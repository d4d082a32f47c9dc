/**
 * The longest text a regex can match, in UTF-16 code units, read from its
 * source: alternatives take their longest branch, sequences add up, a
 * bounded quantifier multiplies by its upper bound, and `*`, `+` or `{n,}`
 * make it unbounded (Infinity). Lookarounds count as if they consumed their
 * longest text, since the engine must hand the regex that text too.
 *
 * The engine derives a multiline detector's reach from it: a match that
 * holds a keyword lies within that many characters of the keyword on either
 * side, so no detector counts its own radius by hand.
 */

import type { Detector } from './types.js';

/** Code units a single character atom can take: 2 when it can match an astral code point under `u` or `v`. */
function unitsOf(astral: boolean, unicode: boolean): number {
  return astral && unicode ? 2 : 1;
}

class ExtentReader {
  private at = 0;
  /** Longest match of each capturing group, by number and by name, once the group is closed. */
  private readonly groups: number[] = [];
  private readonly named = new Map<string, number>();
  private groupCount = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
    /** The `v` flag: classes nest. */
    private readonly sets: boolean,
  ) {}

  read(): number {
    const length = this.disjunction();
    if (this.at < this.source.length) throw new SyntaxError(`unexpected ')' at ${this.at}`);
    return length;
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private disjunction(): number {
    let longest = this.alternative();
    while (this.peek() === '|') {
      this.at++;
      longest = Math.max(longest, this.alternative());
    }
    return longest;
  }

  private alternative(): number {
    let total = 0;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      total += this.quantified(atom);
    }
    return total;
  }

  /** Applies a quantifier after an atom of longest length `atom`, if one follows. */
  private quantified(atom: number): number {
    const c = this.peek();
    let times = 1;
    if (c === '*' || c === '+') {
      this.at++;
      times = Infinity;
    } else if (c === '?') {
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.at));
      if (m) {
        this.at += m[0].length;
        times = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      } else {
        return atom;
      }
    } else {
      return atom;
    }
    if (this.peek() === '?') this.at++;
    return atom === 0 ? 0 : atom * times;
  }

  private atom(): number {
    const c = this.peek();
    switch (c) {
      case '^':
      case '$':
        this.at++;
        return 0;
      case '.':
        this.at++;
        return unitsOf(true, this.unicode);
      case '[':
        return this.characterClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default: {
        const code = this.source.codePointAt(this.at) ?? 0;
        this.at += code > 0xffff ? 2 : 1;
        return code > 0xffff ? 2 : 1;
      }
    }
  }

  private group(): number {
    this.at++;
    let capture: { index: number; name?: string } | undefined;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.at + 1);
      if (rest.startsWith(':') || rest.startsWith('=') || rest.startsWith('!')) this.at += 2;
      else if (rest.startsWith('<=') || rest.startsWith('<!')) this.at += 3;
      else if (rest.startsWith('<')) {
        const end = this.source.indexOf('>', this.at);
        capture = { index: ++this.groupCount, name: this.source.slice(this.at + 2, end) };
        this.at = end + 1;
      } else {
        // A modifier group, `(?i:…)`.
        const colon = this.source.indexOf(':', this.at);
        this.at = colon + 1;
      }
    } else {
      capture = { index: ++this.groupCount };
    }
    const length = this.disjunction();
    if (this.peek() !== ')') throw new SyntaxError(`unterminated group at ${this.at}`);
    this.at++;
    if (capture) {
      this.groups[capture.index] = length;
      if (capture.name !== undefined) this.named.set(capture.name, length);
    }
    return length;
  }

  /** A class matches one character: two code units when it can match an astral one. */
  private characterClass(): number {
    const start = this.at;
    this.at++;
    const negated = this.peek() === '^';
    let depth = 1;
    let astral = negated;
    while (this.at < this.source.length && depth > 0) {
      const c = this.peek();
      if (c === '\\') {
        const next = this.peek(1);
        if ('pPDSW'.includes(next)) astral = true;
        if (next === 'u' && this.peek(2) === '{') astral = true;
        this.at += 2;
        continue;
      }
      if (c === '[' && this.sets) depth++;
      else if (c === ']') depth--;
      else if ((this.source.codePointAt(this.at) ?? 0) > 0xffff) astral = true;
      this.at++;
    }
    if (depth > 0) throw new SyntaxError(`unterminated character class at ${start}`);
    return unitsOf(astral, this.unicode);
  }

  private escape(): number {
    const next = this.peek(1);
    this.at += 2;
    if (next === 'b' || next === 'B') return 0;
    if (next === 'k' && this.peek() === '<') {
      const end = this.source.indexOf('>', this.at);
      const name = this.source.slice(this.at + 1, end);
      this.at = end + 1;
      return this.named.get(name) ?? Infinity;
    }
    if (/[1-9]/u.test(next)) {
      let digits = next;
      while (/\d/u.test(this.peek())) digits += this.source[this.at++];
      return this.groups[Number(digits)] ?? Infinity;
    }
    if (next === 'p' || next === 'P') {
      if (this.peek() === '{') this.at = this.source.indexOf('}', this.at) + 1;
      return unitsOf(true, this.unicode);
    }
    if (next === 'u') {
      if (this.peek() === '{') {
        const end = this.source.indexOf('}', this.at);
        const code = Number.parseInt(this.source.slice(this.at + 1, end), 16);
        this.at = end + 1;
        return code > 0xffff ? 2 : 1;
      }
      this.at += 4;
      return 1;
    }
    if (next === 'x') {
      this.at += 2;
      return 1;
    }
    if (next === 'c') {
      this.at += 1;
      return 1;
    }
    return unitsOf('DSW'.includes(next), this.unicode);
  }
}

/** The longest match of `regex` in UTF-16 code units, lookarounds included; Infinity when unbounded. */
export function maxMatchLength(regex: RegExp): number {
  const sets = regex.flags.includes('v');
  return new ExtentReader(regex.source, regex.unicode || sets, sets).read();
}

const reaches = new WeakMap<Detector, number | undefined>();

/**
 * How far around a keyword hit a multiline detector's regex must read (see
 * `Detector.reach`): its longest match for `'match'`, its declared distance
 * for a number; undefined when it reads the whole text.
 */
export function detectorReach(detector: Detector): number | undefined {
  if (detector.reach !== 'match') return detector.reach;
  if (!reaches.has(detector)) {
    const longest = maxMatchLength(detector.regex);
    reaches.set(detector, Number.isFinite(longest) ? longest : undefined);
  }
  return reaches.get(detector);
}
