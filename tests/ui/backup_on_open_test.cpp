// The automatic backup taken when a file ledger is opened is written on a thread of
// its own: the window answers while it runs, shows its progress in the status bar,
// and the backup is complete afterwards; a window closed meanwhile stops it and
// leaves no unfinished copy.
#include "store/backup.h"
#include "tests/support/genledgerfile.h"
#include "tests/support/templedger.h"
#include "ui/datasafety/autobackup.h"
#include "ui/tasks/filterbar.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"

#include <QDir>
#include <QLineEdit>
#include <QProgressBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

constexpr int generatedTasks = 3000;

// Holds the backup's thread at its first slice until released.
struct BlockedBackup
{
    std::atomic_bool reached { false };
    QSemaphore gate;

    BlockedBackup()
    {
        AutoBackup::setStepHook([this](qint64 done, qint64 total) {
            if (done == 0 && total == 0) {
                reached = true;
                gate.acquire();
            }
        });
    }
    ~BlockedBackup()
    {
        gate.release(); // never leave the thread waiting
        AutoBackup::setStepHook({});
    }
    void release() { gate.release(); }
};

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ledger->setClock(&fixedNow);
    if (!ledger->open(path, Ledger::OpenMode::ExistingOnly).ok())
        return nullptr;
    auto w = std::make_unique<MainWindow>(std::move(ledger));
    w->setConfirmHandler([](const QString &) { return true; });
    w->show();
    return w;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST(BackupOnOpen, WindowAnswersWhileTheBackupIsWrittenAndTheBackupIsComplete)
{
    RECTIFY_SQLITE_ONLY("the backup of a ledger file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.sqlite"));
    ASSERT_EQ(generateLedger(path, generatedTasks), QString());
    BlockedBackup blocked;
    auto w = openWindow(path);
    ASSERT_TRUE(w);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->isStartupFinished(); }, 10000));
    // The list holds its first window; the count of all is read in the background.
    w->taskModel()->waitForCount();
    const qint64 allRows = w->taskModel()->totalCount();
    ASSERT_EQ(allRows, generatedTasks);

    w->backUpOnOpen();
    ASSERT_TRUE(w->autoBackup());
    QSignalSpy done(w->autoBackup(), &AutoBackup::finished);
    ASSERT_TRUE(QTest::qWaitFor([&] { return blocked.reached.load(); }, 10000));

    // The copy is held half-way: the window is the user's meanwhile.
    EXPECT_TRUE(w->autoBackup()->isRunning());
    auto *bar = w->statusBar()->findChild<QProgressBar *>(QStringLiteral("backupProgress"));
    ASSERT_TRUE(bar);
    EXPECT_TRUE(bar->isVisible());
    // Typed as an input method would commit it (QTest types only ASCII keys).
    w->filterBar()->searchEdit()->setFocus();
    w->filterBar()->searchEdit()->insert(QStringLiteral("干部"));
    w->filterBar()->applyNow();
    QApplication::processEvents();
    w->taskModel()->waitForCount();
    const qint64 found = w->taskModel()->totalCount();
    EXPECT_GT(found, 0);
    EXPECT_LT(found, allRows);
    w->taskView()->selectRow(0);
    EXPECT_EQ(w->taskView()->currentIndex().row(), 0);
    w->filterBar()->clear();
    QApplication::processEvents();
    w->taskModel()->waitForCount();
    EXPECT_EQ(w->taskModel()->totalCount(), allRows);
    // A second request while it runs does not start another.
    w->backUpOnOpen();
    EXPECT_EQ(done.count(), 0);

    blocked.release();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.count() == 1; }, 60000));
    const QString file = done.at(0).at(0).toString();
    EXPECT_EQ(done.at(0).at(1).toString(), QString());
    ASSERT_FALSE(file.isEmpty());
    EXPECT_EQ(Backup::automaticBackups(path), QStringList { file });
    auto info = Backup::verify(file);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->tasks, generatedTasks);
    // Nothing else beside it: no temporary copy left.
    for (const QString &name : filesIn(Backup::folderFor(path)))
        EXPECT_FALSE(name.startsWith(QLatin1Char('.'))) << name.toStdString();
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QDir::toNativeSeparators(file)));
}

TEST(BackupOnOpen, ProgressReachesTheStatusBar)
{
    RECTIFY_SQLITE_ONLY("the backup of a ledger file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.sqlite"));
    ASSERT_EQ(generateLedger(path, generatedTasks), QString());
    auto w = openWindow(path);
    ASSERT_TRUE(w);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->isStartupFinished(); }, 10000));
    w->backUpOnOpen();
    QSignalSpy progress(w->autoBackup(), &AutoBackup::progress);
    QSignalSpy done(w->autoBackup(), &AutoBackup::finished);
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.count() == 1; }, 60000));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.constLast().at(0).toInt(), 100);
    EXPECT_EQ(done.at(0).at(1).toString(), QString());
    // Opening the unchanged ledger again takes no second copy.
    w->backUpOnOpen();
    ASSERT_TRUE(QTest::qWaitFor([&] { return done.count() == 2; }, 60000));
    EXPECT_EQ(done.at(1).at(0).toString(), done.at(0).at(0).toString());
    EXPECT_EQ(Backup::automaticBackups(path).size(), 1);
}

TEST(BackupOnOpen, ClosingTheWindowStopsTheBackupAndLeavesNoHalfCopy)
{
    RECTIFY_SQLITE_ONLY("the backup of a ledger file");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("province.sqlite"));
    ASSERT_EQ(generateLedger(path, generatedTasks), QString());
    BlockedBackup blocked;
    auto w = openWindow(path);
    ASSERT_TRUE(w);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w->isStartupFinished(); }, 10000));
    w->backUpOnOpen();
    ASSERT_TRUE(QTest::qWaitFor([&] { return blocked.reached.load(); }, 10000));
    ASSERT_TRUE(w->autoBackup()->isRunning());
    EXPECT_TRUE(w->close());
    blocked.release();
    w.reset(); // waits for the backup's thread, which stops at its next slice
    EXPECT_TRUE(Backup::automaticBackups(path).isEmpty());
    EXPECT_EQ(filesIn(Backup::folderFor(path)), QStringList());
    // The ledger itself is untouched and opens again.
    auto info = Backup::verify(path);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->tasks, generatedTasks);
}
