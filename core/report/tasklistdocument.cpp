#include "report/tasklistdocument.h"

#include "report/bulletin.h"
#include "search/taskquery.h"
#include "store/ledger.h"

namespace rectify {

namespace {

// The statuses as the lists print them, in Chinese whatever the interface language.
QString statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return QStringLiteral("未启动");
    case TaskStatus::InProgress:
        return QStringLiteral("推进中");
    case TaskStatus::Completed:
        return QStringLiteral("已完成");
    case TaskStatus::Closed:
        break;
    }
    return QStringLiteral("已销号");
}

QString alertName(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Done:
        return QStringLiteral("已完成");
    case AlertLevel::Green:
        return QStringLiteral("正常推进");
    case AlertLevel::Notice:
        return QStringLiteral("临近时限");
    case AlertLevel::Yellow:
        return QStringLiteral("即将到期");
    case AlertLevel::Red:
        return QStringLiteral("已逾期");
    case AlertLevel::Stale:
        return QStringLiteral("长期未报进展");
    case AlertLevel::DataProblem:
        break;
    }
    return QStringLiteral("缺少时限");
}

QString names(const QStringList &list)
{
    return list.join(QStringLiteral("、"));
}

QString deadlineText(const TaskRow &row)
{
    if (row.longTerm)
        return row.deadline.isValid()
            ? Bulletin::chineseDate(row.deadline) + QStringLiteral("\n长期坚持")
            : QStringLiteral("长期坚持");
    return row.deadline.isValid() ? Bulletin::chineseDate(row.deadline) : QString();
}

QString statusText(const TaskRow &row)
{
    QString s = statusName(row.status);
    if (row.alert.level == AlertLevel::Red)
        s += QStringLiteral("\n（已逾期）");
    return s;
}

} // namespace

QString TaskListDocument::taskReference(const QString &problemCode, int number)
{
    return QStringLiteral("%1.%2").arg(problemCode).arg(number);
}

Result<QStringList> TaskListDocument::describeFilter(const Ledger &ledger, const TaskFilter &filter)
{
    QStringList out;
    if (filter.problemId != 0) {
        auto problem = ledger.problem(filter.problemId);
        if (!problem)
            return Error { problem.error() };
        out << QStringLiteral("问题：%1 %2").arg(problem->code, problem->title).trimmed();
    }
    if (!filter.statuses.isEmpty()) {
        QStringList s;
        for (TaskStatus status : filter.statuses)
            s << statusName(status);
        out << QStringLiteral("状态：") + names(s);
    }
    if (!filter.alerts.isEmpty()) {
        QStringList s;
        for (AlertLevel level : filter.alerts)
            s << alertName(level);
        out << QStringLiteral("预警：") + names(s);
    }
    if (!filter.unit.isEmpty())
        out << (filter.leadUnitOnly ? QStringLiteral("牵头单位：") : QStringLiteral("责任单位："))
                + filter.unit;
    if (!filter.leader.isEmpty())
        out << QStringLiteral("责任领导：") + filter.leader;
    if (!filter.person.isEmpty())
        out << QStringLiteral("责任人：") + filter.person;
    if (!filter.category.isEmpty())
        out << QStringLiteral("问题类别：") + filter.category;
    if (filter.deadlineFrom.isValid() && filter.deadlineTo.isValid())
        out << QStringLiteral("完成时限：%1至%2")
                   .arg(Bulletin::chineseDate(filter.deadlineFrom),
                       Bulletin::chineseDate(filter.deadlineTo));
    else if (filter.deadlineFrom.isValid())
        out << QStringLiteral("完成时限：%1起").arg(Bulletin::chineseDate(filter.deadlineFrom));
    else if (filter.deadlineTo.isValid())
        out << QStringLiteral("完成时限：%1止").arg(Bulletin::chineseDate(filter.deadlineTo));
    if (!filter.text.trimmed().isEmpty())
        out << QStringLiteral("关键词：") + filter.text.trimmed();
    return out;
}

Result<TableDocument> TaskListDocument::build(const Ledger &ledger, Kind kind,
    const TaskFilter &filter, const QDate &today, const AlertSettings &settings,
    const TaskSort &sort)
{
    QString inspectionName;
    if (filter.inspectionId != 0) {
        auto inspection = ledger.inspection(filter.inspectionId);
        if (!inspection)
            return Error { inspection.error() };
        inspectionName = inspection->name;
    } else {
        auto all = ledger.inspections();
        if (!all)
            return Error { all.error() };
        if (all->size() == 1)
            inspectionName = all->first().name;
    }
    auto filters = describeFilter(ledger, filter);
    if (!filters)
        return Error { filters.error() };

    TableDocument doc;
    const QString listName
        = kind == Kind::Tasks ? QStringLiteral("整改任务清单") : QStringLiteral("责任清单");
    doc.title = inspectionName + listName;
    doc.subtitle << QStringLiteral("（截至%1）").arg(Bulletin::chineseDate(today));
    doc.subtitle << (filters->isEmpty()
            ? QStringLiteral("筛选条件：无（全部整改任务）")
            : QStringLiteral("筛选条件：") + filters->join(QStringLiteral("；")));

    using Column = TableDocument::Column;
    if (kind == Kind::Tasks) {
        doc.columns = { Column { QStringLiteral("序号"), 5 }, Column { QStringLiteral("问题"), 15 },
            Column { QStringLiteral("整改措施"), 30 }, Column { QStringLiteral("责任单位"), 12 },
            Column { QStringLiteral("责任领导"), 7 }, Column { QStringLiteral("完成时限"), 8 },
            Column { QStringLiteral("进展情况"), 17 }, Column { QStringLiteral("状态"), 6 } };
    } else {
        doc.columns = { Column { QStringLiteral("序号"), 5 }, Column { QStringLiteral("问题"), 15 },
            Column { QStringLiteral("整改措施"), 30 }, Column { QStringLiteral("责任领导"), 8 },
            Column { QStringLiteral("牵头单位"), 11 }, Column { QStringLiteral("配合单位"), 11 },
            Column { QStringLiteral("责任人"), 8 }, Column { QStringLiteral("完成时限"), 9 } };
    }

    const TaskQuery query(today, settings);
    auto ids = query.ids(ledger, filter, sort);
    if (!ids)
        return Error { ids.error() };
    doc.rows.reserve(ids->size());
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < ids->size(); from += chunk) {
        auto rows = query.rows(ledger, ids->mid(from, chunk));
        if (!rows)
            return Error { rows.error() };
        for (const TaskRow &row : *rows) {
            const QString problem
                = (row.problemCode + QLatin1Char(' ') + row.problemTitle).trimmed();
            const QString ref = taskReference(row.problemCode, row.number);
            if (kind == Kind::Tasks) {
                QStringList units = row.leadUnits;
                for (const QString &u : row.coUnits)
                    units << u + QStringLiteral("（配合）");
                doc.rows.append({ ref, problem, row.measure, names(units), names(row.leaders),
                    deadlineText(row), row.latestProgress, statusText(row) });
            } else {
                doc.rows.append(
                    { ref, problem, row.measure, names(row.leaders), names(row.leadUnits),
                        names(row.coUnits), names(row.persons), deadlineText(row) });
            }
        }
    }
    return doc;
}

} // namespace rectify
