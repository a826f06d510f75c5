#include "stats/reportdata.h"

#include "stats/statssql.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"
#include "util/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

namespace rectify {

using namespace statssql;

Result<QVector<ReportProblem>> ReportData::load(
    const Ledger &ledger, const QDate &today, const StatsFilter &filter, bool withUnits)
{
    const FilterSql f = filterSql(filter);
    Sql q = sql(
        QStringLiteral("SELECT p.id, i.name, p.code, p.category, p.title, t.id, t.number, "
                       "t.measure, t.deadline, t.long_term, t.status, t.completed_on FROM tasks t "
                       "JOIN problems p ON p.id = t.problem_id "
                       "JOIN inspections i ON i.id = p.inspection_id WHERE 1 = 1"));
    q << f.where << QStringLiteral(" ORDER BY p.inspection_id, p.sort_order, p.id, t.number");
    auto r = SqlAccess::exec(ledger, q.text, q.values, tr("read the tasks for the report"));
    if (!r)
        return Error { r.error() };
    QVector<ReportProblem> out;
    QHash<qint64, QPair<int, int>> where; // task id -> (problem index, task index)
    while (r->next()) {
        const qint64 problemId = r->value(0).toLongLong();
        if (out.isEmpty() || out.last().id != problemId) {
            ReportProblem p;
            p.id = problemId;
            p.inspection = r->value(1).toString();
            p.code = r->value(2).toString();
            p.category = r->value(3).toString();
            p.title = r->value(4).toString();
            out.append(std::move(p));
        }
        ReportTask t;
        t.id = r->value(5).toLongLong();
        t.number = r->value(6).toInt();
        t.measure = r->value(7).toString();
        t.deadline = dateFromSql(r->value(8));
        t.longTerm = r->value(9).toInt() != 0;
        t.status = taskStatusFromKey(r->value(10).toString()).value_or(TaskStatus::NotStarted);
        t.completedOn = dateFromSql(r->value(11));
        ReportProblem &p = out.last();
        where.insert(t.id, { static_cast<int>(out.size() - 1), static_cast<int>(p.tasks.size()) });
        p.tasks.append(std::move(t));
    }
    for (ReportProblem &p : out) {
        ProblemTaskTally tally;
        for (const ReportTask &t : p.tasks) {
            Task task;
            task.status = t.status;
            task.longTerm = t.longTerm;
            tally.add(task);
        }
        p.status = problemStatus(tally);
    }
    if (out.isEmpty())
        return out;

    if (withUnits) {
        Sql units = sql(QStringLiteral("SELECT r.task_id, r.role, u.name FROM responsibilities r "
                                       "JOIN units u ON u.id = r.unit_id "
                                       "WHERE r.role IN ('lead_unit', 'co_unit') "
                                       "AND r.task_id IN (SELECT t.id"));
        units << fromTasks(f) << QStringLiteral(") ORDER BY r.task_id, r.role, r.position");
        r = SqlAccess::exec(ledger, units.text, units.values, tr("read the units for the report"));
        if (!r)
            return Error { r.error() };
        while (r->next()) {
            const auto it = where.constFind(r->value(0).toLongLong());
            if (it == where.constEnd())
                continue;
            ReportTask &t = out[it->first].tasks[it->second];
            (r->value(1).toString() == QLatin1String("lead_unit") ? t.leadUnits : t.coUnits)
                << r->value(2).toString();
        }
    }

    // The newest entry up to today of each task; the highest id wins a tie.
    Sql progress = sql(
        QStringLiteral(
            "SELECT e.task_id, e.entry_date, e.text FROM progress_entries e "
            "JOIN (SELECT task_id, MAX(entry_date) AS d FROM progress_entries WHERE entry_date <= "
            "? "
            "GROUP BY task_id) m ON m.task_id = e.task_id AND m.d = e.entry_date ORDER BY e.id"),
        { dateToSql(today) });
    r = SqlAccess::exec(
        ledger, progress.text, progress.values, tr("read the progress for the report"));
    if (!r)
        return Error { r.error() };
    while (r->next()) {
        const auto it = where.constFind(r->value(0).toLongLong());
        if (it == where.constEnd())
            continue;
        ReportTask &t = out[it->first].tasks[it->second];
        t.progressDate = dateFromSql(r->value(1));
        t.progressText = r->value(2).toString();
    }

    // A task whose only entries have no date (imported without one) shows its
    // newest such entry, without a date.
    r = SqlAccess::exec(ledger,
        QStringLiteral("SELECT e.task_id, e.text FROM progress_entries e "
                       "WHERE e.entry_date IS NULL ORDER BY e.id"),
        {}, tr("read the progress for the report"));
    if (!r)
        return Error { r.error() };
    while (r->next()) {
        const auto it = where.constFind(r->value(0).toLongLong());
        if (it == where.constEnd())
            continue;
        ReportTask &t = out[it->first].tasks[it->second];
        if (t.progressDate.isValid())
            continue;
        t.progressText = r->value(1).toString();
    }
    return out;
}

} // namespace rectify
