/**
 * Cases the sample harness cannot express for the license-key,
 * signing-material, escalation-webhook and dashboard-url detectors: key
 * paths, overlaps between detectors, settings, realistic files that must stay
 * clean, and key blocks in the shapes people paste them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as dashboardUrl from '../../patterns/dashboard-url/index.js';
import * as escalationWebhook from '../../patterns/escalation-webhook/index.js';
import * as licenseKey from '../../patterns/license-key/index.js';
import * as signingMaterial from '../../patterns/signing-material/index.js';
import { resolveCatalogSettings, type CatalogSettings } from '../../patterns/support/settings.js';
import { ALPHA_NUM, BASE64URL, DIGITS, HEX, LOWER_NUM, UPPER_NUM, base64UrlJson, randomBase64Lines, randomString as r } from '../../patterns/support/sample-builder.js';
import { wrapBase64 } from '../../patterns/signing-material/support/armor.js';
import { sampleKeyDer } from '../../patterns/signing-material/support/der.js';
import { createEngine } from '../../src/engine/index.js';
import type { Detector } from '../../src/engine/types.js';

const CATEGORIES = new Set(['license-key', 'signing-material', 'escalation-webhook', 'dashboard-url']);
/** These categories' detectors only, so that this file does not depend on the rest of the catalog. */
const detectorsFor = (settings: Partial<CatalogSettings> = {}): Detector[] => {
  const resolved = resolveCatalogSettings(settings);
  return [licenseKey, signingMaterial, escalationWebhook, dashboardUrl].flatMap((module) => module.detectors(resolved));
};
const mine = detectorsFor();
const engine = createEngine(mine);
const scan = (text: string, path: string) => engine.scanText(text, { path });
const ids = (text: string, path: string): string[] => scan(text, path).findings.map((f) => f.ruleId);
/** Joins labels with dots, so that no realistic host sits in this file as one literal. */
const host = (...labels: string[]): string => labels.join('.');
const sample = (id: string, index = 0): string => {
  const detector = mine.find((d) => d.id === id);
  const value = detector?.samples().positive[index];
  if (value === undefined) throw new Error(`no sample ${id}[${index}]`);
  return typeof value === 'string' ? value : value.value;
};

describe('key paths', () => {
  it('reports the JSON key path of a routing key', () => {
    const key = r('kp1', HEX, 32);
    const text = JSON.stringify({ alerting: { pagerduty: { routing_key: key, severity: 'critical' } } }, null, 2);
    const { findings } = scan(text, 'config/alerting.json');
    expect(findings.map((f) => [f.ruleId, f.keyPath])).toEqual([['pagerduty-routing-key', 'alerting.pagerduty.routing_key']]);
  });

  it('reports the YAML key path of a webhook URL and of a licence key', () => {
    const text = [
      'notifications:',
      '  discord:',
      `    url: ${sample('discord-webhook-url')}`,
      'licensing:',
      `  license_key: ${r('kp2', ALPHA_NUM, 40)}`,
      '',
    ].join('\n');
    const { findings } = scan(text, 'deploy/values.yaml');
    expect(findings.map((f) => [f.ruleId, f.keyPath])).toEqual([
      ['discord-webhook-url', 'notifications.discord.url'],
      ['license-key-value', 'licensing.license_key'],
    ]);
  });
});

describe('overlapping detectors keep the specific one', () => {
  it('a Slack URL under webhook_url is a Slack finding only', () => {
    expect(ids(`WEBHOOK_URL=${sample('slack-webhook-url')}\n`, '.env')).toEqual(['slack-webhook-url']);
  });

  it('a Grafana link on a production host is a Grafana finding only', () => {
    const url = `https://${host('grafana', 'prod', 'cavra', 'io')}/d/${r('ov1', ALPHA_NUM, 9)}/billing?orgId=1`;
    expect(ids(`See ${url} for the billing dashboard.\n`, 'docs/runbook.md')).toEqual(['grafana-dashboard-url']);
  });

  it('a tokened webhook on an internal host is a webhook finding', () => {
    const url = `https://${host('hooks', 'cavra', 'internal')}/webhooks/${r('ov2', ALPHA_NUM, 40)}`;
    expect(ids(`const target = '${url}';\n`, 'src/notify.ts')).toEqual(['generic-webhook-url']);
  });

  it('a PEM key under a licence-signing name is a PEM finding', () => {
    const pem = sample('pem-private-key', 1);
    const text = `license_signing_key: |\n  ${pem.split('\n').join('\n  ')}\n`;
    expect(ids(text, 'deploy/licensing.yaml')).toEqual(['pem-private-key']);
  });

  it('a prefixed licence key under license_key is a product-key finding', () => {
    expect(ids(`{"license_key": "${sample('product-license-key', 1)}"}`, 'config/license.json')).toEqual(['product-license-key']);
  });

  it('a licence-signing key name is licence material, not a generic signing secret', () => {
    expect(ids(`LICENSE_SIGNING_KEY=${r('ov3', ALPHA_NUM, 48)}\n`, '.env')).toEqual(['license-signing-key-value']);
  });
});

describe('settings', () => {
  const customEngine = createEngine(detectorsFor({ internalDomains: ['corp.brightpath.io'], productNames: ['orbit'] }));

  it('builds the internal-host detector from internalDomains', () => {
    const url = `https://${host('billing', 'corp', 'brightpath', 'io')}/admin`;
    expect(customEngine.scanText(`url: ${url}\n`, { path: 'a.yaml' }).findings.map((f) => f.ruleId)).toEqual(['generic-internal-host-url']);
    expect(ids(`url: ${url}\n`, 'a.yaml')).toEqual([]);
  });

  it('builds the product-key detector from productNames', () => {
    const key = `ORBIT-LIC-${r('st1', UPPER_NUM, 5)}-${r('st2', UPPER_NUM, 5)}-${r('st3', UPPER_NUM, 5)}-${r('st4', UPPER_NUM, 5)}`;
    expect(customEngine.scanText(`key = "${key}"\n`, { path: 'a.toml' }).findings.map((f) => f.ruleId)).toEqual(['product-license-key']);
    expect(ids(`key = "${key}"\n`, 'a.toml')).toEqual([]);
  });
});

describe('key blocks as people paste them', () => {
  it('finds a PEM key built by string concatenation; the value starts at the body and ends in separators', () => {
    const body = wrapBase64(sampleKeyDer('pk1', 'pkcs8')).split('\n');
    const text = [
      'const key =',
      '  "-----BEGIN PRIVATE KEY-----\\n" +',
      ...body.map((line) => `  "${line}\\n" +`),
      '  "-----END PRIVATE KEY-----\\n";',
      '',
    ].join('\n');
    const { findings } = scan(text, 'src/sign.js');
    expect(findings.map((f) => f.ruleId)).toEqual(['pem-private-key']);
    const value = text.slice(findings[0]?.offset, findings[0]?.endOffset);
    expect(value.startsWith(body[0] ?? '-')).toBe(true);
    const last = body[body.length - 1] ?? '';
    expect(value.slice(value.lastIndexOf(last) + last.length)).toMatch(/^(?:\\n|[\s"'+])*$/u);
  });

  it('finds an OpenSSH key in a Python triple-quoted string', () => {
    const text = `DEPLOY_KEY = """\n${sample('openssh-private-key', 1)}\n"""\n`;
    expect(ids(text, 'ops/deploy.py')).toEqual(['openssh-private-key']);
  });

  it('finds a minisign secret key file', () => {
    expect(ids(`${sample('minisign-secret-key')}\n`, 'keys/minisign.key')).toEqual(['minisign-secret-key']);
  });
});

describe('realistic files stay clean', () => {
  const clean = (name: string, path: string, text: string): void => {
    it(name, () => {
      expect(scan(text, path).findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual([]);
    });
  };

  clean(
    'a lock file with integrity hashes and registry URLs',
    'package-lock.json',
    JSON.stringify(
      {
        name: 'console',
        lockfileVersion: 3,
        packages: Object.fromEntries(
          Array.from({ length: 40 }, (_, i) => [
            `node_modules/pkg-${i}`,
            {
              version: `1.${i}.0`,
              resolved: `https://registry.npmjs.org/pkg-${i}/-/pkg-${i}-1.${i}.0.tgz`,
              integrity: `sha512-${r(`lock${i}`, ALPHA_NUM, 86)}==`,
              license: 'MIT',
            },
          ]),
        ),
      },
      null,
      2,
    ),
  );

  clean(
    'vendor documentation links and bare product hosts',
    'docs/observability.md',
    [
      '- Grafana: https://grafana.com/docs/grafana/latest/dashboards/ and https://grafana.com/grafana/dashboards/1860-node-exporter-full/',
      '- Datadog: https://docs.datadoghq.com/dashboards/ or open https://app.datadoghq.com/',
      '- Elastic: https://www.elastic.co/guide/en/kibana/current/dashboard.html',
      '- Sentry: https://sentry.io/welcome/ and https://docs.sentry.io/product/issues/',
      '- Power BI: https://app.powerbi.com/',
      '- Looker: https://cloud.google.com/looker/docs/creating-user-defined-dashboards',
      '- Tableau Public: https://public.tableau.com/views/Superstore_24/Overview',
      '- Splunkbase: https://splunkbase.splunk.com/app/1876',
      '- Webhooks: https://docs.github.com/en/webhooks/using-webhooks/creating-webhooks',
      '- Local: http://localhost:3000/d/abc123/overview, https://grafana.example.com/d/abc123/overview',
      '',
    ].join('\n'),
  );

  clean(
    'React code with hooks, SDK code naming webhook shapes, and cloud metadata hosts',
    'src/app.tsx',
    [
      "import { useAuth } from '../hooks/useAuth';",
      "import { useWebhooks } from '@/hooks/webhooks/useWebhooks';",
      'const DISCORD = /https:\\/\\/discord\\.com\\/api\\/webhooks\\/(\\d+)\\/([\\w-]+)/;',
      "const TEAMS_HOST = 'webhook.office.com';",
      "const METADATA = 'http://metadata.google.internal/computeMetadata/v1/project/project-id';",
      "const DOCKER_HOST = 'http://host.docker.internal:8080';",
      "const CDN = 'https://cdn.prod.website-files.com/5f2b1a/app.css';",
      'this.internal.value = settings.internal.value;',
      "channel.publish('orders', { routing_key: 'orders.created.v1' });",
      'export const licenseKey = getLicenseKeyFromEnvironment();',
      "const jwtSecret = process.env.JWT_SECRET ?? '';",
      '',
    ].join('\n'),
  );

  clean(
    'public keys, certificates and documentation tokens',
    'docs/keys.md',
    [
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r('pub1', ALPHA_NUM, 43)} deploy@build-01`,
      '-----BEGIN PUBLIC KEY-----',
      `MIIBIj${randomBase64Lines('pub2', 280).slice(6)}`,
      '-----END PUBLIC KEY-----',
      '-----BEGIN CERTIFICATE-----',
      `MIIDdz${randomBase64Lines('pub3', 600).slice(6)}`,
      '-----END CERTIFICATE-----',
      'JWT example: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      'License: MIT. SPDX-License-Identifier: Apache-2.0',
      `Build id: ${r('pub4', UPPER_NUM, 5)}-${r('pub5', UPPER_NUM, 5)}-${r('pub6', UPPER_NUM, 5)}-${r('pub7', UPPER_NUM, 5)}`,
      `Commit: ${r('pub8', HEX, 40)}, request id ${r('pub9', HEX, 8)}-${r('pub10', HEX, 4)}-4${r('pub11', HEX, 3)}-a${r('pub12', HEX, 3)}-${r('pub13', HEX, 12)}`,
      "SECRET_KEY = 'django-insecure-" + r('pub14', ALPHA_NUM, 40) + "'",
      '',
    ].join('\n'),
  );

  clean(
    'configuration that names the internal domains, and signing code',
    'src/settings.ts',
    [
      `export const internalDomains = ['${host('cavra', 'internal')}', '${host('prod', 'cavra', 'io')}', '${host('ops', 'cavra', 'io')}'];`,
      `const body = 'oauth_token=${r('cfg1', LOWER_NUM, 16)}&oauth_token_secret=${r('cfg2', LOWER_NUM, 15)}&oauth_callback_confirmed=true';`,
      'const signingKey = sha256(secretKey + dateStamp);',
      'const jwtSecret = config.auth.jwtSecret2;',
      '',
    ].join('\n'),
  );

  clean(
    'a minified bundle line',
    'dist/app.min.js',
    `!function(e){var t={hooks:{},webhook:function(n){return fetch("/api/webhooks/"+n.id,{method:"POST"})},license:"MIT",u:"${r('min1', BASE64URL, 200)}"};e.dashboard=t}(window);` +
      `var n="/hooks/"+e.name,o="https://"+e.host+"/d/"+e.uid;`,
  );
});

describe('realistic leaks are found', () => {
  it('finds a licence token in an HTTP header', () => {
    const token = [
      base64UrlJson({ alg: 'RS256', typ: 'JWT' }),
      base64UrlJson({ sub: `cus_${r('lk1', LOWER_NUM, 14)}`, entitlements: ['sso', 'audit-export'], seats: 40, exp: 1830297600 }),
      r('lk2', BASE64URL, 342),
    ].join('.');
    expect(ids(`curl -H "X-Cavra-License: ${token}" https://licensing.cavra.io/v1/check\n`, 'scripts/check.sh')).toContain('signed-license-token');
  });

  it('finds a grouped key after a licence word in prose', () => {
    const key = Array.from({ length: 5 }, (_, i) => r(`gk${i}`, UPPER_NUM, 5)).join('-');
    expect(ids(`Activate with licence key ${key} before the trial ends.\n`, 'docs/support.md')).toEqual(['grouped-license-key']);
  });

  it('finds a PagerDuty key in an Alertmanager receiver', () => {
    const text = `receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: ${r('am1', HEX, 32)}\n        severity: critical\n`;
    expect(ids(text, 'alertmanager.yml')).toEqual(['pagerduty-routing-key']);
  });

  it('finds an internal host in a docker-compose environment', () => {
    const text = `services:\n  api:\n    environment:\n      DATABASE_HOST: ${host('db-primary', 'cavra', 'internal')}\n      AUDIT_URL: http://${host('audit', 'prod', 'brightpath-ops', 'io')}/v1\n`;
    expect(ids(text, 'docker-compose.yml')).toEqual(['generic-internal-host-url', 'generic-internal-host-url']);
  });

  it('honours an inline suppression with a reason', () => {
    const text = `# boundary-guard-allow dashboard-url -- public status page\nstatus: https://${host('status', 'prod', 'brightpath-ops', 'io')}/incidents/${r('sp1', DIGITS, 5)}\n`;
    expect(ids(text, 'config.yaml')).toEqual([]);
  });
});

describe('detector sources hold no realistic values', () => {
  const root = fileURLToPath(new URL('../../patterns/', import.meta.url));
  const files = [...CATEGORIES].flatMap((category) =>
    readdirSync(`${root}${category}`, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${category}/${f}`),
  );

  it.each(files)('%s', (file) => {
    const findings = scan(readFileSync(`${root}${file}`, 'utf8'), `patterns/${file}`).findings;
    expect(findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual([]);
  });
});

describe('every detector of these categories', () => {
  it.each(mine.map((d) => [d.id, d] as const))('%s finds each positive alone in a plain-text file', (_id, detector: Detector) => {
    const single = createEngine([detector]);
    for (const value of detector.samples().positive) {
      const text = typeof value === 'string' ? value : `${value.key}: ${value.value}`;
      expect(single.scanText(`${text}\n`, { path: 'notes.txt' }).findings.map((f) => f.ruleId)).toContain(detector.id);
    }
  });
});
