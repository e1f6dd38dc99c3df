#!/usr/bin/env bash
# Formats the Swift sources with swift-format (ships with the toolchain) as .swift-format says.
#   bash scripts/format.sh          formats Package.swift, Sources/ and Tests/ in place
#   bash scripts/format.sh --check  changes nothing; lists the files the formatter would change, fails if any
set -euo pipefail
cd "$(dirname "$0")/.."
paths=(Package.swift Sources Tests)

case "${1:-}" in
"")
    swift format format --in-place --parallel --recursive "${paths[@]}"
    ;;
--check)
    copy="$(mktemp -d)"
    trap 'rm -rf "$copy"' EXIT
    cp -R .swift-format "${paths[@]}" "$copy"/
    (cd "$copy" && swift format format --in-place --parallel --recursive "${paths[@]}")
    changed="$(for path in "${paths[@]}"; do diff -rq "$path" "$copy/$path" || true; done)"
    if [ -n "$changed" ]; then
        echo "format: these files are not formatted; run bash scripts/format.sh:" >&2
        echo "$changed" | sed -E 's/^Files ([^ ]+) and .*/  \1/' >&2
        exit 1
    fi
    echo "format: every Swift file is formatted as .swift-format says"
    ;;
*)
    echo "usage: bash scripts/format.sh [--check]" >&2
    exit 2
    ;;
esac
