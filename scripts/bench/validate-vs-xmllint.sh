#!/usr/bin/env bash
# Benchmark: `ndc validate` against `xmllint --noout --stream --schema` over the same corpus
# of XML submissions, side by side in one hyperfine run (the machine is noisy), plus peak
# memory of each. usage: scripts/bench/validate-vs-xmllint.sh [COUNT=2000] [RUNS=10]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-2000}
runs=${2:-10}
work=${BENCH_DIR:-/tmp/ndc-bench}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 2; }
command -v xmllint >/dev/null || { echo "needs xmllint (apt-get install libxml2-utils)"; exit 2; }

swift build -c release --product ndc >/dev/null
ndc=$(swift build -c release --show-bin-path)/ndc
corpus="$work/corpus-xml-$count"
if [ ! -d "$corpus" ]; then
  python3 scripts/bench/make-corpus.py fixtures/dk "$corpus" "$count" xml
fi
find "$corpus" -name '*.xml' | sort > "$work/files-$count.txt"
# xmllint in batches of 1000 files per call (its schema is compiled once per call).
split -l 1000 -d "$work/files-$count.txt" "$work/batch-$count-"
cat > "$work/xmllint-$count.sh" <<SH
#!/usr/bin/env bash
for b in $work/batch-$count-*; do xargs -a "\$b" xmllint --noout --stream --schema schemas/submission-1.0.xsd 2>/dev/null; done
SH
chmod +x "$work/xmllint-$count.sh"

echo "corpus: $count XML files, $(du -sh "$corpus" | cut -f1); cores: $(nproc)"
hyperfine --runs "$runs" --warmup 1 -i --export-json "$work/hyperfine-$count.json" \
  -n ndc "$ndc validate --quiet --files-from $work/files-$count.txt" \
  -n xmllint "$work/xmllint-$count.sh"
python3 - "$work/hyperfine-$count.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
n, x = r["ndc"], r["xmllint"]
print(f"median wall: ndc {n['median']:.3f} s, xmllint {x['median']:.3f} s, ratio {n['median']/x['median']:.2f}")
ncpu = (n["user"] + n["system"]); xcpu = (x["user"] + x["system"])
print(f"mean CPU (user+system): ndc {ncpu:.3f} s, xmllint {xcpu:.3f} s, ratio {ncpu/xcpu:.2f}")
PY
/usr/bin/time -f "peak RSS ndc: %M KB" "$ndc" validate --quiet --files-from "$work/files-$count.txt" >/dev/null || true
/usr/bin/time -f "peak RSS xmllint (one batch of 1000): %M KB" xargs -a "$work/batch-$count-00" xmllint --noout --stream --schema schemas/submission-1.0.xsd 2>/dev/null || true
