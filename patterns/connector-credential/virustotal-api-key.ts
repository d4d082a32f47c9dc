import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'virustotal-api-key',
  name: 'VirusTotal API key',
  description: 'VirusTotal API keys (64 hex digits) under a key or section named after VirusTotal.',
  vendor: String.raw`virus[_.-]?total|vt(?=[_.-]api)`,
  keywords: ['virustotal', 'virus_total', 'virus-total', 'vt_api', 'vt-api'],
  shapes: [[[ABC.hex, 64]]],
  sampleKey: 'VIRUSTOTAL_API_KEY',
  references: ['https://docs.virustotal.com/reference/authentication'],
});
