// The main window on a server ledger: the address where a file name would be,
// file-only actions refused, and another connection's write shown by itself.
#include "sample/sampleledger.h"
#include "store/backup.h"
#include "store/evidencecontent.h"
#include "store/ledger.h"
#include "store/ledgerwatcher.h"
#include "store/sqlaccess.h"
#include "tests/support/guitestmain.h"
#include "tests/support/pgskip.h"
#include "tests/support/pgtest.h"
#include "tests/support/templedger.h"
#include "ui/datasafety/autobackup.h"
#include "ui/datasafety/datasafetyactions.h"
#include "ui/signoff/signoffcontroller.h"
#include "ui/signoff/signoffpanel.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"
#include "workflow/workflow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

TEST(PgWindow, ShowsTheAddressOffersBackupsAndRefreshesOnOthersWrites)
{
    TempLedger seed;
    ASSERT_TRUE(seed.isPostgres());
    ASSERT_TRUE(writeSampleLedger(*seed, QDate(2024, 3, 15)).ok());
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ASSERT_TRUE(ledger->open(seed.path(), Ledger::OpenMode::ExistingOnly).ok());
    const QString address = ledger->path();
    MainWindow window(std::move(ledger));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(QTest::qWaitFor([&window] { return window.isStartupFinished(); }, 5000));

    EXPECT_TRUE(window.isOnServer());
    EXPECT_TRUE(window.windowTitle().contains(address)) << window.windowTitle().toStdString();
    EXPECT_FALSE(address.contains(QStringLiteral(":@"))) << "no password";
    bool shown = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        shown = shown || label->text() == address;
    EXPECT_TRUE(shown) << "the status bar shows the address";
    EXPECT_EQ(MainWindow::recentLedgers().value(0), address);

    // A server ledger is copied into a ledger file and restored from one.
    EXPECT_TRUE(window.saveCopyAction()->isEnabled());
    EXPECT_TRUE(window.dataSafetyActions()->backupAction()->isEnabled());
    EXPECT_TRUE(window.dataSafetyActions()->restoreAction()->isEnabled());
    // The CSV import works on a server ledger too.
    EXPECT_TRUE(window.importAction()->isEnabled());
    EXPECT_TRUE(window.ledgerWatcher()->isListening());

    // A colleague adds a task through their own connection: the list shows it.
    const int before = window.taskModel()->rowCount();
    auto problem = SqlAccess::exec(*seed, QStringLiteral("SELECT min(id) FROM problems"));
    ASSERT_TRUE(problem.ok() && problem->next());
    Task task;
    task.problemId = problem->value(0).toLongLong();
    task.measure = QStringLiteral("同事在另一台电脑新增的整改措施");
    ASSERT_TRUE(seed->addTask(task).ok());
    EXPECT_TRUE(QTest::qWaitFor(
        [&window, before] { return window.taskModel()->rowCount() == before + 1; }, 5000))
        << window.taskModel()->rowCount() << " rows, " << before << " before";
}

// The automatic backup of a server ledger, taken when it is opened, is written on
// a connection of its own while the window is in use: here a colleague's lock holds
// it up, and the window has its backup still running and says so; once the lock
// goes, the backup is saved, verified like any backup, and the status bar says
// where.
TEST(PgWindow, AutomaticBackupOfAServerLedgerRunsBesideTheWindow)
{
    TempLedger seed;
    ASSERT_TRUE(seed.isPostgres());
    ASSERT_TRUE(writeSampleLedger(*seed, QDate(2024, 3, 15)).ok());
    auto counts = seed->counts();
    ASSERT_TRUE(counts.ok());
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ASSERT_TRUE(ledger->open(seed.path(), Ledger::OpenMode::ExistingOnly).ok());
    const QString address = ledger->path();
    QDir(Backup::folderFor(address)).removeRecursively();

    MainWindow window(std::move(ledger));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(QTest::qWaitFor([&window] { return window.isStartupFinished(); }, 5000));

    Ledger colleague;
    ASSERT_TRUE(colleague.open(seed.path(), Ledger::OpenMode::ExistingOnly).ok());
    QSqlDatabase db = colleague.database();
    ASSERT_TRUE(db.transaction());
    QSqlQuery lock(db);
    // A table the backup reads and the window, with no task selected, does not.
    ASSERT_TRUE(lock.exec(QStringLiteral("LOCK TABLE evidence IN ACCESS EXCLUSIVE MODE")));
    QString saved;
    QString failed;
    bool done = false;
    window.backUpOnOpen();
    QObject::connect(
        window.autoBackup(), &AutoBackup::finished, [&](const QString &file, const QString &error) {
            saved = file;
            failed = error;
            done = true;
        });
    EXPECT_TRUE(window.autoBackup()->isRunning());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Backing up")))
        << window.statusBar()->currentMessage().toStdString();
    QTest::qWait(300);
    EXPECT_FALSE(done) << "held up by the lock";
    EXPECT_TRUE(window.autoBackup()->isRunning());

    ASSERT_TRUE(db.commit());
    ASSERT_TRUE(QTest::qWaitFor([&done] { return done; }, 20000));
    EXPECT_TRUE(failed.isEmpty()) << failed.toStdString();
    ASSERT_FALSE(saved.isEmpty());
    EXPECT_TRUE(saved.startsWith(Backup::folderFor(address))) << saved.toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(saved)))
        << window.statusBar()->currentMessage().toStdString();
    auto info = Backup::verify(saved);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    Ledger copy;
    ASSERT_TRUE(copy.open(saved, Ledger::OpenMode::ReadOnly).ok());
    auto copied = copy.counts();
    ASSERT_TRUE(copied.ok());
    EXPECT_EQ(copied->tasks, counts->tasks);
    EXPECT_EQ(copied->problems, counts->problems);
    QDir(Backup::folderFor(address)).removeRecursively();
}

// Evidence on a server ledger, through the sign-off panel: attached with 完成,
// listed, opened (a temporary copy, byte for byte) and saved elsewhere.
TEST(PgWindow, EvidenceIsAttachedOpenedAndSavedOnAServerLedger)
{
    TempLedger seed;
    ASSERT_TRUE(seed.isPostgres());
    auto inspection = seed->defaultInspection();
    ASSERT_TRUE(inspection.ok());
    Problem p;
    p.inspectionId = inspection->id;
    p.code = QStringLiteral("7");
    p.title = QStringLiteral("整改材料未归档");
    auto pid = seed->addProblem(p);
    ASSERT_TRUE(pid.ok());
    Task t;
    t.problemId = *pid;
    t.measure = QStringLiteral("整改材料逐项归档");
    t.status = TaskStatus::InProgress;
    auto tid = seed->addTask(t);
    ASSERT_TRUE(tid.ok());
    User zhao;
    zhao.name = QStringLiteral("zhao");
    zhao.role = UserRole::Supervisor;
    ASSERT_TRUE(seed->addUser(zhao).ok());

    QTemporaryDir files;
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes.append(char(i % 251));
    const QString source = files.filePath(QStringLiteral("归档清单.xlsx"));
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ASSERT_TRUE(ledger->open(seed.path(), Ledger::OpenMode::ExistingOnly).ok());
    MainWindow window(std::move(ledger));
    auto *controller
        = new SignoffController(&window, *seed->findUser(QStringLiteral("zhao")).value());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.showTask(*tid));
    SignoffPanel *panel = controller->panel();
    ASSERT_TRUE(panel->completeButton()->isEnabled())
        << panel->completeButton()->toolTip().toStdString();

    // Too big for a server: said at once, and not added.
    const QString big = files.filePath(QStringLiteral("全部扫描件.pdf"));
    {
        QFile f(big);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(EvidenceContent::serverLimit + 1));
    }
    panel->addEvidenceFile(big);
    EXPECT_EQ(panel->pendingEvidence()->count(), 0);
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("全部扫描件.pdf")))
        << panel->noticeLabel()->text().toStdString();
    panel->addEvidenceFile(source);
    EXPECT_EQ(panel->pendingEvidence()->count(), 1);
    QTest::keyClicks(panel->textEdit(), QStringLiteral("done"));
    QTest::mouseClick(panel->completeButton(), Qt::LeftButton);
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("Completed")))
        << panel->noticeLabel()->text().toStdString();
    ASSERT_EQ(panel->evidenceList()->count(), 1);
    EXPECT_TRUE(panel->evidenceList()->item(0)->text().startsWith(QStringLiteral("归档清单.xlsx")));
    auto stored = SqlAccess::exec(
        *seed, QStringLiteral("SELECT count(*), sum(size) FROM evidence_content"));
    ASSERT_TRUE(stored.ok() && stored->next());
    EXPECT_EQ(stored->value(0).toInt(), 1) << "the bytes are in the database";
    EXPECT_EQ(stored->value(1).toLongLong(), bytes.size());

    // Nothing selected: nothing to open or save.
    EXPECT_FALSE(panel->openEvidenceButton()->isEnabled());
    QUrl opened;
    panel->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    panel->evidenceList()->setCurrentRow(0);
    ASSERT_TRUE(panel->openEvidenceButton()->isEnabled());
    // The evidence is in the pane's scrolling part: scrolled to, as a user would.
    window.detailPane()->scrollArea()->ensureWidgetVisible(panel->openEvidenceButton());
    QTest::mouseClick(panel->openEvidenceButton(), Qt::LeftButton);
    ASSERT_TRUE(opened.isLocalFile()) << opened.toString().toStdString();
    EXPECT_EQ(QFileInfo(opened.toLocalFile()).fileName(), QStringLiteral("归档清单.xlsx"));
    EXPECT_EQ(readAll(opened.toLocalFile()), bytes);

    // Activating the row (a double click, or Enter) opens it too.
    opened.clear();
    QListWidget *list = panel->evidenceList();
    Q_EMIT list->itemActivated(list->item(0));
    EXPECT_EQ(readAll(opened.toLocalFile()), bytes);

    // Save As… writes where the user chose (the dialog's answer given here).
    const QString target = files.filePath(QStringLiteral("另存/清单副本.xlsx"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    ASSERT_TRUE(panel->saveEvidence(0, target));
    EXPECT_EQ(readAll(target), bytes);
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("清单副本.xlsx")));

    const QString shot = QDir::temp().filePath(QStringLiteral("rectify-evidence-server.png"));
    EXPECT_TRUE(window.grab().save(shot));
}

} // namespace

int main(int argc, char **argv)
{
    return rectify::test::runGuiTests(
        argc, argv, QStringLiteral("rectify-pg-window-test"), /*serverTests=*/true);
}
