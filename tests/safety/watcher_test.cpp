// The ledger notices commits of other connections (the GUI refreshes on them).
#include "store/ledgerwatcher.h"
#include "tests/safety/safetysupport.h"
#include "tests/support/templedger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

TEST(Watcher, NoticesOtherConnectionsButNotItsOwnWrites)
{
    TempLedger l;
    Ledger other;
    ASSERT_TRUE(other.open(l.path(), Ledger::OpenMode::ExistingOnly).ok());
    LedgerWatcher watcher(*l, 20);
    int signals = 0;
    QObject::connect(&watcher, &LedgerWatcher::changedElsewhere, [&signals] { ++signals; });
    EXPECT_FALSE(watcher.poll()); // the baseline

    Inspection own;
    own.name = QStringLiteral("本窗口新增");
    ASSERT_TRUE(l->addInspection(own).ok());
    EXPECT_FALSE(watcher.poll());

    Inspection elsewhere;
    elsewhere.name = QStringLiteral("另一进程新增");
    ASSERT_TRUE(other.addInspection(elsewhere).ok());
    EXPECT_TRUE(watcher.poll());
    EXPECT_EQ(signals, 1);
    EXPECT_FALSE(watcher.poll());

    // Started, it polls by itself.
    watcher.start();
    ASSERT_TRUE(other.setSetting(QStringLiteral("due_soon_days"), QStringLiteral("10")).ok());
    QElapsedTimer t;
    t.start();
    while (signals < 2 && t.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(signals, 2);
    watcher.stop();
}
