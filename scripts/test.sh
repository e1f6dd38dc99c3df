#!/usr/bin/env bash
# Sets up the machine, checks the module boundaries and the formatting, builds (tests included) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/boundaries.sh
bash scripts/format.sh --check
swift build --build-tests
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
swift test --skip-build 2>&1 | tee "$log"
# Swift Testing closes with "Test run with N tests in M suites passed"; repeat it in the plain form CI reads.
count=$(sed -n 's/.*Test run with \([0-9]*\) tests\{0,1\} in .* passed.*/\1/p' "$log" | tail -n 1)
[ -n "$count" ] || { echo "tests: the test run did not report its count" >&2; exit 1; }
echo "tests: ${count} passed, 0 failed"
