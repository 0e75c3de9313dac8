#!/usr/bin/env bash
# The benchmark: press and Hugo build the same synthetic 8-language corpus on this machine,
# timed by hyperfine (with a warm-up run), peak memory by /usr/bin/time; then press's rebuilds
# with nothing changed and with one document edited; search's index size, first-query download
# and query time in Chromium; last, press serve's edit-to-reload latency
# (serve_latency.mjs). Not part of `make test`.
# Usage: run_bench.sh [N per language ...]   (default: 100 1000 5000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
press="$repo/build/press"
work=${BENCH_DIR:-/tmp/press-bench}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 5000)
runs=${BENCH_RUNS:-3}
mkdir -p "$work"

peak_kib() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

# Output folders are set aside, not deleted, between timed runs, and deleted only before a
# pause. ext4 without a journal (this VM's disk) will not reuse an inode for 60 s after its
# deletion reaches the disk (300 s before that), and every new file scans past all such
# inodes: deleting the last 16,000 files just before a run added seconds of system time to
# each tool's build, a cost of the harness, not of either tool.
trash="$work/set-aside"
set_aside() { echo "mkdir -p $trash; if [ -e $1 ]; then mv $1 $trash/\$(date +%s%N); fi"; }
settle() { rm -rf "$trash"; sync; sleep 61; }

rows=()
rebuild_rows=()
search_rows=()
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  node "$here/make_corpus.mjs" "$n" "$corpus" >/dev/null
  docs=$((n * 8))
  settle
  # Each run starts from no output folder and, for press, no cache: a full build, as Hugo's.
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/press-$n.json" \
    --prepare "$(set_aside "$work/out-press")" \
    "$press build --source $corpus/press --out $work/out-press --no-cache --jobs $(nproc)" >/dev/null
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/hugo-$n.json" \
    --prepare "$(set_aside "$work/out-hugo")" \
    "hugo --quiet --source $corpus/hugo -d $work/out-hugo" >/dev/null
  eval "$(set_aside "$work/out-press"); $(set_aside "$work/out-hugo")"
  press_rss=$(peak_kib "$press" build --source "$corpus/press" --out "$work/out-press" --no-cache)
  hugo_rss=$(peak_kib hugo --quiet --source "$corpus/hugo" -d "$work/out-hugo")
  rows+=("$(node -e '
    const [n, docs, pr, hr, prss, hrss] = process.argv.slice(1);
    const p = require(pr).results[0], h = require(hr).results[0];
    const f = (x, d = 2) => Number(x).toFixed(d);
    console.log([docs, f(p.mean), f(docs / p.mean, 0), f(prss / 1024, 0), f(h.mean), f(docs / h.mean, 0),
      f(hrss / 1024, 0), f(h.mean / p.mean, 2) + "x", f(hrss / prss, 1) + "x"].join(" | "));
  ' "$n" "$docs" "$work/press-$n.json" "$work/hugo-$n.json" "$press_rss" "$hugo_rss")")
  # Rebuilds over the last build (its cache under the corpus): nothing changed, and one
  # document edited before each run. The edited site must equal a clean build, byte for byte.
  rm -rf "$work/out-press" "$work/out-hugo" "$corpus/press/.press-cache"
  "$press" build --source "$corpus/press" --out "$work/out-press" 2>/dev/null
  settle
  build="$press build --source $corpus/press --out $work/out-press"
  # A translator's edit (one whole-file translation) and a campaigner's (one English fact sheet,
  # whose page every locale shows with its date and sources).
  translated="$corpus/press/content/factsheets/doc-00000.es.md"
  english="$corpus/press/content/factsheets/doc-00003.md"
  hyperfine --style basic --warmup 2 --runs $((runs * 3)) --export-json "$work/noop-$n.json" "$build" >/dev/null
  hyperfine --style basic --warmup 1 --runs $((runs * 3)) --export-json "$work/edit-$n.json" \
    --prepare "echo 'One more sentence, added for the benchmark.' >> $translated" "$build" >/dev/null
  hyperfine --style basic --warmup 1 --runs $((runs * 3)) --export-json "$work/edit-en-$n.json" \
    --prepare "echo 'One more sentence, added for the benchmark.' >> $english" "$build" >/dev/null
  rm -rf "$work/out-clean"
  "$press" build --source "$corpus/press" --out "$work/out-clean" --no-cache 2>/dev/null
  identical=$(diff -rq "$work/out-press" "$work/out-clean" >/dev/null && echo yes || echo NO)
  rebuild_rows+=("$(node -e '
    const [docs, noop, edit, edit_en, clean, identical] = process.argv.slice(1);
    // Mean and median: a shared machine adds outliers that the median leaves out.
    const ms = (file) => {
      const r = require(file).results[0];
      const t = [...r.times].sort((a, b) => a - b);
      return (r.mean * 1000).toFixed(0) + " / " + (t[t.length >> 1] * 1000).toFixed(0);
    };
    console.log([docs, ms(noop), ms(edit), ms(edit_en), (require(clean).results[0].mean * 1000).toFixed(0),
      identical].join(" | "));
  ' "$docs" "$work/noop-$n.json" "$work/edit-$n.json" "$work/edit-en-$n.json" "$work/press-$n.json" "$identical")")
  # Search over the edited site: index size per document, first query's download, query time.
  search_rows+=("$(node "$repo/tests/tools/search_bench.mjs" "$work/out-press" 20)")
  rm -rf "$work/out-press" "$work/out-press.old" "$work/out-clean" "$work/out-hugo" "$corpus"
done

echo "| documents | press s | press docs/s | press peak MiB | Hugo s | Hugo docs/s | Hugo peak MiB | speed press/Hugo | memory Hugo/press |"
echo "|---|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do echo "| $row |"; done
echo
echo "| documents | rebuild, nothing changed (ms, mean / median) | one translation edited (ms) | one English document edited (ms) | clean build (ms) | edited rebuilds = clean build |"
echo "|---|---|---|---|---|---|"
for row in "${rebuild_rows[@]}"; do echo "| $row |"; done
echo "hugo: $(hugo version | cut -d' ' -f1-2); press: $($press --version); $(nproc) cores"
echo
echo "Search (tests/tools/search_bench.mjs), per corpus size in the order above:"
for row in "${search_rows[@]}"; do echo; echo "$row"; done

# The edit loop: press serve over the 1,000-per-language corpus (8,000 documents), each kind of
# edit made SERVE_EDITS times, timed to the reload event and to the page served.
echo
serve_corpus="$work/corpus-serve"
node "$here/make_corpus.mjs" 1000 "$serve_corpus" >/dev/null
node "$here/serve_latency.mjs" "$press" "$serve_corpus/press" "$work/serve" "${SERVE_EDITS:-20}"
rm -rf "$serve_corpus" "$work/serve"
