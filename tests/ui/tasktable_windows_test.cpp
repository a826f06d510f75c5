// The task table reads its ids in windows (the first ones, more as the user scrolls,
// the count in the background): in the window, on a generated ledger of a few
// thousand tasks, what the user sees after scrolling past the first window stays
// right through sorts both ways, a filter and a selection, a reload, a double-click
// in the alerts dock on a task the table has not fetched, and an edit of a fetched
// row.
#include "search/taskquery.h"
#include "stats/alert.h"
#include "tests/support/genledgerfile.h"
#include "tests/support/templedger.h"
#include "ui/tasks/filterbar.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

constexpr int generatedTasks = 3000;

class TaskTableWindows : public ::testing::Test
{
protected:
    void SetUp() override
    {
        RECTIFY_SQLITE_ONLY("a generated ledger file");
        m_path = m_dir.filePath(QStringLiteral("province.sqlite"));
        ASSERT_EQ(generateLedger(m_path, generatedTasks), QString());
        auto ledger = std::make_unique<Ledger>();
        ledger->setActor(QStringLiteral("tester"));
        ledger->setClock(&fixedNow);
        ASSERT_TRUE(ledger->open(m_path, Ledger::OpenMode::ExistingOnly).ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger));
        m_window->resize(1600, 1000);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->isStartupFinished(); }, 20000));
    }

    void TearDown() override { m_window.reset(); }

    TaskTableModel *model() { return m_window->taskModel(); }
    QTableView *view() { return m_window->taskView(); }

    // The whole list in the table's order, read at once: the reference.
    QVector<qint64> reference(const TaskFilter &filter, const TaskSort &sort = {})
    {
        auto ids = TaskQuery(m_window->today(), AlertSettings::fromLedger(m_window->ledger()))
                       .idsSortedInSql(m_window->ledger(), filter, sort);
        EXPECT_TRUE(ids.ok());
        return ids ? *ids : QVector<qint64>();
    }

    // Scrolls to the end of the list as the user would, until `rows` are there.
    void scrollUntil(int rows)
    {
        for (int guard = 0; guard < 50 && model()->rowCount() < rows; ++guard) {
            view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
            QApplication::processEvents();
        }
        ASSERT_GE(model()->rowCount(), rows);
    }

    void clickRow(int row)
    {
        const QModelIndex index = model()->index(row, TaskTableModel::MeasureColumn);
        view()->scrollTo(index);
        QApplication::processEvents();
        QTest::mouseClick(
            view()->viewport(), Qt::LeftButton, {}, view()->visualRect(index).center());
        QApplication::processEvents();
    }

    void clickHeader(int column)
    {
        QHeaderView *header = view()->horizontalHeader();
        ASSERT_FALSE(header->isSectionHidden(column));
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QApplication::processEvents();
    }

    // What the table shows in its fetched rows is the reference's beginning.
    void expectShown(const QVector<qint64> &want, const char *what)
    {
        ASSERT_LE(model()->rowCount(), want.size()) << what;
        for (int row = 0; row < model()->rowCount(); ++row) {
            ASSERT_EQ(model()->taskId(row), want.at(row)) << what << ", row " << row;
        }
        // The cells the user sees are read for those tasks.
        const int last = model()->rowCount() - 1;
        auto task = m_window->ledger().task(want.at(last));
        ASSERT_TRUE(task.ok());
        EXPECT_EQ(
            model()->index(last, TaskTableModel::MeasureColumn).data().toString(), task->measure)
            << what;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(TaskTableWindows, FirstWindowThenMoreAsTheUserScrollsAndTheCountFollows)
{
    EXPECT_EQ(model()->rowCount(), TaskTableModel::firstWindow);
    EXPECT_TRUE(model()->canFetchMore(QModelIndex()));
    scrollUntil(TaskTableModel::firstWindow + 1);
    expectShown(reference(TaskFilter()), "scrolled");
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->totalCount() >= 0; }, 20000));
    EXPECT_EQ(model()->totalCount(), generatedTasks);
}

TEST_F(TaskTableWindows, SortBothWaysAfterScrollingPastTheFirstWindow)
{
    scrollUntil(TaskTableModel::firstWindow + 1);
    const int fetched = model()->rowCount();
    clickHeader(TaskTableModel::DeadlineColumn);
    ASSERT_EQ(model()->sort().key, TaskSortKey::Deadline);
    const bool firstWay = model()->sort().descending;
    EXPECT_EQ(model()->rowCount(), fetched) << "a sort keeps the rows the view had";
    expectShown(reference(TaskFilter(), { TaskSortKey::Deadline, firstWay }), "first click");
    // Further down the new order: the next windows continue it.
    scrollUntil(model()->rowCount() + 1);
    expectShown(reference(TaskFilter(), { TaskSortKey::Deadline, firstWay }), "scrolled on");

    clickHeader(TaskTableModel::DeadlineColumn);
    ASSERT_EQ(model()->sort().key, TaskSortKey::Deadline);
    EXPECT_NE(model()->sort().descending, firstWay);
    const QVector<qint64> other = reference(TaskFilter(), { TaskSortKey::Deadline, !firstWay });
    expectShown(other, "second click");
    // The deadline the user sees at the bottom is that task's.
    const int last = model()->rowCount() - 1;
    auto task = m_window->ledger().task(other.at(last));
    ASSERT_TRUE(task.ok());
    if (!task->longTerm && task->deadline.isValid()) {
        EXPECT_EQ(model()->index(last, TaskTableModel::DeadlineColumn).data().toString(),
            task->deadline.toString(Qt::ISODate));
    }
}

TEST_F(TaskTableWindows, FilterThenSelectBeyondTheFirstWindowAndKeepItThroughAnotherFilter)
{
    // A task far down the whole list, selected; then a filter that still holds it:
    // the selection stays on it although the filtered list has read only its start.
    scrollUntil(2 * TaskTableModel::firstWindow + 1);
    const int row = 2 * TaskTableModel::firstWindow - 3;
    clickRow(row);
    const qint64 id = model()->taskId(row);
    ASSERT_NE(id, 0);
    EXPECT_EQ(m_window->currentTaskId(), id);
    auto task = m_window->ledger().task(id);
    ASSERT_TRUE(task.ok());
    QComboBox *status = m_window->filterBar()->statusBox();
    int choice = -1;
    for (int i = 1; i < status->count(); ++i) {
        if (status->itemText(i) == taskStatusLabel(task->status))
            choice = i;
    }
    ASSERT_GE(choice, 1) << "a status choice for the task's own";
    status->setCurrentIndex(choice);
    QApplication::processEvents();
    const TaskFilter filter = model()->filter();
    ASSERT_FALSE(filter.statuses.isEmpty());
    const QVector<qint64> want = reference(filter);
    const int at = int(want.indexOf(id));
    ASSERT_GE(at, 0);
    EXPECT_EQ(m_window->currentTaskId(), id);
    EXPECT_EQ(view()->currentIndex().row(), at);
    EXPECT_EQ(m_window->detailPane()->taskId(), id);
    expectShown(want, "filtered");

    // Then the user scrolls on and clicks a task further down the filtered list.
    scrollUntil(at + TaskTableModel::firstWindow);
    const int further = model()->rowCount() - 2;
    clickRow(further);
    EXPECT_EQ(m_window->currentTaskId(), want.at(further));
    EXPECT_EQ(m_window->detailPane()->taskId(), want.at(further));
}

TEST_F(TaskTableWindows, SelectionKeptAcrossAReloadBeyondTheFirstWindowAndAnEditShows)
{
    scrollUntil(2 * TaskTableModel::firstWindow);
    const int row = TaskTableModel::firstWindow + 37;
    clickRow(row);
    const qint64 id = model()->taskId(row);
    ASSERT_EQ(m_window->currentTaskId(), id);
    // Another fetched row, changed by another program, then the window refreshes.
    const int edited = TaskTableModel::firstWindow + 60;
    const qint64 editedId = model()->taskId(edited);
    {
        Ledger other;
        other.setActor(QStringLiteral("另一位"));
        ASSERT_TRUE(other.open(m_path, Ledger::OpenMode::ExistingOnly).ok());
        auto task = other.task(editedId);
        ASSERT_TRUE(task.ok());
        task->measure = QStringLiteral("窗口外修改的整改措施");
        const Status updated = other.updateTask(*task);
        ASSERT_TRUE(updated.ok()) << updated.error().toStdString();
    }
    m_window->refresh();
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentTaskId(), id);
    EXPECT_EQ(view()->currentIndex().row(), row);
    EXPECT_EQ(model()->index(edited, TaskTableModel::MeasureColumn).data().toString(),
        QStringLiteral("窗口外修改的整改措施"));
    EXPECT_EQ(model()->taskId(edited), editedId);
}

TEST_F(TaskTableWindows, AlertsDockDoubleClickSelectsATaskTheTableHasNotFetched)
{
    // The dock lists red and yellow tasks by urgency; the table is in ledger order
    // and has its first window only: find a dock task far beyond it.
    ASSERT_EQ(model()->rowCount(), TaskTableModel::firstWindow);
    const QVector<qint64> ledgerOrder = reference(TaskFilter());
    TaskTableModel *alerts = m_window->alertModel();
    int dockRow = -1;
    for (int r = 0; r < alerts->rowCount() && dockRow < 0; ++r) {
        if (ledgerOrder.indexOf(alerts->taskId(r)) > 3 * TaskTableModel::firstWindow)
            dockRow = r;
    }
    ASSERT_GE(dockRow, 0) << "an urgent task far down the ledger";
    const qint64 id = alerts->taskId(dockRow);
    const int want = int(ledgerOrder.indexOf(id));
    QTableView *dockView = m_window->alertView();
    if (auto *dock = qobject_cast<QDockWidget *>(dockView->parentWidget()))
        dock->show();
    QApplication::processEvents();
    ASSERT_TRUE(dockView->isVisible());
    const QModelIndex cell = alerts->index(dockRow, TaskTableModel::MeasureColumn);
    dockView->scrollTo(cell);
    QApplication::processEvents();
    QTest::mouseClick(
        dockView->viewport(), Qt::LeftButton, {}, dockView->visualRect(cell).center());
    QTest::mouseDClick(
        dockView->viewport(), Qt::LeftButton, {}, dockView->visualRect(cell).center());
    QApplication::processEvents();
    EXPECT_EQ(m_window->currentTaskId(), id);
    EXPECT_EQ(view()->currentIndex().row(), want);
    EXPECT_EQ(m_window->detailPane()->taskId(), id);
    expectShown(ledgerOrder, "fetched up to the dock's task");
    // Fetched up to it, not every id of the ledger.
    EXPECT_LT(model()->rowCount(), generatedTasks);
}
