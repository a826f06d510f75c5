#include "export/exportrows.h"

#include "store/ledger.h"
#include "store/readsnapshot.h"
#include "util/sqlitehandle.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

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
        QStringLiteral("完成日期"),
        QStringLiteral("销号日期"),
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
        // Opens with the entry's date, or "—" when it is not known (the importer
        // reads both back); never the day of the export.
        if (row.latestProgress.isEmpty())
            return row.latestProgress;
        return QStringLiteral("%1 %2").arg(
            knownDateText(row.latestProgressDate), row.latestProgress);
    case Status:
        return row.hasTask ? statusWord(t.status) : QString();
    case CompletedOn: // "—": done at a date nobody recorded
        return row.hasTask && isDone(t.status) ? knownDateText(t.completedOn) : QString();
    case ClosedOn:
        return row.hasTask && t.status == TaskStatus::Closed ? knownDateText(t.closedOn)
                                                             : QString();
    case Remarks:
        return row.hasTask ? t.remarks : QString();
    case ColumnCount:
        break;
    }
    return QString();
}

namespace {

// The three bulk reads of an export, each with and without an inspection filter.
// They run on both backends: standard SQL, one bound value.
const char *responsibilitiesSql(bool byInspection)
{
    return byInspection ? "SELECT r.task_id, r.role, r.position, r.id, COALESCE(u.name, pe.name) "
                          "FROM responsibilities r JOIN tasks t ON t.id = r.task_id "
                          "JOIN problems p ON p.id = t.problem_id "
                          "LEFT JOIN units u ON u.id = r.unit_id "
                          "LEFT JOIN people pe ON pe.id = r.person_id WHERE p.inspection_id = ?"
                        : "SELECT r.task_id, r.role, r.position, r.id, COALESCE(u.name, pe.name) "
                          "FROM responsibilities r LEFT JOIN units u ON u.id = r.unit_id "
                          "LEFT JOIN people pe ON pe.id = r.person_id";
}

const char *progressSql(bool byInspection)
{
    return byInspection ? "SELECT e.task_id, e.entry_date, e.text FROM progress_entries e "
                          "JOIN tasks t ON t.id = e.task_id JOIN problems p ON p.id = t.problem_id "
                          "WHERE p.inspection_id = ? ORDER BY e.task_id, "
                          "CASE WHEN e.entry_date IS NULL THEN 0 ELSE 1 END, e.entry_date, e.id"
                        : "SELECT e.task_id, e.entry_date, e.text FROM progress_entries e "
                          "ORDER BY e.task_id, "
                          "CASE WHEN e.entry_date IS NULL THEN 0 ELSE 1 END, e.entry_date, e.id";
}

const char *tasksSql(bool byInspection)
{
    return byInspection
        ? "SELECT i.name, p.id, p.code, p.category, p.title, t.id, t.number, t.measure, "
          "t.target, t.deadline, t.long_term, t.status, t.completed_on, t.closed_on, "
          "t.remarks, t.version FROM problems p JOIN inspections i ON i.id = p.inspection_id "
          "LEFT JOIN tasks t ON t.problem_id = p.id WHERE p.inspection_id = ? "
          "ORDER BY i.id, p.sort_order, p.id, t.number, t.id"
        : "SELECT i.name, p.id, p.code, p.category, p.title, t.id, t.number, t.measure, "
          "t.target, t.deadline, t.long_term, t.status, t.completed_on, t.closed_on, "
          "t.remarks, t.version FROM problems p JOIN inspections i ON i.id = p.inspection_id "
          "LEFT JOIN tasks t ON t.problem_id = p.id "
          "ORDER BY i.id, p.sort_order, p.id, t.number, t.id";
}

// A forward-only read through QtSql with SqliteStatement's interface, for a ledger
// on a server (no native handle there).
class QtSqlCursor final
{
public:
    QtSqlCursor(const QSqlDatabase &db, const char *sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_failed = !m_query.prepare(QString::fromLatin1(sql));
    }
    Q_DISABLE_COPY_MOVE(QtSqlCursor)

    bool ok() const { return !m_failed; }
    void bind(int index, qint64 value) { m_query.bindValue(index - 1, value); }
    bool next()
    {
        if (m_failed)
            return false;
        if (!m_started) {
            m_started = true;
            if (!m_query.exec()) {
                m_failed = true;
                return false;
            }
        }
        if (m_query.next())
            return true;
        m_failed = m_query.lastError().isValid();
        return false;
    }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    bool isNull(int column) const { return m_query.isNull(column); }
    QString error() const
    {
        const QSqlError e = m_query.lastError();
        return (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
    }

private:
    QSqlQuery m_query;
    bool m_started = false;
    bool m_failed = false;
};

// Builds the rows from the three reads. One body for both backends: `open(sql)`
// gives a cursor (SqliteStatement on a file, QtSqlCursor on a server).
template<typename Cursor, typename Open>
Result<QVector<ExportRow>> assembleRows(Open open, qint64 inspectionId)
{
    const auto failed = [](const QString &what, const Cursor &q) {
        return Error { LedgerExport::tr("Cannot %1: %2").arg(what, q.error()) };
    };

    struct Named
    {
        qint64 position;
        qint64 id;
        QString name;
    };
    struct Roles
    {
        QVector<Named> lists[4]; // leader, lead_unit, co_unit, person
    };
    QHash<qint64, Roles> roles;
    {
        Cursor q = open(responsibilitiesSql(inspectionId != 0));
        if (inspectionId)
            q.bind(1, inspectionId);
        while (q.next()) {
            const QString role = q.text(1);
            const int list = role == QLatin1String("leader") ? 0
                : role == QLatin1String("lead_unit")         ? 1
                : role == QLatin1String("co_unit")           ? 2
                : role == QLatin1String("person")            ? 3
                                                             : -1;
            if (list >= 0)
                roles[q.integer(0)].lists[list].append({ q.integer(2), q.integer(3), q.text(4) });
        }
        if (!q.ok())
            return failed(LedgerExport::tr("read the responsibilities for the export"), q);
    }

    QHash<qint64, QPair<QDate, QString>> progress;
    {
        Cursor q = open(progressSql(inspectionId != 0));
        if (inspectionId)
            q.bind(1, inspectionId);
        while (q.next()) // oldest first: the last one read per task wins
            progress.insert(q.integer(0), { QDate::fromString(q.text(1), Qt::ISODate), q.text(2) });
        if (!q.ok())
            return failed(LedgerExport::tr("read the progress for the export"), q);
    }

    Cursor q = open(tasksSql(inspectionId != 0));
    if (inspectionId)
        q.bind(1, inspectionId);
    QVector<ExportRow> out;
    qint64 previousProblem = 0;
    while (q.next()) {
        ExportRow row;
        row.inspection = q.text(0);
        row.problemId = q.integer(1);
        row.problemCode = q.text(2);
        row.category = q.text(3);
        row.title = q.text(4);
        row.firstOfProblem = row.problemId != previousProblem;
        previousProblem = row.problemId;
        row.hasTask = !q.isNull(5);
        if (row.hasTask) {
            Task &t = row.task;
            t.id = q.integer(5);
            t.problemId = row.problemId;
            t.number = static_cast<int>(q.integer(6));
            t.measure = q.text(7);
            t.target = q.text(8);
            t.deadline = QDate::fromString(q.text(9), Qt::ISODate);
            t.longTerm = q.integer(10) != 0;
            t.status = taskStatusFromKey(q.text(11)).value_or(TaskStatus::NotStarted);
            t.completedOn = QDate::fromString(q.text(12), Qt::ISODate);
            t.closedOn = QDate::fromString(q.text(13), Qt::ISODate);
            t.remarks = q.text(14);
            t.version = static_cast<int>(q.integer(15));
            auto found = roles.find(t.id);
            if (found != roles.end()) {
                QStringList *lists[4]
                    = { &t.responsibilities.leaders, &t.responsibilities.leadUnits,
                          &t.responsibilities.coUnits, &t.responsibilities.persons };
                for (int l = 0; l < 4; ++l) {
                    QVector<Named> &names = found->lists[l];
                    // The order within a role, as entered.
                    std::sort(names.begin(), names.end(), [](const Named &a, const Named &b) {
                        return a.position != b.position ? a.position < b.position : a.id < b.id;
                    });
                    for (const Named &n : std::as_const(names))
                        lists[l]->append(n.name);
                }
            }
            const auto latest = progress.value(t.id);
            row.latestProgressDate = latest.first;
            row.latestProgress = latest.second;
        }
        out << row;
    }
    if (!q.ok())
        return failed(LedgerExport::tr("read the tasks for the export"), q);
    return out;
}

} // namespace

Result<QVector<ExportRow>> LedgerExport::rows(const Ledger &ledger, qint64 inspectionId)
{
    // Three bulk reads instead of queries per task: exporting a ledger of 100,000
    // tasks reads about half a million rows. On a file they go through the native
    // handle, which is several times faster than QtSql's values; on a server through
    // forward-only QtSql queries. Either way one body assembles the rows.
    if (!ledger.isOpen())
        return Error { tr("No ledger is open.") };
    if (ledger.isOnServer()) {
        // One snapshot for the three reads: a colleague's commit in between would
        // otherwise give a task without its responsibilities.
        const ReadSnapshot snapshot(ledger);
        if (!snapshot.status())
            return Error { snapshot.status().error() };
        const QSqlDatabase db = ledger.database();
        return assembleRows<QtSqlCursor>(
            [&db](const char *sql) { return QtSqlCursor(db, sql); }, inspectionId);
    }
    sqlite3 *db = sqliteHandle(ledger.database());
    if (!db)
        return Error { tr("No ledger is open.") };
    return assembleRows<SqliteStatement>(
        [db](const char *sql) { return SqliteStatement(db, sql); }, inspectionId);
}

} // namespace rectify
