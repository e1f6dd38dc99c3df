#!/usr/bin/env bash
# Installs the system packages ReportGen needs (Debian): Cairo, Pango, GDAL, fonts, and the PDF tools
# the tests read output back with. Safe to run again: it only calls apt when something is missing.
set -euo pipefail

packages=(
    pkg-config libcairo2-dev libpango1.0-dev libgdal-dev libsqlite3-dev hyphen-de
    fonts-noto-core fonts-liberation2 fonts-noto-cjk fonts-noto-color-emoji
    poppler-utils qpdf
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
