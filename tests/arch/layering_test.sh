#!/usr/bin/env bash
# The include check between the libraries (cmake/layering.cmake) passes on the
# tree as it is and fails, naming the file and the include, on a copy of the tree
# with one include against the arrows (or one SQL statement in ui/) planted in it.
# Usage: layering_test.sh SOURCE_DIR RULES
set -euo pipefail
src=$1
rules=$2
check() { cmake -DSOURCE_DIR="$1" "-DRULES=$rules" -P "$src/cmake/layering.cmake"; }

check "$src" || { echo "FAIL: the tree itself breaks the arrows" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Copies the tree, appends a line to one file and runs the check on the copy; its
# output is in $out, and the test fails when the check lets the line through.
plant() { # file line
    rm -rf "$work/tree"
    mkdir -p "$work/tree"
    cp -r "$src/core" "$src/ui" "$work/tree/"
    printf '%s\n' "$2" >> "$work/tree/$1"
    if out=$(check "$work/tree" 2>&1); then
        echo "FAIL: $1 with '$2' was let through" >&2
        exit 1
    fi
}
expect_refused() { # area file include
    plant "$2" "#include \"$3\""
    grep -qF "$2: #include \"$3\"" <<<"$out" || { echo "FAIL: no file and include named for $2:" >&2; echo "$out" >&2; exit 1; }
    echo "refused as it should: $2 -> $3"
}
# A line of SQL text planted in a ui file: the check names the file.
expect_sql_refused() { # file line
    plant "$1" "$2"
    grep -qF "$1: SQL text" <<<"$out" || { echo "FAIL: no file named for the SQL in $1:" >&2; echo "$out" >&2; exit 1; }
    echo "refused as it should: SQL in $1"
}
expect_refused core core/store/ledger.cpp import/importwriter.h
expect_refused core core/stats/statsquery.cpp workflow/permission.h
expect_refused core core/domain/task.h store/ledger.h
expect_refused core core/export/csvexporter.cpp ui/tasks/filterbar.h
expect_refused ui ui/dashboard/dashboardtab.cpp ui/window/mainwindow.h
expect_refused ui ui/dashboard/charts/chartfactory.cpp ui/tasks/filterbar.h
expect_refused ui ui/tasks/problemlistmodel.cpp store/sqlaccess.h
expect_sql_refused ui/tasks/problemlistmodel.cpp '    const auto sql = QStringLiteral("SELECT id FROM problems");'
expect_sql_refused ui/dashboard/dashboardwidget.cpp 'static const QString q = QLatin1String("  DELETE FROM tasks WHERE id = ?");'
expect_sql_refused ui/tasks/ledgereditor.cpp 'auto q = QStringLiteral(R"(WITH x AS (SELECT 1) SELECT * FROM x)");'
echo "1 passed, 0 failed"
