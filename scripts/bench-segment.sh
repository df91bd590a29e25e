#!/usr/bin/env bash
# Throughput and peak memory of `padan segment`, built-in rules and SRX mode, compared with pysbd.
#
# Usage: scripts/bench-segment.sh        (from any directory; on Debian as root it installs what is missing)
#
# Environment:
#   BENCH_MB       corpus size in MB: that many files of ~1 MB (default 100)
#   BENCH_SRX_MB   MB (files) of the corpus segmented in SRX mode (default 20; at most the whole corpus)
#   BENCH_PEER_MB  MB of the corpus segmented with pysbd (default 5; may be fractional)
#
# Steps:
#   1. apt-get installs `time`, `python3-venv` and libxml2-dev when missing; builds
#      `swift build -c release --product padan` (Swift itself must be installed).
#   2. Builds a deterministic corpus under .build/bench/corpus/ from seeds/*.txt: BENCH_MB files, each the
#      seeds' paragraphs in an order drawn by a fixed-seed PRNG, digits varied in about half of them and every
#      third file hard-wrapped at 76 columns. It is rebuilt only when the seeds, BENCH_MB or the generator change
#      (fingerprint in .build/bench/corpus.sha256, with the corpus' own sha256, which is the same on every machine).
#   3. Built-in rules: `padan segment corpus/ --json > /dev/null`, best of 3, then once on 10 files to show that
#      peak memory does not grow with the corpus.
#   4. SRX: exports the built-in rules with --export-rules and segments BENCH_SRX_MB files with --rules, best of 3.
#   5. pysbd (English rules, no Indonesian exists) in the venv .build/bench/venv, paragraph by paragraph on the
#      first BENCH_PEER_MB of the corpus, timed in-process without the import.
#   6. Prints a summary with the targets: built-in >= 100 MB/s, SRX >= 5 MB/s.
# Every run is pinned to core 0 (taskset, when installed). 1 MB = 10^6 bytes; times are wall clock measured by
# /usr/bin/time; peak memory is its maximum resident set size.
set -euo pipefail
export LC_ALL=C.UTF-8 # byte-order globs, '.' as decimal point

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH=$ROOT/.build/bench
CORPUS=$BENCH/corpus
VENV=$BENCH/venv
PADAN=$ROOT/.build/release/padan
BENCH_MB=${BENCH_MB:-100}
BENCH_SRX_MB=${BENCH_SRX_MB:-20}
BENCH_PEER_MB=${BENCH_PEER_MB:-5}
REPEATS=3
TARGET_BUILTIN=100
TARGET_SRX=5

source "$ROOT/scripts/bench-common.sh"
[[ $BENCH_SRX_MB =~ ^[1-9][0-9]*$ ]] || fail "BENCH_SRX_MB must be a positive integer, not '$BENCH_SRX_MB'"
[[ $BENCH_PEER_MB =~ ^([0-9]*[.])?[0-9]+$ && ! $BENCH_PEER_MB =~ ^[0.]*$ ]] ||
  fail "BENCH_PEER_MB must be a positive number, not '$BENCH_PEER_MB'"

# measure LABEL REPEATS ARGS...: runs `padan segment ARGS --json > /dev/null` REPEATS times on core 0;
# sets BEST (fastest wall clock, s) and PEAK (largest maximum RSS, MB).
measure() {
  local label=$1 repeats=$2 run secs kib
  shift 2
  BEST='' PEAK=0
  for ((run = 1; run <= repeats; run++)); do
    "${PIN[@]}" /usr/bin/time -f '%e %M' -o "$BENCH/time.out" "$PADAN" segment "$@" --json >/dev/null
    read -r secs kib <"$BENCH/time.out"
    echo "$label run $run/$repeats: $secs s, peak $(rss_mb "$kib") MB"
    BEST=$(awk -v a="$secs" -v b="${BEST:-$secs}" 'BEGIN { print (a < b ? a : b) }')
    PEAK=$(awk -v k="$(rss_mb "$kib")" -v p="$PEAK" 'BEGIN { printf "%.1f", (k > p ? k : p) }')
  done
}

# --- 3. built-in rules -------------------------------------------------------------------------------------
all_mb=$(megabytes "${files[@]}")
measure "builtin ($BENCH_MB files)" "$REPEATS" --lang id "$CORPUS"
builtin_rate=$(rate "$all_mb" "$BEST")
builtin_peak=$PEAK

small=("${files[@]:0:10}")
small_mb=$(megabytes "${small[@]}")
measure "builtin (${#small[@]} files)" 1 --lang id "${small[@]}"
small_peak=$PEAK

# --- 4. SRX mode -------------------------------------------------------------------------------------------
srx_rules=$BENCH/builtin-rules.srx
"$PADAN" segment --export-rules "$srx_rules" - </dev/null >/dev/null
srx=("${files[@]:0:BENCH_SRX_MB}")
srx_mb=$(megabytes "${srx[@]}")
measure "srx (${#srx[@]} files)" "$REPEATS" --lang id --rules "$srx_rules" "${srx[@]}"
srx_rate=$(rate "$srx_mb" "$BEST")
srx_peak=$PEAK

# --- 5. pysbd ----------------------------------------------------------------------------------------------
# Arguments: MB FILE...: segments the first MB of the files' paragraphs; prints bytes and seconds.
PYSBD_BENCH=$(cat <<'PY'
import re, sys, time
import pysbd

limit = float(sys.argv[1]) * 1e6
paragraphs, size = [], 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        for paragraph in re.split(r"\n[ \t]*\n", f.read()):
            if size < limit:
                paragraphs.append(paragraph)
                size += len(paragraph.encode())
segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
start = time.perf_counter()
for paragraph in paragraphs:
    segmenter.segment(paragraph)
print(size, time.perf_counter() - start)
PY
)
[ -x "$VENV/bin/python" ] || { echo "creating $VENV" >&2; python3 -m venv "$VENV"; }
"$VENV/bin/python" -c 'import pysbd' 2>/dev/null || "$VENV/bin/pip" install --quiet pysbd >&2
peer_files=("${files[@]:0:$(awk -v mb="$BENCH_PEER_MB" 'BEGIN { print int(mb) + 1 }')}") # files hold >= 1 MB each
peer=$("${PIN[@]}" "$VENV/bin/python" -c "$PYSBD_BENCH" "$BENCH_PEER_MB" "${peer_files[@]}")
read -r peer_bytes peer_secs <<<"$peer"
peer_mb=$(awk -v b="$peer_bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
peer_rate=$(awk -v b="$peer_bytes" -v s="$peer_secs" 'BEGIN { printf "%.2f", b / 1e6 / s }')
echo "pysbd: $peer_mb MB in $(printf '%.2f' "$peer_secs") s"

# --- 6. summary --------------------------------------------------------------------------------------------
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r >= t ? "PASS" : "FAIL") }'; }
cat <<EOF

== padan segment benchmark (${PIN[*]:-not pinned}; 1 MB = 10^6 bytes; best of $REPEATS wall-clock runs; peak = max RSS) ==
corpus:          $CORPUS, ${#files[@]} files, $all_mb MB, sha256 $corpus_sha
segment builtin: $builtin_rate MB/s, peak $builtin_peak MB (${#files[@]} files, $all_mb MB)
segment builtin: peak $small_peak MB (${#small[@]} files, $small_mb MB): peak memory vs corpus size
segment SRX:     $srx_rate MB/s, peak $srx_peak MB (${#srx[@]} files, $srx_mb MB)
pysbd (en):      $peer_rate MB/s ($peer_mb MB, paragraph by paragraph, in-process); padan builtin / pysbd = $(awk -v a="$builtin_rate" -v b="$peer_rate" 'BEGIN { printf "%.0f", a / b }')x
targets:         builtin >= $TARGET_BUILTIN MB/s: $(verdict "$builtin_rate" $TARGET_BUILTIN); SRX >= $TARGET_SRX MB/s: $(verdict "$srx_rate" $TARGET_SRX)
EOF
