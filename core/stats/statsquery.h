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

// A role in which a unit or a person answers for a task.
enum class ResponsibilityRole
{
    LeadUnit, // 牵头单位
    CoUnit, // 配合单位
    Leader, // 责任领导
    Person, // 责任人
};

// Computes Statistics in SQL: a handful of GROUP BY queries over indexed
// columns, never one row per task. Read-only; works on a read-only ledger.
class StatsQuery final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::StatsQuery)

public:
    static Result<Statistics> compute(const Ledger &ledger, const StatsRequest &request);

    // Per unit or person named in `role`: the tasks of the request's filter they
    // answer for in that role, with the request's date and alert windows (stale is
    // not counted), in name order; the tasks that name nobody are not a row. The
    // charts per lead unit and per leader and the responsibility list all count
    // with this, so that they agree.
    static Result<QVector<GroupStats>> countByHolder(
        const Ledger &ledger, const StatsRequest &request, ResponsibilityRole role);

    // One page of the problems of an inspection (0: of every inspection) in ledger
    // order, with their task tallies, for the problem list that reads as it scrolls.
    static Result<QVector<ProblemProgress>> problemPage(
        const Ledger &ledger, qint64 inspectionId, int offset, int limit);

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
