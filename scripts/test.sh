#!/usr/bin/env bash
# Every test: installs what is missing, builds, and runs the whole test suite (unit, gold, property and
# end-to-end CLI tests, including the check that the committed Exports/ are current), then the TMX
# interoperability checks (xmllint against the DTD, translate-toolkit, Perl XML::TMX, OmegaT headless) on
# Exports/seeds.tmx. Ends with a line "N passed, M failed" counting both.
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
passed=$total
failed=0
if [ "$status" -ne 0 ] || [ -n "$issues" ]; then
  failed_tests=$(grep -E '^. Test "[^"]*"( with [0-9]+ test cases?)? failed' "$log" | wc -l)
  failed=$((failed_tests > 0 ? failed_tests : 1))
  passed=$((total - failed_tests))
fi
# Real CAT tools read the exported translation memory (installs them on first use; see the script).
interop_status=0
PADAN=$PWD/.build/debug/padan bash scripts/interop-tmx.sh Exports/seeds.tmx seeds 2>&1 | tee "$log" || interop_status=$?
interop=$(tail -n 1 "$log")
if [[ $interop =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
  passed=$((passed + BASH_REMATCH[1]))
  failed=$((failed + BASH_REMATCH[2]))
elif [ "$interop_status" -ne 0 ]; then
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
