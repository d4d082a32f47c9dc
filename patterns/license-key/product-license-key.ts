import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { escapeRegExp } from '../../src/engine/scan-text.js';
import type { Detector } from '../../src/engine/types.js';
import { ALPHA_NUM, UPPER_NUM, randomString as r } from '../support/sample-builder.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

const id = 'product-license-key';

/** Licence kinds that follow the product name: `CAVRA-LIC-…`, `cavra_ee_…`. */
const KINDS = ['lic', 'license', 'licence', 'ee', 'ent'];

/** Groups of `count` upper-alphanumerics joined by dashes. */
const groups = (seed: string, count: number, width: number): string =>
  Array.from({ length: count }, (_, i) => r(`${seed}-${i}`, UPPER_NUM, width)).join('-');

/**
 * Random keys mix letters and digits throughout; names such as
 * `CAVRA_EE_FEATURE_FLAGS_2024` or `CAVRA-LIC-RENEWAL-NOTICE` do not.
 */
export function looksRandom(body: string): boolean {
  const chars = body.replace(/[^A-Za-z0-9]/gu, '');
  if (chars.length < 16) return false;
  let digits = 0;
  let switches = 0;
  let previous: boolean | undefined;
  for (const ch of chars) {
    const digit = ch >= '0' && ch <= '9';
    if (digit) digits++;
    if (previous !== undefined && previous !== digit) switches++;
    previous = digit;
  }
  return digits >= 2 && chars.length - digits >= 2 && switches >= 4 && shannonEntropy(chars) >= 3;
}

/**
 * Prefixed licence keys of the configured products (`settings.productNames`):
 * `CAVRA-LIC-XXXXX-…`, `CAVRA-EE-…`, `cavra_lic_<base62>`.
 */
export default function productLicenseKey(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const products = settings.productNames.map((p) => p.toLowerCase()).filter((p) => /^[a-z0-9][a-z0-9-]{1,40}$/u.test(p));
  const names = products.map(escapeRegExp).join('|') || 'cavra';
  const kinds = KINDS.join('|');
  const regex = new RegExp(
    String.raw`(?<![A-Za-z0-9_-])(?<secret>(?:${names})(?:-(?:${kinds})-(?<dashed>[A-Z0-9]{2,64}(?:-[A-Z0-9]{2,64}){0,8})|_(?:${kinds})_(?<plain>[A-Z0-9]{16,256})))(?![A-Za-z0-9_-])`,
    'iu',
  );
  return defineDetector({
    id,
    name: 'Product licence key',
    category: 'license-key',
    severity: 'error',
    description: `Licence keys with the product prefix of ${products.join(', ') || 'cavra'} (\`CAVRA-LIC-…\`, \`CAVRA-EE-…\`, \`cavra_lic_…\`): a working key unlocks paid features.`,
    regex,
    keywords: (products.length > 0 ? products : ['cavra']).flatMap((p) => [`${p}-lic`, `${p}_lic`, `${p}-ee-`, `${p}_ee_`, `${p}-ent-`, `${p}_ent_`]),
    validate: (_secret, { groups: g }) => looksRandom(g.dashed ?? g.plain ?? ''),
    samples: () => ({
      positive: [
        `CAVRA-LIC-${groups(`${id}1`, 5, 5)}`,
        `cavra_lic_${r(`${id}2`, ALPHA_NUM, 32)}`,
        `CAVRA-EE-${groups(`${id}3`, 4, 6)}`,
        `CAVRA_ENT_${r(`${id}4`, UPPER_NUM, 28)}`,
        `CAVRA-LICENSE-V2-${groups(`${id}5`, 3, 8)}`,
      ],
      negative: [
        'CAVRA-LIC-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
        'CAVRA-LIC-<your-license-key>',
        'CAVRA_LICENSE_KEY',
        'CAVRA-EE-FEATURE-FLAGS-2024',
        `cavra_lic_${r(`${id}6`, ALPHA_NUM, 10)}`,
        `ACME-LIC-${groups(`${id}7`, 5, 5)}`,
      ],
    }),
  });
}
