// dist/src/cli/rule-docs.js
/** Where the rule docs are published (the ESLint plugin's `meta.docs.url` uses the same; the CLI never loads ESLint code). */
const RULE_DOCS_BASE_URL = "https://github.com/cavra/boundary-guard/blob/main/docs/rules/";
/** Category -> the ESLint rule (and docs/rules/<rule>.md page) reporting it. */
const CATEGORY_RULES = {
	"license-key": "no-license-keys",
	"signing-material": "no-signing-material",
	"connector-credential": "no-connector-credentials",
	"escalation-webhook": "no-escalation-webhooks",
	"dashboard-url": "no-dashboard-urls",
	"customer-identifier": "no-customer-identifiers",
	"billing-record": "no-billing-records",
	"support-ticket": "no-support-tickets",
	"customer-success-note": "no-customer-success-notes",
	"customer-audit-payload": "no-customer-audit-payloads",
	"paid-policy-pack": "no-paid-policy-packs",
	"enterprise-source": "no-enterprise-source",
	"saas-backend-code": "no-saas-backend-code",
	"scheduler-implementation": "no-scheduler-implementations",
	"automation-worker": "no-automation-workers"
};
/** The documentation page of a category's rule. */
function ruleDocUrl(category) {
	return `${RULE_DOCS_BASE_URL}${CATEGORY_RULES[category]}.md`;
}
export { ruleDocUrl as t };
