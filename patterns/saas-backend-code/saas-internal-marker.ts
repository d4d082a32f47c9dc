import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { alternation } from '../enterprise-source/support/alternation.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

const id = 'saas-internal-marker';

/**
 * Markers the hosted service's code carries (settings.productNames):
 * "<PRODUCT> SaaS internal" comments, `x-<product>-internal…` service-to-
 * service headers, `<PRODUCT>_INTERNAL_…` settings, `<product>:saas-backend`
 * file tags and headers that call a file the hosted service's own code
 * ("the hosted <PRODUCT> SaaS control plane (private service)"). The public contract's own names
 * (`cavra.saas_control_plane.request.v1`, "SaaS control-plane envelope")
 * are not markers.
 */
export default function saasInternalMarker(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const names = settings.productNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9._-]{0,40}$/u.test(n));
  const product = alternation(names);
  const first = names[0] ?? 'product';
  const source =
    `(?<![a-z0-9@/])(?<secret>${product}[ _-]saas[ _-]internal(?:[ _-]only)?|x-${product}-internal(?:-[a-z0-9]{1,20}){0,3}|${product}_internal_[a-z0-9_]{2,40}` +
    // A file tag (`cavra:saas-backend`) and a header that calls the file the hosted service's own code.
    `|${product}:saas[_-]?(?:backend|internal|private|only)` +
    `|hosted[ \\t]+${product}[ \\t]+saas\\b[^\\n]{0,80}?(?:\\(private[ \\t]+service\\)|private[ \\t]+service[ \\t]+code))(?![a-z0-9])`;
  return defineDetector({
    id,
    name: 'SaaS internal marker',
    category: 'saas-backend-code',
    severity: 'error',
    precedence: 2,
    description: `Internal markers of the hosted ${names.join(', ')} service: SaaS-internal comments, internal service headers and settings.`,
    regex: new RegExp(source, 'iu'),
    keywords: [...new Set(names.flatMap((n) => [`${n} saas`, `${n}-saas`, `${n}_saas`, `${n}:saas`, `x-${n}-internal`, `${n}_internal`]))],
    samples: () => ({
      positive: [
        `// ${first.toUpperCase()} SaaS internal: do not publish`,
        `headers['x-${first}-internal-token'] = serviceToken;`,
        `${first.toUpperCase()}_INTERNAL_BILLING_URL`,
        `// ${first}:saas-backend: hosted control-plane service`,
        `// Package controlplane is the hosted ${first.toUpperCase()} SaaS control plane (private service).`,
      ],
      negative: [
        `${first}.saas_control_plane.request.v1`,
        `${first.toUpperCase()} SaaS control-plane envelope`,
        `x-${first}-request-id`,
        `${first.toUpperCase()}_LOG_LEVEL`,
        `The hosted ${first.toUpperCase()} SaaS runs these checks; billing and scheduling remain private service responsibilities.`,
        `import { ledger } from '@${first}/saas-backend';`,
      ],
    }),
  });
}
