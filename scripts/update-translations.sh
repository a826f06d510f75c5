#!/usr/bin/env bash
# Refreshes resources/translations/rectify_zh_CN.ts from the sources.
# Then list what is untranslated with: python3 scripts/translations.py missing
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -locations relative -no-obsolete core ui app \
    -ts resources/translations/rectify_zh_CN.ts
