#!/usr/bin/env bash
# Renders every chart and every page of the report of a ledger to PNG, to look at.
# Usage: tests/bench/render_charts.sh LEDGER OUTDIR [TODAY] [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
db=$1
out=$2
today=${3:-$(date +%F)}
build=${4:-build/bench}
mkdir -p "$out"
"$build/app/rectify-cli" --db "$db" export-charts "$out" --today "$today" --dpi 110 >/dev/null
"$build/app/rectify-cli" --db "$db" report "$out/report.pdf" --today "$today"
pdftoppm -r 70 -png "$out/report.pdf" "$out/report-page"
ls "$out"
