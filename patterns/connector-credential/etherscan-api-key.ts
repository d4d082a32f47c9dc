import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'etherscan-api-key',
  name: 'Etherscan API key',
  description: 'Etherscan (and its sibling explorers\') API keys (34 upper-case letters and digits) under a key or section named after the explorer.',
  vendor: String.raw`etherscan|bscscan|polygonscan|arbiscan`,
  keywords: ['etherscan', 'bscscan', 'polygonscan', 'arbiscan'],
  shapes: [[[ABC.upperAlnum, 34]]],
  sampleKey: 'ETHERSCAN_API_KEY',
  references: ['https://docs.etherscan.io/getting-started/viewing-api-usage-statistics'],
});
