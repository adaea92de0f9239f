# shellcheck shell=bash
# The fault suite (./platform faults).
# Sourced by ./platform (not run on its own).

# The fault suite (docs/faults.md): its own stack on free ports with an embedded PostgreSQL, faults
# injected on purpose, figures printed and written to system-tests/target/faults/. Takes ~10 minutes.
cmd_faults() {
  ensure_chromium
  say "building (no tests), then the fault suite: ./mvnw -B verify -pl system-tests -Pfaults $*"
  ./mvnw -B -q install -DskipTests
  local log="$STATE_DIR/logs/faults-run.log" rc=0
  ./mvnw -B verify -pl system-tests -Pfaults "$@" 2>&1 | tee "$log" || rc=$?
  print_figures "$log"
  return "$rc"
}

