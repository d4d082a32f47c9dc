import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'clickhouse-cloud-api-secret',
  name: 'ClickHouse Cloud API key secret',
  description: 'ClickHouse Cloud API key secrets (4b1d + 38 characters): manage the organisation\'s services.',
  shapes: [['4b1d', [ABC.alnum, 38]]],
  sampleKey: 'CLICKHOUSE_KEY_SECRET',
  references: ['https://clickhouse.com/docs/cloud/manage/openapi'],
});
