#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, one per core at a time. Each starts from its
# committed corpus (tests/fuzz/corpus/<target>) and seeds from the project's own files, and
# works in <FUZZ_DIR>/corpus/<target>. A crash, leak, timeout or sanitizer report stops the
# target and leaves its input under <FUZZ_DIR>/findings/<target>; the script then fails.
# FUZZ_KEEP=1 merges each run's corpus, minimised, back into the committed one.
# Usage: run_fuzzers.sh FUZZ_DIR SECONDS
set -uo pipefail
fuzz_dir=$(cd "${1:?fuzz build folder}" && pwd)
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)

# The project's files each target starts from, besides its committed corpus (seeds_of).
. "$here/seeds.sh"

run_target() {
  local target=$1 work="$fuzz_dir/corpus/$1" kept="$here/corpus/$1" findings="$fuzz_dir/findings/$1"
  mkdir -p "$work" "$kept" "$findings"
  seeds_of "$target" | while read -r seed; do cp "$seed" "$work/seed-$(basename "$(dirname "$seed")")-$(basename "$seed")"; done
  "$fuzz_dir/tests/fuzz/$target" "$work" "$kept" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$findings/" -print_final_stats=1 > "$fuzz_dir/$target.log" 2>&1
  local status=$?
  local runs coverage
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$fuzz_dir/$target.log" | grep -o '[0-9]*$')
  coverage=$(grep -o 'cov: [0-9]*' "$fuzz_dir/$target.log" | tail -1 | grep -o '[0-9]*')
  if [ $status -ne 0 ]; then
    echo "$target: FAILED after ${runs:-?} runs (log: $fuzz_dir/$target.log, input: $findings)"
    grep -E 'ERROR|SUMMARY|runtime error' "$fuzz_dir/$target.log" | head -5
    return 1
  fi
  if [ "${FUZZ_KEEP:-0}" = 1 ]; then
    local merged="$fuzz_dir/merged/$target"
    rm -rf "$merged" && mkdir -p "$merged"
    "$fuzz_dir/tests/fuzz/$target" -merge=1 "$merged" "$kept" "$work" > /dev/null 2>&1 &&
      rm -rf "$kept" && mv "$merged" "$kept"
  fi
  echo "$target: ${runs:-?} runs in ${seconds}s, coverage ${coverage:-?} edges, corpus $(ls "$work" | wc -l) inputs"
}
# Leaks that are a library's, named and explained in lsan.supp; UBSan stops at its first report.
export LSAN_OPTIONS="suppressions=$here/../lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export -f run_target seeds_of
export fuzz_dir seconds here project

targets=$(find "$fuzz_dir/tests/fuzz" -maxdepth 1 -name '*_fuzz' -type f -printf '%f\n' | sort)
[ -n "$targets" ] || { echo "no fuzz targets in $fuzz_dir"; exit 1; }
echo "$targets" | xargs -P "$(nproc)" -I{} bash -c 'run_target "$1"' _ {}
