#!/usr/bin/env bash
# Runs the libFuzzer targets of Fuzz/ (docs/fuzzing.md).
#
#   scripts/fuzz.sh --list              the target names
#   scripts/fuzz.sh TARGET SECONDS      builds once, fuzzes TARGET for SECONDS; exit 0 when
#                                       nothing was found, 1 when something was (kept, named)
#   scripts/fuzz.sh all SECONDS         every target in turn, SECONDS each
#
# Seeds are made from fixtures/ (scripts/fuzz-seeds.py) into $FUZZ_WORK (default
# .build-fuzz/ in this checkout, never shared with another checkout); what a run adds to the corpus stays there for the next run. What is found
# (crash-*, leak-*, timeout-*, oom-* files) is kept in $FUZZ_WORK/found/TARGET/. A found input
# that is fixed belongs in fixtures/fuzz-regressions/TARGET/, which the tests run.
# FUZZ_KEEP_GOING=1 runs libFuzzer in fork mode and goes on after a finding (long runs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WORK=${FUZZ_WORK:-$ROOT/.build-fuzz}
TARGETS=(fuzz-json-parser fuzz-xml-prescan fuzz-xml-reader fuzz-submission fuzz-reference fuzz-contribution fuzz-model-binary fuzz-service-forms)

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${TARGETS[@]}"
  exit 0
fi
if [ $# -ne 2 ]; then
  echo "usage: scripts/fuzz.sh --list | scripts/fuzz.sh TARGET|all SECONDS" >&2
  exit 2
fi
target=$1
seconds=$2
if [ "$target" = all ]; then
  selected=("${TARGETS[@]}")
else
  case " ${TARGETS[*]} " in
    *" $target "*) selected=("$target") ;;
    *) echo "scripts/fuzz.sh: no target \`$target\` (scripts/fuzz.sh --list)" >&2; exit 2 ;;
  esac
fi

# One build of every target (the sanitizers apply to the readers' modules as well).
# FUZZ_NO_BUILD=1 uses the targets as last built.
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  swift build --package-path Fuzz -c release -Xswiftc -g -Xswiftc -sanitize=fuzzer,address 2>&1 \
    | grep -v "Cannot export local symbol" >&2
fi
bin=$(swift build --package-path Fuzz -c release --show-bin-path)

# Contribution seeds need an ndc binary; use one if the root package has been built.
ndc=""
for candidate in .build/release/ndc .build/debug/ndc; do
  if [ -x "$candidate" ]; then ndc=$candidate; break; fi
done
# The model binary's seeds need ndc-dev (the field lists are in Swift): built (debug) here, so
# that the seeds are never made by a stale binary; without it that target starts from nothing.
ndc_dev=""
if swift build --product ndc-dev >/dev/null 2>&1; then ndc_dev=$(swift build --show-bin-path)/ndc-dev; fi
rm -rf "$WORK/seeds"
python3 scripts/fuzz-seeds.py "$WORK/seeds" "${ndc:-}" $ndc_dev

# The Swift runtime's own crash backtracer reads memory ASan reports on; libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=suppressions=$ROOT/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}
status=0
for t in "${selected[@]}"; do
  corpus=$WORK/corpus/$t
  found=$WORK/found/$t
  mkdir -p "$corpus" "$found" "$WORK/seeds/$t"
  dict=()
  case $t in
    fuzz-json-parser | fuzz-reference) dict=(-dict="$ROOT/Fuzz/dicts/json.dict") ;;
    fuzz-contribution | fuzz-submission | fuzz-model-binary) dict=(-dict="$ROOT/Fuzz/dicts/submission.dict") ;;
    fuzz-service-forms) dict=(-dict="$ROOT/Fuzz/dicts/forms.dict") ;;
    *) dict=(-dict="$ROOT/Fuzz/dicts/xml.dict") ;;
  esac
  # The shipped reference data (66 KiB) is its seed: reference inputs may be longer.
  max_len=65536
  if [ "$t" = fuzz-reference ]; then max_len=262144; fi
  echo "== $t: ${seconds}s (corpus $corpus, found inputs go to $found)" >&2
  before=$(find "$found" -type f | wc -l)
  # -max_len: submissions are read up to 16 MiB, but the fuzzer learns faster on small inputs;
  # the fixtures (≤ 20 KB) fit. -timeout: a reader taking 10 s on 64 KB has hung.
  more=()
  if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then more=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1); fi
  set +e
  "$bin/$t" "${more[@]}" "$corpus" "$WORK/seeds/$t" "${dict[@]}" -max_total_time="$seconds" -max_len=$max_len -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$found/" 2>"$WORK/$t.log"
  rc=$?
  set -e
  # The figures: libFuzzer's INITED and DONE lines (in fork mode, the last status line), the
  # final stats, and whatever it reported.
  { grep -E "^#[0-9]+ +(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|ERROR|SUMMARY|contract breached" \
      "$WORK/$t.log" | head -20
    grep -E "^#[0-9]+: cov:" "$WORK/$t.log" | tail -1; } >&2 || true
  after=$(find "$found" -type f | wc -l)
  if [ "$rc" -ne 0 ] || [ "$after" -gt "$before" ]; then
    echo "== $t: FOUND something (exit $rc): $found (log $WORK/$t.log)" >&2
    status=1
  else
    echo "== $t: nothing found" >&2
  fi
done
exit $status
