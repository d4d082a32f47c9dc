import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'openweather-api-key',
  name: 'OpenWeather API key',
  description: 'OpenWeather API keys (32 hex digits) under a key or section named after OpenWeather.',
  vendor: String.raw`open[_.-]?weather(?:map)?|owm(?=[_.-])`,
  keywords: ['openweather', 'open_weather', 'open-weather', 'owm_', 'owm-'],
  shapes: [[[ABC.hex, 32]]],
  sampleKey: 'OPENWEATHER_API_KEY',
  references: ['https://openweathermap.org/appid'],
});
