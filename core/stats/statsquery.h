#pragma once

#include "stats/statistics.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QMap>

namespace rectify {

class Ledger;

// What to compute: the parts a caller shows, with "today" passed in.
struct StatsRequest
{
    enum Part : unsigned
    {
        Totals = 0x01, // tasks and problems
        Units = 0x02,
        Leaders = 0x04,
        Categories = 0x08,
        Inspections = 0x10,
        ProblemList = 0x20, // one row per problem (large on a big ledger)
        Burnup = 0x40,
        Upcoming = 0x80,
        AllParts = 0xff,
    };

    QDate today;
    StatsFilter filter;
    AlertSettings alerts;
    unsigned parts = AllParts;
    BurnupPeriod period = BurnupPeriod::Month;
    int upcomingLimit = 10;
};

// Computes Statistics in SQL: a handful of GROUP BY queries over indexed
// columns, never one row per task. Read-only; works on a read-only ledger.
class StatsQuery final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::StatsQuery)

public:
    static Result<Statistics> compute(const Ledger &ledger, const StatsRequest &request);

    // Buckets per-date counts into consecutive periods from the first date to the
    // later of the last date and today; cumulative. Dates more than ten years from
    // today are clamped so a typo cannot make thousands of periods.
    static BurnupSeries buildBurnup(const QMap<QDate, qint64> &dueByDate,
        const QMap<QDate, qint64> &completedByDate, const QDate &today, BurnupPeriod period);

    // The period (week from Monday, or month) that holds `date`.
    static QDate periodStart(const QDate &date, BurnupPeriod period);
    static QDate periodEnd(const QDate &date, BurnupPeriod period);
};

} // namespace rectify
