# shellcheck shell=bash
# Configuration (environment variables; nothing below may assume the defaults). Sourced after helpers.sh.
# Sourced by ./platform (not run on its own).
# shellcheck disable=SC2034  # the variables here are read by the other platform.d files

STATE_DIR="${YIZHAN_STATE_DIR:-.platform}"
case "$STATE_DIR" in /*) ;; *) STATE_DIR="$ROOT/$STATE_DIR" ;; esac
STATE_DIR="${STATE_DIR%/}"
DB_PORT="${YIZHAN_DB_PORT:-5432}"
DB_PREFIX="${YIZHAN_DB_PREFIX:-}"
DB_SUPERUSER="${YIZHAN_DB_SUPERUSER:-postgres}"
KAFKA_PORT="${YIZHAN_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${YIZHAN_KAFKA_CONTROLLER_PORT:-9093}"
MQTT_PORT="${YIZHAN_MQTT_PORT:-18830}"   # our own Mosquitto; 1883 is left to a broker the machine may run
S3_PORT="${YIZHAN_S3_PORT:-18900}"       # S3Proxy, the S3 API for station photos
KC_PORT="${YIZHAN_KEYCLOAK_PORT:-8180}"
PORTAL_PORT="${YIZHAN_PORTAL_PORT:-8080}"
KC_VERSION="${YIZHAN_KEYCLOAK_VERSION:-26.7.3}"
SERVICE_JAVA_OPTS="${YIZHAN_SERVICE_JAVA_OPTS:-}"
# The services' JVM settings (heap, GC, stacks): the one copy is JAVA_TOOL_OPTIONS in k8s/base/platform.env,
# which the pods read, so the local stack, the tests' stacks and the bench run what production runs
# (docs/adr/0018-jvm-settings.md). Exported for bench/; YIZHAN_SERVICE_JAVA_OPTS comes after them and wins.
YIZHAN_JVM_OPTS="$(sed -n 's/^JAVA_TOOL_OPTIONS=//p' "$ROOT/k8s/base/platform.env")"
export YIZHAN_JVM_OPTS
TIMEOUT_POSTGRES="${YIZHAN_TIMEOUT_POSTGRES:-60}"
TIMEOUT_KAFKA="${YIZHAN_TIMEOUT_KAFKA:-90}"
TIMEOUT_KEYCLOAK="${YIZHAN_TIMEOUT_KEYCLOAK:-300}"
TIMEOUT_SERVICE="${YIZHAN_TIMEOUT_SERVICE:-240}"
STOP_TIMEOUT="${YIZHAN_STOP_TIMEOUT:-30}"

ALL_PARTS="postgres kafka keycloak mosquitto s3 station locker rating volunteer partner portal simulator"
SERVICES="station locker rating volunteer partner"
PARTS=" ${YIZHAN_PARTS:-$ALL_PARTS} "            # hidden switch: start only some parts
DATABASES="station locker rating volunteer partner"
TOPICS="station-events locker-events rating-events volunteer-events partner-events"
TOPIC_PARTITIONS=3
REALM_JSON="$ROOT/keycloak/realm-yizhan.json"
KAFKA_CLASSES="$ROOT/kafka-broker/target/classes"
KAFKA_CLASSPATH_FILE="$KAFKA_CLASSES/kafka-broker.classpath"
S3_CLASSPATH_FILE="$ROOT/s3-server/target/classes/s3-server.classpath"
KC_HOME="$STATE_DIR/keycloak-$KC_VERSION"
PGDATA_DIR="$STATE_DIR/postgres/data"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# Every JVM we start carries this marker, so `down` can prove nothing of ours is left.
MARKER="-Dyizhan.platform.state=$STATE_DIR"

# MQTT identities of the demo's devices (one each; passwords made per state dir, see mosquitto.sh)
# and the demo lockers' devices, demo-locker-<city>-NN as locker-service's DemoLockerService names them,
# and spare ones, demo-spare-<city>-N; device-simulator plays every demo-* identity
demo_device_ids() {
  local city n count
  echo device-demo
  for city in fuzhou xiamen zhangzhou quanzhou sanming putian nanping longyan ningde pingtan; do
    count=3; [ "$city" = fuzhou ] && count=39
    for (( n = 1; n <= count; n++ )); do printf 'demo-locker-%s-%02d\n' "$city" "$n"; done
    # two spare devices per city, which no demo locker uses: for a locker registered in the console
    printf 'demo-spare-%s-%d\n' "$city" 1 "$city" 2
  done
}
MQTT_DEVICES="${YIZHAN_MQTT_DEVICES:-$(demo_device_ids | tr '\n' ' ')}"
# more identities on top of those (the end-to-end tests play a device of their own that the simulator leaves alone)
MQTT_DEVICES="$MQTT_DEVICES ${YIZHAN_MQTT_EXTRA_DEVICES:-}"

DEMO_USERS="province-admin:province-admin:fujian fuzhou-admin:city-admin:fuzhou zhangzhou-admin:city-admin:zhangzhou fuzhou-manager:station-manager:fuzhou fuzhou-rights:rights-desk:fuzhou worker1:worker:- worker2:worker:- volunteer1:volunteer:fuzhou"

for n in "$DB_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$MQTT_PORT" "$S3_PORT" "$KC_PORT" "$PORTAL_PORT"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "port '$n' is not a number"
done
[[ "$DB_PREFIX" =~ ^[a-z0-9_]*$ ]] || die "YIZHAN_DB_PREFIX may hold only a-z, 0-9 and _ (got '$DB_PREFIX')"
for p in $PARTS; do
  case " $ALL_PARTS " in *" $p "*) ;; *) die "unknown part '$p' in YIZHAN_PARTS (parts: $ALL_PARTS)" ;; esac
done

svc_port() {
  case "$1" in
    station)   echo "${YIZHAN_STATION_PORT:-8081}" ;;
    locker)    echo "${YIZHAN_LOCKER_PORT:-8082}" ;;
    rating)    echo "${YIZHAN_RATING_PORT:-8083}" ;;
    volunteer) echo "${YIZHAN_VOLUNTEER_PORT:-8084}" ;;
    partner)   echo "${YIZHAN_PARTNER_PORT:-8085}" ;;
  esac
}
# Each JVM's management port (/q/health, /q/metrics, /q/openapi: not on the public port in prod).
mgmt_port() {
  case "$1" in
    station)   echo "${YIZHAN_STATION_MANAGEMENT_PORT:-9081}" ;;
    locker)    echo "${YIZHAN_LOCKER_MANAGEMENT_PORT:-9082}" ;;
    rating)    echo "${YIZHAN_RATING_MANAGEMENT_PORT:-9083}" ;;
    volunteer) echo "${YIZHAN_VOLUNTEER_MANAGEMENT_PORT:-9084}" ;;
    partner)   echo "${YIZHAN_PARTNER_MANAGEMENT_PORT:-9085}" ;;
    portal)    echo "${YIZHAN_PORTAL_MANAGEMENT_PORT:-9080}" ;;
  esac
}
part_port() {
  case "$1" in
    postgres) echo "$DB_PORT" ;;
    kafka)    echo "$KAFKA_PORT" ;;
    mosquitto) echo "$MQTT_PORT" ;;
    s3)       echo "$S3_PORT" ;;
    keycloak) echo "$KC_PORT" ;;
    portal)   echo "$PORTAL_PORT" ;;
    *)        svc_port "$1" ;;
  esac
}
svc_jar() { echo "$ROOT/$1-service/target/quarkus-app/quarkus-run.jar"; }
PORTAL_JAR="$ROOT/portal/target/quarkus-app/quarkus-run.jar"
SIMULATOR_JAR="$ROOT/device-simulator/target/quarkus-app/quarkus-run.jar"
