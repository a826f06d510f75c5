#include "export/exportrows.h"

#include "store/ledger.h"
#include "util/sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

namespace rectify {

QStringList LedgerExport::headers()
{
    return {
        QStringLiteral("序号"),
        QStringLiteral("问题类别"),
        QStringLiteral("反馈问题"),
        QStringLiteral("整改措施"),
        QStringLiteral("整改目标"),
        QStringLiteral("责任领导"),
        QStringLiteral("牵头单位"),
        QStringLiteral("配合单位"),
        QStringLiteral("责任人"),
        QStringLiteral("整改时限"),
        QStringLiteral("整改进展"),
        QStringLiteral("完成情况"),
        QStringLiteral("备注"),
    };
}

QString LedgerExport::statusWord(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return QStringLiteral("未启动");
    case TaskStatus::InProgress:
        return QStringLiteral("推进中");
    case TaskStatus::Completed:
        return QStringLiteral("已完成");
    case TaskStatus::Closed:
        return QStringLiteral("已销号");
    }
    return QString();
}

QString LedgerExport::deadlineText(const Task &task)
{
    if (task.longTerm)
        return QStringLiteral("长期坚持");
    return task.deadline.isValid() ? task.deadline.toString(Qt::ISODate) : QString();
}

QString LedgerExport::joinNames(const QStringList &names)
{
    return names.join(QStringLiteral("、"));
}

QString LedgerExport::cellText(const ExportRow &row, Column column)
{
    const Task &t = row.task;
    switch (column) {
    case Code:
        return row.problemCode;
    case Category:
        return row.category;
    case Title:
        return row.title;
    case Measure:
        return row.hasTask ? t.measure : QString();
    case Target:
        return row.hasTask ? t.target : QString();
    case Leaders:
        return joinNames(t.responsibilities.leaders);
    case LeadUnits:
        return joinNames(t.responsibilities.leadUnits);
    case CoUnits:
        return joinNames(t.responsibilities.coUnits);
    case Persons:
        return joinNames(t.responsibilities.persons);
    case Deadline:
        return row.hasTask ? deadlineText(t) : QString();
    case Progress:
        return row.latestProgress;
    case Status:
        return row.hasTask ? statusWord(t.status) : QString();
    case Remarks:
        return row.hasTask ? t.remarks : QString();
    case ColumnCount:
        break;
    }
    return QString();
}

Result<QVector<ExportRow>> LedgerExport::rows(const Ledger &ledger, qint64 inspectionId)
{
    // Three bulk reads instead of queries per task: exports of large ledgers stay fast.
    const QString filter = inspectionId ? QStringLiteral(" WHERE p.inspection_id = ?") : QString();
    const QVariantList values = inspectionId ? QVariantList { inspectionId } : QVariantList {};

    QHash<qint64, Responsibilities> responsibilities;
    {
        auto q = ledger.exec(
            QStringLiteral(
                "SELECT r.task_id, r.role, COALESCE(u.name, pe.name) "
                "FROM responsibilities r "
                "JOIN tasks t ON t.id = r.task_id JOIN problems p ON p.id = t.problem_id "
                "LEFT JOIN units u ON u.id = r.unit_id "
                "LEFT JOIN people pe ON pe.id = r.person_id%1 "
                "ORDER BY r.task_id, r.role, r.position, r.id")
                .arg(filter),
            values, tr("read the responsibilities for the export"));
        if (!q)
            return Error { q.error() };
        while (q->next()) {
            Responsibilities &r = responsibilities[q->value(0).toLongLong()];
            const QString role = q->value(1).toString();
            const QString name = q->value(2).toString();
            if (role == QLatin1String("leader"))
                r.leaders << name;
            else if (role == QLatin1String("lead_unit"))
                r.leadUnits << name;
            else if (role == QLatin1String("co_unit"))
                r.coUnits << name;
            else if (role == QLatin1String("person"))
                r.persons << name;
        }
    }

    QHash<qint64, QPair<QDate, QString>> progress;
    {
        auto q = ledger.exec(
            QStringLiteral("SELECT e.task_id, e.entry_date, e.text FROM progress_entries e "
                           "JOIN tasks t ON t.id = e.task_id JOIN problems p ON p.id = t.problem_id"
                           "%1 ORDER BY e.task_id, e.entry_date, e.id")
                .arg(filter),
            values, tr("read the progress for the export"));
        if (!q)
            return Error { q.error() };
        while (q->next()) // oldest first: the last one read per task wins
            progress.insert(
                q->value(0).toLongLong(), { dateFromSql(q->value(1)), q->value(2).toString() });
    }

    auto q = ledger.exec(
        QStringLiteral("SELECT i.name, p.id, p.code, p.category, p.title, t.id, t.number, "
                       "t.measure, t.target, t.deadline, t.long_term, t.status, t.completed_on, "
                       "t.closed_on, t.remarks, t.version "
                       "FROM problems p JOIN inspections i ON i.id = p.inspection_id "
                       "LEFT JOIN tasks t ON t.problem_id = p.id%1 "
                       "ORDER BY i.id, p.sort_order, p.id, t.number, t.id")
            .arg(filter),
        values, tr("read the tasks for the export"));
    if (!q)
        return Error { q.error() };
    QVector<ExportRow> out;
    qint64 previousProblem = 0;
    while (q->next()) {
        ExportRow row;
        row.inspection = q->value(0).toString();
        row.problemId = q->value(1).toLongLong();
        row.problemCode = q->value(2).toString();
        row.category = q->value(3).toString();
        row.title = q->value(4).toString();
        row.firstOfProblem = row.problemId != previousProblem;
        previousProblem = row.problemId;
        row.hasTask = !q->value(5).isNull();
        if (row.hasTask) {
            Task &t = row.task;
            t.id = q->value(5).toLongLong();
            t.problemId = row.problemId;
            t.number = q->value(6).toInt();
            t.measure = q->value(7).toString();
            t.target = q->value(8).toString();
            t.deadline = dateFromSql(q->value(9));
            t.longTerm = q->value(10).toInt() != 0;
            t.status = taskStatusFromKey(q->value(11).toString()).value_or(TaskStatus::NotStarted);
            t.completedOn = dateFromSql(q->value(12));
            t.closedOn = dateFromSql(q->value(13));
            t.remarks = q->value(14).toString();
            t.version = q->value(15).toInt();
            t.responsibilities = responsibilities.value(t.id);
            const auto latest = progress.value(t.id);
            row.latestProgressDate = latest.first;
            row.latestProgress = latest.second;
        }
        out << row;
    }
    return out;
}

} // namespace rectify
