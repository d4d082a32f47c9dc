import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'assemblyai-api-key',
  name: 'AssemblyAI API key',
  description: 'AssemblyAI API keys (32 hex digits) under a key or section named after AssemblyAI.',
  vendor: String.raw`assembly[_.-]?ai`,
  keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
  shapes: [[[ABC.hex, 32]]],
  sampleKey: 'ASSEMBLYAI_API_KEY',
  references: ['https://www.assemblyai.com/docs/api-reference/overview#authorization'],
});
