// Task search and filters (core/search) on the sample ledger: every answer is
// checked against a brute-force reading of the same ledger through the store.
#include "sample/sampleledger.h"
#include "search/taskquery.h"
#include "stats/alert.h"
#include "store/schema.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15);

struct Item
{
    Problem problem;
    Task task;
    QDate lastProgress;
};

class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeSampleLedger(*m_ledger, today).ok());
        reread();
    }

    void reread()
    {
        m_items.clear();
        auto problems = m_ledger->problems();
        ASSERT_TRUE(problems.ok());
        for (const Problem &p : *problems) {
            auto tasks = m_ledger->tasks(p.id);
            ASSERT_TRUE(tasks.ok());
            for (const Task &t : *tasks) {
                auto progress = m_ledger->progress(t.id);
                ASSERT_TRUE(progress.ok());
                QDate last;
                for (const ProgressEntry &e : *progress)
                    last = std::max(last, e.date);
                m_items << Item { p, t, last };
            }
        }
    }

    QSet<qint64> expected(const std::function<bool(const Item &)> &match) const
    {
        QSet<qint64> out;
        for (const Item &i : m_items) {
            if (match(i))
                out.insert(i.task.id);
        }
        return out;
    }

    QSet<qint64> found(const TaskFilter &filter)
    {
        auto ids = TaskQuery(today, m_settings).ids(*m_ledger, filter);
        EXPECT_TRUE(ids.ok()) << ids.error().toStdString();
        return ids.ok() ? QSet<qint64>(ids->begin(), ids->end()) : QSet<qint64>();
    }

    static bool textMatches(const Item &i, const QString &word)
    {
        const QString hay = QStringList { i.problem.code, i.problem.category, i.problem.title,
            i.problem.description, i.task.measure, i.task.target, i.task.remarks }
                                .join(QLatin1Char(' '));
        return hay.contains(word);
    }

    TempLedger m_ledger;
    AlertSettings m_settings;
    QVector<Item> m_items;
};

} // namespace

TEST_F(SearchTest, SampleLedgerHasElevenProblemsAndEveryLight)
{
    auto counts = m_ledger->counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->problems, 11);
    EXPECT_EQ(counts->tasks, m_items.size());
    QSet<AlertLevel> levels;
    for (const Item &i : m_items)
        levels.insert(evaluateAlert(i.task, i.lastProgress, today, m_settings).level);
    for (AlertLevel l : { AlertLevel::Red, AlertLevel::Yellow, AlertLevel::Green, AlertLevel::Stale,
             AlertLevel::Done })
        EXPECT_TRUE(levels.contains(l)) << alertLevelKey(l).toStdString();
}

TEST_F(SearchTest, FreeTextFindsChineseSubstrings)
{
    // Three characters or more go through the trigram index, shorter ones through LIKE.
    for (const char *word :
        { "招投标", "一网通办", "支部组织生活", "闲置资金", "园", "干部", "23", "不存在的词语" }) {
        const QString w = QString::fromUtf8(word);
        TaskFilter f;
        f.text = w;
        EXPECT_EQ(found(f), expected([&](const Item &i) { return textMatches(i, w); })) << word;
    }
    TaskFilter none;
    none.text = QStringLiteral("\"a\" OR *");
    EXPECT_TRUE(found(none).isEmpty()) << "query syntax must not leak into the search";
}

TEST_F(SearchTest, WordsAreAnded)
{
    TaskFilter f;
    f.text = QString::fromUtf8("招投标  管理办法");
    const QSet<qint64> want = expected([](const Item &i) {
        return textMatches(i, QString::fromUtf8("招投标"))
            && textMatches(i, QString::fromUtf8("管理办法"));
    });
    EXPECT_FALSE(want.isEmpty());
    EXPECT_EQ(found(f), want);
}

TEST_F(SearchTest, IndexFollowsEditsAndDeletes)
{
    // The first task that is not signed off (a closed task is read-only).
    Task t;
    for (const Item &i : m_items) {
        if (i.task.status != TaskStatus::Closed) {
            t = i.task;
            break;
        }
    }
    ASSERT_NE(t.id, 0);
    t.measure = QString::fromUtf8("落实独一无二的整改措施");
    ASSERT_TRUE(m_ledger->updateTask(t).ok());
    TaskFilter f;
    f.text = QString::fromUtf8("独一无二");
    EXPECT_EQ(found(f), QSet<qint64> { t.id });

    Problem p = m_items.last().problem;
    p.title = QString::fromUtf8("新的问题表述");
    ASSERT_TRUE(m_ledger->updateProblem(p).ok());
    f.text = QString::fromUtf8("新的问题表");
    reread();
    EXPECT_EQ(found(f), expected([&](const Item &i) { return i.problem.id == p.id; }));

    ASSERT_TRUE(m_ledger->removeProblem(p.id).ok());
    EXPECT_TRUE(found(f).isEmpty());
    ASSERT_TRUE(m_ledger->removeTask(t.id).ok());
    f.text = QString::fromUtf8("独一无二");
    EXPECT_TRUE(found(f).isEmpty());
    // SQLite's FTS5 table holds a row per task; a server's trigram indexes need no rows.
    if (!m_ledger->isOnServer()) {
        auto rows = SqlAccess::exec(*m_ledger, QStringLiteral("SELECT COUNT(*) FROM task_search"));
        ASSERT_TRUE(rows.ok());
        ASSERT_TRUE(rows->next());
        EXPECT_EQ(rows->value(0).toInt(), m_ledger->counts()->tasks);
    }
}

TEST_F(SearchTest, FiltersMatchTheStore)
{
    TaskFilter f;
    f.statuses = { TaskStatus::InProgress };
    EXPECT_EQ(
        found(f), expected([](const Item &i) { return i.task.status == TaskStatus::InProgress; }));

    f = {};
    f.unit = QString::fromUtf8("信息中心");
    const QSet<qint64> unit = expected([&](const Item &i) {
        return i.task.responsibilities.leadUnits.contains(f.unit)
            || i.task.responsibilities.coUnits.contains(f.unit);
    });
    EXPECT_EQ(unit.size(), 3);
    EXPECT_EQ(found(f), unit);
    // Only the tasks it leads, as the dashboard counts units.
    f.leadUnitOnly = true;
    f.unit = QString::fromUtf8("管委会办公室");
    const QSet<qint64> leads = expected(
        [&](const Item &i) { return i.task.responsibilities.leadUnits.contains(f.unit); });
    EXPECT_EQ(leads.size(), 1);
    EXPECT_EQ(found(f), leads);

    f = {};
    f.leader = QString::fromUtf8("王立新");
    EXPECT_EQ(found(f), expected([&](const Item &i) {
        return i.task.responsibilities.leaders.contains(f.leader);
    }));
    f = {};
    f.person = QString::fromUtf8("孙丽");
    EXPECT_EQ(found(f), expected([&](const Item &i) {
        return i.task.responsibilities.persons.contains(f.person);
    }));
    f = {};
    f.category = QString::fromUtf8("党的建设");
    EXPECT_EQ(found(f), expected([&](const Item &i) { return i.problem.category == f.category; }));

    f = {};
    f.deadlineFrom = today;
    f.deadlineTo = today.addDays(30);
    EXPECT_EQ(found(f), expected([&](const Item &i) {
        return i.task.deadline.isValid() && i.task.deadline >= f.deadlineFrom
            && i.task.deadline <= f.deadlineTo;
    }));

    f = {};
    f.problemId = m_items.first().problem.id;
    f.statuses = { TaskStatus::NotStarted, TaskStatus::InProgress };
    EXPECT_EQ(found(f), expected([&](const Item &i) {
        return i.problem.id == f.problemId && !isDone(i.task.status);
    }));
}

TEST_F(SearchTest, AlertsInSqlAgreeWithTheRule)
{
    for (const AlertSettings &s : { AlertSettings {}, AlertSettings { 10, 20, 14 } }) {
        m_settings = s;
        QMap<AlertLevel, qint64> want;
        for (const Item &i : m_items)
            ++want[evaluateAlert(i.task, i.lastProgress, today, s).level];
        auto counts = TaskQuery(today, s).countByAlert(*m_ledger);
        ASSERT_TRUE(counts.ok()) << counts.error().toStdString();
        EXPECT_EQ(*counts, want);
        for (AlertLevel level : want.keys()) {
            TaskFilter f;
            f.alerts = { level };
            EXPECT_EQ(found(f), expected([&](const Item &i) {
                return evaluateAlert(i.task, i.lastProgress, today, s).level == level;
            })) << alertLevelKey(level).toStdString();
        }
    }
}

TEST_F(SearchTest, RowsCarryResponsibilitiesAndAlerts)
{
    const TaskQuery query(today, m_settings);
    auto ids = query.ids(*m_ledger, {});
    ASSERT_TRUE(ids.ok());
    auto rows = query.rows(*m_ledger, *ids);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), m_items.size());
    for (const TaskRow &r : *rows) {
        auto it = std::find_if(
            m_items.begin(), m_items.end(), [&](const Item &i) { return i.task.id == r.id; });
        ASSERT_NE(it, m_items.end());
        EXPECT_EQ(r.measure, it->task.measure);
        EXPECT_EQ(r.leadUnits, it->task.responsibilities.leadUnits);
        EXPECT_EQ(r.coUnits, it->task.responsibilities.coUnits);
        EXPECT_EQ(r.leaders, it->task.responsibilities.leaders);
        EXPECT_EQ(r.problemCode, it->problem.code);
        EXPECT_EQ(
            r.alert.level, evaluateAlert(it->task, it->lastProgress, today, m_settings).level);
    }
}

TEST_F(SearchTest, SortsByEveryKey)
{
    const TaskQuery query(today, m_settings);
    auto rowsFor = [&](TaskSortKey key, bool descending) {
        auto ids = query.ids(*m_ledger, {}, TaskSort { key, descending });
        EXPECT_TRUE(ids.ok());
        EXPECT_EQ(ids->size(), m_items.size());
        return *query.rows(*m_ledger, *ids);
    };
    const auto deadlines = rowsFor(TaskSortKey::Deadline, false);
    for (int i = 1; i < deadlines.size(); ++i) {
        const QDate a = deadlines.at(i - 1).deadline;
        const QDate b = deadlines.at(i).deadline;
        EXPECT_TRUE(!b.isValid() || (a.isValid() && a <= b)) << i;
    }
    const auto alerts = rowsFor(TaskSortKey::Alert, false);
    for (int i = 1; i < alerts.size(); ++i) {
        EXPECT_GE(TaskQuery::alertRank(alerts.at(i - 1).alert.level),
            TaskQuery::alertRank(alerts.at(i).alert.level));
    }
    EXPECT_EQ(alerts.first().alert.level, AlertLevel::Red);
    const auto units = rowsFor(TaskSortKey::LeadUnit, true);
    for (int i = 1; i < units.size(); ++i)
        EXPECT_GE(units.at(i - 1).leadUnits.value(0), units.at(i).leadUnits.value(0));
    for (TaskSortKey key :
        { TaskSortKey::Ledger, TaskSortKey::Problem, TaskSortKey::Number, TaskSortKey::Measure,
            TaskSortKey::Leader, TaskSortKey::Person, TaskSortKey::StatusKey })
        rowsFor(key, true);
}

TEST_F(SearchTest, InMemorySortsGiveTheOrderOfTheSqlSort)
{
    const TaskQuery query(today, m_settings);
    TaskFilter open;
    open.statuses = { TaskStatus::NotStarted, TaskStatus::InProgress };
    for (TaskSortKey key : { TaskSortKey::Deadline, TaskSortKey::Alert, TaskSortKey::StatusKey,
             TaskSortKey::Number }) {
        ASSERT_TRUE(TaskQuery::sortsInMemory(key));
        for (bool descending : { false, true }) {
            for (const TaskFilter &filter : { TaskFilter(), open }) {
                const TaskSort sort { key, descending };
                auto fast = query.ids(*m_ledger, filter, sort);
                auto reference = query.idsSortedInSql(*m_ledger, filter, sort);
                ASSERT_TRUE(fast.ok() && reference.ok());
                EXPECT_FALSE(fast->isEmpty());
                EXPECT_EQ(*fast, *reference) << int(key) << " " << descending;
            }
        }
    }
}

TEST(SearchMigration, VersionOneLedgerGetsItsIndex)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QStringList statements = Schema::migrationTo(1);
        statements << QStringLiteral("INSERT INTO inspections (id, name) VALUES (1, 'x')")
                   << QString::fromUtf8("INSERT INTO problems (id, inspection_id, code, title) "
                                        "VALUES (1, 1, '1', '食堂采购管理不规范')")
                   << QString::fromUtf8("INSERT INTO tasks (id, problem_id, number, measure) "
                                        "VALUES (7, 1, 1, '建立采购比价制度')")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("PRAGMA user_version = 1");
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    Ledger ledger;
    ledger.setActor(QStringLiteral("tester"));
    ASSERT_TRUE(ledger.open(path).ok());
    EXPECT_EQ(ledger.schemaVersion(), Schema::currentVersion());
    TaskFilter f;
    f.text = QString::fromUtf8("采购管理");
    auto ids = TaskQuery(today, {}).ids(ledger, f);
    ASSERT_TRUE(ids.ok()) << ids.error().toStdString();
    EXPECT_EQ(*ids, QVector<qint64> { 7 });
}

// Schema version 4 indexes a problem's text once (problem_search) and a task's
// own text apart (task_search). A version-3 ledger, whose index held both texts
// in one row per task, is re-indexed on opening; a search still finds a task by
// its problem's words and by its own, and by both at once.
TEST(SearchMigration, VersionThreeLedgerFindsProblemAndTaskText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QStringList statements = Schema::migrationTo(1) + Schema::migrationTo(2)
            + Schema::migrationTo(3) + Schema::finishMigrationTo(3);
        statements << QStringLiteral("INSERT INTO inspections (id, name) VALUES (1, 'x')")
                   << QString::fromUtf8("INSERT INTO problems (id, inspection_id, code, title) "
                                        "VALUES (1, 1, '1', '食堂采购管理不规范'), "
                                        "(2, 1, '2', '会议记录不完整')")
                   << QString::fromUtf8("INSERT INTO tasks (id, problem_id, number, measure) "
                                        "VALUES (7, 1, 1, '建立采购比价制度'), "
                                        "(8, 1, 2, '每月公开食堂账目'), "
                                        "(9, 2, 1, '补齐会议记录')")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("PRAGMA user_version = 3");
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        // The version-3 index: one row per task with its problem's text in it.
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM task_search")));
        ASSERT_TRUE(q.next());
        ASSERT_EQ(q.value(0).toInt(), 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    Ledger ledger;
    ledger.setActor(QStringLiteral("tester"));
    const Status opened = ledger.open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(ledger.schemaVersion(), Schema::currentVersion());

    const auto count = [&](const QString &sql) {
        auto q = SqlAccess::exec(ledger, sql);
        EXPECT_TRUE(q.ok() && q->next()) << sql.toStdString();
        return q.ok() ? q->value(0).toInt() : -1;
    };
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM problem_search")), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM task_search")), 3);
    // task_search holds only the task's text now.
    EXPECT_EQ(count(QString::fromUtf8(
                  "SELECT count(*) FROM task_search WHERE task_search MATCH '\"采购管理\"'")),
        0);

    const auto search = [&](const char *text) {
        TaskFilter f;
        f.text = QString::fromUtf8(text);
        auto ids = TaskQuery(today, {}).ids(ledger, f);
        EXPECT_TRUE(ids.ok()) << ids.error().toStdString();
        QSet<qint64> out;
        if (ids.ok()) {
            for (qint64 id : *ids)
                out.insert(id);
            EXPECT_EQ(out.size(), ids->size()) << "a task listed twice for " << text;
        }
        return out;
    };
    EXPECT_EQ(search("采购管理"), (QSet<qint64> { 7, 8 })); // problem text
    EXPECT_EQ(search("比价制度"), QSet<qint64> { 7 }); // task text
    EXPECT_EQ(search("会议记录"), QSet<qint64> { 9 }); // both
    EXPECT_EQ(search("采购管理 公开食堂"), QSet<qint64> { 8 }); // one word in each
    EXPECT_TRUE(search("采购比价制度不规范").isEmpty());
    // Words of one or two characters scan the texts: the same hits.
    EXPECT_EQ(search("采购"), (QSet<qint64> { 7, 8 })); // problem text, and task 7's
    EXPECT_EQ(search("比价"), QSet<qint64> { 7 }); // task text
    EXPECT_EQ(search("账目"), QSet<qint64> { 8 }); // task text
    EXPECT_EQ(search("会议"), QSet<qint64> { 9 }); // both
    EXPECT_EQ(search("规范 账目"), QSet<qint64> { 8 }); // one word in each
    EXPECT_TRUE(search("账目 会议").isEmpty());

    // The triggers of version 4 follow edits after the upgrade.
    auto q = SqlAccess::exec(
        ledger, QString::fromUtf8("UPDATE problems SET title = '会务经费超标' WHERE id = 2"));
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(search("经费超标"), QSet<qint64> { 9 });
    EXPECT_TRUE(search("记录不完整").isEmpty());
    q = SqlAccess::exec(ledger,
        QString::fromUtf8("INSERT INTO tasks (id, problem_id, number, measure) "
                          "VALUES (10, 2, 2, '压减会务经费')"));
    ASSERT_TRUE(q.ok());
    EXPECT_EQ(search("经费超标"), (QSet<qint64> { 9, 10 }));
    EXPECT_EQ(search("压减会务"), QSet<qint64> { 10 });
}
