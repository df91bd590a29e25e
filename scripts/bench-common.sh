# Shared by the benchmark scripts (sourced, not run): installs the tools, builds the release `padan`, and
# builds the deterministic ~1 MB-per-file corpus under .build/bench/corpus/ from seeds/*.txt.
#
# Expects ROOT, BENCH, CORPUS, PADAN and BENCH_MB to be set; sets `files` (the corpus files, in order) and
# `PIN` (taskset to core 0 when available), and defines `fail`, `megabytes`, `rate` and `rss_mb`.

fail() { echo "error: $*" >&2; exit 1; }
[[ $BENCH_MB =~ ^[1-9][0-9]*$ ]] || fail "BENCH_MB must be a positive integer, not '$BENCH_MB'"

# --- 1. tools and the release binary -----------------------------------------------------------------------
missing=()
[ -x /usr/bin/time ] || missing+=(time)
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3 python3-venv)
pkg-config --exists libxml-2.0 2>/dev/null || missing+=(pkg-config libxml2-dev) # for the CLibXML2 target
if ((${#missing[@]})); then
  echo "installing ${missing[*]}" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); else echo "note: no taskset; runs are not pinned" >&2; fi
command -v swift >/dev/null || fail "swift is not on PATH (https://www.swift.org/install/)"

echo "building $PADAN" >&2
(cd "$ROOT" && swift build -c release --product padan >&2)

# --- 2. corpus ---------------------------------------------------------------------------------------------
# Arguments: SEEDS_DIR OUT_DIR N_FILES. Prints the sha256 of all corpus bytes, in file order.
# Only Random.getrandbits is used: its output for an integer seed is the same in every Python 3.
GENERATOR=$(cat <<'PY'
import hashlib, os, re, sys, textwrap
from random import Random

seeds_dir, out_dir, n_files = sys.argv[1], sys.argv[2], int(sys.argv[3])
FILE_BYTES = 1_000_000
paragraphs = []
for name in sorted(os.listdir(seeds_dir)):
    if name.endswith(".txt"):
        with open(os.path.join(seeds_dir, name), encoding="utf-8") as f:
            paragraphs += [p.strip("\n") for p in re.split(r"\n[ \t]*\n", f.read()) if p.strip()]


def vary_digits(paragraph, rng):
    return re.sub(r"[0-9]", lambda _: str(rng.getrandbits(32) % 10), paragraph)


def hard_wrap(paragraph):
    # Line by line, so that lists and headings keep their own lines.
    return "\n".join(textwrap.fill(line, 76, break_long_words=False, break_on_hyphens=False)
                     for line in paragraph.split("\n"))


os.makedirs(out_dir)
digest = hashlib.sha256()
for i in range(n_files):
    rng = Random(20241021 + i)
    parts, size = [], 0
    while size < FILE_BYTES:
        paragraph = paragraphs[rng.getrandbits(32) % len(paragraphs)]
        if rng.getrandbits(1):
            paragraph = vary_digits(paragraph, rng)
        if i % 3 == 2:
            paragraph = hard_wrap(paragraph)
        parts.append(paragraph)
        size += len(paragraph.encode()) + 2
    data = ("\n\n".join(parts) + "\n").encode()
    with open(os.path.join(out_dir, f"{i + 1:0{max(3, len(str(n_files)))}d}.txt"), "wb") as f:
        f.write(data)
    digest.update(data)
print(digest.hexdigest())
PY
)

compgen -G "$ROOT/seeds/*.txt" >/dev/null || fail "no seed articles in $ROOT/seeds/*.txt"
fingerprint=$( (printf '%s\n' "$GENERATOR" "$BENCH_MB" && cd "$ROOT/seeds" && sha256sum -- *.txt) | sha256sum)
fingerprint=${fingerprint%% *}
stored='' corpus_sha=''
[ -f "$BENCH/corpus.sha256" ] && read -r stored corpus_sha <"$BENCH/corpus.sha256"
if [ "$stored" != "$fingerprint" ] || [ ! -d "$CORPUS" ]; then
  echo "building the corpus in $CORPUS ($BENCH_MB files of ~1 MB)" >&2
  rm -rf "$CORPUS" "$CORPUS.tmp"
  mkdir -p "$BENCH"
  corpus_sha=$(python3 -c "$GENERATOR" "$ROOT/seeds" "$CORPUS.tmp" "$BENCH_MB")
  mv "$CORPUS.tmp" "$CORPUS"
  echo "$fingerprint $corpus_sha" >"$BENCH/corpus.sha256"
fi
files=("$CORPUS"/*.txt)

# MB in the given files, one decimal.
megabytes() { stat -c %s -- "$@" | awk '{ n += $1 } END { printf "%.1f", n / 1e6 }'; }
# MB/s for MB and seconds, one decimal (times under 10 ms count as 10 ms).
rate() { awk -v mb="$1" -v s="$2" 'BEGIN { printf "%.1f", mb / (s < 0.01 ? 0.01 : s) }'; }
# MB, one decimal, for a maximum resident set size in KiB as /usr/bin/time -f %M prints it.
rss_mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }'; }

