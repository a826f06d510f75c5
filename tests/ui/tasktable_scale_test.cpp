// The task table on a generated ledger of a few thousand tasks: rows read a page at
// a time stay right at the edges of the pages and after pages were dropped, sorts
// and filters agree with the SQL reference, the selection follows its task through
// a sort, an edit shows in the row; and the window's alerts dock and counts, read
// in the background after the first paint, are those the window's own connection
// reads.
#include "search/taskquery.h"
#include "stats/alert.h"
#include "tests/support/genledgerfile.h"
#include "tests/support/templedger.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

constexpr int generatedTasks = 4500; // more than the model keeps in memory
const QDate day(2024, 3, 15);

class TaskTableScale : public ::testing::Test
{
protected:
    void SetUp() override
    {
        RECTIFY_SQLITE_ONLY("a generated ledger file");
        m_path = m_dir.filePath(QStringLiteral("province.sqlite"));
        ASSERT_EQ(generateLedger(m_path, generatedTasks), QString());
        ASSERT_TRUE(m_ledger.open(m_path, Ledger::OpenMode::ExistingOnly).ok());
        m_ledger.setActor(QStringLiteral("tester"));
        m_ledger.setClock(&fixedNow);
        m_settings = AlertSettings::fromLedger(m_ledger);
    }

    // The rows the model shows, read at once in one query: the reference.
    QVector<TaskRow> reference(const TaskFilter &filter, const TaskSort &sort = {})
    {
        const TaskQuery q(day, m_settings);
        auto ids = q.idsSortedInSql(m_ledger, filter, sort);
        EXPECT_TRUE(ids.ok());
        auto rows = q.rows(m_ledger, ids ? *ids : QVector<qint64>());
        EXPECT_TRUE(rows.ok());
        return rows ? *rows : QVector<TaskRow>();
    }

    QTemporaryDir m_dir;
    QString m_path;
    Ledger m_ledger;
    AlertSettings m_settings;
};

// Every window, as a view scrolled to the end would fetch them.
void fetchAll(TaskTableModel &model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

void expectSameRow(const TaskTableModel &model, int row, const TaskRow &want)
{
    const TaskRow *got = model.rowAt(row);
    ASSERT_TRUE(got) << "row " << row;
    EXPECT_EQ(got->id, want.id) << "row " << row;
    EXPECT_EQ(got->measure, want.measure) << "row " << row;
    EXPECT_EQ(got->deadline, want.deadline) << "row " << row;
    EXPECT_EQ(int(got->alert.level), int(want.alert.level)) << "row " << row;
    EXPECT_EQ(model.index(row, TaskTableModel::MeasureColumn).data().toString(), want.measure);
}

} // namespace

TEST_F(TaskTableScale, RowsAreRightAtPageEdgesAndAfterPagesWereDropped)
{
    TaskTableModel model(m_ledger);
    model.configure(day, m_settings, TaskFilter());
    const QVector<TaskRow> want = reference(TaskFilter());
    // Only the first window is read at first; the rest as the view asks for it.
    ASSERT_EQ(model.rowCount(), TaskTableModel::firstWindow);
    ASSERT_TRUE(model.canFetchMore(QModelIndex()));
    fetchAll(model);
    ASSERT_EQ(model.rowCount(), generatedTasks);
    EXPECT_EQ(model.totalCount(), generatedTasks);
    ASSERT_EQ(want.size(), generatedTasks);
    // More pages than the model keeps: the first ones are dropped on the way down.
    ASSERT_GT(generatedTasks / TaskTableModel::pageSize, TaskTableModel::maxPages);
    const int size = TaskTableModel::pageSize;
    for (int page = 0; page * size < generatedTasks; ++page) {
        for (int row : { page * size, page * size + size - 1 }) {
            if (row < generatedTasks)
                expectSameRow(model, row, want.at(row));
        }
    }
    // Back to the top (dropped and read again), then the last row and past it.
    expectSameRow(model, 0, want.at(0));
    expectSameRow(model, size, want.at(size));
    expectSameRow(model, generatedTasks - 1, want.constLast());
    EXPECT_EQ(model.rowAt(generatedTasks), nullptr);
    EXPECT_EQ(model.rowAt(-1), nullptr);
    EXPECT_EQ(model.taskId(generatedTasks), 0);
    for (int row : { 0, size - 1, size, 2 * size + 7, generatedTasks - 1 })
        EXPECT_EQ(model.rowOfTask(want.at(row).id), row);
}

TEST_F(TaskTableScale, SortsAndFiltersAgreeWithTheSqlOrderOverThePages)
{
    TaskTableModel model(m_ledger);
    model.configure(day, m_settings, TaskFilter());
    fetchAll(model); // a sort keeps the rows fetched
    for (const auto &[column, key] :
        { std::pair { int(TaskTableModel::DeadlineColumn), TaskSortKey::Deadline },
            std::pair { int(TaskTableModel::AlertColumn), TaskSortKey::Alert },
            std::pair { int(TaskTableModel::StatusColumn), TaskSortKey::StatusKey },
            std::pair { int(TaskTableModel::LeadUnitColumn), TaskSortKey::LeadUnit } }) {
        for (const bool descending : { false, true }) {
            model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            const QVector<TaskRow> want = reference(TaskFilter(), TaskSort { key, descending });
            ASSERT_EQ(model.rowCount(), want.size());
            for (int row : { 0, 99, 100, 2199, 2200, generatedTasks - 1 })
                EXPECT_EQ(model.taskId(row), want.at(row).id)
                    << "column " << column << (descending ? " desc" : " asc") << ", row " << row;
        }
    }
    model.sort(-1);
    TaskFilter redAndYellow;
    redAndYellow.alerts = { AlertLevel::Red, AlertLevel::Yellow };
    model.setFilter(redAndYellow);
    fetchAll(model);
    const QVector<TaskRow> want = reference(redAndYellow);
    ASSERT_EQ(model.rowCount(), want.size());
    ASSERT_GT(want.size(), TaskTableModel::pageSize);
    for (int row = 0; row < want.size(); ++row) {
        const TaskRow *got = model.rowAt(row);
        ASSERT_TRUE(got);
        EXPECT_EQ(got->id, want.at(row).id);
        EXPECT_TRUE(got->alert.level == AlertLevel::Red || got->alert.level == AlertLevel::Yellow)
            << "row " << row;
    }
}

TEST_F(TaskTableScale, SelectionFollowsItsTaskThroughASortAndAnEditShowsInItsRow)
{
    TaskTableModel model(m_ledger);
    model.configure(day, m_settings, TaskFilter());
    QItemSelectionModel selection(&model);
    while (model.rowCount() < 3 * TaskTableModel::pageSize && model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    // On the third page, the first task that is not signed off (those are read-only).
    int row = 2 * TaskTableModel::pageSize;
    while (model.rowAt(row) && model.rowAt(row)->status == TaskStatus::Closed)
        ++row;
    ASSERT_LT(row, 3 * TaskTableModel::pageSize);
    const qint64 id = model.taskId(row);
    selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel::SelectCurrent);
    model.sort(TaskTableModel::DeadlineColumn, Qt::DescendingOrder);
    ASSERT_TRUE(selection.currentIndex().isValid());
    EXPECT_EQ(model.taskId(selection.currentIndex().row()), id);
    EXPECT_EQ(selection.currentIndex().row(), model.rowOfTask(id));
    model.sort(-1);
    EXPECT_EQ(selection.currentIndex().row(), row);

    // The row's page is in memory; an edit and a reload show the new text.
    ASSERT_TRUE(model.rowAt(row));
    auto task = m_ledger.task(id);
    ASSERT_TRUE(task.ok());
    task->measure = QStringLiteral("在第三页边上修改的整改措施");
    const Status updated = m_ledger.updateTask(*task);
    ASSERT_TRUE(updated.ok()) << updated.error().toStdString();
    model.reload();
    EXPECT_EQ(model.index(row, TaskTableModel::MeasureColumn).data().toString(),
        QStringLiteral("在第三页边上修改的整改措施"));
    EXPECT_EQ(model.taskId(row), id);
}

TEST_F(TaskTableScale, TheCountIsReadInTheBackgroundAndAStaleOneIsDropped)
{
    TaskTableModel model(m_ledger);
    model.setCountInBackgroundFrom(0); // as on a large ledger
    QVector<qint64> announced;
    QObject::connect(
        &model, &TaskTableModel::totalCountChanged, [&](qint64 total) { announced << total; });
    model.configure(day, m_settings, TaskFilter());
    EXPECT_EQ(model.rowCount(), TaskTableModel::firstWindow);
    EXPECT_EQ(model.totalCount(), -1) << "not counted on the model's thread";
    model.waitForCount();
    EXPECT_EQ(model.totalCount(), generatedTasks);
    // Two filters in a row: the count of the first, if it comes last, is not shown.
    TaskFilter open;
    open.statuses = { TaskStatus::NotStarted, TaskStatus::InProgress };
    TaskFilter redAndYellow;
    redAndYellow.alerts = { AlertLevel::Red, AlertLevel::Yellow };
    model.setFilter(open);
    model.setFilter(redAndYellow);
    EXPECT_EQ(model.totalCount(), -1);
    model.waitForCount();
    EXPECT_EQ(model.totalCount(), reference(redAndYellow).size());
    EXPECT_EQ(announced.constLast(), model.totalCount());
    EXPECT_FALSE(announced.contains(qint64(reference(open).size())));
    // Another order of the same tasks keeps the count: nothing is counted again.
    const qsizetype announcements = announced.size();
    model.sort(TaskTableModel::DeadlineColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.totalCount(), reference(redAndYellow).size());
    model.waitForCount();
    EXPECT_EQ(announced.size(), announcements);
    // Fetching to the end knows the total without a count.
    fetchAll(model);
    EXPECT_EQ(model.totalCount(), model.rowCount());
}

TEST_F(TaskTableScale, AdoptedIdsShowTheSameRowsAsAModelThatReadThem)
{
    TaskFilter redAndYellow;
    redAndYellow.alerts = { AlertLevel::Red, AlertLevel::Yellow };
    const TaskSort byAlert { TaskSortKey::Alert };
    TaskTableModel read(m_ledger);
    read.configure(day, m_settings, redAndYellow, byAlert);
    fetchAll(read);
    auto ids = TaskQuery(day, m_settings).ids(m_ledger, redAndYellow, byAlert);
    ASSERT_TRUE(ids.ok());
    // The one-pass read the window does in the background gives the same ids and
    // the same counts as the two queries.
    auto overview = TaskQuery(day, m_settings).alertOverview(m_ledger, redAndYellow.alerts);
    ASSERT_TRUE(overview.ok());
    EXPECT_EQ(overview->ids, *ids);
    auto counts = TaskQuery(day, m_settings).countByAlert(m_ledger);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(overview->counts, *counts);
    TaskTableModel adopted(m_ledger);
    adopted.adopt(day, m_settings, redAndYellow, byAlert, overview->ids);
    ASSERT_EQ(adopted.rowCount(), read.rowCount());
    for (int row = 0; row < read.rowCount(); ++row) {
        EXPECT_EQ(adopted.index(row, TaskTableModel::AlertColumn).data().toString(),
            read.index(row, TaskTableModel::AlertColumn).data().toString());
        EXPECT_EQ(adopted.taskId(row), read.taskId(row));
    }
    // Adopted settings are the model's own: asking for the same order reads nothing.
    adopted.sort(TaskTableModel::AlertColumn, Qt::AscendingOrder);
    EXPECT_EQ(adopted.taskId(0), read.taskId(0));
    EXPECT_EQ(adopted.filter(), redAndYellow);
}

TEST_F(TaskTableScale, WindowReadsItsAlertsAndCountsInTheBackground)
{
    auto ledger = std::make_unique<Ledger>();
    ledger->setActor(QStringLiteral("tester"));
    ledger->setClock(&fixedNow);
    ASSERT_TRUE(ledger->open(m_path, Ledger::OpenMode::ExistingOnly).ok());
    MainWindow w(std::move(ledger));
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    // The task table's first window is there with the first paint, and the count
    // of all its tasks follows.
    EXPECT_EQ(w.taskModel()->rowCount(), TaskTableModel::firstWindow);
    auto *listed = w.statusBar()->findChild<QLabel *>(QStringLiteral("shownCount"));
    ASSERT_TRUE(listed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.taskModel()->totalCount() >= 0; }, 20000));
    EXPECT_EQ(w.taskModel()->totalCount(), generatedTasks);
    EXPECT_TRUE(listed->text().contains(QString::number(generatedTasks)))
        << listed->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.isStartupFinished(); }, 20000));

    TaskFilter redAndYellow;
    redAndYellow.alerts = { AlertLevel::Red, AlertLevel::Yellow };
    const TaskQuery q(w.today(), m_settings);
    auto want = q.ids(m_ledger, redAndYellow, TaskSort { TaskSortKey::Alert });
    ASSERT_TRUE(want.ok());
    ASSERT_FALSE(want->isEmpty());
    ASSERT_EQ(w.alertModel()->rowCount(), want->size());
    for (int row = 0; row < want->size(); ++row)
        EXPECT_EQ(w.alertModel()->taskId(row), want->at(row));
    auto counts = q.countByAlert(m_ledger);
    ASSERT_TRUE(counts.ok());
    QStringList labels;
    for (const QLabel *label : w.statusBar()->findChildren<QLabel *>())
        labels << label->text();
    const QString shown = labels.join(QLatin1Char('|'));
    EXPECT_TRUE(shown.contains(QStringLiteral("%1 tasks").arg(generatedTasks))
        || shown.contains(QStringLiteral("%1 个任务").arg(generatedTasks)))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QString::number(counts->value(AlertLevel::Red))))
        << shown.toStdString();
    // Asking again reads nothing more and changes nothing.
    w.finishStartup();
    EXPECT_EQ(w.alertModel()->rowCount(), want->size());
}
