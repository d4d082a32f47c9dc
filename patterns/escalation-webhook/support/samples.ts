import { HEX, randomString as r } from '../../support/sample-builder.js';

/** A version-4 GUID built from a seed, for samples. */
export const guid = (seed: string): string =>
  [r(`${seed}a`, HEX, 8), r(`${seed}b`, HEX, 4), `4${r(`${seed}c`, HEX, 3)}`, `a${r(`${seed}d`, HEX, 3)}`, r(`${seed}e`, HEX, 12)].join('-');
