#!/usr/bin/env bash
# Runs schemathesis (PyPI) against a running `ndc serve` on a fresh SQLite store (or on a new
# database made on the PostgreSQL server DATABASE_URL names): every route of /openapi.json,
# with a ministry token and with a submitter token; fails on any 5xx or any response that does
# not conform to the document. Bounded: a few examples per operation.
#   scripts/ci/schemathesis.sh [NDC_BINARY [DATABASE_URL]]
set -euo pipefail
cd "$(dirname "$0")/../.."
NDC=${1:-.build/debug/ndc}
python3 -c 'import schemathesis' 2>/dev/null || python3 -m pip install -q --disable-pip-version-check 'schemathesis==4.32.5'
TMP=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
if [ -n "${2:-}" ]; then
  # A database of its own on that server (postgresql://USER:PASSWORD@HOST:PORT/DB), as the tests make.
  NAME="ndc_schemathesis_$(date +%s)_$$"
  psql "$2" -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE $NAME"
  STORE=(--database-url "${2%/*}/$NAME")
else
  STORE=(--db "$TMP/ndc.sqlite")
fi
MINISTRY=$("$NDC" serve token create --ministry "${STORE[@]}")
SUBMITTER=$("$NDC" serve token create --submitter 101 "${STORE[@]}")
"$NDC" serve "${STORE[@]}" --listen "127.0.0.1:$PORT" >"$TMP/serve.log" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
# Something to read: one submission and one compilation.
curl -fsS -H "Authorization: Bearer $SUBMITTER" --data-binary @fixtures/dk/101.json "http://127.0.0.1:$PORT/v1/submissions" >/dev/null
curl -fsS -H "Authorization: Bearer $MINISTRY" -d '{}' "http://127.0.0.1:$PORT/v1/compilations" >/dev/null
status=0
for TOKEN in "$MINISTRY" "$SUBMITTER"; do
  schemathesis run "http://127.0.0.1:$PORT/openapi.json" \
    --header "Authorization: Bearer $TOKEN" --url "http://127.0.0.1:$PORT" \
    --checks all --exclude-checks ignored_auth,positive_data_acceptance,negative_data_rejection,missing_required_header,unsupported_method,allow_header_conformance \
    --max-examples 15 --phases examples,coverage,fuzzing --rate-limit 8/s --request-timeout 30 --suppress-health-check all \
    --no-color || status=1
done
if grep -Eq 'status=5[0-9]{2}' "$TMP/serve.log"; then echo "a 5xx was answered"; status=1; fi
exit $status
