// Reporting rounds (报送) and deadline extensions (延期申请) on the command line:
// round open / list / close / forms / collect / status, extension request /
// approve / reject / list. See docs/reporting.md.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "reporting/formcollector.h"
#include "reporting/formwriter.h"
#include "reporting/rounds.h"
#include "reporting/roundstatus.h"
#include "workflow/extensions.h"
#include "workflow/workflow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rectify::cli {

namespace {

void printJson(Context &ctx, const QJsonDocument &doc)
{
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString roundStateKey(Round::State s)
{
    return s == Round::State::Closed ? QStringLiteral("closed") : QStringLiteral("open");
}

const QString roundUsage = QStringLiteral(
    "round open NAME --due DATE [--inspection NAME] | round list [--json] | round close NAME | "
    "round forms OUTDIR [--round NAME] [--csv] | round collect FILE... [--round NAME] "
    "[--unit UNIT] [--dry-run] [--json] | round status [--round NAME] [--json]");

int roundOpen(Context &ctx, const CommandArgs &a)
{
    if (a.positionals().size() != 2 || !a.has(QStringLiteral("due")))
        return ctx.fail(
            Text::tr("Usage: round open NAME --due DATE [--inspection NAME]."), ExitUsage);
    const QDate due = QDate::fromString(a.value(QStringLiteral("due")), Qt::ISODate);
    if (!due.isValid())
        return ctx.fail(Text::tr("--due takes a date as YYYY-MM-DD, not \"%1\".")
                            .arg(a.value(QStringLiteral("due"))),
            ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    auto round = Rounds(ctx.ledger, actor)
                     .open(a.positionals().at(1), due, a.value(QStringLiteral("inspection")));
    if (!round)
        return ctx.fail(round.error());
    ctx.out << Text::tr("Opened the reporting round %1, due %2.")
                   .arg(round->name, isoDate(round->dueDate))
            << Qt::endl;
    return ExitOk;
}

int roundList(Context &ctx, const CommandArgs &a)
{
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    auto rounds = ctx.ledger.rounds();
    if (!rounds)
        return ctx.fail(rounds.error());
    auto inspections = ctx.ledger.inspections();
    if (!inspections)
        return ctx.fail(inspections.error());
    const auto inspectionName = [&](qint64 id) {
        for (const Inspection &i : std::as_const(*inspections)) {
            if (i.id == id)
                return i.name;
        }
        return QString();
    };
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Round &r : std::as_const(*rounds)) {
            list.append(QJsonObject { { QStringLiteral("name"), r.name },
                { QStringLiteral("due"), isoDate(r.dueDate) },
                { QStringLiteral("state"), roundStateKey(r.state) },
                { QStringLiteral("inspection"), inspectionName(r.inspectionId) },
                { QStringLiteral("openedBy"), r.openedBy } });
        }
        printJson(ctx, QJsonDocument(list));
        return ExitOk;
    }
    for (const Round &r : std::as_const(*rounds)) {
        ctx.out << r.name << '\t' << isoDate(r.dueDate) << '\t' << Rounds::stateLabel(r.state);
        if (r.inspectionId > 0)
            ctx.out << '\t' << inspectionName(r.inspectionId);
        ctx.out << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int roundClose(Context &ctx, const CommandArgs &a)
{
    if (a.positionals().size() != 2)
        return ctx.fail(Text::tr("Usage: round close NAME."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    if (auto s = Rounds(ctx.ledger, actor).close(a.positionals().at(1)); !s)
        return ctx.fail(s.error());
    ctx.out << Text::tr("Closed the reporting round %1.").arg(a.positionals().at(1)) << Qt::endl;
    return ExitOk;
}

int roundForms(Context &ctx, const CommandArgs &a)
{
    if (a.positionals().size() != 2)
        return ctx.fail(Text::tr("Usage: round forms OUTDIR [--round NAME] [--csv]."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    if (!ctx.authorize({ Action::ManageRounds }))
        return ExitFailure;
    auto round = Rounds::find(ctx.ledger, a.value(QStringLiteral("round")));
    if (!round)
        return ctx.fail(round.error());
    auto files = FormWriter::write(ctx.ledger, *round, a.positionals().at(1),
        a.has(QStringLiteral("csv")) ? FormWriter::Format::Csv : FormWriter::Format::Xlsx);
    if (!files)
        return ctx.fail(files.error());
    for (const QString &f : std::as_const(*files))
        ctx.out << QDir::toNativeSeparators(f) << '\n';
    ctx.out << Text::tr("Wrote %n form(s) of the round %1.", nullptr, int(files->size()))
                   .arg(round->name)
            << Qt::endl;
    return ExitOk;
}

QJsonObject collectJson(const CollectResult &r)
{
    QJsonArray changes;
    for (const FormChange &c : r.changes) {
        QJsonObject o { { QStringLiteral("task"), c.ref },
            { QStringLiteral("kind"), formChangeKindKey(c.kind) },
            { QStringLiteral("text"), c.text }, { QStringLiteral("reporter"), c.reporter },
            { QStringLiteral("alreadyInLedger"), c.alreadyInLedger } };
        if (c.to.isValid())
            o.insert(QStringLiteral("to"), isoDate(c.to));
        changes.append(o);
    }
    QJsonArray problems;
    for (const FormProblem &p : r.problems) {
        QJsonObject o { { QStringLiteral("row"), p.row },
            { QStringLiteral("message"), p.message } };
        if (p.column >= 0) {
            o.insert(QStringLiteral("column"), RoundForms::columnLetter(p.column));
            o.insert(QStringLiteral("header"), RoundForms::header(p.column));
        }
        problems.append(o);
    }
    return QJsonObject {
        { QStringLiteral("file"), QDir::toNativeSeparators(r.path) },
        { QStringLiteral("round"), r.roundName },
        { QStringLiteral("unit"), r.unit },
        { QStringLiteral("accepted"), r.accepted },
        { QStringLiteral("alreadyCollected"), r.alreadyCollected },
        { QStringLiteral("written"), r.written },
        { QStringLiteral("reportedOn"), isoDate(r.reportedOn) },
        { QStringLiteral("onTime"), r.onTime },
        { QStringLiteral("reporter"), r.reporter },
        { QStringLiteral("changes"), changes },
        { QStringLiteral("problems"), problems },
    };
}

void printCollect(Context &ctx, const CollectResult &r, bool dryRun)
{
    const QString file = QFileInfo(r.path).fileName();
    if (!r.accepted) {
        ctx.out << Text::tr("%1: refused, nothing written.").arg(file) << '\n';
        for (const QString &line : r.problemLines())
            ctx.err << "  " << line << '\n';
        ctx.err.flush();
        return;
    }
    if (r.alreadyCollected) {
        ctx.out << Text::tr("%1: %2's form was already collected on %3; nothing changed.")
                       .arg(file, r.unit, isoDate(r.reportedOn))
                << '\n';
        return;
    }
    ctx.out << (dryRun ? Text::tr("%1: %2, round %3 (dry run, nothing written)")
                       : Text::tr("%1: %2, round %3"))
                   .arg(file, r.unit, r.roundName)
            << ", " << (r.onTime ? Text::tr("on time") : Text::tr("late")) << '\n';
    for (const FormChange &c : r.changes)
        ctx.out << "  " << c.ref << "  " << c.describe() << '\n';
    if (r.changes.isEmpty())
        ctx.out << "  " << Text::tr("(nothing reported)") << '\n';
}

int roundCollect(Context &ctx, const CommandArgs &a)
{
    const QStringList files = a.positionals().mid(1);
    if (files.isEmpty())
        return ctx.fail(Text::tr("Usage: round collect FILE... [--round NAME] [--unit UNIT] "
                                 "[--dry-run] [--json]."),
            ExitUsage);
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    FormCollector collector(ctx.ledger, actor);
    FormCollector::Options options;
    options.roundName = a.value(QStringLiteral("round"));
    options.unit = a.value(QStringLiteral("unit"));
    options.dryRun = dryRun;
    bool allAccepted = true;
    QJsonArray list;
    for (const QString &file : files) {
        const CollectResult r = collector.collect(file, options);
        allAccepted = allAccepted && r.accepted;
        if (a.has(QStringLiteral("json")))
            list.append(collectJson(r));
        else
            printCollect(ctx, r, dryRun);
    }
    if (a.has(QStringLiteral("json")))
        printJson(ctx, QJsonDocument(list));
    ctx.out.flush();
    return allAccepted ? ExitOk : ExitFailure;
}

int roundStatus(Context &ctx, const CommandArgs &a)
{
    if (a.positionals().size() != 1)
        return ctx.fail(Text::tr("Usage: round status [--round NAME] [--json]."), ExitUsage);
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    Result<Round> round = Rounds::find(ctx.ledger, a.value(QStringLiteral("round")));
    if (!round && a.value(QStringLiteral("round")).isEmpty()) {
        // No open round: the newest one.
        auto all = ctx.ledger.rounds();
        if (all && !all->isEmpty())
            round = all->constLast();
    }
    if (!round)
        return ctx.fail(round.error());
    auto status = RoundStatus::of(ctx.ledger, *round);
    if (!status)
        return ctx.fail(status.error());
    if (a.has(QStringLiteral("json"))) {
        QJsonArray units;
        for (const UnitReportStatus &u : status->units)
            units.append(QJsonObject { { QStringLiteral("unit"), u.unit },
                { QStringLiteral("state"), RoundStatus::stateKey(u.state) },
                { QStringLiteral("reportedOn"), isoDate(u.reportedOn) },
                { QStringLiteral("forms"), u.forms }, { QStringLiteral("reporter"), u.reporter } });
        printJson(ctx,
            QJsonDocument(QJsonObject { { QStringLiteral("round"), round->name },
                { QStringLiteral("due"), isoDate(round->dueDate) },
                { QStringLiteral("state"), roundStateKey(round->state) },
                { QStringLiteral("onTime"), status->onTime },
                { QStringLiteral("late"), status->late },
                { QStringLiteral("missing"), status->missing },
                { QStringLiteral("rate"), status->rate() }, { QStringLiteral("units"), units } }));
        return ExitOk;
    }
    ctx.out << Text::tr("%1 (due %2, %3): %4 on time, %5 late, %6 not reported; reporting rate "
                        "%7%")
                   .arg(round->name, isoDate(round->dueDate), Rounds::stateLabel(round->state))
                   .arg(status->onTime)
                   .arg(status->late)
                   .arg(status->missing)
                   .arg(QString::number(status->rate() * 100.0, 'f', 1))
            << '\n';
    for (const UnitReportStatus &u : status->units) {
        ctx.out << u.unit << '\t' << RoundStatus::stateLabel(u.state);
        if (u.reportedOn.isValid())
            ctx.out << '\t' << isoDate(u.reportedOn) << '\t' << u.reporter;
        ctx.out << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace

int runRound(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("dry-run") },
            { QStringLiteral("due"), QStringLiteral("inspection"), QStringLiteral("round"),
                QStringLiteral("unit") },
            &error))
        return ctx.fail(error, ExitUsage);
    const QString verb = a.positionals().value(0);
    if (verb == QLatin1String("open"))
        return roundOpen(ctx, a);
    if (verb == QLatin1String("list"))
        return roundList(ctx, a);
    if (verb == QLatin1String("close"))
        return roundClose(ctx, a);
    if (verb == QLatin1String("forms"))
        return roundForms(ctx, a);
    if (verb == QLatin1String("collect"))
        return roundCollect(ctx, a);
    if (verb == QLatin1String("status"))
        return roundStatus(ctx, a);
    return ctx.fail(Text::tr("Usage: %1.").arg(roundUsage), ExitUsage);
}

int runExtension(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    if (!a.parse(args, { QStringLiteral("json") },
            { QStringLiteral("to"), QStringLiteral("reason"), QStringLiteral("inspection") },
            &error))
        return ctx.fail(error, ExitUsage);
    const QString verb = a.positionals().value(0);
    const QString usage
        = Text::tr("Usage: extension request REF --to DATE --reason TEXT | extension "
                   "approve|reject REF [--reason TEXT] | extension list [--json].");
    if (verb == QLatin1String("list")) {
        if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
            return ExitFailure;
        auto all = ctx.ledger.extensions();
        if (!all)
            return ctx.fail(all.error());
        QJsonArray list;
        for (const ExtensionRequest &e : std::as_const(*all)) {
            auto task = ctx.ledger.task(e.taskId);
            QString ref;
            QDate current;
            if (task) {
                current = task->deadline;
                auto problem = ctx.ledger.problem(task->problemId);
                if (problem)
                    ref = QStringLiteral("%1.%2").arg(problem->code).arg(task->number);
            }
            if (a.has(QStringLiteral("json"))) {
                list.append(QJsonObject { { QStringLiteral("task"), ref },
                    { QStringLiteral("state"), extensionStateKey(e.state) },
                    { QStringLiteral("requestedTo"), isoDate(e.requestedTo) },
                    { QStringLiteral("reason"), e.reason },
                    { QStringLiteral("requestedBy"), e.requestedBy },
                    { QStringLiteral("requestedOn"), isoDate(e.requestedOn) },
                    { QStringLiteral("originalDeadline"), isoDate(e.originalDeadline) },
                    { QStringLiteral("deadline"), isoDate(current) },
                    { QStringLiteral("decidedBy"), e.decidedBy },
                    { QStringLiteral("decidedOn"), isoDate(e.decidedOn) },
                    { QStringLiteral("decisionReason"), e.decisionReason } });
                continue;
            }
            ctx.out << ref << '\t' << extensionStateKey(e.state) << '\t'
                    << Text::tr("to %1").arg(isoDate(e.requestedTo)) << '\t' << e.reason << '\t'
                    << e.requestedBy << ' ' << isoDate(e.requestedOn);
            if (e.state != ExtensionRequest::State::Pending)
                ctx.out << '\t'
                        << Text::tr("original deadline %1, now due %2")
                               .arg(isoDate(e.originalDeadline), isoDate(current))
                        << '\t' << e.decidedBy << ' ' << e.decisionReason;
            ctx.out << '\n';
        }
        if (a.has(QStringLiteral("json")))
            printJson(ctx, QJsonDocument(list));
        ctx.out.flush();
        return ExitOk;
    }
    if (a.positionals().size() != 2)
        return ctx.fail(usage, ExitUsage);
    const QString ref = a.positionals().at(1);
    const QString reason = a.value(QStringLiteral("reason")).trimmed();
    QDate to;
    if (verb == QLatin1String("request")) {
        to = QDate::fromString(a.value(QStringLiteral("to")), Qt::ISODate);
        if (!to.isValid())
            return ctx.fail(Text::tr("extension request needs --to DATE (YYYY-MM-DD)."), ExitUsage);
        if (reason.isEmpty())
            return ctx.fail(Text::tr("extension request needs --reason TEXT."), ExitUsage);
    } else if (verb == QLatin1String("reject")) {
        if (reason.isEmpty())
            return ctx.fail(Text::tr("extension reject needs --reason TEXT."), ExitUsage);
    } else if (verb != QLatin1String("approve")) {
        return ctx.fail(usage, ExitUsage);
    }
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    auto id = Workflow::findTask(ctx.ledger, ref, a.value(QStringLiteral("inspection")));
    if (!id)
        return ctx.fail(id.error());
    Extensions extensions(ctx.ledger, actor);
    if (verb == QLatin1String("request")) {
        if (auto r = extensions.request(*id, to, reason); !r)
            return ctx.fail(Text::tr("Task %1: %2").arg(ref, r.error()));
        ctx.out << Text::tr("Asked to move the deadline of task %1 to %2; a supervisor decides.")
                       .arg(ref, isoDate(to))
                << Qt::endl;
        return ExitOk;
    }
    const Status s = verb == QLatin1String("approve") ? extensions.approve(*id, reason)
                                                      : extensions.reject(*id, reason);
    if (!s)
        return ctx.fail(Text::tr("Task %1: %2").arg(ref, s.error()));
    auto task = ctx.ledger.task(*id);
    ctx.out << (verb == QLatin1String("approve")
            ? Text::tr("Approved: task %1 is now due %2.")
                  .arg(ref, task ? isoDate(task->deadline) : QString())
            : Text::tr("Rejected the extension request of task %1.").arg(ref))
            << Qt::endl;
    return ExitOk;
}

} // namespace rectify::cli
