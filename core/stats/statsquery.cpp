#include "stats/statsquery.h"

#include "stats/statssql.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"
#include "util/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

namespace rectify {

using namespace statssql;

namespace {

Sql sumIf(const Sql &condition)
{
    Sql s = sql(QStringLiteral("SUM(CASE WHEN "));
    s << condition << QStringLiteral(" THEN 1 ELSE 0 END)");
    return s;
}

// The task figures of TaskCounts except stale, as 10 result columns starting at
// `first`. The alert windows follow evaluateAlert(): only open, dated tasks that
// are not long-term are overdue, due soon or in the notice window.
Sql countColumns(const QDate &today, const AlertSettings &a)
{
    const QString dated = QStringLiteral("%1 AND t.long_term = 0 AND t.deadline ").arg(openTask);
    const QVariant todayValue = dateToSql(today);
    const QVariant soonEnd = dateToSql(today.addDays(a.dueSoonDays));
    // An empty window (start > end) when the notice window is off.
    const bool noticeOn = a.noticeDays > a.dueSoonDays;
    const QVariant noticeStart = dateToSql(today.addDays(a.dueSoonDays + 1));
    const QVariant noticeEnd = dateToSql(noticeOn ? today.addDays(a.noticeDays) : today);
    Sql s = sql(QStringLiteral("COUNT(*)"));
    s << QStringLiteral(", ") << sumIf(sql(QStringLiteral("t.status = 'not_started'")))
      << QStringLiteral(", ") << sumIf(sql(QStringLiteral("t.status = 'in_progress'")))
      << QStringLiteral(", ") << sumIf(sql(doneTask)) //
      << QStringLiteral(", ") << sumIf(sql(QStringLiteral("t.status = 'closed'")))
      << QStringLiteral(", ") << sumIf(sql(QStringLiteral("t.long_term = 1")))
      << QStringLiteral(", ") << sumIf(sql(dated + QStringLiteral("< ?"), { todayValue }))
      << QStringLiteral(", ")
      << sumIf(sql(dated + QStringLiteral(">= ? AND t.deadline <= ?"), { todayValue, soonEnd }))
      << QStringLiteral(", ")
      << sumIf(sql(dated + QStringLiteral(">= ? AND t.deadline <= ?"), { noticeStart, noticeEnd }))
      << QStringLiteral(", ")
      << sumIf(sql(QStringLiteral("%1 AND t.long_term = 0 AND t.deadline IS NULL").arg(openTask)));
    return s;
}
constexpr int countColumnCount = 10;

TaskCounts readCounts(const QSqlQuery &q, int first)
{
    const auto n = [&](int i) { return q.value(first + i).toLongLong(); };
    TaskCounts c;
    c.total = n(0);
    c.notStarted = n(1);
    c.inProgress = n(2);
    c.completed = n(3);
    c.closed = n(4);
    c.longTerm = n(5);
    c.overdue = n(6);
    c.dueSoon = n(7);
    c.notice = n(8);
    c.noDeadline = n(9);
    return c;
}

class Computation
{
    Q_DECLARE_TR_FUNCTIONS(rectify::StatsQuery)

public:
    Computation(const Ledger &ledger, const StatsRequest &request)
        : m_ledger(ledger)
        , m_req(request)
        , m_filter(filterSql(request.filter))
        , m_counts(countColumns(request.today, request.alerts))
    { }

    Status totals(Statistics &s);
    Status stale(Statistics &s);
    Status problemCounts(Statistics &s);
    Status problemList(Statistics &s);
    // The holders of a role, in name order (StatsQuery::countByHolder).
    Status holders(ResponsibilityRole role, QVector<GroupStats> &out);
    // The holders and the tasks that name nobody, most tasks first (the charts).
    Status byRole(ResponsibilityRole role, QVector<GroupStats> &out);
    Status categoriesAndInspections(Statistics &s);
    Status burnup(Statistics &s);
    Status upcoming(Statistics &s);

private:
    Result<QSqlQuery> run(const Sql &s, const QString &what) const
    {
        return SqlAccess::exec(m_ledger, s.text, s.values, what);
    }

    const Ledger &m_ledger;
    const StatsRequest &m_req;
    FilterSql m_filter;
    Sql m_counts;
};

Status Computation::totals(Statistics &s)
{
    Sql q = sql(QStringLiteral("SELECT "));
    q << m_counts << fromTasks(m_filter);
    auto r = run(q, tr("count the tasks"));
    if (!r)
        return Error { r.error() };
    if (r->next())
        s.tasks = readCounts(*r, 0);
    return {};
}

Status Computation::stale(Statistics &s)
{
    // Stale: long-term, open, and no progress entry in the last staleDays days up
    // to today (evaluateAlert: more than staleDays since the last entry).
    Sql q = sql(QStringLiteral("SELECT COUNT(*)"));
    q << fromTasks(m_filter)
      << sql(QStringLiteral(" AND t.long_term = 1 AND %1 AND NOT EXISTS (SELECT 1 FROM "
                            "progress_entries e WHERE e.task_id = t.id AND e.entry_date >= ? "
                            "AND e.entry_date <= ?)")
                 .arg(openTask),
             { dateToSql(m_req.today.addDays(-m_req.alerts.staleDays)), dateToSql(m_req.today) });
    auto r = run(q, tr("count the long-term tasks without recent progress"));
    if (!r)
        return Error { r.error() };
    if (r->next())
        s.tasks.stale = r->value(0).toLongLong();
    // Extended: an approved extension request moved the deadline (docs/reporting.md).
    Sql e = sql(QStringLiteral("SELECT COUNT(*)"));
    e << fromTasks(m_filter)
      << sql(QStringLiteral(" AND EXISTS (SELECT 1 FROM extensions x WHERE x.task_id = t.id "
                            "AND x.state = 'approved')"));
    auto x = run(e, tr("count the tasks with an extended deadline"));
    if (!x)
        return Error { x.error() };
    if (x->next())
        s.tasks.extended = x->value(0).toLongLong();
    return {};
}

// Per problem: tasks, done, closed, started, open long-term (ProblemTaskTally).
// `problems` is what the problems are read from: the table, or a page of it.
Sql problemTallySql(const FilterSql &f, const Sql &problems = sql(QStringLiteral("problems")))
{
    Sql s = sql(QStringLiteral("SELECT p.id, p.inspection_id, p.code, p.title, p.category, "
                               "COUNT(t.id), "));
    s << sumIf(sql(doneTask)) << QStringLiteral(", ")
      << sumIf(sql(QStringLiteral("t.status = 'closed'"))) << QStringLiteral(", ")
      << sumIf(sql(QStringLiteral("t.status <> 'not_started'"))) << QStringLiteral(", ")
      << sumIf(sql(QStringLiteral("t.long_term = 1 AND %1").arg(openTask)))
      << QStringLiteral(" FROM ") << problems
      << QStringLiteral(" p LEFT JOIN tasks t ON t.problem_id = p.id WHERE 1 = 1") << f.where
      << QStringLiteral(" GROUP BY p.id, p.inspection_id, p.code, p.title, p.category");
    return s;
}

// A row of problemTallySql().
ProblemProgress readProblemProgress(const QSqlQuery &q)
{
    ProblemProgress p;
    p.id = q.value(0).toLongLong();
    p.inspectionId = q.value(1).toLongLong();
    p.code = q.value(2).toString();
    p.title = q.value(3).toString();
    p.category = q.value(4).toString();
    p.tally.tasks = q.value(5).toLongLong();
    p.tally.done = q.value(6).toLongLong();
    p.tally.closed = q.value(7).toLongLong();
    p.tally.started = q.value(8).toLongLong();
    p.tally.openLongTerm = q.value(9).toLongLong();
    p.status = problemStatus(p.tally);
    return p;
}

Status Computation::problemCounts(Statistics &s)
{
    // The rule of problemStatus() in SQL, over the per-problem tallies; the tests
    // check that both agree.
    Sql q = sql(QStringLiteral("SELECT COUNT(*), "
                               "SUM(CASE WHEN n > 0 AND closed = n THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN n > 0 AND done = n THEN 1 ELSE 0 END), "
                               "SUM(CASE WHEN started = 0 AND longterm = 0 THEN 1 ELSE 0 END) "
                               "FROM (SELECT COUNT(t.id) AS n, "));
    q << sumIf(sql(doneTask)) << QStringLiteral(" AS done, ")
      << sumIf(sql(QStringLiteral("t.status = 'closed'"))) << QStringLiteral(" AS closed, ")
      << sumIf(sql(QStringLiteral("t.status <> 'not_started'"))) << QStringLiteral(" AS started, ")
      << sumIf(sql(QStringLiteral("t.long_term = 1 AND %1").arg(openTask)))
      << QStringLiteral(" AS longterm FROM problems p LEFT JOIN tasks t ON t.problem_id = p.id "
                        "WHERE 1 = 1")
      << m_filter.where << QStringLiteral(" GROUP BY p.id) per_problem");
    auto r = run(q, tr("count the problems"));
    if (!r)
        return Error { r.error() };
    if (r->next()) {
        ProblemCounts &c = s.problems;
        c.total = r->value(0).toLongLong();
        c.closed = r->value(1).toLongLong();
        c.completed = r->value(2).toLongLong();
        c.notStarted = r->value(3).toLongLong();
        c.inProgress = c.total - c.completed - c.notStarted;
    }
    return {};
}

Status Computation::problemList(Statistics &s)
{
    Sql q = problemTallySql(m_filter);
    q << QStringLiteral(" ORDER BY p.inspection_id, p.sort_order, p.id");
    auto r = run(q, tr("read the progress of the problems"));
    if (!r)
        return Error { r.error() };
    ProblemCounts c;
    while (r->next()) {
        ProblemProgress p = readProblemProgress(*r);
        ++c.total;
        switch (p.status) {
        case ProblemStatus::NotStarted:
            ++c.notStarted;
            break;
        case ProblemStatus::InProgress:
            ++c.inProgress;
            break;
        case ProblemStatus::Closed:
            ++c.closed;
            ++c.completed;
            break;
        case ProblemStatus::Completed:
            ++c.completed;
            break;
        }
        s.problemList.append(std::move(p));
    }
    s.problems = c;
    return {};
}

bool moreTasksFirst(const GroupStats &a, const GroupStats &b)
{
    if (a.name.isEmpty() != b.name.isEmpty())
        return b.name.isEmpty(); // "none" last
    if (a.counts.total != b.counts.total)
        return a.counts.total > b.counts.total;
    return a.name < b.name;
}

struct RoleSql
{
    const char *role;
    const char *table;
    const char *column;
};

RoleSql roleSql(ResponsibilityRole role)
{
    switch (role) {
    case ResponsibilityRole::LeadUnit:
        return { "lead_unit", "units", "unit_id" };
    case ResponsibilityRole::CoUnit:
        return { "co_unit", "units", "unit_id" };
    case ResponsibilityRole::Leader:
        return { "leader", "people", "person_id" };
    case ResponsibilityRole::Person:
        break;
    }
    return { "person", "people", "person_id" };
}

QString countPerHolderWhat(ResponsibilityRole role)
{
    switch (role) {
    case ResponsibilityRole::LeadUnit:
        return StatsQuery::tr("count the tasks per lead unit");
    case ResponsibilityRole::CoUnit:
        return StatsQuery::tr("count the tasks per co-operating unit");
    case ResponsibilityRole::Leader:
        return StatsQuery::tr("count the tasks per leader");
    case ResponsibilityRole::Person:
        break;
    }
    return StatsQuery::tr("count the tasks per person");
}

Status Computation::holders(ResponsibilityRole role, QVector<GroupStats> &out)
{
    const RoleSql part = roleSql(role);
    Sql q = sql(QStringLiteral("SELECT g.id, g.name, "));
    q << m_counts
      << QStringLiteral(" FROM responsibilities r JOIN %1 g ON g.id = r.%2 "
                        "JOIN tasks t ON t.id = r.task_id")
             .arg(QLatin1String(part.table), QLatin1String(part.column));
    if (m_filter.needsProblems)
        q << QStringLiteral(" JOIN problems p ON p.id = t.problem_id");
    q << sql(QStringLiteral(" WHERE r.role = ?"), { QLatin1String(part.role) }) << m_filter.where
      << QStringLiteral(" GROUP BY g.id, g.name ORDER BY g.name, g.id");
    auto r = run(q, countPerHolderWhat(role));
    if (!r)
        return Error { r.error() };
    while (r->next())
        out.append({ r->value(0).toLongLong(), r->value(1).toString(), readCounts(*r, 2) });
    return {};
}

Status Computation::byRole(ResponsibilityRole role, QVector<GroupStats> &out)
{
    if (Status st = holders(role, out); !st)
        return st;
    const QString roleName = QLatin1String(roleSql(role).role);

    // The tasks that name nobody in this role.
    Sql none = sql(QStringLiteral("SELECT "));
    none << m_counts << fromTasks(m_filter)
         << sql(QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM responsibilities nr "
                               "WHERE nr.task_id = t.id AND nr.role = ?)"),
                { roleName });
    auto n = run(none, tr("count the tasks without a responsibility"));
    if (!n)
        return Error { n.error() };
    if (n->next()) {
        const TaskCounts c = readCounts(*n, 0);
        if (c.total > 0)
            out.append({ 0, QString(), c });
    }
    std::sort(out.begin(), out.end(), moreTasksFirst);
    return {};
}

// Every count is "as of" a day the caller names.
Status checkToday(const StatsRequest &request)
{
    if (!request.today.isValid())
        return Error { StatsQuery::tr("No date was given for the statistics.") };
    return {};
}

Status Computation::categoriesAndInspections(Statistics &s)
{
    // Inspection names come from a join after grouping, on the handful of rows.
    Sql named = sql(QStringLiteral("SELECT g.*, i.name FROM (SELECT p.inspection_id AS iid, "
                                   "p.category AS category, "));
    named << m_counts << fromTasks(m_filter, true)
          << QStringLiteral(" GROUP BY p.inspection_id, p.category) g "
                            "JOIN inspections i ON i.id = g.iid ORDER BY g.iid");
    auto r = run(named, tr("count the tasks per category"));
    if (!r)
        return Error { r.error() };
    QHash<QString, int> categoryRow;
    QHash<qint64, int> inspectionRow;
    const auto add = [](TaskCounts &to, const TaskCounts &c) {
        to.total += c.total;
        to.notStarted += c.notStarted;
        to.inProgress += c.inProgress;
        to.completed += c.completed;
        to.closed += c.closed;
        to.longTerm += c.longTerm;
        to.overdue += c.overdue;
        to.dueSoon += c.dueSoon;
        to.notice += c.notice;
        to.noDeadline += c.noDeadline;
    };
    const int nameColumn = 2 + countColumnCount;
    while (r->next()) {
        const qint64 inspection = r->value(0).toLongLong();
        const QString category = r->value(1).toString();
        const TaskCounts c = readCounts(*r, 2);
        if (m_req.parts & StatsRequest::Categories) {
            auto it = categoryRow.find(category);
            if (it == categoryRow.end()) {
                it = categoryRow.insert(category, static_cast<int>(s.categories.size()));
                s.categories.append({ 0, category, {} });
            }
            add(s.categories[*it].counts, c);
        }
        if (m_req.parts & StatsRequest::Inspections) {
            auto it = inspectionRow.find(inspection);
            if (it == inspectionRow.end()) {
                it = inspectionRow.insert(inspection, static_cast<int>(s.inspections.size()));
                s.inspections.append({ inspection, r->value(nameColumn).toString(), {} });
            }
            add(s.inspections[*it].counts, c);
        }
    }
    std::sort(s.categories.begin(), s.categories.end(), moreTasksFirst);
    return {};
}

Status Computation::burnup(Statistics &s)
{
    QMap<QDate, qint64> due;
    QMap<QDate, qint64> done;
    qint64 undated = 0;
    Sql dueSql = sql(QStringLiteral("SELECT t.deadline, COUNT(*)"));
    dueSql << fromTasks(m_filter)
           << QStringLiteral(" AND t.long_term = 0 AND t.deadline IS NOT NULL GROUP BY t.deadline");
    auto r = run(dueSql, tr("count the tasks per deadline"));
    if (!r)
        return Error { r.error() };
    while (r->next()) {
        const QDate d = dateFromSql(r->value(0));
        if (d.isValid())
            due[d] += r->value(1).toLongLong();
    }
    Sql doneSql
        = sql(QStringLiteral("SELECT COALESCE(t.completed_on, t.closed_on) AS d, COUNT(*)"));
    doneSql << fromTasks(m_filter) << QStringLiteral(" AND ") << doneTask
            << QStringLiteral(" GROUP BY COALESCE(t.completed_on, t.closed_on)");
    r = run(doneSql, tr("count the tasks per completion date"));
    if (!r)
        return Error { r.error() };
    while (r->next()) {
        const QDate d = dateFromSql(r->value(0));
        if (d.isValid())
            done[d] += r->value(1).toLongLong();
        else
            undated += r->value(1).toLongLong();
    }
    s.burnup = StatsQuery::buildBurnup(due, done, m_req.today, m_req.period);
    s.burnup.undated = undated;

    // Mark the end of each concentrated rectification period in view.
    Sql marks = sql(QStringLiteral("SELECT name, rectification_end FROM inspections "
                                   "WHERE rectification_end IS NOT NULL"));
    if (m_req.filter.inspectionId != 0)
        marks << sql(QStringLiteral(" AND id = ?"), { m_req.filter.inspectionId });
    marks << QStringLiteral(" ORDER BY rectification_end, id");
    r = run(marks, tr("read the inspections"));
    if (!r)
        return Error { r.error() };
    while (r->next()) {
        const QDate d = dateFromSql(r->value(1));
        if (d.isValid())
            s.burnup.markers.append({ r->value(0).toString(), d });
    }
    return {};
}

Status Computation::upcoming(Statistics &s)
{
    if (m_req.upcomingLimit <= 0)
        return {};
    Sql q = sql(QStringLiteral("SELECT t.id, p.code, t.number, t.measure, t.deadline"));
    q << fromTasks(m_filter, true)
      << sql(QStringLiteral(" AND %1 AND t.long_term = 0 AND t.deadline >= ? "
                            "ORDER BY t.deadline, p.inspection_id, p.sort_order, p.id, t.number "
                            "LIMIT ?")
                 .arg(openTask),
             { dateToSql(m_req.today), m_req.upcomingLimit });
    auto r = run(q, tr("read the upcoming deadlines"));
    if (!r)
        return Error { r.error() };
    QHash<qint64, int> row;
    QVariantList ids;
    while (r->next()) {
        UpcomingTask u;
        u.taskId = r->value(0).toLongLong();
        u.problemCode = r->value(1).toString();
        u.number = r->value(2).toInt();
        u.measure = r->value(3).toString();
        u.deadline = dateFromSql(r->value(4));
        u.daysLeft = static_cast<int>(m_req.today.daysTo(u.deadline));
        row.insert(u.taskId, static_cast<int>(s.upcoming.size()));
        ids.append(u.taskId);
        s.upcoming.append(std::move(u));
    }
    if (ids.isEmpty())
        return {};
    QStringList marks;
    for (int i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    r = SqlAccess::exec(m_ledger,
        QStringLiteral("SELECT r.task_id, u.name FROM responsibilities r "
                       "JOIN units u ON u.id = r.unit_id WHERE r.role = 'lead_unit' "
                       "AND r.task_id IN (%1) ORDER BY r.task_id, r.position")
            .arg(marks.join(QStringLiteral(", "))),
        ids, tr("read the lead units"));
    if (!r)
        return Error { r.error() };
    while (r->next())
        s.upcoming[row.value(r->value(0).toLongLong())].leadUnits << r->value(1).toString();
    return {};
}

} // namespace

QDate StatsQuery::periodStart(const QDate &date, BurnupPeriod period)
{
    if (period == BurnupPeriod::Week)
        return date.addDays(1 - date.dayOfWeek());
    return QDate(date.year(), date.month(), 1);
}

QDate StatsQuery::periodEnd(const QDate &date, BurnupPeriod period)
{
    if (period == BurnupPeriod::Week)
        return periodStart(date, period).addDays(6);
    return QDate(date.year(), date.month(), date.daysInMonth());
}

BurnupSeries StatsQuery::buildBurnup(const QMap<QDate, qint64> &dueByDate,
    const QMap<QDate, qint64> &completedByDate, const QDate &today, BurnupPeriod period)
{
    BurnupSeries out;
    out.period = period;
    const QDate lowest = today.addYears(-10);
    const QDate highest = today.addYears(10);
    const auto clamp = [&](const QDate &d) { return std::clamp(d, lowest, highest); };
    QDate first;
    QDate last = today;
    for (const auto *map : { &dueByDate, &completedByDate }) {
        if (map->isEmpty())
            continue;
        const QDate lo = clamp(map->firstKey());
        const QDate hi = clamp(map->lastKey());
        if (!first.isValid() || lo < first)
            first = lo;
        if (hi > last)
            last = hi;
    }
    for (auto it = dueByDate.begin(); it != dueByDate.end(); ++it)
        out.dueTotal += it.value();
    for (auto it = completedByDate.begin(); it != completedByDate.end(); ++it)
        out.completedTotal += it.value();
    if (!first.isValid())
        return out;

    auto due = dueByDate.begin();
    auto done = completedByDate.begin();
    qint64 dueSum = 0;
    qint64 doneSum = 0;
    for (QDate start = periodStart(first, period); start <= last;
         start = periodEnd(start, period).addDays(1)) {
        BurnupPoint p;
        p.start = start;
        p.end = periodEnd(start, period);
        for (; due != dueByDate.end() && clamp(due.key()) <= p.end; ++due)
            dueSum += due.value();
        for (; done != completedByDate.end() && clamp(done.key()) <= p.end; ++done)
            doneSum += done.value();
        p.due = dueSum;
        p.completed = doneSum;
        p.future = start > today;
        out.points.append(p);
    }
    return out;
}

Result<Statistics> StatsQuery::compute(const Ledger &ledger, const StatsRequest &request)
{
    if (Status st = checkToday(request); !st)
        return Error { st.error() };
    Statistics s;
    s.today = request.today;
    s.filter = request.filter;
    s.alerts = request.alerts;
    Computation c(ledger, request);
    const unsigned parts = request.parts;
    const bool problemList = parts & StatsRequest::ProblemList;
    const struct
    {
        bool wanted;
        std::function<Status()> run;
    } steps[] = {
        { bool(parts & StatsRequest::Totals), [&] { return c.totals(s); } },
        { bool(parts & StatsRequest::Totals), [&] { return c.stale(s); } },
        // The problem list yields the problem counts; without it, SQL counts them.
        { problemList, [&] { return c.problemList(s); } },
        { !problemList && (parts & StatsRequest::Totals), [&] { return c.problemCounts(s); } },
        { bool(parts & StatsRequest::Units),
            [&] { return c.byRole(ResponsibilityRole::LeadUnit, s.units); } },
        { bool(parts & StatsRequest::Leaders),
            [&] { return c.byRole(ResponsibilityRole::Leader, s.leaders); } },
        { bool(parts & (StatsRequest::Categories | StatsRequest::Inspections)),
            [&] { return c.categoriesAndInspections(s); } },
        { bool(parts & StatsRequest::Burnup), [&] { return c.burnup(s); } },
        { bool(parts & StatsRequest::Upcoming), [&] { return c.upcoming(s); } },
    };
    for (const auto &step : steps) {
        if (!step.wanted)
            continue;
        if (Status st = step.run(); !st)
            return Error { st.error() };
    }
    return s;
}

Result<QVector<GroupStats>> StatsQuery::countByHolder(
    const Ledger &ledger, const StatsRequest &request, ResponsibilityRole role)
{
    if (Status st = checkToday(request); !st)
        return Error { st.error() };
    Computation c(ledger, request);
    QVector<GroupStats> out;
    if (Status st = c.holders(role, out); !st)
        return Error { st.error() };
    return out;
}

Result<QVector<ProblemProgress>> StatsQuery::problemPage(
    const Ledger &ledger, qint64 inspectionId, int offset, int limit)
{
    // The page of problems first, then the tally of their tasks only: a tally of
    // every problem for each page made the first paint of a 100,000-task ledger
    // 0.1 s slower.
    const Sql page
        = sql(QStringLiteral("(SELECT * FROM problems WHERE (? = 0 OR inspection_id = ?) "
                             "ORDER BY inspection_id, sort_order, id LIMIT ? OFFSET ?)"),
            { inspectionId, inspectionId, limit, offset });
    Sql q = problemTallySql(FilterSql {}, page);
    q << QStringLiteral(" ORDER BY p.inspection_id, p.sort_order, p.id");
    auto r = SqlAccess::exec(ledger, q.text, q.values, tr("read the problems"));
    if (!r)
        return Error { r.error() };
    QVector<ProblemProgress> out;
    while (r->next())
        out.append(readProblemProgress(*r));
    return out;
}

} // namespace rectify
