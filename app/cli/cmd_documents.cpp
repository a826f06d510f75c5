// `bulletin` and `problem-report`: the 整改进展情况通报 draft of one inspection and
// one problem's 整改情况报告, as DOCX, ODT or PDF in the layout of official
// documents (GB/T 9704-2012); `task-list` and `responsibility-list`: the lists
// offices print (A4 landscape tables).
#include "app/cli/commands.h"
#include "app/cli/statsoptions.h"
#include "report/bulletin.h"
#include "report/documentfile.h"
#include "report/officialpdfwriter.h"
#include "report/problemreport.h"
#include "report/tasklistdocument.h"

#include <QDir>

namespace rectify::cli {

namespace {

// Writes the document and says so, naming the fonts a PDF had to replace.
int writeDocument(Context &ctx, const OfficialDocument &document, const QString &path)
{
    if (auto written = DocumentFile::write(document, path); !written)
        return ctx.fail(written.error());
    if (DocumentFile::formatFor(path) == DocumentFile::Format::Pdf) {
        // The DOCX names the office's fonts; a PDF can only use this machine's.
        const QStringList substitutes = OfficialPdfWriter::substitutions();
        if (!substitutes.isEmpty())
            ctx.err << Text::tr("This computer lacks some fonts of official documents; the PDF "
                                "uses others in their place: %1.")
                           .arg(substitutes.join(QStringLiteral("; ")))
                    << Qt::endl;
    }
    ctx.out << Text::tr("Wrote %1 (places to fill in, marked 【待填写】: %2).")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(document.placeholderCount())
            << Qt::endl;
    return ExitOk;
}

// task-list and responsibility-list: the filters of stats and alerts (prepare())
// and --status.
int runList(Context &ctx, const QStringList &args, TaskListDocument::Kind kind)
{
    const QString command = kind == TaskListDocument::Kind::Tasks
        ? QStringLiteral("task-list")
        : QStringLiteral("responsibility-list");
    StatsOptions o;
    CommandArgs a;
    if (const int code = prepare(ctx, args, command, &o, { QStringLiteral("status") }, &a,
            QStringLiteral("OUT.pdf|OUT.docx|OUT.odt"));
        code >= 0)
        return code;
    const QString path = a.positionals().first();
    if (!DocumentFile::formatFor(path))
        return ctx.fail(
            Text::tr("%1: the file name must end in .docx, .odt or .pdf.").arg(path), ExitUsage);
    TaskFilter filter;
    filter.inspectionId = o.filter.inspectionId;
    filter.category = o.filter.category;
    // As stats --unit: the tasks the unit leads.
    filter.unit = o.filter.unit;
    filter.leadUnitOnly = !filter.unit.isEmpty();
    if (a.has(QStringLiteral("status"))) {
        const QStringList wanted
            = a.value(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &word : wanted) {
            const QString key = word.trimmed();
            std::optional<TaskStatus> status = taskStatusFromKey(key);
            // Or the status as the ledger's users write it, in Chinese or in the
            // interface's language.
            const std::pair<TaskStatus, const char *> words[] = {
                { TaskStatus::NotStarted, "未启动" },
                { TaskStatus::InProgress, "推进中" },
                { TaskStatus::Completed, "已完成" },
                { TaskStatus::Closed, "已销号" },
            };
            for (const auto &[s, chinese] : words) {
                if (!status && (key == QString::fromUtf8(chinese) || key == taskStatusLabel(s)))
                    status = s;
            }
            if (!status)
                return ctx.fail(Text::tr("--status takes not_started, in_progress, completed or "
                                         "closed (several separated by commas), not \"%1\".")
                                    .arg(key),
                    ExitUsage);
            if (!filter.statuses.contains(*status))
                filter.statuses << *status;
        }
    }
    auto document = TaskListDocument::build(ctx.ledger, kind, filter, o.today, o.alerts);
    if (!document)
        return ctx.fail(document.error());
    if (auto written = document->write(path); !written)
        return ctx.fail(written.error());
    ctx.out << Text::tr("Wrote %1 (%n task(s)).", nullptr, static_cast<int>(document->rows.size()))
                   .arg(QDir::toNativeSeparators(path))
            << Qt::endl;
    return ExitOk;
}

} // namespace

int runTaskList(Context &ctx, const QStringList &args)
{
    return runList(ctx, args, TaskListDocument::Kind::Tasks);
}

int runResponsibilityList(Context &ctx, const QStringList &args)
{
    return runList(ctx, args, TaskListDocument::Kind::Responsibilities);
}

int runBulletin(Context &ctx, const QStringList &args)
{
    StatsOptions o;
    CommandArgs a;
    if (const int code = prepare(ctx, args, QStringLiteral("bulletin"), &o, {}, &a,
            QStringLiteral("OUT.docx|OUT.odt|OUT.pdf"));
        code >= 0)
        return code;
    if (!o.filter.category.isEmpty() || !o.filter.unit.isEmpty())
        return ctx.fail(Text::tr("A bulletin covers a whole inspection: it takes --inspection, "
                                 "not --category or --unit."),
            ExitUsage);
    const QString path = a.positionals().first();
    const auto format = DocumentFile::formatFor(path);
    if (!format)
        return ctx.fail(
            Text::tr("%1: the file name must end in .docx, .odt or .pdf.").arg(path), ExitUsage);

    qint64 inspection = o.filter.inspectionId;
    if (inspection == 0) {
        auto chosen = Bulletin::defaultInspection(ctx.ledger);
        if (!chosen)
            return ctx.fail(
                chosen.error() + QLatin1Char(' ') + Text::tr("Choose one with --inspection NAME."));
        inspection = *chosen;
    }
    auto document = Bulletin::build(ctx.ledger, inspection, o.today);
    if (!document)
        return ctx.fail(document.error());
    return writeDocument(ctx, *document, path);
}

int runProblemReport(Context &ctx, const QStringList &args)
{
    StatsOptions o;
    CommandArgs a;
    if (const int code = prepare(ctx, args, QStringLiteral("problem-report"), &o,
            { QStringLiteral("problem") }, &a, QStringLiteral("OUT.docx|OUT.odt|OUT.pdf"));
        code >= 0)
        return code;
    const QString path = a.positionals().first();
    if (!DocumentFile::formatFor(path))
        return ctx.fail(
            Text::tr("%1: the file name must end in .docx, .odt or .pdf.").arg(path), ExitUsage);
    const QString code = a.value(QStringLiteral("problem")).trimmed();
    if (code.isEmpty())
        return ctx.fail(Text::tr("problem-report needs --problem CODE, the problem's number "
                                 "in the problem list."),
            ExitUsage);
    qint64 inspection = o.filter.inspectionId;
    if (inspection == 0) {
        auto chosen = Bulletin::defaultInspection(ctx.ledger);
        if (!chosen)
            return ctx.fail(
                chosen.error() + QLatin1Char(' ') + Text::tr("Choose one with --inspection NAME."));
        inspection = *chosen;
    }
    auto problem = ctx.ledger.findProblem(inspection, code);
    if (!problem)
        return ctx.fail(problem.error());
    if (!*problem)
        return ctx.fail(Text::tr("The inspection has no problem numbered \"%1\".").arg(code));
    auto document = ProblemReport::build(ctx.ledger, (*problem)->id, o.today);
    if (!document)
        return ctx.fail(document.error());
    return writeDocument(ctx, *document, path);
}

} // namespace rectify::cli
