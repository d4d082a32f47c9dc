import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'droneci-token',
  name: 'Drone CI token',
  description: 'Drone CI personal tokens (32 characters) under a key or section named after Drone.',
  vendor: String.raw`drone(?:ci)?`,
  keywords: ['drone'],
  shapes: [[[ABC.alnum, 32]]],
  sampleKey: 'DRONE_TOKEN',
  references: ['https://docs.drone.io/cli/setup/'],
});
