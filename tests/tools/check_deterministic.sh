#!/usr/bin/env bash
# Output bytes must not depend on the job count or on the run: builds with --jobs 1 and 4, a
# second clean build, and a rebuild over the first that reuses its cache, all byte-identical.
# Usage: check_deterministic.sh PRESS SOURCE_DIR WORK_DIR
set -euo pipefail
press=$1 source=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
"$press" build --source "$source" --out "$work/jobs1" --jobs 1 --cache "$work/cache" 2>/dev/null
"$press" build --source "$source" --out "$work/jobs4" --jobs 4 --cache "$work/cache" 2>/dev/null
"$press" build --source "$source" --out "$work/again" --jobs 4 --no-cache --cache "$work/cache" 2>/dev/null
"$press" build --source "$source" --out "$work/jobs1" --jobs 4 --cache "$work/cache" 2>"$work/rebuild.log"
grep -q "rendered again" "$work/rebuild.log" || { echo "the rebuild did not use its cache"; exit 1; }
diff -r "$work/jobs1" "$work/jobs4"
diff -r "$work/jobs4" "$work/again"
echo "deterministic: $(find "$work/jobs1" -type f | wc -l) files identical across --jobs 1, --jobs 4, a clean build and a cached rebuild"
