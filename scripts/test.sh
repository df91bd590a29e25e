#!/usr/bin/env bash
# Every test: installs what is missing, builds, and runs the whole test suite (unit, gold, property and
# end-to-end CLI tests, including the check that the committed Exports/ are current). Ends with a line
# "N passed, M failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
swift build --build-tests
# The shipped termbase must lint clean (exit 1 on any finding).
.build/debug/padan lint
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
swift test --skip-build --disable-xctest 2>&1 | tee "$log" || status=$?
summary=$(grep -E '^. Test run with [0-9]+ tests? ' "$log" | tail -n 1 || true)
total=$(sed -nE 's/.*Test run with ([0-9]+) tests?.*/\1/p' <<<"$summary")
issues=$(sed -nE 's/.* with ([0-9]+) issues?.*/\1/p' <<<"$summary")
if [ -z "$total" ]; then
  echo "0 passed, 1 failed"
  exit 1
fi
if [ "$status" -ne 0 ] || [ -n "$issues" ]; then
  failed_tests=$(grep -E '^. Test "[^"]*"( with [0-9]+ test cases?)? failed' "$log" | wc -l)
  echo "$((total - failed_tests)) passed, $((failed_tests > 0 ? failed_tests : 1)) failed"
  exit 1
fi
echo "$total passed, 0 failed"
