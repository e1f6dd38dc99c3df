#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ and runs each for a given time.
# Usage: bash scripts/fuzz.sh [csv|expression|template|manifest|all] [seconds per harness, default 60]
# Needs the debug build (`swift build`): the IndicatorData and ReportGen modules are compiled once more with
# -sanitize=fuzzer,address (so that libFuzzer sees their coverage) and linked with the debug build's objects of
# everything they use.
# A crash or hang stops that harness, leaves its input in .build/fuzz/crashes-<name>/ and makes this script
# exit 1: turn each such input into a test. Corpora start from the demo data, the templates and the fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
seconds="${2:-60}"
out=.build/fuzz
lib="$out/lib"
debug=.build/debug
mkdir -p "$lib"

# The C modules and headers the IndicatorData and ReportGen modules import, as SwiftPM passes them.
c_modules() {
    for map in Sources/C*/module.modulemap .build/checkouts/GRDB.swift/Sources/GRDBSQLite/module.modulemap \
        .build/checkouts/Yams/Sources/CYaml/include/module.modulemap; do
        echo -Xcc "-fmodule-map-file=$PWD/$map"
    done
    echo -Xcc -I -Xcc .build/checkouts/Yams/Sources/CYaml/include
    pkg-config --cflags-only-I pangocairo gdal
}

# The package name SwiftPM compiled the debug modules with (the checkout's folder name): `package` declarations,
# such as GDALBridge's API, are visible only to modules compiled with the same one.
package_name() {
    grep -o '"-module-name","Values"[^]]*' .build/debug.yaml | grep -o '"-package-name","[^"]*"' | head -1 \
        | cut -d'"' -f4
}

# compile_module NAME: the module in Sources/NAME, with -sanitize=fuzzer,address, unless it is newer than the
# sources it is made from (IndicatorData's too for ReportGen, which imports it).
compile_module() {
    local sources="Sources/IndicatorData"
    [ "$1" = IndicatorData ] || sources="$sources Sources/$1"
    # shellcheck disable=SC2086
    if [ -f "$lib/$1.o" ] && [ -z "$(find $sources -name '*.swift' -newer "$lib/$1.o")" ]; then
        return
    fi
    echo "fuzz: compiling the $1 module with -sanitize=fuzzer,address (several minutes)"
    # shellcheck disable=SC2046
    swiftc -O -whole-module-optimization -sanitize=fuzzer,address -parse-as-library -enable-testing \
        -swift-version 6 -module-name "$1" -package-name "$(package_name)" -emit-module -emit-module-path "$lib/$1.swiftmodule" \
        -c -o "$lib/$1.o" $(find "Sources/$1" -name '*.swift') -I "$lib" -I "$debug/Modules" $(c_modules) \
        > "$out/build-$1.log" 2>&1 || { cat "$out/build-$1.log" >&2; exit 1; }
}

build_library() {
    [ -f "$debug/reportgen.product/Objects.LinkFileList" ] || { echo "fuzz: run \`swift build\` first" >&2; exit 1; }
    compile_module IndicatorData
    compile_module ReportGen
}

harness() {
    case "$1" in
        csv) echo Fuzz/CSVReaderFuzz.swift ;;
        expression) echo Fuzz/ExpressionParserFuzz.swift ;;
        template) echo Fuzz/TemplateFuzz.swift Fuzz/FuzzInput.swift ;;
        manifest) echo Fuzz/ImportManifestFuzz.swift Fuzz/FuzzInput.swift ;;
    esac
}

build_harness() {
    # Every object of the executable except IndicatorData's and ReportGen's own (replaced by the instrumented ones)
    # and its main.
    grep -v -e '/IndicatorData.build/' -e '/ReportGen.build/' -e '/reportgen.build/' \
        "$debug/reportgen.product/Objects.LinkFileList" \
        > "$out/objects-$1.txt"
    # shellcheck disable=SC2046
    swiftc -O -sanitize=fuzzer,address -parse-as-library -swift-version 6 -module-name "Fuzz_$1" \
        -package-name "$(package_name)" \
        -I "$lib" -I "$debug/Modules" $(c_modules) $(harness "$1") "$lib/IndicatorData.o" "$lib/ReportGen.o" \
        @"$out/objects-$1.txt" \
        -o "$out/fuzz-$1" > "$out/build-$1.log" 2>&1 || { cat "$out/build-$1.log" >&2; exit 1; }
}

seed() {
    local corpus="$out/corpus-$1"
    mkdir -p "$corpus"
    case "$1" in
        csv) find data -name '*.csv' | while read -r f; do head -c 4096 "$f" > "$corpus/$(basename "$f")"; done ;;
        expression) grep -ho '{{[^}]*}}\|when: .*' templates/*.yaml | sort -u | split -l 1 - "$corpus/seed-" ;;
        template) cp templates/*.yaml "$corpus/" ;;
        manifest) find data Tests/ReportGenTests/Fixtures -name 'import.yaml' -o -name 'indicators.yaml' |
            while read -r f; do cp "$f" "$corpus/$(echo "$f" | tr / _)"; done ;;
    esac
}

status=0
for name in csv expression template manifest; do
    [ "$which" = all ] || [ "$which" = "$name" ] || continue
    build_library
    build_harness "$name"
    seed "$name"
    mkdir -p "$out/crashes-$name"
    echo "fuzz: $name for $seconds s"
    # Swift's own crash backtracer gets in the way of AddressSanitizer's report: libFuzzer's is enough. An input
    # that takes more than 60 s is a hang (the slowest seed, the 18 KB Berlin catalogue, takes about 0.3 s of CPU;
    # on a busy machine much longer). Leak checks are off, also at exit: the "leaks" are once-initialised globals.
    if ! SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$out/fuzz-$name" -max_total_time="$seconds" \
        -max_len=20000 -timeout=60 -detect_leaks=0 -print_final_stats=1 \
        -artifact_prefix="$out/crashes-$name/" "$out/corpus-$name" > "$out/$name.log" 2>&1; then
        echo "fuzz: $name crashed; inputs in $out/crashes-$name/ (log: $out/$name.log)" >&2
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^Done' "$out/$name.log" | sed "s/^/fuzz: $name: /" || true
done
exit $status
