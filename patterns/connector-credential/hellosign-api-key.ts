import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'hellosign-api-key',
  name: 'Dropbox Sign (HelloSign) API key',
  description: 'Dropbox Sign (HelloSign) API keys (64 hex digits) under a key or section named after HelloSign or Dropbox Sign.',
  vendor: String.raw`hellosign|dropbox[_.-]?sign`,
  keywords: ['hellosign', 'dropbox_sign', 'dropbox-sign', 'dropboxsign'],
  shapes: [[[ABC.hex, 64]]],
  sampleKey: 'HELLOSIGN_API_KEY',
  references: ['https://developers.hellosign.com/api/reference/authentication/'],
});
