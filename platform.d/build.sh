# shellcheck shell=bash
# Build: ./mvnw install when a part to start has no jar yet.
# Sourced by ./platform (not run on its own).

ensure_built() {
  local missing=""
  if want kafka && { [ ! -f "$KAFKA_CLASSPATH_FILE" ] || [ ! -f "$KAFKA_CLASSES/io/yizhan/kafka/CreateTopics.class" ]; }; then missing="$missing kafka-broker"; fi
  if want s3 && [ ! -f "$S3_CLASSPATH_FILE" ]; then missing="$missing s3-server"; fi
  local s
  for s in $SERVICES; do
    if want "$s" && [ ! -f "$(svc_jar "$s")" ]; then missing="$missing $s-service"; fi
  done
  if want portal && [ ! -f "$PORTAL_JAR" ]; then missing="$missing portal"; fi
  if want simulator && [ "${YIZHAN_SIMULATOR:-on}" != off ] && [ ! -f "$SIMULATOR_JAR" ]; then missing="$missing device-simulator"; fi
  [ -z "$missing" ] && return 0
  if [ "${YIZHAN_SKIP_BUILD:-0}" = 1 ]; then
    die "not built:$missing (YIZHAN_SKIP_BUILD=1): run ./mvnw -B install -DskipTests"
  fi
  say "building (missing:$missing): ./mvnw -B -q install -DskipTests"
  local t0; t0="$(now_ms)"
  ./mvnw -B -q install -DskipTests 9>&- || die "build failed"
  say "build done ($(( ($(now_ms) - t0) / 1000 )) s)"
}

