#!/usr/bin/env bash
# An e-book with a page's own image in it passes epubcheck and DAISY Ace: the multilingual
# fixture with tests/fixtures/images/blue-box.png (a 40 × 20 blue box we drew) shown on a page.
# Usage: check_image_book.sh PRESS FIXTURES_DIR WORK_DIR
set -euo pipefail
press=$1 fixtures=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
cp -r "$fixtures/multilingual" "$work/project"
sed -i "s|^theme: .*|theme: $(cd "$here/../../themes/default" && pwd)|" "$work/project/press.yaml"
mkdir -p "$work/project/content/images"
cp "$fixtures/images/blue-box.png" "$work/project/content/images/"
printf '\n![A blue box, forty by twenty pixels](images/blue-box.png)\n' >> "$work/project/content/summaries/report.md"
"$press" build --source "$work/project" --out "$work/site" --no-cache 2> "$work/build.log" || { cat "$work/build.log"; exit 1; }
# One book is enough: every locale's book takes its images the same way.
mkdir -p "$work/books/en/downloads"
cp "$work/site/en/downloads/book-en.epub" "$work/books/en/downloads/"
grep -qa "EPUB/images/blue-box.png" "$work/books/en/downloads/book-en.epub" || { echo "FAIL: the image is not in the book"; exit 1; }
"$here/check_epubs.sh" "$work/books" "$work/checks"
