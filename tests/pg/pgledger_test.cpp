// A ledger on a PostgreSQL server: opened by its address, created at the current
// format version, refusing what is not its own, the audit log append-only, writers
// taking turns and a stale edit from a second connection caught.
#include "store/auditchain.h"
#include "store/ledger.h"
#include "store/schema.h"
#include "store/sqlaccess.h"
#include "tests/support/pgtest.h"
#include "tests/support/templedger.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

// A second way into the same database, outside the Ledger class.
Status runSql(const QString &url, const QString &sql)
{
    auto location = LedgerLocation::parse(url);
    if (!location)
        return Error { location.error() };
    const QString name = QStringLiteral("pg-ledger-test-raw");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(location->host);
        db.setPort(location->port);
        db.setUserName(location->user);
        db.setDatabaseName(location->database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error.isEmpty() ? Status() : Status(Error { error });
}

qint64 seedTask(Ledger &ledger)
{
    auto inspection = ledger.defaultInspection();
    EXPECT_TRUE(inspection.ok()) << inspection.error().toStdString();
    Problem p;
    p.inspectionId = inspection.ok() ? inspection->id : 0;
    p.code = QStringLiteral("1");
    p.title = QStringLiteral("会议制度落实不到位");
    auto pid = ledger.addProblem(p);
    EXPECT_TRUE(pid.ok()) << pid.error().toStdString();
    Task t;
    t.problemId = pid.ok() ? *pid : 0;
    t.measure = QStringLiteral("修订议事规则并公开");
    t.deadline = QDate(2024, 6, 30);
    auto tid = ledger.addTask(t);
    EXPECT_TRUE(tid.ok()) << tid.error().toStdString();
    return tid.ok() ? *tid : 0;
}

} // namespace

TEST(PgLedger, NewLedgerIsCreatedAtTheCurrentVersion)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    Ledger ledger;
    ledger.setActor(QStringLiteral("管理员"));
    ledger.setClock(fixedNow);
    const Status opened = ledger.open(db.url());
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(ledger.dialect(), SqlDialect::Postgres);
    EXPECT_TRUE(ledger.isOnServer());
    EXPECT_TRUE(ledger.wasCreated());
    EXPECT_EQ(ledger.schemaVersion(), Schema::currentVersion());
    EXPECT_EQ(ledger.path(), db.url());
    auto users = ledger.users();
    ASSERT_TRUE(users.ok()) << users.error().toStdString();
    ASSERT_EQ(users->size(), 1);
    EXPECT_EQ(users->first().name, QStringLiteral("管理员"));
    EXPECT_EQ(users->first().role, UserRole::Admin);
    ledger.close();

    // Opened again: nothing to create, nothing to upgrade.
    Ledger again;
    ASSERT_TRUE(again.open(db.url(), Ledger::OpenMode::ExistingOnly).ok());
    EXPECT_FALSE(again.wasCreated());
    auto log = again.auditLog(QStringLiteral("ledger"));
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(log->size(), 1);
}

TEST(PgLedger, AddressWithPasswordIsRefused)
{
    Ledger ledger;
    const Status opened = ledger.open(QStringLiteral("postgresql://rectify:geheim@127.0.0.1/x"));
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("PGPASSWORD")))
        << opened.error().toStdString();
    EXPECT_FALSE(opened.error().contains(QStringLiteral("geheim")));
    EXPECT_FALSE(ledger.isOpen());
}

TEST(PgLedger, UnreachableServerIsNamedInTheError)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    auto location = LedgerLocation::parse(db.url());
    ASSERT_TRUE(location.ok());
    location->database = QStringLiteral("rectify_no_such_database");
    Ledger ledger;
    const Status opened = ledger.open(location->display());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("rectify_no_such_database")))
        << opened.error().toStdString();
}

// TLS settings in the address reach libpq and stay with the ledger's address, so
// that every other connection opened from it (the automatic backup's) uses them.
TEST(PgLedger, ConnectionOptionsReachTheServerAndStayWithTheAddress)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    const QString base = db.url().section(QLatin1Char('?'), 0, 0);
    {
        // The test server speaks no TLS: requiring it must fail, which shows the
        // option was passed on rather than dropped.
        Ledger ledger;
        const Status opened = ledger.open(base + QStringLiteral("?sslmode=require"));
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().contains(QStringLiteral("SSL"), Qt::CaseInsensitive))
            << opened.error().toStdString();
    }
    Ledger ledger;
    const QString address = base + QStringLiteral("?sslmode=disable&application_name=rectify_test");
    const Status opened = ledger.open(address);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE(ledger.path().contains(QStringLiteral("sslmode=disable")))
        << ledger.path().toStdString();
    Ledger second; // as the automatic backup opens its own connection
    ASSERT_TRUE(second.open(ledger.path(), Ledger::OpenMode::ExistingOnly).ok());
    auto name
        = SqlAccess::exec(second, QStringLiteral("SELECT current_setting('application_name')"));
    ASSERT_TRUE(name.ok() && name->next());
    EXPECT_EQ(name->value(0).toString(), QStringLiteral("rectify_test"));
}

TEST(PgLedger, OtherProgramsDatabaseIsRefusedAndUntouched)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    ASSERT_TRUE(runSql(db.url(), QStringLiteral("CREATE TABLE invoices (id INTEGER)")).ok());
    Ledger ledger;
    const Status opened = ledger.open(db.url());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not a Rectify ledger")))
        << opened.error().toStdString();
    // Nothing of ours was created.
    EXPECT_FALSE(runSql(db.url(), QStringLiteral("SELECT 1 FROM settings")).ok());
}

TEST(PgLedger, NewerVersionIsRefused)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    {
        Ledger ledger;
        ASSERT_TRUE(ledger.open(db.url()).ok());
    }
    ASSERT_TRUE(runSql(db.url(),
        QStringLiteral("UPDATE rectify_schema SET version = %1").arg(Schema::currentVersion() + 1))
                    .ok());
    Ledger ledger;
    const Status opened = ledger.open(db.url());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("newer Rectify")))
        << opened.error().toStdString();
}

// Format version 6 on a server: a version-5 database gains evidence_content (bytea)
// on open, in the upgrade's transaction, and records the upgrade.
TEST(PgLedger, VersionFiveGainsEvidenceContent)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    {
        Ledger ledger;
        ASSERT_TRUE(ledger.open(db.url()).ok());
    }
    // What later versions added goes too, so that the database is one of version 5.
    for (const char *sql : { "DROP TABLE evidence_content",
             "ALTER TABLE users DROP COLUMN active, DROP COLUMN must_change_password",
             "DROP TABLE record_findings", "DROP TABLE records",
             "ALTER TABLE inspections DROP COLUMN stationed_from, DROP COLUMN stationed_to",
             "DROP TABLE extensions, round_reports, rounds",
             "UPDATE rectify_schema SET version = 5" })
        ASSERT_TRUE(runSql(db.url(), QString::fromLatin1(sql)).ok()) << sql;
    Ledger ledger;
    ledger.setActor(QStringLiteral("tester"));
    const Status opened = ledger.open(db.url());
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(ledger.schemaVersion(), Schema::currentVersion());
    auto type = SqlAccess::exec(ledger,
        QStringLiteral("SELECT data_type FROM information_schema.columns "
                       "WHERE table_name = 'evidence_content' AND "
                       "column_name = 'content'"));
    ASSERT_TRUE(type.ok() && type->next());
    EXPECT_EQ(type->value(0).toString(), QStringLiteral("bytea"));
    auto log = ledger.auditLog(QStringLiteral("ledger"));
    ASSERT_TRUE(log.ok() && !log->isEmpty());
    EXPECT_EQ(log->last().oldValue, QStringLiteral("5"));
    EXPECT_EQ(log->last().newValue, QString::number(Schema::currentVersion()));
}

TEST(PgLedger, ReadOnlyOpenWritesNothing)
{
    TempPgDatabase db;
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    {
        Ledger empty;
        const Status refused = empty.open(db.url(), Ledger::OpenMode::ReadOnly);
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().contains(QStringLiteral("no ledger yet")))
            << refused.error().toStdString();
    }
    {
        Ledger writer;
        ASSERT_TRUE(writer.open(db.url()).ok());
    }
    Ledger reader;
    ASSERT_TRUE(reader.open(db.url(), Ledger::OpenMode::ReadOnly).ok());
    EXPECT_TRUE(reader.isReadOnly());
    EXPECT_FALSE(reader.setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
    // Even SQL past the repository cannot write on this connection.
    EXPECT_FALSE(SqlAccess::exec(
        reader, QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')"))
                     .ok());
    auto counts = reader.counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->users, 1);
}

TEST(PgLedger, AuditLogIsAppendOnlyAndItsChainVerifies)
{
    TempLedger l;
    ASSERT_TRUE(l.isPostgres());
    const qint64 task = seedTask(*l);
    ASSERT_GT(task, 0);
    auto report = AuditChain::verify(*l);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
    EXPECT_GE(report->entries, 4);

    for (const QString &sql : { QStringLiteral("UPDATE audit_log SET reason = 'x'"),
             QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE audit_log"),
             QStringLiteral("DELETE FROM audit_head") }) {
        const Status changed = runSql(l.path(), sql);
        ASSERT_FALSE(changed.ok()) << sql.toStdString();
        EXPECT_TRUE(changed.error().contains(QStringLiteral("append-only"))
            || changed.error().contains(QStringLiteral("cannot be removed")))
            << changed.error().toStdString();
    }
    report = AuditChain::verify(*l);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->intact);
}

TEST(PgLedger, RestoredRowKeepsItsIdAndNewRowsFollow)
{
    TempLedger l;
    const qint64 task = seedTask(*l);
    auto t = l->task(task);
    ASSERT_TRUE(t.ok());
    ASSERT_TRUE(l->removeTask(task).ok());
    auto back = l->addTask(*t, Ledger::IdMode::Keep);
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(*back, task);
    Task next = *t;
    next.number = 0;
    next.measure = QStringLiteral("建立台账按月通报");
    auto added = l->addTask(next);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_GT(*added, task);
    EXPECT_EQ(l->task(*added)->number, 2);
}

TEST(PgLedger, StaleEditFromASecondConnectionIsRefused)
{
    TempLedger l;
    const qint64 task = seedTask(*l);
    Ledger other;
    other.setActor(QStringLiteral("另一位"));
    ASSERT_TRUE(other.open(l.path(), Ledger::OpenMode::ExistingOnly).ok());

    auto mine = l->task(task);
    auto theirs = other.task(task);
    ASSERT_TRUE(mine.ok() && theirs.ok());
    theirs->remarks = QStringLiteral("对方先保存");
    ASSERT_TRUE(other.updateTask(*theirs).ok());

    mine->remarks = QStringLiteral("后保存的旧版本");
    const Status stale = l->updateTask(*mine);
    ASSERT_FALSE(stale.ok());
    // The refusal names who changed the task and what it reads now.
    EXPECT_TRUE(stale.error().contains(QStringLiteral("另一位"))) << stale.error().toStdString();
    EXPECT_TRUE(stale.error().contains(QStringLiteral("对方先保存")))
        << stale.error().toStdString();
    EXPECT_EQ(l->task(task)->remarks, QStringLiteral("对方先保存"));
}

TEST(PgLedger, WritersTakeTurns)
{
    TempLedger l;
    Ledger other;
    ASSERT_TRUE(other.open(l.path(), Ledger::OpenMode::ExistingOnly).ok());
    // Short waits, so that the test does not sit out the ten seconds.
    ASSERT_TRUE(SqlAccess::exec(other, QStringLiteral("SET lock_timeout = 300")).ok());
    Ledger::Transaction held(*l);
    ASSERT_TRUE(held.status().ok());
    const Status blocked = other.setSetting(QStringLiteral("alert_days"), QStringLiteral("10"));
    ASSERT_FALSE(blocked.ok());
    EXPECT_TRUE(blocked.error().contains(QStringLiteral("lock timeout")))
        << blocked.error().toStdString();
    ASSERT_TRUE(held.commit().ok());
    EXPECT_TRUE(other.setSetting(QStringLiteral("alert_days"), QStringLiteral("10")).ok());
}
