#!/usr/bin/env bash
# TMX benchmark: export of UNITS synthetic units (default 1,000,000; Indonesian and English segments, five
# props and a note each) through padan's streaming libxml2 writer, validation of that file with
# `padan tmx validate` (DTD + semantic checks), and the same units written by translate-toolkit for a ratio
# (translate-toolkit builds the whole tree in memory, so it writes TT_UNITS units, default 100,000, and the
# ratio compares units per second). Prints units/s, MB/s and peak memory, with PASS/FAIL against the
# targets (export >= 200,000 units/s and < 100 MB; validation >= 50 MB/s).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
UNITS=${UNITS:-1000000}
TT_UNITS=${TT_UNITS:-100000}
BENCH=.build/bench
mkdir -p "$BENCH"
bash scripts/setup.sh >&2
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >&2
swift build -c release --product padan >&2
swift build -c release --product padan-bench >&2
PIN=()
command -v taskset >/dev/null && PIN=(taskset -c 0)
venv=${PADAN_VENV:-$PWD/.build/interop-venv}
if ! "$venv/bin/python" -c 'import translate.storage.tmx' 2>/dev/null; then
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install -q --disable-pip-version-check translate-toolkit==3.20.4 lxml==6.1.3 >&2
fi

export_line=$("${PIN[@]}" /usr/bin/time -f '%e %M' -o "$BENCH/export.time" \
  .build/release/padan-bench tmx-export "$UNITS" "$BENCH/bench.tmx" "$BENCH/bench.tsv")
echo "$export_line"
export_rate=$(sed -nE 's/.*: ([0-9]+) units\/s.*/\1/p' <<<"$export_line")
read -r _ export_kib <"$BENCH/export.time"
bytes=$(stat -c %s "$BENCH/bench.tmx")

"${PIN[@]}" /usr/bin/time -f '%e %M' -o "$BENCH/validate.time" .build/release/padan tmx validate "$BENCH/bench.tmx"
read -r validate_secs validate_kib <"$BENCH/validate.time"

head -n "$TT_UNITS" "$BENCH/bench.tsv" >"$BENCH/tt.tsv"
tt_line=$("${PIN[@]}" "$venv/bin/python" - "$BENCH/tt.tsv" "$BENCH/tt.tmx" <<'PY'
import sys, time
from translate.storage.tmx import tmxfile
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
start = time.perf_counter()
store = tmxfile(sourcelanguage="id", targetlanguage="en")
for tuid, source, target, terms in rows:
    unit = store.addsourceunit(source)
    unit.target = target
    unit.setid(tuid)
    for term in terms.split("|"):
        unit.addnote(term, origin="x-term")
with open(sys.argv[2], "wb") as out:
    store.serialize(out)
elapsed = time.perf_counter() - start
print(f"{len(rows) / elapsed:.0f}")
PY
)

awk -v units="$UNITS" -v rate="$export_rate" -v kib="$export_kib" -v bytes="$bytes" -v vs="$validate_secs" \
    -v vkib="$validate_kib" -v tt="$tt_line" -v ttn="$TT_UNITS" 'BEGIN {
  printf "\n== padan TMX benchmark (1 MB = 10^6 bytes) ==\n"
  printf "export: %d units, %.0f units/s, %.1f MB file, peak %.1f MB   [>= 200000 units/s: %s; < 100 MB: %s]\n",
    units, rate, bytes / 1e6, kib / 1024, (rate >= 200000 ? "PASS" : "FAIL"), (kib / 1024 < 100 ? "PASS" : "FAIL")
  printf "validate: %.1f s, %.1f MB/s, peak %.1f MB   [>= 50 MB/s: %s]\n",
    vs, bytes / 1e6 / vs, vkib / 1024, (bytes / 1e6 / vs >= 50 ? "PASS" : "FAIL")
  printf "translate-toolkit 3.20.4 writing the first %d of the same units: %.0f units/s; padan is %.1fx faster\n",
    ttn, tt, rate / tt
}'
