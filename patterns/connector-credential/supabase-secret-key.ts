import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'supabase-secret-key',
  name: 'Supabase secret API key',
  description: 'Supabase secret API keys (sb_secret_ + the key): bypass row-level security on the project\'s database (sb_publishable_ keys are public).',
  shapes: [['sb_secret_', [ABC.base64url, 31, 64]]],
  sampleKey: 'SUPABASE_SECRET_KEY',
  references: ['https://supabase.com/docs/guides/api/api-keys'],
});
