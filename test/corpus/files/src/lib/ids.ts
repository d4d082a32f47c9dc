/** Well-known constant identifiers; none of them is a secret. */

// RFC 4122 namespace UUIDs (DNS, URL, OID, X.500).
export const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

// Stable ids of built-in records.
export const BUILTIN_POLICY_IDS = {
  baseline: '⟦gen:uuid:ids1⟧',
  mfa: '⟦gen:uuid:ids2⟧',
  retention: '⟦gen:uuid:ids3⟧',
};

// Git objects referenced by the migration guide.
export const FIRST_COMMIT = '⟦gen:git-sha:ids4⟧';
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

// SHA-256 of the empty string, used to detect empty uploads.
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

// Content hashes of the bundled fonts (subresource integrity).
export const FONT_INTEGRITY = {
  inter: '⟦gen:integrity:ids5⟧',
  mono: '⟦gen:integrity:ids6⟧',
};

export const TRACE_ID_EXAMPLE = '4bf92f3577b34da6a3ce929d0e0e4736';
export const SPAN_ID_EXAMPLE = '00f067aa0ba902b7';
export const BUILD_NONCE = '⟦gen:b64:ids7:16⟧';
