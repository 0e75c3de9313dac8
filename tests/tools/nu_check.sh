#!/usr/bin/env bash
# Runs the W3C Nu HTML checker over every HTML page of a built site; fails on any error or warning.
# Usage: nu_check.sh SITE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
site=${1:?site folder}
count=$(find "$site" -name '*.html' | wc -l)
[ "$count" -gt 0 ] || { echo "nu: no HTML pages under $site"; exit 1; }
if java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --also-check-css --Werror --skip-non-html "$site"; then
  echo "nu: $count pages checked, 0 errors"
else
  echo "nu: errors in the pages above"; exit 1
fi
