/**
 * Judges a literal that only its key calls a secret (generic assignments,
 * Kubernetes Secret values): the value must be evidence by itself — long
 * enough, random enough, of mixed classes — and no name, path, URL, UUID,
 * base64 of words, words typed with a number, or placeholder.
 */
import { shannonEntropy } from '../../../src/engine/entropy.js';
import type { RegistryLookup } from '../../../src/engine/types.js';
import { decodeBase64 } from '../../../src/engine/validators.js';
import { hasSequentialRun } from './placeholders.js';
import { isPlaceholderPassword } from './url-credentials.js';

/** The shared password check, given the engine's registry (its default and stand-in passwords). */
export const placeholderPassword: (password: string, registry?: RegistryLookup) => boolean = isPlaceholderPassword;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
/** Names, not values: `ACCESS_TOKEN`, `access_token`, `accessToken`, `auth.errors.password_required`, `Bearer`. */
const IDENTIFIER = /^[A-Z]+\d*(?:_[A-Z]+\d*)+$|^[a-z]+\d*(?:[_-][a-z]+\d*)+$|^[a-z]{2,}(?:[A-Z][a-z]+)+\d{0,3}$|^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)+$/u;

/** A file path (`config/secrets/prod.json`, `./keys/app.pem`, `~/.ssh/id_rsa`), not a value. */
function isPath(value: string): boolean {
  if (!value.includes('/') && !value.includes('\\')) return false;
  return value.split(/[/\\]/u).every((segment) => segment === '' || /^[.~@]{0,2}[A-Za-z][a-z]*(?:[._-][A-Za-z0-9]+)*$|^\.{1,2}$|^~$|^[A-Za-z]:$/u.test(segment));
}

/** Base64 that decodes to readable text (`aGVsbG8gd29ybGQ=`) encodes words, not random key material. */
function encodesText(value: string): boolean {
  if (value.length < 12 || !/^[A-Za-z0-9+/]+={0,2}$/u.test(value) || value.length % 4 !== 0) return false;
  const text = decodeBase64(value)?.toString('latin1') ?? '';
  return text.length > 0 && /^[\x20-\x7e]+$/u.test(text) && /^[A-Za-z0-9 ,.:;!?'"()/_-]+$/u.test(text) && /[a-z]{3}/u.test(text);
}

/**
 * A value typed to describe itself (`bedrock-api-key-1234`, `oauth:user_1:client_1`,
 * `fbk_validBearerKey123`, `Observe-Me1!`, `devrustfs123`): split into words at
 * separators, case changes and digits, every run of four or more letters is
 * a word (lower case, capitalized or all capitals, with a vowel) and words
 * hold most of the letters. A generated value almost always has a run of
 * mixed-case letters without that shape (`OMkrez`, `Xq`).
 */
export function isDescriptive(value: string): boolean {
  const runs = value.split(/[^A-Za-z]+/u).flatMap((run) => run.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/u)).filter((run) => run.length > 0);
  const letters = runs.reduce((n, run) => n + run.length, 0);
  const isWord = (run: string): boolean => run.length >= 3 && /^(?:[A-Z]?[a-z]+|[A-Z]+)$/u.test(run) && /[aeiou]/iu.test(run);
  if (runs.filter((run) => run.length <= 2).length > 1 || !runs.every((run) => run.length <= 3 || isWord(run))) return false;
  const words = runs.filter(isWord);
  return words.some((run) => run.length >= 4) && words.reduce((n, run) => n + run.length, 0) >= letters * 0.7;
}

/** A sequence typed by hand, maybe interleaved (`a1B2c3D4…`, `abc123def456`): its letters or its digits alone run in order. */
function typedSequence(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/gu, '');
  const digits = value.replace(/[^0-9]/gu, '');
  if (hasSequentialRun(letters, 6) || hasSequentialRun(digits, 6)) return true;
  // One part interleaving a run of letters with a run of digits (`a1b2c3d4`, `abc123def456`) is typed too.
  return value.split(/[-_.]/u).some((part) => {
    const partLetters = part.replace(/[^A-Za-z]/gu, '');
    const partDigits = part.replace(/[^0-9]/gu, '');
    return partLetters.length + partDigits.length === part.length && hasSequentialRun(partLetters, 4) && hasSequentialRun(partDigits, 4);
  });
}

/** The value's own evidence: long enough, random enough, and of mixed classes. */
export function looksGenerated(value: string, password: boolean, registry: RegistryLookup | undefined): boolean {
  if (value.length < (password ? 12 : 16)) return false;
  if (shannonEntropy(value) < Math.min(3.5, Math.log2(value.length) - 0.6)) return false;
  // `_`, `-` and `.` glue identifiers together (`_EllipticCurvePrivateKey`); only other symbols count as a class.
  const classes = [/[a-z]/u, /[A-Z]/u, /[0-9]/u, /[^A-Za-z0-9_.-]/u].filter((c) => c.test(value)).length;
  const digitsAndLetters = /[0-9]/u.test(value) && /[A-Za-z]/u.test(value);
  if (!digitsAndLetters && classes < 3) return false;
  if (UUID.test(value) || IDENTIFIER.test(value) || isPath(value) || encodesText(value) || isDescriptive(value) || typedSequence(value)) return false;
  if (/:\/\/|^https?:|^www\./iu.test(value)) return false;
  return !placeholderPassword(value, registry);
}

