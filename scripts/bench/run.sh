#!/usr/bin/env bash
# The benchmark of issue 6: `ndc validate` (structure and every rule) against
# `xmllint --noout --stream --schema schemas/submission-1.0.xsd` on the same XML files, plus
# `ndc validate --structure-only` (hidden flag: reading, limits and schema, no rules — what the
# rule catalogue adds is the difference), `ndc validate` on JSON submissions, and `ndc compile`;
# peak memory of validate and compile; at 1 000, 10 000 and 100 000 submissions.
#
# usage: scripts/bench/run.sh [SIZE ...]          (default: 1000 2000 10000 100000)
# env:   BENCH_DIR (default /tmp/ndc-bench; corpora are never committed), RUNS (runs per
#        command at every size, default 10; one warm-up run below 100 000),
#        NDC (an ndc release binary to use instead of building one),
#        COMPILE_MAX (largest corpus compile is run on in hyperfine, default 10000: above it,
#        compile takes minutes and is run once with /usr/bin/time — see docs/benchmarks.md)
#
# Corpora come from fixtures/dk (scripts/bench/make-corpus.py): every file has distinct content;
# municipal copies after the first round are synthetic municipalities listed in a generated
# reference file, passed to every ndc command with --reference, so compile aggregates them.
# xmllint runs in batches of 1 000 files per call (it compiles the schema once per call).
# hyperfine runs each command's runs one after the other within one invocation; medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 2000 10000 100000)
work=${BENCH_DIR:-/tmp/ndc-bench}
for tool in hyperfine xmllint python3; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install hyperfine libxml2-utils python3)"; exit 2; }
done
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
mkdir -p "$work"

if [ -n "${NDC:-}" ]; then ndc=$NDC; else  # NDC: an ndc release binary already built
  swift build -c release --product ndc >/dev/null
  ndc=$(swift build -c release --show-bin-path)/ndc
fi
echo "ndc $($ndc --version 2>/dev/null | head -1); $(xmllint --version 2>&1 | head -1)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB; $(date -u +%Y-%m-%dT%H:%MZ)"

corpus() {  # corpus KIND SIZE -> files list path; builds once
  local kind=$1 n=$2 dir="$work/corpus-$1-$2"
  if [ ! -f "$dir.done" ]; then
    rm -rf "$dir"
    python3 scripts/bench/make-corpus.py fixtures/dk "$dir" "$n" "$kind" --reference "$dir-reference.json"
    touch "$dir.done"
  fi
  find "$dir" -name "*.$kind" | sort > "$dir.files"
}

peak() {  # peak LABEL COMMAND... : peak resident set size in MB
  local label=$1 kb; shift
  kb=$(/usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1)
  printf '  peak RSS %-24s %6d MB\n' "$label" $((kb / 1024))
}

for n in "${sizes[@]}"; do
  runs=${RUNS:-10}; warmup=1
  [ "$n" -ge 100000 ] && warmup=0
  compile=("-n" "compile" "$ndc compile --quiet --reference $work/corpus-xml-$n-reference.json -o $work/contribution-$n.json --files-from $work/corpus-xml-$n.files")
  [ "$n" -le "${COMPILE_MAX:-10000}" ] || compile=()
  corpus xml "$n"; corpus json "$n"
  xml="$work/corpus-xml-$n"; json="$work/corpus-json-$n"
  rm -f "$xml.batch-"*
  split -l 1000 -d -a 4 "$xml.files" "$xml.batch-"
  cat > "$work/xmllint-$n.sh" <<SH
#!/usr/bin/env bash
for b in $xml.batch-*; do xargs -a "\$b" xmllint --noout --stream --schema schemas/submission-1.0.xsd 2>/dev/null; done
SH
  chmod +x "$work/xmllint-$n.sh"
  echo
  echo "== $n submissions: XML $(du -sh "$xml" | cut -f1), JSON $(du -sh "$json" | cut -f1); $runs runs per command (medians)"
  hyperfine --runs "$runs" --warmup "$warmup" -i -N --style none --export-json "$work/hyperfine-$n.json" \
    -n validate "$ndc validate --quiet --reference $xml-reference.json --files-from $xml.files" \
    -n xmllint "$work/xmllint-$n.sh" \
    -n structure-only "$ndc validate --quiet --structure-only --reference $xml-reference.json --files-from $xml.files" \
    -n validate-json "$ndc validate --quiet --reference $json-reference.json --files-from $json.files" \
    "${compile[@]}" >/dev/null
  python3 - "$work/hyperfine-$n.json" "$n" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
n = int(sys.argv[2])
def cpu(x): return x["user"] + x["system"]
print(f"  {'command':<16} {'median wall':>12} {'mean CPU':>10} {'CPU/file':>10}")
for name in ["validate", "xmllint", "structure-only", "validate-json", "compile"]:
    if name not in r:
        print(f"  {name:<16} run once below (COMPILE_MAX)")
        continue
    x = r[name]
    print(f"  {name:<16} {x['median']:>10.3f} s {cpu(x):>8.3f} s {cpu(x) / n * 1e3:>7.3f} ms")
def ratio(a, b, what):
    print(f"  {what:<44} wall {r[a]['median'] / r[b]['median']:.2f}   CPU {cpu(r[a]) / cpu(r[b]):.2f}")
ratio("validate", "xmllint", "validate / xmllint (goal: wall <= 1.0)")
ratio("structure-only", "xmllint", "structure-only / xmllint")
ratio("validate", "structure-only", "validate / structure-only (rules' share)")
ratio("validate-json", "validate", "JSON / XML validate (goal <= 1.0)")
if "compile" in r: ratio("compile", "validate", "compile / validate (goal <= 1.5)")
PY
  peak "validate" "$ndc" validate --quiet --reference "$xml-reference.json" --files-from "$xml.files"
  peak "validate (JSON)" "$ndc" validate --quiet --reference "$json-reference.json" --files-from "$json.files"
  peak "xmllint (one batch)" xargs -a "$xml.batch-0000" xmllint --noout --stream --schema schemas/submission-1.0.xsd
  if [ ${#compile[@]} -gt 0 ]; then
    peak "compile" "$ndc" compile --quiet --reference "$xml-reference.json" -o "$work/contribution-$n.json" --files-from "$xml.files"
  else
    # Once, with wall and CPU time and peak memory, against validate's median and mean CPU.
    t=$(/usr/bin/time -f "%e %U %S %M" "$ndc" compile --quiet --reference "$xml-reference.json" -o "$work/contribution-$n.json" --files-from "$xml.files" 2>&1 >/dev/null | tail -1)
    python3 - "$work/hyperfine-$n.json" "$n" $t <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
n = int(sys.argv[2]); wall, user, system, kb = map(float, sys.argv[3:7])
v = r["validate"]
print(f"  compile (once)   {wall:>10.3f} s {user + system:>8.3f} s {(user + system) / n * 1e3:>7.3f} ms")
print(f"  {'compile / validate (goal <= 1.5)':<44} wall {wall / v['median']:.2f}   CPU {(user + system) / (v['user'] + v['system']):.2f}")
print(f"  peak RSS {'compile':<24} {int(kb) // 1024:>6d} MB")
PY
  fi
  echo "  compiled: $(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); from collections import Counter; print(dict(Counter(i['status'] for i in d['inputs'])))" "$work/contribution-$n.json")"
done
