// main() for every test executable: a QCoreApplication (or the GUI tests' own
// QApplication, via RECTIFY_TEST_GUI) around GoogleTest.
#include "pgtest.h"

#include <QCoreApplication>
#include <QLocale>
#include <gtest/gtest.h>
#include <iostream>
#include <string>

namespace {

// A suite's PostgreSQL run with no server to run against: no test runs, and the
// run says so in the words ctest counts as a skip, with the reason, rather than
// passing.
class NoPostgresEnvironment final : public ::testing::Environment
{
public:
    explicit NoPostgresEnvironment(std::string reason)
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
    QCoreApplication app(argc, argv);
    if (rectify::test::pgBackendRequested() && !::testing::GTEST_FLAG(list_tests)) {
        QString reason;
        if (rectify::test::pgServerUrl(&reason).isEmpty()) {
            const std::string message = "PostgreSQL tests skipped: " + reason.toStdString();
            std::cout << "[  SKIPPED ] " << message << std::endl;
            ::testing::AddGlobalTestEnvironment(new NoPostgresEnvironment(message));
        }
    }
    return RUN_ALL_TESTS();
}
