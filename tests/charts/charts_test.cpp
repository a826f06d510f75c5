// Charts from the statistics of the hand-made ledger, and their exports.
#include "report/reportwriter.h"
#include "stats/chartdata.h"
#include "stats/statsquery.h"
#include "tests/stats/smallledger.h"
#include "tests/support/templedger.h"
#include "ui/dashboard/charts/chartexporter.h"
#include "ui/dashboard/charts/chartfactory.h"

#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPieSeries>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

class Charts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fillSmallLedger(*m_ledger));
        StatsRequest r;
        r.today = smallLedgerToday();
        auto s = StatsQuery::compute(*m_ledger, r);
        ASSERT_TRUE(s.ok()) << s.error().toStdString();
        m_stats = *s;
    }
    // The text of a PDF through pdftotext, with compatibility characters folded
    // (CJK fonts share glyphs between 生 and the Kangxi radical ⽣).
    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        if (!p.waitForFinished(60000))
            return QString();
        return QString::fromUtf8(p.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
    }

    TempLedger m_ledger;
    Statistics m_stats;
};

} // namespace

TEST(ChartDataMapping, BarsFoldTheRestIntoOthers)
{
    QVector<GroupStats> groups;
    const auto group = [](const char *name, qint64 total, qint64 done, qint64 late) {
        GroupStats g;
        g.name = QString::fromUtf8(name);
        g.counts.total = total;
        g.counts.completed = done;
        g.counts.overdue = late;
        return g;
    };
    groups << group("甲", 3, 1, 1) << group("乙", 10, 4, 2) << group("丙", 5, 5, 0)
           << group("丁", 2, 0, 2);
    const QVector<ChartBar> bars = ChartData::bars(groups, 2);
    ASSERT_EQ(bars.size(), 3);
    EXPECT_EQ(bars[0].name, QStringLiteral("乙"));
    EXPECT_EQ(bars[0].open, 4);
    EXPECT_EQ(bars[1].name, QStringLiteral("丙"));
    EXPECT_TRUE(bars[2].other);
    EXPECT_EQ(bars[2].completed, 1);
    EXPECT_EQ(bars[2].overdue, 3);
    EXPECT_EQ(bars[2].open, 1);
    EXPECT_EQ(ChartData::bars(groups, 0).size(), 4);
}

TEST_F(Charts, MappingOfTheSmallLedger)
{
    const QVector<ChartSlice> status = ChartData::statusSlices(m_stats.tasks);
    ASSERT_EQ(status.size(), 4);
    EXPECT_EQ(status[0].value, 6); // not started
    EXPECT_EQ(status[1].value, 4); // in progress
    EXPECT_EQ(status[2].value, 1); // awaiting sign-off (T6)
    EXPECT_EQ(status[3].value, 3); // signed off
    const QVector<ChartSlice> lights = ChartData::alertSlices(m_stats.tasks);
    EXPECT_EQ(lights[0].value, 1);
    EXPECT_EQ(lights[1].value, 2);
    EXPECT_EQ(lights[2].value, 3); // two stale, one without deadline
    EXPECT_EQ(lights[3].value, 4);

    const QVector<ChartBar> units = ChartData::bars(m_stats.units, 40);
    ASSERT_EQ(units.size(), 4);
    EXPECT_EQ(units[0].name, QStringLiteral("住建局"));
    EXPECT_EQ(units[0].completed, 1);
    EXPECT_EQ(units[0].open, 5);
    EXPECT_EQ(units[3].name, ChartData::noneLabel());

    // Problems not done, most open tasks first, then the least advanced: A-2, B-1
    // and B-2 (two open, none done), then A-1 (two open, one of three done).
    const QVector<ChartProblem> problems = ChartData::problems(m_stats.problemList, 4);
    ASSERT_EQ(problems.size(), 4);
    EXPECT_TRUE(problems[0].label.startsWith(QStringLiteral("2 ")))
        << problems[0].label.toStdString();
    EXPECT_EQ(problems[0].tasks - problems[0].done, 2);
    EXPECT_DOUBLE_EQ(problems[0].fraction, 0.0);
    EXPECT_TRUE(problems[3].label.startsWith(QStringLiteral("1 ")));
    EXPECT_DOUBLE_EQ(problems[3].fraction, 1.0 / 3.0);
    EXPECT_EQ(ChartData::problems(m_stats.problemList, 0).size(), 6); // 8 minus A-3, B-5
}

TEST_F(Charts, EveryChartIsBuiltFromTheStatistics)
{
    for (const QString &name : ChartFactory::names()) {
        std::unique_ptr<QChart> chart = ChartFactory::create(name, m_stats);
        ASSERT_TRUE(chart) << name.toStdString();
        EXPECT_FALSE(chart->series().isEmpty()) << name.toStdString();
        EXPECT_FALSE(chart->title().isEmpty()) << name.toStdString();
    }
    EXPECT_FALSE(ChartFactory::create(QStringLiteral("nope"), m_stats));

    auto status = ChartFactory::create(QStringLiteral("status"), m_stats);
    auto *pie = qobject_cast<QPieSeries *>(status->series().first());
    ASSERT_NE(pie, nullptr);
    EXPECT_DOUBLE_EQ(pie->sum(), 14.0);

    auto units = ChartFactory::create(QStringLiteral("units"), m_stats);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(units->series().first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 3);
    // Bars run bottom-up: the unit with most tasks is the last category.
    const QStringList names = units->property("categoryNames").toStringList();
    ASSERT_EQ(names.size(), 4);
    EXPECT_EQ(names.last(), QStringLiteral("住建局"));
    EXPECT_DOUBLE_EQ(bars->barSets()[0]->at(3), 1.0); // completed
    EXPECT_DOUBLE_EQ(bars->barSets()[1]->at(3), 5.0); // open, not overdue
    EXPECT_DOUBLE_EQ(bars->barSets()[2]->at(3), 0.0); // overdue
}

TEST_F(Charts, ExportsAreValidAndKeepTheChineseText)
{
    QTemporaryDir dir;
    auto chart = ChartFactory::create(QStringLiteral("units"), m_stats);
    const QSizeF size = ChartFactory::preferredSize(QStringLiteral("units"), m_stats, {});

    const QString png = dir.filePath(QStringLiteral("units.png"));
    ASSERT_TRUE(ChartExporter::write(*chart, size, png, ChartExporter::Format::Png, 192).ok());
    QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), qRound(size.width() * 2));
    EXPECT_EQ(image.dotsPerMeterX(), qRound(192 / 0.0254));
    // Something was drawn: the completed bars are green.
    bool green = false;
    for (int y = 0; y < image.height() && !green; y += 3)
        for (int x = 0; x < image.width() && !green; x += 3)
            green = image.pixelColor(x, y) == QColor(0x2e, 0x7d, 0x32);
    EXPECT_TRUE(green);

    const QString svg = dir.filePath(QStringLiteral("units.svg"));
    ASSERT_TRUE(ChartExporter::write(*chart, size, svg, ChartExporter::Format::Svg).ok());
    const QString svgText = QString::fromUtf8(readAll(svg));
    EXPECT_TRUE(svgText.startsWith(QStringLiteral("<?xml")));
    EXPECT_TRUE(svgText.contains(QStringLiteral(">住建局<"))) << "unit names are SVG text";
    EXPECT_TRUE(svgText.contains(QStringLiteral("Noto Sans CJK SC"))
        || svgText.contains(QStringLiteral("DejaVu Sans")));

    const QString pdf = dir.filePath(QStringLiteral("units.pdf"));
    ASSERT_TRUE(ChartExporter::write(*chart, size, pdf, ChartExporter::Format::Pdf).ok());
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("住建局"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("财政局"))) << text.toStdString();

    EXPECT_FALSE(ChartExporter::write(*chart, size, png, ChartExporter::Format::Png, 5000).ok());
}

TEST_F(Charts, ReportHoldsFiguresTablesAndPageNumbers)
{
    ReportWriter::Input input;
    input.charts = ChartFactory::reportCharts();
    input.stats = m_stats;
    auto alerts = AlertList::compute(*m_ledger, smallLedgerToday(), AlertSettings {});
    ASSERT_TRUE(alerts.ok());
    input.alerts = *alerts;
    auto problems = ReportData::load(*m_ledger, smallLedgerToday());
    ASSERT_TRUE(problems.ok()) << problems.error().toStdString();
    ASSERT_EQ(problems->size(), 8);
    EXPECT_EQ(problems->at(0).tasks.size(), 3);
    EXPECT_EQ(problems->at(0).tasks[1].leadUnits.size(), 2);
    // T8: the newest entry up to today, not the one of April.
    EXPECT_EQ(problems->at(3).tasks[0].progressDate, QDate(2024, 2, 14));
    input.problems = *problems;

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    qint64 calls = 0;
    auto pages = ReportWriter::writePdf(input, pdf, [&](qint64, qint64 total) {
        ++calls;
        EXPECT_EQ(total, 8);
    });
    ASSERT_TRUE(pages.ok()) << pages.error().toStdString();
    EXPECT_GE(*pages, 3);
    EXPECT_EQ(calls, 8);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    const QString text = pdfText(pdf);
    for (const QString &expected : { QStringLiteral("2024-03-15"), QStringLiteral("整改措施11"),
             QStringLiteral("按计划推进"), QStringLiteral("财政局"),
             QStringLiteral("2023年区委第一轮巡察"), QStringLiteral("Page %1").arg(*pages) })
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << text.toStdString();
}
