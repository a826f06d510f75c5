// The task table's SQL forms that indexes serve (search/taskquery.cpp): the alert
// filter as one condition per level, and the sorts by deadline, alert and status read
// in pieces (a UNION ALL on SQLite). On a small hand-made ledger with tasks at every
// edge of the alert rule (the deadline on today, on the last day of the due-soon and
// notice windows and the days around them; long-term tasks whose latest progress is
// on the stale limit, a day before it, undated or missing), each form must give the
// tasks of evaluateAlert() and the order of the in-memory sorts, page by page too.
#include "search/taskquery.h"
#include "stats/alert.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"

#include <QSet>
#include <algorithm>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15);

struct Made
{
    qint64 id = 0;
    int ledgerPosition = 0; // index in ledger order
    Task task;
    QDate lastProgress;
};

class TaskQueryIndexTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Problems whose ledger order (inspection, sort order, id) is not their ids'.
        exec("INSERT INTO inspections (id, name) VALUES (1, 'A'), (2, 'B')");
        exec("INSERT INTO problems (id, inspection_id, code, title, sort_order) VALUES "
             "(1, 2, 'P1', 'one', 0), (2, 1, 'P2', 'two', 5), (3, 1, 'P3', 'three', 1), "
             "(4, 1, 'P4', 'four', 1)");
        const int problemRank[] = { 0, 3, 2, 0, 1 }; // by id: P3, P4, P2, P1
        // Deadlines at and around each edge (today 2024-03-15; due soon to 03-22;
        // notice, when set to 20 days, to 04-04), some twice for ties, and none.
        const QStringList deadlines { QString(), QStringLiteral("2024-03-13"),
            QStringLiteral("2024-03-14"), QStringLiteral("2024-03-15"),
            QStringLiteral("2024-03-16"), QStringLiteral("2024-03-22"),
            QStringLiteral("2024-03-23"), QStringLiteral("2024-04-04"),
            QStringLiteral("2024-04-05"), QStringLiteral("2024-03-15"), QString() };
        const char *statuses[] = { "not_started", "in_progress", "completed", "closed" };
        // Long-term tasks' latest progress (stale limit 30 days: 2024-02-14): none,
        // undated only, a day past the limit, on it, recent, recent after an undated one.
        const QStringList progress { QStringLiteral("none"), QStringLiteral("undated"),
            QStringLiteral("2024-02-13"), QStringLiteral("2024-02-14"),
            QStringLiteral("2024-03-10"), QStringLiteral("undated+2024-03-14") };
        qint64 id = 100;
        int number[5] = {};
        int i = 0;
        for (int longTerm = 0; longTerm < 2; ++longTerm) {
            for (const QString &deadline : deadlines) {
                for (const char *status : statuses) {
                    // Ids that run against the ledger order: problems in turn 1, 2, 3, 4.
                    const int problem = 1 + i % 4;
                    const QString prog = progress.at(i % progress.size());
                    ++i;
                    id += 7 - (i % 3) * 5 + 10;
                    Made m;
                    m.id = id;
                    m.task.id = id;
                    m.task.problemId = problem;
                    m.task.number = ++number[problem];
                    m.task.deadline = QDate::fromString(deadline, Qt::ISODate);
                    m.task.longTerm = longTerm == 1;
                    m.task.status = taskStatusFromKey(QString::fromLatin1(status)).value();
                    exec("INSERT INTO tasks (id, problem_id, number, measure, deadline, "
                         "long_term, status) VALUES (?, ?, ?, 'm', ?, ?, ?)",
                        { id, problem, m.task.number,
                            deadline.isEmpty() ? QVariant() : QVariant(deadline), longTerm,
                            QString::fromLatin1(status) });
                    for (const QString &entry : prog.split(QLatin1Char('+'))) {
                        if (entry == QLatin1String("none"))
                            continue;
                        const bool undated = entry == QLatin1String("undated");
                        exec("INSERT INTO progress_entries (task_id, entry_date, text, "
                             "created_at) VALUES (?, ?, 'p', '2024-03-15T00:00:00Z')",
                            { id, undated ? QVariant() : QVariant(entry) });
                        if (!undated)
                            m.lastProgress
                                = std::max(m.lastProgress, QDate::fromString(entry, Qt::ISODate));
                    }
                    m.ledgerPosition = problemRank[problem] * 1000 + m.task.number;
                    m_made << m;
                }
            }
        }
    }

    void exec(const char *sql, const QVariantList &values = {})
    {
        auto q = SqlAccess::exec(*m_ledger, QString::fromUtf8(sql), values);
        ASSERT_TRUE(q.ok()) << q.error().toStdString();
    }

    AlertLevel levelOf(const Made &m, const AlertSettings &settings) const
    {
        return evaluateAlert(m.task, m.lastProgress, today, settings).level;
    }

    // The expected order of the whole ledger by `sort`, from evaluateAlert() and the
    // rules of the task table, without SQL.
    QVector<qint64> expectedOrder(
        const TaskSort &sort, const AlertSettings &settings, const TaskFilter &filter) const
    {
        QVector<Made> rows;
        for (const Made &m : m_made) {
            if (!filter.alerts.isEmpty() && !filter.alerts.contains(levelOf(m, settings)))
                continue;
            if (!filter.statuses.isEmpty() && !filter.statuses.contains(m.task.status))
                continue;
            rows << m;
        }
        std::sort(rows.begin(), rows.end(),
            [](const Made &a, const Made &b) { return a.ledgerPosition < b.ledgerPosition; });
        const bool desc = sort.descending;
        const auto deadlineLess = [desc](const QDate &a, const QDate &b) {
            if (a.isValid() != b.isValid())
                return a.isValid(); // none last either way
            return desc ? a > b : a < b;
        };
        const auto statusRank = [](TaskStatus s) { return int(s); };
        std::stable_sort(rows.begin(), rows.end(), [&](const Made &a, const Made &b) {
            switch (sort.key) {
            case TaskSortKey::Deadline:
                return deadlineLess(a.task.deadline, b.task.deadline);
            case TaskSortKey::StatusKey:
                return desc ? statusRank(a.task.status) > statusRank(b.task.status)
                            : statusRank(a.task.status) < statusRank(b.task.status);
            case TaskSortKey::Alert: {
                const int ra = TaskQuery::alertRank(levelOf(a, settings));
                const int rb = TaskQuery::alertRank(levelOf(b, settings));
                if (ra != rb)
                    return desc ? ra < rb : ra > rb;
                return deadlineLess(a.task.deadline, b.task.deadline);
            }
            default:
                return false;
            }
        });
        QVector<qint64> out;
        for (const Made &m : rows)
            out << m.id;
        return out;
    }

    static AlertSettings withNotice()
    {
        AlertSettings s;
        s.noticeDays = 20;
        return s;
    }

    TempLedger m_ledger;
    QVector<Made> m_made;
};

const AlertLevel allLevels[] = { AlertLevel::Done, AlertLevel::Green, AlertLevel::Notice,
    AlertLevel::Yellow, AlertLevel::Red, AlertLevel::Stale, AlertLevel::DataProblem };

TEST_F(TaskQueryIndexTest, TheStatusEnumIsTheOrderOfTheStatusSort)
{
    // expectedOrder() sorts statuses by their enum value.
    EXPECT_LT(int(TaskStatus::NotStarted), int(TaskStatus::InProgress));
    EXPECT_LT(int(TaskStatus::InProgress), int(TaskStatus::Completed));
    EXPECT_LT(int(TaskStatus::Completed), int(TaskStatus::Closed));
}

TEST_F(TaskQueryIndexTest, TheLedgerHasTasksAtEveryLevel)
{
    for (const AlertSettings &settings : { AlertSettings(), withNotice() }) {
        QSet<AlertLevel> seen;
        for (const Made &m : m_made)
            seen.insert(levelOf(m, settings));
        for (AlertLevel level : allLevels) {
            if (level != AlertLevel::Notice || settings.noticeDays > 0) {
                EXPECT_TRUE(seen.contains(level)) << alertLevelKey(level).toStdString();
            }
        }
    }
}

TEST_F(TaskQueryIndexTest, AlertFilterGivesTheTasksOfEvaluateAlert)
{
    for (const AlertSettings &settings : { AlertSettings(), withNotice() }) {
        const TaskQuery query(today, settings);
        QVector<QVector<AlertLevel>> choices;
        for (AlertLevel level : allLevels)
            choices << QVector<AlertLevel> { level };
        choices << QVector<AlertLevel> { AlertLevel::Red, AlertLevel::Yellow }
                << QVector<AlertLevel> { AlertLevel::Stale, AlertLevel::DataProblem }
                << QVector<AlertLevel> { AlertLevel::Green, AlertLevel::Notice }
                << QVector<AlertLevel>(std::begin(allLevels), std::end(allLevels));
        for (const QVector<AlertLevel> &levels : choices) {
            TaskFilter filter;
            filter.alerts = levels;
            QSet<qint64> want;
            for (const Made &m : m_made) {
                if (levels.contains(levelOf(m, settings)))
                    want.insert(m.id);
            }
            auto ids = query.ids(*m_ledger, filter);
            ASSERT_TRUE(ids.ok()) << ids.error().toStdString();
            EXPECT_EQ(QSet<qint64>(ids->begin(), ids->end()), want)
                << alertLevelKey(levels.first()).toStdString() << " of " << levels.size()
                << ", notice " << settings.noticeDays;
            auto counts = query.countByAlert(*m_ledger, filter);
            ASSERT_TRUE(counts.ok());
            qint64 counted = 0;
            for (qint64 n : *counts)
                counted += n;
            EXPECT_EQ(counted, want.size());
        }
    }
}

TEST_F(TaskQueryIndexTest, SqlSortsGiveTheOrderOfTheRuleAndOfTheInMemorySorts)
{
    TaskFilter open;
    open.statuses = { TaskStatus::NotStarted, TaskStatus::InProgress };
    TaskFilter redYellow;
    redYellow.alerts = { AlertLevel::Red, AlertLevel::Yellow };
    TaskFilter longTermLevels;
    longTermLevels.alerts = { AlertLevel::Stale, AlertLevel::Green, AlertLevel::Done };
    TaskFilter closed;
    closed.statuses = { TaskStatus::Closed };
    for (const AlertSettings &settings : { AlertSettings(), withNotice() }) {
        const TaskQuery query(today, settings);
        for (TaskSortKey key : { TaskSortKey::Deadline, TaskSortKey::Alert, TaskSortKey::StatusKey,
                 TaskSortKey::Number }) {
            for (bool descending : { false, true }) {
                for (const TaskFilter &filter :
                    { TaskFilter(), open, redYellow, longTermLevels, closed }) {
                    const TaskSort sort { key, descending };
                    auto sql = query.idsSortedInSql(*m_ledger, filter, sort);
                    auto memory = query.ids(*m_ledger, filter, sort);
                    ASSERT_TRUE(sql.ok()) << sql.error().toStdString();
                    ASSERT_TRUE(memory.ok());
                    EXPECT_FALSE(sql->isEmpty());
                    EXPECT_EQ(*sql, *memory) << int(key) << " " << descending;
                    if (key != TaskSortKey::Number) {
                        EXPECT_EQ(*sql, expectedOrder(sort, settings, filter))
                            << int(key) << " " << descending;
                    }
                }
            }
        }
    }
}

TEST_F(TaskQueryIndexTest, PagesOfTheSqlMakeTheWholeList)
{
    // The window reads the SELECT of idsSql() a page at a time with LIMIT and OFFSET.
    const TaskQuery query(today, withNotice());
    for (TaskSortKey key : { TaskSortKey::Ledger, TaskSortKey::Deadline, TaskSortKey::Alert,
             TaskSortKey::StatusKey }) {
        for (bool descending : { false, true }) {
            const TaskSort sort { key, descending };
            auto whole = query.idsSortedInSql(*m_ledger, {}, sort);
            ASSERT_TRUE(whole.ok());
            ASSERT_EQ(whole->size(), m_made.size());
            QVector<qint64> paged;
            for (int offset = 0; offset < whole->size(); offset += 7) {
                QVariantList values;
                const QString sql = query.idsSql({}, sort, &values, m_ledger->dialect())
                    + QStringLiteral(" LIMIT 7 OFFSET %1").arg(offset);
                auto q = SqlAccess::exec(*m_ledger, sql, values);
                ASSERT_TRUE(q.ok()) << q.error().toStdString();
                while (q->next())
                    paged << q->value(0).toLongLong();
            }
            EXPECT_EQ(paged, *whole) << int(key) << " " << descending;
        }
    }
}

TEST_F(TaskQueryIndexTest, ShortWordsKeepTheLedgerOrder)
{
    // A word under three characters is matched by LIKE in a walk of the ledger order
    // (CROSS JOIN on SQLite); "o" is in the titles "one", "two" and "four", not "three".
    QVector<Made> rows;
    for (const Made &m : m_made) {
        if (m.task.problemId != 3)
            rows << m;
    }
    std::sort(rows.begin(), rows.end(),
        [](const Made &a, const Made &b) { return a.ledgerPosition < b.ledgerPosition; });
    QVector<qint64> want;
    for (const Made &m : rows)
        want << m.id;
    const TaskQuery query(today, AlertSettings());
    TaskFilter filter;
    filter.text = QStringLiteral("o");
    auto ledger = query.idsSortedInSql(*m_ledger, filter, { TaskSortKey::Ledger, false });
    ASSERT_TRUE(ledger.ok()) << ledger.error().toStdString();
    EXPECT_EQ(*ledger, want);
    auto problem = query.idsSortedInSql(*m_ledger, filter, { TaskSortKey::Problem, true });
    ASSERT_TRUE(problem.ok());
    std::reverse(want.begin(), want.end());
    EXPECT_EQ(*problem, want);
}

TEST_F(TaskQueryIndexTest, AFilterThatLeavesNoLevelGivesNoTask)
{
    // Notice tasks are asked for while the notice window is off: no piece is left.
    const TaskQuery query(today, AlertSettings());
    TaskFilter filter;
    filter.alerts = { AlertLevel::Notice };
    for (bool descending : { false, true }) {
        auto ids = query.idsSortedInSql(*m_ledger, filter, { TaskSortKey::Alert, descending });
        ASSERT_TRUE(ids.ok()) << ids.error().toStdString();
        EXPECT_TRUE(ids->isEmpty());
    }
}

} // namespace
