// The main window on a server ledger: the address where a file name would be,
// file-only actions refused, and another connection's write shown by itself.
#include "datasafetyactions.h"
#include "mainwindow.h"
#include "pgtest.h"
#include "sample/sampleledger.h"
#include "store/ledger.h"
#include "store/ledgerwatcher.h"
#include "tasktablemodel.h"
#include "templedger.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>
#include <iostream>

using namespace rectify;
using namespace rectify::test;

namespace {

class NoServer final : public ::testing::Environment
{
public:
    explicit NoServer(std::string reason)
        : m_reason(std::move(reason))
    { }
    void SetUp() override { GTEST_SKIP() << m_reason; }

private:
    std::string m_reason;
};

TEST(PgWindow, ShowsTheAddressRefusesFileCopiesAndRefreshesOnOthersWrites)
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

    // Copies of a ledger file have no file to copy here.
    EXPECT_FALSE(window.saveCopyAction()->isEnabled());
    EXPECT_TRUE(window.saveCopyAction()->toolTip().contains(QStringLiteral("pg_dump")));
    EXPECT_FALSE(window.dataSafetyActions()->backupAction()->isEnabled());
    EXPECT_FALSE(window.dataSafetyActions()->restoreAction()->isEnabled());
    // The importer refuses a server ledger: the action says so before the wizard.
    EXPECT_FALSE(window.importAction()->isEnabled());
    EXPECT_FALSE(window.importAction()->toolTip().isEmpty());
    EXPECT_TRUE(window.ledgerWatcher()->isListening());

    // A colleague adds a task through their own connection: the list shows it.
    const int before = window.taskModel()->rowCount();
    auto problem = seed->exec(QStringLiteral("SELECT min(id) FROM problems"));
    ASSERT_TRUE(problem.ok() && problem->next());
    Task task;
    task.problemId = problem->value(0).toLongLong();
    task.measure = QStringLiteral("同事在另一台电脑新增的整改措施");
    ASSERT_TRUE(seed->addTask(task).ok());
    EXPECT_TRUE(QTest::qWaitFor(
        [&window, before] { return window.taskModel()->rowCount() == before + 1; }, 5000))
        << window.taskModel()->rowCount() << " rows, " << before << " before";
}

} // namespace

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rectify-test"));
    QApplication::setApplicationName(QStringLiteral("rectify-pg-window-test"));
    if (pgBackendRequested() && !::testing::GTEST_FLAG(list_tests)) {
        QString reason;
        if (pgServerUrl(&reason).isEmpty()) {
            const std::string message = "PostgreSQL tests skipped: " + reason.toStdString();
            std::cout << "[  SKIPPED ] " << message << std::endl;
            ::testing::AddGlobalTestEnvironment(new NoServer(message));
        }
    }
    return RUN_ALL_TESTS();
}
