// Regenerates schemas/*.schema.json from the built contract module.
// Usage: npm run build && node scripts/write-schemas.mjs
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import {
  operatingAutomationRequestJsonSchema,
  operatingAutomationResponseJsonSchema,
} from '../dist/src/contract/index.js';

const out = new URL('../schemas/', import.meta.url);
const documents = {
  'saas-operating-automation.request.schema.json': operatingAutomationRequestJsonSchema(),
  'saas-operating-automation.response.schema.json': operatingAutomationResponseJsonSchema(),
};
for (const [name, schema] of Object.entries(documents)) {
  writeFileSync(new URL(name, out), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
}
