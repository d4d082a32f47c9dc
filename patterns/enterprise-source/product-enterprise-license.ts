import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { alternation } from './support/alternation.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';

const id = 'product-enterprise-license';

/**
 * Headers that put a file under the product's enterprise or commercial
 * licence (settings.productNames): "Licensed under the <product> Enterprise
 * License", "subject to the <product> Commercial License", "This file is part
 * of <product> Enterprise". A sentence that only names the edition is not one.
 */
export default function productEnterpriseLicense(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const names = settings.productNames.map((n) => n.toLowerCase()).filter((n) => /^[a-z0-9][a-z0-9 ._-]{0,40}$/u.test(n));
  const product = alternation(names);
  const title = (names[0] ?? 'product').toUpperCase();
  const source =
    `(?<secret>(?:licensed[ \\t]+under|subject[ \\t]+to|governed[ \\t]+by|terms[ \\t]+of)(?:[ \\t]+the)?[ \\t]+${product}[ \\t]+(?:enterprise|commercial|ee|saas)(?:[ \\t]+edition)?[ \\t]+(?:licen[cs]e|eula|terms|agreement)` +
    `|this[ \\t]+file[ \\t]+is[ \\t]+part[ \\t]+of[ \\t]+${product}[ \\t]+(?:enterprise|commercial|ee|saas))(?![a-z0-9])`;
  return defineDetector({
    id,
    name: 'Enterprise licence header',
    category: 'enterprise-source',
    severity: 'error',
    description: `Headers that place a file under the enterprise or commercial licence of ${names.join(', ')}.`,
    regex: new RegExp(source, 'iu'),
    keywords: names,
    samples: () => ({
      positive: [
        `Licensed under the ${title} Enterprise License; you may not use this file except in compliance with it.`,
        `This file is part of ${title} Enterprise.`,
        `Use of this source code is governed by the ${title} Commercial License Agreement.`,
      ],
      negative: [
        `Licensed under the Apache License, Version 2.0; ${title} Community Edition.`,
        `Some features require ${title} Enterprise.`,
        `This file is part of ${title}.`,
        `${title} Enterprise License holders get support.`,
      ],
    }),
  });
}
