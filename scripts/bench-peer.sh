#!/usr/bin/env bash
# Renders the BZR-Profil benchmark document (benchmarks/bzr-profil.yaml, 143 Bezirksregionen x 2 pages, one PDF)
# with ReportGen (`reportgen bench --part benchmark`, release build) and with the Python peer
# (../shared/peers/python: geopandas + mapclassify + matplotlib) in one run, one after the other, and prints
# both and their ratios (time and peak memory of each whole process, pages, PDF size).
#
# usage: bash scripts/bench-peer.sh [--setup] [--areas N] [--skip-build]
#   --setup       create .venv-peer from scripts/requirements-peer.txt (when missing or the requirements changed)
#   --areas N     the peer draws only the first N Bezirksregionen (a quick trial; ReportGen still draws all 143)
#   --skip-build  use the existing .build/release/reportgen
# PEER_PY names another Python with the peer's packages instead of .venv-peer.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
setup=0 build=1 areas=""
while [ $# -gt 0 ]; do
    case "$1" in
        --setup) setup=1 ;;
        --skip-build) build=0 ;;
        --areas) areas="${2:?--areas needs a number}"; shift ;;
        *) echo "bench-peer: unknown argument \"$1\" (expected --setup, --areas N or --skip-build)" >&2; exit 2 ;;
    esac
    shift
done

peer_dir="$root/../shared/peers/python"
[ -f "$peer_dir/run.sh" ] || { echo "bench-peer: the peer is missing at $peer_dir (a copy of shared/ beside the repository)" >&2; exit 1; }
requirements="$root/scripts/requirements-peer.txt"
if [ "$setup" -eq 1 ] && ! cmp -s "$requirements" "$root/.venv-peer/requirements-peer.txt"; then
    echo "bench-peer: creating .venv-peer from scripts/requirements-peer.txt"
    rm -rf "$root/.venv-peer"
    python3 -m venv "$root/.venv-peer"
    "$root/.venv-peer/bin/pip" install -q -r "$requirements"
    cp "$requirements" "$root/.venv-peer/requirements-peer.txt"
fi
peer_py="${PEER_PY:-$root/.venv-peer/bin/python}"
"$peer_py" -c "import geopandas, mapclassify, matplotlib" 2>/dev/null \
    || { echo "bench-peer: $peer_py lacks the peer's packages; run with --setup (or set PEER_PY)" >&2; exit 1; }

[ "$build" -eq 0 ] || swift build -c release --product reportgen
reportgen="$root/.build/release/reportgen"
[ -x "$reportgen" ] || { echo "bench-peer: $reportgen is missing; build it or drop --skip-build" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Both are timed alike, as whole processes: wall time and peak resident memory from /usr/bin/time.
echo "== ReportGen: reportgen bench --part benchmark"
/usr/bin/time -f "%e %M" -o "$work/reportgen.time" "$reportgen" bench --part benchmark | tee "$work/reportgen.txt"
read -r rg_seconds rg_kb < "$work/reportgen.time"
rg_pages="$(sed -n 's/^pages *\([0-9]*\).*/\1/p' "$work/reportgen.txt")"
rg_mb="$(sed -n 's/^PDF size *\([0-9.]*\).*/\1/p' "$work/reportgen.txt")"
rg_memory="$(awk -v k="$rg_kb" 'BEGIN { printf "%.0f", k / 1024 }')"

echo "== Python peer: ../shared/peers/python/run.sh ${areas:+(first $areas Bezirksregionen)}"
/usr/bin/time -f "%e %M" -o "$work/peer.time" env PEER_PY="$peer_py" bash "$peer_dir/run.sh" "$work/peer.pdf" $areas
read -r peer_seconds peer_kb < "$work/peer.time"
peer_pages="$(pdfinfo "$work/peer.pdf" | sed -n 's/^Pages: *//p')"
peer_mb="$(awk -v b="$(stat -c %s "$work/peer.pdf")" 'BEGIN { printf "%.1f", b / 1e6 }')"
peer_memory="$(awk -v k="$peer_kb" 'BEGIN { printf "%.0f", k / 1024 }')"

echo "== Side by side (one run, this machine)"
printf '%-22s %10s %7s %10s %12s\n' system "time (s)" pages "PDF (MB)" "memory (MB)"
printf '%-22s %10s %7s %10s %12s\n' "ReportGen" "$rg_seconds" "$rg_pages" "$rg_mb" "$rg_memory"
printf '%-22s %10s %7s %10s %12s\n' "Python peer" "$peer_seconds" "$peer_pages" "$peer_mb" "$peer_memory"
awk -v p="$peer_seconds" -v r="$rg_seconds" -v ps="$peer_mb" -v rs="$rg_mb" -v pm="$peer_memory" -v rm="$rg_memory" 'BEGIN {
    printf "ratio: ReportGen is %.1fx faster; its PDF is 1/%.1f of the peer'"'"'s size; memory %.2fx of the peer'"'"'s\n", p / r, ps / rs, rm / pm }'
[ -z "$areas" ] || echo "note: the peer drew only $areas Bezirksregionen; the ratio is of unequal work"
