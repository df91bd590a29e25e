#!/usr/bin/env bash
# The main job: installs what is missing, builds padan and runs `padan build`, which segments seeds/ and
# writes every export to Exports/ (see README.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
swift build -c release --product padan
.build/release/padan build "$@"
