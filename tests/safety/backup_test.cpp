// Backups through SQLite's online backup, verification of ledger files, restore
// and the rotating automatic backup.
#include "store/backup.h"
#include "store/evidencecontent.h"
#include "store/ledger.h"
#include "store/schema.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

// Opens a copy read-only and returns how many inspections it holds (-1 on error).
qint64 inspectionsIn(const QString &path)
{
    Ledger copy;
    if (!copy.open(path, Ledger::OpenMode::ReadOnly))
        return -1;
    return countOf(copy, "inspections");
}

} // namespace

TEST(Backup, CopyIsConsistentWhileAnotherConnectionHoldsAWriteTransaction)
{
    TempDataHome home; // a server ledger's backup folder
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString out = QDir(l.dir()).filePath(QStringLiteral("copies/one.sqlite"));

    // A second connection (as another process would) is in the middle of a write.
    Ledger other;
    ASSERT_TRUE(other.open(l.path(), Ledger::OpenMode::ExistingOnly).ok());
    {
        Ledger::Transaction tx(other);
        ASSERT_TRUE(tx.status().ok()) << tx.status().error().toStdString();
        Inspection i;
        i.name = QStringLiteral("审计反馈");
        ASSERT_TRUE(other.addInspection(i).ok());

        const Status copied = Backup::copyTo(*l, out);
        ASSERT_TRUE(copied.ok()) << copied.error().toStdString();
        // The copy holds what was committed, not the open transaction.
        EXPECT_EQ(inspectionsIn(out), 1);
        ASSERT_TRUE(tx.commit().ok());
    }
    ASSERT_TRUE(Backup::copyTo(*l, out).ok()); // overwrites the earlier copy
    EXPECT_EQ(inspectionsIn(out), 2);

    auto info = Backup::verify(out);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->schemaVersion, Schema::currentVersion());
    EXPECT_EQ(info->problems, 2);
    EXPECT_EQ(info->tasks, 3);

    // One self-contained file: rollback journal in the header, nothing beside it.
    const QByteArray header = readAll(out).left(20);
    EXPECT_EQ(header.at(18), 1);
    EXPECT_EQ(header.at(19), 1);
    EXPECT_FALSE(QFile::exists(out + QStringLiteral("-wal")));
    const QStringList leftovers
        = QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(leftovers, QStringList { QStringLiteral("one.sqlite") });
}

TEST(Backup, CopyRefusesToOverwriteTheLedger)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const Status refused = Backup::copyTo(*l, l.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("ledger itself")))
        << refused.error().toStdString();
    EXPECT_EQ(countOf(*l, "tasks"), 3);
    EXPECT_FALSE(Backup::copyTo(*l, l.dir()).ok()); // a folder
}

TEST(Backup, VerifyRefusesWhatIsNotAGoodLedger)
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QLatin1String(name)); };

    ASSERT_TRUE(writeBytes(path("text.sqlite"), QByteArrayLiteral("序号,反馈问题\n1,问题\n")));
    ASSERT_TRUE(writeBytes(path("empty.sqlite"), QByteArray()));
    ASSERT_TRUE(makeSqliteFile(path("other.sqlite"), { QStringLiteral("CREATE TABLE t (x)") }));
    ASSERT_TRUE(
        makeSqliteFile(path("blank.sqlite"), { QStringLiteral("PRAGMA user_version = 0") }));
    ASSERT_TRUE(makeSqliteFile(path("newer.sqlite"),
        { QStringLiteral("CREATE TABLE tasks (x)"),
            QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 1) }));

    struct Case
    {
        const char *file;
        const char *says;
    };
    const Case cases[] = {
        { "missing.sqlite", "does not exist" },
        { "text.sqlite", "not a SQLite database" },
        { "empty.sqlite", "empty" },
        { "other.sqlite", "another program" },
        { "blank.sqlite", "empty database" },
        { "newer.sqlite", "newer Rectify" },
    };
    for (const Case &c : cases) {
        const QByteArray before = readAll(path(c.file));
        auto checked = Backup::verify(path(c.file));
        ASSERT_FALSE(checked.ok()) << c.file;
        EXPECT_TRUE(checked.error().contains(QLatin1String(c.says)))
            << c.file << ": " << checked.error().toStdString();
        EXPECT_TRUE(checked.error().contains(QLatin1String(c.file))) << c.file;
        EXPECT_EQ(readAll(path(c.file)), before) << c.file;
        EXPECT_FALSE(QFile::exists(path(c.file) + QStringLiteral("-wal"))) << c.file;
    }
}

TEST(Backup, VerifyFindsTruncatedDamagedAndBrokenReferences)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    // Enough rows for several pages, so damage lands inside the b-trees.
    for (int n = 0; n < 40; ++n) {
        Inspection i;
        i.name = QStringLiteral("巡察反馈第%1轮").arg(n) + QString(200, QChar(0x6574));
        ASSERT_TRUE(l->addInspection(i).ok());
    }
    const QString good = QDir(l.dir()).filePath(QStringLiteral("good.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, good).ok());
    ASSERT_TRUE(Backup::verify(good).ok());
    const QByteArray bytes = readAll(good);
    ASSERT_GT(bytes.size(), 8 * 4096);

    const QString cut = QDir(l.dir()).filePath(QStringLiteral("cut.sqlite"));
    ASSERT_TRUE(writeBytes(cut, bytes.left(bytes.size() / 2)));
    auto truncated = Backup::verify(cut);
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error().contains(QStringLiteral("truncated")))
        << truncated.error().toStdString();

    // Overwrite the last pages (inspection rows) with garbage.
    QByteArray damaged = bytes;
    for (int i = damaged.size() - 3 * 4096 + 100; i < damaged.size(); i += 7)
        damaged[i] = static_cast<char>(0x5A);
    const QString hurt = QDir(l.dir()).filePath(QStringLiteral("damaged.sqlite"));
    ASSERT_TRUE(writeBytes(hurt, damaged));
    auto broken = Backup::verify(hurt);
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().contains(QStringLiteral("damaged.sqlite")))
        << broken.error().toStdString();
    EXPECT_EQ(readAll(hurt), damaged);

    // A task whose problem is gone (written with foreign keys off, as another tool might).
    const QString orphan = QDir(l.dir()).filePath(QStringLiteral("orphan.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, orphan).ok());
    ASSERT_TRUE(makeSqliteFile(orphan,
        { QStringLiteral("PRAGMA foreign_keys = OFF"),
            QStringLiteral("UPDATE tasks SET problem_id = 9999 WHERE id = 1") }));
    auto dangling = Backup::verify(orphan);
    ASSERT_FALSE(dangling.ok());
    EXPECT_TRUE(dangling.error().contains(QStringLiteral("tasks")))
        << dangling.error().toStdString();
}

TEST(Backup, RestoreBringsBackTheCopyAndKeepsWhatItReplaced)
{
    TempDataHome home; // a server ledger's backup folder
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString copy = QDir(l.dir()).filePath(QStringLiteral("before.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, copy).ok());

    // Changes after the backup, which the restore takes back.
    auto problems = l->problems();
    ASSERT_TRUE(problems.ok());
    ASSERT_TRUE(l->removeProblem(problems->constLast().id).ok());
    ASSERT_EQ(countOf(*l, "tasks"), 2);

    Ledger other; // another window on the same ledger
    ASSERT_TRUE(other.open(l.path(), Ledger::OpenMode::ExistingOnly).ok());

    auto restored = Backup::restore(*l, copy);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_TRUE(l->isOpen());
    EXPECT_EQ(countOf(*l, "problems"), 2);
    EXPECT_EQ(countOf(*l, "tasks"), 3);
    EXPECT_EQ(countOf(*l, "progress_entries"), 3);
    EXPECT_EQ(countOf(other, "tasks"), 3); // the other connection sees it too
    if (!l.isPostgres()) {
        EXPECT_EQ(scalar(*l, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // What was replaced is kept in the backup folder.
    EXPECT_TRUE(restored->startsWith(Backup::folderFor(l.path())));
    auto saved = Backup::verify(*restored);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(saved->tasks, 2);

    auto audit = l->auditLog(QStringLiteral("ledger"));
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    EXPECT_EQ(audit->constLast().field, QStringLiteral("restored_from"));
    EXPECT_EQ(audit->constLast().newValue, QFileInfo(copy).absoluteFilePath());
    EXPECT_EQ(audit->constLast().user, QStringLiteral("tester"));

    // The store still works after the reopen.
    Inspection i;
    i.name = QStringLiteral("恢复后新增");
    EXPECT_TRUE(l->addInspection(i).ok());
}

TEST(Backup, RestoreReadsALiveLedgerIncludingItsWriteAheadLog)
{
    TempDataHome home; // a server ledger's backup folder
    TempLedger l;
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    Ledger source;
    ASSERT_TRUE(source.open(live).ok());
    ASSERT_TRUE(seedSmallLedger(source));
    ASSERT_TRUE(QFile::exists(live + QStringLiteral("-wal")));
    auto restored = Backup::restore(*l, live);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(countOf(*l, "tasks"), 3);
    EXPECT_EQ(countOf(source, "tasks"), 3);
}

TEST(Backup, RefusedRestoreLeavesEverythingUntouched)
{
    TempDataHome home; // a server ledger's backup folder
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString auditBefore = scalar(*l, QStringLiteral("SELECT count(*) FROM audit_log"));
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    ASSERT_TRUE(writeBytes(text, QByteArrayLiteral("not a ledger\n")));
    ASSERT_TRUE(makeSqliteFile(newer,
        { QStringLiteral("CREATE TABLE tasks (x)"),
            QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
            QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion() + 3) }));
    ASSERT_TRUE(makeSqliteFile(other, { QStringLiteral("CREATE TABLE contacts (name)") }));

    for (const QString &from : { text, newer, other, l.path() }) {
        const QByteArray before = readAll(from);
        auto refused = Backup::restore(*l, from);
        ASSERT_FALSE(refused.ok()) << from.toStdString();
        EXPECT_EQ(readAll(from), before) << from.toStdString();
        EXPECT_EQ(countOf(*l, "tasks"), 3);
        EXPECT_EQ(scalar(*l, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    }
    // Nothing was saved either: the current content was never at risk.
    EXPECT_FALSE(QFileInfo::exists(Backup::folderFor(l.path())));
    EXPECT_FALSE(QFile::exists(newer + QStringLiteral("-wal")));
}

TEST(Backup, RotationKeepsTheNewestAndSkipsUnchangedLedgers)
{
    TempDataHome home; // a server ledger's backup folder
    TempLedger l;
    QDateTime at = fixedNow();
    l->setClock([&at] { return at; });
    ASSERT_TRUE(l->setSetting(Backup::keepSettingKey(), QStringLiteral("3")).ok());

    QStringList made;
    for (int n = 0; n < 5; ++n) {
        at = at.addSecs(3600);
        Inspection i;
        i.name = QStringLiteral("第%1轮").arg(n);
        ASSERT_TRUE(l->addInspection(i).ok());
        auto b = Backup::rotate(*l);
        ASSERT_TRUE(b.ok()) << b.error().toStdString();
        made << *b;
    }
    const QStringList kept = Backup::automaticBackups(l.path());
    EXPECT_EQ(kept, made.mid(2));
    EXPECT_EQ(inspectionsIn(kept.constLast()), 5);
    EXPECT_EQ(inspectionsIn(kept.constFirst()), 3);
    // Named after the ledger file (ledger.sqlite) or the server's database.
    const QString base
        = l.isPostgres() ? l.path().section(QLatin1Char('/'), -1) : QStringLiteral("ledger");
    EXPECT_TRUE(QFileInfo(kept.constFirst()).fileName().startsWith(base + QStringLiteral("-auto-")))
        << kept.constFirst().toStdString();

    // Opening an unchanged ledger again does not push a different copy out.
    at = at.addSecs(3600);
    auto again = Backup::rotate(*l);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, kept.constLast());
    EXPECT_EQ(Backup::automaticBackups(l.path()), kept);

    // The same second twice still gives two files, in order.
    Inspection i;
    i.name = QStringLiteral("同一时刻");
    ASSERT_TRUE(l->addInspection(i).ok());
    auto first = Backup::rotate(*l);
    ASSERT_TRUE(l->setSetting(QStringLiteral("x"), QStringLiteral("y")).ok());
    auto second = Backup::rotate(*l);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(*first, *second);
    EXPECT_EQ(Backup::automaticBackups(l.path()).constLast(), *second);

    ASSERT_TRUE(l->setSetting(Backup::keepSettingKey(), QStringLiteral("0")).ok());
    auto off = Backup::rotate(*l);
    ASSERT_TRUE(off.ok());
    EXPECT_TRUE(off->isEmpty());
}

TEST(Backup, VerifyLeavesAClosedWalLedgerAsItIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closed.sqlite"));
    {
        Ledger l;
        ASSERT_TRUE(l.open(path).ok());
        ASSERT_TRUE(seedSmallLedger(l));
    }
    ASSERT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = readAll(path);
    ASSERT_EQ(before.at(18), 2); // WAL mode in the header
    auto info = Backup::verify(path);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->tasks, 3);
    EXPECT_EQ(readAll(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

namespace {

// Attaches a file with `content` to the ledger's first task, the way the sign-off
// does (the contents where the ledger keeps them, a row naming them).
Evidence attach(Ledger &ledger, const QString &folder, const QByteArray &content)
{
    const QString source = QDir(folder).filePath(QStringLiteral("会议纪要.pdf"));
    if (!writeBytes(source, content))
        return {};
    Ledger::Transaction tx(ledger);
    auto stored = EvidenceContent::store(ledger, source);
    if (!stored)
        return {};
    Evidence e = *stored;
    e.taskId = scalar(ledger, QStringLiteral("SELECT min(id) FROM tasks")).toLongLong();
    e.addedBy = QStringLiteral("tester");
    auto id = ledger.addEvidence(e);
    if (!id || !tx.commit())
        return {};
    e.id = *id;
    return e;
}

// The stored bytes of the ledger's only evidence row, as the window would open them.
QByteArray evidenceBytes(const Ledger &ledger)
{
    auto rows
        = ledger.evidence(scalar(ledger, QStringLiteral("SELECT min(id) FROM tasks")).toLongLong());
    if (!rows || rows->size() != 1)
        return QByteArrayLiteral("<no single evidence row>");
    auto bytes = EvidenceContent::read(ledger, rows->constFirst());
    return bytes ? *bytes : QByteArrayLiteral("<unreadable: ") + bytes.error().toUtf8() + '>';
}

// Runs statements against a backup file with the audit log's guards set aside,
// as someone editing the file with a SQLite tool would.
bool tamper(const QString &file, const QStringList &statements)
{
    QStringList all { QStringLiteral("DROP TRIGGER audit_log_no_update") };
    all << statements;
    all << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                          "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END");
    return makeSqliteFile(file, all);
}

} // namespace

// A ledger file's backup is self-contained: the evidence files go into a folder
// beside the copy, the copy's rows point there, and a restore brings them back
// when the ledger's own folder is gone.
TEST(Backup, FileBackupCarriesItsEvidenceAndRestoreBringsItBack)
{
    RECTIFY_SQLITE_ONLY("a server ledger's backup has carried its evidence since version 6");
    TempDataHome home;
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    QTemporaryDir out;
    const QByteArray content = QByteArrayLiteral("%PDF-1.4 minutes of the meeting");
    const Evidence e = attach(*l, out.path(), content);
    ASSERT_FALSE(e.sha256.isEmpty());
    ASSERT_EQ(evidenceBytes(*l), content);

    const QString copy = QDir(out.path()).filePath(QStringLiteral("sent/backup.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, copy).ok());
    const QString carried
        = QDir(EvidenceContent::folder(copy)).filePath(e.sha256 + QStringLiteral(".pdf"));
    EXPECT_EQ(readAll(carried), content);
    {
        Ledger backup; // the copy works as a ledger on its own
        ASSERT_TRUE(backup.open(copy, Ledger::OpenMode::ReadOnly).ok());
        EXPECT_EQ(evidenceBytes(backup), content);
    }

    // The ledger's folder is lost; the backup brings the file back.
    ASSERT_TRUE(QDir(EvidenceContent::folder(l.path())).removeRecursively());
    EXPECT_NE(evidenceBytes(*l), content);
    auto restored = Backup::restore(*l, copy);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(evidenceBytes(*l), content);
    EXPECT_TRUE(QFileInfo(
        QDir(EvidenceContent::folder(l.path())).filePath(e.sha256 + QStringLiteral(".pdf")))
                    .isFile());

    // A second backup under the same name replaces the first with its folder.
    ASSERT_TRUE(Backup::copyTo(*l, copy).ok());
    EXPECT_EQ(readAll(carried), content);
}

// Automatic backups carry the evidence too, and rotation removes a dropped
// backup's folder with it.
TEST(Backup, RotationDropsTheEvidenceFolderOfADroppedBackup)
{
    RECTIFY_SQLITE_ONLY("the folders are beside file backups");
    TempDataHome home;
    TempLedger l;
    QDateTime at = fixedNow();
    l->setClock([&at] { return at; });
    ASSERT_TRUE(seedSmallLedger(*l));
    QTemporaryDir out;
    ASSERT_FALSE(attach(*l, out.path(), QByteArrayLiteral("photo")).sha256.isEmpty());
    ASSERT_TRUE(l->setSetting(Backup::keepSettingKey(), QStringLiteral("1")).ok());
    auto first = Backup::rotate(*l);
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(QFileInfo(EvidenceContent::folder(*first)).isDir());
    at = at.addSecs(60);
    ASSERT_TRUE(l->setSetting(QStringLiteral("x"), QStringLiteral("y")).ok());
    auto second = Backup::rotate(*l);
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(QFileInfo::exists(*first));
    EXPECT_FALSE(QFileInfo::exists(EvidenceContent::folder(*first)));
    EXPECT_TRUE(QFileInfo(EvidenceContent::folder(*second)).isDir());
}

// A backup whose audit log was edited is refused by a file restore as by a server
// one, and nothing changes.
TEST(Backup, RestoreRefusesABackupWhoseAuditChainWasEdited)
{
    TempDataHome home;
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    QTemporaryDir out;
    const QString copy = QDir(out.path()).filePath(QStringLiteral("edited.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, copy).ok());
    ASSERT_TRUE(tamper(copy,
        { QStringLiteral("UPDATE audit_log SET user_name = 'nobody' WHERE id = "
                         "(SELECT max(id) FROM audit_log)") }));
    const QString auditBefore = scalar(*l, QStringLiteral("SELECT count(*) FROM audit_log"));
    auto refused = Backup::restore(*l, copy);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("audit"))) << refused.error().toStdString();
    EXPECT_EQ(scalar(*l, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    EXPECT_FALSE(QFileInfo::exists(Backup::folderFor(l.path())));
}

// Schema objects Rectify did not create (a planted trigger, view, table or index,
// or one of ours with another body) are refused by name, on either backend.
TEST(Backup, RestoreRefusesSchemaObjectsRectifyDidNotCreate)
{
    TempDataHome home;
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    QTemporaryDir out;
    const QString clean = QDir(out.path()).filePath(QStringLiteral("clean.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, clean).ok());
    struct Plant
    {
        const char *name;
        QStringList statements;
    };
    const QList<Plant> plants {
        { "sneaky_close",
            { QStringLiteral("CREATE TRIGGER sneaky_close AFTER INSERT ON progress_entries "
                             "BEGIN UPDATE tasks SET status = 'closed'; END") } },
        { "all_tasks", { QStringLiteral("CREATE VIEW all_tasks AS SELECT * FROM tasks") } },
        { "stash", { QStringLiteral("CREATE TABLE stash (x)") } },
        { "tasks_by_note", { QStringLiteral("CREATE INDEX tasks_by_note ON tasks(remarks)") } },
        { "audit_log_no_delete",
            { QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                               "BEGIN SELECT 1; END") } },
    };
    const QString auditBefore = scalar(*l, QStringLiteral("SELECT count(*) FROM audit_log"));
    for (const Plant &plant : plants) {
        const QString copy
            = QDir(out.path())
                  .filePath(QString::fromLatin1(plant.name) + QStringLiteral(".sqlite"));
        ASSERT_TRUE(QFile::copy(clean, copy));
        ASSERT_TRUE(makeSqliteFile(copy, plant.statements)) << plant.name;
        auto refused = Backup::restore(*l, copy);
        ASSERT_FALSE(refused.ok()) << plant.name;
        EXPECT_TRUE(refused.error().contains(QString::fromLatin1(plant.name)))
            << refused.error().toStdString();
        EXPECT_EQ(scalar(*l, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    }
    // The clean copy restores.
    auto restored = Backup::restore(*l, clean);
    EXPECT_TRUE(restored.ok()) << restored.error().toStdString();
}

// A backup of every older format version restores: upgraded in the private copy,
// its schema is then what a new ledger's is (the check refuses only what Rectify
// did not make).
TEST(Backup, RestoreTakesABackupOfEveryOlderFormatVersion)
{
    TempDataHome home;
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    QTemporaryDir out;
    for (int version = 1; version < Schema::currentVersion(); ++version) {
        const QString old = QDir(out.path()).filePath(QStringLiteral("v%1.sqlite").arg(version));
        QStringList statements;
        for (int v = 1; v <= version; ++v)
            statements += Schema::migrationTo(v) + Schema::finishMigrationTo(v);
        statements << QStringLiteral("INSERT INTO inspections (id, name) VALUES (1, '旧版巡视')")
                   << QStringLiteral("INSERT INTO problems (id, inspection_id, code, title) "
                                     "VALUES (1, 1, '1', '旧版问题')")
                   << QStringLiteral("INSERT INTO tasks (id, problem_id, number, measure) "
                                     "VALUES (1, 1, 1, '旧版措施')")
                   << QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId)
                   << QStringLiteral("PRAGMA user_version = %1").arg(version);
        ASSERT_TRUE(makeSqliteFile(old, statements)) << version;
        auto restored = Backup::restore(*l, old);
        ASSERT_TRUE(restored.ok())
            << "version " << version << ": " << restored.error().toStdString();
        EXPECT_EQ(countOf(*l, "tasks"), 1);
        EXPECT_EQ(l->schemaVersion(), Schema::currentVersion());
    }
}

// A server ledger's backups go to one folder whatever TLS options its address carries.
TEST(Backup, ServerBackupFolderIgnoresConnectionOptions)
{
    TempDataHome home;
    EXPECT_EQ(Backup::folderFor(QStringLiteral("postgresql://rectify@db.example:5432/ledger")),
        Backup::folderFor(
            QStringLiteral("postgresql://rectify@db.example:5432/ledger?sslmode=verify-full")));
}
