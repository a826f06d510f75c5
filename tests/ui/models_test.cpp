// The window's models over a real ledger, each under QAbstractItemModelTester.
#include "sample/sampleledger.h"
#include "search/taskquery.h"
#include "stats/statsquery.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"
#include "ui/tasks/ledgereditor.h"
#include "ui/tasks/problemlistmodel.h"
#include "ui/tasks/progressmodel.h"
#include "ui/tasks/responsibilitymodel.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15);
const auto failHard = QAbstractItemModelTester::FailureReportingMode::Fatal;

class ModelTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(writeSampleLedger(*m_ledger, today).ok()); }
    qint64 count(const QString &sql)
    {
        auto q = SqlAccess::exec(*m_ledger, sql);
        EXPECT_TRUE(q.ok());
        return q.ok() && q->next() ? q->value(0).toLongLong() : -1;
    }
    TempLedger m_ledger;
};

} // namespace

TEST_F(ModelTest, TaskTableShowsEveryTaskWithItsLight)
{
    TaskTableModel model(*m_ledger);
    QAbstractItemModelTester tester(&model, failHard);
    model.setToday(today);
    EXPECT_EQ(model.rowCount(), count(QStringLiteral("SELECT COUNT(*) FROM tasks")));
    EXPECT_EQ(model.columnCount(), TaskTableModel::ColumnCount);

    int red = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex alert = model.index(row, TaskTableModel::AlertColumn);
        const auto level = AlertLevel(alert.data(AlertLevelRole).toInt());
        EXPECT_EQ(alert.data(Qt::DecorationRole).value<QColor>(), alertColor(level));
        if (level == AlertLevel::Red) {
            ++red;
            const int days = alert.data(AlertDaysRole).toInt();
            EXPECT_LT(days, 0);
            EXPECT_EQ(alert.data().toString(),
                QStringLiteral("Overdue %1 day%2")
                    .arg(-days)
                    .arg(days == -1 ? QString() : QStringLiteral("s")));
        }
    }
    EXPECT_EQ(red, 4);
    EXPECT_FALSE(model.index(0, 0).data(Qt::DisplayRole).isNull());
    EXPECT_FALSE(model.data(model.index(model.rowCount(), 0)).isValid());
}

// The light of work that is done says how it ended: signed off, or completed after
// its deadline (超期完成), rather than a plain "Done" for all.
TEST_F(ModelTest, DoneTasksShowSignedOffAndCompletedLate)
{
    const auto open = [this](const char *status) {
        auto q = SqlAccess::exec(*m_ledger,
            QStringLiteral("SELECT id FROM tasks WHERE status = ? AND long_term = 0 AND deadline "
                           "IS NOT NULL ORDER BY id LIMIT 3"),
            { QString::fromLatin1(status) });
        QVector<qint64> ids;
        while (q && q->next())
            ids << q->value(0).toLongLong();
        return ids;
    };
    const QVector<qint64> working = open("in_progress");
    ASSERT_EQ(working.size(), 3);
    const auto finish = [this](qint64 id, TaskStatus status, int daysAfterDeadline) {
        auto t = m_ledger->task(id);
        ASSERT_TRUE(t.ok());
        const QDate on = t->deadline.addDays(daysAfterDeadline);
        ASSERT_TRUE(m_ledger
                        ->setTaskStatus(id, t->version, status, on,
                            status == TaskStatus::Closed ? on : QDate(), QString())
                        .ok());
    };
    finish(working[0], TaskStatus::Completed, 3); // three days late
    finish(working[1], TaskStatus::Closed, -1); // in time, signed off
    finish(working[2], TaskStatus::Closed, 10); // late, signed off

    TaskTableModel model(*m_ledger);
    QAbstractItemModelTester tester(&model, failHard);
    model.setToday(today);
    const auto light = [&model](qint64 id) {
        const int row = model.rowOfTask(id);
        EXPECT_GE(row, 0);
        return model.index(row, TaskTableModel::AlertColumn).data().toString();
    };
    EXPECT_EQ(light(working[0]), QStringLiteral("Completed late"));
    EXPECT_EQ(light(working[1]), QStringLiteral("Signed off"));
    EXPECT_EQ(light(working[2]), QStringLiteral("Signed off (completed late)"));
}

TEST_F(ModelTest, TaskTableFiltersAndSortsThroughTheStore)
{
    TaskTableModel model(*m_ledger);
    QAbstractItemModelTester tester(&model, failHard);
    model.setToday(today);
    TaskFilter f;
    f.text = QString::fromUtf8("招投标");
    model.setFilter(f);
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString problem = model.index(row, TaskTableModel::ProblemColumn).data().toString();
        const QString measure = model.index(row, TaskTableModel::MeasureColumn).data().toString();
        EXPECT_TRUE((problem + measure).contains(f.text)) << row;
    }

    model.setFilter({});
    const QModelIndex keep = model.index(3, 0);
    const QPersistentModelIndex persistent(keep);
    const qint64 id = model.taskId(3);
    model.sort(TaskTableModel::DeadlineColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.taskId(persistent.row()), id) << "persistent indexes follow their task";
    QDate previous;
    bool seenNone = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate d = model.index(row, TaskTableModel::DeadlineColumn).data(SortKeyRole).toDate();
        if (!d.isValid()) {
            seenNone = true;
            continue;
        }
        EXPECT_FALSE(seenNone) << "tasks without a deadline come last";
        if (previous.isValid()) {
            EXPECT_GE(previous, d);
        }
        previous = d;
    }
    model.sort(TaskTableModel::AlertColumn, Qt::AscendingOrder);
    EXPECT_EQ(AlertLevel(model.index(0, 0).data(AlertLevelRole).toInt()), AlertLevel::Red);
}

TEST_F(ModelTest, TaskTableReadsPagesLazily)
{
    // Enough tasks for several pages, more than the model may keep at once.
    // Written in one statement: the store's row-by-row API is needlessly slow here.
    const int extra = TaskTableModel::pageSize * (TaskTableModel::maxPages + 2);
    ASSERT_TRUE(SqlAccess::exec(*m_ledger,
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < ?) INSERT INTO tasks (problem_id, number, measure) "
                       "SELECT (SELECT MIN(id) FROM problems), 100 + i, 'bulk ' || i FROM n"),
        { extra })
                    .ok());
    TaskTableModel model(*m_ledger);
    model.setToday(today);
    const qint64 total = count(QStringLiteral("SELECT COUNT(*) FROM tasks"));
    // The ids come in windows: the first, then the rest as a view scrolls.
    ASSERT_EQ(model.rowCount(), TaskTableModel::firstWindow);
    EXPECT_EQ(model.totalCount(), total);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    ASSERT_EQ(model.rowCount(), total);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const TaskRow *r = model.rowAt(row);
        ASSERT_NE(r, nullptr) << row;
        EXPECT_EQ(r->id, model.taskId(row));
        seen.insert(r->id);
    }
    EXPECT_EQ(seen.size(), total);
    EXPECT_EQ(model.rowOfTask(model.taskId(total - 1)), total - 1);
}

TEST_F(ModelTest, ProblemListFetchesInBatches)
{
    auto inspection = m_ledger->defaultInspection();
    ASSERT_TRUE(inspection.ok());
    {
        Ledger::Transaction tx(*m_ledger);
        for (int i = 0; i < ProblemListModel::batchSize + 50; ++i) {
            Problem p;
            p.inspectionId = inspection->id;
            p.code = QStringLiteral("B%1").arg(i);
            p.title = QStringLiteral("problem %1").arg(i);
            ASSERT_TRUE(m_ledger->addProblem(p).ok());
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    const qint64 total = count(QStringLiteral("SELECT COUNT(*) FROM problems"));
    {
        ProblemListModel plain(*m_ledger);
        EXPECT_EQ(plain.rowCount(), ProblemListModel::batchSize) << "one batch at first";
        EXPECT_TRUE(plain.canFetchMore(QModelIndex()));
    }
    ProblemListModel model(*m_ledger);
    QAbstractItemModelTester tester(&model, failHard); // fetches batches itself
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    EXPECT_EQ(model.rowCount(), total);
    EXPECT_EQ(model.index(0, ProblemListModel::CodeColumn).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(
        model.index(0, ProblemListModel::ProgressColumn).data().toString(), QStringLiteral("1/2"));

    model.setInspection(inspection->id);
    EXPECT_GE(model.rowCount(), ProblemListModel::batchSize);
    model.reload();
    EXPECT_GE(model.rowOfProblem(model.problemId(0)), 0);
}

namespace {

// The row of a name in a role, or -1.
int responsibilityRow(
    const ResponsibilityModel &model, const QString &name, ResponsibilityModel::Kind kind)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.index(i, ResponsibilityModel::NameColumn).data().toString() == name
            && model.index(i, 0).data(ResponsibilityModel::KindRole).toInt() == int(kind))
            return i;
    }
    return -1;
}

} // namespace

TEST_F(ModelTest, ResponsibilitiesCountPerUnitAndPerson)
{
    ResponsibilityModel model(*m_ledger);
    QAbstractItemModelTester tester(&model, failHard);
    model.setToday(today, AlertSettings());
    const QString unit = QString::fromUtf8("组织人事部");
    const int lead = responsibilityRow(model, unit, ResponsibilityModel::Kind::LeadUnit);
    const int co = responsibilityRow(model, unit, ResponsibilityModel::Kind::CoUnit);
    ASSERT_GE(lead, 0);
    ASSERT_GE(co, 0);
    const auto tasksIn = [&](const char *role) {
        return count(QString::fromUtf8("SELECT COUNT(DISTINCT r.task_id) FROM responsibilities r "
                                       "JOIN units u ON u.id = r.unit_id WHERE u.name = "
                                       "'组织人事部' AND r.role = '%1'")
                         .arg(QLatin1String(role)));
    };
    EXPECT_EQ(model.index(lead, ResponsibilityModel::TasksColumn).data().toLongLong(),
        tasksIn("lead_unit"));
    EXPECT_EQ(
        model.index(co, ResponsibilityModel::TasksColumn).data().toLongLong(), tasksIn("co_unit"));
    // 组织人事部 leads "支部组织生活专项检查" (overdue) and problem 3's appraisal task (due
    // in five days); it co-operates on problem 1's study rules, a long-term task.
    EXPECT_EQ(model.index(lead, ResponsibilityModel::OverdueColumn).data().toInt(), 1);
    EXPECT_EQ(model.index(lead, ResponsibilityModel::DueSoonColumn).data().toInt(), 1);
    EXPECT_EQ(model.index(co, ResponsibilityModel::OverdueColumn).data().toInt(), 0);
    EXPECT_EQ(model.index(co, ResponsibilityModel::DueSoonColumn).data().toInt(), 0);
}

// A lead unit's (and a leader's) row shows the numbers of its bar in the statistics.
TEST_F(ModelTest, ResponsibilityListAgreesWithTheStatistics)
{
    ResponsibilityModel model(*m_ledger);
    QAbstractItemModelTester tester(&model, failHard);
    model.setToday(today, AlertSettings());
    StatsRequest request;
    request.today = today;
    request.parts = StatsRequest::Units | StatsRequest::Leaders;
    auto stats = StatsQuery::compute(*m_ledger, request);
    ASSERT_TRUE(stats.ok()) << stats.error().toStdString();
    const struct
    {
        const QVector<GroupStats> &groups;
        ResponsibilityModel::Kind kind;
    } charts[] = {
        { stats->units, ResponsibilityModel::Kind::LeadUnit },
        { stats->leaders, ResponsibilityModel::Kind::Leader },
    };
    for (const auto &chart : charts) {
        int named = 0;
        for (const GroupStats &g : chart.groups) {
            if (g.name.isEmpty())
                continue; // the tasks that name nobody: no row of the list
            ++named;
            const int row = responsibilityRow(model, g.name, chart.kind);
            ASSERT_GE(row, 0) << g.name.toStdString();
            const auto at
                = [&](int column) { return model.index(row, column).data().toLongLong(); };
            EXPECT_EQ(at(ResponsibilityModel::TasksColumn), g.counts.total) << g.name.toStdString();
            EXPECT_EQ(at(ResponsibilityModel::DoneColumn), g.counts.completed);
            EXPECT_EQ(at(ResponsibilityModel::OverdueColumn), g.counts.overdue);
            EXPECT_EQ(at(ResponsibilityModel::DueSoonColumn), g.counts.dueSoon);
        }
        int rows = 0;
        for (int i = 0; i < model.rowCount(); ++i)
            rows
                += model.index(i, 0).data(ResponsibilityModel::KindRole).toInt() == int(chart.kind);
        EXPECT_EQ(rows, named);
        EXPECT_GT(named, 1);
    }
}

TEST_F(ModelTest, ProgressFollowsTheEditorAndUndo)
{
    LedgerEditor editor(*m_ledger);
    ProgressModel model(*m_ledger);
    QAbstractItemModelTester tester(&model, failHard);
    // A closed (signed-off) task takes no progress: the first open one.
    const qint64 task = count(QStringLiteral("SELECT MIN(id) FROM tasks WHERE status <> 'closed'"));
    model.setTask(task);
    const int before = model.rowCount();
    ProgressEntry e;
    e.taskId = task;
    e.date = today;
    e.text = QString::fromUtf8("本周完成第二轮检查");
    e.author = QStringLiteral("tester");
    auto id = editor.addProgress(e);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    model.reload();
    ASSERT_EQ(model.rowCount(), before + 1);
    EXPECT_EQ(model.index(before, ProgressModel::TextColumn).data().toString(), e.text);

    ASSERT_TRUE(editor.removeProgress(*id).ok());
    model.reload();
    EXPECT_EQ(model.rowCount(), before);
    editor.undoStack()->undo(); // the delete
    model.reload();
    ASSERT_EQ(model.rowCount(), before + 1);
    EXPECT_EQ(model.entryId(before), *id) << "an undone delete brings the same entry back";
    editor.undoStack()->undo(); // the add
    model.reload();
    EXPECT_EQ(model.rowCount(), before);
}

TEST_F(ModelTest, EditorUndoesAProblemDeleteWithEverythingUnderIt)
{
    LedgerEditor editor(*m_ledger);
    QSignalSpy changed(&editor, &LedgerEditor::changed);
    const qint64 problem = count(QStringLiteral("SELECT MIN(id) FROM problems"));
    const qint64 tasks = count(QStringLiteral("SELECT COUNT(*) FROM tasks"));
    const qint64 progress = count(QStringLiteral("SELECT COUNT(*) FROM progress_entries"));
    const qint64 resp = count(QStringLiteral("SELECT COUNT(*) FROM responsibilities"));
    auto before = m_ledger->tasks(problem);
    ASSERT_TRUE(before.ok());
    ASSERT_TRUE(editor.removeProblem(problem).ok());
    EXPECT_LT(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), tasks);
    editor.undoStack()->undo();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM tasks")), tasks);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM progress_entries")), progress);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM responsibilities")), resp);
    auto after = m_ledger->tasks(problem);
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), before->size());
    for (int i = 0; i < after->size(); ++i) {
        EXPECT_EQ(after->at(i).id, before->at(i).id);
        EXPECT_EQ(after->at(i).responsibilities, before->at(i).responsibilities);
    }
    editor.undoStack()->redo();
    EXPECT_FALSE(m_ledger->problem(problem).ok());
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(ModelTest, GuardRefusesStatusChanges)
{
    LedgerEditor editor(*m_ledger);
    editor.setTaskGuard([](const Task *before, const Task *after) -> Status {
        if (before && after && after->status == TaskStatus::Closed
            && before->status != TaskStatus::Closed)
            return Error { QStringLiteral("only supervisors sign off") };
        return {};
    });
    const qint64 task
        = count(QStringLiteral("SELECT MIN(id) FROM tasks WHERE status = 'in_progress'"));
    const Status refused = editor.setTaskStatus(task, TaskStatus::Closed);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(), QStringLiteral("only supervisors sign off"));
    EXPECT_EQ(m_ledger->task(task)->status, TaskStatus::InProgress);
    EXPECT_EQ(editor.undoStack()->count(), 0);
    ASSERT_TRUE(editor.setTaskStatus(task, TaskStatus::Completed).ok());
    EXPECT_EQ(m_ledger->task(task)->completedOn, today);
}
