#!/usr/bin/env bash
# Runs two builds of ndc on the shipped fixtures and compares every output byte for byte
# (issue 13: a refactoring changes no output): compile (XML and JSON, as of 2026-06-30 and
# 2027-06-30), every export but HTML, the csv folder, `validate --format json` of fixtures/dk
# and of each fixtures/invalid folder, `rules --format json`. The tool version and the
# reference edition are the only differences allowed; they are masked before comparing.
#
#   scripts/compare-outputs.sh OLD_NDC NEW_NDC
# Exit 0 when every output is the same, 1 otherwise (the differing files are listed).
set -uo pipefail
old=${1:?usage: compare-outputs.sh OLD_NDC NEW_NDC}
new=${2:?usage: compare-outputs.sh OLD_NDC NEW_NDC}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1764547200 NO_COLOR=1
# The editions of the shipped reference data before and after format 1.1.
EDITIONS=${EDITIONS:-2026-11-26|2026-12-05}

run() { # NAME BINARY OUT
  local bin=$2 out=$3
  mkdir -p "$out"
  for asof in 2026-06-30 2027-06-30; do
    for fmt in xml json; do
      "$bin" compile --quiet --as-of "$asof" -o "$out/contribution-$asof.$fmt" fixtures/dk > "$out/compile-$asof-$fmt.stdout" 2>&1
    done
  done
  local doc="$out/contribution-2026-06-30.json"
  for to in pams-json pams-csv planning-json inventory-csv; do
    "$bin" export --to "$to" -o "$out/export.$to" "$doc" 2>&1
  done
  "$bin" export --to csv -o "$out/tables" "$doc" 2>&1
  "$bin" validate --format json fixtures/dk > "$out/validate-dk.json" 2>/dev/null
  for folder in fixtures/invalid/*/; do
    name=$(basename "$folder")
    "$bin" validate --format json "$folder" > "$out/validate-invalid-$name.json" 2>/dev/null
  done
  "$bin" rules --format json > "$out/rules.json"
  # The reference edition may differ (the tool version is the same, 0.1.0): mask it.
  find "$out" -type f -print0 | xargs -0 sed -i -E -e "s/${EDITIONS}/EDITION/g"
}
run old "$old" "$work/old"
run new "$new" "$work/new"
if diff -r -q "$work/old" "$work/new"; then
  echo "same: $(find "$work/old" -type f | wc -l) outputs identical (reference edition masked)"
  exit 0
fi
diff -r "$work/old" "$work/new" | head -40
exit 1
