#!/usr/bin/env bash
# Nightly logical backup of the main database to S3.
set -euo pipefail

BACKUP_BUCKET="s3://cavra-backups-eu/pg"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

export PGPASSWORD='⟦gen:password:bk1⟧' ⟦expect:connector-credential⟧
pg_dump -h db-main-1.prod.cavra.io -U backup_job -Fc cavra > "/tmp/cavra-${STAMP}.dump" ⟦maybe:dashboard-url⟧

# Second copy via the URL form (same credentials)
pg_dump "postgres://backup_job:⟦gen:password:bk2⟧@db-main-2.prod.cavra.io/cavra" -Fc > "/tmp/cavra-${STAMP}-2.dump" ⟦expect:connector-credential⟧⟦maybe:dashboard-url⟧

aws s3 cp "/tmp/cavra-${STAMP}.dump" "${BACKUP_BUCKET}/${STAMP}.dump" --sse aws:kms
rm -f /tmp/cavra-*.dump
echo "backup ${STAMP} done"
