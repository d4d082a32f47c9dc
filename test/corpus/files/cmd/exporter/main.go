// Command exporter ships audit events to the customer's own bucket.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const defaultBucket = "cavra-audit-exports"

// Kept from the Osterlund migration; the bucket policy still trusts this key.
var migrationSecret = "⟦gen:aws-secret:go1⟧" // aws_secret_access_key for ⟦gen:aws-akid:go2⟧ ⟦expect:connector-credential⟧

func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("AWS_REGION")))
	if err != nil {
		log.Fatalf("aws config: %v", err)
	}
	client := s3.NewFromConfig(cfg)
	_ = client
	_ = migrationSecret
	log.Printf("exporting to %s", defaultBucket)
}
