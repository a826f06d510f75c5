// Two officials on one ledger file: the window (first connection) and another
// process (a second Ledger on the same file) edit the same task. The window must
// refuse to write over the newer row, show it, and lose nothing the user typed.
#include "sample/sampleledger.h"
#include "store/ledgerwatcher.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"
#include "ui/tasks/ledgereditor.h"
#include "ui/tasks/problemdialog.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

const QDate today(2024, 3, 15);

// QTest::keyClicks() handles ASCII only: type any text as key events, one character each.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Runs `answer` on the next modal ProblemDialog other than `not` once it is shown.
void whenDialog(QPointer<QWidget> notThis, std::function<void(ProblemDialog *)> answer)
{
    QTimer::singleShot(10, [notThis, answer]() {
        auto *dialog = qobject_cast<ProblemDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog == notThis.data()) {
            whenDialog(notThis, answer);
            return;
        }
        answer(dialog);
    });
}

// The sample ledger; "tester" works in the window, "王芳" through a second
// connection on the same file, as from another computer.
class ConcurrentEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeSampleLedger(*m_other, today).ok());
        m_other->setActor(QStringLiteral("王芳"));
        auto ledger = std::make_unique<Ledger>();
        ledger->setActor(QStringLiteral("tester"));
        ledger->setClock(&fixedNow);
        ASSERT_TRUE(ledger->open(m_other.path()).ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger));
        m_window->setConfirmHandler([](const QString &) { return true; });
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_window->isStartupFinished(); }, 5000));
        auto q = SqlAccess::exec(*m_other,
            QStringLiteral("SELECT MIN(id) FROM tasks WHERE status = "
                           "'in_progress'"));
        ASSERT_TRUE(q.ok() && q->next());
        m_task = q->value(0).toLongLong();
    }

    // The other official's edit, committed through the second connection.
    void otherEdits(const std::function<void(Task &)> &change)
    {
        Task t = *m_other->task(m_task);
        change(t);
        const Status s = m_other->updateTask(t);
        ASSERT_TRUE(s.ok()) << s.error().toStdString();
    }

    TempLedger m_other;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_task = 0;
};

} // namespace

TEST_F(ConcurrentEditTest, SavingOverANewerVersionShowsItAndKeepsTheUsersText)
{
    MainWindow &w = *m_window;
    ASSERT_TRUE(w.showTask(m_task));
    TaskDetailPane *pane = w.detailPane();
    const Task opened = *m_other->task(m_task);
    const QString myRemark = QString::fromUtf8("已与财政局对接，下周报送");
    pane->remarksEdit()->setFocus();
    pane->remarksEdit()->selectAll();
    typeText(pane->remarksEdit(), myRemark);
    ASSERT_TRUE(pane->isModified());

    // Meanwhile the other official rewrites the measure and sets a deadline.
    const QString theirMeasure = QString::fromUtf8("建立整改台账并每周调度一次");
    otherEdits([&](Task &t) {
        t.measure = theirMeasure;
        t.longTerm = false;
        t.deadline = QDate(2024, 5, 31);
    });
    // The window notices the other process's commit; the form keeps what was typed.
    EXPECT_TRUE(w.ledgerWatcher()->poll());
    EXPECT_EQ(pane->remarksEdit()->toPlainText(), myRemark);
    EXPECT_TRUE(pane->isModified());

    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);

    // Refused: nothing of the stale form was written, the other's edit stands.
    const Task stored = *m_other->task(m_task);
    EXPECT_EQ(stored.measure, theirMeasure);
    EXPECT_EQ(stored.deadline, QDate(2024, 5, 31));
    EXPECT_EQ(stored.remarks, opened.remarks);
    EXPECT_EQ(stored.version, opened.version + 1);
    EXPECT_EQ(w.undoStack()->count(), 0) << "a refused save leaves no undo step";

    // The message names who changed it and shows the newer value and the user's own text.
    const QString message = w.lastError();
    EXPECT_TRUE(message.contains(QStringLiteral("王芳"))) << message.toStdString();
    EXPECT_TRUE(message.contains(theirMeasure)) << message.toStdString();
    EXPECT_TRUE(message.contains(myRemark)) << message.toStdString();
    // The form shows the newer version; the note lists what the user typed.
    EXPECT_EQ(pane->measureEdit()->toPlainText(), theirMeasure);
    EXPECT_EQ(pane->remarksEdit()->toPlainText(), opened.remarks);
    EXPECT_TRUE(pane->isConflictShown());
    EXPECT_TRUE(pane->conflictLabel()->isVisible());
    EXPECT_TRUE(pane->conflictLabel()->text().contains(myRemark));
    EXPECT_FALSE(pane->isModified());

    // One click puts the user's change back over the newer version; saving now
    // keeps both officials' changes.
    QTest::mouseClick(pane->reapplyButton(), Qt::LeftButton);
    EXPECT_FALSE(pane->isConflictShown());
    EXPECT_EQ(pane->remarksEdit()->toPlainText(), myRemark);
    EXPECT_EQ(pane->measureEdit()->toPlainText(), theirMeasure);
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(pane->isModified()) << w.lastError().toStdString();
    const Task merged = *m_other->task(m_task);
    EXPECT_EQ(merged.measure, theirMeasure);
    EXPECT_EQ(merged.deadline, QDate(2024, 5, 31));
    EXPECT_EQ(merged.remarks, myRemark);
    EXPECT_EQ(merged.version, opened.version + 2);
}

TEST_F(ConcurrentEditTest, AnUnchangedFormFollowsTheOtherOfficialsEdit)
{
    MainWindow &w = *m_window;
    ASSERT_TRUE(w.showTask(m_task));
    TaskDetailPane *pane = w.detailPane();
    const QString theirTarget = QString::fromUtf8("六月底前全部拨付到位");
    otherEdits([&](Task &t) { t.target = theirTarget; });
    EXPECT_TRUE(w.ledgerWatcher()->poll());
    EXPECT_EQ(pane->targetEdit()->toPlainText(), theirTarget);
    EXPECT_FALSE(pane->isConflictShown());

    // A status change from the form is made over the version it shows.
    pane->statusBox()->setCurrentIndex(pane->statusBox()->findData(int(TaskStatus::Completed)));
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    EXPECT_EQ(m_other->task(m_task)->status, TaskStatus::Completed) << w.lastError().toStdString();
    EXPECT_EQ(m_other->task(m_task)->target, theirTarget);
}

TEST_F(ConcurrentEditTest, AStatusChangeOverANewerVersionIsRefused)
{
    MainWindow &w = *m_window;
    ASSERT_TRUE(w.showTask(m_task));
    TaskDetailPane *pane = w.detailPane();
    pane->statusBox()->setCurrentIndex(pane->statusBox()->findData(int(TaskStatus::Completed)));
    otherEdits([](Task &t) { t.status = TaskStatus::NotStarted; });
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    EXPECT_EQ(m_other->task(m_task)->status, TaskStatus::NotStarted);
    EXPECT_TRUE(pane->isConflictShown());
    EXPECT_EQ(pane->statusBox()->currentData().toInt(), int(TaskStatus::NotStarted));
    QTest::mouseClick(pane->reapplyButton(), Qt::LeftButton);
    EXPECT_EQ(pane->statusBox()->currentData().toInt(), int(TaskStatus::Completed));
}

TEST_F(ConcurrentEditTest, EditorCarriesItsVersionsThroughUndoAndRedo)
{
    LedgerEditor &editor = m_window->editor();
    QSignalSpy failed(&editor, &LedgerEditor::failed);
    Task t = *m_other->task(m_task);
    const Task original = t;
    t.remarks = QString::fromUtf8("第一次修改");
    ASSERT_TRUE(editor.editTask(t).ok());
    t = *m_other->task(m_task);
    t.target = QString::fromUtf8("第二次修改");
    ASSERT_TRUE(editor.editTask(t).ok());
    ASSERT_TRUE(editor.setTaskStatus(m_task, TaskStatus::Completed, QString(), t.version + 1).ok());
    QUndoStack *stack = editor.undoStack();
    stack->undo();
    stack->undo();
    stack->undo();
    EXPECT_EQ(failed.count(), 0) << (failed.isEmpty()
            ? ""
            : failed.first().first().toString().toStdString());
    Task back = *m_other->task(m_task);
    EXPECT_EQ(back.remarks, original.remarks);
    EXPECT_EQ(back.target, original.target);
    EXPECT_EQ(back.status, original.status);
    EXPECT_EQ(back.version, original.version + 6) << "every write, undo included, is a new version";
    stack->redo();
    stack->redo();
    stack->redo();
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(m_other->task(m_task)->status, TaskStatus::Completed);
    EXPECT_EQ(m_other->task(m_task)->target, QString::fromUtf8("第二次修改"));

    // Delete, undo, redo, undo: the task comes back each time with its versions in step.
    ASSERT_TRUE(editor.removeTask(m_task).ok());
    stack->undo();
    stack->redo();
    stack->undo();
    EXPECT_EQ(failed.count(), 0);
    ASSERT_TRUE(m_other->task(m_task).ok());
    EXPECT_EQ(m_other->task(m_task)->target, QString::fromUtf8("第二次修改"));
}

TEST_F(ConcurrentEditTest, UndoDoesNotWriteOverAnotherOfficialsChange)
{
    LedgerEditor &editor = m_window->editor();
    QSignalSpy failed(&editor, &LedgerEditor::failed);
    Task t = *m_other->task(m_task);
    const QString oldRemarks = t.remarks;
    t.remarks = QString::fromUtf8("我方备注");
    ASSERT_TRUE(editor.editTask(t).ok());
    otherEdits([](Task &x) { x.measure = QString::fromUtf8("对方修改的措施"); });

    editor.undoStack()->undo();
    ASSERT_EQ(failed.count(), 1);
    const QString message = failed.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("王芳"))) << message.toStdString();
    const Task stored = *m_other->task(m_task);
    EXPECT_EQ(stored.measure, QString::fromUtf8("对方修改的措施")) << "their change stands";
    EXPECT_EQ(stored.remarks, QString::fromUtf8("我方备注")) << "the undo wrote nothing";

    // A new edit from the newer version works; the edit before the other's change
    // can no longer be undone over it.
    t = stored;
    t.target = QString::fromUtf8("新的目标");
    ASSERT_TRUE(editor.editTask(t).ok());
    failed.clear();
    editor.undoStack()->undo(); // the new edit: fine
    EXPECT_EQ(failed.count(), 0);
    EXPECT_EQ(m_other->task(m_task)->target, stored.target);
    EXPECT_EQ(m_other->task(m_task)->measure, QString::fromUtf8("对方修改的措施"));
    EXPECT_NE(m_other->task(m_task)->remarks, oldRemarks);
}

TEST_F(ConcurrentEditTest, ProblemDialogShowsTheConflictAndKeepsTheUsersText)
{
    MainWindow &w = *m_window;
    w.problemView()->selectRow(0);
    const qint64 problemId = w.currentProblemId();
    ASSERT_NE(problemId, 0);
    const Problem opened = *m_other->problem(problemId);
    const QString theirTitle = QString::fromUtf8("干部作风建设抓得不够紧");
    const QString myDescription = QString::fromUtf8("群众反映办事拖拉");
    QAction *edit = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Edit Problem…"))
            edit = a;
    }
    ASSERT_NE(edit, nullptr);

    QString secondNote;
    Problem secondFields;
    whenDialog(nullptr, [&](ProblemDialog *first) {
        // While the dialog is open, the other official renames the problem.
        Problem p = *m_other->problem(problemId);
        p.title = theirTitle;
        EXPECT_TRUE(m_other->updateProblem(p).ok());
        auto *description = first->findChild<QPlainTextEdit *>();
        ASSERT_NE(description, nullptr);
        description->setPlainText(myDescription);
        whenDialog(first, [&](ProblemDialog *second) {
            secondNote = second->conflictText();
            secondFields = second->problem();
            second->reject(); // keep the newer version
        });
        static_cast<QDialog *>(first)->accept(); // OK, through the dialog's own checks
    });
    edit->trigger();

    EXPECT_TRUE(secondNote.contains(QStringLiteral("王芳"))) << secondNote.toStdString();
    EXPECT_TRUE(secondNote.contains(theirTitle)) << secondNote.toStdString();
    EXPECT_EQ(secondFields.description, myDescription) << "the user's text is still in the dialog";
    const Problem stored = *m_other->problem(problemId);
    EXPECT_EQ(stored.title, theirTitle);
    EXPECT_EQ(stored.description, opened.description);
    EXPECT_EQ(stored.version, opened.version + 1);
}

TEST_F(ConcurrentEditTest, ProblemUndoDoesNotWriteOverAnotherOfficialsChange)
{
    LedgerEditor &editor = m_window->editor();
    QSignalSpy failed(&editor, &LedgerEditor::failed);
    m_window->problemView()->selectRow(0);
    const qint64 problemId = m_window->currentProblemId();
    Problem p = *m_other->problem(problemId);
    p.category = QString::fromUtf8("作风建设");
    ASSERT_TRUE(editor.editProblem(p).ok());
    p = *m_other->problem(problemId);
    p.description = QString::fromUtf8("第二次修改");
    ASSERT_TRUE(editor.editProblem(p).ok());
    editor.undoStack()->undo();
    editor.undoStack()->redo();
    EXPECT_EQ(failed.count(), 0);

    Problem theirs = *m_other->problem(problemId);
    theirs.title = QString::fromUtf8("对方修改的标题");
    ASSERT_TRUE(m_other->updateProblem(theirs).ok());
    editor.undoStack()->undo();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(m_other->problem(problemId)->title, theirs.title);
    EXPECT_EQ(m_other->problem(problemId)->description, QString::fromUtf8("第二次修改"));
}
