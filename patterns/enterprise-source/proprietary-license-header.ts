import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'proprietary-license-header';

/**
 * Proprietary licence headers: the confidentiality notice ("Proprietary and
 * confidential"), the copying ban ("Unauthorized copying …
 * strictly prohibited"), SPDX identifiers naming a proprietary,
 * commercial, enterprise or confidential licence, and npm's
 * `SEE LICENSE IN <file>` pointing at an enterprise or commercial licence. A plain copyright line
 * ("All rights reserved.") under an open licence is not one.
 */
export default defineDetector({
  id,
  name: 'Proprietary licence header',
  category: 'enterprise-source',
  severity: 'error',
  description: 'Proprietary licence headers (confidentiality notices, copying bans), SPDX identifiers of proprietary or commercial licences and package licences that point at an enterprise licence file.',
  regex:
    /(?<secret>proprietary[ \t]+and[ \t]+confidential|confidential[ \t]+and[ \t]+proprietary|unauthori[sz]ed[ \t]+(?:copying|use|reproduction|distribution)\b(?:(?!strictly|unauthori[sz]ed)[^\n]){1,120}strictly[ \t]+prohibited|SPDX-License-Identifier:[ \t]*(?:LicenseRef-[\w.-]{1,100}|proprietary\b)|SEE[ \t]+LICEN[CS]E[ \t]+IN[ \t]+[\w./-]{0,60}(?:enterprise|commercial|proprietary|eula)[\w./-]{0,40})/iu,
  // The sentences of one header are one finding.
  oncePer: 'record',
  keywords: ['proprietary', 'strictly prohibited', 'licenseref-', 'see license in', 'see licence in'],
  // A LicenseRef counts when it names a proprietary, commercial, enterprise or confidential licence.
  validate: (secret) => !/licenseref-/iu.test(secret) || /commercial|proprietary|enterprise|confidential/iu.test(secret.slice(secret.search(/licenseref-/iu))),
  references: ['https://spdx.github.io/spdx-spec/v2.3/other-licensing-information-detected/'],
  samples: () => ({
    positive: [
      'Copyright (c) 2024 Northbridge Systems. Proprietary and confidential.',
      'Unauthorized copying of this file, via any medium, is strictly prohibited',
      'SPDX-License-Identifier: LicenseRef-CAVRA-Enterprise',
      'SPDX-License-Identifier: LicenseRef-Northbridge-Commercial-1.0',
      { key: 'license', value: 'SEE LICENSE IN LICENSE-ENTERPRISE.md' },
    ],
    negative: [
      'Copyright (c) 2024 CAVRA contributors. All rights reserved. Licensed under the MIT License.',
      'SPDX-License-Identifier: Apache-2.0',
      'permit linking proprietary applications with the library',
      'Redistribution is strictly prohibited by nothing in this licence',
      'SPDX-License-Identifier: LicenseRef-scancode-public-domain',
      { key: 'license', value: 'SEE LICENSE IN LICENSE.md' },
    ],
  }),
});
