#include "tests/support/pgskip.h"

#include "tests/support/pgtest.h"

#include <gtest/gtest.h>
#include <iostream>
#include <string>

namespace rectify::test {

namespace {

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

void skipAllWithoutServer()
{
    if (!pgBackendRequested() || ::testing::GTEST_FLAG(list_tests))
        return;
    QString reason;
    if (!pgServerUrl(&reason).isEmpty())
        return;
    const std::string message = "PostgreSQL tests skipped: " + reason.toStdString();
    std::cout << "[  SKIPPED ] " << message << std::endl;
    ::testing::AddGlobalTestEnvironment(new NoPostgresEnvironment(message));
}

} // namespace rectify::test
