#pragma once

#include "store/ledger.h"
#include "tests/support/templedger.h"
#include "workflow/workflow.h"

#include <gtest/gtest.h>

namespace rectify::test {

// A ledger with one problem (code 4) and two tasks: 4.1 led by 办公室 with
// 人事科 co-operating, 4.2 led by 财务科; users: tester (admin, the creator),
// wang (official of 人事科), li (official of 财务科), zhao (supervisor).
class SignoffTest : public ::testing::Test
{
protected:
    void SetUp() override;

    User user(const QString &name);
    Workflow as(const QString &name) { return Workflow(*m_ledger, user(name)); }
    Task task(qint64 id);
    qint64 count(const QString &sql);

    TempLedger m_ledger;
    qint64 m_problem = 0;
    qint64 m_task1 = 0; // 4.1
    qint64 m_task2 = 0; // 4.2
};

} // namespace rectify::test
