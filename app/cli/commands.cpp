#include "app/cli/commands.h"

#include <QtGlobal>

namespace rectify::cli {

const QVector<Command> &commands()
{
    static const QVector<Command> list = {
        { "init", runInit, "[--password-stdin | --passwords-optional]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "create the ledger (passwords required; the creator's from stdin), or upgrade "
                "an older one") },
        { "info", runInfo, "[--json]",
            QT_TRANSLATE_NOOP(
                "rectify::cli", "show the format version and what the ledger holds") },
        { "export-csv", runExportCsv,
            "OUT [--encoding gb18030|utf-8-bom] [--first-row-only] [--inspection NAME]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "export one row per task as CSV, in the shape the importer reads") },
        { "export-xlsx", runExportXlsx, "OUT [--first-row-only] [--inspection NAME]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "export the ledger as an Excel workbook with dates and status colours") },
        { "backup", runBackup, "OUT | --auto [--keep N]",
            QT_TRANSLATE_NOOP(
                "rectify::cli", "copy the ledger to OUT, or take a rotating automatic backup") },
        { "restore", runRestore, "FROM",
            QT_TRANSLATE_NOOP("rectify::cli",
                "replace the ledger by a verified backup (the current content is kept)") },
        { "stats", runStats,
            "[--today DATE] [--json] [--inspection NAME] [--category C] [--unit U] "
            "[--period week|month]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "completion figures per status, lead unit, leader, category and inspection") },
        { "alerts", runAlerts,
            "[--today DATE] [--json] [--inspection NAME] [--category C] [--unit U]",
            QT_TRANSLATE_NOOP(
                "rectify::cli", "overdue, due-soon and stale tasks (red and yellow lights)") },
        { "import", runImport,
            "CSV|XLSX [--dry-run] [--sheet NAME|N] [--encoding auto|utf-8|gb18030|utf-16] "
            "[--delimiter auto|,|;|tab] [--inspection NAME] [--feedback-date YYYY-MM-DD] "
            "[--skip-bad-rows] [--json]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "import a ledger from an Excel workbook (.xlsx, first sheet unless --sheet) or "
                "saved as CSV; nothing is written if a row has errors") },
        { "export-charts", runExportCharts,
            "OUTDIR [--format png,svg,pdf] [--today DATE] [--dpi N] [filters]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "write the progress charts (status, units, leaders, problems, burnup)") },
        { "report", runReport, "OUT.pdf [--today DATE] [filters]",
            QT_TRANSLATE_NOOP(
                "rectify::cli", "write the progress report (整改进展情况报告) as PDF") },
        { "bulletin", runBulletin, "OUT.docx|OUT.odt|OUT.pdf [--today DATE] [--inspection NAME]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "write the draft of the progress bulletin (整改进展情况通报) of one inspection "
                "in official-document layout, to edit in Word or WPS") },
        { "problem-report", runProblemReport,
            "OUT.docx|OUT.odt|OUT.pdf --problem CODE [--today DATE] [--inspection NAME]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "write one problem's rectification report (整改情况报告): its measures, "
                "progress, evidence and sign-off, in official-document layout") },
        { "task-list", runTaskList,
            "OUT.pdf|OUT.docx|OUT.odt [--today DATE] [--inspection NAME] [--category C] [--unit U] "
            "[--status S,...]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "print the task list (整改任务清单): A4 landscape, the filters under the title, "
                "the table's header on every page") },
        { "responsibility-list", runResponsibilityList,
            "OUT.pdf|OUT.docx|OUT.odt [--today DATE] [--inspection NAME] [--category C] "
            "[--unit U] [--status S,...]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "print the responsibility list (责任清单): who answers for each task, filtered "
                "like task-list") },
        { "users", runUsers,
            "[--json] | add NAME --role official|supervisor|admin [--unit UNIT] [--login LOGIN] "
            "[--password-stdin] "
            "| reset-password NAME [--password-stdin] | set-role NAME ROLE | set-unit NAME UNIT "
            "| deactivate NAME | activate NAME | require-passwords on|off",
            QT_TRANSLATE_NOOP("rectify::cli",
                "list the ledger's users; add, change, reset, deactivate one (admins)") },
        { "server", runServer, "setup",
            QT_TRANSLATE_NOOP("rectify::cli",
                "make a server ledger enforce the roles itself: a login per user, row-level "
                "security, checked sign-off, audit written by the server") },
        { "passwd", runPasswd, "[--password-stdin]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "set or change your own password (the new one from stdin or typed twice)") },
        { "task", runTask,
            "complete|close|reject|reopen REF [--reason TEXT] [--evidence FILE ...] "
            "[--inspection NAME]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "complete a task, sign it off (销号), reject the sign-off or reopen it; "
                "REF is e.g. 4.2") },
        { "history", runHistory, "[REF] [--json] [--inspection NAME]",
            QT_TRANSLATE_NOOP(
                "rectify::cli", "the audit trail of one task, or of the whole ledger") },
        { "audit", runAudit,
            "[--csv OUT.csv | --xlsx OUT.xlsx | --json] [--task REF] [--since DATE] "
            "[--until DATE] [--user NAME] [--inspection NAME]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "the audit log in words, filtered by task, dates and user; or exported as CSV "
                "(UTF-8) or xlsx with the entries' hashes and the audit anchor") },
        { "evidence", runEvidence, "REF [--save DIR] [--json] [--inspection NAME]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "list a task's evidence files, or save them into DIR (from the folder beside a "
                "ledger file or from the server)") },
        { "records", runRecords,
            "list [--inspection NAME] [--json] | add meeting|round|rule|accountability|result "
            "[--inspection NAME] [--date D | --from D --to D] [--kind K] [--title T] [--number N] "
            "[--led-by X | --unit U | --who W] [--doc-number 文号] [--count N] [--value \"N "
            "UNIT\"] "
            "[--task REF] [--problem CODE] [--notes T] | remove ID | finding ROUND_ID REF TEXT "
            "[--progress DATE]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "the results of the work (整改成效): meetings, supervision rounds and their "
                "findings, rules established, accountability, quantified results") },
        { "round", runRound,
            "open NAME --due DATE [--inspection NAME] | list [--json] | close NAME | "
            "forms OUTDIR [--round NAME] [--csv] | collect FILE... [--round NAME] [--unit UNIT] "
            "[--dry-run] [--json] | status [--round NAME] [--json]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "reporting rounds (报送): open one, write each unit's form, collect the forms "
                "back, see who reported") },
        { "extension", runExtension,
            "request REF --to DATE --reason TEXT | approve|reject REF [--reason TEXT] | "
            "list [--json]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "ask for a later deadline (延期申请), approve or reject it, list the requests") },
        { "remind", runRemind,
            "OUTDIR [--unit U] [--round NAME] [--today DATE] [--format docx|odt|txt] [--json]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "write a 催办 notice to one unit or to every late unit (overdue and due-soon "
                "tasks, missing report) and record it in the tasks' history") },
        { "ranking", runRanking, "[--json] [--today DATE] [--inspection NAME] [--xlsx OUT.xlsx]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "rank the responsible units (单位考核): tasks on time, late, overdue, "
                "extended, reports on time, and a score") },
        { "inspection", runInspection, "[NAME] [--stationed-from DATE --stationed-to DATE]",
            QT_TRANSLATE_NOOP(
                "rectify::cli", "show the inspections, or set one's stay on site (进驻)") },
        { "export-records", runExportRecords,
            "OUT [--inspection NAME] [--encoding gb18030|utf-8-bom]",
            QT_TRANSLATE_NOOP("rectify::cli", "export the 整改成效 records as CSV") },
        { "import-records", runImportRecords, "CSV [--dry-run]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "import 整改成效 records (all or nothing; rows already held are skipped)") },
        { "migrate", runMigrate, "--from LEDGER --to LEDGER", migrateSummary },
        { "audit-verify", runAuditVerify, "[--expect ENTRIES:HASH] [--json]",
            QT_TRANSLATE_NOOP("rectify::cli",
                "recompute the audit hash chain; exit 1 naming the first bad entry, or when the "
                "chain no longer passes through an anchor written down earlier") },
    };
    return list;
}

} // namespace rectify::cli
