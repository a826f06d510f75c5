#include "search/taskquery.h"

#include "stats/statssql.h"
#include "store/ledger.h"
#include "store/sqlaccess.h"
#include "util/sqlvalues.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <vector>

namespace rectify {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// LIKE pattern for a substring, with the wildcards of the text escaped.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// An FTS5 phrase: double quotes doubled, the whole term quoted, so no query syntax leaks.
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString placeholders(int n)
{
    QString out;
    out.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out;
}

// A person or unit in a role of the task.
QString roleSubquery(const char *roles, bool unit)
{
    return unit
        ? QStringLiteral("t.id IN (SELECT r.task_id FROM responsibilities r WHERE r.role "
                         "IN (%1) AND r.unit_id = (SELECT id FROM units WHERE name = ?))")
              .arg(QLatin1String(roles))
        : QStringLiteral("t.id IN (SELECT r.task_id FROM responsibilities r WHERE r.role "
                         "IN (%1) AND r.person_id = (SELECT id FROM people WHERE name = ?))")
              .arg(QLatin1String(roles));
}

// The first name in a role, for sorting by that column.
QString firstNameIn(const char *role, bool unit)
{
    return unit ? QStringLiteral("(SELECT u.name FROM responsibilities r JOIN units u ON u.id = "
                                 "r.unit_id WHERE r.task_id = t.id AND r.role = '%1' "
                                 "ORDER BY r.position LIMIT 1)")
                      .arg(QLatin1String(role))
                : QStringLiteral("(SELECT pe.name FROM responsibilities r JOIN people pe ON pe.id "
                                 "= r.person_id WHERE r.task_id = t.id AND r.role = '%1' "
                                 "ORDER BY r.position LIMIT 1)")
                      .arg(QLatin1String(role));
}

const AlertLevel rankOrder[] = {
    AlertLevel::Done,
    AlertLevel::Green,
    AlertLevel::Notice,
    AlertLevel::DataProblem,
    AlertLevel::Stale,
    AlertLevel::Yellow,
    AlertLevel::Red,
};

// The task's status in a condition. On SQLite "+" keeps the status index out of it: a
// status is a quarter of the tasks or more, and walking them by that index meant
// sorting them again in a temporary B-tree (into ledger order, or by deadline) where
// the ledger-order walk, or the deadline index, tests the status on the way.
QString statusColumn(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? QStringLiteral("+t.status") : QStringLiteral("t.status");
}

// The words of a free-text search.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.split(spaces, Qt::SkipEmptyParts);
}

// Whether a search has a word too short for the trigram index (see whereClause()).
bool hasShortWord(const QString &text)
{
    const QStringList words = searchWords(text);
    return std::any_of(words.begin(), words.end(), [](const QString &w) { return w.size() < 3; });
}

// The ledger order, the last terms of every sort.
const QString ledgerOrder = QStringLiteral("p.inspection_id, p.sort_order, p.id, t.number");

} // namespace

TaskQuery::TaskQuery(const QDate &today, const AlertSettings &settings)
    : m_today(today)
    , m_settings(settings)
{ }

int TaskQuery::alertRank(AlertLevel level)
{
    for (int i = 0; i < int(std::size(rankOrder)); ++i) {
        if (rankOrder[i] == level)
            return i;
    }
    return 0;
}

AlertLevel TaskQuery::alertFromRank(int rank)
{
    return rank >= 0 && rank < int(std::size(rankOrder)) ? rankOrder[rank] : AlertLevel::Green;
}

QString TaskQuery::alertRankExpression(QVariantList *values) const
{
    // The same rule as evaluateAlert(), day arithmetic done on ISO dates here.
    const QDate staleBefore = m_today.addDays(-m_settings.staleDays);
    const QDate dueLimit = m_today.addDays(m_settings.dueSoonDays);
    const bool notice = m_settings.noticeDays > m_settings.dueSoonDays;
    const QDate noticeLimit = m_today.addDays(m_settings.noticeDays);
    // "Done" is the statistics' rule, so a done task's rank and its count agree.
    QString sql = QStringLiteral("(CASE WHEN ") + statssql::doneTask
        + QStringLiteral(
            " THEN %1 "
            "WHEN t.long_term = 1 THEN (CASE WHEN COALESCE((SELECT MAX(pg.entry_date) FROM "
            "progress_entries pg WHERE pg.task_id = t.id), '') < ? THEN %2 ELSE %3 END) "
            "WHEN t.deadline IS NULL THEN %4 "
            "WHEN t.deadline < ? THEN %5 "
            "WHEN t.deadline <= ? THEN %6 ")
              .arg(alertRank(AlertLevel::Done))
              .arg(alertRank(AlertLevel::Stale))
              .arg(alertRank(AlertLevel::Green))
              .arg(alertRank(AlertLevel::DataProblem))
              .arg(alertRank(AlertLevel::Red))
              .arg(alertRank(AlertLevel::Yellow));
    *values << iso(staleBefore) << iso(m_today) << iso(dueLimit);
    if (notice) {
        sql += QStringLiteral("WHEN t.deadline <= ? THEN %1 ").arg(alertRank(AlertLevel::Notice));
        *values << iso(noticeLimit);
    }
    sql += QStringLiteral("ELSE %1 END)").arg(alertRank(AlertLevel::Green));
    return sql;
}

QString TaskQuery::alertCondition(
    AlertLevel level, QVariantList *values, SqlDialect dialect, bool byDeadlineIndex) const
{
    // The branches of alertRankExpression() one by one, each as plain comparisons of
    // the task's columns: a task meets exactly one of them, the one of its rank.
    // long_term is 0 or 1 (CHECK).
    const QDate staleBefore = m_today.addDays(-m_settings.staleDays);
    const QDate dueLimit = m_today.addDays(m_settings.dueSoonDays);
    const bool notice = m_settings.noticeDays > m_settings.dueSoonDays;
    const QDate noticeLimit = m_today.addDays(m_settings.noticeDays);
    const QString status = statusColumn(dialect);
    const QString open = status + QStringLiteral(" NOT IN ('completed', 'closed')");
    // Without byDeadlineIndex, "+" keeps SQLite off the deadline index: most tasks
    // past their deadline are done, so "deadline < today" is most of the index, and
    // reading it (then sorting the matches into ledger order) took 0.35 s of CPU on a
    // million tasks for the first page of red and yellow tasks, where the walk in
    // ledger order meets the first 200 of them within a few thousand tasks.
    // The long-term flag likewise: compared as a column, it made SQLite take the stale
    // tasks for few and sort them rather than walk the ledger order (0.1 s of CPU for
    // the first page instead of 2 ms).
    const bool opaque = !byDeadlineIndex && dialect == SqlDialect::Sqlite;
    const QString deadline = opaque ? QStringLiteral("+t.deadline") : QStringLiteral("t.deadline");
    const QString longTerm
        = opaque ? QStringLiteral("+t.long_term") : QStringLiteral("t.long_term");
    // The latest progress date: one seek on progress_task_date, long-term tasks only.
    const QString lastProgress
        = QStringLiteral("COALESCE((SELECT MAX(pg.entry_date) FROM progress_entries pg "
                         "WHERE pg.task_id = t.id), '')");
    switch (level) {
    case AlertLevel::Done:
        return status + QStringLiteral(" IN ('completed', 'closed')");
    case AlertLevel::Stale:
        *values << iso(staleBefore);
        return QStringLiteral("%1 AND %2 = 1 AND %3 < ?").arg(open, longTerm, lastProgress);
    case AlertLevel::DataProblem:
        return QStringLiteral("%1 AND %2 <> 1 AND %3 IS NULL").arg(open, longTerm, deadline);
    case AlertLevel::Red:
        *values << iso(m_today);
        return QStringLiteral("%1 AND %2 <> 1 AND %3 < ?").arg(open, longTerm, deadline);
    case AlertLevel::Yellow:
        *values << iso(m_today) << iso(dueLimit);
        return QStringLiteral("%1 AND %2 <> 1 AND %3 >= ? AND %3 <= ?")
            .arg(open, longTerm, deadline);
    case AlertLevel::Notice:
        if (!notice)
            return QStringLiteral("0 = 1");
        *values << iso(dueLimit) << iso(noticeLimit);
        return QStringLiteral("%1 AND %2 <> 1 AND %3 > ? AND %3 <= ?")
            .arg(open, longTerm, deadline);
    case AlertLevel::Green:
        *values << iso(notice ? noticeLimit : dueLimit) << iso(staleBefore);
        return QStringLiteral("%1 AND ((%2 <> 1 AND %3 > ?) OR (%2 = 1 AND %4 >= ?))")
            .arg(open, longTerm, deadline, lastProgress);
    }
    return QStringLiteral("0 = 1");
}

QString TaskQuery::whereClause(const TaskFilter &f, QVariantList *values, SqlDialect dialect) const
{
    QStringList terms;
    if (f.inspectionId != 0) {
        terms << QStringLiteral("p.inspection_id = ?");
        *values << f.inspectionId;
    }
    if (f.problemId != 0) {
        terms << QStringLiteral("t.problem_id = ?");
        *values << f.problemId;
    }
    if (!f.statuses.isEmpty()) {
        // "+t.status" on SQLite (statusColumn()): walking the status index meant sorting
        // a quarter of the tasks again into ledger order in a temporary B-tree (3.9 s on
        // a million tasks in the shell, under load), where the ledger-order scan of the
        // covering tasks_order index tests the status on the way (0.7 s).
        terms << QStringLiteral("%1 IN (%2)")
                     .arg(statusColumn(dialect), placeholders(int(f.statuses.size())));
        for (TaskStatus s : f.statuses)
            *values << taskStatusKey(s);
    }
    if (!f.alerts.isEmpty()) {
        // One condition per level rather than the rank expression compared with the
        // levels: fewer comparisons per task than the CASE, and the same conditions
        // as the pieces of the alert sort (idsSqlInPieces()).
        QStringList any;
        for (AlertLevel a : f.alerts)
            any << QLatin1Char('(') + alertCondition(a, values, dialect, false) + QLatin1Char(')');
        terms << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!f.unit.isEmpty()) {
        terms << roleSubquery(f.leadUnitOnly ? "'lead_unit'" : "'lead_unit', 'co_unit'", true);
        *values << f.unit.trimmed();
    }
    if (!f.leader.isEmpty()) {
        terms << roleSubquery("'leader'", false);
        *values << f.leader.trimmed();
    }
    if (!f.person.isEmpty()) {
        terms << roleSubquery("'person'", false);
        *values << f.person.trimmed();
    }
    if (!f.category.isEmpty()) {
        terms << QStringLiteral("p.category = ?");
        *values << f.category;
    }
    if (f.deadlineFrom.isValid()) {
        terms << QStringLiteral("t.deadline >= ?");
        *values << iso(f.deadlineFrom);
    }
    if (f.deadlineTo.isValid()) {
        terms << QStringLiteral("t.deadline <= ?");
        *values << iso(f.deadlineTo);
    }
    const QStringList words = searchWords(f.text);
    const bool server = dialect == SqlDialect::Postgres;
    for (const QString &word : words) {
        if (server) {
            // The same texts as the two FTS5 tables, matched as substrings without
            // regard to case; the expressions are those of the pg_trgm indexes of
            // schema_pg.cpp, so that the indexes serve words of three characters or
            // more. LIKE is case-sensitive there: ILIKE matches as SQLite's LIKE.
            terms << QStringLiteral(
                "((t.measure || ' ' || t.target || ' ' || t.remarks) ILIKE ? ESCAPE '\\' "
                "OR t.problem_id IN (SELECT sp.id FROM problems sp WHERE (sp.code || ' ' || "
                "sp.category || ' ' || sp.title || ' ' || sp.description) ILIKE ? ESCAPE "
                "'\\'))");
            *values << likePattern(word) << likePattern(word);
        } else if (word.size() >= 3) {
            // The trigram index finds any substring of three characters or more:
            // in the task's own text (task_search, by task id) or in its
            // problem's (problem_search, by problem id; schema version 4).
            terms << QStringLiteral(
                "(t.id IN (SELECT rowid FROM task_search WHERE task_search MATCH ?) "
                "OR t.problem_id IN (SELECT rowid FROM problem_search WHERE problem_search "
                "MATCH ?))");
            *values << ftsPhrase(word) << ftsPhrase(word);
        } else {
            // Shorter words cannot use trigrams: scan the texts instead, a problem's
            // once (the subquery is read once per query) rather than again for
            // each of its tasks.
            const auto likeAny = [&](std::initializer_list<const char *> columns) {
                QStringList out;
                for (const char *column : columns) {
                    out << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
                    *values << likePattern(word);
                }
                return out.join(QStringLiteral(" OR "));
            };
            const QString inTask = likeAny({ "t.measure", "t.target", "t.remarks" });
            const QString inProblem = likeAny({ "code", "category", "title", "description" });
            terms << QStringLiteral("(%1 OR t.problem_id IN (SELECT id FROM problems WHERE %2))")
                         .arg(inTask, inProblem);
        }
    }
    return terms.isEmpty() ? QStringLiteral("1 = 1") : terms.join(QStringLiteral(" AND "));
}

namespace {

// An ISO date as yyyymmdd, or -1 for none: a sort key that compares as an int.
int dateKey(const QVariant &v)
{
    if (v.isNull())
        return -1;
    const QString s = v.toString();
    if (s.size() < 10)
        return -1;
    const auto digits = [&s](int from, int n) {
        int out = 0;
        for (int i = from; i < from + n; ++i)
            out = out * 10 + (s.at(i).unicode() - '0');
        return out;
    };
    return digits(0, 4) * 10000 + digits(5, 2) * 100 + digits(8, 2);
}

// One task's keys for the sorts done here rather than in SQL.
struct SortRow
{
    qint64 id = 0;
    int key = 0; // alert rank, status rank or number
    int deadline = -1; // dateKey()
};

// Sorts rows read in ledger order by the key of `sort`, stably: ties keep the
// ledger order, as the ORDER BY's last terms do.
void sortRows(std::vector<SortRow> &rows, const TaskSort &sort)
{
    const bool desc = sort.descending;
    // Tasks without a deadline come last either way.
    const auto byDeadline = [desc](int a, int b) {
        if ((a < 0) != (b < 0))
            return b < 0;
        return desc ? a > b : a < b;
    };
    switch (sort.key) {
    case TaskSortKey::Deadline:
        std::stable_sort(rows.begin(), rows.end(),
            [&](const SortRow &a, const SortRow &b) { return byDeadline(a.deadline, b.deadline); });
        break;
    case TaskSortKey::Alert:
        // Most urgent (highest rank) first when ascending; the nearest deadline first
        // within a level.
        std::stable_sort(rows.begin(), rows.end(), [&](const SortRow &a, const SortRow &b) {
            if (a.key != b.key)
                return desc ? a.key < b.key : a.key > b.key;
            return byDeadline(a.deadline, b.deadline);
        });
        break;
    default:
        std::stable_sort(rows.begin(), rows.end(), [&](const SortRow &a, const SortRow &b) {
            return desc ? a.key > b.key : a.key < b.key;
        });
        break;
    }
}

} // namespace

bool TaskQuery::sortsInMemory(TaskSortKey key)
{
    return key == TaskSortKey::Deadline || key == TaskSortKey::Alert
        || key == TaskSortKey::StatusKey || key == TaskSortKey::Number;
}

Result<QVector<qint64>> TaskQuery::ids(
    const Ledger &ledger, const TaskFilter &filter, const TaskSort &sort) const
{
    if (sortsInMemory(sort.key))
        return sortedIds(ledger, filter, sort);
    return idsSortedInSql(ledger, filter, sort);
}

Result<QVector<qint64>> TaskQuery::sortedIds(
    const Ledger &ledger, const TaskFilter &filter, const TaskSort &sort) const
{
    // SQLite sorts the joined rows of a large ledger in a temporary B-tree, 0.4 s for
    // 100,000 tasks. Read in ledger order instead, which the indexes give without any
    // sorting, and sort the small keys here: a stable sort keeps the ledger order
    // within equal keys, as the ORDER BY's last terms do.
    QVariantList values;
    QString key;
    switch (sort.key) {
    case TaskSortKey::Alert:
        key = alertRankExpression(&values);
        break;
    case TaskSortKey::StatusKey:
        key = QStringLiteral("CASE t.status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 "
                             "WHEN 'completed' THEN 2 ELSE 3 END");
        break;
    case TaskSortKey::Number:
        key = QStringLiteral("t.number");
        break;
    default:
        key = QStringLiteral("0");
        break;
    }
    const QString where = whereClause(filter, &values, ledger.dialect());
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT t.id, %1, t.deadline FROM tasks t JOIN problems p "
                       "ON p.id = t.problem_id WHERE %2 ORDER BY "
                       "p.inspection_id, p.sort_order, p.id, t.number")
            .arg(key, where),
        values, tr("list the tasks"));
    if (!q)
        return Error { q.error() };
    std::vector<SortRow> rows;
    while (q->next())
        rows.push_back({ q->value(0).toLongLong(), q->value(1).toInt(), dateKey(q->value(2)) });
    sortRows(rows, sort);
    QVector<qint64> out;
    out.reserve(qsizetype(rows.size()));
    for (const SortRow &r : rows)
        out << r.id;
    return out;
}

Result<QVector<qint64>> TaskQuery::idsSortedInSql(
    const Ledger &ledger, const TaskFilter &filter, const TaskSort &sort) const
{
    QVariantList values;
    const QString sql = idsSql(filter, sort, &values, ledger.dialect());
    auto q = SqlAccess::exec(ledger, sql, values, tr("list the tasks"));
    if (!q)
        return Error { q.error() };
    QVector<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

QString TaskQuery::idsSql(
    const TaskFilter &filter, const TaskSort &sort, QVariantList *values, SqlDialect dialect) const
{
    if (dialect == SqlDialect::Sqlite) {
        const QString pieces = idsSqlInPieces(filter, sort, values);
        if (!pieces.isEmpty())
            return pieces;
    }
    const QString where = whereClause(filter, values, dialect);
    const QString order = orderTerms(sort, values);
    // A word of one or two characters is matched by LIKE on every task's text, which
    // no index serves: SQLite then chose to read all the tasks and sort the matches
    // into ledger order (0.4 s of CPU on a million tasks before the first row). In
    // ledger order, CROSS JOIN keeps it walking the problems' and their tasks' order
    // indexes, testing the words on the way: the first page is met within a few
    // thousand tasks when the word is common, and no sort is needed either way.
    const bool ledgerWalk = dialect == SqlDialect::Sqlite
        && (sort.key == TaskSortKey::Ledger || sort.key == TaskSortKey::Problem)
        && hasShortWord(filter.text);
    const QString from = ledgerWalk
        ? QStringLiteral("problems p CROSS JOIN tasks t ON p.id = t.problem_id")
        : QStringLiteral("tasks t JOIN problems p ON p.id = t.problem_id");
    return QStringLiteral("SELECT t.id FROM %1 WHERE %2 ORDER BY %3").arg(from, where, order);
}

QString TaskQuery::idsSqlInPieces(
    const TaskFilter &filter, const TaskSort &sort, QVariantList *values) const
{
    // The ORDER BY of idsSql() for these keys starts with a value computed per task
    // (the alert rank, the status's rank, whether there is a deadline), which no index
    // gives: SQLite read every matching task and sorted them all before the first row
    // (by deadline on a million tasks: 0.19 s of CPU, 1.8 s under load). Here the tasks are read in
    // pieces of equal key, one after the other (SQLite runs the parts of a UNION ALL in turn), each
    // piece in the rest of the order: by deadline from the deadline index, the tasks of one
    // deadline sorted into ledger order (USE TEMP B-TREE FOR RIGHT PART OF ORDER BY), or in ledger
    // order by the walk of the problems_order and tasks_order indexes. A LIMIT stops after the
    // first pieces that fill the page. Every task is in exactly one piece; tasks without a deadline
    // come last within a key, as in the single ORDER BY.
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    const QString byDeadline = QStringLiteral("t.deadline%1, %2").arg(dir, ledgerOrder);
    QStringList parts;
    // One piece: the filter and `condition` (with its `conditionValues`), in `order`.
    const auto piece
        = [&](const QString &condition, const QVariantList &conditionValues, const QString &order) {
              const QString where = whereClause(filter, values, SqlDialect::Sqlite);
              *values << conditionValues;
              parts << QStringLiteral("SELECT id FROM (SELECT t.id FROM tasks t JOIN problems p ON "
                                      "p.id = t.problem_id WHERE %1 AND %2 ORDER BY %3)")
                           .arg(where, condition, order);
          };
    // The tasks of `condition` with a deadline by deadline, then those without.
    const auto byDeadlineThenNone = [&](const QString &condition, const QVariantList &v) {
        piece(QStringLiteral("(%1) AND t.deadline IS NOT NULL").arg(condition), v, byDeadline);
        piece(QStringLiteral("(%1) AND t.deadline IS NULL").arg(condition), v, ledgerOrder);
    };
    switch (sort.key) {
    case TaskSortKey::Deadline:
        byDeadlineThenNone(QStringLiteral("1 = 1"), {});
        break;
    case TaskSortKey::StatusKey: {
        // The CASE of idsSql(): not started, in progress, completed, closed (the CHECK
        // of tasks.status allows no other); ledger order within a status either way.
        QVector<TaskStatus> order { TaskStatus::NotStarted, TaskStatus::InProgress,
            TaskStatus::Completed, TaskStatus::Closed };
        if (sort.descending)
            std::reverse(order.begin(), order.end());
        for (TaskStatus status : order) {
            if (!filter.statuses.isEmpty() && !filter.statuses.contains(status))
                continue;
            piece(QStringLiteral("+t.status = ?"), { taskStatusKey(status) }, ledgerOrder);
        }
        break;
    }
    case TaskSortKey::Alert: {
        // Most urgent first when ascending (rankOrder backwards); the nearest deadline
        // first within a level, those without last.
        QVector<AlertLevel> order;
        for (AlertLevel level : rankOrder)
            order.prepend(level);
        if (sort.descending)
            std::reverse(order.begin(), order.end());
        const bool notice = m_settings.noticeDays > m_settings.dueSoonDays;
        // A status filter that leaves out the done tasks, or the open ones, leaves out
        // their levels: their pieces would read the deadline index for nothing.
        const auto statusIn = [&](TaskStatus a, TaskStatus b) {
            return filter.statuses.isEmpty() || filter.statuses.contains(a)
                || filter.statuses.contains(b);
        };
        const bool anyDone = statusIn(TaskStatus::Completed, TaskStatus::Closed);
        const bool anyOpen = statusIn(TaskStatus::NotStarted, TaskStatus::InProgress);
        // Long-term tasks seldom carry a deadline: a piece of long-term tasks with one
        // starts its walk of the deadline index at the earliest such deadline (a scan of
        // the covering tasks_order, 30 ms on a million tasks) rather than at the
        // beginning (1.1 s of CPU when there are none: every task was read).
        const QString longTermFrom
            = QStringLiteral("(SELECT MIN(+lt.deadline) FROM tasks lt WHERE lt.long_term = 1)");
        for (AlertLevel level : order) {
            if (!filter.alerts.isEmpty() && !filter.alerts.contains(level))
                continue;
            if (level == AlertLevel::Notice && !notice)
                continue;
            if (level == AlertLevel::Done ? !anyDone : !anyOpen)
                continue;
            QVariantList v;
            const QString condition = alertCondition(level, &v, SqlDialect::Sqlite, true);
            switch (level) {
            case AlertLevel::Red:
            case AlertLevel::Yellow:
            case AlertLevel::Notice:
                piece(condition, v, byDeadline); // all have a deadline
                break;
            case AlertLevel::DataProblem:
                piece(condition, v, ledgerOrder); // none has one
                break;
            case AlertLevel::Stale: // long-term tasks only
                piece(QStringLiteral("(%1) AND t.deadline >= %2").arg(condition, longTermFrom), v,
                    byDeadline);
                piece(QStringLiteral("(%1) AND t.deadline IS NULL").arg(condition), v, ledgerOrder);
                break;
            case AlertLevel::Green: {
                // Later than the due-soon (or notice) window, or a long-term task's.
                const QVariantList from = v.mid(0, 1);
                piece(QStringLiteral("(%1) AND t.deadline >= min(?, COALESCE(%2, ?))")
                          .arg(condition, longTermFrom),
                    v + from + from, byDeadline);
                piece(QStringLiteral("(%1) AND t.deadline IS NULL").arg(condition), v, ledgerOrder);
                break;
            }
            default:
                byDeadlineThenNone(condition, v);
                break;
            }
        }
        break;
    }
    default:
        return QString();
    }
    if (parts.isEmpty()) // the filter leaves no level or status: no task
        piece(QStringLiteral("0 = 1"), {}, ledgerOrder);
    return parts.join(QStringLiteral(" UNION ALL "));
}

Result<QVector<TaskRow>> TaskQuery::rows(const Ledger &ledger, const QVector<qint64> &ids) const
{
    QVector<TaskRow> out;
    if (ids.isEmpty())
        return out;
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    const QString in = placeholders(int(ids.size()));
    auto q = SqlAccess::exec(ledger,
        QStringLiteral(
            "SELECT t.id, t.problem_id, p.code, p.title, p.category, t.number, "
            "t.measure, t.target, t.deadline, t.long_term, t.status, t.completed_on FROM tasks t "
            "JOIN problems p ON p.id = t.problem_id WHERE t.id IN (%1)")
            .arg(in),
        values, tr("read the tasks"));
    if (!q)
        return Error { q.error() };
    QHash<qint64, TaskRow> byId;
    byId.reserve(ids.size());
    while (q->next()) {
        TaskRow r;
        r.id = q->value(0).toLongLong();
        r.problemId = q->value(1).toLongLong();
        r.problemCode = q->value(2).toString();
        r.problemTitle = q->value(3).toString();
        r.category = q->value(4).toString();
        r.number = q->value(5).toInt();
        r.measure = q->value(6).toString();
        r.target = q->value(7).toString();
        r.deadline = dateFromSql(q->value(8));
        r.longTerm = q->value(9).toInt() != 0;
        r.status = taskStatusFromKey(q->value(10).toString()).value_or(TaskStatus::NotStarted);
        r.completedOn = dateFromSql(q->value(11));
        byId.insert(r.id, r);
    }
    auto resp = SqlAccess::exec(ledger,
        QStringLiteral("SELECT r.task_id, r.role, COALESCE(u.name, pe.name) FROM responsibilities "
                       "r LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people pe ON pe.id = "
                       "r.person_id WHERE r.task_id IN (%1) ORDER BY r.task_id, r.role, "
                       "r.position, r.id")
            .arg(in),
        values, tr("read the responsibilities"));
    if (!resp)
        return Error { resp.error() };
    while (resp->next()) {
        auto it = byId.find(resp->value(0).toLongLong());
        if (it == byId.end())
            continue;
        const QString role = resp->value(1).toString();
        const QString name = resp->value(2).toString();
        if (role == QLatin1String("leader"))
            it->leaders << name;
        else if (role == QLatin1String("lead_unit"))
            it->leadUnits << name;
        else if (role == QLatin1String("co_unit"))
            it->coUnits << name;
        else if (role == QLatin1String("person"))
            it->persons << name;
    }
    // Each task's latest entry (the latest date, the last written on that day): one
    // index lookup per task on progress_task_date.
    auto last = SqlAccess::exec(ledger,
        QStringLiteral("SELECT pe.task_id, pe.entry_date, pe.text FROM progress_entries pe "
                       "WHERE pe.id IN (SELECT (SELECT p2.id FROM progress_entries p2 "
                       "WHERE p2.task_id = t.id ORDER BY p2.entry_date DESC, p2.id DESC "
                       "LIMIT 1) FROM tasks t WHERE t.id IN (%1))")
            .arg(in),
        values, tr("read the latest progress"));
    if (!last)
        return Error { last.error() };
    while (last->next()) {
        auto it = byId.find(last->value(0).toLongLong());
        if (it != byId.end()) {
            it->lastProgress = dateFromSql(last->value(1));
            it->latestProgress = last->value(2).toString();
        }
    }
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it == byId.end())
            continue;
        Task t;
        t.deadline = it->deadline;
        t.longTerm = it->longTerm;
        t.status = it->status;
        it->alert = evaluateAlert(t, it->lastProgress, m_today, m_settings);
        out << *it;
    }
    return out;
}

Result<TaskQuery::AlertOverview> TaskQuery::alertOverview(
    const Ledger &ledger, const QVector<AlertLevel> &levels) const
{
    QVariantList values;
    const QString rank = alertRankExpression(&values);
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT t.id, %1, t.deadline FROM tasks t JOIN problems p "
                       "ON p.id = t.problem_id ORDER BY "
                       "p.inspection_id, p.sort_order, p.id, t.number")
            .arg(rank),
        values, tr("count the alerts"));
    if (!q)
        return Error { q.error() };
    bool wanted[std::size(rankOrder)] = {};
    for (AlertLevel level : levels)
        wanted[alertRank(level)] = true;
    qint64 perRank[std::size(rankOrder)] = {};
    std::vector<SortRow> rows;
    while (q->next()) {
        const int r = q->value(1).toInt();
        if (r < 0 || r >= int(std::size(rankOrder)))
            continue;
        ++perRank[r];
        if (wanted[r])
            rows.push_back({ q->value(0).toLongLong(), r, dateKey(q->value(2)) });
    }
    sortRows(rows, TaskSort { TaskSortKey::Alert });
    AlertOverview out;
    out.ids.reserve(qsizetype(rows.size()));
    for (const SortRow &r : rows)
        out.ids << r.id;
    for (int r = 0; r < int(std::size(rankOrder)); ++r) {
        if (perRank[r] > 0)
            out.counts[rankOrder[r]] = perRank[r];
    }
    return out;
}

Result<QMap<AlertLevel, qint64>> TaskQuery::countByAlert(
    const Ledger &ledger, const TaskFilter &filter) const
{
    QVariantList values;
    const QString rank = alertRankExpression(&values);
    const QString where = whereClause(filter, &values, ledger.dialect());
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT %1 AS rank, COUNT(*) FROM tasks t JOIN problems p "
                       "ON p.id = t.problem_id WHERE %2 GROUP BY rank")
            .arg(rank, where),
        values, tr("count the alerts"));
    if (!q)
        return Error { q.error() };
    QMap<AlertLevel, qint64> out;
    while (q->next())
        out[alertFromRank(q->value(0).toInt())] += q->value(1).toLongLong();
    return out;
}

Result<QStringList> TaskQuery::categories(const Ledger &ledger)
{
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT DISTINCT category FROM problems WHERE category "
                       "<> '' ORDER BY category"),
        {}, tr("list the categories"));
    if (!q)
        return Error { q.error() };
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QString TaskQuery::orderTerms(const TaskSort &sort, QVariantList *values) const
{
    // The ORDER BY of idsSql() when the tasks are not read in pieces, of the keyset
    // windows in ledger order and of a task's position.
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    switch (sort.key) {
    case TaskSortKey::Ledger:
    case TaskSortKey::Problem:
        return QStringLiteral("p.inspection_id%1, p.sort_order%1, p.id%1, t.number%1").arg(dir);
    case TaskSortKey::Number:
        return QStringLiteral("t.number%1, %2").arg(dir, ledgerOrder);
    case TaskSortKey::Measure:
        return QStringLiteral("t.measure%1, %2").arg(dir, ledgerOrder);
    case TaskSortKey::LeadUnit:
        return QStringLiteral("%1%2, %3").arg(firstNameIn("lead_unit", true), dir, ledgerOrder);
    case TaskSortKey::Leader:
        return QStringLiteral("%1%2, %3").arg(firstNameIn("leader", false), dir, ledgerOrder);
    case TaskSortKey::Person:
        return QStringLiteral("%1%2, %3").arg(firstNameIn("person", false), dir, ledgerOrder);
    case TaskSortKey::Deadline:
        return QStringLiteral("t.deadline IS NULL, t.deadline%1, %2").arg(dir, ledgerOrder);
    case TaskSortKey::StatusKey:
        return QStringLiteral("CASE t.status WHEN 'not_started' THEN 0 WHEN 'in_progress' THEN 1 "
                              "WHEN 'completed' THEN 2 ELSE 3 END%1, %2")
            .arg(dir, ledgerOrder);
    case TaskSortKey::Alert:
        return QStringLiteral("%1%2, t.deadline IS NULL, t.deadline%3, %4")
            .arg(alertRankExpression(values), sort.descending ? QString() : QStringLiteral(" DESC"),
                dir, ledgerOrder);
    }
    return ledgerOrder;
}

Result<std::optional<TaskQuery::LedgerKey>> TaskQuery::ledgerKey(
    const Ledger &ledger, qint64 taskId)
{
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT p.inspection_id, p.sort_order, p.id, t.number FROM tasks t "
                       "JOIN problems p ON p.id = t.problem_id WHERE t.id = ?"),
        { taskId }, tr("find the task"));
    if (!q)
        return Error { q.error() };
    if (!q->next())
        return std::optional<LedgerKey>();
    return std::optional<LedgerKey>(LedgerKey { q->value(0).toLongLong(), q->value(1).toLongLong(),
        q->value(2).toLongLong(), q->value(3).toLongLong() });
}

namespace {

bool inLedgerOrder(const TaskSort &sort)
{
    return sort.key == TaskSortKey::Ledger || sort.key == TaskSortKey::Problem;
}

} // namespace

Result<QVector<qint64>> TaskQuery::idsPage(const Ledger &ledger, const TaskFilter &filter,
    const TaskSort &sort, qint64 offset, int limit, qint64 afterTaskId) const
{
    QVector<qint64> out;
    if (limit <= 0)
        return out;
    QVariantList values;
    QString where = whereClause(filter, &values, ledger.dialect());
    bool keyset = false;
    if (afterTaskId != 0 && inLedgerOrder(sort)) {
        auto key = ledgerKey(ledger, afterTaskId);
        if (!key)
            return Error { key.error() };
        if (*key) {
            // The tasks after it in ledger order (before it, descending): its problem's
            // later tasks, then the later problems. The first term alone is a range of
            // the problems' order index, so the scan starts at the task's problem.
            const bool desc = sort.descending;
            where += QStringLiteral(" AND (p.inspection_id, p.sort_order, p.id) %1 (?, ?, ?) "
                                    "AND (p.id <> ? OR t.number %2 ?)")
                         .arg(desc ? QStringLiteral("<=") : QStringLiteral(">="),
                             desc ? QStringLiteral("<") : QStringLiteral(">"));
            const LedgerKey &k = **key;
            values << k.inspectionId << k.sortOrder << k.problemId << k.problemId << k.number;
            keyset = true;
        }
    }
    QString sql;
    if (keyset) {
        const QString order = orderTerms(sort, &values);
        sql = QStringLiteral("SELECT t.id FROM tasks t JOIN problems p ON p.id = t.problem_id "
                             "WHERE %1 ORDER BY %2 LIMIT ?")
                  .arg(where, order);
        values << limit;
    } else {
        // Exactly the SELECT of idsSortedInSql(), with its index-served forms (the
        // pieces of the deadline, alert and status sorts, the walk for short words):
        // a LIMIT ends it after the first window.
        values.clear();
        sql = idsSql(filter, sort, &values, ledger.dialect()) + QStringLiteral(" LIMIT ?");
        values << limit;
        if (offset > 0) {
            sql += QStringLiteral(" OFFSET ?");
            values << offset;
        }
    }
    auto q = SqlAccess::exec(ledger, sql, values, tr("list the tasks"));
    if (!q)
        return Error { q.error() };
    out.reserve(limit);
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<qint64> TaskQuery::count(const Ledger &ledger, const TaskFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, &values, ledger.dialect());
    auto q = SqlAccess::exec(ledger,
        QStringLiteral(
            "SELECT COUNT(*) FROM tasks t JOIN problems p ON p.id = t.problem_id WHERE %1")
            .arg(where),
        values, tr("count the tasks"));
    if (!q)
        return Error { q.error() };
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<qint64> TaskQuery::taskIdBound(const Ledger &ledger)
{
    auto q = SqlAccess::exec(
        ledger, QStringLiteral("SELECT MAX(id) FROM tasks"), {}, tr("count the tasks"));
    if (!q)
        return Error { q.error() };
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<qint64> TaskQuery::position(
    const Ledger &ledger, const TaskFilter &filter, const TaskSort &sort, qint64 taskId) const
{
    QVariantList values;
    const QString where = whereClause(filter, &values, ledger.dialect());
    {
        auto q = SqlAccess::exec(ledger,
            QStringLiteral("SELECT 1 FROM tasks t JOIN problems p ON p.id = t.problem_id "
                           "WHERE t.id = ? AND %1")
                .arg(where),
            QVariantList { taskId } + values, tr("find the task"));
        if (!q)
            return Error { q.error() };
        if (!q->next())
            return qint64(-1);
    }
    if (inLedgerOrder(sort)) {
        auto key = ledgerKey(ledger, taskId);
        if (!key)
            return Error { key.error() };
        if (!*key)
            return qint64(-1);
        // The matching tasks before its key (after it, descending).
        const bool desc = sort.descending;
        const LedgerKey &k = **key;
        QVariantList v = values;
        v << k.inspectionId << k.sortOrder << k.problemId << k.problemId << k.number;
        auto q = SqlAccess::exec(ledger,
            QStringLiteral("SELECT COUNT(*) FROM tasks t JOIN problems p ON p.id = t.problem_id "
                           "WHERE %1 AND ((p.inspection_id, p.sort_order, p.id) %2 (?, ?, ?) "
                           "OR (p.id = ? AND t.number %2 ?))")
                .arg(where, desc ? QStringLiteral(">") : QStringLiteral("<")),
            v, tr("find the task"));
        if (!q)
            return Error { q.error() };
        return q->next() ? q->value(0).toLongLong() : qint64(-1);
    }
    // The window's ORDER BY comes before the WHERE in the text: its values first.
    QVariantList v;
    const QString order = orderTerms(sort, &v);
    v += values;
    v << taskId;
    auto q = SqlAccess::exec(ledger,
        QStringLiteral("SELECT n FROM (SELECT t.id AS id, ROW_NUMBER() OVER (ORDER BY %2) - 1 AS n "
                       "FROM tasks t JOIN problems p ON p.id = t.problem_id WHERE %1) ranked "
                       "WHERE ranked.id = ?")
            .arg(where, order),
        v, tr("find the task"));
    if (!q)
        return Error { q.error() };
    return q->next() ? q->value(0).toLongLong() : qint64(-1);
}

} // namespace rectify
