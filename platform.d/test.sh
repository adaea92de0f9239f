# shellcheck shell=bash
# ./platform test: tools the suites need, then ./mvnw verify, then the figures.
# Sourced by ./platform (not run on its own).

# The portal's browser tests (system-tests' PortalBrowserIT) drive Debian's Chromium: Playwright's own
# browser download is not used (and cannot reach its CDN here). A Chinese font makes the screenshots
# readable (without one every character is a box; the tests themselves read the DOM).
ensure_chromium() {
  local pkgs=""
  command -v chromium > /dev/null || command -v chromium-browser > /dev/null || [ -n "${CHROMIUM:-}" ] || pkgs="chromium"
  if command -v fc-list > /dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; then pkgs="$pkgs fonts-wqy-microhei"; fi
  [ -n "$pkgs" ] || return 0
  if is_root && command -v apt-get > /dev/null; then
    say "for the browser tests: apt-get install -y$pkgs"
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $pkgs \
      || { DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $pkgs; } \
      || die "could not install$pkgs"
  elif [[ "$pkgs" == *chromium* ]]; then
    die "Chromium is missing; the portal's browser tests need it. Install it, then run again:
  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-wqy-microhei
  Other systems:  a Chromium or Chrome, named by CHROMIUM=/path/to/chrome"
  else
    warn "no Chinese font: the browser tests' screenshots will show boxes (apt-get install -y fonts-wqy-microhei)"
  fi
}

cmd_test() {
  take_lock
  ensure_postgres
  ensure_chromium
  exec 9>&-
  export DB_HOST=127.0.0.1 DB_PORT DB_USER=yizhan DB_PASSWORD=yizhan
  say "running ./mvnw -B verify $*"
  local log="$STATE_DIR/logs/test-run.log" rc=0
  ./mvnw -B verify "$@" 2>&1 | tee "$log" || rc=$?
  print_figures "$log"
  return "$rc"
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

