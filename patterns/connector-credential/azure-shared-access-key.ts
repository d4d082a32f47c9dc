import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { BASE64, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'azure-shared-access-key';

/** 32 random bytes as Azure prints a shared access key (44 base64 characters). */
const sharedKey = (seed: string): string => `${r(seed, BASE64, 43)}=`;

export default defineDetector({
  id,
  name: 'Azure shared access key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Shared access keys in Azure Service Bus, Event Hubs, Relay and IoT Hub connection strings (SharedAccessKey= + 44 base64 characters).',
  regex: /(?<![a-z0-9])SharedAccessKey[ \t]{0,2}=[ \t]{0,2}(?<secret>[a-z0-9+/]{43}=)(?![a-z0-9+/=])/iu,
  keywords: ['sharedaccesskey='],
  entropy: 4,
  validate: (secret) => decodeBase64(secret)?.length === 32,
  references: [
    'https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-authentication-and-authorization#shared-access-signature',
    'https://learn.microsoft.com/en-us/azure/event-hubs/authenticate-shared-access-signature',
  ],
  samples: () => ({
    positive: [
      `Endpoint=sb://ns-${r(`${id}1`, LOWER_NUM, 10)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sharedKey(`${id}2`)}`,
      `HostName=iot-${r(`${id}3`, LOWER_NUM, 8)}.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${sharedKey(`${id}4`)}`,
      `Endpoint=sb://evh-${r(`${id}5`, LOWER_NUM, 8)}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${sharedKey(`${id}6`)};EntityPath=telemetry`,
    ],
    negative: [
      'Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>',
      'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SERVICEBUS_KEY}',
      `SharedAccessKey=${'X'.repeat(43)}=`,
      'SharedAccessKeyName=RootManageSharedAccessKey',
    ],
  }),
});
