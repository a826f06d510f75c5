// User accounts: one's own password, an administrator's reset, "passwords
// required", role, unit and deactivation (core/workflow/accounts.h and the store).
#include "store/ledgercopy.h"
#include "store/schema.h"
#include "store/sqlaccess.h"
#include "tests/signoff/signofffixture.h"
#include "tests/support/pgtest.h"
#include "workflow/accounts.h"
#include "workflow/password.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

class AccountsTest : public SignoffTest
{
protected:
    // Acting for `name`, with cheap hashes.
    Accounts as(const QString &name)
    {
        Accounts a(*m_ledger, name);
        a.setIterations(Password::minIterations);
        return a;
    }
    Result<Accounts::SignIn> signIn(const QString &name, const QString &password)
    {
        return Accounts::signIn(*m_ledger, name, password, Password::minIterations);
    }
    // The audit entries of the user `name`'s row for `field`.
    QVector<AuditEntry> entries(const QString &name, const QString &field)
    {
        QVector<AuditEntry> out;
        auto log = m_ledger->auditLog(QStringLiteral("user"), user(name).id);
        EXPECT_TRUE(log.ok());
        for (const AuditEntry &e : log.ok() ? *log : QVector<AuditEntry>()) {
            if (e.field == field)
                out << e;
        }
        return out;
    }
};

} // namespace

TEST_F(AccountsTest, NewColumnsDefaultToActiveWithoutForcedChange)
{
    EXPECT_EQ(m_ledger->schemaVersion(), Schema::currentVersion());
    const User tester = user(QStringLiteral("tester"));
    EXPECT_TRUE(tester.active);
    EXPECT_FALSE(tester.mustChangePassword);
    auto required = Accounts::passwordsRequired(*m_ledger);
    ASSERT_TRUE(required.ok());
    EXPECT_FALSE(*required); // a ledger made by the store alone: the app turns it on
}

TEST_F(AccountsTest, OwnPasswordIsSetCheckedAndChanged)
{
    // A user without a password sets one without giving a current one.
    EXPECT_FALSE(as(QStringLiteral("wang")).changeOwnPassword(QString(), QStringLiteral("short")));
    const Status set
        = as(QStringLiteral("wang")).changeOwnPassword(QString(), QStringLiteral("first-secret"));
    ASSERT_TRUE(set.ok()) << set.error().toStdString();
    EXPECT_TRUE(Password::verify(
        QStringLiteral("first-secret"), user(QStringLiteral("wang")).passwordHash));

    // Now the current one is needed.
    const Status wrong
        = as(QStringLiteral("wang"))
              .changeOwnPassword(QStringLiteral("nope"), QStringLiteral("x-secret-2"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().contains(QStringLiteral("wrong")));
    const Status changed
        = as(QStringLiteral("wang"))
              .changeOwnPassword(QStringLiteral("first-secret"), QStringLiteral("second-secret"));
    ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    auto in = signIn(QStringLiteral("wang"), QStringLiteral("second-secret"));
    ASSERT_TRUE(in.ok()) << in.error().toStdString();
    EXPECT_FALSE(in->mustSetPassword);
    EXPECT_FALSE(signIn(QStringLiteral("wang"), QStringLiteral("first-secret")).ok());

    // Audited in wang's name, without the hashes.
    const auto log = entries(QStringLiteral("wang"), QStringLiteral("password"));
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log.at(0).user, QStringLiteral("wang"));
    EXPECT_EQ(log.at(0).oldValue, QString());
    EXPECT_EQ(log.at(1).oldValue, QStringLiteral("pbkdf2-sha256$1000"));
    EXPECT_FALSE(log.at(1).newValue.contains(user(QStringLiteral("wang")).passwordHash));
}

TEST_F(AccountsTest, MinimumLengthIsEight)
{
    EXPECT_EQ(Accounts::minPasswordLength, 8);
    EXPECT_FALSE(Accounts::checkNewPassword(QStringLiteral("1234567")).ok());
    EXPECT_TRUE(Accounts::checkNewPassword(QStringLiteral("12345678")).ok());
    EXPECT_FALSE(Accounts::checkNewPassword(QStringLiteral("        ")).ok());
    EXPECT_TRUE(Accounts::checkNewPassword(QStringLiteral("整改台账密码八位")).ok());
}

TEST_F(AccountsTest, AdminResetForcesANewPasswordAtTheNextSignIn)
{
    ASSERT_TRUE(as(QStringLiteral("wang"))
                    .changeOwnPassword(QString(), QStringLiteral("forgotten-1"))
                    .ok());
    // Only an administrator resets.
    const Status refused
        = as(QStringLiteral("zhao"))
              .resetPassword(QStringLiteral("wang"), QStringLiteral("temporary-1"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("administrator")));

    const Status reset = as(QStringLiteral("tester"))
                             .resetPassword(QStringLiteral("wang"), QStringLiteral("temporary-1"));
    ASSERT_TRUE(reset.ok()) << reset.error().toStdString();
    EXPECT_TRUE(user(QStringLiteral("wang")).mustChangePassword);
    auto in = signIn(QStringLiteral("wang"), QStringLiteral("temporary-1"));
    ASSERT_TRUE(in.ok()) << in.error().toStdString();
    EXPECT_TRUE(in->mustSetPassword);
    EXPECT_TRUE(in->why.contains(QStringLiteral("reset")));

    // Not the temporary one again; then a new one clears the flag.
    EXPECT_FALSE(
        as(QStringLiteral("wang"))
            .changeOwnPassword(QStringLiteral("temporary-1"), QStringLiteral("temporary-1"))
            .ok());
    ASSERT_TRUE(as(QStringLiteral("wang"))
                    .changeOwnPassword(QStringLiteral("temporary-1"), QStringLiteral("my-own-pass"))
                    .ok());
    EXPECT_FALSE(user(QStringLiteral("wang")).mustChangePassword);
    in = signIn(QStringLiteral("wang"), QStringLiteral("my-own-pass"));
    ASSERT_TRUE(in.ok());
    EXPECT_FALSE(in->mustSetPassword);

    const auto flags = entries(QStringLiteral("wang"), QStringLiteral("must_change_password"));
    ASSERT_EQ(flags.size(), 2);
    EXPECT_EQ(flags.at(0).user, QStringLiteral("tester"));
    EXPECT_EQ(flags.at(0).newValue, QStringLiteral("1"));
    EXPECT_EQ(flags.at(1).user, QStringLiteral("wang"));
    EXPECT_EQ(flags.at(1).newValue, QStringLiteral("0"));
}

TEST_F(AccountsTest, PasswordsRequiredMakesAPasswordlessUserSetOne)
{
    EXPECT_FALSE(as(QStringLiteral("zhao")).setPasswordsRequired(true).ok());
    ASSERT_TRUE(as(QStringLiteral("tester")).setPasswordsRequired(true).ok());
    auto required = Accounts::passwordsRequired(*m_ledger);
    ASSERT_TRUE(required.ok());
    EXPECT_TRUE(*required);
    auto log = m_ledger->auditLog(QStringLiteral("setting"));
    ASSERT_TRUE(log.ok() && !log->isEmpty());
    EXPECT_EQ(log->last().field, Accounts::passwordsRequiredKey());
    EXPECT_EQ(log->last().newValue, QStringLiteral("1"));

    auto in = signIn(QStringLiteral("li"), QString());
    ASSERT_TRUE(in.ok());
    EXPECT_TRUE(in->mustSetPassword);
    EXPECT_TRUE(in->why.contains(QStringLiteral("requires")));
    ASSERT_TRUE(
        as(QStringLiteral("li")).changeOwnPassword(QString(), QStringLiteral("li-password")).ok());
    in = signIn(QStringLiteral("li"), QStringLiteral("li-password"));
    ASSERT_TRUE(in.ok());
    EXPECT_FALSE(in->mustSetPassword);
}

TEST_F(AccountsTest, RoleAndUnitChangesAreAdminsOnlyAndAudited)
{
    const Status refused
        = as(QStringLiteral("zhao")).setRole(QStringLiteral("wang"), UserRole::Supervisor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(user(QStringLiteral("wang")).role, UserRole::Official);

    ASSERT_TRUE(as(QStringLiteral("tester"))
                    .setUnit(QStringLiteral("wang"), QStringLiteral(" 财务科 "))
                    .ok());
    EXPECT_EQ(user(QStringLiteral("wang")).unit, QStringLiteral("财务科"));
    ASSERT_TRUE(
        as(QStringLiteral("tester")).setRole(QStringLiteral("wang"), UserRole::Supervisor).ok());
    EXPECT_EQ(user(QStringLiteral("wang")).role, UserRole::Supervisor);
    // An official needs a unit.
    ASSERT_TRUE(as(QStringLiteral("tester")).setUnit(QStringLiteral("wang"), QString()).ok());
    EXPECT_FALSE(
        as(QStringLiteral("tester")).setRole(QStringLiteral("wang"), UserRole::Official).ok());
    EXPECT_FALSE(as(QStringLiteral("tester")).setUnit(QStringLiteral("li"), QString()).ok());

    const auto roles = entries(QStringLiteral("wang"), QStringLiteral("role"));
    ASSERT_EQ(roles.size(), 1);
    EXPECT_EQ(roles.at(0).oldValue, QStringLiteral("official"));
    EXPECT_EQ(roles.at(0).newValue, QStringLiteral("supervisor"));
    EXPECT_EQ(roles.at(0).user, QStringLiteral("tester"));
    const auto units = entries(QStringLiteral("wang"), QStringLiteral("unit"));
    ASSERT_EQ(units.size(), 2);
    EXPECT_EQ(units.at(0).oldValue, QStringLiteral("人事科"));
    EXPECT_EQ(units.at(0).newValue, QStringLiteral("财务科"));
    EXPECT_EQ(units.at(1).newValue, QString());
}

TEST_F(AccountsTest, DeactivatedUserCannotSignInOrActButStaysOnRecord)
{
    ASSERT_TRUE(as(QStringLiteral("tester")).setActive(QStringLiteral("wang"), false).ok());
    const User wang = user(QStringLiteral("wang"));
    EXPECT_FALSE(wang.active);
    auto in = signIn(QStringLiteral("wang"), QString());
    ASSERT_FALSE(in.ok());
    EXPECT_TRUE(in.error().contains(QStringLiteral("deactivated")));
    // Even a User value kept from before is refused everything.
    const Task t = task(m_task1);
    EXPECT_FALSE(Permission::check(wang, Action::EditTask, &t.responsibilities));
    // Not offered, still listed and named by the audit log.
    auto active = Accounts::activeUsers(*m_ledger);
    ASSERT_TRUE(active.ok());
    for (const User &u : *active)
        EXPECT_NE(u.name, QStringLiteral("wang"));
    auto all = m_ledger->users();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 4);
    const auto flags = entries(QStringLiteral("wang"), QStringLiteral("active"));
    ASSERT_EQ(flags.size(), 1);
    EXPECT_EQ(flags.at(0).oldValue, QStringLiteral("1"));
    EXPECT_EQ(flags.at(0).newValue, QStringLiteral("0"));

    ASSERT_TRUE(as(QStringLiteral("tester")).setActive(QStringLiteral("wang"), true).ok());
    EXPECT_TRUE(signIn(QStringLiteral("wang"), QString()).ok());
}

TEST_F(AccountsTest, TheLastActiveAdministratorStays)
{
    const qint64 before = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const Status off = as(QStringLiteral("tester")).setActive(QStringLiteral("tester"), false);
    ASSERT_FALSE(off.ok());
    EXPECT_TRUE(off.error().contains(QStringLiteral("last active administrator")));
    EXPECT_FALSE(
        as(QStringLiteral("tester")).setRole(QStringLiteral("tester"), UserRole::Supervisor).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log")), before);
    EXPECT_TRUE(user(QStringLiteral("tester")).active);
    EXPECT_EQ(user(QStringLiteral("tester")).role, UserRole::Admin);

    // With a second administrator, the first may go; then the second is the last.
    ASSERT_TRUE(as(QStringLiteral("tester")).setRole(QStringLiteral("zhao"), UserRole::Admin).ok());
    ASSERT_TRUE(as(QStringLiteral("tester")).setActive(QStringLiteral("tester"), false).ok());
    // A deactivated administrator can do nothing more.
    EXPECT_FALSE(as(QStringLiteral("tester")).setActive(QStringLiteral("tester"), true).ok());
    EXPECT_FALSE(
        as(QStringLiteral("zhao")).setRole(QStringLiteral("zhao"), UserRole::Supervisor).ok());
    ASSERT_TRUE(as(QStringLiteral("zhao")).setActive(QStringLiteral("tester"), true).ok());
}

TEST_F(AccountsTest, SoleUserWithoutPasswordIsSignedInWithoutAsking)
{
    // Four active users: ask.
    auto sole = Accounts::soleUser(*m_ledger);
    ASSERT_TRUE(sole.ok());
    EXPECT_FALSE(sole->has_value());
    for (const char *name : { "wang", "li", "zhao" })
        ASSERT_TRUE(as(QStringLiteral("tester")).setActive(QString::fromUtf8(name), false).ok());
    sole = Accounts::soleUser(*m_ledger);
    ASSERT_TRUE(sole.ok());
    ASSERT_TRUE(sole->has_value());
    EXPECT_EQ((*sole)->name, QStringLiteral("tester"));
    // Not when passwords are required (the user must set one), nor with a password.
    ASSERT_TRUE(as(QStringLiteral("tester")).setPasswordsRequired(true).ok());
    EXPECT_FALSE(Accounts::soleUser(*m_ledger)->has_value());
    ASSERT_TRUE(as(QStringLiteral("tester")).setPasswordsRequired(false).ok());
    ASSERT_TRUE(as(QStringLiteral("tester"))
                    .changeOwnPassword(QString(), QStringLiteral("admin-pass"))
                    .ok());
    EXPECT_FALSE(Accounts::soleUser(*m_ledger)->has_value());
}

TEST_F(AccountsTest, AddUserChecksThePasswordAndTheRole)
{
    User u;
    u.name = QStringLiteral("sun");
    u.role = UserRole::Official;
    u.unit = QStringLiteral("组织部");
    EXPECT_FALSE(as(QStringLiteral("zhao")).addUser(u).ok());
    EXPECT_FALSE(as(QStringLiteral("tester")).addUser(u, QStringLiteral("short")).ok());
    auto added = as(QStringLiteral("tester")).addUser(u, QStringLiteral("sun-password"));
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_FALSE(as(QStringLiteral("tester")).addUser(u).ok()); // the name is taken
    auto in = signIn(QStringLiteral("sun"), QStringLiteral("sun-password"));
    ASSERT_TRUE(in.ok());
}

// The new columns and the setting travel with a copy (file to file, or file and
// server both ways in the PostgreSQL run).
TEST_F(AccountsTest, CopyKeepsAccountsAndTheSetting)
{
    ASSERT_TRUE(as(QStringLiteral("tester")).setActive(QStringLiteral("li"), false).ok());
    ASSERT_TRUE(as(QStringLiteral("tester"))
                    .resetPassword(QStringLiteral("wang"), QStringLiteral("temporary-1"))
                    .ok());
    ASSERT_TRUE(as(QStringLiteral("tester")).setPasswordsRequired(true).ok());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.sqlite"));
    auto copied = LedgerCopy::copy(m_ledger.path(), file);
    ASSERT_TRUE(copied.ok()) << copied.error().toStdString();
    Ledger copy;
    ASSERT_TRUE(copy.open(file, Ledger::OpenMode::ReadOnly).ok());
    auto li = copy.findUser(QStringLiteral("li"));
    ASSERT_TRUE(li.ok() && li->has_value());
    EXPECT_FALSE((*li)->active);
    auto wang = copy.findUser(QStringLiteral("wang"));
    ASSERT_TRUE(wang.ok() && wang->has_value());
    EXPECT_TRUE((*wang)->mustChangePassword);
    EXPECT_TRUE((*wang)->active);
    auto required = Accounts::passwordsRequired(copy);
    ASSERT_TRUE(required.ok());
    EXPECT_TRUE(*required);
}

// A ledger of the previous version: its users are active, none must change a
// password, and passwords stay optional until an administrator requires them.
TEST(AccountsUpgrade, UsersOfAnOlderLedgerStayAsTheyWere)
{
    RECTIFY_SQLITE_ONLY("builds a file of the previous format version by hand");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QStringList statements;
        for (int v = 1; v < Schema::currentVersion(); ++v)
            statements += Schema::migrationTo(v) + Schema::finishMigrationTo(v);
        statements << QStringLiteral("INSERT INTO users (name, role, password_hash, created_at) "
                                     "VALUES ('old', 'admin', NULL, '2024-01-01T00:00:00.000Z')")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() - 1);
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    Ledger ledger;
    ledger.setActor(QStringLiteral("old"));
    ASSERT_TRUE(ledger.open(path).ok());
    auto old = ledger.findUser(QStringLiteral("old"));
    ASSERT_TRUE(old.ok() && old->has_value());
    EXPECT_TRUE((*old)->active);
    EXPECT_FALSE((*old)->mustChangePassword);
    EXPECT_FALSE(*Accounts::passwordsRequired(ledger));
    auto sole = Accounts::soleUser(ledger);
    ASSERT_TRUE(sole.ok() && sole->has_value());
}
