import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'nuget-api-key',
  name: 'NuGet API key',
  description: 'NuGet.org API keys (oy2 + 43 characters): push packages under the account\'s ids.',
  shapes: [['oy2', [ABC.lowerAlnum, 43]]],
  sampleKey: 'NUGET_API_KEY',
  references: ['https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys'],
});
