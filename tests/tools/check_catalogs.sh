#!/usr/bin/env bash
# Every translation catalog must pass GNU msgfmt --check (syntax, header, format strings),
# the same check translation platforms run. Prints the files with problems; fails on any output.
# Usage: check_catalogs.sh TRANSLATIONS_DIR
set -uo pipefail
dir=${1:?translations folder}
count=0 bad=0
while IFS= read -r -d '' file; do
  count=$((count + 1))
  output=$(msgfmt --check -o /dev/null "$file" 2>&1)
  if [ $? -ne 0 ] || [ -n "$output" ]; then
    echo "$output"
    bad=$((bad + 1))
  fi
done < <(find "$dir" -name '*.po' -print0 | sort -z)
[ "$count" -gt 0 ] || { echo "msgfmt: no catalogs under $dir"; exit 1; }
echo "msgfmt --check: $count catalogs, $bad with problems"
[ "$bad" -eq 0 ]
