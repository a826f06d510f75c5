// 单位考核 on the dashboard: the table and the chart of the hand-computed ledger
// of ranking_test.cpp, the workbook the button saves.
#include "tests/stats/rankingledger.h"
#include "tests/support/templedger.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/dashboard/rankingsection.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QPushButton>
#include <QTableWidget>
#include <gtest/gtest.h>

namespace rectify::test {
namespace {

TEST(RankingUi, TheDashboardRanksTheUnits)
{
    TempLedger ledger;
    fillRankingLedger(*ledger);
    DashboardWidget dashboard(*ledger, StatsFilter(), QDate(2024, 6, 1));
    dashboard.resize(1200, 900);
    dashboard.show();
    RankingSection *section = dashboard.rankingSection();
    ASSERT_NE(section, nullptr);
    QTableWidget *table = section->table();
    ASSERT_EQ(table->rowCount(), 5);
    const auto cell = [&](int r, int c) { return table->item(r, c)->text(); };
    EXPECT_EQ(cell(0, 1), QStringLiteral("乙局"));
    EXPECT_EQ(cell(0, 8), QStringLiteral("85.0"));
    EXPECT_EQ(cell(3, 0), QStringLiteral("4"));
    EXPECT_EQ(cell(3, 1), QStringLiteral("甲局"));
    EXPECT_EQ(cell(3, 7), QStringLiteral("1/2"));
    EXPECT_EQ(cell(3, 8), QStringLiteral("48.3"));
    EXPECT_EQ(cell(4, 1), QStringLiteral("丙局"));

    // The chart: one bar per unit, the best at the top (the last category).
    QChart *chart = section->chartView()->chart();
    ASSERT_NE(chart, nullptr);
    ASSERT_EQ(chart->series().size(), 1);
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    ASSERT_NE(series, nullptr);
    QBarSet *set = series->barSets().first();
    ASSERT_EQ(set->count(), 5);
    EXPECT_DOUBLE_EQ(set->at(4), 85.0);
    EXPECT_DOUBLE_EQ(set->at(0), 0.0);

    const QString path = QDir(ledger.dir()).filePath(QStringLiteral("考核.xlsx"));
    ASSERT_TRUE(section->exportButton()->isEnabled());
    ASSERT_TRUE(section->exportXlsx(path).ok());
    EXPECT_GT(QFileInfo(path).size(), 0);

    // Another day: nothing is due on 2024-04-20, every unit's rounds are 0/0.
    dashboard.setAsOf(QDate(2024, 4, 20));
    ASSERT_EQ(table->rowCount(), 5);
    for (int r = 0; r < 5; ++r)
        EXPECT_EQ(cell(r, 7), QStringLiteral("0/0"));
}

} // namespace
} // namespace rectify::test
