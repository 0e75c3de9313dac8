#!/usr/bin/env bash
# `make test-tsan`: the parts of press that run threads, built with ThreadSanitizer. The real site
# is built with four workers on however many cores there are (more interleavings than a normal
# build), then rebuilt after an edit; then the unit tests of the pipeline (parallel render,
# e-books) and of the preview server (its connection threads, watcher and rebuild thread).
# Any race report fails. Suppressions, each explained, are in tests/tsan.supp: all are about
# locks inside libraries built without ThreadSanitizer (pango's font threads).
# Usage: run_tsan.sh TSAN_BUILD_DIR
set -uo pipefail
. "$(dirname "$0")/sanitizer_run.sh" "${1:-}" tsan-runs
export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1:history_size=4:suppressions=$project/tests/tsan.supp"
raced() { grep -q 'WARNING: ThreadSanitizer' "$1"; }

echo "== the real site, four workers, then a rebuild after an edit"
mkdir -p "$work/project"
cp -r "$project/press.yaml" "$project/content" "$project/translations" "$project/themes" "$work/project/"
"$build/press" build --source "$work/project" --out "$work/site" --cache "$work/cache" --jobs 4 > "$work/site.log" 2>&1 ||
  fail "the real site (see $work/site.log)"
printf '\nOne more paragraph, to rebuild one page in every locale.\n' >> "$work/project/content/factsheets/decriminalisation.md"
"$build/press" build --source "$work/project" --out "$work/site" --cache "$work/cache" --jobs 4 >> "$work/site.log" 2>&1 ||
  fail "the rebuild (see $work/site.log)"
raced "$work/site.log" && fail "a race building the real site (see $work/site.log)"
grep '^built' "$work/site.log"

echo "== unit tests of the pipeline and the preview server"
# One test bounds the time of sending 1.3 MB of events to 55 stalled tabs at 10 s, which
# ThreadSanitizer's slower memory accesses exceed; the real build runs it.
"$build/tests/press_tests" '[pipeline],[serve]~"tabs that never read their events*"' > "$work/unit.log" 2>&1 || fail "unit tests (see $work/unit.log)"
raced "$work/unit.log" && fail "a race in the unit tests (see $work/unit.log)"
tail -2 "$work/unit.log"

[ $failed -eq 0 ] && echo "ThreadSanitizer: no race reported"
exit $failed
