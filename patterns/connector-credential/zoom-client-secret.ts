import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'zoom-client-secret',
  name: 'Zoom client secret',
  description: 'Zoom app client secrets and secret tokens (32 characters) under a key named after Zoom.',
  vendor: String.raw`zoom(?=[_. -]?(?:client|app|api|webhook|secret|sdk|oauth|account))`,
  keywords: ['zoom'],
  shapes: [[[ABC.alnum, 32]]],
  key: String.raw`(?:client|app|api|webhook)?[_.-]?secret(?:[_.-]?token)?`,
  sampleKey: 'ZOOM_CLIENT_SECRET',
  references: ['https://developers.zoom.us/docs/integrations/oauth/'],
});
