#!/usr/bin/env bash
# The main job: installs what is missing, builds padan and runs `padan build`, which segments seeds/ and
# writes every export to Exports/ (see README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
swift build -c release --product padan
# The translation memory's creation date is the date of the seed corpus, so that the committed Exports/ are
# byte-for-byte reproducible; SOURCE_DATE_EPOCH, when set, overrides it (as does --date).
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  .build/release/padan build "$@"
else
  .build/release/padan build --date 2026-11-22 "$@"
fi
