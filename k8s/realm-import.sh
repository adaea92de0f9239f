#!/usr/bin/env bash
# Prints the KeycloakRealmImport for k8s/base, derived from keycloak/realm-yizhan.json (the realm of
# the local stack and the tests) by these rules:
#   - kept: realm settings, realm roles, the user profile (components), the public client `portal`
#     with its audience and tenant mappers, and the disabled `account` client (no account console:
#     a self-registered worker must not change their city, docs/adr/0011-worker-sign-up.md);
#   - dropped: every user (demo accounts and the demo clients' service accounts), the password-grant
#     client `yizhan-cli` and the confidential demo clients `partner-demo` and `device-demo`
#     (real partners and devices get their own clients, with secrets that never sit in Git);
#   - changed: the portal's URLs point at the public host (PUBLIC_URL, default below) instead of
#     http://localhost:8080;
#   - hardened for a deployed realm (the local realm keeps the tests' defaults): brute-force detection
#     (temporary lockout after 5 failures, growing wait, permanent lockout off so an attacker cannot
#     lock a station's staff out for good), a password policy (12+ characters — length, not character
#     classes, which a courier typing on a phone gets wrong — not the username or e-mail, not one of
#     the last 5, PBKDF2-SHA512 at Keycloak's default iterations), HTTPS for every address outside the
#     cluster;
#   - workers sign up themselves with their mobile number and city (ADR 0011); no e-mail is required,
#     so none is verified; staff accounts are made by the province's administrators.
# Output is JSON, which is YAML; kustomize reads it as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
PUBLIC_URL="${PUBLIC_URL:-https://yizhan.example.org}"
jq --arg url "$PUBLIC_URL" --sort-keys '
  del(.users)
  | .bruteForceProtected = true
  | .permanentLockout = false
  | .failureFactor = 5
  | .waitIncrementSeconds = 60
  | .maxFailureWaitSeconds = 900
  | .maxDeltaTimeSeconds = 43200
  | .quickLoginCheckMilliSeconds = 1000
  | .minimumQuickLoginWaitSeconds = 60
  | .passwordPolicy = "length(12) and notUsername() and notEmail() and passwordHistory(5) and hashAlgorithm(pbkdf2-sha512)"
  | .sslRequired = "external"
  | .registrationAllowed = true
  | .verifyEmail = false
  | .clients |= map(select(.clientId == "portal" or .clientId == "account")
      | if .clientId == "portal" then
          .rootUrl = $url
          | .redirectUris = [$url + "/*"]
          | .webOrigins = [$url]
          | .attributes["post.logout.redirect.uris"] = $url + "/*"
        else . end)
  | {
      apiVersion: "k8s.keycloak.org/v2beta1",
      kind: "KeycloakRealmImport",
      metadata: {
        name: "yizhan-realm",
        labels: {"app.kubernetes.io/part-of": "yizhan"},
        annotations: {"yizhan.io/generated-by": "k8s/realm-import.sh from keycloak/realm-yizhan.json"}
      },
      spec: {keycloakCRName: "yizhan-keycloak", realm: .}
    }' keycloak/realm-yizhan.json
