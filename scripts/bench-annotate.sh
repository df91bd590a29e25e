#!/usr/bin/env bash
# Throughput and peak memory of term matching (`padan annotate`) with a 1,000- and a 100,000-concept glossary,
# and the memory of `padan coverage` on a tenth of the corpus and on all of it.
#
# Usage: scripts/bench-annotate.sh        (from any directory; on Debian as root it installs what is missing)
#
# Environment:
#   BENCH_MB   corpus size in MB: that many files of ~1 MB (default 100; the corpus of scripts/bench-segment.sh)
#
# Steps:
#   1. As scripts/bench-common.sh: tools, `swift build -c release`, the deterministic corpus in .build/bench/corpus/.
#   2. `padan-bench synthetic-glossary` writes .build/bench/glossary-1k.tsv and glossary-100k.tsv: the real
#      Glossary/ (748 concepts), then synthetic concepts, half of them runs of 1-4 consecutive corpus words (so
#      they occur and share first words with real terms), half made-up words.
#   3. Matching, in process (`padan-bench annotate`: segmentation + matching of every sentence, no output
#      formatting), once per glossary: MB/s of the matching phase, the glossary's load time, peak memory.
#   4. End to end: `padan annotate CORPUS --json > /dev/null` per glossary (wall clock, load included; the JSON
#      is ~10x the input: every hit is an object), and `padan coverage` on 10 files and on all files (peak
#      memory: it keeps counts, not the corpus).
#   5. Prints a summary with the targets: >= 20 MB/s matching with 100k concepts, 100k at most 1.5x slower than 1k.
# Every run is pinned to core 0 (taskset, when installed). 1 MB = 10^6 bytes.
set -euo pipefail
export LC_ALL=C.UTF-8

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/.build/bench
CORPUS=$BENCH/corpus
PADAN=$ROOT/.build/release/padan
PADAN_BENCH=$ROOT/.build/release/padan-bench
BENCH_MB=${BENCH_MB:-100}
TARGET_RATE=20
TARGET_RATIO=1.5

source "$ROOT/scripts/bench-common.sh"
(cd "$ROOT" && swift build -c release --product padan-bench >&2)

for size in 1000 100000; do
  glossary=$BENCH/glossary-$((size / 1000))k.tsv
  [ -f "$glossary" ] || "$PADAN_BENCH" synthetic-glossary "$size" "$ROOT/Glossary" "${files[0]}" "$glossary"
done

all_mb=$(megabytes "${files[@]}")
declare -A RATE
for name in 1k 100k; do
  echo "matching $all_mb MB with glossary-$name (in process)" >&2
  out=$("${PIN[@]}" "$PADAN_BENCH" annotate "$BENCH/glossary-$name.tsv" "${files[@]}")
  echo "$out"
  RATE[$name]=$(sed -n 's/.*: \([0-9.]*\) MB\/s.*/\1/p' <<<"$out")
done

declare -A E2E E2E_PEAK
for name in 1k 100k; do
  "${PIN[@]}" /usr/bin/time -f '%e %M' -o "$BENCH/time.out" "$PADAN" annotate "$CORPUS" --json \
    --glossary "$BENCH/glossary-$name.tsv" >/dev/null
  read -r secs kib <"$BENCH/time.out"
  E2E[$name]=$(rate "$all_mb" "$secs")
  E2E_PEAK[$name]=$(rss_mb "$kib")
  echo "padan annotate --json, glossary-$name: $secs s, peak ${E2E_PEAK[$name]} MB"
done

coverage_peak() {
  "${PIN[@]}" /usr/bin/time -f '%e %M' -o "$BENCH/time.out" "$PADAN" coverage "$@" --json \
    --glossary "$BENCH/glossary-1k.tsv" >/dev/null
  read -r secs kib <"$BENCH/time.out"
  rss_mb "$kib"
}
small=("${files[@]:0:$(((${#files[@]} + 9) / 10))}")
coverage_small=$(coverage_peak "${small[@]}")
coverage_all=$(coverage_peak "$CORPUS")

ratio=$(awk -v a="${RATE[1k]}" -v b="${RATE[100k]}" 'BEGIN { printf "%.2f", a / b }')
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "PASS" : "FAIL") }'; }
cat <<SUMMARY

== padan term-matching benchmark (${PIN[*]:-not pinned}; $all_mb MB corpus, ${#files[@]} files; 1 MB = 10^6 bytes) ==
matching (segment + match, in process):  1k concepts ${RATE[1k]} MB/s, 100k concepts ${RATE[100k]} MB/s
  100k >= $TARGET_RATE MB/s: $(verdict "$(awk -v r="${RATE[100k]}" -v t=$TARGET_RATE 'BEGIN { print (r >= t) }')")
  100k / 1k slowdown ${ratio}x <= ${TARGET_RATIO}x: $(verdict "$(awk -v r="$ratio" -v t=$TARGET_RATIO 'BEGIN { print (r <= t) }')")
padan annotate --json end to end: 1k ${E2E[1k]} MB/s (peak ${E2E_PEAK[1k]} MB), 100k ${E2E[100k]} MB/s (peak ${E2E_PEAK[100k]} MB)
padan coverage peak memory: ${#small[@]} files ${coverage_small} MB, ${#files[@]} files ${coverage_all} MB
SUMMARY
