import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'aws-secret-access-key';

export default defineDetector({
  id,
  name: 'AWS secret access key',
  category: 'connector-credential',
  severity: 'error',
  description: 'AWS secret access keys (40 base64 characters) under an aws_secret_access_key / AWS_SECRET_ACCESS_KEY / secretAccessKey key, a secret_key in an aws provider block, or next to an access key id.',
  // 40 characters alone are too common (hashes, base64). What makes the value an AWS secret: its key name
  // (also as a Kubernetes/ECS env entry), a `secret_key` in a Terraform `aws` provider block, or an access
  // key id just before it on the line, or a secret label (Jenkins credentials XML <secretKey>, id:/secret: pairs) a few
  // lines after an access key id.
  regex:
    /(?:(?<![a-z0-9])(?:aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key)\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?(?:[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4}|[ \t]{1,4})|(?<![a-z0-9])provider[ \t]{1,4}\\?["']?aws\\?["']?[ \t]{0,4}\{(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])secret[_.-]?(?:access[_.-]?)?key\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4}|(?<![a-z0-9])a[ks]ia[a-z2-7]{16}(?![a-z0-9])[^\n]{1,60}?(?<![a-z0-9/+=])|(?<![a-z0-9])a[ks]ia[a-z2-7]{16}(?![a-z0-9])[\s\S]{1,200}?(?<![a-z0-9])secret[\w.-]{0,20}\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=>])[ \t]{0,4})\\?["'`]?(?<secret>[a-z0-9/+]{40})(?![a-z0-9/+=])/iu,
  // Gates the file-wide pass: every match holds one of these.
  keywords: ['awssecret', 'aws_secret', 'aws-secret', 'aws.secret', 'secretaccess', 'secret_access', 'secret-access', 'secret.access', 'secret_key', 'secretkey', 'secret-key', 'akia', 'asia'],
  // A bare secret_key is Terraform's provider argument, so it is assigned; akia / asia start an access key id
  // ("Asia/Tokyo" does not).
  keywordContext: /(?:aws[_.-]?secret|secret[_.-]?access|secret[_.-]?key\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=>])|a[ks]ia[a-z2-7]{16}(?![a-z0-9]))/iu,
  multiline: true,
  reach: 'match',
  entropy: 4,
  // Real keys mix cases and digits; hex digests and lower-case words do not.
  validate: (secret) => /[A-Z]/u.test(secret) && /[a-z]/u.test(secret) && /[0-9/+]/u.test(secret) && !hasSequentialRun(secret),
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html', 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html'],
  samples: () => ({
    positive: [
      { key: 'aws_secret_access_key', value: r(`${id}1`, BASE64, 40) },
      { key: 'secretAccessKey', value: r(`${id}2`, BASE64, 40) },
      { key: 'AWS_SECRET_ACCESS_KEY', value: r(`${id}3`, BASE64, 40) },
      `aws configure set aws_secret_access_key ${r(`${id}5`, BASE64, 40)}`,
      `<SecretAccessKey>${r(`${id}6`, BASE64, 40)}</SecretAccessKey>`,
      `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "AKIA${r(`${id}7`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"\n  secret_key = "${r(`${id}8`, BASE64, 40)}"\n}`,
      `new BasicAWSCredentials("AKIA${r(`${id}9`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}", "${r(`${id}10`, BASE64, 40)}")`,
      `- name: AWS_SECRET_ACCESS_KEY\n  value: ${r(`${id}11`, BASE64, 40)}`,
      `<com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>deploy-aws</id>\n  <accessKey>AKIA${r(`${id}13`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}</accessKey>\n  <secretKey>${r(`${id}14`, BASE64, 40)}</secretKey>\n</com.cloudbees.jenkins.plugins.awscredentials.AWSCredentialsImpl>`,
      `id: AKIA${r(`${id}15`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\nsecret: ${r(`${id}16`, BASE64, 40)}`,
    ],
    negative: [
      // AWS's documented example secrets.
      { key: 'aws_secret_access_key', value: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
      { key: 'aws_secret_access_key', value: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' },
      { key: 'aws_secret_access_key', value: '${AWS_SECRET_ACCESS_KEY}' },
      // A git object id under the key is not an AWS secret.
      { key: 'secretAccessKey', value: 'b1946ac92492d2347c6235b4d2611184e3b0c442' },
      // 40 characters without the key name.
      { key: 'checksum', value: r(`${id}4`, BASE64, 40) },
      { key: 'aws_secret_access_key', value: 'your-secret-access-key' },
      // A Django secret key is not an AWS key.
      { key: 'SECRET_KEY', value: r(`${id}12`, BASE64, 40) },
      // Jenkins stores the secret encrypted: {AQAAAB…} is no key.
      `<accessKey>AKIA${r(`${id}17`, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}</accessKey>\n<secretKey>{AQAAABAAAAAw${r(`${id}18`, BASE64, 60)}}</secretKey>`,
    ],
  }),
});
