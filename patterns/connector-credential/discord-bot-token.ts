import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'discord-bot-token',
  name: 'Discord bot token or client secret',
  description: 'Discord bot tokens (user id . timestamp . HMAC) and OAuth client secrets (32 characters) under a key or section named after Discord.',
  vendor: String.raw`discord`,
  keywords: ['discord'],
  shapes: [[[ABC.base64url, 24, 26], '.', [ABC.base64url, 6], '.', [ABC.base64url, 27, 38]], [[ABC.base64url, 32]]],
  sampleKey: 'DISCORD_BOT_TOKEN',
  references: ['https://discord.com/developers/docs/reference#authentication'],
});
