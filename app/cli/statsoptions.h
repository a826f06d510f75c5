#pragma once

// Options shared by the commands that compute statistics (stats, alerts,
// export-charts, report): --today, --json and the filters.
#include "app/cli/commandargs.h"
#include "app/cli/context.h"
#include "stats/alert.h"
#include "stats/statistics.h"

#include <QDate>
#include <QSet>

namespace rectify::cli {

// The options both commands share: --today, --json and the filters.
struct StatsOptions
{
    QDate today;
    bool json = false;
    StatsFilter filter;
    AlertSettings alerts;
    BurnupPeriod period = BurnupPeriod::Month;
};

// Parses the shared options and opens the ledger; returns an exit code, or -1 to go on.
inline int prepare(Context &ctx, const QStringList &args, const QString &command, StatsOptions *o,
    const QSet<QString> &extraValued = {}, CommandArgs *parsed = nullptr,
    const QString &positional = QString())
{
    CommandArgs a;
    QString error;
    QSet<QString> valued { QStringLiteral("today"), QStringLiteral("inspection"),
        QStringLiteral("category"), QStringLiteral("unit"), QStringLiteral("due-soon-days"),
        QStringLiteral("notice-days"), QStringLiteral("stale-days") };
    valued.unite(extraValued);
    if (!a.parse(args, { QStringLiteral("json") }, valued, &error))
        return ctx.fail(error, ExitUsage);
    // `positional` names the one argument the command needs (empty: none).
    if (positional.isEmpty() && !a.positionals().isEmpty())
        return ctx.fail(Text::tr("%1 takes no arguments.").arg(command), ExitUsage);
    if (!positional.isEmpty() && a.positionals().size() != 1)
        return ctx.fail(Text::tr("%1 needs one argument: %2.").arg(command, positional), ExitUsage);
    o->json = a.has(QStringLiteral("json"));
    o->today = QDate::currentDate();
    if (a.has(QStringLiteral("today"))) {
        o->today = QDate::fromString(a.value(QStringLiteral("today")), Qt::ISODate);
        if (!o->today.isValid())
            return ctx.fail(Text::tr("--today needs a date written YYYY-MM-DD, not \"%1\".")
                                .arg(a.value(QStringLiteral("today"))),
                ExitUsage);
    }
    if (!ctx.openLedger(Ledger::OpenMode::ReadOnly))
        return ExitFailure;
    o->alerts = AlertSettings::fromLedger(ctx.ledger);
    // Windows given on the command line override the ledger's settings.
    const struct
    {
        const char *name;
        int *field;
    } windows[] = {
        { "due-soon-days", &o->alerts.dueSoonDays },
        { "notice-days", &o->alerts.noticeDays },
        { "stale-days", &o->alerts.staleDays },
    };
    for (const auto &w : windows) {
        const QString name = QString::fromLatin1(w.name);
        if (!a.has(name))
            continue;
        bool ok = false;
        const int n = a.value(name).toInt(&ok);
        if (!ok || n < 0 || n > 3650)
            return ctx.fail(
                Text::tr("--%1 needs a number of days from 0 to 3650.").arg(name), ExitUsage);
        *w.field = n;
    }
    o->filter.category = a.value(QStringLiteral("category")).trimmed();
    o->filter.unit = a.value(QStringLiteral("unit")).trimmed();
    if (a.has(QStringLiteral("inspection"))) {
        const QString wanted = a.value(QStringLiteral("inspection")).trimmed();
        auto all = ctx.ledger.inspections();
        if (!all)
            return ctx.fail(all.error());
        for (const Inspection &i : *all) {
            if (i.name == wanted || QString::number(i.id) == wanted)
                o->filter.inspectionId = i.id;
        }
        if (o->filter.inspectionId == 0)
            return ctx.fail(Text::tr("The ledger has no inspection named \"%1\".").arg(wanted));
    }
    if (parsed)
        *parsed = a;
    return -1;
}

} // namespace rectify::cli
