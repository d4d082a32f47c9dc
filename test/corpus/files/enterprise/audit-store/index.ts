// SPDX-License-Identifier: LicenseRef-CAVRA-Enterprise ⟦expect:enterprise-source⟧
// Copyright (c) 2023-2024 CAVRA Inc. This file is licensed under the CAVRA Enterprise License; ⟦maybe:enterprise-source⟧
// you may not use it except in compliance with a valid subscription.
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { encryptEnvelope } from '@cavra-enterprise/kms'; ⟦expect:enterprise-source⟧
import type { AuditEvent } from '@cavra/contract';

const s3 = new S3Client({ region: process.env.AUDIT_REGION ?? 'eu-central-1' });

export async function storeAuditBatch(tenantId: string, events: AuditEvent[]): Promise<string> {
  const body = await encryptEnvelope(JSON.stringify(events));
  const key = `${tenantId}/${new Date().toISOString().slice(0, 10)}/${crypto.randomUUID()}.json.enc`;
  await s3.send(new PutObjectCommand({ Bucket: process.env.AUDIT_BUCKET, Key: key, Body: body }));
  return key;
}
