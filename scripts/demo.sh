#!/usr/bin/env bash
# Sets up the machine, builds ReportGen (release) and renders the demo reports into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product reportgen
bin="$(swift build -c release --show-bin-path)/reportgen"
"$bin" demo --output output
