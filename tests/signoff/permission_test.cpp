// The permission matrix: every role × action, allowed and refused, and the unit rule.
#include "workflow/permission.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

User user(UserRole role, const QString &unit = QString())
{
    User u;
    u.name = QStringLiteral("someone");
    u.role = role;
    u.unit = unit;
    return u;
}

Responsibilities taskOf(const QStringList &lead, const QStringList &co = {})
{
    Responsibilities r;
    r.leadUnits = lead;
    r.coUnits = co;
    r.leaders = { QStringLiteral("办公室") }; // a leader's name equal to a unit gives nothing
    r.persons = { QStringLiteral("财务科") };
    return r;
}

Decision on(const User &u, Action a, const Responsibilities &task)
{
    return Permission::check(u, a, &task);
}

} // namespace

TEST(Permission, FullMatrix)
{
    const Responsibilities own = taskOf({ QStringLiteral("办公室") }, { QStringLiteral("人事科") });
    const QSet<Action> officialMay { Action::EditTask, Action::AddProgress, Action::Complete,
        Action::RequestExtension };
    const QSet<Action> supervisorMay { Action::EditTask, Action::AddProgress, Action::Complete,
        Action::Close, Action::Reject, Action::Reopen, Action::ChangeDeadline,
        Action::RequestExtension, Action::DecideExtension, Action::ManageRounds };
    const QSet<Action> adminMay { Action::Import, Action::Settings, Action::ManageUsers,
        Action::Backup };
    ASSERT_EQ(allActions().size(), 14);
    int checked = 0;
    for (const Action a : allActions()) {
        const struct
        {
            UserRole role;
            const QSet<Action> &may;
        } roles[] = { { UserRole::Official, officialMay }, { UserRole::Supervisor, supervisorMay },
            { UserRole::Admin, adminMay } };
        for (const auto &r : roles) {
            const Decision d = Permission::check(user(r.role, QStringLiteral("办公室")), a, &own);
            EXPECT_EQ(d.allowed, r.may.contains(a))
                << userRoleKey(r.role).toStdString() << " " << actionKey(a).toStdString();
            // A refusal always says why; an allowance says nothing.
            EXPECT_EQ(d.refusal.isEmpty(), d.allowed) << actionKey(a).toStdString();
            ++checked;
        }
    }
    EXPECT_EQ(checked, 42);
}

TEST(Permission, OfficialsActOnlyOnTheirUnitsTasks)
{
    const User official = user(UserRole::Official, QStringLiteral("人事科"));
    // Lead unit and co-operating unit both count.
    EXPECT_TRUE(on(official, Action::Complete, taskOf({ QStringLiteral("人事科") })).allowed);
    EXPECT_TRUE(on(official, Action::AddProgress,
        taskOf(
            { QStringLiteral("办公室") }, { QStringLiteral("财务科"), QStringLiteral("人事科") }))
                    .allowed);
    // Another unit's task, a responsible person or leader with the same name: refused.
    const Decision other = on(official, Action::Complete, taskOf({ QStringLiteral("办公室") }));
    EXPECT_FALSE(other.allowed);
    EXPECT_TRUE(other.refusal.contains(QStringLiteral("人事科"))) << other.refusal.toStdString();
    const User finance = user(UserRole::Official, QStringLiteral("财务科"));
    EXPECT_FALSE(on(finance, Action::EditTask, taskOf({ QStringLiteral("办公室") })).allowed);
    // No task given: refused, never assumed to be theirs.
    EXPECT_FALSE(Permission::check(official, Action::EditTask).allowed);
    // An official without a unit may not work on any task.
    const Decision noUnit
        = on(user(UserRole::Official), Action::AddProgress, taskOf({ QStringLiteral("人事科") }));
    EXPECT_FALSE(noUnit.allowed);
    EXPECT_TRUE(noUnit.refusal.contains(QStringLiteral("without a unit")));
    // Names compare after white space is tidied.
    EXPECT_TRUE(on(user(UserRole::Official, QStringLiteral(" 人事科 ")), Action::Complete,
        taskOf({ QStringLiteral("人事科") }))
                    .allowed);
}

TEST(Permission, SupervisorsActOnEveryUnit)
{
    const User supervisor = user(UserRole::Supervisor, QStringLiteral("督查室"));
    for (const Action a : allActions()) {
        if (isTaskAction(a)) {
            EXPECT_TRUE(on(supervisor, a, taskOf({ QStringLiteral("办公室") })).allowed)
                << actionKey(a).toStdString();
        }
    }
}

TEST(Permission, RefusalsNameTheRole)
{
    const Decision d = on(user(UserRole::Official, QStringLiteral("办公室")), Action::Close,
        taskOf({ QStringLiteral("办公室") }));
    EXPECT_FALSE(d.allowed);
    EXPECT_TRUE(d.refusal.contains(QStringLiteral("supervisor"))) << d.refusal.toStdString();
    const Decision admin = Permission::check(user(UserRole::Admin), Action::Close);
    EXPECT_TRUE(admin.refusal.contains(QStringLiteral("administrator")));
}
