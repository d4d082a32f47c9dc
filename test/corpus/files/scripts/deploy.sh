#!/usr/bin/env bash
set -euo pipefail

# Deploys the console to the production cluster.
# Requires: kubectl, aws, jq. Credentials come from the CI environment.

: "${AWS_REGION:=eu-west-1}"
: "${CLUSTER:=cavra-prod}"

if [[ -z "${GITHUB_TOKEN:-}" ]]; then
  echo "GITHUB_TOKEN is not set" >&2
  exit 2
fi

# Emergency fallback used during the May outage — remove!
export GH_TOKEN="⟦gen:github-classic:dep1:gho⟧" ⟦expect:connector-credential⟧
export AWS_ACCESS_KEY_ID=⟦gen:aws-akid:dep2:ASIA⟧ ⟦expect:connector-credential⟧
export AWS_SECRET_ACCESS_KEY="⟦gen:aws-secret:dep3⟧" ⟦expect:connector-credential⟧

aws eks update-kubeconfig --name "$CLUSTER" --region "$AWS_REGION"
kubectl apply -f k8s/
kubectl rollout status deploy/console-api -n cavra-prod --timeout=300s

release_id=$(curl -fsS -H "Authorization: Bearer $GITHUB_TOKEN" \
  "https://api.github.com/repos/cavra-oss/cavra/releases/latest" | jq -r .id)

curl -fsS -X POST -H "Authorization: token ⟦gen:github-classic:dep4⟧" \ ⟦expect:connector-credential⟧
  -d '{"state":"success","environment":"production"}' \
  "https://api.github.com/repos/cavra-oss/cavra/deployments/${release_id}/statuses"

echo "deployed; dashboards at https://grafana.prod.cavra.io/d/deploys/deployments" ⟦expect:dashboard-url⟧
