#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ (swiftc -sanitize=fuzzer,address) and runs each for a given time.
# Usage: bash scripts/fuzz.sh [csv|expression|all] [seconds per harness, default 60]
# A crash stops that harness, leaves its input in .build/fuzz/crashes-<name>/ and makes this script exit 1:
# turn each such input into a test. Corpora start from the demo data and the template catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
seconds="${2:-60}"
out=.build/fuzz
src=Sources/ReportGen
mkdir -p "$out"

sources() {
    case "$1" in
        csv) echo Fuzz/CSVReaderFuzz.swift $src/Import/CSVParser.swift $src/Errors/DataError.swift ;;
        expression) echo Fuzz/ExpressionParserFuzz.swift $src/Templates/ExpressionParser.swift \
            $src/Templates/ExpressionTokenizer.swift $src/Templates/Expression.swift $src/Templates/SourceText.swift \
            $src/Diagnostics/TemplateError.swift $src/Diagnostics/SourceLocation.swift $src/Diagnostics/Suggestions.swift ;;
    esac
}

seed() {
    local corpus="$out/corpus-$1"
    mkdir -p "$corpus"
    case "$1" in
        csv) find data -name '*.csv' | while read -r f; do head -c 4096 "$f" > "$corpus/$(basename "$f")"; done ;;
        expression) grep -ho '{{[^}]*}}\|when: .*' templates/*.yaml | sort -u | split -l 1 - "$corpus/seed-" ;;
    esac
}

status=0
for name in csv expression; do
    [ "$which" = all ] || [ "$which" = "$name" ] || continue
    # shellcheck disable=SC2046
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name ReportGen $(sources "$name") \
        -o "$out/fuzz-$name" > "$out/build-$name.log" 2>&1 || { cat "$out/build-$name.log" >&2; exit 1; }
    seed "$name"
    mkdir -p "$out/crashes-$name"
    echo "fuzz: $name for $seconds s"
    # Swift's own crash backtracer gets in the way of AddressSanitizer's report: libFuzzer's is enough.
    if ! SWIFT_BACKTRACE=enable=no "$out/fuzz-$name" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
        -artifact_prefix="$out/crashes-$name/" "$out/corpus-$name" > "$out/$name.log" 2>&1; then
        echo "fuzz: $name crashed; inputs in $out/crashes-$name/ (log: $out/$name.log)" >&2
        status=1
    fi
    grep -E '^stat::number_of_executed_units|^Done' "$out/$name.log" | sed "s/^/fuzz: $name: /" || true
done
exit $status
