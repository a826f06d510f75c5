// The dashboard tab of the main window: built when first shown, refreshed only
// while shown, clicks that filter the task list, and the File-menu exports.
#include "sample/sampleledger.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"
#include "ui/dashboard/dashboardtab.h"
#include "ui/dashboard/dashboardwidget.h"
#include "ui/tasks/filterbar.h"
#include "ui/tasks/ledgereditor.h"
#include "ui/tasks/problemlistmodel.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressDialog>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15);

class DashboardTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeSampleLedger(*m_seed, today).ok());
        auto ledger = std::make_unique<Ledger>();
        ledger->setActor(QStringLiteral("tester"));
        ledger->setClock(&fixedNow);
        ASSERT_TRUE(ledger->open(m_seed.path()).ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    DashboardTab &tab() { return *m_window->dashboardTab(); }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto q = SqlAccess::exec(*m_seed, sql, values);
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().toStdString());
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }

    // The task ids the table shows, sorted.
    QVector<qint64> shownTasks()
    {
        QVector<qint64> ids;
        TaskTableModel *m = m_window->taskModel();
        for (int row = 0; row < m->rowCount(); ++row)
            ids << m->taskId(row);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QVector<qint64> ids(const QString &sql, const QVariantList &values = {})
    {
        QVector<qint64> out;
        auto q = SqlAccess::exec(*m_seed, sql, values);
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().toStdString());
        while (q.ok() && q->next())
            out << q->value(0).toLongLong();
        std::sort(out.begin(), out.end());
        return out;
    }

    TempLedger m_seed;
    std::unique_ptr<MainWindow> m_window;
};

QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *menu : bar->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *a : menu->menu()->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

QAbstractBarSeries *barSeries(QChart *chart)
{
    return chart ? qobject_cast<QAbstractBarSeries *>(chart->series().value(0)) : nullptr;
}

const char *const leadOverdueSql
    = "SELECT t.id FROM tasks t JOIN responsibilities r ON r.task_id = t.id "
      "AND r.role = 'lead_unit' JOIN units u ON u.id = r.unit_id WHERE u.name = ? "
      "AND t.status NOT IN ('completed', 'closed') AND t.long_term = 0 AND t.deadline < ?";

} // namespace

TEST_F(DashboardTabTest, TabAndMenusAreThereAndTheDashboardIsBuiltWhenShown)
{
    QTabWidget *tabs = tab().tabs();
    ASSERT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("Dashboard"));
    EXPECT_EQ(tabs->currentIndex(), 0);
    // Nothing read for the dashboard while the lists are shown.
    EXPECT_FALSE(tab().isDashboardBuilt());

    QAction *view = menuAction(m_window->menuBar(), QStringLiteral("&Dashboard"));
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->shortcut(), QKeySequence(Qt::Key_F9));
    QAction *print = menuAction(m_window->menuBar(), QStringLiteral("&Print the Progress Report…"));
    ASSERT_NE(print, nullptr);
    // Ctrl+P prints what is shown: the task list while the lists are shown.
    EXPECT_TRUE(print->shortcut().isEmpty());
    EXPECT_NE(menuAction(m_window->menuBar(), QStringLiteral("Export &Report (PDF)…")), nullptr);
    EXPECT_NE(menuAction(m_window->menuBar(), QStringLiteral("Export C&harts…")), nullptr);

    // F9 shows the dashboard, on the window's day.
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    EXPECT_EQ(tabs->currentIndex(), 1);
    // On the dashboard, Ctrl+P prints the progress report.
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
    ASSERT_TRUE(tab().isDashboardBuilt());
    DashboardWidget *d = tab().dashboard();
    EXPECT_TRUE(d->isVisible());
    EXPECT_EQ(d->asOf(), today);
    EXPECT_EQ(d->statistics().tasks.total, count(QStringLiteral("SELECT COUNT(*) FROM tasks")));
    EXPECT_TRUE(view->isChecked());
    QTest::keyClick(m_window.get(), Qt::Key_F9);
    EXPECT_EQ(tabs->currentIndex(), 0);
}

TEST(DashboardTabStart, AlertsAndCountsFollowAWindowOpenedOnTheDashboard)
{
    TempLedger seed;
    ASSERT_TRUE(writeSampleLedger(*seed, today).ok());
    auto ledger = std::make_unique<Ledger>();
    ledger->setClock(&fixedNow);
    ASSERT_TRUE(ledger->open(seed.path()).ok());
    MainWindow window(std::move(ledger));
    window.show();
    window.dashboardTab()->showDashboard(); // as `rectify --dashboard` does
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.isStartupFinished(); }, 5000));
    EXPECT_EQ(window.alertModel()->rowCount(), 7);
}

TEST_F(DashboardTabTest, SharesTheWindowsFilters)
{
    FilterBar *bar = m_window->filterBar();
    const int at = bar->categoryBox()->findText(QString::fromUtf8("作风建设"));
    ASSERT_GT(at, 0);
    bar->categoryBox()->setCurrentIndex(at);
    tab().showDashboard();
    DashboardWidget *d = tab().dashboard();
    EXPECT_EQ(d->filter().category, QString::fromUtf8("作风建设"));
    EXPECT_EQ(d->statistics().tasks.total,
        count(QStringLiteral("SELECT COUNT(*) FROM tasks t JOIN problems p ON p.id = t.problem_id "
                             "WHERE p.category = ?"),
            { QString::fromUtf8("作风建设") }));

    // A unit chosen on the dashboard filters the lists too: the tasks it leads.
    auto *unitBox = d->findChildren<QComboBox *>().at(2);
    const int unit = unitBox->findData(QString::fromUtf8("管委会办公室"));
    ASSERT_GT(unit, 0);
    unitBox->setCurrentIndex(unit);
    EXPECT_EQ(bar->filter().unit, QString::fromUtf8("管委会办公室"));
    EXPECT_TRUE(bar->filter().leadUnitOnly);
    EXPECT_TRUE(bar->leadUnitOnlyBox()->isChecked());
    EXPECT_EQ(bar->filter().category, QString::fromUtf8("作风建设"));
    EXPECT_EQ(d->statistics().tasks.total, 1);
    EXPECT_EQ(m_window->taskModel()->rowCount(), 1) << "it co-operates on the other task";
}

TEST_F(DashboardTabTest, ClickingASliceShowsThoseTasksInTheList)
{
    tab().showDashboard();
    DashboardWidget *d = tab().dashboard();
    auto *pie = qobject_cast<QPieSeries *>(d->chart(QStringLiteral("status"))->series().first());
    ASSERT_NE(pie, nullptr);
    QPieSlice *inProgress = nullptr;
    for (QPieSlice *s : pie->slices()) {
        if (s->property("key").toString() == QLatin1String("in_progress"))
            inProgress = s;
    }
    ASSERT_NE(inProgress, nullptr);
    Q_EMIT pie->clicked(inProgress);

    EXPECT_EQ(tab().tabs()->currentIndex(), 0);
    EXPECT_EQ(
        shownTasks(), ids(QStringLiteral("SELECT id FROM tasks WHERE status = 'in_progress'")));
    EXPECT_EQ(qint64(shownTasks().size()), qint64(inProgress->value()));
    // The filter bar says why, and clearing it shows everything again.
    EXPECT_EQ(m_window->filterBar()->statusBox()->currentText(), QStringLiteral("In progress"));
    m_window->filterBar()->clear();
    EXPECT_EQ(
        m_window->taskModel()->rowCount(), count(QStringLiteral("SELECT COUNT(*) FROM tasks")));
}

TEST_F(DashboardTabTest, ClickingTheOverduePartOfAUnitsBarShowsItsOverdueTasks)
{
    tab().showDashboard();
    DashboardWidget *d = tab().dashboard();
    QChart *units = d->chart(QStringLiteral("units"));
    QAbstractBarSeries *bars = barSeries(units);
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 3);
    QBarSet *overdue = bars->barSets().at(2);
    QBarSet *completed = bars->barSets().at(0);
    const QStringList names = units->property("categoryNames").toStringList();
    int index = -1;
    for (int i = 0; i < names.size(); ++i) {
        if (!names[i].isEmpty() && overdue->at(i) > 0)
            index = i;
    }
    ASSERT_GE(index, 0) << "the sample has overdue tasks";
    const QString unit = names[index];

    Q_EMIT bars->clicked(index, overdue);
    EXPECT_EQ(tab().tabs()->currentIndex(), 0);
    EXPECT_EQ(shownTasks(),
        ids(QString::fromLatin1(leadOverdueSql), { unit, today.toString(Qt::ISODate) }));
    EXPECT_EQ(qreal(shownTasks().size()), overdue->at(index));
    FilterBar *bar = m_window->filterBar();
    EXPECT_EQ(bar->unitBox()->currentText(), unit);
    EXPECT_TRUE(bar->leadUnitOnlyBox()->isChecked());
    EXPECT_EQ(bar->alertBox()->currentData().toList(), QVariantList { int(AlertLevel::Red) });

    // Back on the dashboard, it shares the unit now chosen in the list.
    tab().showDashboard();
    EXPECT_EQ(d->filter().unit, unit);
    // The completed part of the unit's bar: the tasks it led to completion.
    m_window->filterBar()->clear();
    tab().showDashboard();
    EXPECT_TRUE(d->filter().unit.isEmpty());
    units = d->chart(QStringLiteral("units")); // redrawn
    bars = barSeries(units);
    ASSERT_NE(bars, nullptr);
    completed = bars->barSets().at(0);
    index = int(units->property("categoryNames").toStringList().indexOf(unit));
    ASSERT_GE(index, 0);
    Q_EMIT bars->clicked(index, completed);
    EXPECT_EQ(qreal(shownTasks().size()), completed->at(index));
    for (int row = 0; row < m_window->taskModel()->rowCount(); ++row) {
        const QString status
            = m_window->taskModel()->index(row, TaskTableModel::StatusColumn).data().toString();
        EXPECT_TRUE(status == QStringLiteral("Completed") || status == QStringLiteral("Signed off"))
            << status.toStdString();
    }
}

TEST_F(DashboardTabTest, ClickingAProblemSelectsItInTheProblemList)
{
    tab().showDashboard();
    DashboardWidget *d = tab().dashboard();
    QChart *problems = d->chart(QStringLiteral("problems"));
    QAbstractBarSeries *bars = barSeries(problems);
    ASSERT_NE(bars, nullptr);
    const QVariantList problemIds = problems->property("problemIds").toList();
    ASSERT_FALSE(problemIds.isEmpty());
    const qint64 problem = problemIds.last().toLongLong();
    // The whole bar: every task of the problem (a click on the axis label side).
    Q_EMIT bars->clicked(int(problemIds.size() - 1), nullptr);
    EXPECT_EQ(m_window->currentProblemId(), problem);
    EXPECT_EQ(shownTasks(),
        ids(QStringLiteral("SELECT id FROM tasks WHERE problem_id = ?"), { problem }));
}

TEST_F(DashboardTabTest, RefreshesOnlyWhileShown)
{
    tab().showDashboard();
    DashboardWidget *d = tab().dashboard();
    const qint64 before = d->statistics().tasks.completed;
    tab().showLists();

    // Complete an open task while the lists are shown: the dashboard waits.
    const QVector<qint64> open
        = ids(QStringLiteral("SELECT id FROM tasks WHERE status = 'in_progress'"));
    ASSERT_FALSE(open.isEmpty());
    auto task = m_window->ledger().task(open.first());
    ASSERT_TRUE(task.ok());
    ASSERT_TRUE(m_window->editor().setTaskStatus(task->id, TaskStatus::Completed).ok());
    EXPECT_EQ(d->statistics().tasks.completed, before);

    tab().showDashboard();
    EXPECT_EQ(d->statistics().tasks.completed, before + 1);

    // While shown, an edit (here: undo) refreshes it at once.
    m_window->undoStack()->undo();
    EXPECT_EQ(d->statistics().tasks.completed, before);
}

TEST_F(DashboardTabTest, ExportsTheChartsAndTheReport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto files = tab().exportCharts(dir.filePath(QStringLiteral("charts")),
        { ChartExporter::Format::Png, ChartExporter::Format::Svg, ChartExporter::Format::Pdf },
        150);
    ASSERT_TRUE(files.ok()) << files.error().toStdString();
    EXPECT_EQ(files->size(), 15);
    for (const char *name : { "status", "units", "leaders", "problems", "burnup" }) {
        const QString base = dir.filePath(QStringLiteral("charts/%1").arg(QLatin1String(name)));
        QImage png(base + QStringLiteral(".png"));
        EXPECT_FALSE(png.isNull()) << name;
        EXPECT_GT(png.width(), 600) << name << ": 150 dpi is larger than the screen size";
        EXPECT_TRUE(readAll(base + QStringLiteral(".svg")).contains("<svg")) << name;
        EXPECT_TRUE(readAll(base + QStringLiteral(".pdf")).startsWith("%PDF")) << name;
    }
    // Chinese labels stay text in the SVG.
    EXPECT_TRUE(QString::fromUtf8(readAll(dir.filePath(QStringLiteral("charts/units.svg"))))
                    .contains(QString::fromUtf8("应急管理局")));

    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    Status written = tab().exportReport(report);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(readAll(report).startsWith("%PDF"));
    EXPECT_FALSE(QFile::exists(report + QStringLiteral(".part")));

    // A folder that cannot be written: the error names the file.
    const QString bad = dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    Status failed = tab().exportReport(bad);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("report.pdf")))
        << failed.error().toStdString();
    EXPECT_FALSE(QFile::exists(bad));

    if (!qEnvironmentVariableIsEmpty("RECTIFY_SCREENSHOT")) {
        m_window->resize(1500, 950);
        tab().showDashboard();
        QTest::qWait(50);
        m_window->grab().save(qEnvironmentVariable("RECTIFY_SCREENSHOT"));
    }
}

TEST_F(DashboardTabTest, ClickingALeadersBarShowsTheTasksHeAnswersFor)
{
    tab().showDashboard();
    QChart *leaders = tab().dashboard()->chart(QStringLiteral("leaders"));
    QAbstractBarSeries *bars = barSeries(leaders);
    ASSERT_NE(bars, nullptr);
    const QStringList names = leaders->property("categoryNames").toStringList();
    const int index = int(names.size()) - 1; // the leader with most tasks, on top
    ASSERT_FALSE(names.value(index).isEmpty());
    Q_EMIT bars->clicked(index, nullptr); // the whole bar
    EXPECT_EQ(m_window->filterBar()->leaderBox()->currentText(), names[index]);
    EXPECT_EQ(shownTasks(),
        ids(QStringLiteral("SELECT r.task_id FROM responsibilities r JOIN people pe ON pe.id = "
                           "r.person_id WHERE r.role = 'leader' AND pe.name = ?"),
            { names[index] }));
}

TEST_F(DashboardTabTest, ExportsCanBeCancelled)
{
    QTemporaryDir dir;
    // Press Cancel on the progress dialog as soon as it shows.
    const auto cancelSoon = [this] {
        QTimer::singleShot(0, m_window.get(), [this] {
            for (auto *dialog : m_window->findChildren<QProgressDialog *>())
                dialog->cancel();
        });
    };
    cancelSoon();
    auto files = tab().exportCharts(dir.path(), { ChartExporter::Format::Svg }, 96);
    ASSERT_FALSE(files.ok());
    EXPECT_TRUE(files.error().contains(QStringLiteral("cancelled"))) << files.error().toStdString();

    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    cancelSoon();
    Status written = tab().exportReport(report);
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().contains(QStringLiteral("report.pdf")))
        << written.error().toStdString();
    EXPECT_FALSE(QFile::exists(report));
    EXPECT_FALSE(QFile::exists(report + QStringLiteral(".part")));
}
