# shellcheck shell=bash
# ./platform test: tools the suites need, then ./mvnw verify, then the figures.
# Sourced by ./platform (not run on its own).

# Debian packages the run needs, when we are root and have apt: install, and on failure refresh the
# package lists once and try again (a fresh machine's lists are often stale or empty).
apt_install() {   # apt_install WHY PACKAGE...
  local why="$1"; shift
  say "$why: apt-get install -y $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; } \
    || die "could not install $*"
}

# The portal's browser tests (system-tests' PortalBrowserIT) drive Debian's Chromium: Playwright's own
# browser download is not used (and cannot reach its CDN here). A Chinese font makes the screenshots
# readable (without one every character is a box; the tests themselves read the DOM).
ensure_chromium() {
  local pkgs=""
  command -v chromium > /dev/null || command -v chromium-browser > /dev/null || [ -n "${CHROMIUM:-}" ] || pkgs="chromium"
  # rating-service draws its wall posters (PDF, PNG) with this very font file (yizhan.rating.poster.font-file)
  [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || pkgs="$pkgs fonts-wqy-microhei"
  [ -n "$pkgs" ] || return 0
  if is_root && command -v apt-get > /dev/null; then
    # shellcheck disable=SC2086  # one word a package
    apt_install "for the browser tests" $pkgs
  elif [[ "$pkgs" == *chromium* ]]; then
    die "Chromium is missing; the portal's browser tests need it. Install it, then run again:
  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-wqy-microhei
  Other systems:  a Chromium or Chrome, named by CHROMIUM=/path/to/chrome"
  else
    warn "no Chinese font: the browser tests' screenshots will show boxes and rating-service's poster tests fail (apt-get install -y fonts-wqy-microhei)"
  fi
}

# The shell scripts are part of the build: shellcheck (warnings and errors) over all of them, before Maven.
SHELL_SCRIPTS="platform platform.d/*.sh .ci/run bench/*.sh"
ensure_shellcheck() {
  command -v shellcheck > /dev/null && return 0
  if is_root && command -v apt-get > /dev/null; then
    apt_install "for the script check" shellcheck
  else
    die "shellcheck is missing; ./platform test checks the shell scripts with it. Install it, then run again:
  Debian/Ubuntu:  sudo apt-get install -y shellcheck"
  fi
}
check_scripts() {
  local t0; t0="$(now_ms)"
  ensure_shellcheck
  # shellcheck disable=SC2086  # the patterns are meant to expand
  shellcheck -x --severity=warning $SHELL_SCRIPTS || die "shellcheck: the scripts above need fixing"
  say "shellcheck: $(echo $SHELL_SCRIPTS | wc -w) scripts clean ($(( ($(now_ms) - t0) / 1000 )) s)"
}

# Each service's README draws its package tree: every top-level package is in it, and every package it
# names exists (a README that drifts from the code misleads the next reader).
check_readme_trees() {
  local svc base readme tree d name bad=0
  for svc in station locker rating volunteer partner; do
    base="$ROOT/$svc-service/src/main/java/io/yizhan/$svc"; readme="$ROOT/$svc-service/README.md"
    # the tree: the lines of the README's code blocks drawn with ├ └ │
    tree="$(awk '/^```/{f=!f; next} f' "$readme" | grep -E '[├└│]' || true)"
    while IFS= read -r d; do
      name="${d##*/}"
      grep -qE "(^|[^a-z-])$name/" <<< "$tree" || { warn "$svc-service/README.md: package $name/ (${d#"$base"/}) is not in its package tree"; bad=1; }
    done < <(find "$base" -mindepth 1 -maxdepth 1 -type d | sort)
    while IFS= read -r name; do
      [ -n "$(find "$base" -type d -name "$name" -print -quit)" ] \
        || { warn "$svc-service/README.md: its package tree shows $name/, which is not in the code"; bad=1; }
    done < <(grep -oE '(^|[ │├└─(])[a-z][a-z0-9]*/([ ,)]|$)' <<< "$tree" | grep -oE '[a-z][a-z0-9]*/' | tr -d / | sort -u)
  done
  [ "$bad" = 0 ] || die "the services' README package trees do not match the code (above)"
  say "README package trees match the code (5 services)"
}

# Test classes tagged @Tag("clock") (time-sensitive) in any module, as a surefire -Dtest list. The
# clock profile of the parent pom runs them once more in each module, right after its own tests, at
# 2026-12-31T23:30+08:00 and 2027-03-01T00:10+08:00 (-Dyizhan.test.clock, read by MovableClock).
# Integration tests (*IT) are left out: they need the stack of the failsafe phase.
clock_tests() {
  grep -rlE --include='*.java' '@(org\.junit\.jupiter\.api\.)?Tag\("clock"\)' -- */src/test/java 2> /dev/null \
    | sed 's#.*/##; s#\.java$##' | grep -v 'IT$' | sort -u | paste -sd, - || true
}

cmd_test() {
  local t0 tm; t0="$(now_ms)"
  take_lock
  check_scripts
  check_readme_trees
  ensure_postgres
  ensure_chromium
  ensure_mosquitto_installed   # locker-service's device-channel tests start their own broker from it
  exec 9>&-
  export DB_HOST=127.0.0.1 DB_PORT DB_USER=yizhan DB_PASSWORD=yizhan
  local log="$STATE_DIR/logs/test-run.log" rc=0 clock args=()
  clock="$(clock_tests)"
  if [ -n "$clock" ]; then
    args=(-Dyizhan.clock.tests="$clock")
    say "clock-tagged classes, run again at 31 Dec 23:30 and 1 Mar 00:10 station time: $clock"
  else
    warn "no test class is tagged @Tag(\"clock\"): the fixed-instant runs have nothing to run"
  fi
  # npm ci deletes and reinstalls node_modules: not when they were installed from the current lock file
  # (npm writes node_modules/.package-lock.json at the end of every install). The switch skips every
  # execution named npm-ci (the portal's and api-lint's), so both must be current.
  local web current=1
  for web in "$ROOT/portal/src/main/webapp" "$ROOT/api-lint"; do
    [ "$web/node_modules/.package-lock.json" -nt "$web/package-lock.json" ] \
      && [ "$web/node_modules/.package-lock.json" -nt "$web/package.json" ] || current=0
  done
  if [ "$current" = 1 ]; then
    args+=(-Dportal.npmCi.skip=true)
    say "portal, api-lint: node_modules are current with package-lock.json, npm ci skipped"
  fi
  # reports older than this marker are from earlier runs (modules the run did not reach)
  local since="$STATE_DIR/run/test-run.started"; touch "$since"
  say "running ./mvnw -B verify ${args[*]} $*"
  tm="$(now_ms)"
  ./mvnw -B verify "${args[@]}" "$@" 2>&1 | tee "$log" || rc=$?
  print_figures "$log"
  print_slowest "$since"
  print_times "$log" "$(( tm - t0 ))" "$(( $(now_ms) - t0 ))"
  return "$rc"
}

# The ten slowest test classes of this run, from the surefire and failsafe XML reports (a class that
# starts Quarkus carries its start-up; "clock-…" marks the fixed-instant runs), and what each kind of
# run took in all.
print_slowest() {
  local since="$1" f head name time module kind rows
  rows="$(find "$ROOT" -path "$ROOT/portal/src/main/webapp/node_modules" -prune -o -type f -name 'TEST-*.xml' \
      -path '*/target/*-reports*/*' -newer "$since" -print 2> /dev/null \
    | while IFS= read -r f; do
        head="$(grep -m 1 -o '<testsuite [^>]*>' "$f")" || continue
        name="$(sed -n 's/.* name="\([^"]*\)".*/\1/p' <<< "$head")"
        time="$(sed -n 's/.* time="\([^"]*\)".*/\1/p' <<< "$head")"
        module="${f#"$ROOT"/}"; module="${module%%/*}"
        kind="$(basename "$(dirname "$f")")"; kind="${kind%-reports}"; kind="${kind#surefire-reports-}"
        printf '%s\t%s\t%s\t%s\n' "${time//,/}" "${name##*.}" "$module" "$kind"
      done | sort -t "$(printf '\t')" -k1,1 -g -r)"
  [ -n "$rows" ] || return 0
  echo
  echo "Ten slowest test classes 最慢的十个测试类 (seconds):"
  printf '%s\n' "$rows" | head -n 10 | awk -F '\t' '{ printf "  %7.1f  %-44s %s (%s)\n", $1, $2, $3, $4 }'
  echo "Test classes by kind of run 各类测试用时 (classes, seconds in all):"
  printf '%s\n' "$rows" | awk -F '\t' '{ n[$4]++; t[$4] += $1 } END { for (k in n) printf "  %-16s %4d classes %7.1f s\n", k, n[k], t[k] }' | sort
}

# Where the time went: before Maven (tools, PostgreSQL), and each module from Maven's reactor summary.
print_times() {
  local log="$1" before_ms="$2" total_ms="$3"
  echo
  echo "Time of this run 本次运行用时: $(( total_ms / 1000 )) s in all, $(( before_ms / 1000 )) s before Maven"
  grep -a -A 14 'Reactor Summary' "$log" | grep -aE '(SUCCESS|FAILURE|SKIPPED) \[' \
    | sed -E 's/^\[INFO\] //; s/Yizhan :: //; s/ \(.*\)( \.*)?/ /; s/ \.+ / /' | sed 's/^/  /' || true
}

# The suites print their counts as "[figures] ..." lines (requests tried, faults injected, events
# counted, leaks found); gathered here so the end of a run shows them together.
print_figures() {
  local lines; lines="$(grep -a '^\[figures\] ' "$1" | sed 's/^\[figures\] /  /' || true)"
  [ -n "$lines" ] || return 0
  echo
  echo "Figures of this run 本次运行的测试数据:"
  printf '%s\n' "$lines"
}

