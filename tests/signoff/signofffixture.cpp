#include "tests/signoff/signofffixture.h"

#include "store/sqlaccess.h"

namespace rectify::test {

void SignoffTest::SetUp()
{
    auto inspection = m_ledger->defaultInspection();
    ASSERT_TRUE(inspection.ok()) << inspection.error().toStdString();
    Problem p;
    p.inspectionId = inspection->id;
    p.code = QStringLiteral("4");
    p.title = QStringLiteral("台账管理不规范");
    auto pid = m_ledger->addProblem(p);
    ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
    m_problem = *pid;
    Task t;
    t.problemId = m_problem;
    t.measure = QStringLiteral("建立台账管理制度");
    t.status = TaskStatus::InProgress;
    t.deadline = QDate(2024, 6, 30);
    t.responsibilities.leadUnits = { QStringLiteral("办公室") };
    t.responsibilities.coUnits = { QStringLiteral("人事科") };
    auto t1 = m_ledger->addTask(t);
    ASSERT_TRUE(t1.ok()) << t1.error().toStdString();
    m_task1 = *t1;
    t.measure = QStringLiteral("清理往来款项");
    t.status = TaskStatus::NotStarted;
    t.responsibilities.leadUnits = { QStringLiteral("财务科") };
    t.responsibilities.coUnits.clear();
    auto t2 = m_ledger->addTask(t);
    ASSERT_TRUE(t2.ok()) << t2.error().toStdString();
    m_task2 = *t2;
    const struct
    {
        const char *name;
        UserRole role;
        const char *unit;
    } users[] = { { "wang", UserRole::Official, "人事科" }, { "li", UserRole::Official, "财务科" },
        { "zhao", UserRole::Supervisor, "督查室" } };
    for (const auto &u : users) {
        User x;
        x.name = QString::fromUtf8(u.name);
        x.role = u.role;
        x.unit = QString::fromUtf8(u.unit);
        ASSERT_TRUE(m_ledger->addUser(x).ok());
    }
}

User SignoffTest::user(const QString &name)
{
    auto u = m_ledger->findUser(name);
    EXPECT_TRUE(u.ok() && u->has_value()) << name.toStdString();
    return u.ok() && u->has_value() ? **u : User();
}

Task SignoffTest::task(qint64 id)
{
    auto t = m_ledger->task(id);
    EXPECT_TRUE(t.ok()) << t.error().toStdString();
    return t.ok() ? *t : Task();
}

qint64 SignoffTest::count(const QString &sql)
{
    auto q = SqlAccess::exec(*m_ledger, sql);
    EXPECT_TRUE(q.ok()) << q.error().toStdString();
    return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace rectify::test
