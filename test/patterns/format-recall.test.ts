/**
 * Recall over the credential formats of the vendors' documentation: one row
 * per format, a positive generated from the documented shape (prefix, length,
 * alphabet, checksum, the key it stands under), embedded in five syntaxes,
 * and the placeholder the vendor's own documentation shows, which must stay
 * quiet. Prints recall and negatives flagged; both must be perfect.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { ALPHA_NUM, BASE64, BASE64URL, DIGITS, HEX, LOWER_NUM, UPPER_NUM, randomString as r } from '../../patterns/support/sample-builder.js';
import { createEngine } from '../../src/engine/index.js';
import type { Sample } from '../../src/engine/types.js';
import { crc32 } from '../../src/engine/validators.js';
import { embed, type SampleContext } from '../support/embed.js';
import { VENDOR_FORMATS, maskedSample, shapeSample } from '../../patterns/connector-credential/support/vendor-token.js';

const SYNTAXES: readonly SampleContext[] = ['ts-string', 'json', 'yaml', 'markdown', 'dotenv'];
const CREDENTIAL_CATEGORIES = new Set(['connector-credential', 'signing-material', 'escalation-webhook']);
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

interface Row {
  readonly format: string;
  readonly detector: string;
  readonly positive: Sample;
  /** The vendor's documented placeholder or example, under the same key. */
  readonly placeholder: Sample;
}

const uuid = (seed: string): string => {
  const h = r(seed, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20)}`;
};
const withCrc = (head: string): string => `${head}${crc32(head).toString(16).toUpperCase().padStart(8, '0')}`;
const bedrock = (seed: string): string =>
  `ABSK${Buffer.from(`BedrockAPIKey-${r(`${seed}a`, LOWER_NUM, 4)}-at-${r(`${seed}b`, DIGITS, 12)}:${r(`${seed}c`, BASE64, 56)}`).toString('base64')}`;

const ROWS: readonly Row[] = [
  { format: 'Cloudflare API token', detector: 'cloudflare-api-token', positive: { key: 'CLOUDFLARE_API_TOKEN', value: r('fr1', ALPHA_NUM, 40) }, placeholder: { key: 'CLOUDFLARE_API_TOKEN', value: 'Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY' } },
  { format: 'Cloudflare global API key', detector: 'cloudflare-global-api-key', positive: { key: 'CLOUDFLARE_API_KEY', value: r('fr2', HEX, 37) }, placeholder: { key: 'CLOUDFLARE_API_KEY', value: '<API_KEY>' } },
  { format: 'Cloudflare Origin CA key', detector: 'cloudflare-origin-ca-key', positive: { key: 'CF_ORIGIN_CA_KEY', value: `v1.0-${r('fr3', HEX, 24)}-${r('fr4', HEX, 146)}` }, placeholder: { key: 'CF_ORIGIN_CA_KEY', value: 'v1.0-<origin-ca-key>' } },
  { format: 'Snyk API token', detector: 'snyk-api-token', positive: { key: 'SNYK_TOKEN', value: uuid('fr5') }, placeholder: { key: 'SNYK_TOKEN', value: '<API_TOKEN>' } },
  { format: 'SonarQube user token (squ_)', detector: 'sonarqube-token', positive: { key: 'SONAR_TOKEN', value: `squ_${r('fr6', HEX, 40)}` }, placeholder: { key: 'SONAR_TOKEN', value: '<token>' } },
  { format: 'SonarCloud / legacy SonarQube token', detector: 'sonarqube-token', positive: { key: 'SONAR_TOKEN', value: r('fr7', HEX, 40) }, placeholder: { key: 'SONAR_TOKEN', value: '${SONAR_TOKEN}' } },
  { format: 'Slack legacy workspace token (xoxs-)', detector: 'slack-token', positive: `xoxs-${r('fr8', DIGITS, 11)}-${r('fr9', DIGITS, 11)}-${r('fr10', DIGITS, 12)}-${r('fr11', HEX, 64)}`, placeholder: 'xoxs-your-token' },
  { format: 'Slack workspace app token (xoxa-2-)', detector: 'slack-token', positive: `xoxa-2-${r('fr12', DIGITS, 11)}-${r('fr13', DIGITS, 12)}-${r('fr14', DIGITS, 13)}-${r('fr15', HEX, 64)}`, placeholder: 'xoxa-2-your-token' },
  { format: 'Slack config access token (xoxe.xoxp-)', detector: 'slack-token', positive: `xoxe.xoxp-1-${r('fr16', ALPHA_NUM, 150)}`, placeholder: 'xoxe.xoxp-1-...' },
  { format: 'Slack refresh token (xoxe-1-)', detector: 'slack-token', positive: `xoxe-1-${r('fr17', ALPHA_NUM, 140)}`, placeholder: 'xoxe-1-...' },
  { format: 'Slack app-level token (xapp-)', detector: 'slack-app-token', positive: `xapp-1-A${r('fr18', UPPER_NUM, 10)}-${r('fr19', DIGITS, 13)}-${r('fr20', HEX, 64)}`, placeholder: 'xapp-your-app-level-token' },
  { format: 'Azure AD client secret', detector: 'azure-ad-client-secret', positive: { key: 'AZURE_CLIENT_SECRET', value: `${r('fr21', ALPHA_NUM, 3)}8Q~${r('fr22', `${ALPHA_NUM}_~.-`, 34)}` }, placeholder: { key: 'AZURE_CLIENT_SECRET', value: '<client-secret>' } },
  { format: 'Azure storage account key', detector: 'azure-storage-account-key', positive: { key: 'AZURE_STORAGE_KEY', value: `${r('fr23', BASE64, 85)}Q==` }, placeholder: { key: 'AZURE_STORAGE_KEY', value: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==' } },
  { format: 'Azure Container Registry password', detector: 'azure-container-registry-password', positive: { key: 'ACR_PASSWORD', value: `${r('fr24', BASE64, 42)}+ACR${r('fr25', ALPHA_NUM, 6)}` }, placeholder: { key: 'ACR_PASSWORD', value: '<acr-password>' } },
  { format: 'Azure DevOps PAT (84 characters)', detector: 'azure-devops-pat', positive: { key: 'AZURE_DEVOPS_EXT_PAT', value: `${r('fr26', ALPHA_NUM, 52)}AZDO${r('fr27', ALPHA_NUM, 28)}` }, placeholder: { key: 'AZURE_DEVOPS_EXT_PAT', value: '<personal-access-token>' } },
  { format: 'Azure DevOps PAT (52 characters)', detector: 'azure-devops-pat', positive: { key: 'AZURE_DEVOPS_EXT_PAT', value: r('fr28', BASE32_LOWER, 52) }, placeholder: { key: 'AZURE_DEVOPS_EXT_PAT', value: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' } },
  { format: 'AWS secret key in Jenkins credentials XML', detector: 'aws-secret-access-key', positive: `<accessKey>AKIA${r('fr29', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}</accessKey>\n<secretKey>${r('fr30', BASE64, 40)}</secretKey>`, placeholder: '<accessKey>AKIAIOSFODNN7EXAMPLE</accessKey>\n<secretKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</secretKey>' },
  { format: 'AWS id:/secret: labels', detector: 'aws-secret-access-key', positive: `id: AKIA${r('fr31', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}\nsecret: ${r('fr32', BASE64, 40)}`, placeholder: 'id: AKIAIOSFODNN7EXAMPLE\nsecret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  { format: 'Amazon Bedrock API key (ABSK)', detector: 'aws-bedrock-api-key', positive: { key: 'AWS_BEARER_TOKEN_BEDROCK', value: bedrock('fr33') }, placeholder: { key: 'AWS_BEARER_TOKEN_BEDROCK', value: 'ABSKQmVkcm9ja0FQSUtleS0...' } },
  { format: 'Atlassian API token (ATATT3)', detector: 'atlassian-api-token', positive: { key: 'JIRA_API_TOKEN', value: withCrc(`ATATT3xFfGF0${r('fr34', BASE64URL, 171)}=`) }, placeholder: { key: 'JIRA_API_TOKEN', value: 'your-jira-api-token' } },
  { format: 'Bitbucket access token (ATCTT3)', detector: 'atlassian-api-token', positive: { key: 'BITBUCKET_TOKEN', value: withCrc(`ATCTT3xFfGN0${r('fr35', BASE64URL, 171)}=`) }, placeholder: { key: 'BITBUCKET_TOKEN', value: '<TOKEN>' } },
  { format: 'Bitbucket app password (ATBB)', detector: 'bitbucket-app-password', positive: { key: 'BITBUCKET_APP_PASSWORD', value: `ATBB${r('fr36', ALPHA_NUM, 24)}${r('fr37', '0123456789ABCDEF', 8)}` }, placeholder: { key: 'BITBUCKET_APP_PASSWORD', value: '<app-password>' } },
  { format: '1Password account Secret Key (A3-)', detector: 'onepassword-secret-key', positive: { key: 'OP_SECRET_KEY', value: `A3-${r('fr90', UPPER_NUM, 6)}-${r('fr91', UPPER_NUM, 6)}-${r('fr92', UPPER_NUM, 5)}-${r('fr93', UPPER_NUM, 5)}-${r('fr94', UPPER_NUM, 5)}-${r('fr95', UPPER_NUM, 5)}` }, placeholder: { key: 'OP_SECRET_KEY', value: 'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX' } },
  { format: '1Password service account token (ops_)', detector: 'onepassword-service-account-token', positive: { key: 'OP_SERVICE_ACCOUNT_TOKEN', value: `ops_${Buffer.from(JSON.stringify({ signInAddress: 'my.1password.com', email: `${r('fr38', LOWER_NUM, 12)}@1passwordserviceaccounts.com`, srpX: r('fr39', HEX, 64), secretKey: `A3-${r('fr40', UPPER_NUM, 6)}-${r('fr41', UPPER_NUM, 11)}`, muk: { k: r('fr42', BASE64URL, 43) } })).toString('base64').replace(/=/gu, '')}` }, placeholder: { key: 'OP_SERVICE_ACCOUNT_TOKEN', value: '<your-service-account-token>' } },
  { format: 'Square access token (EAAA)', detector: 'square-access-token', positive: { key: 'SQUARE_ACCESS_TOKEN', value: `EAAA${r('fr43', BASE64URL, 60)}` }, placeholder: { key: 'SQUARE_ACCESS_TOKEN', value: '{{SQUARE_ACCESS_TOKEN}}' } },
  { format: 'HashiCorp Vault service token (hvs.)', detector: 'hashicorp-vault-token', positive: { key: 'VAULT_TOKEN', value: `hvs.CAESI${r('fr44', BASE64URL, 86)}` }, placeholder: { key: 'VAULT_TOKEN', value: 'hvs.<your-vault-token>' } },
  { format: 'HashiCorp Vault legacy token (s.)', detector: 'hashicorp-vault-token', positive: { key: 'VAULT_TOKEN', value: `s.${r('fr45', ALPHA_NUM, 24)}` }, placeholder: { key: 'VAULT_TOKEN', value: 's.XXXXXXXXXXXXXXXXXXXXXXXX' } },
  { format: 'Meta access token (EAA)', detector: 'facebook-access-token', positive: { key: 'FACEBOOK_ACCESS_TOKEN', value: `EAAB${r('fr46', ALPHA_NUM, 160)}` }, placeholder: { key: 'FACEBOOK_ACCESS_TOKEN', value: '<access-token>' } },
  { format: 'Meta app secret', detector: 'facebook-app-secret', positive: { key: 'FACEBOOK_APP_SECRET', value: r('fr47', HEX, 32) }, placeholder: { key: 'FACEBOOK_APP_SECRET', value: '{app-secret}' } },
  { format: 'Sidekiq Pro/Enterprise credentials', detector: 'sidekiq-credentials', positive: `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${r('fr48', HEX, 8)}:${r('fr49', HEX, 8)}`, placeholder: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=cafebabe:deadbeef' },
  { format: 'Sumo Logic access id', detector: 'sumologic-access-id', positive: { key: 'SUMOLOGIC_ACCESSID', value: `su${r('fr50', ALPHA_NUM, 5)}9Xk${r('fr51', ALPHA_NUM, 4)}` }, placeholder: { key: 'SUMOLOGIC_ACCESSID', value: '<your-sumologic-access-id>' } },
  { format: 'Sumo Logic access key', detector: 'sumologic-access-key', positive: { key: 'SUMOLOGIC_ACCESSKEY', value: r('fr52', ALPHA_NUM, 64) }, placeholder: { key: 'SUMOLOGIC_ACCESSKEY', value: '<your-sumologic-access-key>' } },
  { format: 'Stripe webhook signing secret (whsec_)', detector: 'stripe-webhook-secret', positive: { key: 'STRIPE_WEBHOOK_SECRET', value: `whsec_${r('fr53', ALPHA_NUM, 32)}` }, placeholder: { key: 'STRIPE_WEBHOOK_SECRET', value: 'whsec_...' } },
  { format: 'Stripe restricted key (rk_live_)', detector: 'stripe-live-key', positive: { key: 'STRIPE_KEY', value: `rk_live_51${r('fr54', ALPHA_NUM, 97)}` }, placeholder: { key: 'STRIPE_KEY', value: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' } },
  { format: 'Datadog application key', detector: 'datadog-app-key', positive: { key: 'DD_APP_KEY', value: r('fr55', HEX, 40) }, placeholder: { key: 'DD_APP_KEY', value: '<DATADOG_APP_KEY>' } },
  { format: 'PagerDuty Events routing key', detector: 'pagerduty-routing-key', positive: { key: 'PAGERDUTY_ROUTING_KEY', value: r('fr56', LOWER_NUM, 32) }, placeholder: { key: 'PAGERDUTY_ROUTING_KEY', value: '<your-integration-key>' } },
  { format: 'Salesforce consumer secret', detector: 'salesforce-consumer-secret', positive: { key: 'SALESFORCE_CONSUMER_SECRET', value: r('fr57', HEX, 64).toUpperCase() }, placeholder: { key: 'SALESFORCE_CONSUMER_SECRET', value: '<consumer_secret>' } },
  { format: 'GitHub fine-grained PAT (github_pat_)', detector: 'github-fine-grained-token', positive: `github_pat_11${r('fr58', UPPER_NUM, 20)}_${r('fr59', ALPHA_NUM, 59)}`, placeholder: 'github_pat_<your-fine-grained-token>' },
];

/**
 * The formats described as data (patterns/connector-credential/support/vendor-token.ts):
 * each documented shape, generated under the format's key with a seed of its
 * own (not the detector's samples), and the shape masked with `x` as
 * documentation writes it.
 */
const DATA_ROWS: readonly Row[] = VENDOR_FORMATS.flatMap((format) =>
  format.shapes.map((shape, i) => ({
    format: `${format.name} (shape ${i + 1})`,
    detector: format.id,
    positive: { key: format.sampleKey, value: shapeSample(shape, `format-recall:${format.id}:${i}`) },
    placeholder: { key: format.sampleKey, value: maskedSample(shape) },
  })),
);

const engine = createEngine(catalog);
const scan = (sample: Sample, syntax: SampleContext): { ruleId: string; category: string }[] => {
  const { path, text } = embed(sample, syntax);
  return engine.scanText(text, { path }).findings.map((f) => ({ ruleId: f.ruleId, category: f.category }));
};

describe('format recall (vendor-documented formats)', () => {
  it('finds every generated positive in every syntax and flags no documented placeholder', () => {
    const misses: string[] = [];
    const flagged: string[] = [];
    let found = 0;
    for (const row of [...ROWS, ...DATA_ROWS]) {
      for (const syntax of SYNTAXES) {
        if (scan(row.positive, syntax).some((f) => f.ruleId === row.detector)) found += 1;
        else misses.push(`${row.format} (${syntax})`);
        const noise = scan(row.placeholder, syntax).filter((f) => CREDENTIAL_CATEGORIES.has(f.category));
        if (noise.length > 0) flagged.push(`${row.format} (${syntax}): ${noise.map((f) => f.ruleId).join(', ')}`);
      }
    }
    const total = (ROWS.length + DATA_ROWS.length) * SYNTAXES.length;
    console.log(`format recall: ${found}/${total} (${((100 * found) / total).toFixed(1)}%) over ${ROWS.length + DATA_ROWS.length} formats x ${SYNTAXES.length} syntaxes; documented placeholders flagged: ${flagged.length}/${total}`);
    expect(misses).toEqual([]);
    expect(flagged).toEqual([]);
  });

  it('names only detectors of the catalog', () => {
    const ids = new Set(catalog.map((d) => d.id));
    expect([...ROWS, ...DATA_ROWS].map((row) => row.detector).filter((id) => !ids.has(id))).toEqual([]);
  });
});
