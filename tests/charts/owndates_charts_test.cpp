// Tasks completed at an unknown date on the burn-up chart (a baseline series of
// their own, the completed line on top of it) and undated progress in the report.
#include "import/importer.h"
#include "report/reportwriter.h"
#include "stats/alertlist.h"
#include "stats/reportdata.h"
#include "stats/statsquery.h"
#include "tests/support/templedger.h"
#include "ui/dashboard/charts/chartfactory.h"

#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15);

// Two tasks done with a date, two without, one open.
const char *ledgerCsv = "序号,反馈问题,整改措施,整改时限,整改进展,完成情况,完成时间\n"
                        "1,学习不深入,建立学习制度,2023-12-31,2024.1.5 已召开专题会议,已完成,"
                        "2024-01-05\n"
                        "1,学习不深入,完善考核办法,2024-01-31,,已完成,2024-02-10\n"
                        "2,调研不深入,深入基层调研,2023-11-30,已形成调研报告,已完成,\n"
                        "2,调研不深入,健全调研制度,2023-11-30,,已销号,\n"
                        "2,调研不深入,印发调研清单,2024-06-30,,推进中,\n";

class OwnDatesCharts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString csv = m_dir.filePath(QStringLiteral("ledger.csv"));
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(ledgerCsv);
        f.close();
        auto inspection = m_ledger->defaultInspection();
        ASSERT_TRUE(inspection.ok());
        ImportOptions options;
        options.inspectionId = inspection->id;
        options.today = today;
        options.feedbackDate = QDate(2023, 10, 10);
        Importer importer(*m_ledger);
        auto report = importer.import(csv, options);
        ASSERT_TRUE(report.ok() && report->committed)
            << (report.ok() ? report->text() : report.error()).toStdString();
        StatsRequest request;
        request.today = today;
        auto stats = StatsQuery::compute(*m_ledger, request);
        ASSERT_TRUE(stats.ok()) << stats.error().toStdString();
        m_stats = *stats;
    }
    QTemporaryDir m_dir;
    TempLedger m_ledger;
    Statistics m_stats;
};

QLineSeries *seriesNamed(QChart &chart, const QString &start)
{
    for (QAbstractSeries *s : chart.series()) {
        if (s->name().startsWith(start))
            return qobject_cast<QLineSeries *>(s);
    }
    return nullptr;
}

} // namespace

TEST_F(OwnDatesCharts, BurnupDrawsCompletedBeforeImportAsABaseline)
{
    EXPECT_EQ(m_stats.burnup.undated, 2);
    auto chart = ChartFactory::create(QStringLiteral("burnup"), m_stats);
    ASSERT_TRUE(chart);
    QLineSeries *baseline = seriesNamed(*chart, QStringLiteral("Completed before import"));
    ASSERT_NE(baseline, nullptr);
    EXPECT_TRUE(baseline->name().contains(QStringLiteral("2"))) << baseline->name().toStdString();
    ASSERT_EQ(baseline->count(), 2);
    for (const QPointF &p : baseline->points())
        EXPECT_EQ(p.y(), 2.0);
    // The completed line starts from the baseline: 2, then 3 in January, 4 in
    // February; never a jump to the import day's total.
    QLineSeries *done = seriesNamed(*chart, QStringLiteral("Completed (cumulative)"));
    ASSERT_NE(done, nullptr);
    ASSERT_GT(done->count(), 2);
    EXPECT_EQ(done->at(0).y(), 2.0);
    EXPECT_EQ(done->at(done->count() - 1).y(), 4.0);
    for (int i = 0; i < done->count(); ++i) {
        const QPointF p = done->at(i);
        EXPECT_GE(p.y(), 2.0);
        EXPECT_LE(p.y(), 4.0);
    }

    // A ledger whose every completion is dated has no such series.
    Statistics dated = m_stats;
    dated.burnup.undated = 0;
    auto plain = ChartFactory::create(QStringLiteral("burnup"), dated);
    EXPECT_EQ(seriesNamed(*plain, QStringLiteral("Completed before import")), nullptr);
}

TEST_F(OwnDatesCharts, ReportShowsUndatedProgressWithADash)
{
    auto problems = ReportData::load(*m_ledger, today);
    ASSERT_TRUE(problems.ok()) << problems.error().toStdString();
    ASSERT_EQ(problems->size(), 2);
    const ReportTask &dated = problems->at(0).tasks.at(0);
    EXPECT_EQ(dated.progressDate, QDate(2024, 1, 5));
    EXPECT_EQ(dated.progressText, QStringLiteral("已召开专题会议"));
    const ReportTask &undated = problems->at(1).tasks.at(0);
    EXPECT_FALSE(undated.progressDate.isValid());
    EXPECT_EQ(undated.progressText, QStringLiteral("已形成调研报告"));

    ReportWriter::Input input;
    input.charts = ChartFactory::reportCharts();
    input.stats = m_stats;
    auto alerts = AlertList::compute(*m_ledger, today, AlertSettings {});
    ASSERT_TRUE(alerts.ok());
    input.alerts = *alerts;
    input.problems = *problems;
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    auto pages = ReportWriter::writePdf(input, pdf, {});
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("2024-01-05 已召开专题会议"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("— 已形成调研报告"))) << text.toStdString();
    // Never the import day as a progress date.
    EXPECT_FALSE(text.contains(QStringLiteral("2024-03-15 已形成"))) << text.toStdString();
}
