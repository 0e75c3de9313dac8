#!/usr/bin/env bash
# Every e-book of a built site: epubcheck must report 0 errors and 0 warnings, and DAISY Ace
# 0 violations. Ace drives Debian's Chromium; nothing downloads a browser.
# Usage: check_epubs.sh SITE_DIR WORK_DIR
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
site=${1:?site folder} work=${2:?work folder}
rm -rf "$work" && mkdir -p "$work"
export PUPPETEER_SKIP_DOWNLOAD=true PUPPETEER_EXECUTABLE_PATH=${CHROMIUM:-/usr/bin/chromium}
books=0 failed=0
for book in "$site"/*/downloads/*.epub; do
  [ -e "$book" ] || continue
  books=$((books + 1))
  name=$(basename "$book" .epub)
  summary=$(java -jar /usr/bin/epubcheck "$book" 2>&1 | tee "$work/$name.epubcheck.txt" | grep '^Messages:')
  if [ "$summary" != "Messages: 0 fatals / 0 errors / 0 warnings / 0 infos" ]; then
    echo "epubcheck $name: $summary"; grep -E '^(ERROR|WARNING|FATAL)' "$work/$name.epubcheck.txt" | head -20
    failed=$((failed + 1))
  fi
  "$here/node_modules/.bin/ace-cli" -f -s -o "$work/$name.ace" "$book" > "$work/$name.ace.log" 2>&1
  violations=$(node -e '
    const r = require(process.argv[1]);
    const found = (r.assertions || []).flatMap(a => (a.assertions || []).map(x =>
      `${a["earl:testSubject"].url}: ${x["earl:test"]["dct:title"]} (${x["earl:test"]["earl:impact"]})`));
    console.log(found.join("\n"));' "$work/$name.ace/report.json" 2>&1)
  if [ ! -f "$work/$name.ace/report.json" ] || [ -n "$violations" ]; then
    echo "ace $name:"; echo "${violations:-no report; see $work/$name.ace.log}"
    failed=$((failed + 1))
  else
    echo "$name: epubcheck 0 errors 0 warnings, Ace 0 violations, $(stat -c %s "$book") bytes"
  fi
done
[ "$books" -gt 0 ] || { echo "no e-books under $site"; exit 1; }
echo "e-books: $books checked, $failed with problems"
[ "$failed" -eq 0 ]
