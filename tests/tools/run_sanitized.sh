#!/usr/bin/env bash
# `make test-sanitize`: the unit tests, a build of the real site, and each hostile input of the
# robustness issue, run by press built with AddressSanitizer and UBSan. Any sanitizer report, or
# a hostile input that is not a located error, fails.
# Usage: run_sanitized.sh SANITIZE_BUILD_DIR
set -uo pipefail
. "$(dirname "$0")/sanitizer_run.sh" "${1:-}" sanitized-runs
export LSAN_OPTIONS="suppressions=$project/tests/lsan.supp"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
press="$build/press"
reported() { grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$1"; }

echo "== unit tests (the growth test times CPU and is left to make test)"
"$build/tests/press_tests" "~[growth]" > "$work/unit.log" 2>&1 || fail "unit tests (see $work/unit.log)"
reported "$work/unit.log" && fail "a sanitizer report in the unit tests (see $work/unit.log)"
tail -2 "$work/unit.log"

echo "== the real site"
"$press" build --source "$project" --out "$work/site" --no-cache > "$work/site.log" 2>&1 || fail "the real site (see $work/site.log)"
reported "$work/site.log" && fail "a sanitizer report building the real site"
tail -1 "$work/site.log"

# A copy of the multilingual fixture, changed by a Python snippet run in it.
hostile() {
  local name=$1 change=$2 dir="$work/hostile-$1"
  cp -r "$project/tests/fixtures/multilingual" "$dir"
  sed -i "s|^theme: .*|theme: $project/themes/default|" "$dir/press.yaml"
  (cd "$dir" && python3 -c "$change")
  timeout 60 "$press" build --source "$dir" --out "$dir/site" > "$dir/out.txt" 2>&1
  local status=$?
  if reported "$dir/out.txt"; then fail "$name: a sanitizer report (see $dir/out.txt)"; return; fi
  if [ $status -ne 1 ] || ! grep -qE '^[^ ]+:[0-9]+:[0-9]+: error: ' "$dir/out.txt"; then
    fail "$name: exit $status, not a located error (see $dir/out.txt)"; return
  fi
  echo "$name: $(head -1 "$dir/out.txt" | cut -c1-160)"
}
body='
def body(text):
    head = "---\ntitle: Probe\nsummary: x\ndate: 2024-01-01\nsource: [test-report]\nthemes: [health]\norder: 9\n---\n\n"
    open("content/factsheets/probe.md", "w").write(head + text)
'
chart='
p = "content/infographics/test-figures.yaml"
s = open(p).read()
'
echo "== hostile inputs"
hostile quotes-30000 "$body
body('>' * 30000 + ' x\n')"
hostile lists-10000 "$body
body('- ' * 10000 + 'x\n')"
hostile emphasis-10000 "$body
body('*' * 10000 + 'x' + '*' * 10000 + '\n')"
hostile table-5000 "$body
body('|' + 'a|' * 5000 + '\n|' + '-|' * 5000 + '\n' + '|x|\n' * 5000)"
# 5,000 levels here, not 100,000: libgettextpo's lexer grows a long string by small reallocs,
# which ASan (every realloc a copy) makes quadratic. The unit tests and the probe run 100,000.
hostile icu-select-5000 "
p = 'translations/es/ui.po'
s = open(p).read()
s = s.replace('other {# minutos}}\"', 'other {' + '{a, select, other {' * 5000 + 'x' + '}}' * 5000 + '}}\"')
open(p, 'w').write(s)"
# Sizes that stay under the 256 KiB limit of a chart file, so that the limit tried is the one named.
hostile chart-label-10000 "$chart
s = s.replace('label: \"{n, plural, one {test} other {tests}} run\"', 'label: \"' + '{a, select, other {' * 10000 + 'x' + '}}' * 10000 + '\"')
open(p, 'w').write(s)"
hostile chart-value-1e308 "$chart
open(p, 'w').write(s.replace('value: 1200', 'value: 1e308'))"
hostile chart-items-5000 "$chart
s = s[:s.index('data:')] + 'data:\n' + ''.join('  - value: %d\n    label: \"item %d\"\n' % (k, k) for k in range(5000))
open(p, 'w').write(s)"
hostile locale-tag "
p = 'press.yaml'
s = open(p).read()
open(p, 'w').write(s.replace('locales: [en, es, ar]', 'locales: [en, es, \"xx-INVALID!!\"]'))"
hostile flow-sequence-100000 "$body
open('content/factsheets/probe.md', 'w').write('---\ntitle: P\nthemes: ' + '[' * 100000 + ']' * 100000 + '\n---\nx\n')"

[ $failed -eq 0 ] && echo "sanitized runs: no reports" || exit 1
