// main() of the data-safety GUI tests: a QApplication (offscreen) around GoogleTest.
#include "pgtest.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <gtest/gtest.h>
#include <iostream>

namespace {

// The PostgreSQL run with no server: every test skips, saying why.
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

} // namespace

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QLocale::setDefault(QLocale(QLocale::English));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The main window keeps recent files in the settings: keep them away from the user's.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rectify-test"));
    QApplication::setApplicationName(QStringLiteral("rectify-safety-test"));
    if (rectify::test::pgBackendRequested() && !::testing::GTEST_FLAG(list_tests)) {
        QString reason;
        if (rectify::test::pgServerUrl(&reason).isEmpty()) {
            const std::string message = "PostgreSQL tests skipped: " + reason.toStdString();
            std::cout << "[  SKIPPED ] " << message << std::endl;
            ::testing::AddGlobalTestEnvironment(new NoServer(message));
        }
    }
    return RUN_ALL_TESTS();
}
