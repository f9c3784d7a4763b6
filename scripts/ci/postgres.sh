#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store tests (and the service's CI steps).
#
#   scripts/ci/postgres.sh start      installs PostgreSQL through apt if missing, creates a cluster
#                                     with initdb in a new temporary folder, starts it with pg_ctl on
#                                     a free loopback port (its unix socket in that folder too),
#                                     creates the database `ndc_test` owned by the user `ndc` (with a
#                                     random password), and prints the path of a file to source:
#                                       export NDC_TEST_DATABASE_URL=postgresql://ndc:…@127.0.0.1:PORT/ndc_test
#                                       export NDC_PG_DIR=/tmp/ndc-pg.XXXXXX
#   scripts/ci/postgres.sh stop [DIR] stops that cluster and removes its folder (DIR, else $NDC_PG_DIR).
#
# As root, initdb and pg_ctl run as the unprivileged `postgres` user (PostgreSQL refuses root).
set -euo pipefail

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin
  if ! bin=$(find_bin); then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >&2
    $sudo apt-get install -y -qq postgresql >/dev/null
    bin=$(find_bin) || { echo "postgres.sh: initdb not found after installing postgresql" >&2; exit 1; }
  fi

  local dir
  dir=$(mktemp -d /tmp/ndc-pg.XXXXXX)
  chmod 700 "$dir"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"

  local password
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" > "$dir/pwfile"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$dir/pwfile"

  as_owner "$bin/initdb" -D "$dir/data" -U ndc --pwfile="$dir/pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pwfile"

  # A free port: the kernel picks one; another program could take it before the server binds
  # it, so a few attempts.
  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=200" \
      start >/dev/null; then
      break
    fi
    port=""
  done
  [ -n "$port" ] || { echo "postgres.sh: the server did not start" >&2; cat "$dir/server.log" >&2; exit 1; }

  PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U ndc ndc_test

  {
    echo "export NDC_TEST_DATABASE_URL=postgresql://ndc:$password@127.0.0.1:$port/ndc_test"
    echo "export NDC_PG_DIR=$dir"
  } > "$dir/env"
  echo "$dir/env"
}

stop() {
  local dir="${1:-${NDC_PG_DIR:-}}"
  [ -n "$dir" ] || { echo "postgres.sh stop: which cluster? (DIR or NDC_PG_DIR)" >&2; exit 1; }
  case "$dir" in /tmp/ndc-pg.*) ;; *) echo "postgres.sh stop: not a cluster of this script: $dir" >&2; exit 1 ;; esac
  [ -d "$dir" ] || return 0
  local bin
  if bin=$(find_bin) && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
