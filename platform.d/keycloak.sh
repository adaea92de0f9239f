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
  # --import-realm skips an existing realm: when the realm JSON changed, reset Keycloak's dev database
  # The portal client's redirect URIs and web origin name http://localhost:8080: a portal started on
  # another port (the browser tests use a free one) gets its own origin in this stack's copy.
  local realm; realm="$(realm_for_stack)"
  local sum; sum="$(printf '%s' "$realm" | sha256sum | cut -c1-64)"
  if [ -d "$KC_HOME/data/h2" ] && [ "$(cat "$KC_HOME/data/realm.sha256" 2>/dev/null || true)" != "$sum" ]; then
    say "Keycloak: realm JSON changed since the last import: resetting its dev database to re-import"
    rm -rf "$KC_HOME/data/h2"
  fi
  printf '%s\n' "$realm" > "$KC_HOME/data/import/realm-yizhan.json"
  echo "$sum" > "$KC_HOME/data/realm.sha256"
}

realm_for_stack() {
  if [ "$PORTAL_PORT" = 8080 ]; then cat "$REALM_JSON"
  else sed "s#http://localhost:8080#http://localhost:$PORTAL_PORT#g" "$REALM_JSON"; fi
}

start_keycloak() {
  if already_running keycloak; then return 0; fi
  rm -f "$(pid_file keycloak)"
  check_port_free keycloak "$KC_PORT" YIZHAN_KEYCLOAK_PORT
  prepare_keycloak
  say "starting Keycloak $KC_VERSION on http://localhost:$KC_PORT"
  local cds; cds="$(keycloak_cds_opts)"
  spawn keycloak env \
    JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1 $MARKER -Dyizhan.platform.part=keycloak${cds:+ $cds}" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-host=127.0.0.1 \
    --hostname="http://localhost:$KC_PORT" --import-realm
}

# Class-data sharing for Keycloak, the slowest part to start: when this Keycloak (its jars, this JDK)
# has no archive yet, the JVM writes one of the classes it loaded when it stops (ArchiveClassesAtExit,
# so after the first `down`); later starts map that archive instead of parsing and verifying the
# classes again. A rebuilt Keycloak or another JDK gets an archive of its own; a stale one is only
# ignored by the JVM (-Xshare:auto), never fatal. YIZHAN_KEYCLOAK_CDS=0 turns it off.
keycloak_cds_opts() {
  [ "${YIZHAN_KEYCLOAK_CDS:-1}" = 1 ] || return 0
  local sig archive java_bin
  java_bin="$(readlink -f "$(command -v "$JAVA")")" || return 0
  sig="$( { stat -c '%n %s %Y' "$java_bin" "$KC_HOME"/lib/quarkus-run.jar "$KC_HOME"/lib/quarkus/* 2> /dev/null || true; } \
    | sha256sum | cut -c1-12)"
  archive="$KC_HOME/data/cds-$sig.jsa"
  if [ -s "$archive" ]; then
    echo "-XX:SharedArchiveFile=$archive -Xshare:auto"
  else
    find "$KC_HOME/data" -maxdepth 1 -name 'cds-*.jsa' -delete 2> /dev/null || true
    mkdir -p "$KC_HOME/data"
    echo "-XX:ArchiveClassesAtExit=$archive"
  fi
}
