# shellcheck shell=bash
# PostgreSQL + PostGIS: the machine's server on $YIZHAN_DB_PORT, else an embedded cluster under the state dir.
# Sourced by ./platform (not run on its own).

pg_answers() {
  if command -v pg_isready > /dev/null; then pg_isready -q -h 127.0.0.1 -p "$DB_PORT" -t 2
  else port_open "$DB_PORT"; fi
}

pg_bindir() {
  local d
  d="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"   # the newest; the pattern itself when none
  if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  if command -v pg_ctl > /dev/null && command -v initdb > /dev/null; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

# initdb/postgres refuse to run as root: run them as the postgres OS user then.
as_pg_owner() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

embedded_pg_running() {
  [ -f "$(pid_file postgres)" ] && [ -f "$PGDATA_DIR/postmaster.pid" ] || return 1
  local bindir; bindir="$(pg_bindir)" || return 1
  as_pg_owner "$bindir/pg_ctl" -D "$PGDATA_DIR" status > /dev/null 2>&1
}

start_embedded_pg() {
  local bindir log
  bindir="$(pg_bindir)" || die "nothing answers on 127.0.0.1:$DB_PORT and no PostgreSQL binaries were found.
  Install PostgreSQL 15+ with PostGIS, e.g. on Debian/Ubuntu: apt-get install -y postgresql postgresql-15-postgis-3
  or start a server on port $DB_PORT (or point YIZHAN_DB_PORT at one)."
  say "no PostgreSQL on 127.0.0.1:$DB_PORT: starting an embedded cluster ($bindir) under $STATE_DIR/postgres"
  log="$(log_file postgres)"
  mkdir -p "$STATE_DIR/postgres"; touch "$log"
  if is_root; then
    id postgres > /dev/null 2>&1 || die "running as root but there is no 'postgres' OS user to own the embedded cluster"
    chown postgres: "$STATE_DIR/postgres" "$log"
    runuser -u postgres -- test -w "$STATE_DIR/postgres" \
      || die "the postgres OS user cannot reach $STATE_DIR/postgres (directory permissions); use another YIZHAN_STATE_DIR"
  fi
  if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
    as_pg_owner "$bindir/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --no-locale >> "$log" 2>&1 \
      || { tail_log postgres; die "initdb failed"; }
  fi
  as_pg_owner "$bindir/pg_ctl" -D "$PGDATA_DIR" -l "$log" -w -t "$TIMEOUT_POSTGRES" \
    -o "-p $DB_PORT -c listen_addresses=127.0.0.1 -k $STATE_DIR/postgres" start > /dev/null 9>&- \
    || { tail_log postgres; die "embedded PostgreSQL did not start"; }
  head -n 1 "$PGDATA_DIR/postmaster.pid" > "$(pid_file postgres)"
  echo "$DB_PORT" > "$STATE_DIR/run/postgres.port"
  touch "$STATE_DIR/run/postgres.embedded"
}

db_list() { local d out=""; for d in $DATABASES; do out="$out${out:+, }$DB_PREFIX$d"; done; echo "$out"; }

PSQL_MODE=""
psql_admin() {   # psql_admin DB [psql args...]
  local db="$1"; shift
  if [ "$PSQL_MODE" = socket ]; then
    runuser -u postgres -- psql -X -q -At -v ON_ERROR_STOP=1 -p "$DB_PORT" -d "$db" "$@"
  else
    psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U "$DB_SUPERUSER" -d "$db" "$@"
  fi
}

ensure_postgres() {
  local t0; t0="$(now_ms)"
  ensure_dirs
  if embedded_pg_running; then
    say "PostgreSQL: embedded cluster already running on 127.0.0.1:$DB_PORT"
  elif pg_answers; then
    say "PostgreSQL: using the server on 127.0.0.1:$DB_PORT"
  else
    rm -f "$(pid_file postgres)" "$STATE_DIR/run/postgres.embedded"
    start_embedded_pg
  fi
  command -v psql > /dev/null || die "psql is missing (Debian/Ubuntu: apt-get install -y postgresql-client)"

  if PGCONNECT_TIMEOUT=5 psql_admin postgres -c 'select 1' > /dev/null 2>&1; then
    PSQL_MODE=tcp
  elif is_root && id postgres > /dev/null 2>&1 && PSQL_MODE=socket psql_admin postgres -c 'select 1' > /dev/null 2>&1; then
    PSQL_MODE=socket
  else
    die "cannot connect to PostgreSQL on 127.0.0.1:$DB_PORT as superuser '$DB_SUPERUSER'.
  Set YIZHAN_DB_SUPERUSER / PGPASSWORD (or allow trust for 127.0.0.1 in pg_hba.conf)."
  fi
  [ "$(psql_admin postgres -c 'select rolsuper from pg_roles where rolname = current_user')" = t ] \
    || die "'$DB_SUPERUSER' is not a superuser: it cannot create the postgis extension"

  if [ -z "$(psql_admin postgres -c "select 1 from pg_available_extensions where name = 'postgis'")" ]; then
    local major pkg
    major="$(( $(psql_admin postgres -c 'show server_version_num') / 10000 ))"
    pkg="postgresql-$major-postgis-3"
    if is_root && command -v apt-get > /dev/null; then
      say "PostGIS missing: apt-get install -y $pkg"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$pkg" \
        || { DEBIAN_FRONTEND=noninteractive apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$pkg"; } \
        || die "could not install $pkg"
      [ -n "$(psql_admin postgres -c "select 1 from pg_available_extensions where name = 'postgis'")" ] \
        || die "$pkg installed but PostgreSQL on port $DB_PORT still has no postgis extension"
    else
      die "PostgreSQL on 127.0.0.1:$DB_PORT has no PostGIS. Install it, then run again:
  Debian/Ubuntu:  sudo apt-get install -y $pkg
  Other systems:  the PostGIS 3 package built for PostgreSQL $major"
    fi
  fi

  psql_admin postgres <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'yizhan') THEN
    CREATE ROLE yizhan LOGIN PASSWORD 'yizhan';
  END IF;
END $$;
SQL
  local db name
  if [ "${YIZHAN_DB_FRESH:-0}" = 1 ] && [ -z "$DB_PREFIX" ]; then
    die "YIZHAN_DB_FRESH=1 drops databases: it needs a YIZHAN_DB_PREFIX, so the unprefixed ones are never touched"
  fi
  for db in $DATABASES; do
    name="$DB_PREFIX$db"
    if [ "${YIZHAN_DB_FRESH:-0}" = 1 ]; then
      psql_admin postgres -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" && say "PostgreSQL: dropped $name (YIZHAN_DB_FRESH=1)"
    fi
    if [ -z "$(psql_admin postgres -c "select 1 from pg_database where datname = '$name'")" ]; then
      psql_admin postgres -c "CREATE DATABASE \"$name\" OWNER yizhan" && say "PostgreSQL: created database $name"
    fi
  done
  # an ordinary role cannot create postgis: do it here, as superuser
  PGOPTIONS='-c client_min_messages=warning' psql_admin "${DB_PREFIX}station" -c 'CREATE EXTENSION IF NOT EXISTS postgis' \
    || die "could not create extension postgis in ${DB_PREFIX}station"
  say "PostgreSQL ready: role yizhan, databases $(db_list) (postgis in ${DB_PREFIX}station) ($(( ($(now_ms) - t0) / 1000 )) s)"
}

stop_embedded_pg() {
  [ -f "$STATE_DIR/run/postgres.embedded" ] || return 0   # never the machine's own server
  local bindir; bindir="$(pg_bindir)" || { warn "no pg_ctl found to stop the embedded PostgreSQL"; return 0; }
  if [ -f "$PGDATA_DIR/postmaster.pid" ]; then
    say "stopping embedded PostgreSQL"
    as_pg_owner "$bindir/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t "$STOP_TIMEOUT" stop > /dev/null \
      || warn "pg_ctl stop failed (see $(log_file postgres))"
  fi
  rm -f "$(pid_file postgres)" "$STATE_DIR/run/postgres.embedded" "$STATE_DIR/run/postgres.port"
}

