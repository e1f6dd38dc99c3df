#!/usr/bin/env bash
# Installs the system packages ReportGen needs (Debian): Cairo, Pango, GDAL, qpdf's library (the PDF/UA and
# PDF/A pass), fonts, the PDF tools the tests read output back with, and the tests' Python environment
# (.venv with pikepdf for ../shared/tools/pdfcheck.py). Safe to run again: it only installs what is missing.
set -euo pipefail

packages=(
    pkg-config libcairo2-dev libpango1.0-dev libgdal-dev libsqlite3-dev hyphen-de
    fonts-noto-core fonts-liberation2
    libqpdf-dev libdeflate-dev poppler-utils qpdf python3-venv
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

command -v swift >/dev/null || { echo "setup: swift is not on PATH; install Swift 6 (swift.org) first" >&2; exit 1; }

# The tests' Python environment, rebuilt only when it is missing or the requirements changed.
cd "$(dirname "$0")/.."
stamp=.venv/requirements-test.txt
if ! cmp -s scripts/requirements-test.txt "$stamp"; then
    echo "setup: creating .venv from scripts/requirements-test.txt"
    rm -rf .venv
    python3 -m venv .venv
    .venv/bin/pip install -q -r scripts/requirements-test.txt
    cp scripts/requirements-test.txt "$stamp"
fi
