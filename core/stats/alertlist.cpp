#include "stats/alertlist.h"

#include "stats/statssql.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"
#include "util/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace rectify {

using namespace statssql;

namespace {

int severity(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Red:
        return 0;
    case AlertLevel::Yellow:
        return 1;
    case AlertLevel::Notice:
        return 2;
    case AlertLevel::Stale:
        return 3;
    case AlertLevel::DataProblem:
        return 4;
    case AlertLevel::Green:
    case AlertLevel::Done:
        break;
    }
    return 5;
}

// Within a level: the most urgent first.
bool moreUrgent(const AlertItem &a, const AlertItem &b)
{
    const int sa = severity(a.alert.level);
    const int sb = severity(b.alert.level);
    if (sa != sb)
        return sa < sb;
    if (a.alert.level == AlertLevel::Stale) {
        // Never reported before the longest silence.
        if (a.lastProgress.isValid() != b.lastProgress.isValid())
            return !a.lastProgress.isValid();
        return a.alert.days > b.alert.days;
    }
    return a.alert.days < b.alert.days;
}

} // namespace

Result<QVector<AlertItem>> AlertList::compute(const Ledger &ledger, const QDate &today,
    const AlertSettings &settings, const StatsFilter &filter)
{
    if (!today.isValid())
        return Error { tr("No date was given for the alerts.") };
    const FilterSql f = filterSql(filter);
    const int widest = std::max(settings.dueSoonDays, settings.noticeDays);
    // The candidates: open tasks that are long-term, undated or due within the
    // widest window. evaluateAlert() decides.
    Sql where = fromTasks(f, true);
    where << sql(QStringLiteral(" AND %1 AND (t.long_term = 1 OR t.deadline IS NULL "
                                "OR t.deadline <= ?)")
                     .arg(openTask),
        { dateToSql(today.addDays(widest)) });

    Sql q = sql(QStringLiteral("SELECT t.id, t.problem_id, i.name, p.code, t.number, t.measure, "
                               "t.status, t.long_term, t.deadline, "
                               "CASE WHEN t.long_term = 1 THEN (SELECT MAX(e.entry_date) FROM "
                               "progress_entries e WHERE e.task_id = t.id AND e.entry_date <= ?) "
                               "END"),
        { dateToSql(today) });
    q << where;
    q.text.replace(QStringLiteral(" JOIN problems p ON p.id = t.problem_id"),
        QStringLiteral(" JOIN problems p ON p.id = t.problem_id "
                       "JOIN inspections i ON i.id = p.inspection_id"));
    q << QStringLiteral(" ORDER BY p.inspection_id, p.sort_order, p.id, t.number");
    auto r = SqlAccess::exec(ledger, q.text, q.values, tr("read the tasks to alert on"));
    if (!r)
        return Error { r.error() };

    QVector<AlertItem> items;
    QHash<qint64, int> row;
    while (r->next()) {
        Task task;
        task.id = r->value(0).toLongLong();
        task.problemId = r->value(1).toLongLong();
        task.number = r->value(4).toInt();
        task.measure = r->value(5).toString();
        task.status = taskStatusFromKey(r->value(6).toString()).value_or(TaskStatus::NotStarted);
        task.longTerm = r->value(7).toInt() != 0;
        task.deadline = dateFromSql(r->value(8));
        const QDate lastProgress = dateFromSql(r->value(9));
        const TaskAlert alert = evaluateAlert(task, lastProgress, today, settings);
        if (alert.level == AlertLevel::Green || alert.level == AlertLevel::Done)
            continue;
        AlertItem item;
        item.taskId = task.id;
        item.problemId = task.problemId;
        item.inspection = r->value(2).toString();
        item.problemCode = r->value(3).toString();
        item.taskNumber = task.number;
        item.measure = task.measure;
        item.status = task.status;
        item.longTerm = task.longTerm;
        item.deadline = task.deadline;
        item.lastProgress = lastProgress;
        item.alert = alert;
        row.insert(item.taskId, static_cast<int>(items.size()));
        items.append(std::move(item));
    }
    if (items.isEmpty())
        return items;

    // Lead units and responsible persons of the candidates, in their order.
    Sql who = sql(QStringLiteral(
        "SELECT r.task_id, r.role, COALESCE(u.name, pe.name) FROM responsibilities r "
        "LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people pe ON pe.id = r.person_id "
        "WHERE r.role IN ('lead_unit', 'person') AND r.task_id IN (SELECT t.id"));
    who << where << QStringLiteral(") ORDER BY r.task_id, r.role, r.position");
    r = SqlAccess::exec(
        ledger, who.text, who.values, tr("read the responsibilities of the alerting tasks"));
    if (!r)
        return Error { r.error() };
    while (r->next()) {
        const auto it = row.constFind(r->value(0).toLongLong());
        if (it == row.constEnd())
            continue; // a candidate that turned out green
        AlertItem &item = items[*it];
        if (r->value(1).toString() == QLatin1String("lead_unit"))
            item.leadUnits << r->value(2).toString();
        else
            item.persons << r->value(2).toString();
    }
    std::stable_sort(items.begin(), items.end(), moreUrgent);
    return items;
}

} // namespace rectify
