#!/usr/bin/env bash
# Checks the module boundaries README's "What is where" promises: each C library is imported only by its bridge
# (Cairo, Pango, libdeflate, Nettle by Sources/CairoBridge; GDAL by Sources/GDALBridge; libxlsxwriter by
# Sources/Formats), Sources/Values imports nothing but Foundation, and Sources/IndicatorData (store, import,
# statistics) neither imports nor depends on the presentation (Layout, Formats, CairoBridge and its C libraries).
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
only_in CNettle Sources/CairoBridge
only_in CDeflate Sources/CairoBridge
only_in CGDAL Sources/GDALBridge
only_in CXLSXWriter Sources/Formats

foreign="$(grep -rhE "^[[:space:]]*(@_exported |@testable )?import " Sources/Values --include='*.swift' \
    | grep -vE "import Foundation\$" || true)"
if [ -n "$foreign" ]; then
    echo "boundaries: Sources/Values must depend on nothing but Foundation; it has:" $foreign >&2
    failed=1
fi

presentation="Layout|Formats|CairoBridge|CCairo|CNettle|CDeflate|CXLSXWriter|Pango|ArgumentParser|ReportGen"
drawing="$(grep -rlE "^[[:space:]]*(@[a-z_]+ )*import( [a-z]+)? ($presentation)(\.|[[:space:]]|\$)" Sources/IndicatorData \
    --include='*.swift' || true)"
if [ -n "$drawing" ]; then
    echo "boundaries: Sources/IndicatorData imports the presentation (Layout, Formats, CairoBridge, Cairo/Pango)" \
        "or the command line, in:" $drawing "- store, import and statistics take their value types from Values" >&2
    failed=1
fi

# IndicatorData's dependency closure in Package.swift, as SwiftPM reads it (targets and products, one a line).
closure="$(swift package describe --type json | python3 -c '
import json, sys
targets = {t["name"]: t for t in json.load(sys.stdin)["targets"]}
todo, seen = ["IndicatorData"], set()
while todo:
    name = todo.pop()
    if name not in seen:
        seen.add(name)
        target = targets.get(name, {})
        todo += target.get("target_dependencies", []) + target.get("product_dependencies", [])
print("\n".join(sorted(seen)))
')"
linked="$(echo "$closure" | grep -xE "$presentation" || true)"
if [ -z "$closure" ] || [ -n "$linked" ]; then
    echo "boundaries: IndicatorData must build without Cairo, but Package.swift gives it" $linked \
        "among its dependencies:" $closure "- depend on Values and GDALBridge instead" >&2
    failed=1
fi

[ "$failed" = 0 ] || exit 1
echo "boundaries: each C library only behind its bridge, Values on its own, IndicatorData without Cairo"
