// The PostgreSQL test cluster and what the tests build on it: a fresh database per
// test, usable through Qt's PostgreSQL driver and gone afterwards.
#include "store/ledgerlocation.h"
#include "tests/support/pgtest.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

// Opens `url` on a connection named `name` (removed by the caller).
QSqlDatabase connect(const QString &url, const QString &name)
{
    auto location = LedgerLocation::parse(url);
    EXPECT_TRUE(location.ok()) << location.error().toStdString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(location->host);
    db.setPort(location->port);
    db.setUserName(location->user);
    db.setDatabaseName(location->database);
    EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    return db;
}

bool databaseExists(const QString &server, const QString &name)
{
    bool found = false;
    {
        QSqlDatabase db = connect(server, QStringLiteral("pg-test-exists"));
        QSqlQuery q(db);
        EXPECT_TRUE(
            q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?")));
        q.addBindValue(name);
        EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
        found = q.next() && q.value(0).toInt() == 1;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-test-exists"));
    return found;
}

} // namespace

TEST(PgServer, EachTestGetsAFreshDatabaseThatIsDroppedAfterwards)
{
    QString reason;
    const QString server = pgServerUrl(&reason);
    ASSERT_FALSE(server.isEmpty()) << reason.toStdString();
    QString name;
    {
        TempPgDatabase first;
        TempPgDatabase second;
        ASSERT_TRUE(first.ok()) << first.error().toStdString();
        ASSERT_TRUE(second.ok()) << second.error().toStdString();
        EXPECT_NE(first.name(), second.name());
        name = first.name();
        EXPECT_TRUE(databaseExists(server, name));
        {
            QSqlDatabase db = connect(first.url(), QStringLiteral("pg-test-first"));
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (id BIGINT PRIMARY KEY, name TEXT)")))
                << q.lastError().text().toStdString();
            ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO t (id, name) VALUES (?, ?)")));
            q.addBindValue(1);
            q.addBindValue(QStringLiteral("整改台账"));
            ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM t WHERE id = 1")));
            ASSERT_TRUE(q.next());
            EXPECT_EQ(q.value(0).toString(), QStringLiteral("整改台账"));
            // The database is left with a connection open: the drop must still work.
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-test-first"));
    EXPECT_FALSE(databaseExists(server, name)) << name.toStdString();
}
