#!/usr/bin/env bash
# Regenerates what k8s/base takes from the build, so the committed copies match it:
#   1. packages the services (quarkus-kubernetes writes <service>/target/kubernetes/kubernetes.yml)
#      and copies each file to k8s/base/<service>/kubernetes.yml;
#   2. derives the Keycloak realm import (k8s/base/keycloak/realm-import.yml) from
#      keycloak/realm-yizhan.json minus the demo users and demo clients.
# Usage: k8s/sync.sh            package, then copy
#        k8s/sync.sh --no-build copy what target/ already holds
# The k8s test module fails when the copies drift (K8sDriftTest), so run this after changing
# quarkus.kubernetes.* keys or the realm, and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVICES="station-service locker-service rating-service volunteer-service partner-service portal"

if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -q -pl "$(echo $SERVICES | tr ' ' ,)" -am package -DskipTests
fi

for s in $SERVICES; do
  src="$s/target/kubernetes/kubernetes.yml"
  [[ -f "$src" ]] || { echo "missing $src: package $s first" >&2; exit 1; }
  mkdir -p "k8s/base/$s"
  cp "$src" "k8s/base/$s/kubernetes.yml"
  echo "copied $src"
done

k8s/realm-import.sh > k8s/base/keycloak/realm-import.yml
echo "derived k8s/base/keycloak/realm-import.yml"
