terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "cavra-terraform-state"
    key    = "saas/control-plane.tfstate"
    region = "eu-west-1"
  }
}

module "control_plane" {
  source = "git::ssh://git@github.com/cavra-private/saas-backend.git//modules/control-plane?ref=v3.2.0" ⟦expect:saas-backend-code⟧⟦maybe:enterprise-source⟧
  tenants_table  = "saas-tenants"
  billing_queue  = "saas-billing-monitoring"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
  cidr    = "10.42.0.0/16"
}
