// rectify-taskquery-sql [--today YYYY-MM-DD] [--unit NAME]: prints, one JSON object
// a line, the SELECT of TaskQuery::idsSql() (the task table's ids in order) with its
// values for each filter and sort the window benchmark uses, and the count of its
// filter. taskquery_bench.py times the first page (LIMIT 200) and the count of each
// on a ledger (docs/benchmarks.md).
#include "search/taskquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace rectify;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption todayOption(
        QStringLiteral("today"), QStringLiteral("The day of the alerts."), QStringLiteral("date"));
    const QCommandLineOption unitOption(
        QStringLiteral("unit"), QStringLiteral("The unit to filter by."), QStringLiteral("name"));
    parser.addOption(todayOption);
    parser.addOption(unitOption);
    parser.process(app);
    QDate today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
    if (!today.isValid())
        today = QDate(2024, 6, 30); // rectify-genledger's default
    const TaskQuery query(today, AlertSettings {});

    struct Case
    {
        const char *name;
        TaskFilter filter;
        TaskSort sort;
    };
    TaskFilter open;
    open.statuses = { TaskStatus::NotStarted, TaskStatus::InProgress };
    TaskFilter redYellow;
    redYellow.alerts = { AlertLevel::Red, AlertLevel::Yellow };
    TaskFilter stale; // long-term tasks: their latest progress decides
    stale.alerts = { AlertLevel::Stale };
    TaskFilter unit;
    unit.unit = parser.value(unitOption);
    TaskFilter search2;
    search2.text = QString::fromUtf8("干部");
    TaskFilter search3;
    search3.text = QString::fromUtf8("专项整治");
    // Words in the generated ledger's measures (rectify-genledger): one in about a
    // quarter of the tasks, one in fewer.
    TaskFilter search2Task;
    search2Task.text = QString::fromUtf8("追责");
    TaskFilter search4Task;
    search4Task.text = QString::fromUtf8("专项检查");
    const Case cases[] = {
        { "no filter", {}, {} },
        { "status open", open, {} },
        { "red and yellow", redYellow, {} },
        { "one unit", unit, {} },
        { "stale", stale, {} },
        { "stale, sort alert asc", stale, { TaskSortKey::Alert, false } },
        { "search 2 characters", search2, {} },
        { "search 4 characters", search3, {} },
        { "search 2 characters, measures", search2Task, {} },
        { "search 4 characters, measures", search4Task, {} },
        { "sort deadline asc", {}, { TaskSortKey::Deadline, false } },
        { "sort deadline desc", {}, { TaskSortKey::Deadline, true } },
        { "sort alert asc", {}, { TaskSortKey::Alert, false } },
        { "sort alert desc", {}, { TaskSortKey::Alert, true } },
        { "sort status asc", {}, { TaskSortKey::StatusKey, false } },
        { "sort status desc", {}, { TaskSortKey::StatusKey, true } },
        { "sort number asc", {}, { TaskSortKey::Number, false } },
        { "sort number desc", {}, { TaskSortKey::Number, true } },
        { "open, sort alert asc", open, { TaskSortKey::Alert, false } },
        { "open, sort alert desc", open, { TaskSortKey::Alert, true } },
        { "red and yellow, sort deadline asc", redYellow, { TaskSortKey::Deadline, false } },
    };
    for (const Case &c : cases) {
        QVariantList values;
        const QString sql = query.idsSql(c.filter, c.sort, &values);
        // The count of a filter, whatever the sort: its WHERE alone.
        QVariantList countValues;
        const QString countSql = QStringLiteral("SELECT COUNT(*) FROM tasks t JOIN problems p ON "
                                                "p.id = t.problem_id WHERE %1")
                                     .arg(query.whereClause(c.filter, &countValues));
        const QJsonObject line { { QStringLiteral("name"), QString::fromUtf8(c.name) },
            { QStringLiteral("sql"), sql },
            { QStringLiteral("values"), QJsonArray::fromVariantList(values) },
            { QStringLiteral("count_sql"), countSql },
            { QStringLiteral("count_values"), QJsonArray::fromVariantList(countValues) } };
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
