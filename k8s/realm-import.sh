#!/usr/bin/env bash
# Prints the KeycloakRealmImport for k8s/base, derived from keycloak/realm-yizhan.json (the realm of
# the local stack and the tests) by these rules:
#   - kept: realm settings, realm roles, the user profile (components), the public client `portal`
#     with its audience and tenant mappers, and the disabled `account` client (no account console:
#     a self-registered worker must not change their city, docs/adr/0010-worker-sign-up.md);
#   - dropped: every user (demo accounts and the demo clients' service accounts), the password-grant
#     client `yizhan-cli` and the confidential demo clients `partner-demo` and `device-demo`
#     (real partners and devices get their own clients, with secrets that never sit in Git);
#   - changed: the portal's URLs point at the public host (PUBLIC_URL, default below) instead of
#     http://localhost:8080.
# Output is JSON, which is YAML; kustomize reads it as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLIC_URL="${PUBLIC_URL:-https://yizhan.example.org}"
jq --arg url "$PUBLIC_URL" --sort-keys '
  del(.users)
  | .clients |= map(select(.clientId == "portal" or .clientId == "account")
      | if .clientId == "portal" then
          .rootUrl = $url
          | .redirectUris = [$url + "/*"]
          | .webOrigins = [$url]
          | .attributes["post.logout.redirect.uris"] = $url + "/*"
        else . end)
  | {
      apiVersion: "k8s.keycloak.org/v2alpha1",
      kind: "KeycloakRealmImport",
      metadata: {
        name: "yizhan-realm",
        labels: {"app.kubernetes.io/part-of": "yizhan"},
        annotations: {"yizhan.io/generated-by": "k8s/realm-import.sh from keycloak/realm-yizhan.json"}
      },
      spec: {keycloakCRName: "yizhan-keycloak", realm: .}
    }' keycloak/realm-yizhan.json
