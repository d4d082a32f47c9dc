/**
 * Regex sources for "a value under a key that names its vendor", shared by
 * the detectors whose value alone is too common (a UUID, 40 hex digits, 64
 * letters and digits) and which need the vendor's name standing by it.
 *
 * Both forms end right before the value, past the assignment and its quote:
 *
 * - the same key: `CLOUDFLARE_API_TOKEN=…`, `"snykToken": "…"`,
 *   `-Dsonar.login=…`, `<sumoAccessKey>…`, and a Kubernetes/ECS env entry
 *   (`- name: SNYK_TOKEN` then `value: …` on the next line);
 * - a section named after the vendor and the key inside it, a few lines down
 *   (`cloudflare:` / `  api_token: …`, `sumologic = { access_key = "…" }`,
 *   a Terraform `provider "cloudflare" {` block).
 *
 * Every quantifier is bounded and the separators exclude the characters of
 * the words around them, so the sources stay linear in the window they run in.
 */

/** Quote, optional escaped quote, then `=`, `:`, `:=`, `=>` or an XML `>`, then the opening quote. */
export const ASSIGN = String.raw`\\?["'\x60]?[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4}\\?["'\x60]?`;

/** After a key: the `value:` line of an env entry (`- name: X` / `  value: …`), if any. */
const ENV_ENTRY = String.raw`(?:\\?["'\x60]?[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'\x60]?value)?`;

/** Lines of a section between its name and a key inside it (never crossing a closing brace). */
const SECTION_BODY = String.raw`(?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?`;

export interface VendorContextOptions {
  /** Alternation of the vendor's names as they appear in keys (`cloudflare|cf(?=[_.-])`). */
  readonly vendor: string;
  /** Alternation of the key words that name this value (`(?:api[_.-]?)?token`). */
  readonly key: string;
  /** How many key characters may stand between the vendor and the key word. */
  readonly gap?: number;
  /** Also a key followed by spaces only (a CLI argument: `snyk auth <token>`). */
  readonly spaced?: boolean;
  /** Also words between the vendor and the key word (`twitch client secret = …`, `Mailgun API key: …`). */
  readonly words?: boolean;
}

/**
 * A regex source (no flags, meant for `iu`) that matches up to the start of a
 * value assigned to a key naming the vendor, in either form above.
 */
export function vendorKeyContext({ vendor, key, gap = 30, spaced = false, words = false }: VendorContextOptions): string {
  const assign = spaced ? String.raw`(?:${ASSIGN}|[ \t]{1,4}\\?["'\x60]?)` : ASSIGN;
  const between = words ? String.raw`[\w .-]` : String.raw`[\w.-]`;
  const sameKey = String.raw`(?<![a-z0-9])(?:${vendor})${between}{0,${gap}}?(?:${key})${ENV_ENTRY}${assign}`;
  const section = String.raw`(?<![a-z0-9])(?:${vendor})\\?["'\x60]?(?:[ \t]{0,4}[:=]|[ \t]{1,4}(?=\{))${SECTION_BODY}(?<![a-z0-9])(?:${key})${ASSIGN}`;
  return `${sameKey}|${section}`;
}

/** `vendorKeyContext` compiled with a value source after it: `(?:context)(?<secret>value)(?!end)`. */
export function vendorKeyedValue(options: VendorContextOptions & { readonly value: string; readonly end?: string }): RegExp {
  const end = options.end ?? String.raw`[\w-]`;
  return new RegExp(String.raw`(?:${vendorKeyContext(options)})(?<secret>${options.value})(?!${end})`, 'iu');
}

/** True when `value` mixes upper case, lower case and digits (a random token does; a word or a hex digest does not). */
export function mixesCaseAndDigits(value: string): boolean {
  return /[A-Z]/u.test(value) && /[a-z]/u.test(value) && /\d/u.test(value);
}
