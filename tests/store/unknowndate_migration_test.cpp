// The upgrade that lets a progress entry's date be unknown (NULL): a ledger of
// the version before keeps every entry, id and date, and takes undated ones after.
#include "store/ledger.h"
#include "store/schema.h"
#include "store/sqlaccess.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;

namespace {

// The step that makes the date nullable, found by what it does rather than by
// its number (versions are renumbered when branches meet).
int nullableDateStep()
{
    for (int v = 1; v <= Schema::currentVersion(); ++v) {
        if (Schema::migrationTo(v).join(u' ').contains(QStringLiteral("progress_entries_v7")))
            return v;
    }
    return 0;
}

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

QString one(const Ledger &ledger, const QString &sql)
{
    auto q = SqlAccess::exec(ledger, sql);
    EXPECT_TRUE(q.ok()) << sql.toStdString();
    QStringList out;
    while (q.ok() && q->next())
        out << (q->value(0).isNull() ? QStringLiteral("NULL") : q->value(0).toString());
    return out.join(QLatin1Char(','));
}

} // namespace

TEST(UnknownDateMigration, EntriesKeepTheirIdsAndDatesAndUndatedOnesFit)
{
    const int versionBefore = nullableDateStep() - 1;
    ASSERT_GT(versionBefore, 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QStringList statements;
    for (int v = 1; v <= versionBefore; ++v)
        statements += Schema::migrationTo(v) + Schema::finishMigrationTo(v);
    statements << QStringLiteral("INSERT INTO inspections (id, name) VALUES (1, 'x')")
               << QStringLiteral("INSERT INTO problems (id, inspection_id, code, title) "
                                 "VALUES (1, 1, '1', 'a')")
               << QStringLiteral("INSERT INTO tasks (id, problem_id, number, measure) "
                                 "VALUES (1, 1, 1, 'm1')")
               << QStringLiteral(
                      "INSERT INTO progress_entries (id, task_id, entry_date, text, "
                      "author, created_at) VALUES (7, 1, '2024-01-05', '开会', '王芳', "
                      "'2024-01-05T08:00:00.000Z'), (9, 1, '2024-02-01', '印发', '王芳', "
                      "'2024-02-01T08:00:00.000Z')")
               << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
               << QStringLiteral("PRAGMA user_version = %1").arg(versionBefore);
    makeSqlite(path, statements);
    // Before the step, a progress entry needs its date.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO progress_entries (task_id, entry_date, "
                                           "text, author, created_at) VALUES (1, NULL, 't', '', "
                                           "'2024-01-01T00:00:00.000Z')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    Ledger ledger;
    ledger.setActor(QStringLiteral("tester"));
    const Status opened = ledger.open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    ASSERT_EQ(ledger.schemaVersion(), Schema::currentVersion());
    auto entries = ledger.progress(1);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).id, 7);
    EXPECT_EQ(entries->at(0).date, QDate(2024, 1, 5));
    EXPECT_EQ(entries->at(1).id, 9);
    EXPECT_EQ(entries->at(1).author, QStringLiteral("王芳"));

    // An undated entry now fits, and is listed first.
    ASSERT_TRUE(SqlAccess::exec(ledger,
        QStringLiteral("INSERT INTO progress_entries (task_id, entry_date, text, author, "
                       "created_at) VALUES (1, NULL, '导入的进展', '<import>', "
                       "'2024-03-15T08:00:00.000Z')"))
                    .ok());
    entries = ledger.progress(1);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 3);
    EXPECT_FALSE(entries->at(0).date.isValid());
    EXPECT_EQ(entries->at(0).text, QStringLiteral("导入的进展"));
    EXPECT_EQ(knownDateText(entries->at(0).date), QStringLiteral("—"));
    EXPECT_EQ(one(ledger, QStringLiteral("SELECT MAX(entry_date) FROM progress_entries")),
        QStringLiteral("2024-02-01"));

    // The index is back, the scratch table gone, no temp schema left open, and the
    // entries still go with their task.
    EXPECT_EQ(one(ledger,
                  QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name LIKE "
                                 "'progress_entries%' ORDER BY name")),
        QStringLiteral("progress_entries,progress_task_date"));
    EXPECT_EQ(one(ledger, QStringLiteral("SELECT name FROM pragma_database_list")),
        QStringLiteral("main"));
    EXPECT_EQ(one(ledger, QStringLiteral("PRAGMA foreign_key_check")), QString());
    ASSERT_TRUE(SqlAccess::exec(ledger, QStringLiteral("DELETE FROM tasks WHERE id = 1")).ok());
    EXPECT_EQ(
        one(ledger, QStringLiteral("SELECT count(*) FROM progress_entries")), QStringLiteral("0"));
}
