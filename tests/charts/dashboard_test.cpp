// The dashboard on the hand-made ledger, offscreen.
#include "tests/stats/smallledger.h"
#include "tests/support/templedger.h"
#include "ui/dashboard/dashboardwidget.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPieSeries>
#include <QPieSlice>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

class Dashboard : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(fillSmallLedger(*m_ledger));
        m_widget = std::make_unique<DashboardWidget>(*m_ledger);
        m_widget->resize(1400, 1000);
        m_widget->setAsOf(smallLedgerToday());
    }
    TempLedger m_ledger;
    std::unique_ptr<DashboardWidget> m_widget;
};

} // namespace

TEST_F(Dashboard, ShowsTheFiguresAsOfTheChosenDay)
{
    EXPECT_EQ(m_widget->statistics().tasks.overdue, 1);
    EXPECT_TRUE(m_widget->summaryText().contains(QStringLiteral("28.6%")))
        << m_widget->summaryText().toStdString();
    for (const char *name : { "status", "units", "leaders", "problems", "burnup" })
        EXPECT_NE(m_widget->chart(QString::fromLatin1(name)), nullptr) << name;

    // A later day: T2, T4 and T5 are overdue too.
    m_widget->setAsOf(QDate(2024, 3, 24));
    EXPECT_EQ(m_widget->statistics().tasks.overdue, 4);
}

TEST_F(Dashboard, FiltersNarrowTheStatistics)
{
    int changed = 0;
    QObject::connect(m_widget.get(), &DashboardWidget::filterChanged, [&] { ++changed; });
    auto *unit = m_widget->findChildren<QComboBox *>().at(2);
    const int index = unit->findData(QStringLiteral("财政局"));
    ASSERT_GE(index, 0);
    unit->setCurrentIndex(index);
    EXPECT_EQ(changed, 1);
    EXPECT_EQ(m_widget->filter().unit, QStringLiteral("财政局"));
    EXPECT_EQ(m_widget->statistics().tasks.total, 4);

    StatsFilter none;
    m_widget->setFilter(none);
    EXPECT_EQ(m_widget->statistics().tasks.total, 14);
    EXPECT_EQ(unit->currentIndex(), 0);
}

TEST_F(Dashboard, ClickingABarOrASliceAsksForThoseTasks)
{
    qRegisterMetaType<DashboardSelection>();
    QVector<DashboardSelection> got;
    QObject::connect(m_widget.get(), &DashboardWidget::tasksRequested,
        [&](const DashboardSelection &s) { got.append(s); });

    QChart *units = m_widget->chart(QStringLiteral("units"));
    auto *bars = qobject_cast<QAbstractBarSeries *>(units->series().first());
    ASSERT_NE(bars, nullptr);
    // The last category is the unit with most tasks (bars run bottom-up).
    Q_EMIT bars->clicked(3, bars->barSets().first());
    ASSERT_EQ(got.size(), 1);
    EXPECT_EQ(got[0].kind, DashboardSelection::Kind::LeadUnit);
    EXPECT_EQ(got[0].name, QStringLiteral("住建局"));
    EXPECT_EQ(got[0].asOf, smallLedgerToday());

    QChart *status = m_widget->chart(QStringLiteral("status"));
    auto *pie = qobject_cast<QPieSeries *>(status->series().first());
    ASSERT_NE(pie, nullptr);
    Q_EMIT pie->clicked(pie->slices().at(1));
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[1].kind, DashboardSelection::Kind::TaskStatus);
    EXPECT_EQ(got[1].key, QStringLiteral("in_progress"));

    QChart *problems = m_widget->chart(QStringLiteral("problems"));
    auto *pbars = qobject_cast<QAbstractBarSeries *>(problems->series().first());
    Q_EMIT pbars->clicked(0, pbars->barSets().first());
    ASSERT_EQ(got.size(), 3);
    EXPECT_EQ(got[2].kind, DashboardSelection::Kind::Problem);
    EXPECT_GT(got[2].problemId, 0);
}

TEST_F(Dashboard, ExportsItselfToOnePdfPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.pdf"));
    m_widget->show();
    ASSERT_TRUE(m_widget->exportPdf(path).ok());
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(
        pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    if (!qEnvironmentVariableIsEmpty("RECTIFY_SCREENSHOT"))
        m_widget->grab().save(qEnvironmentVariable("RECTIFY_SCREENSHOT"));
}

TEST_F(Dashboard, LargeLedgersAreReadInTheBackground)
{
    int shown = 0;
    QObject::connect(m_widget.get(), &DashboardWidget::refreshed, [&] { ++shown; });
    m_widget->setBackgroundFrom(0); // every ledger is large
    m_widget->setAsOf(QDate(2024, 3, 24)); // reads again: T2, T4 and T5 are overdue too
    EXPECT_TRUE(m_widget->isReading());
    EXPECT_EQ(m_widget->statistics().tasks.overdue, 1) << "the previous figures until then";
    QElapsedTimer wait;
    wait.start();
    while (m_widget->isReading() && wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ASSERT_FALSE(m_widget->isReading());
    EXPECT_EQ(shown, 1);
    EXPECT_EQ(m_widget->statistics().tasks.overdue, 4);
    EXPECT_TRUE(m_widget->summaryText().contains(QStringLiteral("Overdue 4")))
        << m_widget->summaryText().toStdString();

    // A read on this thread makes a background read still under way out of date.
    m_widget->setAsOf(smallLedgerToday());
    EXPECT_TRUE(m_widget->isReading());
    m_widget->setAsOf(QDate(2024, 3, 24));
    m_widget->refreshNow();
    EXPECT_FALSE(m_widget->isReading());
    wait.restart();
    while (wait.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(m_widget->statistics().tasks.overdue, 4) << "the older read was dropped";
}
