#!/usr/bin/env bash
# Checks the module boundaries README's "What is where" promises: each C library is imported only by its bridge
# (Cairo, Pango, qpdf, libdeflate by Sources/CairoBridge; GDAL by Sources/GDALBridge; libxlsxwriter by
# Sources/Formats) and Sources/Values imports nothing but Foundation.
set -euo pipefail
cd "$(dirname "$0")/.."
failed=0

# only_in MODULE FOLDER: no Swift file outside FOLDER imports MODULE.
only_in() {
    local found
    found="$(grep -rlE "^[[:space:]]*(@_exported |@testable )?import $1\$" Sources Tests --include='*.swift' \
        | grep -v "^$2/" || true)"
    if [ -n "$found" ]; then
        echo "boundaries: import $1 outside $2, in:" $found "- move the C calls into $2" >&2
        failed=1
    fi
}
only_in CCairo Sources/CairoBridge
only_in CQPDF Sources/CairoBridge
only_in CDeflate Sources/CairoBridge
only_in CGDAL Sources/GDALBridge
only_in CXLSXWriter Sources/Formats

foreign="$(grep -rhE "^[[:space:]]*(@_exported |@testable )?import " Sources/Values --include='*.swift' \
    | grep -vE "import Foundation\$" || true)"
if [ -n "$foreign" ]; then
    echo "boundaries: Sources/Values must depend on nothing but Foundation; it has:" $foreign >&2
    failed=1
fi

[ "$failed" = 0 ] || exit 1
echo "boundaries: each C library only behind its bridge, Values on its own"
