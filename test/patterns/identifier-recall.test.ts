/**
 * Cases the sample harness cannot express for the identifier, licence,
 * dashboard, signing, webhook and connector detectors: YAML blocks spread
 * over lines, one finding for a key inside a service-account file, and
 * near-misses met in real open-source trees.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { randomString as r, DIGITS } from '../../patterns/support/sample-builder.js';
import { wrapBase64 } from '../../patterns/signing-material/support/armor.js';
import { sampleKeyDer } from '../../patterns/signing-material/support/der.js';
import { createEngine } from '../../src/engine/index.js';

const engine = createEngine(catalog);
const scan = (text: string, path: string): { ruleId: string; line: number; keyPath?: string }[] =>
  engine.scanText(text, { path }).findings.map((f) => ({ ruleId: f.ruleId, line: f.line, ...(f.keyPath !== undefined ? { keyPath: f.keyPath } : {}) }));
const digits = (seed: string, n: number): string => `4${r(seed, DIGITS, n - 1)}`;

describe('multi-line records', () => {
  it('finds an Opsgenie key one level down in Helm values, and only inside the section', () => {
    const key = `${r('og1', '0123456789abcdef', 8)}-${r('og2', '0123456789abcdef', 4)}-4${r('og3', '0123456789abcdef', 3)}-a${r('og4', '0123456789abcdef', 3)}-${r('og5', '0123456789abcdef', 12)}`;
    const values = `alerts:\n  opsgenie:\n    priority: P2\n    apiKey: ${key}\n  slack:\n    channel: "#ops"\n`;
    expect(scan(values, 'helm/values.yaml')).toContainEqual({ ruleId: 'opsgenie-section-api-key', line: 4, keyPath: 'alerts.opsgenie.apiKey' });
    const elsewhere = `alerts:\n  opsgenie:\n    enabled: false\n  cache:\n    key: ${key}\n`;
    expect(scan(elsewhere, 'helm/values.yaml').map((f) => f.ruleId)).not.toContain('opsgenie-section-api-key');
  });

  it('finds customer cloud accounts in a YAML map and in tfvars JSON, not the values after the map', () => {
    const yaml = `customer_account_ids:\n  northbridge-logistics: "${digits('m1', 12)}"\n  varga-precision: "${digits('m2', 12)}"\nbuild_number: ${digits('m3', 12)}\n`;
    expect(scan(yaml, 'infra/trust.yaml').filter((f) => f.ruleId === 'customer-account-id-map').map((f) => f.line)).toEqual([2, 3]);
    const json = `{\n  "customer_account_ids": {\n    "northbridge-logistics": "${digits('m4', 12)}"\n  },\n  "elb_log_account": "${digits('m5', 12)}"\n}\n`;
    expect(scan(json, 'infra/trust.auto.tfvars.json').filter((f) => f.ruleId === 'customer-account-id-map').map((f) => f.line)).toEqual([3]);
  });
});

describe('one finding per key', () => {
  it('reports a service-account key file once, as the service-account key', () => {
    const pem = `-----BEGIN PRIVATE KEY-----\n${wrapBase64(sampleKeyDer('sa1', 'pkcs8'))}\n-----END PRIVATE KEY-----\n`;
    const file = JSON.stringify({ type: 'service_account', project_id: 'ops-hb41', private_key: pem, client_email: 'loader@ops-hb41.iam.gserviceaccount.com' }, null, 2);
    expect(scan(file, 'keys/loader.json').map((f) => f.ruleId)).toEqual(['gcp-service-account-key']);
  });

  it('still reports a key file without a service-account email as a PEM key', () => {
    const pem = `-----BEGIN PRIVATE KEY-----\n${wrapBase64(sampleKeyDer('sa2', 'pkcs8'))}\n-----END PRIVATE KEY-----\n`;
    expect(scan(JSON.stringify({ private_key: pem, client_email: 'svc@corp.example' }), 'keys/other.json').map((f) => f.ruleId)).toEqual(['pem-private-key']);
  });
});

describe('near-misses from real trees', () => {
  it('ignores "fake keys for regex checks": truncated bodies between private-key markers', () => {
    const head = wrapBase64(sampleKeyDer('fake1', 'rsa').subarray(0, 84));
    const source = `# fake keys for regex check\nRSA_KEY = b"""-----BEGIN RSA PRIVATE KEY-----\n${head}\n-----END RSA PRIVATE KEY-----"""\n`;
    expect(scan(source, 'tests/test_mtls.py')).toEqual([]);
  });

  it('ignores AWS account ids in fixtures, service principals and CI scripts', () => {
    const fixture = [
      `'VaultARN': 'arn:aws:glacier:us-east-1:${digits('a1', 12)}:vaults/vault0',`,
      `"Principal": {"AWS": ["arn:aws:iam::${digits('a2', 12)}:root"]},`,
      `AWS_ACCOUNT_ID="${digits('a3', 12)}"`,
      `PROJECT_NUMBER="${digits('a4', 11)}"`,
      `<LaunchConfigurationARN>arn:aws:autoscaling:us-east-1:${digits('a5', 12)}:launchConfiguration:a</LaunchConfigurationARN>`,
    ].join('\n');
    expect(scan(fixture, 'tests/unit/test_fixtures.py')).toEqual([]);
  });

  it('ignores two-label private hosts and hosts cut by concatenation', () => {
    const code = `assert parse('https://attacker.com\\\\@api.internal').host == 'api.internal'\nBASE = 'https://bcid.corp' + '.google.com/reference/v0.1'\n`;
    expect(scan(code, 'tests/test_urls.py')).toEqual([]);
  });

  it('ignores credits in a file header: Contact and Submitter fields beside a copyright or author line', () => {
    const domain = `${r('cr1', 'abcdefghijklmnopqrstuvwxyz', 7)}.com`;
    const cHeader = `/* SPDX-License-Identifier: GPL-2.0 */\n/*\n * Generic driver for camera modules\n *\n * Copyright (C) 2014 Example Corporation\n * Contact: Sakari Ailus <sakari.ailus@${domain}>\n */\n#define SMIAPP_CTRL 1\n`;
    expect(scan(cHeader, 'include/linux/smiapp.h')).toEqual([]);
    const pyHeader = `# Author: David Goodger\n# Contact: goodger@${domain}\n# Revision: $Revision: 2224 $\n"""Galician-language mappings."""\n`;
    expect(scan(pyHeader, 'docutils/languages/gl.py')).toEqual([]);
    const docstring = `"""\nBased on a highlighter found in a recipe book.\n\nTitle: Colorize source\n\nSubmitter: Jurgen Hermann\nLast Updated:2001/04/06\n"""\n`;
    expect(scan(docstring, 'utils/colorize.py')).toEqual([]);
  });

  it('still reports a contact in a record, and a header-style field with no credit beside it', () => {
    const domain = `${r('cr2', 'abcdefghijklmnopqrstuvwxyz', 7)}-dental.com`;
    const record = `# Escalation for the renewal\ncontact: Ingrid Holm <i.holm@${domain}>\n`;
    expect(scan(record, 'notes/renewal.yaml').map((f) => f.ruleId)).toContain('customer-email-key-value');
    const ticket = `Ticket 4471\nContact: Ingrid Holm <i.holm@${domain}>\nPriority: high\n`;
    expect(scan(ticket, 'tickets/4471.txt').map((f) => f.ruleId)).toEqual(expect.arrayContaining(['customer-email-key-value', 'person-name-key-value']));
    // A copyright line elsewhere in the file does not make a lower-case payload key a credit.
    const payload = `// Copyright 2024 Cavra\nconst body = { contact: 'Ingrid Holm <i.holm@${domain}>' };\n`;
    expect(scan(payload, 'src/send.ts').map((f) => f.ruleId)).toContain('customer-email-key-value');
  });

  it('ignores CloudFormation type names as keys, Greengrass subscription ARNs and typed example addresses', () => {
    const hex = (seed: string): string => r(seed, '0123456789abcdef', 16);
    const schemas = `SCHEMAS = {\n    "AWS::SES::Template": "${hex('cf1')}",\n    "AWS::SES::Tenant": "${hex('cf2')}",\n}\n`;
    expect(scan(schemas, 'data/schemas/providers/us_east_1.py')).toEqual([]);
    const id = `${r('gg1', '0123456789abcdef', 8)}-${r('gg2', '0123456789abcdef', 4)}-4${r('gg3', '0123456789abcdef', 3)}-a${r('gg4', '0123456789abcdef', 3)}-${r('gg5', '0123456789abcdef', 12)}`;
    const output = `{\n    "Arn": "arn:aws:greengrass:us-west-2:123456789012:/greengrass/definition/subscriptions/${id}",\n    "Id": "${id}"\n}\n`;
    expect(scan(output, 'examples/greengrass/create-subscription-definition.rst')).toEqual([]);
    expect(scan(`/subscriptions/${id}/resourceGroups/rg-billing`, 'deploy/notes.md').map((f) => f.ruleId)).toEqual(['azure-subscription-id']);
    const event = `notification = {\n    "requester": self.account_id,\n    "source-ip-address": "1.2.3.4",\n    "reason": "PutObject",\n}\n`;
    expect(scan(event, 's3/models.py')).toEqual([]);
  });

  it('ignores a SAS token that API reference text gives as an example', () => {
    const sig = encodeURIComponent(`${r('sas1', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 43)}=`);
    const doc = `{"documentation": "<p>A token looks something like this: <code>sp=r&amp;st=2023-12-20T14:54:52Z&amp;se=2023-12-20T22:54:52Z&amp;spr=https&amp;sv=2021-06-08&amp;sr=c&amp;sig=${sig}</code></p>"}`;
    expect(scan(doc, 'data/service-2.json')).toEqual([]);
  });
});
