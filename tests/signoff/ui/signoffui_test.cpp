// The sign-off workflow in the main window, driven through its widgets.
#include "ledgereditor.h"
#include "mainwindow.h"
#include "signoff/auditlogdialog.h"
#include "signoff/audittable.h"
#include "signoff/signoffcontroller.h"
#include "signoff/signoffpanel.h"
#include "signoff/userchooserdialog.h"
#include "signoff/usersdialog.h"
#include "taskdetailpane.h"
#include "templedger.h"
#include "workflow/password.h"
#include "workflow/workflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace rectify;
using namespace rectify::test;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// A ledger with problem 4: task 4.1 of 人事科 (completed by wang), task 4.2 of
// 财务科; users wang (official, 人事科) and zhao (supervisor, password "pw").
class SignoffWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto inspection = m_seed->defaultInspection();
        ASSERT_TRUE(inspection.ok());
        Problem p;
        p.inspectionId = inspection->id;
        p.code = QStringLiteral("4");
        p.title = QStringLiteral("台账管理不规范");
        auto pid = m_seed->addProblem(p);
        ASSERT_TRUE(pid.ok());
        for (const char *unit : { "人事科", "财务科" }) {
            Task t;
            t.problemId = *pid;
            t.measure = QStringLiteral("建立%1台账").arg(QString::fromUtf8(unit));
            t.status = TaskStatus::InProgress;
            t.responsibilities.leadUnits = { QString::fromUtf8(unit) };
            auto id = m_seed->addTask(t);
            ASSERT_TRUE(id.ok());
            m_tasks << *id;
        }
        User wang;
        wang.name = QStringLiteral("wang");
        wang.unit = QStringLiteral("人事科");
        ASSERT_TRUE(m_seed->addUser(wang).ok());
        User zhao;
        zhao.name = QStringLiteral("zhao");
        zhao.role = UserRole::Supervisor;
        zhao.passwordHash = Password::hash(QStringLiteral("pw"), 1000);
        ASSERT_TRUE(m_seed->addUser(zhao).ok());
        ASSERT_TRUE(Workflow(*m_seed, user(QStringLiteral("wang")))
                        .complete(m_tasks[0], QStringLiteral("台账已建立"))
                        .ok());
    }

    User user(const QString &name)
    {
        auto u = m_seed->findUser(name);
        EXPECT_TRUE(u.ok() && u->has_value());
        return **u;
    }

    // A window over the same file, with `who` working in it.
    void open(const QString &who)
    {
        auto ledger = std::make_unique<Ledger>();
        ledger->setActor(QStringLiteral("tester"));
        ledger->setClock(&fixedNow);
        ASSERT_TRUE(ledger->open(m_seed.path()).ok());
        m_window = std::make_unique<MainWindow>(std::move(ledger));
        m_controller = new SignoffController(m_window.get(), user(who));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    TaskStatus status(qint64 id) { return m_seed->task(id)->status; }

    TempLedger m_seed;
    QVector<qint64> m_tasks;
    std::unique_ptr<MainWindow> m_window;
    SignoffController *m_controller = nullptr;
};

} // namespace

TEST_F(SignoffWindowTest, ChoosingAUserAsksForThePasswordAndRemembersTheChoice)
{
    QSettings().remove(UserChooserDialog::lastUserKey());
    UserChooserDialog dialog(*m_seed);
    dialog.show();
    QComboBox *box = dialog.userBox();
    ASSERT_EQ(box->count(), 3); // tester (admin), wang, zhao
    box->setCurrentIndex(box->findData(QStringLiteral("wang")));
    EXPECT_FALSE(dialog.passwordEdit()->isVisible());
    box->setCurrentIndex(box->findData(QStringLiteral("zhao")));
    EXPECT_TRUE(dialog.passwordEdit()->isVisible());

    typeText(dialog.passwordEdit(), QStringLiteral("nope"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.chosen().has_value());
    EXPECT_TRUE(dialog.errorLabel()->isVisible());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("Wrong password")));

    dialog.passwordEdit()->clear();
    typeText(dialog.passwordEdit(), QStringLiteral("pw"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_FALSE(dialog.isVisible());
    ASSERT_TRUE(dialog.chosen().has_value());
    EXPECT_EQ(dialog.chosen()->name, QStringLiteral("zhao"));

    // The next time, zhao is preselected.
    UserChooserDialog again(*m_seed);
    EXPECT_EQ(again.userBox()->currentData().toString(), QStringLiteral("zhao"));
}

TEST_F(SignoffWindowTest, OfficialIsRefusedSignOffInline)
{
    open(QStringLiteral("wang"));
    EXPECT_TRUE(m_controller->userLabel()->text().contains(QStringLiteral("wang")));
    EXPECT_TRUE(m_controller->userLabel()->isVisible());
    ASSERT_TRUE(m_window->showTask(m_tasks[0]));
    SignoffPanel *panel = m_controller->panel();
    EXPECT_EQ(panel->taskId(), m_tasks[0]);
    EXPECT_TRUE(panel->stateLabel()->text().contains(QStringLiteral("awaiting sign-off")));
    EXPECT_FALSE(panel->closeButton()->isEnabled());
    EXPECT_FALSE(panel->rejectButton()->isEnabled());
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("supervisor")))
        << panel->noticeLabel()->text().toStdString();
    EXPECT_TRUE(panel->closeButton()->toolTip().contains(QStringLiteral("supervisor")));
    // The status box cannot close it either: the guard refuses.
    const Status viaEditor = m_window->editor().setTaskStatus(m_tasks[0], TaskStatus::Closed);
    EXPECT_FALSE(viaEditor.ok());
    EXPECT_EQ(status(m_tasks[0]), TaskStatus::Completed);
    // 4.2 belongs to 财务科: wang may not complete it, report progress on it or edit it.
    ProgressEntry e;
    e.taskId = m_tasks[1];
    e.date = QDate(2024, 3, 15);
    e.text = QStringLiteral("越权填报");
    const auto progress = m_window->editor().addProgress(e);
    EXPECT_FALSE(progress.ok());
    EXPECT_TRUE(progress.error().contains(QStringLiteral("人事科")))
        << progress.error().toStdString();
    e.taskId = m_tasks[0];
    ASSERT_TRUE(m_window->editor().addProgress(e).ok()); // own unit's task
    ASSERT_TRUE(m_window->showTask(m_tasks[1]));
    EXPECT_TRUE(m_window->detailPane()->measureEdit()->isReadOnly());
    EXPECT_FALSE(panel->completeButton()->isEnabled());
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("人事科")))
        << panel->noticeLabel()->text().toStdString();
}

TEST_F(SignoffWindowTest, SupervisorSignsOffAndTheHistoryShowsIt)
{
    open(QStringLiteral("zhao"));
    ASSERT_TRUE(m_window->showTask(m_tasks[0]));
    SignoffPanel *panel = m_controller->panel();
    ASSERT_TRUE(panel->closeButton()->isEnabled());
    typeText(panel->textEdit(), QStringLiteral("评估合格"));
    QTest::mouseClick(panel->closeButton(), Qt::LeftButton);
    EXPECT_EQ(status(m_tasks[0]), TaskStatus::Closed);
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("Signed off")));
    EXPECT_TRUE(panel->reopenButton()->isEnabled());
    EXPECT_FALSE(panel->closeButton()->isEnabled());

    // The history tab lists the sign-off: by zhao, with the reason.
    AuditTable *history = panel->history();
    bool found = false;
    for (int row = 0; row < history->rowCount(); ++row) {
        if (history->item(row, AuditTable::NewColumn)->text() == QLatin1String("Signed off")
            && history->item(row, AuditTable::UserColumn)->text() == QLatin1String("zhao")
            && history->item(row, AuditTable::ReasonColumn)->text() == QStringLiteral("评估合格"))
            found = true;
    }
    EXPECT_TRUE(found);
    // wang's completion and progress are there too.
    EXPECT_GE(history->rowCount(), 4);

    // A closed task is read-only in the editor.
    EXPECT_TRUE(m_window->detailPane()->measureEdit()->isReadOnly());
    EXPECT_FALSE(m_window->detailPane()->statusBox()->isEnabled());

    // Reopening needs a reason: refused inline without one.
    QTest::mouseClick(panel->reopenButton(), Qt::LeftButton);
    EXPECT_EQ(status(m_tasks[0]), TaskStatus::Closed);
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("reason")));
    typeText(panel->textEdit(), QStringLiteral("复查"));
    QTest::mouseClick(panel->reopenButton(), Qt::LeftButton);
    EXPECT_EQ(status(m_tasks[0]), TaskStatus::InProgress);
    EXPECT_FALSE(m_window->detailPane()->measureEdit()->isReadOnly());

    // Picture of the window, for a person to look at.
    const QString shot = QDir::temp().filePath(QStringLiteral("rectify-signoff-window.png"));
    ASSERT_TRUE(panel->closeButton()->window()->grab().save(shot));
}

TEST_F(SignoffWindowTest, AuditLogFiltersByUserAndUnit)
{
    open(QStringLiteral("zhao"));
    AuditLogDialog dialog(m_window->ledger(), m_window.get());
    const int all = dialog.table()->rowCount();
    ASSERT_GT(all, 4);
    dialog.userFilter()->setCurrentIndex(dialog.userFilter()->findData(QStringLiteral("wang")));
    const int wangs = dialog.table()->rowCount();
    EXPECT_GT(wangs, 0);
    EXPECT_LT(wangs, all);
    for (int row = 0; row < wangs; ++row)
        EXPECT_EQ(
            dialog.table()->item(row, AuditTable::UserColumn)->text(), QStringLiteral("wang"));
    dialog.userFilter()->setCurrentIndex(0);
    dialog.unitFilter()->setCurrentIndex(dialog.unitFilter()->findData(QStringLiteral("人事科")));
    EXPECT_EQ(dialog.table()->rowCount(), wangs);
    dialog.unitFilter()->setCurrentIndex(dialog.unitFilter()->findData(QStringLiteral("财务科")));
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    // A date range before anything happened shows nothing.
    dialog.unitFilter()->setCurrentIndex(0);
    dialog.toEdit()->setDate(QDate(2020, 1, 1));
    dialog.toBox()->setChecked(true);
    EXPECT_EQ(dialog.table()->rowCount(), 0);
    dialog.toBox()->setChecked(false);
    EXPECT_EQ(dialog.table()->rowCount(), all);
}

TEST_F(SignoffWindowTest, AdministratorAddsUsersOthersMayNot)
{
    UsersDialog dialog(*m_seed, user(QStringLiteral("tester")));
    dialog.show();
    EXPECT_EQ(dialog.table()->rowCount(), 3);
    ASSERT_TRUE(dialog.addButton()->isEnabled());
    typeText(dialog.nameEdit(), QStringLiteral("钱进"));
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(QStringLiteral("official")));
    // An official without a unit is refused, inline.
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("unit")));
    EXPECT_FALSE(m_seed->findUser(QStringLiteral("钱进"))->has_value());
    dialog.unitBox()->setCurrentText(QStringLiteral("财务科"));
    typeText(dialog.passwordEdit(), QStringLiteral("secret"));
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    auto added = m_seed->findUser(QStringLiteral("钱进"));
    ASSERT_TRUE(added.ok() && added->has_value()) << dialog.messageLabel()->text().toStdString();
    EXPECT_EQ((*added)->role, UserRole::Official);
    EXPECT_EQ((*added)->unit, QStringLiteral("财务科"));
    EXPECT_TRUE(Password::verify(QStringLiteral("secret"), (*added)->passwordHash));
    EXPECT_EQ(dialog.table()->rowCount(), 4);

    UsersDialog refused(*m_seed, user(QStringLiteral("wang")));
    EXPECT_FALSE(refused.addButton()->isEnabled());
    EXPECT_TRUE(refused.messageLabel()->text().contains(QStringLiteral("administrator")))
        << refused.messageLabel()->text().toStdString();
}
