// 单位考核 on a large ledger: ranked on the dashboard's background read (its own
// connection, in another thread), not on the window's thread, with the same
// figures as Ranking::compute on the window's connection.
#include "stats/ranking.h"
#include "tests/stats/rankingledger.h"
#include "tests/support/templedger.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/rankingsection.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <gtest/gtest.h>

namespace rectify::test {
namespace {

// Every figure of a ranking, one line per unit, to compare whole rankings.
QStringList lines(const QVector<UnitScore> &ranking)
{
    QStringList out;
    for (const UnitScore &u : ranking) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8/%9 %10")
                   .arg(u.rank)
                   .arg(u.unit)
                   .arg(u.tasks)
                   .arg(u.completedOnTime)
                   .arg(u.completedLate)
                   .arg(u.overdue)
                   .arg(u.extended)
                   .arg(u.reportsOnTime)
                   .arg(u.rounds)
                   .arg(u.score, 0, 'f', 1);
    }
    return out;
}

TEST(RankingUi, ALargeLedgerIsRankedOnTheBackgroundRead)
{
    TempLedger ledger;
    fillRankingLedger(*ledger);
    const QDate first(2024, 6, 1);
    const QDate second(2024, 4, 20);
    DashboardWidget dashboard(*ledger, StatsFilter(), first);
    dashboard.resize(1200, 900);
    dashboard.show();
    RankingSection *section = dashboard.rankingSection();
    auto before = Ranking::compute(*ledger, first);
    auto expected = Ranking::compute(*ledger, second);
    ASSERT_TRUE(before.ok() && expected.ok());
    ASSERT_NE(lines(*before), lines(*expected)); // the two days rank differently
    EXPECT_EQ(lines(section->ranking()), lines(*before));

    dashboard.setBackgroundFrom(0); // every ledger counts as large
    QSignalSpy refreshed(&dashboard, &DashboardWidget::refreshed);
    dashboard.setAsOf(second);
    // Nothing was ranked on this thread: the section still shows the first day.
    ASSERT_TRUE(dashboard.isReading());
    EXPECT_EQ(lines(section->ranking()), lines(*before));
    // Nor will be: the window's connection is closed while the background reads.
    QSignalSpy failed(&dashboard, &DashboardWidget::failed);
    ledger->close();
    ASSERT_TRUE(refreshed.wait(20000));
    EXPECT_FALSE(dashboard.isReading());
    EXPECT_EQ(failed.count(), 0) << failed.value(0).value(0).toString().toStdString();
    // The background read ranks as the window's connection does.
    EXPECT_EQ(lines(section->ranking()), lines(*expected));
    ASSERT_EQ(section->table()->rowCount(), int(expected->size()));
    EXPECT_EQ(section->table()->item(0, 1)->text(), expected->first().unit);
    for (int r = 0; r < section->table()->rowCount(); ++r)
        EXPECT_EQ(section->table()->item(r, 7)->text(), QStringLiteral("0/0"));
}

} // namespace
} // namespace rectify::test
