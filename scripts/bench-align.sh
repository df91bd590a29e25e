#!/usr/bin/env bash
# Alignment benchmark: aligns PAIRS article pairs of seed size (default 10,000, cycling through seeds/ and
# seeds/en/), each time segmenting both texts and aligning them with Glossary/ for term anchors, on one core
# (taskset -c 0 when available), with the release build. Prints pairs/s and peak memory, with PASS/FAIL
# against the target (>= 500 pairs/s), and the peak memory of `padan align` on a pair of wildly unequal length
# (5 sentences against 20,000), which the band-limited search keeps bounded.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PAIRS=${PAIRS:-10000}
BENCH=.build/bench
mkdir -p "$BENCH"
bash scripts/setup.sh >&2
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >&2
swift build -c release --product padan-bench >&2
swift build -c release --product padan >&2
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 0)

line=$("${PIN[@]}" .build/release/padan-bench align "$PAIRS" Glossary seeds seeds/en)
echo "$line"
rate=$(sed -nE 's/.*: ([0-9]+) pairs\/s.*/\1/p' <<<"$line")

head -n 5 seeds/002_abd0128a54f91a8f.txt >"$BENCH/short.txt"
python3 -c "import sys; sys.stdout.write(''.join(f'Sentence number {i} about something else entirely.\n' for i in range(20000)))" >"$BENCH/long.txt"
"${PIN[@]}" /usr/bin/time -f '%e %M' -o "$BENCH/unequal.time" \
  .build/release/padan align "$BENCH/short.txt" "$BENCH/long.txt" --presegmented --json >/dev/null 2>"$BENCH/unequal.err" || true
read -r unequal_secs unequal_kib <"$BENCH/unequal.time"
echo "wildly unequal pair (5 lines vs 20,000): $unequal_secs s, peak $(awk -v k="$unequal_kib" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }') MB; $(grep -c 'differ wildly' "$BENCH/unequal.err") warning"

if [ "${rate:-0}" -ge 500 ]; then echo "PASS alignment >= 500 pairs/s ($rate)"; else echo "FAIL alignment >= 500 pairs/s ($rate)"; exit 1; fi
