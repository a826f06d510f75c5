// Two Ledgers on one server database, as two officials' windows: a write through
// one makes the other's watcher report a change (LISTEN/NOTIFY), its own do not.
#include "store/ledger.h"
#include "store/ledgerwatcher.h"
#include "tests/support/templedger.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

// Runs the event loop (notifications arrive through it) until `signals` reaches
// `want` or `ms` have passed.
void waitFor(const int &signals, int want, int ms)
{
    QElapsedTimer t;
    t.start();
    while (signals < want && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

TEST(PgWatcher, AnotherConnectionsWriteIsNoticedItsOwnAreNot)
{
    TempLedger l;
    ASSERT_TRUE(l.isPostgres()) << "registered for the server run only";
    ASSERT_TRUE(l->isOpen());
    Ledger other;
    other.setActor(QStringLiteral("王芳"));
    ASSERT_TRUE(other.open(l.path(), Ledger::OpenMode::ExistingOnly).ok());

    LedgerWatcher watcher(*l, 20);
    int signals = 0;
    QObject::connect(&watcher, &LedgerWatcher::changedElsewhere, [&signals] { ++signals; });
    watcher.start();
    EXPECT_TRUE(watcher.isListening());

    // Its own write: notified on its own connection, ignored.
    Inspection own;
    own.name = QStringLiteral("本窗口新增");
    ASSERT_TRUE(l->addInspection(own).ok());
    waitFor(signals, 1, 800);
    EXPECT_EQ(signals, 0);

    // The other connection's write.
    Inspection elsewhere;
    elsewhere.name = QStringLiteral("另一办公室新增");
    ASSERT_TRUE(other.addInspection(elsewhere).ok());
    waitFor(signals, 1, 5000);
    EXPECT_EQ(signals, 1);

    // A burst of writes is read again once, not once per write.
    for (int i = 0; i < 5; ++i) {
        Inspection more;
        more.name = QStringLiteral("批量 %1").arg(i);
        ASSERT_TRUE(other.addInspection(more).ok());
    }
    waitFor(signals, 2, 5000);
    waitFor(signals, 3, 400);
    EXPECT_EQ(signals, 2);

    // A rolled-back change is not announced.
    {
        Ledger::Transaction tx(other);
        ASSERT_TRUE(tx.status().ok());
        ASSERT_TRUE(other.setSetting(QStringLiteral("due_soon_days"), QStringLiteral("9")).ok());
    }
    waitFor(signals, 3, 800);
    EXPECT_EQ(signals, 2);

    // Stopped, it no longer listens.
    watcher.stop();
    EXPECT_FALSE(watcher.isListening());
    ASSERT_TRUE(other.setSetting(QStringLiteral("due_soon_days"), QStringLiteral("8")).ok());
    waitFor(signals, 3, 600);
    EXPECT_EQ(signals, 2);
}

} // namespace
