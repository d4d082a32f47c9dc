import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'splunk-hec-token',
  name: 'Splunk HTTP Event Collector token',
  description: 'Splunk HEC tokens (a UUID) under a key, header or section named after Splunk or HEC.',
  vendor: String.raw`splunk|hec(?=[_.-])`,
  keywords: ['splunk', 'hec_', 'hec-', 'hec.'],
  shapes: [[[ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  sampleKey: 'SPLUNK_HEC_TOKEN',
  references: ['https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector'],
});
