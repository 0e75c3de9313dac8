#!/usr/bin/env bash
# Every locale of the shipped site writes Western digits (press.yaml's numbering_systems), as its
# translators do: no page or chart may print another script's digits next to them.
# Usage: check_digits.sh SITE_DIR
set -euo pipefail
site=$1
native='[\x{0660}-\x{0669}\x{06F0}-\x{06F9}\x{1040}-\x{1049}\x{0E50}-\x{0E59}\x{17E0}-\x{17E9}]'
found=$(grep -rlP "$native" --include='*.html' --include='*.svg' "$site" || true)
if [ -n "$found" ]; then
  echo "pages or charts with native digits where press.yaml sets Western ones:" >&2
  echo "$found" | head -20 >&2
  for file in $(echo "$found" | head -3); do grep -oP ".{0,30}$native+.{0,30}" "$file" | head -3 >&2; done
  exit 1
fi
test -n "$(find "$site/ar/infographics" -name '*.svg' | head -1)"
echo "every page and chart writes Western digits"
