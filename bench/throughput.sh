#!/usr/bin/env bash
# Whole-program throughput: a ~100 MB corpus made from real article text
# (the development set's articles when ../shared is there, else the bundled
# seed article), then `extract --jsonl` on one core (pinned) and on two, and
# `build`, printing MB/s, documents/s and peak RSS for each and the speed-up
# from one core to two. `extract` runs RUNS times (default 3) on one core
# and on two, alternately, and the fastest and median runs are summed up.
#
#   [RUNS=N] bench/throughput.sh [--pgo] [MEGABYTES]
#
# With --pgo, the binary measured is the profile-guided build that
# scripts/build-pgo.sh makes (same output, built with a profile of its own
# run on the written evaluation sets, not on this corpus's articles).
set -euo pipefail
cd "$(dirname "$0")/.."
pgo=false
if [ "${1:-}" = "--pgo" ]; then
  pgo=true
  shift
fi
mb=${1:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=(examples/seed-article.txt)
if ls ../shared/data/dev/*.jsonl >/dev/null 2>&1; then
  sources=(../shared/data/dev/*.jsonl)
fi
if $pgo; then
  scripts/build-pgo.sh
  bin=target/pgo/release/diplograph
else
  cargo build --release --quiet
  bin=target/release/diplograph
fi
python3 bench/make_corpus.py "$work/corpus.jsonl" "$mb" "${sources[@]}"
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/err" || { cat "$work/err"; exit 1; }
  read -r secs kb < "$work/time"
  # secs is not local: the caller reads the time of the last run from it.
  local docs bytes
  docs=$(wc -l < "$work/corpus.jsonl")
  bytes=$(stat -c %s "$work/corpus.jsonl")
  awk -v l="$label" -v s="$secs" -v k="$kb" -v d="$docs" -v b="$bytes" \
    'BEGIN { printf "%-26s %6.1f s  %6.2f MB/s  %8.0f documents/s  peak RSS %5.0f MB\n", l, s, b/1e6/s, d/s, k/1024 }'
}
# One core: pinned with taskset where there is one, as the calling thread
# (reading, writing) runs beside the worker and would otherwise take a
# second core. A shared machine's speed drifts from minute to minute, so
# one and two cores are run RUNS times each (3 unless set), alternately,
# and the fastest and the median run of each are printed after every run.
one=()
if command -v taskset >/dev/null 2>&1; then one=(taskset -c 0); fi
runs=${RUNS:-3}
one_all=()
two_all=()
for _ in $(seq "$runs"); do
  measure "extract --jsonl, 1 core" "${one[@]}" "$bin" extract --jsonl "$work/corpus.jsonl" -j 1 -q
  one_all+=("$secs")
  measure "extract --jsonl, 2 cores" "$bin" extract --jsonl "$work/corpus.jsonl" -j 2 -q
  two_all+=("$secs")
done
bytes=$(stat -c %s "$work/corpus.jsonl")
median() { printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'; }
summary() {
  local label=$1; shift
  local fastest
  fastest=$(printf '%s\n' "$@" | sort -n | head -1)
  awk -v l="$label" -v b="$bytes" -v f="$fastest" -v m="$(median "$@")" -v n="$#" \
    'BEGIN { printf "%-26s fastest %5.2f s (%6.2f MB/s), median %5.2f s (%6.2f MB/s) of %d runs\n", l, f, b/1e6/f, m, b/1e6/m, n }'
}
summary "extract --jsonl, 1 core" "${one_all[@]}"
summary "extract --jsonl, 2 cores" "${two_all[@]}"
awk -v a="$(median "${one_all[@]}")" -v b="$(median "${two_all[@]}")" 'BEGIN { printf "speed-up from 1 to 2 cores (medians): %.2f\n", a/b }'
measure "build, 2 cores" "$bin" build "$work/corpus.jsonl" -o "$work/graph.json" -j 2 -q
echo "binary: $bin"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
