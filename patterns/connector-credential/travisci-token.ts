import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'travisci-token',
  name: 'Travis CI token',
  description: 'Travis CI API tokens (22 characters) under a key or section named after Travis.',
  vendor: String.raw`travis(?:[_.-]?ci)?`,
  keywords: ['travis'],
  shapes: [[[ABC.alnum, 22]]],
  sampleKey: 'TRAVIS_API_TOKEN',
  references: ['https://docs.travis-ci.com/user/triggering-builds/'],
});
