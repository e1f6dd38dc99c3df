#!/usr/bin/env bash
# Sets up the machine, builds ReportGen (release) and renders the demo reports into output/: every template
# of the catalogue as PDF, and the single-document reports and samples also as HTML, DOCX, ODT and XLSX
# (output/<template>/), with each figure as PNG, SVG and German CSV (output/<template>/abbildungen/).
# Then one page of each format of the Abbildungen report as a picture in output/ansichten/: the PDF with
# pdftoppm, DOCX, ODT and XLSX through LibreOffice, the HTML as Chromium shows it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product reportgen
bin="$(swift build -c release --show-bin-path)/reportgen"
"$bin" demo --output output

views="output/ansichten"
source="output/abbildungen"
mkdir -p "$views"
report="$(basename "$(ls "$source"/*.pdf | head -n 1)" .pdf)"
pdftoppm -png -r 60 -f 2 -l 2 "$source/$report.pdf" "$views/pdf"
for format in docx odt xlsx; do
    LC_ALL=de_DE.UTF-8 soffice -env:UserInstallation="file://$PWD/$views/.libreoffice" --headless --convert-to pdf \
        --outdir "$views/$format" "$source/$report.$format" >/dev/null
    page=2  # the first page after the title page; the workbook's first sheet
    [ "$format" = xlsx ] && page=1
    pdftoppm -png -r 60 -f "$page" -l "$page" "$views/$format/$report.pdf" "$views/$format"
done
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1270 \
    --screenshot="$PWD/$views/html.png" "file://$PWD/$source/$report.html" 2>/dev/null
rm -rf "$views/.libreoffice"
echo "demo: documents in output/, one page of each format as a picture in $views/"
