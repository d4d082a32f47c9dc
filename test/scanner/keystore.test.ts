import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seededBytes } from '../../patterns/signing-material/support/armor.js';
import { scan } from '../../src/scanner/index.js';
import { keystoreDescriptor, keystoreFormat } from '../../src/scanner/keystore.js';
import { cleanup, tempDir } from './support.js';

/** Keystore bytes assembled at run time from seeded random key material. */
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const utf = (text: string): Buffer => Buffer.concat([Buffer.from([0, text.length]), Buffer.from(text, 'latin1')]);
const blob = (bytes: Buffer): Buffer => Buffer.concat([u32(bytes.length), bytes]);

const privateKeyEntry = (alias: string, seed: string): Buffer => Buffer.concat([u32(1), utf(alias), Buffer.alloc(8), blob(seededBytes(seed, 1200)), u32(0)]);
const trustedCertEntry = (alias: string, seed: string): Buffer => Buffer.concat([u32(2), utf(alias), Buffer.alloc(8), utf('X.509'), blob(seededBytes(seed, 900))]);
const jks = (magic: number, entries: Buffer[]): Buffer => Buffer.concat([u32(magic), u32(2), u32(entries.length), ...entries, seededBytes('jks-digest', 20)]);

/** A PFX: SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data, [0] … } } with seeded content. */
function pfx(seed: string): Buffer {
  const content = Buffer.concat([Buffer.from('06092a864886f70d010701', 'hex'), Buffer.from([0xa0, 0x82, 0x04, 0x00]), seededBytes(seed, 1024)]);
  const authSafe = Buffer.concat([Buffer.from([0x30, 0x82]), Buffer.from([content.length >> 8, content.length & 0xff]), content]);
  const body = Buffer.concat([Buffer.from([0x02, 0x01, 0x03]), authSafe, seededBytes(`${seed}mac`, 60)]);
  return Buffer.concat([Buffer.from([0x30, 0x82, body.length >> 8, body.length & 0xff]), body]);
}

afterAll(cleanup);

describe('keystore formats', () => {
  it.each([
    ['a PKCS#12 file', pfx('k1'), 'pkcs12'],
    ['a JKS keystore with a private key', jks(0xfeedfeed, [trustedCertEntry('ca', 'k2'), privateKeyEntry('ledger', 'k3')]), 'jks'],
    ['a JCEKS keystore', jks(0xcececece, [privateKeyEntry('ledger', 'k4')]), 'jceks'],
    ['a JKS truststore (certificates only)', jks(0xfeedfeed, [trustedCertEntry('ca', 'k5'), trustedCertEntry('intermediate', 'k6')]), undefined],
    ['a PEM file named like a keystore', Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'), undefined],
    ['random bytes', seededBytes('k7', 2048), undefined],
  ])('%s', (_name, bytes, format) => {
    expect(keystoreFormat(bytes)).toBe(format);
  });

  it('describes a keystore by format and digest only, and only under a keystore name', () => {
    const bytes = pfx('k8');
    const descriptor = keystoreDescriptor('certs/client.p12', '', bytes)?.toString('latin1') ?? '';
    expect(descriptor).toMatch(/^[0-9a-f]{64} boundary-guard keystore: pkcs12\n$/u);
    expect(keystoreDescriptor('certs/client.bin', '', bytes)).toBeUndefined();
  });
});

describe('scanning keystores', () => {
  it('reports a keystore with keys by file, and passes a truststore', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'certs'));
    writeFileSync(join(dir, 'certs/client.pfx'), pfx('k9'));
    writeFileSync(join(dir, 'certs/server.jks'), jks(0xfeedfeed, [privateKeyEntry('server', 'k10')]));
    writeFileSync(join(dir, 'certs/cacerts.jks'), jks(0xfeedfeed, [trustedCertEntry('root', 'k11')]));
    const report = await scan({ cwd: dir, git: false, concurrency: 0 });
    const found = report.findings.map((f) => [f.ruleId, f.category, f.path, f.line, f.column, f.keyPath]).sort();
    expect(found).toEqual([
      ['keystore-file', 'signing-material', 'certs/client.pfx', 1, 1, undefined],
      ['keystore-file', 'signing-material', 'certs/server.jks', 1, 1, undefined],
    ]);
    for (const finding of report.findings) expect(finding.preview).not.toMatch(/[0-9a-f]{16}/u);
  });
});
