// Reads of many tasks at once (a collected form's tasks): the same tasks,
// responsibilities and progress as the reads of one task, on both backends; and
// statements kept prepared across writes, transactions and a reopened connection.
#include "store/ledger.h"
#include "tests/support/templedger.h"

#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

// `count` tasks of one problem, task i led by unit i % 3, with i progress entries.
QVector<qint64> seedTasks(Ledger &ledger, int count)
{
    auto inspection = ledger.defaultInspection();
    EXPECT_TRUE(inspection.ok());
    Problem p;
    p.inspectionId = inspection.ok() ? inspection->id : 0;
    p.code = QStringLiteral("1");
    p.title = QStringLiteral("理论学习不够系统深入");
    auto pid = ledger.addProblem(p);
    EXPECT_TRUE(pid.ok()) << pid.error().toStdString();
    QVector<qint64> ids;
    for (int i = 0; i < count; ++i) {
        Task t;
        t.problemId = pid.ok() ? *pid : 0;
        t.measure = QStringLiteral("措施%1").arg(i);
        t.deadline = QDate(2024, 6, 30);
        t.status = TaskStatus::InProgress;
        t.responsibilities.leadUnits = { QStringLiteral("单位%1").arg(i % 3) };
        t.responsibilities.coUnits = { QStringLiteral("宣传部"), QStringLiteral("组织部") };
        t.responsibilities.leaders = { QStringLiteral("张明") };
        auto tid = ledger.addTask(t);
        EXPECT_TRUE(tid.ok()) << tid.error().toStdString();
        ids << (tid.ok() ? *tid : 0);
        for (int k = 0; k < i % 4; ++k) {
            ProgressEntry e;
            e.taskId = ids.last();
            e.date = QDate(2024, 1, 1 + k);
            e.text = QStringLiteral("进展%1-%2").arg(i).arg(k);
            e.author = QStringLiteral("填报员");
            EXPECT_TRUE(ledger.addProgress(e).ok());
        }
    }
    return ids;
}

} // namespace

TEST(BulkReads, TasksWithIdsEqualTheOneByOneReads)
{
    TempLedger l;
    // More than one chunk of ids, given twice and with an id that is no task.
    const QVector<qint64> ids = seedTasks(*l, 1203);
    QVector<qint64> asked = ids;
    asked << ids.first() << 999999;
    auto tasks = l->tasksWithIds(asked);
    ASSERT_TRUE(tasks.ok()) << tasks.error().toStdString();
    ASSERT_EQ(tasks->size(), ids.size());
    EXPECT_FALSE(tasks->contains(999999));
    for (const qint64 id : { ids.first(), ids.at(500), ids.at(501), ids.last() }) {
        auto one = l->task(id);
        ASSERT_TRUE(one.ok());
        const Task &many = tasks->value(id);
        EXPECT_EQ(many.measure, one->measure);
        EXPECT_EQ(many.deadline, one->deadline);
        EXPECT_EQ(many.status, one->status);
        EXPECT_EQ(many.version, one->version);
        EXPECT_EQ(many.responsibilities.leadUnits, one->responsibilities.leadUnits);
        EXPECT_EQ(many.responsibilities.coUnits, one->responsibilities.coUnits);
        EXPECT_EQ(many.responsibilities.leaders, one->responsibilities.leaders);
    }
    auto none = l->tasksWithIds({});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST(BulkReads, ProgressOfEqualsTheOneByOneReads)
{
    TempLedger l;
    const QVector<qint64> ids = seedTasks(*l, 12);
    auto all = l->progressOf(ids);
    ASSERT_TRUE(all.ok()) << all.error().toStdString();
    for (const qint64 id : ids) {
        auto one = l->progress(id);
        ASSERT_TRUE(one.ok());
        const QVector<ProgressEntry> many = all->value(id);
        ASSERT_EQ(many.size(), one->size());
        for (int k = 0; k < many.size(); ++k) {
            EXPECT_EQ(many.at(k).id, one->at(k).id);
            EXPECT_EQ(many.at(k).text, one->at(k).text);
            EXPECT_EQ(many.at(k).date, one->at(k).date);
        }
    }
}

TEST(BulkReads, PreparedStatementsSurviveRollbackAndReopen)
{
    TempLedger l;
    const QVector<qint64> ids = seedTasks(*l, 2);
    ProgressEntry e;
    e.taskId = ids.first();
    e.date = QDate(2024, 2, 1);
    e.text = QStringLiteral("回滚的进展");
    {
        Ledger::Transaction tx(*l);
        ASSERT_TRUE(l->addProgress(e).ok());
        // Not committed: rolled back when tx goes.
    }
    auto after = l->progress(ids.first());
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->isEmpty());
    e.text = QStringLiteral("提交的进展");
    ASSERT_TRUE(l->addProgress(e).ok());
    if (!l.isPostgres()) {
        const QString path = l->path();
        l->close();
        ASSERT_TRUE(l->open(path, Ledger::OpenMode::ExistingOnly).ok());
    }
    e.text = QStringLiteral("重新打开后的进展");
    ASSERT_TRUE(l->addProgress(e).ok());
    auto entries = l->progress(ids.first());
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).text, QStringLiteral("提交的进展"));
    EXPECT_EQ(entries->at(1).text, QStringLiteral("重新打开后的进展"));
    auto task = l->task(ids.first());
    ASSERT_TRUE(task.ok());
    EXPECT_EQ(task->measure, QStringLiteral("措施0"));
}
