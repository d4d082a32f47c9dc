import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { alternation } from '../enterprise-source/support/alternation.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

const id = 'product-paid-pack-marker';

/**
 * Markers of a product's paid policy packs, built from settings.productNames:
 * titles such as "<Product> Enterprise Policy Pack", licence ids such as
 * `license: <product>-commercial`, and Rego packages of paid packs
 * (`package <product>.packs.enterprise.pci`).
 */
export default function productPaidPackMarker(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const names = settings.productNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9 ._-]{0,40}$/u.test(n));
  const product = alternation(names);
  const first = names[0] ?? 'product';
  const title = first.toUpperCase();
  return defineDetector({
    id,
    name: 'Paid policy-pack marker',
    category: 'paid-policy-pack',
    severity: 'error',
    description: `Titles and licence ids of paid policy packs of ${names.join(', ')} (Enterprise Policy Pack, ${first}-commercial licence).`,
    // Built from settings; the shape is linear: literal alternations, bounded separators.
    regex: new RegExp(
      `(?<![A-Za-z0-9])(?<secret>${product}[ _-](?:enterprise|premium|paid|commercial|pro)[ _-](?:policy[ _-]?packs?|polic(?:y|ies)|rule[ _-]?packs?)|licen[cs]e\\\\?["']?[ \\t]{0,4}[:=][ \\t]{0,4}\\\\?["'\`]?${product}-(?:commercial|enterprise|proprietary|paid)(?:-[a-z0-9]{1,20})?` +
        // A Rego package of a paid pack: `package <product>.packs.enterprise.pci`.
        `|(?<=\\bpackage[ \\t]{1,4})${product}\\.(?:packs?|polic(?:y|ies)|rules)\\.(?:[a-z_][a-z0-9_]{0,40}\\.){0,2}?(?:enterprise|premium|paid|commercial)(?:\\.[a-z_][a-z0-9_]{0,40}){0,6})(?![A-Za-z0-9-])`,
      'iu',
    ),
    keywords: names,
    samples: () => ({
      positive: [
        `# ${title} Enterprise Policy Pack`,
        { key: 'license', value: `${first}-commercial` },
        `${first}-premium-policies`,
        `${title} Paid Rule Pack: vendor risk`,
        `package ${first}.packs.enterprise.pci.req_3_4`,
      ],
      negative: [
        `# ${title} Community Policy Pack`,
        { key: 'license', value: 'Apache-2.0' },
        'Paid or enterprise policy pack files and their markers.',
        `${first}.saas_control_plane.request.v1`,
        { key: 'license', value: `${first}-community` },
        `package ${first}.packs.community.baseline`,
        `package ${first}.enterprise.billing;`,
      ],
    }),
  });
}
