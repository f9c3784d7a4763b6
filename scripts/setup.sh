#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks to build and test ndc: the libxml2 headers,
# xmllint (for the cross-validator tests and the benchmark), SQLite's headers (the store), and
# the Python packages the independent schema validators need. Idempotent; quiet when everything is present.
set -euo pipefail

need_apt=()
dpkg -s libxml2-dev >/dev/null 2>&1 || need_apt+=(libxml2-dev)
dpkg -s libxml2-utils >/dev/null 2>&1 || need_apt+=(libxml2-utils)
dpkg -s pkg-config >/dev/null 2>&1 || need_apt+=(pkg-config)
# GRDB (the SQLite store) links the system's libsqlite3.
dpkg -s libsqlite3-dev >/dev/null 2>&1 || need_apt+=(libsqlite3-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # libxml2-dev explicitly: installing libxml2-utils alone may upgrade libxml2 without headers.
  $SUDO apt-get install -y -qq "${need_apt[@]}" libxml2-dev >/dev/null
fi

if ! python3 -c 'import xmlschema, jsonschema, rfc3339_validator' >/dev/null 2>&1; then
  python3 -m pip install -q --disable-pip-version-check xmlschema 'jsonschema[format-nongpl]'
fi
