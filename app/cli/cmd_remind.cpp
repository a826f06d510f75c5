// 催办 notices and the unit ranking (单位考核) on the command line: remind and
// ranking. See docs/reporting.md and docs/statistics.md.
#include "app/cli/commandargs.h"
#include "app/cli/commands.h"
#include "app/cli/statsoptions.h"
#include "export/rankingxlsx.h"
#include "report/documentfile.h"
#include "reporting/reminders.h"
#include "stats/ranking.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rectify::cli {

namespace {

QJsonArray tasksJson(const QVector<ReminderTask> &tasks)
{
    QJsonArray list;
    for (const ReminderTask &t : tasks) {
        list.append(QJsonObject { { QStringLiteral("ref"), t.ref },
            { QStringLiteral("problem"), t.problem }, { QStringLiteral("measure"), t.measure },
            { QStringLiteral("deadline"), t.deadline.toString(Qt::ISODate) },
            { QStringLiteral("days"), t.days } });
    }
    return list;
}

Status writeText(const QString &text, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error {
            Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
        };
    return {};
}

} // namespace

int runRemind(Context &ctx, const QStringList &args)
{
    CommandArgs a;
    QString error;
    const QString usage = Text::tr("Usage: remind OUTDIR [--unit U] [--round NAME] [--today DATE] "
                                   "[--format docx|odt|txt] [--json].");
    if (!a.parse(args, { QStringLiteral("json") },
            { QStringLiteral("unit"), QStringLiteral("round"), QStringLiteral("today"),
                QStringLiteral("format") },
            &error))
        return ctx.fail(error, ExitUsage);
    if (a.positionals().size() != 1)
        return ctx.fail(usage, ExitUsage);
    const QString format = a.value(QStringLiteral("format"), QStringLiteral("docx")).toLower();
    if (format != QLatin1String("docx") && format != QLatin1String("odt")
        && format != QLatin1String("txt"))
        return ctx.fail(
            Text::tr("--format takes docx, odt or txt, not \"%1\".").arg(format), ExitUsage);
    QDate today = QDate::currentDate();
    if (a.has(QStringLiteral("today"))) {
        today = QDate::fromString(a.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid())
            return ctx.fail(Text::tr("--today needs a date written YYYY-MM-DD, not \"%1\".")
                                .arg(a.value(QStringLiteral("today"))),
                ExitUsage);
    }
    if (!ctx.openLedger(Ledger::OpenMode::ExistingOnly))
        return ExitFailure;
    User actor;
    if (!ctx.authenticate(&actor))
        return ExitFailure;
    if (const Decision d = Permission::check(actor, Action::ManageRounds); !d)
        return ctx.fail(d.refusal);
    auto reminders = Reminders::build(
        ctx.ledger, a.value(QStringLiteral("unit")), a.value(QStringLiteral("round")), today);
    if (!reminders)
        return ctx.fail(reminders.error());
    const QDir dir(a.positionals().constFirst());
    if (!reminders->isEmpty() && !dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return ctx.fail(Text::tr("Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(dir.absolutePath())));

    QJsonArray list;
    for (const Reminder &r : std::as_const(*reminders)) {
        const QString path = dir.absoluteFilePath(Reminders::fileName(r, format));
        const Status written = format == QLatin1String("txt")
            ? writeText(Reminders::plainText(r), path)
            : DocumentFile::write(Reminders::document(r), path);
        if (!written)
            return ctx.fail(written.error());
        if (auto s = Reminders::record(ctx.ledger, actor, r); !s)
            return ctx.fail(s.error());
        if (a.has(QStringLiteral("json"))) {
            list.append(QJsonObject { { QStringLiteral("unit"), r.unit },
                { QStringLiteral("date"), r.date.toString(Qt::ISODate) },
                { QStringLiteral("file"), QDir::toNativeSeparators(path) },
                { QStringLiteral("overdue"), tasksJson(r.overdue) },
                { QStringLiteral("dueSoon"), tasksJson(r.dueSoon) },
                { QStringLiteral("round"), r.round },
                { QStringLiteral("roundDue"),
                    r.roundDue.isValid() ? r.roundDue.toString(Qt::ISODate) : QString() },
                { QStringLiteral("reportMissing"), r.reportMissing },
                { QStringLiteral("text"), Reminders::plainText(r) } });
            continue;
        }
        ctx.out << QDir::toNativeSeparators(path) << '\t'
                << Text::tr("%1: %2 overdue, %3 due soon%4")
                       .arg(r.unit)
                       .arg(r.overdue.size())
                       .arg(r.dueSoon.size())
                       .arg(r.reportMissing ? Text::tr(", report of %1 missing").arg(r.round)
                                            : QString())
                << '\n';
    }
    if (a.has(QStringLiteral("json"))) {
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else if (reminders->isEmpty()) {
        ctx.out << Text::tr("No unit is late: no notice written.") << '\n';
    } else {
        ctx.out << Text::tr("Wrote and recorded %n notice(s).", nullptr, int(reminders->size()))
                << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

int runRanking(Context &ctx, const QStringList &args)
{
    StatsOptions o;
    CommandArgs a;
    if (const int code
        = prepare(ctx, args, QStringLiteral("ranking"), &o, { QStringLiteral("xlsx") }, &a);
        code >= 0)
        return code;
    if (!o.filter.category.isEmpty() || !o.filter.unit.isEmpty())
        return ctx.fail(Text::tr("Usage: ranking [--json] [--today DATE] [--inspection NAME] "
                                 "[--xlsx OUT.xlsx]."),
            ExitUsage);
    auto ranking = Ranking::compute(ctx.ledger, o.today, o.filter.inspectionId);
    if (!ranking)
        return ctx.fail(ranking.error());
    if (a.has(QStringLiteral("xlsx"))) {
        const QString path = a.value(QStringLiteral("xlsx"));
        if (auto s = RankingXlsx::write(*ranking, o.today, path); !s)
            return ctx.fail(s.error());
        ctx.out << Text::tr("Wrote the ranking of %n unit(s) to %1.", nullptr, int(ranking->size()))
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        return ExitOk;
    }
    if (o.json) {
        QJsonArray list;
        for (const UnitScore &u : std::as_const(*ranking)) {
            list.append(QJsonObject { { QStringLiteral("rank"), u.rank },
                { QStringLiteral("unit"), u.unit }, { QStringLiteral("tasks"), u.tasks },
                { QStringLiteral("completedOnTime"), u.completedOnTime },
                { QStringLiteral("completedLate"), u.completedLate },
                { QStringLiteral("overdue"), u.overdue },
                { QStringLiteral("extended"), u.extended }, { QStringLiteral("rounds"), u.rounds },
                { QStringLiteral("reportsOnTime"), u.reportsOnTime },
                { QStringLiteral("score"), u.score } });
        }
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        ctx.out.flush();
        return ExitOk;
    }
    ctx.out << Text::tr("Rank\tUnit\tTasks\tOn time\tLate\tOverdue\tExtended\tReports on "
                        "time\tScore")
            << '\n';
    for (const UnitScore &u : std::as_const(*ranking)) {
        ctx.out << u.rank << '\t' << u.unit << '\t' << u.tasks << '\t' << u.completedOnTime << '\t'
                << u.completedLate << '\t' << u.overdue << '\t' << u.extended << '\t'
                << u.reportsOnTime << '/' << u.rounds << '\t' << QString::number(u.score, 'f', 1)
                << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace rectify::cli
