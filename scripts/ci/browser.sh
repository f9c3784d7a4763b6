#!/usr/bin/env bash
# The web pages in a real browser: installs Debian's chromium and chromium-driver and selenium
# (PyPI) when absent, then runs Tests/browser/test_pages.py against a fresh `ndc serve`
# (bounded: 10 minutes). Screenshots: .build/browser-screenshots/.
#   scripts/ci/browser.sh [NDC_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
export NDC=${1:-.build/debug/ndc}
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
python3 -c 'import selenium, pytest' 2>/dev/null || python3 -m pip install -q --disable-pip-version-check selenium pytest
timeout 600 python3 -m pytest -q -p no:cacheprovider Tests/browser/test_pages.py
