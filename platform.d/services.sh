# shellcheck shell=bash
# The five services and the portal, each a quarkus-run.jar in a JVM of its own.
# Sourced by ./platform (not run on its own).

start_service() {
  local s="$1" port; port="$(svc_port "$s")"
  if already_running "$s"; then return 0; fi
  rm -f "$(pid_file "$s")"
  check_port_free "$s-service" "$port" "YIZHAN_${s^^}_PORT"
  check_port_free "$s-service management" "$(mgmt_port "$s")" "YIZHAN_${s^^}_MANAGEMENT_PORT"
  [ -f "$(svc_jar "$s")" ] || die "missing $(svc_jar "$s"): run ./mvnw -B install -DskipTests"
  say "starting $s-service on http://localhost:$port"
  # station-service loads the demo province (6,000 Fujian stations) into an empty table unless
  # YIZHAN_DEMO_LOAD_STATIONS=false
  local demo=()
  if [ "$s" = station ]; then demo=(YIZHAN_DEMO_LOAD_STATIONS="${YIZHAN_DEMO_LOAD_STATIONS:-true}"); fi
  # station-service stores station photos through the S3 API of our S3Proxy (s3.sh)
  if [ "$s" = station ] && want s3; then mapfile -t -O "${#demo[@]}" demo < <(s3_env); fi
  # rating-service signs its QR codes with a secret it has no default for outside dev and test
  # volunteer-service checks duty check-ins against the same wall codes
  if [ "$s" = rating ] || [ "$s" = volunteer ]; then demo=(YIZHAN_RATING_QR_SECRET="${YIZHAN_RATING_QR_SECRET:-local-stack-qr-secret-not-for-production}"); fi
  # the wall poster's QR code opens the portal's page for the station, and a volunteer's secret
  # calendar link is written on it: the portal's public origin
  if [ "$s" = rating ] || [ "$s" = volunteer ]; then demo+=(YIZHAN_PUBLIC_BASE_URL="${YIZHAN_PUBLIC_BASE_URL:-http://localhost:$PORTAL_PORT}"); fi
  # partner-service registers the realm's partner-demo client and, on one machine, lets webhooks
  # go to receivers on localhost (refused in production: SSRF)
  # locker-service talks to the lockers' devices over our Mosquitto, with an identity of its own
  # and loads the demo province's lockers (39 in Fuzhou, 3 in each other city) as their stations arrive
  if [ "$s" = locker ]; then demo=(MQTT_HOST=127.0.0.1 MQTT_PORT="$MQTT_PORT" MQTT_USERNAME=locker-service
    MQTT_PASSWORD="$(mqtt_secret locker-service)" YIZHAN_DEMO_LOAD_LOCKERS="${YIZHAN_DEMO_LOAD_LOCKERS:-true}"); fi
  if [ "$s" = partner ]; then demo=(YIZHAN_PARTNER_SEED_DEMO="${YIZHAN_PARTNER_SEED_DEMO:-true}"
    YIZHAN_PARTNER_ALLOW_PRIVATE_TARGETS="${YIZHAN_PARTNER_ALLOW_PRIVATE_TARGETS:-true}"); fi
  # station-, locker-, rating- and volunteer-service write the demo province's past week beside the demo
  # data (door entries, pickups, ratings, duty shifts; docs/adr/0017-demo-history.md) unless YIZHAN_DEMO_HISTORY=false
  case "$s" in station|locker|rating|volunteer) demo+=(YIZHAN_DEMO_HISTORY="${YIZHAN_DEMO_HISTORY:-true}") ;; esac
  # shellcheck disable=SC2086
  spawn "$s" env "${demo[@]}" \
    QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$(mgmt_port "$s")" \
    DB_HOST=127.0.0.1 DB_PORT="$DB_PORT" DB_NAME="$DB_PREFIX$s" DB_USER=yizhan DB_PASSWORD=yizhan \
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
    OIDC_AUTH_SERVER_URL="http://localhost:$KC_PORT/realms/yizhan" \
    "$JAVA" "$MARKER" -Dyizhan.platform.part="$s" $YIZHAN_JVM_OPTS $SERVICE_JAVA_OPTS -jar "$(svc_jar "$s")"
}

# The portal: serves the single-page app and passes /api/v1/... to the services by prefix.
start_portal() {
  if already_running portal; then return 0; fi
  rm -f "$(pid_file portal)"
  check_port_free portal "$PORTAL_PORT" YIZHAN_PORTAL_PORT
  check_port_free "portal management" "$(mgmt_port portal)" YIZHAN_PORTAL_MANAGEMENT_PORT
  [ -f "$PORTAL_JAR" ] || die "missing $PORTAL_JAR: run ./mvnw -B install -DskipTests"
  say "starting portal on http://localhost:$PORTAL_PORT"
  # shellcheck disable=SC2086
  spawn portal env QUARKUS_HTTP_PORT="$PORTAL_PORT" QUARKUS_MANAGEMENT_PORT="$(mgmt_port portal)" \
    YIZHAN_PORTAL_UPSTREAMS_STATION="http://localhost:$(svc_port station)" \
    YIZHAN_PORTAL_UPSTREAMS_LOCKER="http://localhost:$(svc_port locker)" \
    YIZHAN_PORTAL_UPSTREAMS_RATING="http://localhost:$(svc_port rating)" \
    YIZHAN_PORTAL_UPSTREAMS_VOLUNTEER="http://localhost:$(svc_port volunteer)" \
    YIZHAN_PORTAL_UPSTREAMS_PARTNER="http://localhost:$(svc_port partner)" \
    OIDC_AUTH_SERVER_URL="http://localhost:$KC_PORT/realms/yizhan" \
    "$JAVA" "$MARKER" -Dyizhan.platform.part=portal $SERVICE_JAVA_OPTS -jar "$PORTAL_JAR"
}


# The demo lockers' devices (device-simulator): answers locker-service's commands over our Mosquitto with
# each demo locker's own identity. YIZHAN_SIMULATOR=off leaves it out.
start_simulator() {
  if [ "${YIZHAN_SIMULATOR:-on}" = off ]; then say "device simulator off (YIZHAN_SIMULATOR=off)"; return 1; fi
  if already_running simulator; then return 0; fi
  rm -f "$(pid_file simulator)"
  [ -f "$SIMULATOR_JAR" ] || die "missing $SIMULATOR_JAR: run ./mvnw -B install -DskipTests"
  say "starting the device simulator (demo lockers on mqtt://127.0.0.1:$MQTT_PORT)"
  # shellcheck disable=SC2086
  spawn simulator env MQTT_HOST=127.0.0.1 MQTT_PORT="$MQTT_PORT" YIZHAN_SIMULATOR_DEVICES="$MQDIR/secrets" \
    "$JAVA" "$MARKER" -Dyizhan.platform.part=simulator -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m -jar "$SIMULATOR_JAR"
}
