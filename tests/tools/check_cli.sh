#!/usr/bin/env bash
# The command line's promises: exit 0 on success, 1 on content errors (previous output kept,
# every broken file reported), 2 on bad usage; --version and --help work.
# Usage: check_cli.sh PRESS FIXTURES_DIR WORK_DIR
set -uo pipefail
press=$1 fixtures=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
fail=0
expect() { # expect CODE DESCRIPTION -- COMMAND...
  local want=$1 what=$2; shift 3
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  if [ "$got" -ne "$want" ]; then echo "FAIL: $what: exit $got, expected $want"; cat "$work/err"; fail=1; fi
}
expect 0 "--version" -- "$press" --version
grep -q '^press [0-9]' "$work/out" || { echo "FAIL: --version printed: $(cat "$work/out")"; fail=1; }
expect 0 "--help" -- "$press" --help
expect 2 "no command" -- "$press"
expect 2 "unknown flag" -- "$press" build --no-such-flag
expect 2 "missing source folder" -- "$press" build --source "$work/none"
expect 0 "valid site" -- "$press" build --source "$fixtures/valid" --out "$work/site" --cache "$work/cache"
grep -q 'built 2 documents' "$work/err" || { echo "FAIL: no summary line: $(cat "$work/err")"; fail=1; }
before=$(cd "$work/site" && find . -type f -exec sha256sum {} + | sort)
expect 1 "broken site" -- "$press" build --source "$fixtures/broken" --out "$work/site" --cache "$work/cache"
after=$(cd "$work/site" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || { echo "FAIL: a failed build changed the previous site"; fail=1; }
[ ! -e "$work/site.tmp" ] || { echo "FAIL: a failed build left its staging folder"; fail=1; }
for file in bad-key.md bad-date.md no-alt.md raw-html.md missing-image.md; do
  grep -q "content/factsheets/$file:" "$work/err" || { echo "FAIL: $file not reported"; fail=1; }
done
# press check reports what press build reports, Markdown problems included.
build_errors=$(grep -E "^[^ ]+:[0-9]+:[0-9]+: error:" "$work/err" | sort)
expect 1 "press check on the broken site" -- "$press" check --source "$fixtures/broken"
check_errors=$(grep -E "^[^ ]+:[0-9]+:[0-9]+: error:" "$work/err" | sort)
[ -n "$build_errors" ] && [ "$build_errors" = "$check_errors" ] ||
  { echo "FAIL: press check and press build report different errors:"; diff <(echo "$build_errors") <(echo "$check_errors"); fail=1; }
# The output folder is press's own: a build never writes into the sources or over the project.
# A copy of the valid fixture, its theme path pointed back at the shipped theme.
project="$work/project"
cp -r "$fixtures/valid" "$project"
theme=$(cd "$fixtures/valid/../../../themes/default" && pwd)
sed -i "s|^theme: .*|theme: $theme|" "$project/press.yaml"
sources_before=$(cd "$project" && find . -type f -exec sha256sum {} + | sort)
expect 2 "output folder inside content/" -- "$press" build --source "$project" --out "$project/content"
grep -q "lies inside the project's content/ folder" "$work/err" || { echo "FAIL: $(cat "$work/err")"; fail=1; }
expect 2 "output folder is the project" -- "$press" build --source "$project" --out "$project"
mkdir -p "$work/notes" && echo "keep me" > "$work/notes/todo.txt"
expect 2 "output folder press did not make" -- "$press" build --source "$project" --out "$work/notes"
[ "$(cat "$work/notes/todo.txt")" = "keep me" ] || { echo "FAIL: a refused build touched the folder"; fail=1; }
sources_after=$(cd "$project" && find . -type f -exec sha256sum {} + | sort)
[ "$sources_before" = "$sources_after" ] || { echo "FAIL: a refused build changed the project"; fail=1; }

# Two builds at once into one folder: the second waits, and the site equals a clean build.
"$press" build --source "$project" --out "$work/clean" --no-cache >/dev/null 2>&1
"$press" build --source "$project" --out "$work/both" --cache "$work/both-cache" >"$work/first.err" 2>&1 &
"$press" build --source "$project" --out "$work/both" --cache "$work/both-cache" >"$work/second.err" 2>&1
wait
diff -r "$work/clean" "$work/both" >/dev/null || { echo "FAIL: two builds at once differ from a clean build"; fail=1; }

# A file linked in from outside the project is refused, and the last site stays as it was.
ln -s /etc/passwd "$project/content/factsheets/passwd.md"
before=$(cd "$work/both" && find . -type f -exec sha256sum {} + | sort)
expect 1 "a link out of the project" -- "$press" build --source "$project" --out "$work/both" --cache "$work/both-cache"
grep -q "passwd.md: error: a symbolic link to /etc/passwd, outside the project" "$work/err" ||
  { echo "FAIL: the link was not reported: $(cat "$work/err")"; fail=1; }
after=$(cd "$work/both" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || { echo "FAIL: a refused link changed the site"; fail=1; }
! grep -rq "root:x:0" "$work/both" || { echo "FAIL: /etc/passwd was published"; fail=1; }
rm "$project/content/factsheets/passwd.md"

# press new: a draft in its section, a clear refusal of a bad slug, never a file overwritten.
expect 2 "press new with a bad slug" -- "$press" new factsheet "Harm Reduction" --source "$project"
grep -qx 'error: the slug "Harm Reduction" has a capital letter, "H"; use lowercase letters a-z, digits and single hyphens between words, such as harm-reduction-in-prisons' "$work/err" ||
  { echo "FAIL: bad slug message: $(cat "$work/err")"; fail=1; }
expect 2 "press new with a path for a slug" -- "$press" new factsheet ../escape --source "$project"
expect 2 "press new of an unknown kind" -- "$press" new page about --source "$project"
expect 2 "press new without press.yaml" -- "$press" new factsheet about --source "$work/notes"
grep -q 'has no press.yaml' "$work/err" || { echo "FAIL: no press.yaml message: $(cat "$work/err")"; fail=1; }
expect 0 "press new factsheet" -- "$press" new factsheet harm-reduction-in-prisons --source "$project"
new_file="$project/content/factsheets/harm-reduction-in-prisons.md"
grep -q "^wrote $new_file" "$work/out" || { echo "FAIL: press new printed: $(cat "$work/out")"; fail=1; }
grep -qx 'draft: true' "$new_file" || { echo "FAIL: the new file is no draft"; fail=1; }
echo "edited by hand" >> "$new_file"
expect 2 "press new over an existing file" -- "$press" new factsheet harm-reduction-in-prisons --source "$project"
grep -q "already exists" "$work/err" || { echo "FAIL: $(cat "$work/err")"; fail=1; }
tail -1 "$new_file" | grep -qx "edited by hand" || { echo "FAIL: press new overwrote a file"; fail=1; }
# press check names the placeholders (warnings; --strict fails on them).
expect 0 "press check with a new draft" -- "$press" check --source "$project"
grep -q "harm-reduction-in-prisons.md:3:10: warning: placeholder" "$work/err" || { echo "FAIL: $(cat "$work/err")"; fail=1; }
expect 1 "press check --strict with a new draft" -- "$press" check --strict --source "$project"
# press check also runs what only rendering finds (here a link to an anchor the page lacks),
# building into a folder of its own under the build cache, never into site/.
some_page=$(find "$project/content/factsheets" -name '*.md' ! -name '_index.md' | head -1)
cp "$some_page" "$work/page.md" && printf '\nSee [below](#nowhere).\n' >> "$some_page"
expect 1 "press check of a page that only rendering finds wrong" -- "$press" check --source "$project"
grep -q "$(basename "$some_page"): error: page check failed: link to \"#nowhere\" has no target on the page" "$work/err" ||
  { echo "FAIL: press check missed the page check: $(cat "$work/err")"; fail=1; }
[ -f "$project/.press-cache/check/site/en/index.html" ] && [ ! -e "$project/site" ] ||
  { echo "FAIL: press check built somewhere other than .press-cache/check"; fail=1; }
cp "$work/page.md" "$some_page"
# press build leaves the draft out; --drafts builds it, marked; the next plain build removes it.
expect 0 "build with a draft" -- "$press" build --source "$project" --out "$work/drafts" --cache "$work/drafts-cache"
[ ! -e "$work/drafts/en/factsheets/harm-reduction-in-prisons" ] || { echo "FAIL: a draft was published"; fail=1; }
expect 0 "build --drafts" -- "$press" build --drafts --source "$project" --out "$work/drafts" --cache "$work/drafts-cache"
grep -q '<p class="notice draft-marker">Draft</p>' "$work/drafts/en/factsheets/harm-reduction-in-prisons/index.html" ||
  { echo "FAIL: the draft is not built with its marker"; fail=1; }
expect 0 "build after --drafts" -- "$press" build --source "$project" --out "$work/drafts" --cache "$work/drafts-cache"
[ ! -e "$work/drafts/en/factsheets/harm-reduction-in-prisons" ] || { echo "FAIL: the draft stayed after a plain build"; fail=1; }
rm "$new_file"

# press serve: a one-line error and exit 2 when it cannot start; a clean stop on Ctrl-C.
expect 2 "press serve without press.yaml" -- "$press" serve --source "$work/notes"
grep -q "there is no press.yaml in" "$work/err" || { echo "FAIL: $(cat "$work/err")"; fail=1; }
"$press" serve --source "$project" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
serving=$!
for _ in $(seq 100); do grep -q "^Serving the preview at" "$work/serve.out" && break; sleep 0.2; done
port=$(grep -o '127\.0\.0\.1:[0-9]*' "$work/serve.out" | cut -d: -f2)
[ -n "$port" ] || { echo "FAIL: press serve printed no address: $(cat "$work/serve.out" "$work/serve.err")"; fail=1; }
[ ! -e "$project/site" ] || { echo "FAIL: press serve wrote site/ in the project"; fail=1; }
[ -f "$project/.press-cache/serve/site/en/index.html" ] || { echo "FAIL: no preview site under .press-cache/serve"; fail=1; }
expect 2 "press serve on a port in use" -- "$press" serve --source "$project" --port "${port:-1}"
grep -q "port ${port:-1} on 127.0.0.1 is already in use; choose another with --port" "$work/err" ||
  { echo "FAIL: $(cat "$work/err")"; fail=1; }
expect 0 "press serve on every interface warns" -- timeout --preserve-status -s INT 3 "$press" serve --source "$project" --port 0 --bind 0.0.0.0
grep -q "warning: serving on every network interface" "$work/err" || { echo "FAIL: no warning: $(cat "$work/err")"; fail=1; }
# The reload script is the server's alone: a built site never contains it.
! grep -rq "__press" "$work/site" "$work/drafts" || { echo "FAIL: press build wrote the live reload script"; fail=1; }
grep -q "__press/live-reload.js" "$project/.press-cache/serve/site/en/index.html" &&
  { echo "FAIL: the preview folder holds the reload script; the server should add it as it sends a page"; fail=1; }
kill -INT $serving
wait $serving
code=$?
[ $code -eq 0 ] || { echo "FAIL: press serve stopped on Ctrl-C with exit $code"; fail=1; }

[ $fail -eq 0 ] && echo "cli: all exit codes and the kept site as promised"
exit $fail
