import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { customerContextNear } from './support/customer-context.js';
import { introducedAsExample, isTypedDigits } from './support/payload-values.js';

const id = 'aws-account-id';

/** Vendor reference text lists the regional accounts of a service on one line; a leak names one or two. */
function listsManyAccounts(line: string): boolean {
  const ids = new Set(line.match(/(?<=:)\d{12}(?=:)/gu) ?? []);
  return ids.size >= 4;
}

/**
 * AWS account ids of customers: under an AWS account key, inside an ARN
 * (`arn:aws:iam::<id>:role/…`) or an ECR registry host, with a customer or
 * tenant key next to it. Without one, an account id is the project's own
 * infrastructure, an AWS service principal or a canned test response. Lambda
 * layer ARNs are published for anyone to use and are not reported.
 */
export default defineDetector({
  id,
  name: 'AWS account id',
  category: 'customer-identifier',
  severity: 'error',
  description: 'AWS account ids of customers: under AWS account keys, in ARNs and in ECR registry hosts, next to a customer or tenant key.',
  regex:
    /(?:(?<![A-Z0-9])aws[_-]?account(?:[_-]?(?:id|number|no))?\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?|(?<![A-Z0-9])arn:aws(?:-cn|-us-gov|-iso(?:-[a-z])?)?:[a-z0-9-]{1,40}:(?<region>[a-z0-9-]{0,25}):|(?<![A-Z0-9.-]))(?<secret>\d{12})(?:(?=(?<ecr>\.dkr\.ecr))|:(?<resource>[A-Z0-9-]{0,40})|(?![A-Z0-9]))/iu,
  keywords: ['aws_account', 'awsaccount', 'aws-account', 'arn:aws', 'dkr.ecr'],
  validate: (secret, context) => {
    const { match, groups, line } = context;
    // AWS's documented and published accounts are in the registry, which the engine applies to the value.
    if (isTypedDigits(secret) || listsManyAccounts(line) || introducedAsExample(line, match)) return false;
    // Reference text writes the region as a word (`arn:aws:sagemaker:region:…`); a real ARN has a real one or none.
    if (groups.region !== undefined && groups.region !== '' && !/^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]{4,9}-\d$/u.test(groups.region)) return false;
    // The bare-number branch only counts in front of an ECR host.
    const inContext = /^(?:aws|arn)/iu.test(match) || groups.ecr !== undefined;
    return inContext && groups.resource !== 'layer' && customerContextNear(context);
  },
  references: ['https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html'],
  samples: () => ({
    positive: [
      { key: 'customer_aws_account_id', value: `4${r(`${id}1`, DIGITS, 11)}` },
      `tenant_role_arn: arn:aws:iam::3${r(`${id}2`, DIGITS, 11)}:role/billing-export`,
      `customer: Haugland Maritime, queue: arn:aws:sqs:eu-west-1:7${r(`${id}3`, DIGITS, 11)}:closeout-retries`,
      `customer_account_registry=6${r(`${id}4`, DIGITS, 11)}.dkr.ecr.us-east-1.amazonaws.com/control-plane:1.4.2`,
    ],
    negative: [
      { key: 'aws_account_id', value: '123456789012' },
      'arn:aws:iam::111122223333:role/ExampleRole',
      'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:38',
      '602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.15.0',
      'arn:aws:s3:::release-artifacts/build.zip',
      { key: 'aws_account_id', value: '<account-id>' },
      'Example: arn:aws:health:us-east-1:488216288981:entity/AVh5GGT7ul1arKr1sE1K',
      'arn:aws:datasync:us-east-1:111222333444:task/task-0208075f79cedf4a2',
      'arn:aws:sagemaker:aws-region:394669845002:human-task-ui/VideoObjectTracking',
      // No customer next to it: a role in a test fixture, an AWS service principal, the project's own CI account.
      `arn:aws:iam::5${r(`${id}5`, DIGITS, 11)}:role/FederatedWebIdentityRole`,
      `{"Principal": {"AWS": "arn:aws:iam::0${r(`${id}6`, DIGITS, 11)}:root"}, "Action": "s3:PutObject"}`,
      { key: 'AWS_ACCOUNT_ID', value: `0${r(`${id}7`, DIGITS, 11)}` },
      `VaultARN: arn:aws:glacier:us-east-1:6${r(`${id}8`, DIGITS, 11)}:vaults/vault0, CustomerGatewayId: cgw-b4dc3961`,
    ],
  }),
});
