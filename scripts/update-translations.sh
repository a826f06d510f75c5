#!/usr/bin/env bash
# Refreshes the zh_CN translation files from the sources. There is one .ts file
# per code area, named after it, so that work on different areas does not collide
# in one XML file: resources/translations/AREA_zh_CN.ts holds the strings of the
# folders listed for AREA below. A string that moves to another area (a class
# moved, a file split) keeps its translation: every file is refreshed from the
# translations of all files together.
# Usage: scripts/update-translations.sh        (every area)
# Then: python3 scripts/translations.py missing
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A areas=(
    [store]="core/util core/domain core/store core/sample"
    [stats]="core/stats core/report"
    [search]="core/search"
    [workflow]="core/workflow"
    [import]="core/import"
    [export]="core/export"
    [cli]="app"
    [window]="ui/window ui/common ui/server ui/datasafety ui/documents ui/records"
    [tasks]="ui/tasks"
    [dashboard]="ui/dashboard"
    [signoff]="ui/signoff ui/users ui/audit"
    [importwizard]="ui/import"
    [start]="ui/welcome ui/help"
    [reporting]="core/reporting ui/rounds"
)

bin=/usr/lib/qt6/bin
dir=resources/translations
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every translation there is, from all files.
shopt -s nullglob
existing=("$dir"/*_zh_CN.ts)
inputs=()
for ts in "${existing[@]}"; do inputs+=(-i "$ts"); done
if [[ ${#inputs[@]} -gt 0 ]]; then
    "$bin/lconvert" "${inputs[@]}" -o "$work/all.ts" -target-language zh_CN
fi

for area in "${!areas[@]}"; do
    # Beside the final file, so that the locations are relative to it.
    out="$dir/.new-${area}_zh_CN.ts"
    [[ -f "$work/all.ts" ]] && cp "$work/all.ts" "$out"
    # shellcheck disable=SC2086
    "$bin/lupdate" -silent -locations relative -no-obsolete -I core -I . ${areas[$area]} -ts "$out"
done

# Replace the files: areas that are gone lose theirs.
rm -f "${existing[@]}"
for area in "${!areas[@]}"; do
    mv "$dir/.new-${area}_zh_CN.ts" "$dir/${area}_zh_CN.ts"
done
ls "$dir"
