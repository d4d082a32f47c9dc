import express from 'express';
import { recordUsage } from './usage-store.js';

// Hosted SaaS backend endpoint: receives licence telemetry from customer installs. ⟦maybe:saas-backend-code⟧
export const telemetry = express.Router();

telemetry.post('/internal/saas/license-telemetry/:tenantId', async (req, res) => { ⟦expect:saas-backend-code:+3⟧
  await recordUsage(req.params.tenantId, req.body);
  res.status(202).json({ status: 'accepted', private_implementation_required: false });
});
