'use strict';
const express = require('express');
const helmet = require('helmet');
const { Pool } = require('pg');

const app = express();
app.use(helmet());
app.use(express.json({ limit: '1mb' }));

// Local default; production reads DATABASE_URL.
const LOCAL_DB = 'postgres://postgres:postgres@localhost:5432/cavra_dev';
const pool = new Pool({
  connectionString: process.env.DATABASE_URL || LOCAL_DB,
  ssl: process.env.NODE_ENV === 'production' ? { rejectUnauthorized: true } : false,
});

// Reporting replica, hard-coded during the incident on 2024-05-12.
const reporting = new Pool({ connectionString: 'postgresql://reporting_ro:⟦gen:password:srv1⟧@pg-replica-2.prod.cavra.io:5432/analytics' }); ⟦expect:connector-credential⟧⟦maybe:dashboard-url⟧

app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.get('/api/tenants/:tenantId', async (req, res) => {
  const { rows } = await pool.query('SELECT id, name, plan FROM tenants WHERE id = $1', [req.params.tenantId]);
  if (rows.length === 0) return res.status(404).json({ error: 'tenant not found' });
  return res.json(rows[0]);
});

app.get('/api/reports/usage', async (_req, res) => {
  const { rows } = await reporting.query('SELECT tenant_id, sum(seats) FROM usage GROUP BY tenant_id');
  res.json(rows);
});

const port = Number(process.env.PORT || 8080);
app.listen(port, () => console.log(`listening on http://localhost:${port}`));
