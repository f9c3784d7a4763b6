#!/usr/bin/env bash
# The main job on the shipped fixtures: validate fixtures/dk, compile it into the contribution
# document (XML and JSON), and export every shape into out/.
# usage: scripts/main-job.sh [OUT=out]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out}
scripts/setup.sh
swift build -c release --product ndc
ndc="$(swift build -c release --show-bin-path)/ndc"
mkdir -p "$out"
"$ndc" validate --quiet fixtures/dk
"$ndc" compile -o "$out/contribution.xml" fixtures/dk
"$ndc" compile --quiet -o "$out/contribution.json" fixtures/dk
"$ndc" export --to csv --force -o "$out/tables" "$out/contribution.xml"
"$ndc" export --to pams-csv -o "$out/pams.csv" "$out/contribution.xml"
"$ndc" export --to pams-json -o "$out/pams.json" "$out/contribution.xml"
"$ndc" export --to planning-json -o "$out/planning.json" "$out/contribution.xml"
"$ndc" export --to inventory-csv -o "$out/inventory-unfccc.csv" "$out/contribution.xml"
"$ndc" export --to html --lang en -o "$out/report-en.html" "$out/contribution.xml"
"$ndc" export --to html --lang da -o "$out/report-da.html" "$out/contribution.xml"
"$ndc" export --to html-site --lang da --force -o "$out/site-da" "$out/contribution.xml"
echo "main job done: $out/"
ls "$out"
