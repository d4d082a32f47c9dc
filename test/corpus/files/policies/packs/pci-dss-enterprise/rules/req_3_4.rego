# METADATA
# title: PCI DSS 3.4 - render PAN unreadable
# description: Card numbers must be stored encrypted or truncated.
# custom:
#   pack: pci-dss-enterprise
#   tier: enterprise ⟦expect:paid-policy-pack⟧
#   license: CAVRA Enterprise Subscription Agreement ⟦maybe:paid-policy-pack⟧⟦maybe:enterprise-source⟧
package cavra.packs.enterprise.pci.req_3_4 ⟦maybe:paid-policy-pack⟧

import rego.v1

deny contains msg if {
	some column in input.columns
	column.classification == "pan"
	not column.encrypted
	msg := sprintf("column %s stores PAN in clear text", [column.name])
}
