#!/usr/bin/env bash
# The benchmark: press and Hugo build the same synthetic 8-language corpus on this machine,
# timed by hyperfine (with a warm-up run), peak memory by /usr/bin/time. Not part of `make test`.
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

rows=()
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  node "$here/make_corpus.mjs" "$n" "$corpus" >/dev/null
  docs=$((n * 8))
  # Each run starts from an empty output folder, as a clean build does.
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/press-$n.json" \
    --prepare "rm -rf $work/out-press $work/out-press.old" \
    "$press build --source $corpus/press --out $work/out-press --jobs $(nproc)" >/dev/null
  hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/hugo-$n.json" \
    --prepare "rm -rf $work/out-hugo" \
    "hugo --quiet --source $corpus/hugo -d $work/out-hugo" >/dev/null
  rm -rf "$work/out-press" "$work/out-hugo"
  press_rss=$(peak_kib "$press" build --source "$corpus/press" --out "$work/out-press")
  hugo_rss=$(peak_kib hugo --quiet --source "$corpus/hugo" -d "$work/out-hugo")
  rows+=("$(node -e '
    const [n, docs, pr, hr, prss, hrss] = process.argv.slice(1);
    const p = require(pr).results[0], h = require(hr).results[0];
    const f = (x, d = 2) => Number(x).toFixed(d);
    console.log([docs, f(p.mean), f(docs / p.mean, 0), f(prss / 1024, 0), f(h.mean), f(docs / h.mean, 0),
      f(hrss / 1024, 0), f(h.mean / p.mean, 2) + "x", f(hrss / prss, 1) + "x"].join(" | "));
  ' "$n" "$docs" "$work/press-$n.json" "$work/hugo-$n.json" "$press_rss" "$hugo_rss")")
  rm -rf "$work/out-press" "$work/out-press.old" "$work/out-hugo" "$corpus"
done

echo "| documents | press s | press docs/s | press peak MiB | Hugo s | Hugo docs/s | Hugo peak MiB | speed press/Hugo | memory Hugo/press |"
echo "|---|---|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do echo "| $row |"; done
echo "hugo: $(hugo version | cut -d' ' -f1-2); press: $($press --version); $(nproc) cores"
