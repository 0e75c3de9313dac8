#!/usr/bin/env bash
# The fuzz smoke run of `make test`: every fuzz target, built with the normal build, replays its
# committed corpus (tests/fuzz/corpus/<target>, inputs libFuzzer kept for new coverage, and any
# finding, kept once fixed) and the project's own files, each also in MUTATIONS altered copies.
# Usage: replay_all.sh FUZZ_REPLAY [MUTATIONS]
set -uo pipefail
replay=$1 mutations=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
. "$here/seeds.sh"
fail=0
for source in "$here"/*_fuzz.cpp; do
  target=$(basename "$source" .cpp)
  mapfile -t seeds < <(seeds_of "$target")
  "$replay" "$target" --mutations "$mutations" "$here/corpus/$target" "${seeds[@]}" || { echo "FAIL: $target"; fail=1; }
done
exit $fail
