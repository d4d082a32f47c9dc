// Package controlplane is the hosted CAVRA SaaS control plane (private service). ⟦expect:saas-backend-code⟧
package controlplane

import (
	"encoding/json"
	"net/http"
)

// Register mounts the private operations on the internal mux.
func Register(mux *http.ServeMux, svc *Service) {
	mux.HandleFunc("/internal/saas/v1/operations/license_validation", svc.licenseValidation) ⟦expect:saas-backend-code⟧
	mux.HandleFunc("/internal/saas/v1/operations/evidence_export", svc.evidenceExport) ⟦expect:saas-backend-code⟧
}

func (s *Service) licenseValidation(w http.ResponseWriter, r *http.Request) {
	_ = json.NewEncoder(w).Encode(map[string]any{"status": "accepted", "private_implementation_required": false}) ⟦expect:saas-backend-code⟧
}
