// The repository API: a round trip of every entity, integrity, audit, transactions.
#include "store/ledger.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"

#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

struct Seeded
{
    qint64 inspection = 0;
    qint64 problem = 0;
    qint64 task = 0;
};

Seeded seed(Ledger &ledger)
{
    Seeded s;
    Inspection i;
    i.name = QStringLiteral("省委第三巡视组反馈");
    i.kind = QStringLiteral("巡视");
    i.feedbackDate = QDate(2023, 10, 12);
    i.rectificationEnd = QDate(2024, 1, 12);
    auto iid = ledger.addInspection(i);
    EXPECT_TRUE(iid.ok()) << iid.error().toStdString();
    s.inspection = iid.ok() ? *iid : 0;

    Problem p;
    p.inspectionId = s.inspection;
    p.code = QStringLiteral("1");
    p.category = QStringLiteral("党的建设");
    p.title = QStringLiteral("理论学习不够系统深入");
    auto pid = ledger.addProblem(p);
    EXPECT_TRUE(pid.ok()) << pid.error().toStdString();
    s.problem = pid.ok() ? *pid : 0;

    Task t;
    t.problemId = s.problem;
    t.measure = QStringLiteral("制定年度学习计划并按月督查");
    t.target = QStringLiteral("学习制度化");
    t.deadline = QDate(2023, 12, 31);
    t.status = TaskStatus::InProgress;
    t.responsibilities.leaders = { QStringLiteral("张明") };
    t.responsibilities.leadUnits = { QStringLiteral("党政办公室") };
    t.responsibilities.coUnits = { QStringLiteral("组织人事局"), QStringLiteral("宣传部") };
    t.responsibilities.persons = { QStringLiteral("李华") };
    auto tid = ledger.addTask(t);
    EXPECT_TRUE(tid.ok()) << tid.error().toStdString();
    s.task = tid.ok() ? *tid : 0;
    return s;
}

} // namespace

TEST(Store, InspectionRoundTrip)
{
    TempLedger l;
    const Seeded s = seed(*l);
    auto i = l->inspection(s.inspection);
    ASSERT_TRUE(i.ok());
    EXPECT_EQ(i->name, QStringLiteral("省委第三巡视组反馈"));
    EXPECT_EQ(i->kind, QStringLiteral("巡视"));
    EXPECT_EQ(i->feedbackDate, QDate(2023, 10, 12));
    EXPECT_EQ(i->rectificationEnd, QDate(2024, 1, 12));

    Inspection changed = *i;
    changed.rectificationEnd = QDate();
    changed.notes = QStringLiteral("集中整改期延长");
    ASSERT_TRUE(l->updateInspection(changed).ok());
    i = l->inspection(s.inspection);
    ASSERT_TRUE(i.ok());
    EXPECT_FALSE(i->rectificationEnd.isValid());
    EXPECT_EQ(i->notes, QStringLiteral("集中整改期延长"));

    auto found = l->findInspection(QStringLiteral("  省委第三巡视组反馈 "));
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, s.inspection);
}

TEST(Store, ProblemRoundTripAndUniqueCode)
{
    TempLedger l;
    const Seeded s = seed(*l);
    auto p = l->problem(s.problem);
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->code, QStringLiteral("1"));
    EXPECT_EQ(p->category, QStringLiteral("党的建设"));
    EXPECT_EQ(p->title, QStringLiteral("理论学习不够系统深入"));
    EXPECT_EQ(p->sortOrder, 1);

    Problem dup;
    dup.inspectionId = s.inspection;
    dup.code = QStringLiteral("1");
    dup.title = QStringLiteral("重复的序号");
    const auto added = l->addProblem(dup);
    EXPECT_FALSE(added.ok());
    // SQLite says UNIQUE, PostgreSQL unique.
    EXPECT_TRUE(added.error().contains(QStringLiteral("unique"), Qt::CaseInsensitive))
        << added.error().toStdString();

    Problem second;
    second.inspectionId = s.inspection;
    second.code = QStringLiteral("2");
    second.title = QStringLiteral("主导产业优势不明显");
    ASSERT_TRUE(l->addProblem(second).ok());
    auto all = l->problems(s.inspection);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(1).sortOrder, 2);

    Problem edited = *p;
    edited.title = QStringLiteral("学习贯彻不够系统深入");
    ASSERT_TRUE(l->updateProblem(edited).ok());
    EXPECT_EQ(l->problem(s.problem)->title, QStringLiteral("学习贯彻不够系统深入"));

    auto found = l->findProblem(s.inspection, QStringLiteral("2"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->title, QStringLiteral("主导产业优势不明显"));
}

TEST(Store, TaskRoundTripWithResponsibilities)
{
    TempLedger l;
    const Seeded s = seed(*l);
    auto t = l->task(s.task);
    ASSERT_TRUE(t.ok()) << t.error().toStdString();
    EXPECT_EQ(t->number, 1);
    EXPECT_EQ(t->measure, QStringLiteral("制定年度学习计划并按月督查"));
    EXPECT_EQ(t->deadline, QDate(2023, 12, 31));
    EXPECT_EQ(t->status, TaskStatus::InProgress);
    EXPECT_FALSE(t->longTerm);
    EXPECT_EQ(t->responsibilities.leaders, QStringList { QStringLiteral("张明") });
    EXPECT_EQ(t->responsibilities.leadUnits, QStringList { QStringLiteral("党政办公室") });
    EXPECT_EQ(t->responsibilities.coUnits,
        (QStringList { QStringLiteral("组织人事局"), QStringLiteral("宣传部") }));
    EXPECT_EQ(t->responsibilities.persons, QStringList { QStringLiteral("李华") });
    EXPECT_EQ(t->version, 1);

    Task edited = *t;
    edited.status = TaskStatus::Completed;
    edited.completedOn = QDate(2023, 12, 20);
    edited.longTerm = true;
    edited.deadline = QDate();
    edited.responsibilities.coUnits = { QStringLiteral("宣传部") };
    ASSERT_TRUE(l->updateTask(edited, QStringLiteral("已按计划完成")).ok());
    t = l->task(s.task);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->status, TaskStatus::Completed);
    EXPECT_EQ(t->completedOn, QDate(2023, 12, 20));
    EXPECT_TRUE(t->longTerm);
    EXPECT_FALSE(t->deadline.isValid());
    EXPECT_EQ(t->responsibilities.coUnits, QStringList { QStringLiteral("宣传部") });
    EXPECT_EQ(t->version, 2);

    // Units and people are shared by name, not duplicated.
    Task second;
    second.problemId = s.problem;
    second.measure = QStringLiteral("开展专题研讨");
    second.responsibilities.leadUnits = { QStringLiteral(" 党政办公室 ") };
    second.responsibilities.persons = { QStringLiteral("李华") };
    auto id2 = l->addTask(second);
    ASSERT_TRUE(id2.ok());
    EXPECT_EQ(l->task(*id2)->number, 2);
    EXPECT_EQ(l->unitNames()->size(), 3);
    EXPECT_EQ(l->personNames()->size(), 2);
    EXPECT_EQ(l->tasks(s.problem)->size(), 2);
}

TEST(Store, StaleTaskUpdateIsAConflict)
{
    TempLedger l;
    const Seeded s = seed(*l);
    Task first = *l->task(s.task);
    Task second = first;
    first.remarks = QStringLiteral("第一位经办人");
    ASSERT_TRUE(l->updateTask(first).ok());
    second.remarks = QStringLiteral("第二位经办人");
    const Status conflict = l->updateTask(second);
    ASSERT_FALSE(conflict.ok());
    EXPECT_TRUE(conflict.isConflict());
    EXPECT_TRUE(conflict.error().contains(QStringLiteral("第一位经办人")))
        << "the message shows the newer value: " << conflict.error().toStdString();
    EXPECT_EQ(l->task(s.task)->remarks, QStringLiteral("第一位经办人"));
}

TEST(Store, ProgressRoundTrip)
{
    TempLedger l;
    const Seeded s = seed(*l);
    ProgressEntry e;
    e.taskId = s.task;
    e.date = QDate(2023, 11, 2);
    e.text = QStringLiteral("召开专题会议研究部署");
    auto id = l->addProgress(e);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    e.date = QDate(2023, 10, 20);
    e.text = QStringLiteral("印发整改方案");
    e.author = QStringLiteral("王芳");
    ASSERT_TRUE(l->addProgress(e).ok());

    auto list = l->progress(s.task);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).text, QStringLiteral("印发整改方案")); // oldest first
    EXPECT_EQ(list->at(0).author, QStringLiteral("王芳"));
    EXPECT_EQ(list->at(1).author, QStringLiteral("tester")); // defaults to the actor
    EXPECT_EQ(list->at(1).createdAt, fixedNow());

    ASSERT_TRUE(l->removeProgress(*id).ok());
    EXPECT_EQ(l->progress(s.task)->size(), 1);
    EXPECT_FALSE(l->removeProgress(*id).ok());

    ProgressEntry empty;
    empty.taskId = s.task;
    empty.date = QDate(2023, 11, 2);
    EXPECT_FALSE(l->addProgress(empty).ok());
}

TEST(Store, UserRoundTrip)
{
    TempLedger l;
    User u;
    u.name = QStringLiteral("陈静");
    u.role = UserRole::Supervisor;
    u.unit = QStringLiteral("巡视整改工作领导小组办公室");
    u.passwordHash = QStringLiteral("pbkdf2$sha256$1000$c2FsdA==$aGFzaA==");
    ASSERT_TRUE(l->addUser(u).ok());
    auto found = l->findUser(QStringLiteral("陈静"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->role, UserRole::Supervisor);
    EXPECT_EQ((*found)->unit, QStringLiteral("巡视整改工作领导小组办公室"));
    EXPECT_EQ((*found)->passwordHash, u.passwordHash);
    EXPECT_FALSE(l->addUser(u).ok()); // names are unique
    EXPECT_EQ(l->users()->size(), 2); // with the ledger's first admin
}

TEST(Store, DeletesCascadeAndForeignKeysHold)
{
    TempLedger l;
    const Seeded s = seed(*l);
    ProgressEntry e;
    e.taskId = s.task;
    e.date = QDate(2023, 11, 2);
    e.text = QStringLiteral("进展");
    ASSERT_TRUE(l->addProgress(e).ok());

    // A task under a problem that does not exist is refused.
    Task orphan;
    orphan.problemId = 9999;
    orphan.measure = QStringLiteral("无主任务");
    EXPECT_FALSE(l->addTask(orphan).ok());
    auto raw = SqlAccess::exec(*l,
        QStringLiteral("INSERT INTO tasks (problem_id, number, measure) VALUES (9999, 1, 'x')"));
    ASSERT_FALSE(raw.ok());
    EXPECT_TRUE(raw.error().contains(QStringLiteral("foreign key"), Qt::CaseInsensitive))
        << raw.error().toStdString();

    // A unit still named in a responsibility cannot be deleted.
    EXPECT_FALSE(SqlAccess::exec(*l, QStringLiteral("DELETE FROM units")).ok());

    ASSERT_TRUE(l->removeProblem(s.problem).ok());
    auto c = l->counts();
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->problems, 0);
    EXPECT_EQ(c->tasks, 0);
    EXPECT_EQ(c->progressEntries, 0);
    auto left = SqlAccess::exec(*l, QStringLiteral("SELECT count(*) FROM responsibilities"));
    ASSERT_TRUE(left.ok() && left->next());
    EXPECT_EQ(left->value(0).toInt(), 0);
    // A server always enforces foreign keys; a SQLite file is checked.
    if (!l->isOnServer()) {
        auto fk = SqlAccess::exec(*l, QStringLiteral("PRAGMA foreign_key_check"));
        ASSERT_TRUE(fk.ok());
        EXPECT_FALSE(fk->next());
    }
}

TEST(Store, EveryChangeIsAudited)
{
    TempLedger l;
    const Seeded s = seed(*l);
    Task t = *l->task(s.task);
    t.status = TaskStatus::Completed;
    t.deadline = QDate(2024, 1, 31);
    ASSERT_TRUE(l->updateTask(t, QStringLiteral("按期完成")).ok());

    auto entries = l->auditLog(QStringLiteral("task"), s.task);
    ASSERT_TRUE(entries.ok());
    QStringList fields;
    for (const AuditEntry &e : *entries)
        fields << e.field;
    EXPECT_EQ(
        fields, (QStringList { QString(), QStringLiteral("deadline"), QStringLiteral("status") }));
    const AuditEntry &status = entries->last();
    EXPECT_EQ(status.oldValue, QStringLiteral("in_progress"));
    EXPECT_EQ(status.newValue, QStringLiteral("completed"));
    EXPECT_EQ(status.reason, QStringLiteral("按期完成"));
    EXPECT_EQ(status.user, QStringLiteral("tester"));
    EXPECT_EQ(status.at, fixedNow());
    EXPECT_EQ(entries->at(1).oldValue, QStringLiteral("2023-12-31"));
    EXPECT_EQ(entries->at(1).newValue, QStringLiteral("2024-01-31"));

    // The log cannot be changed through SQL either.
    auto upd = SqlAccess::exec(*l, QStringLiteral("UPDATE audit_log SET user_name = 'mallory'"));
    EXPECT_FALSE(upd.ok());
    EXPECT_TRUE(upd.error().contains(QStringLiteral("append-only")));
    EXPECT_FALSE(SqlAccess::exec(*l, QStringLiteral("DELETE FROM audit_log")).ok());
}

TEST(Store, FailedPartRollsBackTheWholeTransaction)
{
    TempLedger l;
    const Seeded s = seed(*l);
    const qint64 auditBefore = l->counts()->auditEntries;
    {
        Ledger::Transaction tx(*l);
        ASSERT_TRUE(tx.status().ok());
        Problem p;
        p.inspectionId = s.inspection;
        p.code = QStringLiteral("9");
        p.title = QStringLiteral("将被回滚");
        ASSERT_TRUE(l->addProblem(p).ok());
        Problem dup = p; // same code: fails inside the outer transaction
        EXPECT_FALSE(l->addProblem(dup).ok());
        EXPECT_FALSE(tx.commit().ok());
    }
    EXPECT_FALSE(l->findProblem(s.inspection, QStringLiteral("9"))->has_value());
    EXPECT_EQ(l->counts()->auditEntries, auditBefore);

    {
        Ledger::Transaction tx(*l);
        Problem p;
        p.inspectionId = s.inspection;
        p.code = QStringLiteral("10");
        p.title = QStringLiteral("未提交即丢弃");
        ASSERT_TRUE(l->addProblem(p).ok());
    } // destroyed without commit
    EXPECT_FALSE(l->findProblem(s.inspection, QStringLiteral("10"))->has_value());
}

TEST(Store, DefaultInspectionIsCreatedOnce)
{
    TempLedger l;
    auto first = l->defaultInspection();
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    auto second = l->defaultInspection();
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->id, second->id);
    EXPECT_EQ(l->inspections()->size(), 1);
}

TEST(Store, SettingsRoundTrip)
{
    TempLedger l;
    EXPECT_EQ(
        *l->setting(QStringLiteral("due_soon_days"), QStringLiteral("7")), QStringLiteral("7"));
    ASSERT_TRUE(l->setSetting(QStringLiteral("due_soon_days"), QStringLiteral("10")).ok());
    EXPECT_EQ(*l->setting(QStringLiteral("due_soon_days")), QStringLiteral("10"));
}

TEST(Store, HostileTextIsStoredVerbatim)
{
    TempLedger l;
    const Seeded s = seed(*l);
    Task t = *l->task(s.task);
    t.remarks = QStringLiteral("'); DROP TABLE tasks;-- 😀 e\u0301 \u202Eabc");
    ASSERT_TRUE(l->updateTask(t).ok());
    EXPECT_EQ(l->task(s.task)->remarks, t.remarks);
    EXPECT_EQ(l->counts()->tasks, 1);
}
