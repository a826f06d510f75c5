// The report's scope line, one wording for the window's report and
// `rectify-cli report`: inspection, category, lead unit, in that order.
#include "report/reportwriter.h"
#include "tests/support/templedger.h"

#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

TEST(ReportScope, WholeLedgerHasNoScope)
{
    TempLedger ledger;
    EXPECT_TRUE(ReportWriter::scopeText(*ledger, StatsFilter {}).isEmpty());
}

TEST(ReportScope, NamesInspectionCategoryAndLeadUnitInOrder)
{
    TempLedger ledger;
    Inspection inspection;
    inspection.name = QStringLiteral("第三轮巡察");
    auto id = ledger->addInspection(inspection);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();

    StatsFilter filter;
    filter.inspectionId = *id;
    filter.category = QStringLiteral("党的建设");
    filter.unit = QStringLiteral("人事科");
    const QString scope = ReportWriter::scopeText(*ledger, filter);
    const qsizetype i = scope.indexOf(QStringLiteral("第三轮巡察"));
    const qsizetype c = scope.indexOf(QStringLiteral("党的建设"));
    const qsizetype u = scope.indexOf(QStringLiteral("lead unit 人事科"));
    EXPECT_EQ(i, 0) << scope.toStdString();
    EXPECT_GT(c, i) << scope.toStdString();
    EXPECT_GT(u, c) << scope.toStdString();

    // An inspection that is gone is left out rather than named by its id.
    filter.inspectionId = *id + 1000;
    filter.category.clear();
    EXPECT_EQ(ReportWriter::scopeText(*ledger, filter), QStringLiteral("lead unit 人事科"));
}
