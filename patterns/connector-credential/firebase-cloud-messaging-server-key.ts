import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'firebase-cloud-messaging-server-key',
  name: 'Firebase Cloud Messaging server key',
  description: 'Firebase Cloud Messaging legacy server keys (AAAA + 7 characters + :APA91b + 134): send push messages to the project\'s users.',
  shapes: [['AAAA', [ABC.base64url, 7], ':APA91b', [ABC.base64url, 134]]],
  sampleKey: 'FCM_SERVER_KEY',
  references: ['https://firebase.google.com/docs/cloud-messaging/auth-server'],
});
