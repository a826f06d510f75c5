// Optimistic locking: two connections (two officials' processes) on one ledger file
// edit the same rows; the second writer of a stale version is refused and nothing of
// its write reaches the ledger.
#include "store/ledger.h"
#include "store/schema.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"
#include "workflow/workflow.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace rectify;
using namespace rectify::test;

namespace {

// Two Ledger connections on one ledger: "李明" writes through the first, "王芳"
// through the second, as two computers sharing the ledger would. The second opens
// the first's path(), so the same tests serve a PostgreSQL run of the suite.
class LockingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_first->setActor(QStringLiteral("李明"));
        Inspection i;
        i.name = QStringLiteral("市委第二巡察组反馈");
        auto iid = m_first->addInspection(i);
        ASSERT_TRUE(iid.ok()) << iid.error().toStdString();
        Problem p;
        p.inspectionId = *iid;
        p.code = QStringLiteral("4");
        p.title = QStringLiteral("项目资金拨付迟缓");
        auto pid = m_first->addProblem(p);
        ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
        m_problem = *pid;
        for (const char *measure : { "建立资金拨付台账", "按月通报拨付进度" }) {
            Task t;
            t.problemId = m_problem;
            t.measure = QString::fromUtf8(measure);
            t.status = TaskStatus::InProgress;
            t.responsibilities.leadUnits = { QStringLiteral("财政局") };
            auto id = m_first->addTask(t);
            ASSERT_TRUE(id.ok()) << id.error().toStdString();
            m_task = *id; // the last one: task 4.2
        }
        m_second = std::make_unique<Ledger>();
        m_second->setActor(QStringLiteral("王芳"));
        m_second->setClock(fixedNow);
        const Status opened = m_second->open(m_first.path(), Ledger::OpenMode::ExistingOnly);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    }

    qint64 auditCount(Ledger &l)
    {
        auto q = SqlAccess::exec(l, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    TempLedger m_first;
    std::unique_ptr<Ledger> m_second;
    qint64 m_problem = 0;
    qint64 m_task = 0;
};

} // namespace

TEST_F(LockingTest, SecondWriterOfAStaleTaskIsRefusedAndChangesNothing)
{
    // Both officials open task 4.2.
    Task mine = *m_first->task(m_task);
    Task theirs = *m_second->task(m_task);
    ASSERT_EQ(mine.version, theirs.version);

    mine.measure = QStringLiteral("建立资金拨付台账，每周更新");
    mine.deadline = QDate(2024, 6, 30);
    const Status first = m_first->updateTask(mine);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(m_second->task(m_task)->version, theirs.version + 1) << "bumped, seen by the other";

    const qint64 auditBefore = auditCount(*m_second);
    theirs.remarks = QStringLiteral("已报分管领导");
    theirs.responsibilities.coUnits = { QStringLiteral("审计局") };
    const Status second = m_second->updateTask(theirs);
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.isConflict());
    EXPECT_EQ(second.errorKind(), ErrorKind::Conflict);
    // The message names the task as people know it, who changed it, and the newer values.
    EXPECT_TRUE(second.error().contains(QStringLiteral("4.2"))) << second.error().toStdString();
    EXPECT_TRUE(second.error().contains(QStringLiteral("李明"))) << second.error().toStdString();
    EXPECT_TRUE(second.error().contains(QStringLiteral("建立资金拨付台账，每周更新")))
        << second.error().toStdString();
    EXPECT_TRUE(second.error().contains(QStringLiteral("2024-06-30")));

    // Nothing of the refused write is stored; the first edit is kept.
    for (Ledger *l : { &*m_first, m_second.get() }) {
        const Task stored = *l->task(m_task);
        EXPECT_EQ(stored.measure, mine.measure);
        EXPECT_EQ(stored.deadline, QDate(2024, 6, 30));
        EXPECT_TRUE(stored.remarks.isEmpty());
        EXPECT_TRUE(stored.responsibilities.coUnits.isEmpty());
        EXPECT_EQ(stored.version, mine.version + 1);
    }
    EXPECT_EQ(auditCount(*m_second), auditBefore) << "a refused write is not audited";

    // Read again, the second official's change goes through on top of the first.
    theirs = *m_second->task(m_task);
    theirs.remarks = QStringLiteral("已报分管领导");
    const Status retried = m_second->updateTask(theirs);
    ASSERT_TRUE(retried.ok()) << retried.error().toStdString();
    const Task both = *m_first->task(m_task);
    EXPECT_EQ(both.measure, mine.measure);
    EXPECT_EQ(both.remarks, QStringLiteral("已报分管领导"));
    EXPECT_EQ(both.version, mine.version + 2);
}

TEST_F(LockingTest, StaleStatusChangeAndDeleteAreRefused)
{
    const Task seen = *m_second->task(m_task);
    Task edited = *m_first->task(m_task);
    edited.target = QStringLiteral("拨付周期缩短至十个工作日");
    ASSERT_TRUE(m_first->updateTask(edited).ok());

    const Status status = m_second->setTaskStatus(
        m_task, seen.version, TaskStatus::Completed, QDate(2024, 3, 15), QDate(), QString());
    EXPECT_TRUE(status.isConflict()) << status.error().toStdString();
    EXPECT_EQ(m_first->task(m_task)->status, TaskStatus::InProgress);

    const Status removed = m_second->removeTask(m_task, seen.version);
    EXPECT_TRUE(removed.isConflict()) << removed.error().toStdString();
    ASSERT_TRUE(m_first->task(m_task).ok()) << "still there";

    // With the version it has now, the delete goes through; the other's stale edit then
    // learns that the task is gone and who deleted it.
    ASSERT_TRUE(m_first->removeTask(m_task, seen.version + 1).ok());
    Task late = seen;
    late.remarks = QStringLiteral("补充说明");
    const Status gone = m_second->updateTask(late);
    EXPECT_TRUE(gone.isConflict());
    EXPECT_TRUE(gone.error().contains(QStringLiteral("李明"))) << gone.error().toStdString();
}

TEST_F(LockingTest, WorkflowRefusesToActOnAVersionTheUserDidNotSee)
{
    User official;
    official.name = QStringLiteral("王芳");
    official.role = UserRole::Official;
    official.unit = QStringLiteral("财政局");
    const Task seen = *m_second->task(m_task);
    Task edited = *m_first->task(m_task);
    edited.measure = QStringLiteral("按月通报拨付进度并抄送纪委");
    ASSERT_TRUE(m_first->updateTask(edited).ok());

    Workflow workflow(*m_second, official);
    const Status done = workflow.complete(m_task, QStringLiteral("已按月通报"), {}, seen.version);
    EXPECT_TRUE(done.isConflict()) << done.error().toStdString();
    const Task stored = *m_first->task(m_task);
    EXPECT_EQ(stored.status, TaskStatus::InProgress);
    EXPECT_EQ(stored.measure, edited.measure);
    EXPECT_TRUE(m_first->progress(m_task)->isEmpty()) << "the progress entry was rolled back too";

    // Shown the newer version, the same action goes through.
    const Status again
        = workflow.complete(m_task, QStringLiteral("已按月通报"), {}, stored.version);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(m_first->task(m_task)->status, TaskStatus::Completed);
}

TEST_F(LockingTest, UndoingADeleteBringsTheTaskBackAtANewerVersion)
{
    const Task before = *m_first->task(m_task);
    ASSERT_TRUE(m_first->removeTask(m_task, before.version).ok());
    auto back = m_first->addTask(before, Ledger::IdMode::Keep);
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(*back, m_task);
    EXPECT_EQ(m_first->task(m_task)->version, before.version + 1);
    // A form read before the delete cannot write over the restored task unseen.
    Task stale = before;
    stale.remarks = QStringLiteral("旧表单");
    EXPECT_TRUE(m_second->updateTask(stale).isConflict());
}

TEST_F(LockingTest, StaleProblemEditAndDeleteAreRefused)
{
    Problem mine = *m_first->problem(m_problem);
    Problem theirs = *m_second->problem(m_problem);
    mine.title = QStringLiteral("项目资金拨付迟缓、监管缺位");
    ASSERT_TRUE(m_first->updateProblem(mine).ok());
    EXPECT_EQ(m_second->problem(m_problem)->version, theirs.version + 1);

    theirs.category = QStringLiteral("资金管理");
    const Status edit = m_second->updateProblem(theirs);
    EXPECT_TRUE(edit.isConflict());
    EXPECT_TRUE(edit.error().contains(QStringLiteral("李明"))) << edit.error().toStdString();
    EXPECT_TRUE(edit.error().contains(mine.title)) << edit.error().toStdString();
    const Problem stored = *m_first->problem(m_problem);
    EXPECT_EQ(stored.title, mine.title);
    EXPECT_TRUE(stored.category.isEmpty());

    const Status removed = m_second->removeProblem(m_problem, theirs.version);
    EXPECT_TRUE(removed.isConflict());
    EXPECT_EQ(m_first->tasks(m_problem)->size(), 2) << "the problem and its tasks stay";
}

// A ledger of the previous format version (4) gets the problems' row version on
// open, every problem at 1, and keeps its rows.
TEST(LockingMigration, VersionFourProblemsGetARowVersion)
{
    RECTIFY_SQLITE_ONLY("builds a version-4 SQLite file by hand");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QStringList statements;
        for (int v = 1; v <= 4; ++v)
            statements << Schema::migrationTo(v) << Schema::finishMigrationTo(v);
        statements << QStringLiteral("INSERT INTO inspections (id, name) VALUES (1, 'x')")
                   << QString::fromUtf8("INSERT INTO problems (id, inspection_id, code, title) "
                                        "VALUES (1, 1, '1', '台账更新不及时'), "
                                        "(2, 1, '2', '整改材料归档不全')")
                   << QString::fromUtf8("INSERT INTO tasks (id, problem_id, number, measure, "
                                        "version) VALUES (5, 1, 1, '每周更新台账', 3)")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("PRAGMA user_version = 4");
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << q.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    Ledger ledger;
    ledger.setActor(QStringLiteral("tester"));
    ledger.setClock(fixedNow);
    const Status opened = ledger.open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(ledger.schemaVersion(), Schema::currentVersion());
    auto problems = ledger.problems();
    ASSERT_TRUE(problems.ok()) << problems.error().toStdString();
    ASSERT_EQ(problems->size(), 2);
    for (const Problem &p : *problems)
        EXPECT_EQ(p.version, 1) << p.code.toStdString();
    EXPECT_EQ(problems->first().title, QString::fromUtf8("台账更新不及时"));
    EXPECT_EQ(ledger.task(5)->version, 3) << "task versions are kept";

    // Editing works from version 1 and bumps it; an edit from a stale copy does not.
    Problem edited = problems->first();
    edited.category = QString::fromUtf8("作风建设");
    ASSERT_TRUE(ledger.updateProblem(edited).ok());
    EXPECT_EQ(ledger.problem(1)->version, 2);
    EXPECT_TRUE(ledger.updateProblem(edited).isConflict());
    EXPECT_EQ(ledger.problem(1)->category, QString::fromUtf8("作风建设"));
}
