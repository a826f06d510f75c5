#!/usr/bin/env bash
# Refreshes the zh_CN translation files from the sources. There is one .ts file
# per area so that work on different areas does not collide in one XML file:
# resources/translations/AREA_zh_CN.ts holds the strings of AREA's sources.
# Usage: scripts/update-translations.sh [AREA ...]   (default: every area)
# Then: python3 scripts/translations.py missing
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A areas=(
    [base]="core/domain core/store/ledger.h core/store/ledger.cpp core/store/ledgeraudit.cpp core/store/ledgerinspections.cpp core/store/ledgermigration.cpp core/store/ledgerpeople.cpp core/store/ledgerproblems.cpp core/store/ledgerprogress.cpp core/store/ledgertasks.cpp core/store/ledgertransaction.cpp core/store/schema.h core/store/schema.cpp core/util app/gui app/cli/main.cpp app/cli/context.h app/cli/context.cpp app/cli/commandargs.cpp app/cli/commands.cpp app/cli/cmd_info.cpp"
    [ui]="ui/mainwindow.h ui/mainwindow.cpp ui/autobackup.h ui/autobackup.cpp ui/filterbar.h ui/filterbar.cpp ui/ledgereditor.h ui/ledgereditor.cpp ui/namelistedit.h ui/namelistedit.cpp ui/problemdialog.h ui/problemdialog.cpp ui/problemlistmodel.h ui/problemlistmodel.cpp ui/progressmodel.h ui/progressmodel.cpp ui/responsibilitymodel.h ui/responsibilitymodel.cpp ui/settingsdialog.h ui/settingsdialog.cpp ui/startup.h ui/startup.cpp ui/taskdetailpane.h ui/taskdetailpane.cpp ui/tasktablemodel.h ui/tasktablemodel.cpp ui/dashboardtab.h ui/dashboardtab.cpp ui/exportchartsdialog.h ui/exportchartsdialog.cpp ui/connectserverdialog.h ui/connectserverdialog.cpp core/search core/sample"
    [safety]="core/store/backup.h core/store/backup.cpp core/store/readsnapshot.h core/store/readsnapshot.cpp core/export app/cli/cmd_data.cpp ui/datasafetyactions.h ui/datasafetyactions.cpp"
    [stats]="core/stats app/cli/cmd_stats.cpp app/cli/cmd_charts.cpp app/cli/statsoptions.h ui/charts ui/dashboard"
    [import]="core/import app/cli/cmd_import.cpp ui/importwizard.h ui/importwizard.cpp"
    [pg]="core/store/ledgerlocation.h core/store/ledgerlocation.cpp core/store/ledger_pg.cpp core/store/ledgercopy.h core/store/ledgercopy.cpp core/store/pglinkcheck.h core/store/pglinkcheck.cpp core/store/pgcopytext.h core/store/pgcopytext.cpp app/cli/cmd_migrate.cpp"
    [signoff]="core/workflow core/store/evidencecontent.h core/store/evidencecontent.cpp core/store/auditchain.h core/store/auditchain.cpp app/cli/cmd_workflow.cpp ui/signoff"
    [locking]="core/store/conflict.h core/store/conflict.cpp"
)

selected=("$@")
[[ ${#selected[@]} -eq 0 ]] && selected=("${!areas[@]}")
for area in "${selected[@]}"; do
    [[ -n "${areas[$area]:-}" ]] || { echo "unknown area: $area" >&2; exit 2; }
    # shellcheck disable=SC2086
    /usr/lib/qt6/bin/lupdate -locations relative -no-obsolete -I core -I ui -I app/cli ${areas[$area]} \
        -ts "resources/translations/${area}_zh_CN.ts"
done
