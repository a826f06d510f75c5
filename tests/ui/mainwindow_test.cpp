// The main window driven like a user would: through its widgets and actions,
// checked through the models and the database.
#include "sample/sampleledger.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"
#include "ui/import/importwizard.h"
#include "ui/tasks/filterbar.h"
#include "ui/tasks/ledgereditor.h"
#include "ui/tasks/namelistedit.h"
#include "ui/tasks/problemlistmodel.h"
#include "ui/tasks/progressmodel.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

// Readable strings in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

const QDate today(2024, 3, 15);

// QTest::keyClicks() handles ASCII only: type any text as key events, one character each.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// A window over a temporary ledger. The window owns its Ledger, so the test
// opens a second handle on the same file to check what was written.
class WindowTest : public ::testing::Test
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
        m_window->setConfirmHandler([this](const QString &question) {
            m_questions << question;
            return m_answer;
        });
        EXPECT_EQ(m_window->alertModel()->rowCount(), 0) << "read after the first paint";
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        // The alerts and counts follow the first paint by themselves.
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isStartupFinished(); }, 5000));
    }

    // Reads one value through the second connection.
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        auto q = SqlAccess::exec(*m_seed, sql, values);
        EXPECT_TRUE(q.ok()) << (q.ok() ? "" : q.error().toStdString());
        return q.ok() && q->next() ? q->value(0) : QVariant();
    }

    int rowWhere(QTableView *view, int column, const QString &text)
    {
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, column).data().toString() == text)
                return row;
        }
        return -1;
    }

    TempLedger m_seed;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_questions;
    bool m_answer = true;
};

} // namespace

TEST_F(WindowTest, OpensWithCountsAlertsAndNotice)
{
    MainWindow &w = *m_window;
    EXPECT_EQ(w.today(), today);
    EXPECT_EQ(
        w.taskModel()->rowCount(), scalar(QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt());
    EXPECT_EQ(w.problemModel()->rowCount(), 11);
    EXPECT_EQ(w.alertModel()->rowCount(), 7); // 4 red and 3 yellow in the sample
    EXPECT_TRUE(w.noticeBar()->isVisible());
    EXPECT_TRUE(w.noticeLabel()->text().contains(QStringLiteral("4 tasks are overdue")))
        << w.noticeLabel()->text().toStdString();
    QAbstractItemModelTester tester(w.taskModel());
}

TEST_F(WindowTest, AddProblemAndTaskSetDeadlineAndStatusThenUndo)
{
    MainWindow &w = *m_window;
    QAbstractItemModelTester taskTester(w.taskModel());
    QAbstractItemModelTester problemTester(w.problemModel());
    Problem p;
    p.code = QStringLiteral("12");
    p.category = QString::fromUtf8("作风建设");
    p.title = QString::fromUtf8("窗口单位服务态度生硬，群众办事多头跑");
    const qint64 problemId = w.addProblem(p);
    ASSERT_NE(problemId, 0) << w.lastError().toStdString();
    EXPECT_EQ(w.currentProblemId(), problemId);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT title FROM problems WHERE id = ?"), { problemId }).toString(),
        p.title);
    EXPECT_EQ(w.taskModel()->rowCount(), 0) << "the new problem has no tasks yet";

    const qint64 taskId = w.addTask(QString::fromUtf8("开展窗口服务作风专项整治"));
    ASSERT_NE(taskId, 0) << w.lastError().toStdString();
    EXPECT_EQ(w.currentTaskId(), taskId);
    EXPECT_EQ(w.taskModel()->rowCount(), 1);
    TaskDetailPane *pane = w.detailPane();
    EXPECT_EQ(pane->taskId(), taskId);
    EXPECT_EQ(pane->measureEdit()->toPlainText(), QString::fromUtf8("开展窗口服务作风专项整治"));

    // Deadline, responsibilities and status through the detail pane's widgets.
    pane->deadlineEdit()->setDate(QDate(2024, 3, 20));
    pane->leadUnitsEdit()->clear();
    typeText(pane->leadUnitsEdit(), QString::fromUtf8("行政审批局、信息中心"));
    typeText(pane->personsEdit(), QString::fromUtf8("何佳"));
    pane->statusBox()->setCurrentIndex(pane->statusBox()->findData(int(TaskStatus::InProgress)));
    EXPECT_TRUE(pane->saveButton()->isEnabled());
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(pane->isModified());

    EXPECT_EQ(
        scalar(QStringLiteral("SELECT deadline FROM tasks WHERE id = ?"), { taskId }).toString(),
        QStringLiteral("2024-03-20"));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT status FROM tasks WHERE id = ?"), { taskId }).toString(),
        QStringLiteral("in_progress"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM responsibilities WHERE task_id = ? "
                                    "AND role = 'lead_unit'"),
                  { taskId })
                  .toInt(),
        2);
    // The table shows it: five days left is yellow.
    const int row = w.taskModel()->rowOfTask(taskId);
    ASSERT_GE(row, 0);
    const QModelIndex alert = w.taskModel()->index(row, TaskTableModel::AlertColumn);
    EXPECT_EQ(AlertLevel(alert.data(AlertLevelRole).toInt()), AlertLevel::Yellow);
    EXPECT_EQ(alert.data(AlertDaysRole).toInt(), 5);
    EXPECT_EQ(w.taskModel()->index(row, TaskTableModel::LeadUnitColumn).data().toString(),
        QString::fromUtf8("行政审批局、信息中心"));
    EXPECT_GE(w.alertModel()->rowOfTask(taskId), 0) << "the alerts dock lists it";

    // Undo the save (one step for fields and status), then the task, then the problem.
    QUndoStack *stack = w.undoStack();
    stack->undo();
    EXPECT_TRUE(
        scalar(QStringLiteral("SELECT deadline FROM tasks WHERE id = ?"), { taskId }).isNull());
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT status FROM tasks WHERE id = ?"), { taskId }).toString(),
        QStringLiteral("not_started"));
    EXPECT_TRUE(pane->deadlineEdit()->specialValueText() == pane->deadlineEdit()->text());
    stack->undo();
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = ?"), { taskId }).toInt(), 0);
    EXPECT_EQ(w.taskModel()->rowOfTask(taskId), -1);
    stack->undo();
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM problems WHERE id = ?"), { problemId }).toInt(),
        0);
    EXPECT_EQ(w.problemModel()->rowCount(), 11);

    // Redo everything: same ids again.
    stack->redo();
    stack->redo();
    stack->redo();
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT deadline FROM tasks WHERE id = ?"), { taskId }).toString(),
        QStringLiteral("2024-03-20"));
}

TEST_F(WindowTest, KeyboardUndoAndRedo)
{
    MainWindow &w = *m_window;
    const qint64 task = scalar(QStringLiteral("SELECT MIN(id) FROM tasks WHERE status = "
                                              "'in_progress'"))
                            .toLongLong();
    ASSERT_TRUE(w.showTask(task));
    ASSERT_TRUE(w.editor().setTaskStatus(task, TaskStatus::Completed).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM tasks WHERE id = ?"), { task }).toString(),
        QStringLiteral("completed"));
    w.taskView()->setFocus();
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM tasks WHERE id = ?"), { task }).toString(),
        QStringLiteral("in_progress"));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM tasks WHERE id = ?"), { task }).toString(),
        QStringLiteral("completed"));
    EXPECT_EQ(w.detailPane()->statusBox()->currentData().toInt(), int(TaskStatus::Completed));
}

TEST_F(WindowTest, FilterAndSearch)
{
    MainWindow &w = *m_window;
    FilterBar *bar = w.filterBar();
    const int all = w.taskModel()->rowCount();

    bar->statusBox()->setCurrentIndex(
        bar->statusBox()->findText(taskStatusLabel(TaskStatus::NotStarted)));
    EXPECT_EQ(w.taskModel()->rowCount(),
        scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = 'not_started'")).toInt());
    for (int row = 0; row < w.taskModel()->rowCount(); ++row)
        EXPECT_EQ(
            w.taskModel()->index(row, 0).data(StatusRole).toInt(), int(TaskStatus::NotStarted));
    bar->clear();
    EXPECT_EQ(w.taskModel()->rowCount(), all);

    // Search: typed, then applied after the pause (or at once on Return).
    typeText(bar->searchEdit(), QString::fromUtf8("一网通办"));
    QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
    ASSERT_EQ(w.taskModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const QString text
            = w.taskModel()->index(row, TaskTableModel::ProblemColumn).data().toString()
            + w.taskModel()->index(row, TaskTableModel::MeasureColumn).data().toString();
        EXPECT_TRUE(text.contains(QString::fromUtf8("一网通办")));
    }
    bar->searchEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(w.taskModel()->rowCount(), all, 2000);

    // A problem selected in the list narrows the table to its tasks.
    w.problemView()->selectRow(3);
    const qint64 problem = w.currentProblemId();
    EXPECT_EQ(w.taskModel()->rowCount(),
        scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE problem_id = ?"), { problem })
            .toInt());
    w.showAllTasks();
    EXPECT_EQ(w.taskModel()->rowCount(), all);

    // Unit filter and the alerts shortcut.
    bar->setUnit(QString::fromUtf8("组织人事部"));
    EXPECT_EQ(w.taskModel()->rowCount(), 5);
    bar->clear();
    w.showAlerts();
    EXPECT_EQ(w.taskModel()->rowCount(), 7);
    EXPECT_EQ(AlertLevel(w.taskModel()->index(0, 0).data(AlertLevelRole).toInt()), AlertLevel::Red);
}

TEST_F(WindowTest, DeleteAsksAndCanBeUndone)
{
    MainWindow &w = *m_window;
    const qint64 task = scalar(
        QStringLiteral("SELECT task_id FROM progress_entries p JOIN tasks t ON t.id = p.task_id "
                       "WHERE t.status <> 'closed' GROUP BY task_id ORDER BY task_id LIMIT 1"))
                            .toLongLong();
    const int progress = scalar(
        QStringLiteral("SELECT COUNT(*) FROM progress_entries WHERE task_id = ?"), { task })
                             .toInt();
    ASSERT_TRUE(w.showTask(task));

    m_answer = false;
    EXPECT_FALSE(w.deleteCurrentTask());
    EXPECT_EQ(m_questions.size(), 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = ?"), { task }).toInt(), 1);

    m_answer = true;
    EXPECT_TRUE(w.deleteCurrentTask());
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = ?"), { task }).toInt(), 0);
    EXPECT_EQ(w.taskModel()->rowOfTask(task), -1);
    w.undoStack()->undo();
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM tasks WHERE id = ?"), { task }).toInt(), 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM progress_entries WHERE task_id = ?"), { task })
            .toInt(),
        progress);
    EXPECT_GE(w.taskModel()->rowOfTask(task), 0);
}

TEST_F(WindowTest, AlertDockJumpsToTheTask)
{
    MainWindow &w = *m_window;
    // The dock starts collapsed on a small screen (the offscreen one is): open it, as
    // the user would, rather than rely on a dock state left in the settings.
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("alertDock"));
    ASSERT_NE(dock, nullptr);
    dock->show();
    QApplication::processEvents();
    w.problemView()->selectRow(0); // hides most tasks
    const qint64 target = w.alertModel()->taskId(0);
    ASSERT_NE(target, 0);
    const QRect cell
        = w.alertView()->visualRect(w.alertModel()->index(0, TaskTableModel::MeasureColumn));
    ASSERT_TRUE(w.alertView()->isVisible());
    ASSERT_FALSE(cell.isEmpty());
    // A double click is a click followed by a second press, as the view sees it.
    QTest::mouseClick(w.alertView()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(w.alertView()->viewport(), Qt::LeftButton, {}, cell.center());
    EXPECT_EQ(w.currentTaskId(), target);
    EXPECT_EQ(w.detailPane()->taskId(), target);
}

TEST_F(WindowTest, ProgressEntriesFromTheDetailPane)
{
    MainWindow &w = *m_window;
    // A closed (signed-off) task takes no progress: the first open one.
    const qint64 task
        = scalar(QStringLiteral("SELECT MIN(id) FROM tasks WHERE status <> 'closed'")).toLongLong();
    ASSERT_TRUE(w.showTask(task));
    TaskDetailPane *pane = w.detailPane();
    const int before = pane->progressModel()->rowCount();
    ASSERT_TRUE(
        pane->addProgress(today, QString::fromUtf8("完成专题学习一次"), QStringLiteral("tester")));
    EXPECT_EQ(pane->progressModel()->rowCount(), before + 1);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM progress_entries WHERE task_id = ?"), { task })
            .toInt(),
        before + 1);
    w.undoStack()->undo();
    EXPECT_EQ(pane->progressModel()->rowCount(), before);
}

// An office laptop's screen (1366 × 768, less a taskbar and the title bar) holds
// the whole window: its smallest size fits, and a first start opens it no larger
// than the screen it is on (a window wider than the screen hides the task form).
TEST_F(WindowTest, FitsASmallLaptopScreen)
{
    const QSize least = m_window->minimumSizeHint();
    EXPECT_LE(least.width(), 1366) << least.width() << "x" << least.height();
    EXPECT_LE(least.height(), 768 - 80) << least.width() << "x" << least.height();
    const QRect screen = m_window->screen()->availableGeometry();
    EXPECT_LE(m_window->width(), std::max(screen.width(), least.width()))
        << m_window->width() << " on " << screen.width();
    EXPECT_LE(m_window->height(), std::max(screen.height(), least.height()))
        << m_window->height() << " on " << screen.height();
}

// Bug: after one's own import the status bar said "the ledger was changed in another
// window or program". The import runs on a connection of its own, and the window's
// watcher, polling while the wizard stayed open on its result, took that commit
// for somebody else's.
TEST_F(WindowTest, OwnImportIsNotReportedAsAnotherProgramsChange)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ledger.csv"));
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("序号,反馈问题,整改措施,整改时限,牵头单位\n"
                               "99,新反馈的问题,新的整改措施,2024-06-30,办公室\n")
                    .toUtf8());
    }
    const int problemsBefore = m_window->problemModel()->rowCount();
    bool committed = false;
    QString statusWhileOpen;
    const auto waitIdle
        = [](ImportWizard *w) { return QTest::qWaitFor([w] { return !w->isWorking(); }, 20000); };
    QTimer::singleShot(0, m_window.get(), [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        ASSERT_NE(wizard, nullptr);
        wizard->setFilePath(csv);
        wizard->next(); // the columns
        wizard->next(); // the check
        ASSERT_TRUE(waitIdle(wizard));
        wizard->next(); // the import
        ASSERT_TRUE(waitIdle(wizard));
        committed = wizard->result() && wizard->result()->committed;
        // The user reads the result for longer than the watcher's interval (3 s).
        QTest::qWait(3500);
        statusWhileOpen = m_window->statusBar()->currentMessage();
        wizard->accept();
    });
    m_window->importAction()->trigger();
    ASSERT_TRUE(committed);
    const QString elsewhere = QStringLiteral("another window or program");
    EXPECT_FALSE(statusWhileOpen.contains(elsewhere)) << statusWhileOpen.toStdString();
    QTest::qWait(100);
    EXPECT_FALSE(m_window->statusBar()->currentMessage().contains(elsewhere))
        << m_window->statusBar()->currentMessage().toStdString();
    // The lists show the import all the same.
    EXPECT_EQ(m_window->problemModel()->rowCount(), problemsBefore + 1);
}

// Bug: type in 备注 of one task without saving, click another task: the window
// saved the edit and then said that somebody (the user) had changed the task
// since it was read and the changes were not saved. The save's own refresh
// selected the clicked row again, which saved the same form a second time.
TEST_F(WindowTest, SwitchingTasksSavesOnceWithoutAFalseConflict)
{
    MainWindow &w = *m_window;
    QTableView *view = w.taskView();
    const auto clickRow = [view](int row) {
        const QRect cell
            = view->visualRect(view->model()->index(row, TaskTableModel::MeasureColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    };
    // Two open tasks (a closed one is read-only).
    auto open = SqlAccess::exec(*m_seed,
        QStringLiteral("SELECT id FROM tasks WHERE status = 'in_progress' ORDER BY id LIMIT 2"));
    ASSERT_TRUE(open.ok());
    QVector<qint64> ids;
    while (open->next())
        ids << open->value(0).toLongLong();
    ASSERT_EQ(ids.size(), 2);
    const int rowA = w.taskModel()->rowOfTask(ids[0]);
    const int rowB = w.taskModel()->rowOfTask(ids[1]);
    ASSERT_GE(rowA, 0);
    ASSERT_GE(rowB, 0);
    clickRow(rowA);
    const qint64 first = w.currentTaskId();
    ASSERT_EQ(first, ids[0]);
    ASSERT_EQ(w.detailPane()->taskId(), first);
    const int versionBefore
        = scalar(QStringLiteral("SELECT version FROM tasks WHERE id = ?"), { first }).toInt();
    QPlainTextEdit *remarks = w.detailPane()->remarksEdit();
    remarks->setFocus();
    remarks->moveCursor(QTextCursor::End);
    typeText(remarks, QStringLiteral("切换前的备注"));
    ASSERT_TRUE(w.detailPane()->isModified());

    clickRow(rowB);
    const qint64 second = w.currentTaskId();
    ASSERT_EQ(second, ids[1]);
    EXPECT_FALSE(w.detailPane()->isConflictShown());
    EXPECT_TRUE(w.lastError().isEmpty()) << w.lastError().toStdString();
    EXPECT_EQ(w.detailPane()->taskId(), second);
    EXPECT_FALSE(w.detailPane()->isModified());
    // Saved, once.
    EXPECT_TRUE(scalar(QStringLiteral("SELECT remarks FROM tasks WHERE id = ?"), { first })
                    .toString()
                    .endsWith(QStringLiteral("切换前的备注")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT version FROM tasks WHERE id = ?"), { first }).toInt(),
        versionBefore + 1);
}
