#!/usr/bin/env bash
# @module .ci/postgres.sh — make a throwaway Postgres server available for the store tests.
#
# Installs Debian's `postgresql` package when no server binaries are present, creates (once) a
# cluster owned by the `postgres` user with trust authentication, listening on 127.0.0.1 only,
# starts it on a free port (54329 by default, the next free one otherwise), creates the test
# database and prints, as the ONLY line on stdout:
#
#   export DATABASE_URL=postgres://postgres@127.0.0.1:PORT/triangulate_test
#
# so callers do `eval "$(.ci/postgres.sh)"`. Everything else goes to stderr. Idempotent: a
# second run finds the cluster running and just prints the line again. Needs root (or the
# postgres user) on a Debian-like machine; never reads stdin.
# Environment: TRIANGULATE_PG_DIR (cluster folder, default /tmp/triangulate-pg),
#              TRIANGULATE_PG_PORT (preferred port, default 54329),
#              TRIANGULATE_PG_DB (database name, default triangulate_test),
#              TRIANGULATE_PG_DURABLE=1 (start with Postgres's durable defaults, fsync,
#                synchronous_commit and full_page_writes on, for benchmarks; by default the
#                throwaway test server turns them off, which is only right for tests).
set -euo pipefail

PGDIR="${TRIANGULATE_PG_DIR:-/tmp/triangulate-pg}"
PORT="${TRIANGULATE_PG_PORT:-54329}"
DB="${TRIANGULATE_PG_DB:-triangulate_test}"
log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/postgres" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

BINDIR="$(find_bindir || true)"
if [ -z "$BINDIR" ]; then
  if [ "$(id -u)" != "0" ]; then log "postgresql is not installed and this is not root; install it with: apt-get install -y postgresql"; exit 1; fi
  log "installing Debian postgresql (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  BINDIR="$(find_bindir || true)"
  if [ -z "$BINDIR" ]; then log "postgresql installed but no server binaries found under /usr/lib/postgresql"; exit 1; fi
fi
log "using $BINDIR"

# Run a command as the postgres user (the server refuses to run as root).
as_pg() {
  if [ "$(id -un)" = "postgres" ]; then "$@"; return; fi
  if [ "$(id -u)" != "0" ]; then log "run as root or as the postgres user"; exit 1; fi
  if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

if ! id postgres >/dev/null 2>&1; then
  log "creating the postgres system user"
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

mkdir -p "$PGDIR"
chown postgres:postgres "$PGDIR"
chmod 700 "$PGDIR"
DATA="$PGDIR/data"
SOCK="$PGDIR/run"
mkdir -p "$SOCK" && chown postgres:postgres "$SOCK"

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initdb in $DATA"
  as_pg "$BINDIR/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2 \
    || as_pg "$BINDIR/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >&2
fi

port_in_use() {
  # true when something listens on 127.0.0.1:$1
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0 || return 1
}

if as_pg "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  # Already running: read the port it was started with.
  PORT="$(sed -n '4p' "$DATA/postmaster.pid" 2>/dev/null || echo "$PORT")"
  log "cluster already running on port $PORT"
else
  tries=0
  while port_in_use "$PORT"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 50 ]; then log "no free port found near ${TRIANGULATE_PG_PORT:-54329}"; exit 1; fi
    PORT=$((PORT + 1))
  done
  if [ "${TRIANGULATE_PG_DURABLE:-}" = "1" ]; then DURABILITY="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"
  else DURABILITY="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
  log "starting cluster on 127.0.0.1:$PORT ($( [ "${TRIANGULATE_PG_DURABLE:-}" = "1" ] && echo durable || echo "durability off: a test server" ))"
  as_pg "$BINDIR/pg_ctl" -D "$DATA" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $SOCK $DURABILITY" \
    start >&2 || { log "server failed to start; log follows"; tail -n 40 "$PGDIR/server.log" >&2; exit 1; }
fi

PSQL=("$BINDIR/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
for _ in $(seq 1 30); do
  if as_pg "$BINDIR/pg_isready" -h 127.0.0.1 -p "$PORT" -q; then break; fi
  sleep 1
done
if [ "$(as_pg "${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" </dev/null)" != "1" ]; then
  log "creating database $DB"
  as_pg "${PSQL[@]}" -c "CREATE DATABASE \"$DB\"" </dev/null >&2
fi

URL="postgres://postgres@127.0.0.1:$PORT/$DB"
echo "$URL" > "$PGDIR/database_url"
log "ready: $URL (also written to $PGDIR/database_url)"
echo "export DATABASE_URL=$URL"
