// The passwords of a set-up server's logins (store/serverroles.h): `passwd` and an
// administrator's `reset-password` change the login's password with Rectify's, in
// one step, the password never on the command line or in the audit log; and an
// official's or a supervisor's login cannot read users' password hashes while the
// app still signs them in. Against the test cluster, whose rectify_password_auth
// members must give their password (scripts/pg-test-cluster.sh).
#include "store/auditchain.h"
#include "store/serverpasswords.h"
#include "tests/pg/pglogins.h"
#include "workflow/accounts.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

std::pair<int, QString> cli(
    const QStringList &args, const QString &pgPassword, const QByteArray &input = QByteArray())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RECTIFY_LANG"), QStringLiteral("en"));
    if (pgPassword.isEmpty())
        env.remove(QStringLiteral("PGPASSWORD"));
    else
        env.insert(QStringLiteral("PGPASSWORD"), pgPassword);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RECTIFY_CLI_PATH), args);
    EXPECT_TRUE(p.waitForStarted(30000));
    p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    return std::make_pair(
        p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
}

// No entry of the audit log holds `text` (a password in clear).
void expectNotInAudit(const Ledger &ledger, const QString &text)
{
    auto log = ledger.auditLog();
    ASSERT_TRUE(log.ok()) << log.error().toStdString();
    for (const AuditEntry &e : *log) {
        EXPECT_FALSE(e.oldValue.contains(text)) << e.field.toStdString();
        EXPECT_FALSE(e.newValue.contains(text)) << e.field.toStdString();
        EXPECT_FALSE(e.reason.contains(text)) << e.field.toStdString();
    }
}

void expectChainIntact(const Ledger &ledger)
{
    auto report = AuditChain::verify(ledger);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
}

#define REQUIRE_CHECKED_PASSWORDS(s)                                                               \
    if (!(s).checked)                                                                              \
    GTEST_SKIP() << "the test server does not check passwords (rectify_password_auth)"

TEST(PgLogins, PasswdChangesTheLoginsPasswordWithRectifysAndNotInTheAudit)
{
    PasswordLogins s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    REQUIRE_CHECKED_PASSWORDS(s);
    const QString fresh = QStringLiteral("Neues-Passwort-7");
    const QString mine = urlAs(s.db.url(), s.official);
    // Without the old password the login does not even connect.
    auto [code, text] = cli({ QStringLiteral("--db"), mine, QStringLiteral("passwd"),
                                QStringLiteral("--password-stdin") },
        QStringLiteral("falsch-2024"), fresh.toUtf8() + '\n');
    EXPECT_NE(code, 0) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("the password is wrong"))) << text.toStdString();

    std::tie(code, text) = cli({ QStringLiteral("--db"), mine, QStringLiteral("passwd"),
                                   QStringLiteral("--password-stdin") },
        s.password, fresh.toUtf8() + '\n');
    ASSERT_EQ(code, 0) << text.toStdString();
    EXPECT_FALSE(text.contains(fresh));

    EXPECT_EQ(connectError(s.db.url(), s.official, fresh), QString());
    EXPECT_NE(connectError(s.db.url(), s.official, s.password), QString());
    // Rectify's own password changed with it (the owner reads the hash).
    auto in = Accounts::signIn(s.ledger, QStringLiteral("张三"), fresh, 1000);
    EXPECT_TRUE(in.ok()) << in.error().toStdString();
    expectNotInAudit(s.ledger, fresh);
    expectChainIntact(s.ledger);
}

TEST(PgLogins, AnAdministratorsResetGivesTheLoginTheTemporaryPassword)
{
    PasswordLogins s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    REQUIRE_CHECKED_PASSWORDS(s);
    const QString temporary = QStringLiteral("Vorlaeufig-42");
    auto [code, text] = cli({ QStringLiteral("--db"), urlAs(s.db.url(), s.admin),
                                QStringLiteral("users"), QStringLiteral("reset-password"),
                                QStringLiteral("张三"), QStringLiteral("--password-stdin") },
        s.password, temporary.toUtf8() + '\n');
    ASSERT_EQ(code, 0) << text.toStdString();
    EXPECT_EQ(connectError(s.db.url(), s.official, temporary), QString());
    EXPECT_NE(connectError(s.db.url(), s.official, s.password), QString());
    auto user = s.ledger.findUser(QStringLiteral("张三"));
    ASSERT_TRUE(user.ok() && user->has_value());
    EXPECT_TRUE((*user)->mustChangePassword);
    expectNotInAudit(s.ledger, temporary);
    expectChainIntact(s.ledger);

    // A supervisor may not reset anyone's password, Rectify's nor the login's.
    std::tie(code, text) = cli({ QStringLiteral("--db"), urlAs(s.db.url(), s.supervisor),
                                   QStringLiteral("users"), QStringLiteral("reset-password"),
                                   QStringLiteral("张三"), QStringLiteral("--password-stdin") },
        s.password, QByteArray("Boeswillig-99\n"));
    EXPECT_NE(code, 0) << text.toStdString();
    EXPECT_NE(connectError(s.db.url(), s.official, QStringLiteral("Boeswillig-99")), QString());
    // Nor with plain SQL, around the app: the server's function refuses them.
    Ledger theirs;
    ServerPasswords::remember(urlAs(s.db.url(), s.supervisor), s.password);
    ASSERT_TRUE(theirs.open(urlAs(s.db.url(), s.supervisor)).ok());
    auto verifier = ServerRoles::scramVerifier(theirs, s.official, QStringLiteral("Boeswillig-99"));
    ASSERT_TRUE(verifier.ok());
    EXPECT_FALSE(SqlAccess::exec(theirs, QStringLiteral("SELECT rectify_login_password(?, ?)"),
        { QStringLiteral("张三"), *verifier })
                     .ok());
    ServerPasswords::forget(urlAs(s.db.url(), s.supervisor));
}

TEST(PgLogins, TheWindowsChangeOfPasswordChecksTheCurrentOneWithTheServer)
{
    PasswordLogins s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    REQUIRE_CHECKED_PASSWORDS(s);
    const QString mine = urlAs(s.db.url(), s.official);
    ServerPasswords::remember(mine, s.password); // as the connect dialog does
    {
        Ledger ledger;
        ASSERT_TRUE(ledger.open(mine).ok());
        ASSERT_EQ(ledger.serverUser(), QStringLiteral("张三"));
        Accounts accounts(ledger, QStringLiteral("张三"));
        accounts.setIterations(1000);
        const Status wrong = accounts.changeOwnPassword(
            QStringLiteral("falsch-2024"), QStringLiteral("Neu-2025!"));
        ASSERT_FALSE(wrong.ok());
        EXPECT_TRUE(wrong.error().contains(QStringLiteral("current password is wrong")))
            << wrong.error().toStdString();
        const Status changed = accounts.changeOwnPassword(s.password, QStringLiteral("Neu-2025!"));
        ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    }
    // The window's later connections get the new password.
    EXPECT_EQ(ServerPasswords::lookup(mine), QStringLiteral("Neu-2025!"));
    Ledger again;
    EXPECT_TRUE(again.open(mine).ok());
    EXPECT_EQ(connectError(s.db.url(), s.official, s.password).isEmpty(), false);
    ServerPasswords::forget(mine);
}

TEST(PgLogins, OfficialsAndSupervisorsCannotReadPasswordHashesButStillSignIn)
{
    PasswordLogins s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    // Column privileges do not depend on password checks: no skip here.
    for (const QString &login : { s.official, s.supervisor }) {
        const QString url = urlAs(s.db.url(), login);
        ServerPasswords::remember(url, s.password);
        Ledger ledger;
        const Status opened = ledger.open(url);
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        auto hashes = SqlAccess::exec(ledger, QStringLiteral("SELECT password_hash FROM users"));
        EXPECT_FALSE(hashes.ok()) << login.toStdString();
        if (!hashes.ok()) {
            EXPECT_TRUE(hashes.error().contains(QStringLiteral("permission denied")))
                << hashes.error().toStdString();
        }
        EXPECT_FALSE(SqlAccess::exec(ledger, QStringLiteral("SELECT * FROM users")).ok());
        // What the app reads: every user, with only whether they have a password.
        auto users = ledger.users();
        ASSERT_TRUE(users.ok()) << users.error().toStdString();
        ASSERT_EQ(users->size(), 4);
        for (const User &u : *users) {
            if (u.name == s.creator)
                continue;
            EXPECT_FALSE(u.passwordHash.isEmpty()) << u.name.toStdString();
            EXPECT_EQ(u.passwordHash.count(QLatin1Char('$')), 1) << u.passwordHash.toStdString();
        }
        auto in = Accounts::signIn(ledger, ledger.serverUser(), QString());
        EXPECT_TRUE(in.ok()) << in.error().toStdString();
        ServerPasswords::forget(url);
    }
    // An administrator's login still reads them (a backup copies them).
    const QString adminUrl = urlAs(s.db.url(), s.admin);
    ServerPasswords::remember(adminUrl, s.password);
    Ledger admin;
    ASSERT_TRUE(admin.open(adminUrl).ok());
    EXPECT_TRUE(SqlAccess::exec(admin, QStringLiteral("SELECT password_hash FROM users")).ok());
    ServerPasswords::forget(adminUrl);
}

} // namespace

namespace {

// Rows `sql` changed on `ledger`'s connection, or -1 when the server refused it.
int changed(const Ledger &ledger, const QString &sql)
{
    auto q = SqlAccess::exec(ledger, sql);
    return q.ok() ? q->numRowsAffected() : -1;
}

TEST(PgLogins, AnOfficialWritesOnlyTheMeetingAndRuleRecordsOfTheirUnit)
{
    PasswordLogins s;
    ASSERT_NO_FATAL_FAILURE(s.make());
    auto inspection = s.ledger.defaultInspection();
    ASSERT_TRUE(inspection.ok());
    const QString insert = QStringLiteral("INSERT INTO records (inspection_id, kind, title, "
                                          "owner_unit) VALUES (%1, '%2', '%3', '%4')")
                               .arg(inspection->id);
    ASSERT_EQ(changed(s.ledger,
                  insert.arg(
                      QStringLiteral("meeting"), QStringLiteral("二科会"), QStringLiteral("二科"))),
        1);

    const QString url = urlAs(s.db.url(), s.official);
    ServerPasswords::remember(url, s.password);
    {
        Ledger mine;
        ASSERT_TRUE(mine.open(url).ok());
        // Another unit's record: not theirs to change or delete.
        EXPECT_EQ(changed(mine,
                      QStringLiteral("UPDATE records SET title = 'x' WHERE owner_unit = "
                                     "'二科'")),
            0);
        EXPECT_EQ(
            changed(mine, QStringLiteral("DELETE FROM records WHERE owner_unit = '二科'")), 0);
        EXPECT_EQ(changed(mine,
                      insert.arg(QStringLiteral("meeting"), QStringLiteral("冒名"),
                          QStringLiteral("二科"))),
            -1);
        // Only meetings and rules, and only their own unit's.
        EXPECT_EQ(changed(mine,
                      insert.arg(QStringLiteral("result"), QStringLiteral("成果"),
                          QStringLiteral("一科"))),
            -1);
        EXPECT_EQ(changed(mine,
                      insert.arg(QStringLiteral("meeting"), QStringLiteral("一科会"),
                          QStringLiteral("一科"))),
            1);
        EXPECT_EQ(changed(mine,
                      QStringLiteral("UPDATE records SET title = '一科专题会' WHERE "
                                     "owner_unit = '一科'")),
            1);
        // Nor the findings of a supervision round.
        EXPECT_EQ(changed(mine, QStringLiteral("DELETE FROM record_findings")), -1);
    }
    ServerPasswords::forget(url);
    auto q = SqlAccess::exec(s.ledger, QStringLiteral("SELECT title FROM records ORDER BY id"));
    ASSERT_TRUE(q.ok());
    QStringList titles;
    while (q->next())
        titles << q->value(0).toString();
    EXPECT_EQ(titles, (QStringList { QStringLiteral("二科会"), QStringLiteral("一科专题会") }));

    // A supervisor keeps every record.
    const QString theirs = urlAs(s.db.url(), s.supervisor);
    ServerPasswords::remember(theirs, s.password);
    Ledger supervisor;
    ASSERT_TRUE(supervisor.open(theirs).ok());
    EXPECT_EQ(
        changed(supervisor, QStringLiteral("DELETE FROM records WHERE owner_unit = '二科'")), 1);
    ServerPasswords::forget(theirs);
}

} // namespace
