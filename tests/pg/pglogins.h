#pragma once

// A server ledger set up by ServerRoles with three users who each have a login that
// must give its password (the test cluster checks the password of members of
// rectify_password_auth, scripts/pg-test-cluster.sh): for the tests that prove a
// password is checked, changed or refused.
#include "store/ledger.h"
#include "store/ledgerlocation.h"
#include "store/serverroles.h"
#include "store/sqlaccess.h"
#include "tests/support/pgtest.h"
#include "workflow/accounts.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace rectify::test {

// Opens a plain connection as `login` with `password` (as psql would); the
// server's refusal, or an empty string when it connected.
inline QString connectError(const QString &url, const QString &login, const QString &password)
{
    static int count = 0;
    const QString name = QStringLiteral("pglogins-%1").arg(++count);
    QString error;
    {
        auto location = LedgerLocation::parse(url);
        EXPECT_TRUE(location.ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setUserName(login);
        db.setPassword(password);
        db.setDatabaseName(location->database);
        if (!db.open())
            error = db.lastError().text().isEmpty() ? QStringLiteral("refused")
                                                    : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The same address signed in as `login`.
inline QString urlAs(const QString &url, const QString &login)
{
    auto location = LedgerLocation::parse(url);
    EXPECT_TRUE(location.ok());
    QString out = url;
    return out.replace(
        QStringLiteral("//%1@").arg(location->user), QStringLiteral("//%1@").arg(login));
}

struct PasswordLogins
{
    TempPgDatabase db;
    Ledger ledger; // the owner's connection
    qint64 ownTask = 0; // lead unit 一科
    QString official; // 张三, official of 一科
    QString supervisor; // 李四
    QString admin; // 王五
    const QString password = QStringLiteral("geheim-2024");
    const QString creator = QStringLiteral("管理员");
    // False when the server accepts a wrong password (a server of RECTIFY_TEST_PG_URL
    // without the test cluster's rule): the password tests then skip.
    bool checked = false;

    void make()
    {
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        ledger.setActor(creator);
        ASSERT_TRUE(ledger.open(db.url()).ok());
        auto inspection = ledger.defaultInspection();
        ASSERT_TRUE(inspection.ok());
        Problem p;
        p.inspectionId = inspection->id;
        p.code = QStringLiteral("1");
        p.title = QStringLiteral("会议制度落实不到位");
        auto pid = ledger.addProblem(p);
        ASSERT_TRUE(pid.ok()) << pid.error().toStdString();
        Task t;
        t.problemId = *pid;
        t.measure = QStringLiteral("修订议事规则并公开");
        t.deadline = QDate(2024, 6, 30);
        t.responsibilities.leadUnits = { QStringLiteral("一科") };
        auto a = ledger.addTask(t);
        ASSERT_TRUE(a.ok()) << a.error().toStdString();
        ownTask = *a;
        const Status set = ServerRoles::setup(ledger);
        ASSERT_TRUE(set.ok()) << set.error().toStdString();

        official = db.name() + QStringLiteral("_zhang");
        supervisor = db.name() + QStringLiteral("_li");
        admin = db.name() + QStringLiteral("_wang");
        Accounts accounts(ledger, creator);
        accounts.setIterations(1000);
        const struct
        {
            const char *name;
            UserRole role;
            const char *unit;
            QString login;
        } users[] = {
            { "张三", UserRole::Official, "一科", official },
            { "李四", UserRole::Supervisor, "", supervisor },
            { "王五", UserRole::Admin, "", admin },
        };
        for (const auto &x : users) {
            User u;
            u.name = QString::fromUtf8(x.name);
            u.role = x.role;
            u.unit = QString::fromUtf8(x.unit);
            auto added = accounts.addUser(u, password, x.login);
            ASSERT_TRUE(added.ok()) << added.error().toStdString();
            auto granted = SqlAccess::exec(ledger,
                QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                               "'rectify_password_auth') THEN EXECUTE format('GRANT "
                               "rectify_password_auth TO %I', '%1'); END IF; END $$")
                    .arg(x.login));
            ASSERT_TRUE(granted.ok()) << granted.error().toStdString();
        }
        checked = !connectError(db.url(), official, QStringLiteral("not-the-password")).isEmpty();
    }
};

} // namespace rectify::test
