// Backups through SQLite's online backup, verification of ledger files, restore
// and the rotating automatic backup.
#include "store/backup.h"
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
