#pragma once

#include "search/taskfilter.h"
#include "search/taskrow.h"
#include "stats/alert.h"
#include "store/ledgerlocation.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QVariantList>
#include <QVector>
#include <optional>

namespace rectify {

class Ledger;

// Turns a TaskFilter and a TaskSort into SQL with bound values, and reads the
// task table in two steps: the ordered ids of every matching task (cheap: one
// integer per row), then the rows of a window of those ids. The alert level is
// computed in SQL for filtering and sorting with the same rule as evaluateAlert().
class TaskQuery final
{
    Q_DECLARE_TR_FUNCTIONS(rectify::TaskQuery)

public:
    TaskQuery(const QDate &today, const AlertSettings &settings);

    // The ids of the matching tasks, in table order.
    Result<QVector<qint64>> ids(
        const Ledger &ledger, const TaskFilter &filter, const TaskSort &sort = {}) const;
    // The rows of the given tasks, in the order given; ids that no longer exist are skipped.
    Result<QVector<TaskRow>> rows(const Ledger &ledger, const QVector<qint64> &ids) const;
    // In one pass over the ledger's tasks: the ids of those at `levels`, in the
    // order of TaskSortKey::Alert (ascending), and how many tasks stand at each
    // level (all of them: the counts are those of countByAlert() without a filter).
    // The window's alerts dock and status bar read both at start: on a million
    // tasks the alert rule is then evaluated once instead of twice.
    struct AlertOverview
    {
        QVector<qint64> ids;
        QMap<AlertLevel, qint64> counts;
    };
    Result<AlertOverview> alertOverview(
        const Ledger &ledger, const QVector<AlertLevel> &levels) const;
    // How many matching tasks stand at each alert level.
    Result<QMap<AlertLevel, qint64>> countByAlert(
        const Ledger &ledger, const TaskFilter &filter = {}) const;

    // The problem categories in use, sorted, for the filter choices.
    static Result<QStringList> categories(const Ledger &ledger);

    // The WHERE clause (without the keyword, "1 = 1" when empty) and its values:
    // exposed for tests and for other readers of the task list.
    // The free-text search is per dialect: FTS5 on SQLite, ILIKE over pg_trgm indexes
    // on PostgreSQL (the same matches).
    QString whereClause(const TaskFilter &filter, QVariantList *values,
        SqlDialect dialect = SqlDialect::Sqlite) const;
    // An SQL expression giving the alert level's urgency rank (see alertRank()).
    QString alertRankExpression(QVariantList *values) const;
    static int alertRank(AlertLevel level);
    static AlertLevel alertFromRank(int rank);

    // The whole ORDER BY in SQL, whatever the key: the reference the in-memory sorts
    // of ids() are tested against.
    Result<QVector<qint64>> idsSortedInSql(
        const Ledger &ledger, const TaskFilter &filter, const TaskSort &sort = {}) const;
    // The SELECT that idsSortedInSql() runs ("SELECT t.id FROM ... WHERE ... ORDER BY
    // ..."), with its values appended to `values`: for readers that page it with
    // LIMIT/OFFSET or count it, and for the benchmark of those forms.
    QString idsSql(const TaskFilter &filter, const TaskSort &sort, QVariantList *values,
        SqlDialect dialect = SqlDialect::Sqlite) const;
    // The keys ids() sorts in memory (deadline, alert, status, number).
    static bool sortsInMemory(TaskSortKey key);

    // The task table read in windows (a million tasks: only what is shown is read).
    // A window of the ids of idsSortedInSql(), in exactly its order: at most `limit`
    // ids after the first `offset`. In ledger order (TaskSortKey::Ledger or Problem,
    // either way) `afterTaskId`, the last id of the window before, makes it a keyset
    // page that starts at that task's key through the indexes instead of walking the
    // `offset` rows before it; the offset is used when that task no longer matches.
    Result<QVector<qint64>> idsPage(const Ledger &ledger, const TaskFilter &filter,
        const TaskSort &sort, qint64 offset, int limit, qint64 afterTaskId = 0) const;
    // How many tasks match.
    Result<qint64> count(const Ledger &ledger, const TaskFilter &filter) const;
    // The largest task id (0 without tasks): at once from the key, a bound of how
    // many tasks there are, to tell a count of a few milliseconds from a long one.
    static Result<qint64> taskIdBound(const Ledger &ledger);
    // A task's row in the order of idsSortedInSql(): how many matching tasks come
    // before it; -1 when it does not match (or no longer exists). Counted by key in
    // ledger order, by a window function over the matching tasks otherwise.
    Result<qint64> position(
        const Ledger &ledger, const TaskFilter &filter, const TaskSort &sort, qint64 taskId) const;

private:
    // The ORDER BY of idsSql() (without the keyword) as one list of terms: the
    // reference order, also of the keyset windows and of position().
    QString orderTerms(const TaskSort &sort, QVariantList *values) const;
    struct LedgerKey
    {
        qint64 inspectionId = 0;
        qint64 sortOrder = 0;
        qint64 problemId = 0;
        qint64 number = 0;
    };
    // A task's place in ledger order; nullopt when it does not exist.
    static Result<std::optional<LedgerKey>> ledgerKey(const Ledger &ledger, qint64 taskId);

    // The tasks at `level` as a condition on the columns of tasks t: the branch of
    // alertRankExpression() that gives that level. With byDeadlineIndex, SQLite may
    // read the deadline's range from its index (the pieces of the alert sort).
    QString alertCondition(
        AlertLevel level, QVariantList *values, SqlDialect dialect, bool byDeadlineIndex) const;
    // idsSql() on SQLite for the sorts by deadline, alert and status: a UNION ALL of
    // pieces, each read in its order from an index; empty for the other sorts.
    QString idsSqlInPieces(
        const TaskFilter &filter, const TaskSort &sort, QVariantList *values) const;
    Result<QVector<qint64>> sortedIds(
        const Ledger &ledger, const TaskFilter &filter, const TaskSort &sort) const;

    QDate m_today;
    AlertSettings m_settings;
};

} // namespace rectify
