// 整改成效 records: list, add and remove them, their CSV, the inspection's 进驻 dates.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "export/recordsexport.h"
#include "import/recordsimport.h"
#include "workflow/recordbook.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rectify::cli {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// --inspection NAME, or the default inspection.
Result<Inspection> pickInspection(Context &ctx, const CommandArgs &a)
{
    if (!a.has(QStringLiteral("inspection")))
        return ctx.ledger.defaultInspection();
    auto found = ctx.ledger.findInspection(a.value(QStringLiteral("inspection")));
    if (!found)
        return Error { found.error() };
    if (!found->has_value())
        return Error { Text::tr("The ledger has no inspection named \"%1\".")
                           .arg(a.value(QStringLiteral("inspection"))) };
    return **found;
}

bool parseDate(Context &ctx, const CommandArgs &a, const QString &name, QDate *out, int *code)
{
    if (!a.has(name))
        return true;
    *out = QDate::fromString(a.value(name), Qt::ISODate);
    if (!out->isValid()) {
        *code = ctx.fail(
            Text::tr("--%1 needs a date YYYY-MM-DD; got \"%2\".").arg(name, a.value(name)),
            ExitUsage);
        return false;
    }
    return true;
}

QJsonObject toJson(const Record &r)
{
    QJsonObject o { { QStringLiteral("id"), r.id },
        { QStringLiteral("kind"), recordKindKey(r.kind) }, { QStringLiteral("date"), iso(r.date) },
        { QStringLiteral("end_date"), iso(r.endDate) }, { QStringLiteral("number"), r.number },
        { QStringLiteral("title"), r.title }, { QStringLiteral("category"), r.category },
        { QStringLiteral("party"), r.party }, { QStringLiteral("doc_number"), r.docNumber },
        { QStringLiteral("count"), r.count }, { QStringLiteral("value"), r.value },
        { QStringLiteral("unit"), r.unit }, { QStringLiteral("problem_id"), r.problemId },
        { QStringLiteral("task_id"), r.taskId }, { QStringLiteral("notes"), r.notes },
        { QStringLiteral("owner_unit"), r.ownerUnit } };
    QJsonArray findings;
    for (const SupervisionFinding &f : r.findings) {
        findings.append(QJsonObject { { QStringLiteral("id"), f.id },
            { QStringLiteral("task_id"), f.taskId }, { QStringLiteral("text"), f.text },
            { QStringLiteral("progress_id"), f.progressId } });
    }
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

QString line(const Record &r)
{
    QStringList parts { QStringLiteral("#%1").arg(r.id), recordKindLabel(r.kind) };
    if (r.kind == RecordKind::SupervisionRound)
        parts << Text::tr("round %1").arg(r.number);
    if (r.date.isValid())
        parts << (r.endDate.isValid() ? QStringLiteral("%1..%2").arg(iso(r.date), iso(r.endDate))
                                      : iso(r.date));
    for (const QString &s : { r.category, r.party, r.docNumber, r.title }) {
        if (!s.isEmpty())
            parts << s;
    }
    if (r.kind == RecordKind::Accountability || r.kind == RecordKind::SupervisionRound)
        parts << QString::number(r.count);
    if (r.kind == RecordKind::Result)
        parts << QStringLiteral("%1 %2").arg(QString::number(r.value, 'g', 15), r.unit).trimmed();
    return parts.join(QStringLiteral("  "));
}

int list(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json") }, { QStringLiteral("inspection") }, &error))
        return ctx.fail(error, ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    qint64 inspectionId = 0;
    if (a.has(QStringLiteral("inspection"))) {
        auto i = pickInspection(ctx, a);
        if (!i)
            return ctx.fail(i.error());
        inspectionId = i->id;
    }
    auto records = ctx.ledger.records(inspectionId);
    if (!records)
        return ctx.fail(records.error());
    if (a.has(QStringLiteral("json"))) {
        QJsonArray all;
        for (const Record &r : std::as_const(*records))
            all.append(toJson(r));
        ctx.out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Record &r : std::as_const(*records)) {
        ctx.out << line(r) << Qt::endl;
        for (const SupervisionFinding &f : r.findings) {
            ctx.out << QStringLiteral("    ")
                    << Text::tr("finding #%1 at task #%2: %3").arg(f.id).arg(f.taskId).arg(f.text)
                    << Qt::endl;
        }
    }
    return ExitOk;
}

int add(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, {},
            { QStringLiteral("inspection"), QStringLiteral("date"), QStringLiteral("from"),
                QStringLiteral("to"), QStringLiteral("kind"), QStringLiteral("title"),
                QStringLiteral("number"), QStringLiteral("led-by"), QStringLiteral("unit"),
                QStringLiteral("doc-number"), QStringLiteral("who"), QStringLiteral("count"),
                QStringLiteral("value"), QStringLiteral("tasks-checked"), QStringLiteral("task"),
                QStringLiteral("problem"), QStringLiteral("notes") },
            &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(Text::tr("Usage: records add meeting|round|rule|accountability|result "
                                 "[options]; see docs/workflow.md."),
            ExitUsage);
    auto kind = recordKindFromKey(a.positionals().constFirst());
    if (!kind)
        return ctx.fail(Text::tr("\"%1\" is not a kind of record: meeting, round, rule, "
                                 "accountability or result.")
                            .arg(a.positionals().constFirst()),
            ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    auto inspection = pickInspection(ctx, a);
    if (!inspection)
        return ctx.fail(inspection.error());
    Record r;
    r.kind = *kind;
    r.inspectionId = inspection->id;
    int code = ExitOk;
    if (!parseDate(ctx, a, QStringLiteral("date"), &r.date, &code)
        || !parseDate(ctx, a, QStringLiteral("from"), &r.date, &code)
        || !parseDate(ctx, a, QStringLiteral("to"), &r.endDate, &code))
        return code;
    r.title = a.value(QStringLiteral("title"));
    r.category = a.value(QStringLiteral("kind"));
    r.party = a.value(
        QStringLiteral("led-by"), a.value(QStringLiteral("unit"), a.value(QStringLiteral("who"))));
    r.docNumber = a.value(QStringLiteral("doc-number"));
    r.notes = a.value(QStringLiteral("notes"));
    bool ok = true;
    if (a.has(QStringLiteral("number"))) {
        r.number = a.value(QStringLiteral("number")).toInt(&ok);
        if (!ok || r.number < 1)
            return ctx.fail(Text::tr("--number needs a round number, 1 or more."), ExitUsage);
    }
    const QString count
        = a.value(QStringLiteral("count"), a.value(QStringLiteral("tasks-checked")));
    if (!count.isEmpty()) {
        r.count = count.toLongLong(&ok);
        if (!ok || r.count < 0)
            return ctx.fail(
                Text::tr("--count needs a number, 0 or more; got \"%1\".").arg(count), ExitUsage);
    }
    if (a.has(QStringLiteral("value"))) {
        // "1200 万元": the number, then its unit.
        const QString v = a.value(QStringLiteral("value")).trimmed();
        const qsizetype space = v.indexOf(QLatin1Char(' '));
        r.value = (space < 0 ? v : v.left(space)).toDouble(&ok);
        if (!ok)
            return ctx.fail(Text::tr("--value needs a number and its unit, e.g. \"1200 万元\"; "
                                     "got \"%1\".")
                                .arg(v),
                ExitUsage);
        r.unit = space < 0 ? QString() : v.mid(space + 1).trimmed();
    }
    if (a.has(QStringLiteral("task"))) {
        auto task
            = Workflow::findTask(ctx.ledger, a.value(QStringLiteral("task")), inspection->name);
        if (!task)
            return ctx.fail(task.error());
        r.taskId = *task;
    }
    if (a.has(QStringLiteral("problem"))) {
        auto p = ctx.ledger.findProblem(inspection->id, a.value(QStringLiteral("problem")));
        if (!p)
            return ctx.fail(p.error());
        if (!p->has_value())
            return ctx.fail(Text::tr("%1 has no problem %2.")
                                .arg(inspection->name, a.value(QStringLiteral("problem"))));
        r.problemId = (*p)->id;
    }
    RecordBook book(ctx.ledger, actor);
    auto id = book.add(r);
    if (!id)
        return ctx.fail(id.error());
    ctx.out << Text::tr("Added record #%1 (%2).").arg(*id).arg(recordKindLabel(r.kind)) << Qt::endl;
    return ExitOk;
}

int remove(Context &ctx, const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return ctx.fail(Text::tr("Usage: records remove ID."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    RecordBook book(ctx.ledger, actor);
    if (auto s = book.remove(id); !s)
        return ctx.fail(s.error());
    ctx.out << Text::tr("Removed record #%1.").arg(id) << Qt::endl;
    return ExitOk;
}

// records finding ROUND_ID TASK_REF TEXT [--progress DATE]
int finding(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, {}, { QStringLiteral("progress"), QStringLiteral("inspection") }, &error))
        return ctx.fail(error, ExitUsage);
    bool ok = false;
    const qint64 roundId
        = a.positionals().size() == 3 ? a.positionals().constFirst().toLongLong(&ok) : 0;
    if (!ok)
        return ctx.fail(
            Text::tr("Usage: records finding ROUND_ID TASK TEXT [--progress DATE]."), ExitUsage);
    QDate progressDate;
    int code = ExitOk;
    if (!parseDate(ctx, a, QStringLiteral("progress"), &progressDate, &code))
        return code;
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    auto task = Workflow::findTask(
        ctx.ledger, a.positionals().at(1), a.value(QStringLiteral("inspection")));
    if (!task)
        return ctx.fail(task.error());
    RecordBook book(ctx.ledger, actor);
    Ledger::Transaction tx(ctx.ledger);
    SupervisionFinding f;
    f.recordId = roundId;
    f.taskId = *task;
    f.text = a.positionals().at(2);
    auto id = book.addFinding(f);
    if (!id)
        return ctx.fail(id.error());
    if (progressDate.isValid()) {
        auto progress = book.findingToProgress(*id, progressDate);
        if (!progress)
            return ctx.fail(progress.error());
    }
    if (auto c = tx.commit(); !c)
        return ctx.fail(c.error());
    ctx.out << Text::tr("Added finding #%1 to record #%2.").arg(*id).arg(roundId) << Qt::endl;
    return ExitOk;
}

} // namespace

int runRecords(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return list(ctx, rest);
    if (sub == QLatin1String("add"))
        return add(ctx, rest);
    if (sub == QLatin1String("remove"))
        return remove(ctx, rest);
    if (sub == QLatin1String("finding"))
        return finding(ctx, rest);
    return ctx.fail(Text::tr("Usage: records list|add|remove|finding ...; see --help."), ExitUsage);
}

int runInspection(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json") },
            { QStringLiteral("stationed-from"), QStringLiteral("stationed-to") }, &error))
        return ctx.fail(error, ExitUsage);
    const bool set
        = a.has(QStringLiteral("stationed-from")) || a.has(QStringLiteral("stationed-to"));
    if (!ctx.openLedger(set ? Ledger::OpenMode::ExistingOnly : Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    if (!set) {
        auto all = ctx.ledger.inspections();
        if (!all)
            return ctx.fail(all.error());
        for (const Inspection &i : std::as_const(*all)) {
            if (!a.positionals().isEmpty() && i.name != a.positionals().constFirst())
                continue;
            ctx.out << Text::tr("%1  feedback %2  stationed %3..%4  rectification until %5")
                           .arg(i.name, iso(i.feedbackDate), iso(i.stationedFrom),
                               iso(i.stationedTo), iso(i.rectificationEnd))
                    << Qt::endl;
        }
        return ExitOk;
    }
    if (a.positionals().size() != 1)
        return ctx.fail(Text::tr("Usage: inspection NAME --stationed-from DATE --stationed-to "
                                 "DATE."),
            ExitUsage);
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    auto found = ctx.ledger.findInspection(a.positionals().constFirst());
    if (!found)
        return ctx.fail(found.error());
    if (!found->has_value())
        return ctx.fail(Text::tr("The ledger has no inspection named \"%1\".")
                            .arg(a.positionals().constFirst()));
    QDate from = (*found)->stationedFrom;
    QDate to = (*found)->stationedTo;
    int code = ExitOk;
    if (!parseDate(ctx, a, QStringLiteral("stationed-from"), &from, &code)
        || !parseDate(ctx, a, QStringLiteral("stationed-to"), &to, &code))
        return code;
    RecordBook book(ctx.ledger, actor);
    if (auto s = book.setStationed((*found)->id, from, to); !s)
        return ctx.fail(s.error());
    ctx.out << Text::tr("%1 was stationed from %2 to %3.").arg((*found)->name, iso(from), iso(to))
            << Qt::endl;
    return ExitOk;
}

int runExportRecords(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, {}, { QStringLiteral("inspection"), QStringLiteral("encoding") }, &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(Text::tr("Usage: export-records OUT [--inspection NAME] [--encoding "
                                 "gb18030|utf-8-bom]."),
            ExitUsage);
    CsvExporter::Encoding encoding = CsvExporter::Encoding::Utf8Bom;
    if (a.has(QStringLiteral("encoding"))) {
        auto e = CsvExporter::encodingFromName(a.value(QStringLiteral("encoding")));
        if (!e)
            return ctx.fail(e.error(), ExitUsage);
        encoding = *e;
    }
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    qint64 inspectionId = 0;
    if (a.has(QStringLiteral("inspection"))) {
        auto i = pickInspection(ctx, a);
        if (!i)
            return ctx.fail(i.error());
        inspectionId = i->id;
    }
    const QString out = a.positionals().constFirst();
    auto written = RecordsExport::writeCsv(ctx.ledger, out, inspectionId, encoding);
    if (!written)
        return ctx.fail(written.error());
    ctx.out << Text::tr("Exported %1 rows to %2.")
                   .arg(*written)
                   .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
            << Qt::endl;
    return ExitOk;
}

int runImportRecords(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("dry-run") }, {}, &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(Text::tr("Usage: import-records CSV [--dry-run]."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    if (!ctx.authorize({ Action::Import }))
        return ExitFailure;
    auto report = RecordsImport::run(
        ctx.ledger, a.positionals().constFirst(), a.has(QStringLiteral("dry-run")));
    if (!report)
        return ctx.fail(report.error());
    ctx.out << Text::tr("%1 rows: %2 records added, %3 findings added, %4 inspections' stay "
                        "set, %5 unchanged%6.")
                   .arg(report->rows)
                   .arg(report->added)
                   .arg(report->findingsAdded)
                   .arg(report->stationedSet)
                   .arg(report->unchanged)
                   .arg(a.has(QStringLiteral("dry-run")) ? Text::tr(" (dry run: nothing written)")
                                                         : QString())
            << Qt::endl;
    return ExitOk;
}

} // namespace rectify::cli
