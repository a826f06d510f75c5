// The audit hash chain: intact after ordinary work, broken by every kind of
// tampering made outside the app, and built for ledgers older than the chain.
#include "store/auditchain.h"
#include "store/schema.h"
#include "store/sqlaccess.h"
#include "tests/signoff/signofffixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rectify;
using namespace rectify::test;

namespace {

class AuditChainTest : public SignoffTest
{
protected:
    void SetUp() override
    {
        SignoffTest::SetUp();
        Workflow zhao = as(QStringLiteral("zhao"));
        ASSERT_TRUE(zhao.complete(m_task1, QStringLiteral("完成")).ok());
        ASSERT_TRUE(zhao.close(m_task1, QStringLiteral("合格")).ok());
        ASSERT_TRUE(m_ledger->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        m_entries = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        ASSERT_GT(m_entries, 8);
    }
    AuditChain::Report verify()
    {
        auto r = AuditChain::verify(*m_ledger);
        EXPECT_TRUE(r.ok()) << r.error().toStdString();
        return r.ok() ? *r : AuditChain::Report {};
    }
    // What a hostile user with the sqlite3 shell (or psql) can do: drop the triggers.
    void dropTriggers()
    {
        const QString on = m_ledger->isOnServer() ? QStringLiteral(" ON audit_log") : QString();
        for (const char *t : { "audit_log_no_update", "audit_log_no_delete" })
            ASSERT_TRUE(SqlAccess::exec(
                *m_ledger, QStringLiteral("DROP TRIGGER %1%2").arg(QString::fromLatin1(t), on))
                            .ok());
    }
    void sql(const QString &statement, const QVariantList &values = {})
    {
        auto q = SqlAccess::exec(*m_ledger, statement, values);
        ASSERT_TRUE(q.ok()) << q.error().toStdString();
    }

    qint64 m_entries = 0;
};

} // namespace

TEST_F(AuditChainTest, IntactAfterOrdinaryWork)
{
    const AuditChain::Report r = verify();
    EXPECT_TRUE(r.intact) << r.problem.toStdString();
    EXPECT_EQ(r.entries, m_entries);
    EXPECT_EQ(r.headHash.size(), 64);
    EXPECT_EQ(count(QStringLiteral("SELECT last_id FROM audit_head")),
        count(QStringLiteral("SELECT max(id) FROM audit_log")));
    // Each entry names the one before it.
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b "
                                   "ON b.id = a.id - 1 WHERE a.prev_hash <> b.hash")),
        0);
}

TEST_F(AuditChainTest, TheAppCannotEditOrDeleteEntries)
{
    EXPECT_FALSE(
        SqlAccess::exec(*m_ledger, QStringLiteral("UPDATE audit_log SET reason = 'x'")).ok());
    EXPECT_FALSE(
        SqlAccess::exec(*m_ledger, QStringLiteral("DELETE FROM audit_log WHERE id = 3")).ok());
    EXPECT_FALSE(SqlAccess::exec(*m_ledger, QStringLiteral("DELETE FROM audit_head")).ok());
    EXPECT_TRUE(verify().intact);
}

TEST_F(AuditChainTest, EditedValueIsFound)
{
    dropTriggers();
    const qint64 id = count(
        QStringLiteral("SELECT id FROM audit_log WHERE field = 'status' AND new_value = 'closed'"));
    sql(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = ?"), { id });
    const AuditChain::Report r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadId, id);
    EXPECT_TRUE(r.problem.contains(QStringLiteral("#%1").arg(id))) << r.problem.toStdString();
}

TEST_F(AuditChainTest, EditedAndRehashedEntryBreaksTheNextLink)
{
    dropTriggers();
    const qint64 id = 4;
    sql(QStringLiteral("UPDATE audit_log SET reason = 'forged' WHERE id = ?"), { id });
    // Recompute that entry's own hash, as a careful forger would.
    auto q = SqlAccess::exec(*m_ledger,
        QStringLiteral("SELECT id, at, user_name, entity, entity_id, field, "
                       "old_value, new_value, reason, prev_hash FROM audit_log "
                       "WHERE id = ?"),
        { id });
    ASSERT_TRUE(q.ok() && q->next());
    AuditChain::Row row;
    row.id = id;
    row.at = q->value(1);
    row.user = q->value(2);
    row.entity = q->value(3);
    row.entityId = q->value(4);
    row.field = q->value(5);
    row.oldValue = q->value(6);
    row.newValue = q->value(7);
    row.reason = q->value(8);
    row.prevHash = q->value(9).toString();
    q->finish();
    sql(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"),
        { AuditChain::hashOf(row), id });
    const AuditChain::Report r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadId, id + 1);
}

TEST_F(AuditChainTest, DeletedEntryIsFound)
{
    dropTriggers();
    sql(QStringLiteral("DELETE FROM audit_log WHERE id = 5"));
    AuditChain::Report r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadId, 6);
    EXPECT_TRUE(r.problem.contains(QStringLiteral("#4"))) << r.problem.toStdString();
}

TEST_F(AuditChainTest, DeletedNewestEntriesAreFound)
{
    dropTriggers();
    const qint64 last = count(QStringLiteral("SELECT max(id) FROM audit_log"));
    sql(QStringLiteral("DELETE FROM audit_log WHERE id >= ?"), { last - 1 });
    const AuditChain::Report r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadId, last - 1);
    EXPECT_TRUE(r.problem.contains(QStringLiteral("removed"))) << r.problem.toStdString();
}

TEST_F(AuditChainTest, DeletedFirstEntryIsFound)
{
    dropTriggers();
    sql(QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
    const AuditChain::Report r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadId, 2);
}

TEST_F(AuditChainTest, InsertedEntryIsFound)
{
    // Appending needs no dropped trigger at all.
    sql(QStringLiteral("INSERT INTO audit_log (id, at, user_name, entity, field, old_value, "
                       "new_value, reason) VALUES (?, '2024-03-15T10:00:00.000Z', 'mallory', "
                       "'task', 'status', 'closed', 'closed', '')"),
        { m_entries + 1 });
    AuditChain::Report r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadId, m_entries + 1);
}

TEST_F(AuditChainTest, InsertedEntryWithAForgedLinkIsFoundByTheHead)
{
    // A forger who links a new entry properly still leaves audit_head behind.
    auto q = SqlAccess::exec(
        *m_ledger, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    ASSERT_TRUE(q.ok() && q->next());
    AuditChain::Row row;
    row.id = m_entries + 1;
    row.at = QStringLiteral("2024-03-15T10:00:00.000Z");
    row.user = QStringLiteral("mallory");
    row.entity = QStringLiteral("task");
    row.field = QStringLiteral("status");
    row.oldValue = QStringLiteral("in_progress");
    row.newValue = QStringLiteral("closed");
    row.reason = QStringLiteral("");
    row.prevHash = q->value(0).toString();
    q->finish();
    sql(QStringLiteral("INSERT INTO audit_log (id, at, user_name, entity, field, old_value, "
                       "new_value, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { row.id, row.at, row.user, row.entity, row.field, row.oldValue, row.newValue, row.reason,
            row.prevHash, AuditChain::hashOf(row) });
    const AuditChain::Report r = verify();
    EXPECT_FALSE(r.intact);
    EXPECT_EQ(r.firstBadId, m_entries + 1);
}

TEST_F(AuditChainTest, CanonicalFormTellsNullFromEmptyAndFieldsApart)
{
    AuditChain::Row a;
    a.id = 1;
    a.oldValue = QStringLiteral("");
    AuditChain::Row b = a;
    b.oldValue = QVariant();
    EXPECT_NE(AuditChain::hashOf(a), AuditChain::hashOf(b));
    AuditChain::Row c = a;
    c.field = QStringLiteral("ab");
    AuditChain::Row d = a;
    d.field = QStringLiteral("a");
    d.oldValue = QStringLiteral("b");
    EXPECT_NE(AuditChain::hashOf(c), AuditChain::hashOf(d));
}

// A ledger of format version 2 with entries written before the chain existed.
TEST(AuditChainUpgrade, Version2EntriesAreChainedByTheUpgrade)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QStringList statements = Schema::migrationTo(1) + Schema::migrationTo(2);
        statements << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("PRAGMA user_version = 2")
                   << QStringLiteral("INSERT INTO users (name, role, created_at) VALUES "
                                     "('old-admin', 'admin', '2023-01-01T00:00:00.000Z')");
        for (int i = 1; i <= 5; ++i)
            statements << QStringLiteral(
                "INSERT INTO audit_log (at, user_name, entity, entity_id, field, old_value, "
                "new_value, reason) VALUES ('2023-01-0%1T08:00:00.000Z', 'old-admin', "
                "'setting', NULL, 'k%1', '', 'v%1', '')")
                              .arg(i);
        for (const QString &s : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    Ledger ledger;
    ledger.setActor(QStringLiteral("upgrader"));
    const Status opened = ledger.open(path, Ledger::OpenMode::ExistingOnly);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_EQ(ledger.schemaVersion(), Schema::currentVersion());
    auto report = AuditChain::verify(ledger);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_TRUE(report->intact) << report->problem.toStdString();
    EXPECT_EQ(report->entries, 6); // five old ones and "ledger upgraded"
    auto log = ledger.auditLog();
    ASSERT_TRUE(log.ok());
    EXPECT_EQ(log->last().field, QStringLiteral("schema_version"));
    EXPECT_EQ(log->last().oldValue, QStringLiteral("2"));
    EXPECT_EQ(log->last().newValue, QString::number(Schema::currentVersion()));
    // The old entries are unchanged in content, and still append-only.
    EXPECT_EQ(log->first().newValue, QStringLiteral("v1"));
    EXPECT_FALSE(SqlAccess::exec(ledger, QStringLiteral("UPDATE audit_log SET reason = 'x'")).ok());
    // The new tables exist.
    EXPECT_TRUE(SqlAccess::exec(ledger, QStringLiteral("SELECT count(*) FROM evidence")).ok());
    // Nothing else changed: the users are the same.
    auto users = ledger.users();
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 1);
    EXPECT_EQ(users->first().name, QStringLiteral("old-admin"));
}
