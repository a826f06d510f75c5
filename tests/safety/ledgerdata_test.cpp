// Export, backup and restore of the test ledger on either backend: in the suite's
// PostgreSQL run the ledger is on the test server, and a backup is a ledger file
// made from it. The "ServerRestore" tests are about a server ledger only.
#include "export/csvexporter.h"
#include "export/xlsxexporter.h"
#include "store/auditchain.h"
#include "store/backup.h"
#include "store/evidencecontent.h"
#include "store/ledger.h"
#include "store/ledgercopy.h"
#include "store/ledgerwatcher.h"
#include "store/schema.h"
#include "store/sqlaccess.h"
#include "tests/safety/clirun.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <gtest/gtest.h>
#include <mutex>

using namespace rectify;
using namespace rectify::test;

namespace {

QString headHash(const Ledger &ledger)
{
    return scalar(ledger, QStringLiteral("SELECT hash FROM audit_head WHERE id = 1"));
}

QString taskIds(const Ledger &ledger)
{
    auto q = SqlAccess::exec(ledger, QStringLiteral("SELECT id, version FROM tasks ORDER BY id"));
    QStringList ids;
    while (q && q->next())
        ids << QStringLiteral("%1v%2").arg(q->value(0).toLongLong()).arg(q->value(1).toInt());
    return ids.join(QLatin1Char(' '));
}

// Text that stresses an export: quotes, commas, new lines, a formula start, emoji,
// combining marks and a right-to-left mark.
bool addOddProblem(Ledger &ledger)
{
    auto inspection = ledger.defaultInspection();
    if (!inspection)
        return false;
    Problem p;
    p.inspectionId = inspection->id;
    p.code = QStringLiteral("3");
    p.category = QStringLiteral("=SUM(A1)");
    p.title = QStringLiteral("说\"好\"，a,b\n第二行 ") + QString::fromUcs4(U"\U0001F600");
    p.sortOrder = 3;
    auto pid = ledger.addProblem(p);
    if (!pid)
        return false;
    Task t;
    t.problemId = *pid;
    t.measure = QStringLiteral("'); DROP TABLE tasks;--");
    t.target = QStringLiteral("e\u0301\u200F\u0627");
    t.deadline = QDate(2024, 2, 29);
    t.responsibilities.leaders = { QStringLiteral("李四"), QStringLiteral("张三") };
    t.responsibilities.leadUnits = { QStringLiteral("财政局") };
    auto tid = ledger.addTask(t);
    if (!tid)
        return false;
    ProgressEntry e;
    e.taskId = *tid;
    e.date = QDate(2024, 1, 5);
    e.text = QStringLiteral("+已完成一半");
    return ledger.addProgress(e).ok();
}

QByteArray unzipMember(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, member });
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

// Waits for `done`, letting queued signals (notifications) arrive meanwhile.
template<typename Done> bool waitFor(Done done, int ms = 5000)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace

// The same ledger exports the same bytes whichever backend it is on: a ledger file
// is copied into the test ledger (the server in the PostgreSQL run), both export.
TEST(LedgerData, ExportIsByteIdenticalAfterACopyToThisBackend)
{
    QTemporaryDir dir;
    const QString filePath = dir.filePath(QStringLiteral("source.sqlite"));
    Ledger file;
    file.setActor(QStringLiteral("tester"));
    file.setClock(fixedNow);
    ASSERT_TRUE(file.open(filePath).ok());
    ASSERT_TRUE(seedSmallLedger(file));
    ASSERT_TRUE(addOddProblem(file));
    Inspection second;
    second.name = QStringLiteral("审计反馈");
    auto secondId = file.addInspection(second);
    ASSERT_TRUE(secondId.ok());
    Problem empty; // a problem without tasks still gives a row
    empty.inspectionId = *secondId;
    empty.code = QStringLiteral("1");
    empty.title = QStringLiteral("无任务的问题");
    ASSERT_TRUE(file.addProblem(empty).ok());

    TempLedger l;
    auto copied = LedgerCopy::copy(file, *l);
    ASSERT_TRUE(copied.ok()) << copied.error().toStdString();

    struct Variant
    {
        const char *name;
        CsvExporter::Encoding encoding;
        bool everyRow;
        qint64 inspection;
    };
    const Variant variants[] = {
        { "gb.csv", CsvExporter::Encoding::Gb18030, true, 0 },
        { "utf8.csv", CsvExporter::Encoding::Utf8Bom, true, 0 },
        { "first.csv", CsvExporter::Encoding::Utf8Bom, false, 0 },
        { "one.csv", CsvExporter::Encoding::Gb18030, true, *secondId },
    };
    for (const Variant &v : variants) {
        CsvExporter::Options o;
        o.encoding = v.encoding;
        o.problemOnEveryRow = v.everyRow;
        o.inspectionId = v.inspection;
        const QString fromFile = dir.filePath(QStringLiteral("file-") + QLatin1String(v.name));
        const QString fromHere = dir.filePath(QStringLiteral("here-") + QLatin1String(v.name));
        auto a = CsvExporter::write(file, fromFile, o);
        auto b = CsvExporter::write(*l, fromHere, o);
        ASSERT_TRUE(a.ok()) << a.error().toStdString();
        ASSERT_TRUE(b.ok()) << b.error().toStdString();
        EXPECT_EQ(*a, *b) << v.name;
        EXPECT_GT(*a, 0) << v.name;
        const QByteArray bytes = readAll(fromFile);
        EXPECT_GT(bytes.size(), 100) << v.name;
        EXPECT_EQ(readAll(fromHere), bytes) << v.name;
    }

    XlsxExporter::Options xo;
    xo.today = QDate(2024, 3, 15);
    const QString xFile = dir.filePath(QStringLiteral("file.xlsx"));
    const QString xHere = dir.filePath(QStringLiteral("here.xlsx"));
    auto xa = XlsxExporter::write(file, xFile, xo);
    auto xb = XlsxExporter::write(*l, xHere, xo);
    ASSERT_TRUE(xa.ok()) << xa.error().toStdString();
    ASSERT_TRUE(xb.ok()) << xb.error().toStdString();
    EXPECT_EQ(*xa, *xb);
    // Every part of the workbook but its creation time (docProps/core.xml).
    for (const char *member : { "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
             "xl/workbook.xml" }) {
        const QByteArray expected = unzipMember(xFile, QLatin1String(member));
        EXPECT_FALSE(expected.isEmpty()) << member;
        EXPECT_EQ(unzipMember(xHere, QLatin1String(member)), expected) << member;
    }
}

// A backup is a verified ledger file: the same rows with their ids and versions, the
// audit chain intact with the same head; it opens, and copies back into an empty ledger.
TEST(LedgerData, BackupIsAVerifiedLedgerFileThatCopiesBack)
{
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    ASSERT_TRUE(addOddProblem(*l));
    const QString out = QDir(l.dir()).filePath(QStringLiteral("backups/copy.sqlite"));
    const Status made = Backup::copyTo(*l, out);
    ASSERT_TRUE(made.ok()) << made.error().toStdString();

    auto info = Backup::verify(out);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->schemaVersion, Schema::currentVersion());
    EXPECT_EQ(info->problems, 3);
    EXPECT_EQ(info->tasks, 4);
    // One self-contained file in rollback-journal mode, nothing left beside it.
    const QByteArray header = readAll(out).left(20);
    EXPECT_EQ(header.at(18), 1);
    EXPECT_EQ(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("copy.sqlite") });

    Ledger copy;
    ASSERT_TRUE(copy.open(out, Ledger::OpenMode::ReadOnly).ok());
    EXPECT_EQ(taskIds(copy), taskIds(*l));
    for (const char *table : { "inspections", "problems", "responsibilities", "progress_entries",
             "units", "people", "users", "settings", "audit_log" })
        EXPECT_EQ(countOf(copy, table), countOf(*l, table)) << table;
    auto chain = AuditChain::verify(copy);
    ASSERT_TRUE(chain.ok()) << chain.error().toStdString();
    EXPECT_TRUE(chain->intact) << chain->problem.toStdString();
    EXPECT_EQ(chain->headHash, headHash(*l));
    EXPECT_EQ(chain->entries, countOf(*l, "audit_log"));

    // Back into an empty ledger of this backend (migrate, or a new server database).
    TempLedger back;
    auto copiedBack = LedgerCopy::copy(copy, *back);
    ASSERT_TRUE(copiedBack.ok()) << copiedBack.error().toStdString();
    EXPECT_EQ(taskIds(*back), taskIds(*l));
    CsvExporter::Options o;
    const QString a = QDir(l.dir()).filePath(QStringLiteral("a.csv"));
    const QString b = QDir(l.dir()).filePath(QStringLiteral("b.csv"));
    ASSERT_TRUE(CsvExporter::write(*l, a, o).ok());
    ASSERT_TRUE(CsvExporter::write(*back, b, o).ok());
    EXPECT_EQ(readAll(b), readAll(a));
}

// Backup, changes, restore: the ledger is as it was at the backup (ids included), with
// the restore as the newest entry of an intact audit chain; what was replaced is kept;
// other connections see the restored ledger; new rows get new ids.
TEST(LedgerData, BackupThenRestoreRoundTrip)
{
    TempDataHome home;
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString before = taskIds(*l);
    const QString backup = QDir(l.dir()).filePath(QStringLiteral("before.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, backup).ok());

    auto problems = l->problems();
    ASSERT_TRUE(problems.ok());
    ASSERT_TRUE(l->removeProblem(problems->constFirst().id).ok());
    ASSERT_TRUE(addOddProblem(*l));
    const QString changed = taskIds(*l);
    ASSERT_NE(changed, before);

    Ledger other; // a colleague's window on the same ledger
    ASSERT_TRUE(other.open(l.path(), Ledger::OpenMode::ExistingOnly).ok());
    ASSERT_EQ(taskIds(other), changed);

    auto restored = Backup::restore(*l, backup);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(taskIds(*l), before);
    EXPECT_EQ(taskIds(other), before);
    EXPECT_EQ(countOf(*l, "progress_entries"), 3);

    auto audit = l->auditLog(QStringLiteral("ledger"));
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    EXPECT_EQ(audit->constLast().field, QStringLiteral("restored_from"));
    EXPECT_EQ(audit->constLast().newValue, QFileInfo(backup).absoluteFilePath());
    auto chain = AuditChain::verify(*l);
    ASSERT_TRUE(chain.ok()) << chain.error().toStdString();
    EXPECT_TRUE(chain->intact) << chain->problem.toStdString();

    // What the restore replaced is a verified ledger in the backup folder.
    EXPECT_TRUE(restored->startsWith(Backup::folderFor(l.path()))) << restored->toStdString();
    if (l.isPostgres()) {
        EXPECT_TRUE(restored->startsWith(home.path())) << restored->toStdString();
    }
    Ledger saved;
    ASSERT_TRUE(saved.open(*restored, Ledger::OpenMode::ReadOnly).ok());
    EXPECT_EQ(taskIds(saved), changed);

    // Writing goes on, with ids after the restored ones.
    Inspection i;
    i.name = QStringLiteral("恢复后新增");
    auto added = l->addInspection(i);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    EXPECT_GT(
        *added, scalar(saved, QStringLiteral("SELECT max(id) FROM inspections")).toLongLong());
    auto again = Backup::rotate(*l);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_TRUE(Backup::verify(*again).ok());
}

// The command line on the test ledger's own address (a file, or the server).
TEST(LedgerData, CliExportBackupAndRestoreOnTheLedgersAddress)
{
    TempDataHome home;
    TempLedger l;
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString csv = QDir(l.dir()).filePath(QStringLiteral("out.csv"));
    CliRun exported = runCli({ QStringLiteral("--user"), QStringLiteral("tester"),
                                 QStringLiteral("--db"), l.path(), QStringLiteral("export-csv"),
                                 csv, QStringLiteral("--encoding"), QStringLiteral("utf-8-bom") },
        home.path());
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.contains(QStringLiteral("Exported 3 rows")))
        << exported.out.toStdString();
    EXPECT_TRUE(readAll(csv).startsWith("\xEF\xBB\xBF"));
    const QString xlsx = QDir(l.dir()).filePath(QStringLiteral("out.xlsx"));
    CliRun book
        = runCli({ QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("--db"),
                     l.path(), QStringLiteral("export-xlsx"), xlsx },
            home.path());
    ASSERT_EQ(book.code, 0) << book.err.toStdString();
    EXPECT_TRUE(readAll(xlsx).startsWith("PK"));

    const QString copy = QDir(l.dir()).filePath(QStringLiteral("saved/copy.sqlite"));
    CliRun backup = runCli({ QStringLiteral("--user"), QStringLiteral("tester"),
                               QStringLiteral("--db"), l.path(), QStringLiteral("backup"), copy },
        home.path());
    ASSERT_EQ(backup.code, 0) << backup.err.toStdString();
    auto info = Backup::verify(copy);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->tasks, 3);
    CliRun verified = runCli({ QStringLiteral("--db"), copy, QStringLiteral("audit-verify") });
    EXPECT_EQ(verified.code, 0) << verified.err.toStdString();

    auto problems = l->problems();
    ASSERT_TRUE(problems.ok());
    ASSERT_TRUE(l->removeProblem(problems->constFirst().id).ok());
    ASSERT_EQ(countOf(*l, "tasks"), 1);
    CliRun restore = runCli({ QStringLiteral("--user"), QStringLiteral("tester"),
                                QStringLiteral("--db"), l.path(), QStringLiteral("restore"), copy },
        home.path());
    ASSERT_EQ(restore.code, 0) << restore.err.toStdString();
    EXPECT_EQ(countOf(*l, "tasks"), 3);
    // The replaced content was saved first, in the ledger's backup folder.
    const QString folder = Backup::folderFor(l.path());
    EXPECT_EQ(
        QDir(folder).entryList({ QStringLiteral("*-before-restore-*.sqlite") }, QDir::Files).size(),
        1)
        << folder.toStdString();
    CliRun refused = runCli({ QStringLiteral("--user"), QStringLiteral("tester"),
                                QStringLiteral("--db"), l.path(), QStringLiteral("restore"), csv },
        home.path());
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Nothing was changed")))
        << refused.err.toStdString();
    EXPECT_EQ(countOf(*l, "tasks"), 3);

    // The rotating automatic backup keeps the configured number.
    for (int n = 0; n < 3; ++n) {
        ASSERT_TRUE(l->setSetting(QStringLiteral("round"), QString::number(n)).ok());
        CliRun rotated
            = runCli({ QStringLiteral("--user"), QStringLiteral("tester"), QStringLiteral("--db"),
                         l.path(), QStringLiteral("backup"), QStringLiteral("--auto"),
                         QStringLiteral("--keep"), QStringLiteral("2") },
                home.path());
        ASSERT_EQ(rotated.code, 0) << rotated.err.toStdString();
    }
    const QStringList kept = Backup::automaticBackups(l.path());
    ASSERT_EQ(kept.size(), 2);
    Ledger newest;
    ASSERT_TRUE(newest.open(kept.constLast(), Ledger::OpenMode::ReadOnly).ok());
    EXPECT_EQ(scalar(newest, QStringLiteral("SELECT value FROM settings WHERE key = 'round'")),
        QStringLiteral("2"));
}

// A restore that fails on the server, after the server ledger was already emptied in
// its transaction (a value the server refuses), leaves the server ledger as it was.
TEST(ServerRestore, FailureHalfWayLeavesTheLedgerAsItWas)
{
    TempDataHome home;
    TempLedger l;
    if (!l.isPostgres())
        GTEST_SKIP() << "Server only: a ledger file is restored page by page by SQLite";
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString backup = QDir(l.dir()).filePath(QStringLiteral("nul.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, backup).ok());
    // SQLite keeps a NUL character in text; PostgreSQL refuses it. Progress entries
    // are copied after most tables, so the failure comes half-way.
    ASSERT_TRUE(makeSqliteFile(backup,
        { QStringLiteral("UPDATE progress_entries SET text = 'a' || char(0) || 'b' WHERE id = "
                         "(SELECT max(id) FROM progress_entries)") }));
    ASSERT_TRUE(Backup::verify(backup).ok());

    auto problems = l->problems();
    ASSERT_TRUE(problems.ok());
    ASSERT_TRUE(l->removeProblem(problems->constLast().id).ok());
    const QString ids = taskIds(*l);
    const qint64 audit = countOf(*l, "audit_log");
    const QString head = headHash(*l);

    auto refused = Backup::restore(*l, backup);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("was not changed")))
        << refused.error().toStdString();
    EXPECT_EQ(taskIds(*l), ids);
    EXPECT_EQ(countOf(*l, "audit_log"), audit);
    EXPECT_EQ(headHash(*l), head);
    EXPECT_EQ(countOf(*l, "problems"), 1);
    auto chain = AuditChain::verify(*l);
    ASSERT_TRUE(chain.ok());
    EXPECT_TRUE(chain->intact);
    // The ledger still takes writes.
    Inspection i;
    i.name = QStringLiteral("失败之后");
    EXPECT_TRUE(l->addInspection(i).ok());
}

// A backup whose audit log was edited outside the program is refused before anything
// on the server is touched.
TEST(ServerRestore, BrokenAuditChainIsRefused)
{
    TempDataHome home;
    TempLedger l;
    if (!l.isPostgres())
        GTEST_SKIP() << "Server only: the shared ledger's history is checked before a restore";
    ASSERT_TRUE(seedSmallLedger(*l));
    const QString backup = QDir(l.dir()).filePath(QStringLiteral("edited.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, backup).ok());
    ASSERT_TRUE(makeSqliteFile(backup,
        { QStringLiteral("DROP TRIGGER audit_log_no_update"),
            QStringLiteral("UPDATE audit_log SET reason = 'edited' WHERE id = 2") }));
    ASSERT_TRUE(Backup::verify(backup).ok());
    const QString ids = taskIds(*l);
    const QString head = headHash(*l);

    auto refused = Backup::restore(*l, backup);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("audit log does not verify")))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(QStringLiteral("edited.sqlite")));
    EXPECT_EQ(taskIds(*l), ids);
    EXPECT_EQ(headHash(*l), head);
}

// While a restore runs, another client reading the server ledger sees either the
// ledger before or the ledger after, never a mix; its window is told to refresh.
TEST(ServerRestore, OtherClientsSeeBeforeOrAfterAndAreNotified)
{
    TempDataHome home;
    TempLedger l;
    if (!l.isPostgres())
        GTEST_SKIP() << "Server only: concurrent readers of a server ledger";
    // Enough rows that the restore takes a while.
    ASSERT_TRUE(seedSmallLedger(*l));
    {
        Ledger::Transaction tx(*l);
        auto inspection = l->defaultInspection();
        ASSERT_TRUE(inspection.ok());
        for (int n = 0; n < 150; ++n) {
            Problem p;
            p.inspectionId = inspection->id;
            p.code = QString::number(100 + n);
            p.title = QStringLiteral("批量问题%1").arg(n);
            auto pid = l->addProblem(p);
            ASSERT_TRUE(pid.ok());
            Task t;
            t.problemId = *pid;
            t.measure = QStringLiteral("措施%1").arg(n);
            t.responsibilities.leadUnits = { QStringLiteral("单位%1").arg(n % 7) };
            ASSERT_TRUE(l->addTask(t).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    const QString backup = QDir(l.dir()).filePath(QStringLiteral("big.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, backup).ok());
    const QString after
        = QStringLiteral("%1/%2").arg(countOf(*l, "problems")).arg(countOf(*l, "tasks"));
    auto problems = l->problems();
    ASSERT_TRUE(problems.ok());
    ASSERT_TRUE(l->removeProblem(problems->constFirst().id).ok());
    const QString before
        = QStringLiteral("%1/%2").arg(countOf(*l, "problems")).arg(countOf(*l, "tasks"));

    Ledger watched;
    ASSERT_TRUE(watched.open(l.path(), Ledger::OpenMode::ExistingOnly).ok());
    LedgerWatcher watcher(watched);
    int notified = 0;
    QObject::connect(&watcher, &LedgerWatcher::changedElsewhere, [&notified] { ++notified; });
    watcher.start();
    ASSERT_TRUE(watcher.isListening());

    std::atomic<bool> stop { false };
    std::mutex seenLock;
    QStringList seen;
    QString readerError;
    const QString address = l.path();
    QThread *reader = QThread::create([&] {
        Ledger mine; // a connection belongs to its thread
        if (auto opened = mine.open(address, Ledger::OpenMode::ReadOnly); !opened) {
            readerError = opened.error();
            return;
        }
        while (!stop.load()) {
            // One statement: one snapshot of both counts.
            auto q = SqlAccess::exec(mine,
                QStringLiteral(
                    "SELECT (SELECT count(*) FROM problems), (SELECT count(*) FROM tasks)"));
            if (!q || !q->next()) {
                readerError = q ? QStringLiteral("no row") : q.error();
                return;
            }
            const QString pair = QStringLiteral("%1/%2")
                                     .arg(q->value(0).toLongLong())
                                     .arg(q->value(1).toLongLong());
            const std::lock_guard<std::mutex> guard(seenLock);
            if (seen.isEmpty() || seen.constLast() != pair)
                seen << pair;
        }
    });
    reader->start();
    ASSERT_TRUE(waitFor([&] {
        const std::lock_guard<std::mutex> guard(seenLock);
        return !seen.isEmpty() || !readerError.isEmpty();
    }));
    auto restored = Backup::restore(*l, backup);
    ASSERT_TRUE(waitFor([&] {
        const std::lock_guard<std::mutex> guard(seenLock);
        return seen.constLast() == after || !readerError.isEmpty();
    }));
    stop = true;
    reader->wait();
    delete reader;
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    ASSERT_TRUE(readerError.isEmpty()) << readerError.toStdString();
    EXPECT_EQ(seen, (QStringList { before, after }));
    EXPECT_TRUE(waitFor([&] { return notified > 0; }));
}

// Evidence files travel with a backup of a server ledger (into the folder beside the
// backup file) and back into the server on restore.
TEST(ServerRestore, EvidenceTravelsWithTheBackupAndBack)
{
    TempDataHome home;
    TempLedger l;
    if (!l.isPostgres())
        GTEST_SKIP() << "Server only: a file's backup is SQLite's page copy";
    ASSERT_TRUE(seedSmallLedger(*l));
    User official; // of the office that leads the task
    official.name = QStringLiteral("周办");
    official.unit = QStringLiteral("办公室");
    auto officialId = l->addUser(official);
    ASSERT_TRUE(officialId.ok()) << officialId.error().toStdString();
    official.id = *officialId;
    auto problems = l->problems();
    ASSERT_TRUE(problems.ok());
    auto tasks = l->tasks(problems->constFirst().id);
    ASSERT_TRUE(tasks.ok() && !tasks->isEmpty());
    const qint64 taskId = tasks->constLast().id;
    const QString minutes = QDir(l.dir()).filePath(QStringLiteral("会议纪要.pdf"));
    const QByteArray bytes = QByteArrayLiteral("%PDF-1.4 minutes of the meeting\n");
    ASSERT_TRUE(writeBytes(minutes, bytes));
    Workflow workflow(*l, official);
    const Status done = workflow.complete(taskId, QStringLiteral("已完成"), { minutes });
    ASSERT_TRUE(done.ok()) << done.error().toStdString();

    const QString out = QDir(l.dir()).filePath(QStringLiteral("backups/with-evidence.sqlite"));
    ASSERT_TRUE(Backup::copyTo(*l, out).ok());
    ASSERT_TRUE(Backup::copyTo(*l, out).ok()); // again over the first: its folder is replaced
    EXPECT_EQ(QDir(QFileInfo(out).absolutePath())
                  .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        (QStringList { QStringLiteral("with-evidence.sqlite"),
            QStringLiteral("with-evidence.sqlite.evidence") }));
    {
        Ledger copy;
        ASSERT_TRUE(copy.open(out, Ledger::OpenMode::ReadOnly).ok());
        auto rows = copy.evidence(taskId);
        ASSERT_TRUE(rows.ok());
        ASSERT_EQ(rows->size(), 1);
        auto read = EvidenceContent::read(copy, rows->constFirst());
        ASSERT_TRUE(read.ok()) << read.error().toStdString();
        EXPECT_EQ(*read, bytes);
    }

    // Restored into an emptied server ledger, the contents come from the backup's folder.
    ASSERT_TRUE(SqlAccess::exec(*l, QStringLiteral("DELETE FROM evidence")).ok());
    ASSERT_TRUE(SqlAccess::exec(*l, QStringLiteral("DELETE FROM evidence_content")).ok());
    auto restored = Backup::restore(*l, out);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    auto rows = l->evidence(taskId);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    auto read = EvidenceContent::read(*l, rows->constFirst());
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    EXPECT_EQ(*read, bytes);
    // The backup's evidence folder is still there (only a link to it was removed).
    EXPECT_TRUE(QFileInfo::exists(EvidenceContent::folder(out) + QLatin1Char('/')
        + QFileInfo(rows->constFirst().storedPath).fileName()));
}
