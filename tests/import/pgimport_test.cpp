// The import into a ledger on a PostgreSQL server, where it differs from a file:
// ids handed out by the import and by other clients, other connections waiting
// for its transaction, and other windows told when it committed.
#include "import/importer.h"
#include "import/pgimportwriter.h"
#include "store/ledgerwatcher.h"
#include "tests/support/templedger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

class PgImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_ledger.isPostgres()) << "registered for the server run only";
        ASSERT_TRUE(m_ledger->isOpen());
        m_options.inspectionName = QStringLiteral("2024年巡察反馈");
        m_options.feedbackDate = QDate(2024, 1, 15);
        m_options.today = QDate(2024, 3, 15);
    }
    // `problems` problems of `tasks` tasks each, with units, people and progress.
    QString write(int problems, int tasks, const QString &name, const QString &unitPrefix)
    {
        QString text = QStringLiteral("序号,反馈问题,整改措施,牵头单位,配合单位,责任人,整改时限,"
                                      "整改进展,完成情况\n");
        for (int p = 1; p <= problems; ++p) {
            for (int t = 1; t <= tasks; ++t) {
                const QString n = QString::number(p);
                text += QStringList {
                    t == 1 ? n : QString(),
                    t == 1 ? QStringLiteral("问题 ") + n : QString(),
                    QStringLiteral("（%1）措施 %2-%1").arg(t).arg(p),
                    unitPrefix + QString::number(p % 7),
                    QStringLiteral("\"%1%2、%1共同\"").arg(unitPrefix).arg(p % 5),
                    QStringLiteral("责任人%1").arg(p % 11),
                    QStringLiteral("2024年6月底"),
                    // A tab and a backslash, which COPY's text format escapes.
                    QStringLiteral("\"进展 %1\t%2\\n\"").arg(p).arg(t),
                    QStringLiteral("推进中"),
                }.join(QLatin1Char(','))
                    + QLatin1Char('\n');
            }
        }
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        return path;
    }
    qint64 number(const QString &sql)
    {
        QSqlQuery q(m_ledger->database());
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << q.lastError().text().toStdString();
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    TempLedger m_ledger;
    ImportOptions m_options;
};

} // namespace

// Rows another client wrote with ids of their own (a copied ledger, an undone
// delete) are ahead of the sequences: the import numbers after them, and the next
// row anyone adds comes after the import's.
TEST_F(PgImport, IdsFollowRowsWrittenWithTheirOwnIds)
{
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO units (id, name) VALUES (500, '早已有的单位')")));
    Importer importer(*m_ledger);
    auto r
        = importer.import(write(3, 2, QStringLiteral("a.csv"), QStringLiteral("单位")), m_options);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_TRUE(r->committed) << r->text().toStdString();
    EXPECT_EQ(r->unitsAdded, number(QStringLiteral("SELECT count(*) FROM units WHERE id > 500")));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM tasks")), 6);
    // The fields went through COPY's escapes as they were.
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM progress_entries WHERE text = "
                                    "E'进展 1\\t2\\\\n'")),
        1);

    // A task added in the app afterwards takes the next id after the import's.
    const qint64 maxTask = number(QStringLiteral("SELECT max(id) FROM tasks"));
    Task t;
    t.problemId = number(QStringLiteral("SELECT min(id) FROM problems"));
    t.measure = QStringLiteral("会后补充的措施");
    t.responsibilities.leadUnits = { QStringLiteral("新设的单位") };
    auto id = m_ledger->addTask(t);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_EQ(*id, maxTask + 1);
    EXPECT_EQ(number(QStringLiteral("SELECT id FROM units WHERE name = '新设的单位'")),
        number(QStringLiteral("SELECT max(id) FROM units")));

    // A second import (of another inspection) numbers after both.
    m_options.inspectionName = QStringLiteral("2024年审计反馈");
    auto again
        = importer.import(write(2, 2, QStringLiteral("b.csv"), QStringLiteral("部门")), m_options);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    ASSERT_TRUE(again->committed) << again->text().toStdString();
    EXPECT_GT(number(QStringLiteral("SELECT min(id) FROM units WHERE name LIKE '部门%'")),
        number(QStringLiteral("SELECT id FROM units WHERE name = '新设的单位'")));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM tasks")), 11);
}

// While the import's transaction runs, another client's insert into a table it
// numbers waits (here: gives up after its lock timeout) instead of taking an id
// the import hands out; reading goes on. After the commit the insert goes through
// with an id after the import's.
TEST_F(PgImport, OtherWritersWaitForTheImportReadersDoNot)
{
    Ledger other;
    other.setActor(QStringLiteral("王芳"));
    ASSERT_TRUE(other.open(m_ledger.path(), Ledger::OpenMode::ExistingOnly).ok());
    QSqlQuery o(other.database());
    ASSERT_TRUE(o.exec(QStringLiteral("SET lock_timeout = 300")));

    const QString path = write(700, 8, QStringLiteral("big.csv"), QStringLiteral("单位"));
    Importer importer(*m_ledger);
    int calls = 0;
    bool insertRefused = false;
    qint64 readWhileImporting = -1;
    auto r = importer.import(path, m_options, [&](qint64, qint64) {
        if (++calls == 1) {
            insertRefused
                = !o.exec(QStringLiteral("INSERT INTO units (name) VALUES ('别处的单位')"));
            if (o.exec(QStringLiteral("SELECT count(*) FROM tasks")) && o.next())
                readWhileImporting = o.value(0).toLongLong();
        }
        return true;
    });
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_TRUE(r->committed) << r->text().toStdString();
    EXPECT_GE(calls, 1);
    EXPECT_TRUE(insertRefused);
    EXPECT_EQ(readWhileImporting, 0); // the import is not seen before its commit
    ASSERT_TRUE(
        o.exec(QStringLiteral("INSERT INTO units (name) VALUES ('别处的单位') RETURNING id")))
        << o.lastError().text().toStdString();
    ASSERT_TRUE(o.next());
    EXPECT_GT(o.value(0).toLongLong(),
        number(QStringLiteral("SELECT max(id) FROM units WHERE name <> '别处的单位'")));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM tasks")), 5600);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM responsibilities")), 5600 * 4);
}

// Another window on the same ledger hears of the import once it committed.
TEST_F(PgImport, AnotherConnectionsWatcherSeesTheImport)
{
    Ledger other;
    ASSERT_TRUE(other.open(m_ledger.path(), Ledger::OpenMode::ExistingOnly).ok());
    LedgerWatcher watcher(other, 20);
    int signals = 0;
    QObject::connect(&watcher, &LedgerWatcher::changedElsewhere, [&signals] { ++signals; });
    watcher.start();
    ASSERT_TRUE(watcher.isListening());

    Importer importer(*m_ledger);
    auto r
        = importer.import(write(2, 2, QStringLiteral("a.csv"), QStringLiteral("单位")), m_options);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_TRUE(r->committed);
    QElapsedTimer t;
    t.start();
    while (signals < 1 && t.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(signals, 1);
    auto counts = other.counts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->tasks, 4);
}

namespace {

// The import's own writer on the ledger's connection, prepared for writing inside
// `tx`.
std::unique_ptr<PgImportWriter> preparedWriter(Ledger &ledger)
{
    std::unique_ptr<ImportWriter> w = ImportWriter::create(ledger);
    auto *pg = dynamic_cast<PgImportWriter *>(w.get());
    if (!pg)
        return nullptr;
    w.release();
    std::unique_ptr<PgImportWriter> writer(pg);
    if (auto s = writer->prepare(true); !s) {
        ADD_FAILURE() << s.error().toStdString();
        return nullptr;
    }
    return writer;
}

// A role without the right to switch the server's triggers off, for the
// duration of a test: SET ROLE on the ledger's own connection.
class PlainRole
{
public:
    explicit PlainRole(QSqlDatabase db)
        : m_db(db)
        , m_name(QStringLiteral("rectify_clerk_%1").arg(QCoreApplication::applicationPid()))
    {
        QSqlQuery q(m_db);
        for (const QString &sql : {
                 QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(m_name),
                 QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(m_name),
                 QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(m_name),
                 QStringLiteral("SET ROLE %1").arg(m_name),
             }) {
            EXPECT_TRUE(q.exec(sql))
                << sql.toStdString() << ": " << q.lastError().text().toStdString();
        }
    }
    ~PlainRole()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("RESET ROLE"));
        q.exec(QStringLiteral("DROP OWNED BY %1").arg(m_name));
        q.exec(QStringLiteral("DROP ROLE %1").arg(m_name));
    }
    Q_DISABLE_COPY_MOVE(PlainRole)
    QString name() const { return m_name; }

private:
    QSqlDatabase m_db;
    QString m_name;
};

} // namespace

// The test server's role is a superuser: the import switches the server's per-row
// triggers off for its COPYs and checks the links itself. A row that refers to a
// missing task fails the import, with the row and the key named, and leaves
// nothing behind; after the import the server checks links again.
TEST_F(PgImport, LinksOfNewRowsAreCheckedInBulk)
{
    {
        Ledger::Transaction tx(*m_ledger);
        ASSERT_TRUE(tx.status().ok());
        auto w = preparedWriter(*m_ledger);
        ASSERT_TRUE(w);
        EXPECT_TRUE(w->checksLinksInBulk());
        qint64 unit = 0;
        ASSERT_TRUE(w->addName(true, "纪委监委", &unit));
        ASSERT_TRUE(w->addResponsibility(987654, "lead_unit", true, unit, 0));
        auto s = w->finish();
        ASSERT_FALSE(s.ok());
        EXPECT_NE(s.error().indexOf(QStringLiteral("responsibilities")), -1)
            << s.error().toStdString();
        EXPECT_NE(s.error().indexOf(QStringLiteral("987654")), -1) << s.error().toStdString();
        EXPECT_NE(s.error().indexOf(QStringLiteral("responsibilities_task_id_fkey")), -1)
            << s.error().toStdString();
    }
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM units")), 0);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM responsibilities")), 0);

    Importer importer(*m_ledger);
    auto r
        = importer.import(write(4, 3, QStringLiteral("a.csv"), QStringLiteral("单位")), m_options);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_TRUE(r->committed) << r->text().toStdString();
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM responsibilities")), 12 * 4);
    // Every link of the import's rows holds.
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM responsibilities r LEFT JOIN tasks t "
                                    "ON t.id = r.task_id WHERE t.id IS NULL")),
        0);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM progress_entries e LEFT JOIN tasks t "
                                    "ON t.id = e.task_id WHERE t.id IS NULL")),
        0);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM progress_entries")), 12);
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(q.exec(QStringLiteral("SHOW session_replication_role")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("origin"));
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO progress_entries (task_id, entry_date, text, "
                                       "author, created_at) VALUES (987654, '2024-03-01', '无', "
                                       "'tester', '2024-03-01T00:00:00Z')")));
    EXPECT_NE(q.lastError().text().indexOf(QStringLiteral("progress_entries_task_id_fkey")), -1)
        << q.lastError().text().toStdString();
}

// Until the import commits, the inspection its problems belong to cannot be
// deleted by another client, although the server's per-row check (which would
// lock it) was off: its delete would cascade into the locked problems table, and
// the import's own check locks the linked row FOR KEY SHARE as well.
TEST_F(PgImport, TheLinkedInspectionIsHeldUntilTheCommit)
{
    Inspection i;
    i.name = QStringLiteral("2024年巡察反馈");
    i.feedbackDate = QDate(2024, 1, 15);
    auto inspection = m_ledger->addInspection(i);
    ASSERT_TRUE(inspection.ok()) << inspection.error().toStdString();

    Ledger other;
    ASSERT_TRUE(other.open(m_ledger.path(), Ledger::OpenMode::ExistingOnly).ok());
    QSqlQuery o(other.database());
    ASSERT_TRUE(o.exec(QStringLiteral("SET lock_timeout = 300")));
    const QString remove = QStringLiteral("DELETE FROM inspections WHERE id = %1").arg(*inspection);
    {
        Ledger::Transaction tx(*m_ledger);
        ASSERT_TRUE(tx.status().ok());
        auto w = preparedWriter(*m_ledger);
        ASSERT_TRUE(w);
        qint64 problem = 0;
        ASSERT_TRUE(w->addProblem(*inspection, "1", "", "问题一", 1, &problem));
        ASSERT_TRUE(w->finish().ok()) << w->error().toStdString();
        EXPECT_FALSE(o.exec(remove));
        ASSERT_TRUE(tx.commit().ok());
    }
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM problems")), 1);
    // Deleting it now takes its problem with it, as it always did.
    ASSERT_TRUE(o.exec(remove)) << o.lastError().text().toStdString();
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM problems")), 0);
}

// A role that may not switch the server's triggers off imports all the same; the
// server checks each row's links. Given the right (PostgreSQL 15: GRANT SET ON
// PARAMETER), the same role gets the bulk check.
TEST_F(PgImport, ARoleWithoutTheRightImportsWithTheServersChecks)
{
    const int version = static_cast<int>(number(QStringLiteral("SHOW server_version_num")));
    PlainRole role(m_ledger->database());
    {
        Ledger::Transaction tx(*m_ledger);
        ASSERT_TRUE(tx.status().ok());
        auto w = preparedWriter(*m_ledger);
        ASSERT_TRUE(w);
        EXPECT_FALSE(w->checksLinksInBulk());
        qint64 unit = 0;
        ASSERT_TRUE(w->addName(true, "纪委监委", &unit));
        ASSERT_TRUE(w->addResponsibility(987654, "lead_unit", true, unit, 0));
        auto s = w->finish();
        ASSERT_FALSE(s.ok());
        EXPECT_NE(s.error().indexOf(QStringLiteral("responsibilities_task_id_fkey")), -1)
            << s.error().toStdString();
    }
    Importer importer(*m_ledger);
    auto r
        = importer.import(write(4, 3, QStringLiteral("a.csv"), QStringLiteral("单位")), m_options);
    ASSERT_TRUE(r.ok()) << r.error().toStdString();
    ASSERT_TRUE(r->committed) << r->text().toStdString();
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM tasks")), 12);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM responsibilities")), 12 * 4);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM progress_entries")), 12);

    if (version < 150000)
        return;
    QSqlQuery q(m_ledger->database());
    ASSERT_TRUE(q.exec(QStringLiteral("RESET ROLE")));
    ASSERT_TRUE(q.exec(
        QStringLiteral("GRANT SET ON PARAMETER session_replication_role TO %1").arg(role.name())))
        << q.lastError().text().toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("SET ROLE %1").arg(role.name())));
    Ledger::Transaction tx(*m_ledger);
    ASSERT_TRUE(tx.status().ok());
    auto w = preparedWriter(*m_ledger);
    ASSERT_TRUE(w);
    EXPECT_TRUE(w->checksLinksInBulk());
}
