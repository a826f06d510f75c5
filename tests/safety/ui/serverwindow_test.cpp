// The File-menu data-safety actions on a ledger on a PostgreSQL server: export, back
// up into a ledger file, restore from one; a colleague's window shows the restored
// ledger by itself. Runs in the suite's PostgreSQL run only.
#include "store/backup.h"
#include "store/ledgerwatcher.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"
#include "ui/datasafety/datasafetyactions.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

std::unique_ptr<MainWindow> openWindow(const QString &address)
{
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    if (!ledger->open(address, Ledger::OpenMode::ExistingOnly))
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(ledger));
    window->setConfirmHandler([](const QString &) { return true; });
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())
        || !QTest::qWaitFor([&window] { return window->isStartupFinished(); }, 5000))
        return nullptr;
    return window;
}

} // namespace

TEST(DataSafetyServerWindow, ExportBackUpAndRestoreFromTheFileMenu)
{
    TempLedger seed;
    if (!seed.isPostgres())
        GTEST_SKIP() << "Server only: the file run is DataSafetyWindow";
    ASSERT_TRUE(seedSmallLedger(*seed));
    auto window = openWindow(seed.path());
    ASSERT_NE(window, nullptr);
    auto colleague = openWindow(seed.path());
    ASSERT_NE(colleague, nullptr);
    ASSERT_TRUE(colleague->ledgerWatcher()->isListening());

    DataSafetyActions *actions = window->dataSafetyActions();
    for (QAction *a : { actions->exportCsvAction(), actions->exportXlsxAction(),
             actions->backupAction(), actions->restoreAction(), window->saveCopyAction() })
        EXPECT_TRUE(a->isEnabled()) << a->text().toStdString();

    QString file;
    QVector<QPair<bool, QString>> reports;
    actions->setChooseFile(
        [&file](DataSafetyActions::FileKind, const QString &suggestion, CsvExporter::Encoding *e) {
            // Suggested in the home folder, named after the database: no folder of its own.
            EXPECT_TRUE(suggestion.startsWith(QDir::homePath())) << suggestion.toStdString();
            if (e)
                *e = CsvExporter::Encoding::Utf8Bom;
            return file;
        });
    actions->setConfirm([](const QString &) { return true; });
    actions->setReport([&reports](bool ok, const QString &m) { reports.append({ ok, m }); });

    file = QDir(seed.dir()).filePath(QStringLiteral("out.csv"));
    actions->exportCsvAction()->trigger();
    ASSERT_EQ(reports.size(), 1);
    EXPECT_TRUE(reports.last().first) << reports.last().second.toStdString();
    EXPECT_TRUE(reports.last().second.contains(QStringLiteral("3 task row")))
        << reports.last().second.toStdString();
    EXPECT_TRUE(readAll(file).startsWith("\xEF\xBB\xBF序号,"));

    file = QDir(seed.dir()).filePath(QStringLiteral("out.xlsx"));
    actions->exportXlsxAction()->trigger();
    EXPECT_TRUE(reports.last().first) << reports.last().second.toStdString();
    EXPECT_TRUE(readAll(file).startsWith("PK"));

    const QString copy = QDir(seed.dir()).filePath(QStringLiteral("copy.sqlite"));
    file = copy;
    actions->backupAction()->trigger();
    EXPECT_TRUE(reports.last().first) << reports.last().second.toStdString();
    auto info = Backup::verify(copy);
    ASSERT_TRUE(info.ok()) << info.error().toStdString();
    EXPECT_EQ(info->tasks, 3);

    // Someone deletes a problem; both windows show it.
    const int rows = window->taskModel()->rowCount();
    ASSERT_EQ(rows, 3);
    auto problems = seed->problems();
    ASSERT_TRUE(problems.ok());
    ASSERT_TRUE(seed->removeProblem(problems->constFirst().id).ok());
    EXPECT_TRUE(QTest::qWaitFor([&] { return colleague->taskModel()->rowCount() == 1; }, 5000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->taskModel()->rowCount() == 1; }, 5000));

    // Restore from the backup: this window reloads, the colleague's refreshes by itself.
    file = copy;
    actions->restoreAction()->trigger();
    EXPECT_TRUE(reports.last().first) << reports.last().second.toStdString();
    // What it replaced was saved in the server ledger's backup folder (test mode's).
    const QString folder = Backup::folderFor(seed.path());
    EXPECT_TRUE(reports.last().second.contains(folder)) << reports.last().second.toStdString();
    EXPECT_EQ(window->taskModel()->rowCount(), rows);
    EXPECT_TRUE(QTest::qWaitFor([&] { return colleague->taskModel()->rowCount() == rows; }, 5000))
        << colleague->taskModel()->rowCount();
    EXPECT_EQ(scalar(*seed, QStringLiteral("SELECT count(*) FROM tasks")), QStringLiteral("3"));
    QDir(folder).removeRecursively();
}
