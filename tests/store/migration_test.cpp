// Opening, validating and migrating ledger files.
#include "store/ledger.h"
#include "store/schema.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Makes a plain SQLite file with our own connection, outside the Ledger class.
void makeSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

TEST(Migration, EmptyFileBecomesCurrentLedger)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(path, QByteArray());
    Ledger ledger;
    ledger.setActor(QStringLiteral("alice"));
    const Status opened = ledger.open(path, Ledger::OpenMode::ExistingOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE(ledger.wasCreated());
    EXPECT_EQ(ledger.schemaVersion(), Schema::currentVersion());

    auto q = SqlAccess::exec(ledger, QStringLiteral("PRAGMA application_id"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE(q->next());
    EXPECT_EQ(q->value(0).toInt(), Schema::applicationId);

    // The first user of a new ledger is its admin: the actor who created it.
    auto users = ledger.users();
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 1);
    EXPECT_EQ(users->first().name, QStringLiteral("alice"));
    EXPECT_EQ(users->first().role, UserRole::Admin);

    q = SqlAccess::exec(ledger, QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("wal"));
    q = SqlAccess::exec(ledger, QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toInt(), 1);
}

TEST(Migration, MissingFileIsCreatedOnlyWhenAsked)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/dir/new.sqlite"));
    Ledger ledger;
    const Status refused = ledger.open(path, Ledger::OpenMode::ExistingOnly);
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("new.sqlite")));
    EXPECT_FALSE(QFile::exists(path));

    const Status created = ledger.open(path);
    ASSERT_TRUE(created.ok()) << created.error().toStdString();
    EXPECT_TRUE(ledger.wasCreated());
    ledger.close();

    Ledger again;
    ASSERT_TRUE(again.open(path).ok());
    EXPECT_FALSE(again.wasCreated());
    EXPECT_EQ(again.schemaVersion(), Schema::currentVersion());
}

TEST(Migration, NewerVersionIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    makeSqlite(path,
        { QStringLiteral("CREATE TABLE future (x)"),
            QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 5) });
    const QByteArray before = readAll(path);
    Ledger ledger;
    const Status opened = ledger.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("newer"))) << opened.error().toStdString();
    EXPECT_FALSE(ledger.isOpen());
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(Migration, NonSqliteFileIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    const QByteArray bytes = QByteArrayLiteral("序号,反馈问题\n1,学习不深入\n");
    writeFile(path, bytes);
    Ledger ledger;
    const Status opened = ledger.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not a SQLite database")))
        << opened.error().toStdString();
    EXPECT_EQ(readAll(path), bytes);
}

TEST(Migration, OtherProgramsDatabaseIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    makeSqlite(path,
        { QStringLiteral("CREATE TABLE contacts (name TEXT)"),
            QStringLiteral("INSERT INTO contacts VALUES ('x')") });
    const QByteArray before = readAll(path);
    Ledger ledger;
    const Status opened = ledger.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("another program")))
        << opened.error().toStdString();
    EXPECT_EQ(readAll(path), before);
}

TEST(Migration, TruncatedLedgerIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
    {
        Ledger ledger;
        ASSERT_TRUE(ledger.open(path).ok());
        Inspection i;
        i.name = QStringLiteral("巡视反馈");
        ASSERT_TRUE(ledger.addInspection(i).ok());
        // Move everything into the main file so the header counts all pages.
        ASSERT_TRUE(
            SqlAccess::exec(ledger, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 8192);
    bytes.truncate(bytes.size() / 2);
    writeFile(path, bytes);
    Ledger ledger;
    const Status opened = ledger.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QStringLiteral("truncated")))
        << opened.error().toStdString();
    EXPECT_EQ(readAll(path), bytes);
}

TEST(Migration, GarbageAfterSqliteMagicIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QByteArray bytes("SQLite format 3\0", 16);
    bytes += QByteArray(4096, '\xAB');
    writeFile(path, bytes);
    Ledger ledger;
    const Status opened = ledger.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(readAll(path), bytes);
}

TEST(Migration, ReadOnlyOpenWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Ledger ledger;
        ASSERT_TRUE(ledger.open(path).ok());
    }
    Ledger ro;
    ASSERT_TRUE(ro.open(path, Ledger::OpenMode::ReadOnly).ok());
    EXPECT_TRUE(ro.isReadOnly());
    Inspection i;
    i.name = QStringLiteral("x");
    const auto added = ro.addInspection(i);
    EXPECT_FALSE(added.ok());
    EXPECT_TRUE(added.error().contains(QStringLiteral("read-only"))) << added.error().toStdString();
}

// Version 4 keeps in responsibilities_unit / responsibilities_person only the rows
// that name a unit / a person, and adds tasks_order for the sorts in ledger order.
// The upgrade of a version-3 ledger keeps every row, and the query planner still
// takes those indexes for the filters by unit and person and for the ledger order.
TEST(Migration, VersionThreeIndexesBecomePartialAndStillServe)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    QStringList statements = Schema::migrationTo(1) + Schema::migrationTo(2)
        + Schema::migrationTo(3) + Schema::finishMigrationTo(3);
    statements << QStringLiteral("INSERT INTO inspections (id, name) VALUES (1, 'x')")
               << QStringLiteral("INSERT INTO units (id, name) VALUES (1, 'u1'), (2, 'u2')")
               << QStringLiteral("INSERT INTO people (id, name) VALUES (1, 'p1')")
               << QStringLiteral("INSERT INTO problems (id, inspection_id, code, title) "
                                 "VALUES (1, 1, '1', 'a')")
               << QStringLiteral("INSERT INTO tasks (id, problem_id, number, measure) "
                                 "VALUES (1, 1, 1, 'm1'), (2, 1, 2, 'm2')")
               << QStringLiteral("INSERT INTO responsibilities (task_id, role, unit_id, person_id) "
                                 "VALUES (1, 'lead_unit', 1, NULL), (2, 'lead_unit', 2, NULL), "
                                 "(2, 'co_unit', 1, NULL), (1, 'leader', NULL, 1)")
               << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
               << QStringLiteral("PRAGMA user_version = 3");
    makeSqlite(path, statements);

    Ledger ledger;
    ledger.setActor(QStringLiteral("tester"));
    const Status opened = ledger.open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    ASSERT_EQ(ledger.schemaVersion(), Schema::currentVersion());

    const auto rows = [&](const QString &sql) {
        QStringList out;
        auto q = SqlAccess::exec(ledger, sql);
        EXPECT_TRUE(q.ok()) << sql.toStdString();
        if (q.ok()) {
            while (q->next()) {
                QStringList cells;
                for (int i = 0; i < q->record().count(); ++i)
                    cells << q->value(i).toString();
                out << cells.join(QLatin1Char('|'));
            }
        }
        return out;
    };
    EXPECT_EQ(rows(QStringLiteral("SELECT name, sql LIKE '%WHERE unit_id IS NOT NULL' FROM "
                                  "sqlite_master WHERE name = 'responsibilities_unit'")),
        QStringList { QStringLiteral("responsibilities_unit|1") });
    EXPECT_EQ(rows(QStringLiteral("SELECT name, sql LIKE '%WHERE person_id IS NOT NULL' FROM "
                                  "sqlite_master WHERE name = 'responsibilities_person'")),
        QStringList { QStringLiteral("responsibilities_person|1") });
    // The rows are all there and each partial index holds its own kind.
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM responsibilities")),
        QStringList { QStringLiteral("4") });
    EXPECT_EQ(rows(QStringLiteral("SELECT count(*) FROM responsibilities INDEXED BY "
                                  "responsibilities_unit WHERE role IN ('lead_unit', 'co_unit') "
                                  "AND unit_id = 1")),
        QStringList { QStringLiteral("2") });
    EXPECT_EQ(rows(QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });

    const auto plan = [&](const QString &sql) {
        return rows(QStringLiteral("EXPLAIN QUERY PLAN ") + sql).join(QLatin1Char('\n'));
    };
    // The filter by unit and by person (search/taskquery.cpp).
    EXPECT_TRUE(plan(QStringLiteral("SELECT t.id FROM tasks t WHERE t.id IN (SELECT r.task_id "
                                    "FROM responsibilities r WHERE r.role IN ('lead_unit', "
                                    "'co_unit') AND r.unit_id = (SELECT id FROM units WHERE "
                                    "name = 'u1'))"))
                    .contains(QStringLiteral("responsibilities_unit")));
    EXPECT_TRUE(plan(QStringLiteral("SELECT t.id FROM tasks t WHERE t.id IN (SELECT r.task_id "
                                    "FROM responsibilities r WHERE r.role IN ('leader') AND "
                                    "r.person_id = (SELECT id FROM people WHERE name = 'p1'))"))
                    .contains(QStringLiteral("responsibilities_person")));
    // The sort keys in ledger order come from the index alone.
    EXPECT_TRUE(plan(QStringLiteral("SELECT t.id, t.status, t.long_term, t.deadline FROM tasks t "
                                    "JOIN problems p ON p.id = t.problem_id ORDER BY "
                                    "p.inspection_id, p.sort_order, p.id, t.number"))
                    .contains(QStringLiteral("COVERING INDEX tasks_order")));
}

// Version 6 adds evidence_content (the bytes of evidence files on a server
// ledger). A version-5 file keeps its evidence rows, which still point into the
// folder beside it; the new table starts empty and takes a blob.
TEST(Migration, VersionFiveGainsAnEmptyEvidenceContentTable)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    QStringList statements;
    for (int v = 1; v <= 5; ++v)
        statements += Schema::migrationTo(v) + Schema::finishMigrationTo(v);
    statements << QStringLiteral("INSERT INTO inspections (id, name) VALUES (1, 'x')")
               << QStringLiteral("INSERT INTO problems (id, inspection_id, code, title) "
                                 "VALUES (1, 1, '1', 'a')")
               << QStringLiteral("INSERT INTO tasks (id, problem_id, number, measure) "
                                 "VALUES (1, 1, 1, 'm1')")
               << QStringLiteral("INSERT INTO evidence (task_id, file_name, stored_path, sha256, "
                                 "size, added_by, added_at) VALUES (1, 'a.pdf', "
                                 "'v5.sqlite.evidence/abc.pdf', 'abc', 3, 'w', "
                                 "'2024-01-01T00:00:00.000Z')")
               << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
               << QStringLiteral("PRAGMA user_version = 5");
    makeSqlite(path, statements);

    Ledger ledger;
    ledger.setActor(QStringLiteral("tester"));
    const Status opened = ledger.open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    ASSERT_EQ(ledger.schemaVersion(), Schema::currentVersion());
    auto evidence = ledger.evidence(1);
    ASSERT_TRUE(evidence.ok()) << evidence.error().toStdString();
    ASSERT_EQ(evidence->size(), 1);
    EXPECT_EQ(evidence->first().storedPath, QStringLiteral("v5.sqlite.evidence/abc.pdf"));
    auto empty = SqlAccess::exec(ledger, QStringLiteral("SELECT count(*) FROM evidence_content"));
    ASSERT_TRUE(empty.ok() && empty->next());
    EXPECT_EQ(empty->value(0).toInt(), 0);
    empty->finish();
    const QByteArray blob("\0\1\2", 3);
    ASSERT_TRUE(SqlAccess::exec(ledger,
        QStringLiteral("INSERT INTO evidence_content (sha256, size, content) "
                       "VALUES ('abc', 3, ?)"),
        { blob })
                    .ok());
    auto back = SqlAccess::exec(ledger, QStringLiteral("SELECT content FROM evidence_content"));
    ASSERT_TRUE(back.ok() && back->next());
    EXPECT_EQ(back->value(0).toByteArray(), blob);
    auto upgraded = ledger.auditLog(QStringLiteral("ledger"));
    ASSERT_TRUE(upgraded.ok() && !upgraded->isEmpty());
    EXPECT_EQ(upgraded->last().oldValue, QStringLiteral("5"));
}
