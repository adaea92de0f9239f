#!/usr/bin/env bash
# Refreshes the OpenAPI snapshots the client is generated from, from what the services' build wrote
# (quarkus.smallrye-openapi.store-schema-directory=target/openapi). OpenApiSnapshotTest fails until
# the snapshots match; review the diff — it is the partners' API changing — and commit it.
#   partner-client/sync-openapi.sh            package the two services, then copy
#   partner-client/sync-openapi.sh --no-build copy what target/ already holds
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -q -pl station-service,partner-service -am package -DskipTests
fi
for s in station-service partner-service; do
  cp "$s/target/openapi/openapi.yaml" "partner-client/src/main/openapi/$s.yaml"
  echo "copied $s/target/openapi/openapi.yaml"
done
