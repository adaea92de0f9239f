# shellcheck shell=bash
# Keycloak (keycloak-quarkus-dist from Maven Central, dev mode with H2, realm imported from JSON).
# Sourced by ./platform (not run on its own).

prepare_keycloak() {
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    local zip="$STATE_DIR/downloads/keycloak-quarkus-dist-$KC_VERSION.zip"
    local cached="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
    if [ ! -f "$zip" ] && [ -f "$cached" ]; then
      cp "$cached" "$zip.tmp" && mv "$zip.tmp" "$zip"    # skip a Maven start when the local repository has it
    fi
    if [ ! -f "$zip" ]; then
      say "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip (cached in ~/.m2 after the first time)"
      ./mvnw -q -B -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$STATE_DIR/downloads" 9>&- || die "could not fetch keycloak-quarkus-dist $KC_VERSION"
    fi
    say "unpacking Keycloak $KC_VERSION into $KC_HOME"
    rm -rf "$STATE_DIR/.unzip"
    unzip -q "$zip" -d "$STATE_DIR/.unzip" || die "unzip of $zip failed"
    mv "$STATE_DIR/.unzip/keycloak-$KC_VERSION" "$KC_HOME"
    rm -rf "$STATE_DIR/.unzip"
  fi
  [ -f "$REALM_JSON" ] || die "missing $REALM_JSON"
  mkdir -p "$KC_HOME/data/import"
  # --import-realm skips an existing realm: when the realm JSON changed, reset Keycloak's dev database.
  # The file is imported as it is (portal at http://localhost:8080); a portal on another port is
  # told to Keycloak through its admin API once it is up (ensure_portal_client), so a new portal
  # port (the end-to-end tests take a free one every run) costs no fresh database and re-import.
  local sum; sum="$(sha256sum < "$REALM_JSON" | cut -c1-64)"
  if [ -d "$KC_HOME/data/h2" ] && [ "$(cat "$KC_HOME/data/realm.sha256" 2>/dev/null || true)" != "$sum" ]; then
    say "Keycloak: realm JSON changed since the last import: resetting its dev database to re-import"
    rm -rf "$KC_HOME/data/h2"
  fi
  [ -d "$KC_HOME/data/h2" ] || rm -f "$KC_HOME/data/portal.port"   # a fresh import names port 8080
  cp "$REALM_JSON" "$KC_HOME/data/import/realm-yizhan.json"
  echo "$sum" > "$KC_HOME/data/realm.sha256"
}

# The portal client's URL fields (root URL, redirect URIs, web origins, post-logout URIs) of the realm
# file with port 8080 replaced by this stack's portal port, as one JSON object: the body of Keycloak's
# partial client update. The realm file writes each list item on a line of its own.
portal_client_fields() {
  sed "s#http://localhost:8080#http://localhost:$PORTAL_PORT#g" "$REALM_JSON" | awk '
    /"clientId": "portal"/ { inside = 1 }
    inside && /"protocolMappers"/ { inside = 0 }
    !inside { next }
    /"rootUrl":/ { sub(/,[ \t]*$/, ""); out = out sep $0; sep = "," }
    /"(redirectUris|webOrigins)": \[/ { list = 1; buf = "" }
    list { buf = buf $0; if ($0 ~ /\]/) { list = 0; sub(/,[ \t]*$/, "", buf); out = out sep buf; sep = "," }; next }
    /"post\.logout\.redirect\.uris":/ { sub(/,[ \t]*$/, ""); out = out sep "\"attributes\": {" $0 "}"; sep = "," }
    END { gsub(/[ \t]+/, " ", out); print "{" out "}" }'
}

# Once Keycloak answers: its build is now augmented for start-dev (see keycloak_cds_opts), and the
# portal client follows this stack's portal port.
keycloak_answered() {
  touch "$KC_HOME/data/augmented"
  ensure_portal_client
}

# Point the realm's portal client at this stack's portal port, when the
# realm in Keycloak's database names another one (admin API, the bootstrap admin of `up`).
ensure_portal_client() {
  local recorded="$KC_HOME/data/portal.port" base token id code
  [ "$(cat "$recorded" 2> /dev/null || echo 8080)" = "$PORTAL_PORT" ] && return 0
  base="http://localhost:$KC_PORT"
  token="$(curl -sS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$base/realms/master/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  [ -n "$token" ] || { echo "[platform] ERROR: no admin token from Keycloak at $base" >&2; return 1; }
  id="$(curl -sS -H "Authorization: Bearer $token" "$base/admin/realms/yizhan/clients?clientId=portal" \
    | grep -o '"id":"[^"]*"' | head -n 1 | cut -d '"' -f 4)"
  [ -n "$id" ] || { echo "[platform] ERROR: Keycloak's realm yizhan has no client 'portal'" >&2; return 1; }
  code="$(curl -sS -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$(portal_client_fields)" "$base/admin/realms/yizhan/clients/$id")"
  [ "$code" = 204 ] || { echo "[platform] ERROR: Keycloak refused the portal client's URLs (HTTP $code)" >&2; return 1; }
  echo "$PORTAL_PORT" > "$recorded"
  say "Keycloak: the portal client follows the portal to http://localhost:$PORTAL_PORT"
}

start_keycloak() {
  if already_running keycloak; then return 0; fi
  rm -f "$(pid_file keycloak)"
  check_port_free keycloak "$KC_PORT" YIZHAN_KEYCLOAK_PORT
  prepare_keycloak
  say "starting Keycloak $KC_VERSION on http://localhost:$KC_PORT"
  local cds; cds="$(keycloak_cds_opts)"
  # kc.sh runs a first JVM that re-augments a fresh Keycloak, then execs the server JVM in its place;
  # during that exec the process's command line can read empty, and kc.sh as the recorded process
  # then looks dead for an instant: the likely cause of CI stop 37's "keycloak exited before it became
  # ready" right after the first JVM's exit. A small shell that never execs is the recorded group
  # leader instead, and it logs how kc.sh ended, should kc.sh really end.
  spawn keycloak sh -c '"$@"; echo "[platform] kc.sh ended with status $?"' keycloak env \
    JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1 $MARKER -Dyizhan.platform.part=keycloak${cds:+ $cds}" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-host=127.0.0.1 \
    --hostname="http://localhost:$KC_PORT" --import-realm
}

# Class-data sharing for Keycloak, the slowest part to start: when this Keycloak (its jars, this JDK)
# has no archive yet, the JVM writes one of the classes it loaded when it stops (ArchiveClassesAtExit,
# ~11 s and ~117 MB at the stop); later starts map that archive instead of parsing and verifying the
# classes again. Not on the very first start: there kc.sh's first JVM only re-augments the fresh
# Keycloak and exits, and it would write an archive of the build's classes that later starts then
# keep using; so the archive is written from the second start on (data/augmented is made when
# Keycloak first answers). A rebuilt Keycloak or another JDK gets an archive of its own; a stale one is
# only ignored by the JVM (-Xshare:auto), never fatal. YIZHAN_KEYCLOAK_CDS=0 turns it off.
keycloak_cds_opts() {
  [ "${YIZHAN_KEYCLOAK_CDS:-1}" = 1 ] || return 0
  local sig archive java_bin
  java_bin="$(readlink -f "$(command -v "$JAVA")")" || return 0
  sig="$( { stat -c '%n %s %Y' "$java_bin" "$KC_HOME"/lib/quarkus-run.jar "$KC_HOME"/lib/quarkus/* 2> /dev/null || true; } \
    | sha256sum | cut -c1-12)"
  archive="$KC_HOME/data/cds-$sig.jsa"
  if [ -s "$archive" ]; then
    echo "-XX:SharedArchiveFile=$archive -Xshare:auto"
  elif [ -f "$KC_HOME/data/augmented" ]; then
    find "$KC_HOME/data" -maxdepth 1 -name 'cds-*.jsa' -delete 2> /dev/null || true
    mkdir -p "$KC_HOME/data"
    echo "-XX:ArchiveClassesAtExit=$archive -Xlog:cds=error"   # not 2,700 lines of skipped classes per dump
  fi
}
