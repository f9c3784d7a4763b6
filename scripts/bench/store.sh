#!/usr/bin/env bash
# The stores' insert rate and latency (ndc-store-bench) with 1, 8 and 32 concurrent clients:
# SQLite in a new file in a temporary folder, and PostgreSQL in a throw-away cluster
# (scripts/ci/postgres.sh) unless NDC_TEST_DATABASE_URL names a server already.
#   scripts/bench/store.sh [-c debug|release] [--count N] [--bytes N]
set -euo pipefail
cd "$(dirname "$0")/../.."
config=debug
if [ "${1:-}" = "-c" ]; then config=$2; shift 2; fi
swift build -c "$config" --product ndc-store-bench >/dev/null
bench="$(swift build -c "$config" --show-bin-path)/ndc-store-bench"

work=$(mktemp -d)
pg_dir=""
cleanup() {
  rm -rf "$work"
  if [ -n "$pg_dir" ]; then scripts/ci/postgres.sh stop "$pg_dir"; fi
}
trap cleanup EXIT
if [ -z "${NDC_TEST_DATABASE_URL:-}" ]; then
  pg_env=$(scripts/ci/postgres.sh start)
  pg_dir=$(dirname "$pg_env")
  # shellcheck disable=SC1090
  . "$pg_env"
fi

echo "# $(git rev-parse --short HEAD), $config build, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
for clients in 1 8 32; do
  "$bench" sqlite "$work/store-$clients.sqlite" --clients "$clients" "$@"
done
for clients in 1 8 32; do
  "$bench" postgresql "$NDC_TEST_DATABASE_URL" --clients "$clients" "$@"
done
