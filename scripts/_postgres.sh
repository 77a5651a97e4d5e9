# Sourced by scripts/test: a throwaway PostgreSQL cluster on 127.0.0.1 for the city hub's tests.
# When run as root with Debian's postgresql binaries present, it initdb's a cluster in a temp dir
# owned by the postgres user, starts it on a free port, creates a database and exports
# STATIONDESK_TEST_PG_URL; the cluster is stopped and removed when the shell exits. Otherwise the
# PostgreSQL tests skip with a visible reason. A URL already in STATIONDESK_TEST_PG_URL is kept.

start_test_postgres() {
  [ -n "${STATIONDESK_TEST_PG_URL:-}" ] && return 0
  local bindir
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "scripts: PostgreSQL binaries not found; PostgreSQL hub tests will be skipped"; return 0
  fi
  if [ "$(id -u)" != "0" ] || ! id postgres >/dev/null 2>&1; then
    echo "scripts: not root (or no postgres user); PostgreSQL hub tests will be skipped"; return 0
  fi
  PG_TEST_DIR="$(mktemp -d /tmp/stationdesk-pg.XXXXXX)"
  chown postgres "$PG_TEST_DIR"
  local port
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  if ! su postgres -s /bin/sh -c "'$bindir/initdb' -D '$PG_TEST_DIR/data' -U postgres -A trust -E UTF8 --no-locale" >"$PG_TEST_DIR/initdb.log" 2>&1; then
    echo "scripts: initdb failed (see $PG_TEST_DIR/initdb.log); PostgreSQL hub tests will be skipped"; return 0
  fi
  if ! su postgres -s /bin/sh -c "'$bindir/pg_ctl' -D '$PG_TEST_DIR/data' -l '$PG_TEST_DIR/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k '$PG_TEST_DIR' -c fsync=off\" start" >/dev/null 2>&1; then
    echo "scripts: PostgreSQL did not start (see $PG_TEST_DIR/server.log); PostgreSQL hub tests will be skipped"; return 0
  fi
  PG_TEST_BINDIR="$bindir"
  trap stop_test_postgres EXIT
  su postgres -s /bin/sh -c "'$bindir/createdb' -h 127.0.0.1 -p $port -U postgres stationdesk_test" >/dev/null
  export STATIONDESK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/stationdesk_test"
  echo "scripts: test PostgreSQL on 127.0.0.1:$port"
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  su postgres -s /bin/sh -c "'$PG_TEST_BINDIR/pg_ctl' -D '$PG_TEST_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
}
