// The sign-off workflow in the main window, driven through its widgets.
#include "store/auditchain.h"
#include "store/sqlaccess.h"
#include "tests/support/templedger.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/audit/audittable.h"
#include "ui/datasafety/datasafetyactions.h"
#include "ui/signoff/signoffconfirmdialog.h"
#include "ui/signoff/signoffcontroller.h"
#include "ui/signoff/signoffpanel.h"
#include "ui/tasks/ledgereditor.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/users/userchooserdialog.h"
#include "ui/users/usersdialog.h"
#include "ui/window/mainwindow.h"
#include "ui/window/settingsdialog.h"
#include "workflow/password.h"
#include "workflow/workflow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>
#include <QUrl>
#include <functional>
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

// After Switch User, the refusal shown for the previous user goes once the new
// user may act (it used to stay, red, naming what "wang" may not do, beside
// buttons now enabled for zhao).
TEST_F(SignoffWindowTest, SwitchingUserClearsThePreviousUsersRefusal)
{
    open(QStringLiteral("wang"));
    ASSERT_TRUE(m_window->showTask(m_tasks[0]));
    SignoffPanel *panel = m_controller->panel();
    ASSERT_FALSE(panel->noticeLabel()->text().isEmpty());
    ASSERT_FALSE(panel->closeButton()->isEnabled());

    m_controller->setUser(user(QStringLiteral("zhao")));
    EXPECT_TRUE(panel->closeButton()->isEnabled());
    EXPECT_TRUE(panel->noticeLabel()->text().isEmpty())
        << panel->noticeLabel()->text().toStdString();

    // And back: wang is refused again, with the reason shown.
    m_controller->setUser(user(QStringLiteral("wang")));
    EXPECT_FALSE(panel->closeButton()->isEnabled());
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("supervisor")))
        << panel->noticeLabel()->text().toStdString();
}

// What the user may not do is disabled with the reason as its tip, not offered and
// then refused after the typing: an administrator's progress dialog and task fields,
// an official's deadline.
TEST_F(SignoffWindowTest, WhatTheUserMayNotDoIsNotOffered)
{
    User admin;
    admin.name = QStringLiteral("li");
    admin.role = UserRole::Admin;
    ASSERT_TRUE(m_seed->addUser(admin).ok());
    open(QStringLiteral("li"));
    ASSERT_TRUE(m_window->showTask(m_tasks[1]));
    TaskDetailPane *pane = m_window->detailPane();
    EXPECT_FALSE(pane->addProgressButton()->isEnabled());
    EXPECT_FALSE(pane->addProgressButton()->toolTip().isEmpty());
    EXPECT_TRUE(pane->measureEdit()->isReadOnly());
    EXPECT_FALSE(pane->measureEdit()->toolTip().isEmpty());
    EXPECT_FALSE(pane->deadlineEdit()->isEnabled());
    EXPECT_FALSE(pane->statusBox()->isEnabled());
    // Typing changes nothing and leaves nothing to save.
    pane->measureEdit()->setFocus();
    typeText(pane->measureEdit(), QStringLiteral("改"));
    EXPECT_FALSE(pane->isModified());

    // An official on a task of their own unit: the fields are theirs, the deadline is not.
    m_controller->setUser(user(QStringLiteral("wang")));
    ASSERT_TRUE(m_window->showTask(m_tasks[0]));
    EXPECT_FALSE(pane->measureEdit()->isReadOnly());
    EXPECT_TRUE(pane->measureEdit()->toolTip().isEmpty());
    EXPECT_TRUE(pane->addProgressButton()->isEnabled());
    EXPECT_FALSE(pane->deadlineEdit()->isEnabled());
    EXPECT_FALSE(pane->deadlineEdit()->toolTip().isEmpty());
    EXPECT_FALSE(pane->longTermBox()->isEnabled());
    // The state stays after the pane reloads (a save, a refresh).
    pane->reload();
    EXPECT_FALSE(pane->deadlineEdit()->isEnabled());
    EXPECT_TRUE(pane->addProgressButton()->isEnabled());

    // A supervisor may change the deadline.
    m_controller->setUser(user(QStringLiteral("zhao")));
    EXPECT_TRUE(pane->deadlineEdit()->isEnabled());
    EXPECT_TRUE(pane->deadlineEdit()->toolTip().isEmpty());
}

TEST_F(SignoffWindowTest, SupervisorSignsOffAndTheHistoryShowsIt)
{
    open(QStringLiteral("zhao"));
    ASSERT_TRUE(m_window->showTask(m_tasks[0]));
    SignoffPanel *panel = m_controller->panel();
    ASSERT_TRUE(panel->closeButton()->isEnabled());
    typeText(panel->textEdit(), QStringLiteral("评估合格"));
    // 销号 asks first, with the text typed as its comment: confirmed.
    QTimer::singleShot(0, [] {
        if (auto *d = qobject_cast<SignoffConfirmDialog *>(QApplication::activeModalWidget()))
            d->accept();
    });
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

// The audit dialog states the anchor to write down and verifies the chain on request.
TEST_F(SignoffWindowTest, AuditLogShowsTheAnchorAndVerifiesTheChain)
{
    open(QStringLiteral("zhao"));
    AuditLogDialog dialog(m_window->ledger(), m_window.get());
    auto head = AuditChain::head(m_window->ledger());
    ASSERT_TRUE(head.ok());
    const QString anchor = AuditChain::anchorText(head->entries, head->hash);
    EXPECT_TRUE(dialog.anchorLabel()->text().contains(anchor))
        << dialog.anchorLabel()->text().toStdString();
    QPushButton *verify = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Verify"))
            || b->text().contains(QStringLiteral("核验")))
            verify = b;
    }
    ASSERT_NE(verify, nullptr);
    QTest::mouseClick(verify, Qt::LeftButton);
    EXPECT_TRUE(dialog.anchorLabel()->text().contains(QString::number(head->entries)))
        << dialog.anchorLabel()->text().toStdString();
    EXPECT_FALSE(dialog.anchorLabel()->text().contains(QStringLiteral("tampered")));
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
    // At least 8 characters (Accounts::minPasswordLength).
    typeText(dialog.passwordEdit(), QStringLiteral("secret-1"));
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    auto added = m_seed->findUser(QStringLiteral("钱进"));
    ASSERT_TRUE(added.ok() && added->has_value()) << dialog.messageLabel()->text().toStdString();
    EXPECT_EQ((*added)->role, UserRole::Official);
    EXPECT_EQ((*added)->unit, QStringLiteral("财务科"));
    EXPECT_TRUE(Password::verify(QStringLiteral("secret-1"), (*added)->passwordHash));
    EXPECT_EQ(dialog.table()->rowCount(), 4);

    UsersDialog refused(*m_seed, user(QStringLiteral("wang")));
    EXPECT_FALSE(refused.addButton()->isEnabled());
    EXPECT_TRUE(refused.messageLabel()->text().contains(QStringLiteral("administrator")))
        << refused.messageLabel()->text().toStdString();
}

namespace {

// Runs `inspect` on the modal dialog of type D the next trigger opens, then closes it.
template<typename D> bool whileModal(QAction *trigger, const std::function<void(D *)> &inspect)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        inspect(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    trigger->trigger();
    return seen;
}

} // namespace

// Import, Save a Copy, Back Up and Restore are an administrator's: disabled for
// others with the reason as their tip, refused if reached anyway, and given back
// when an administrator takes over through File → Switch User…
TEST_F(SignoffWindowTest, AdministratorsActionsFollowTheUsersRole)
{
    open(QStringLiteral("wang"));
    DataSafetyActions *safety = m_window->dataSafetyActions();
    const QList<QAction *> adminActions { m_window->importAction(), m_window->saveCopyAction(),
        safety->backupAction(), safety->restoreAction() };
    const QString refusal
        = QStringLiteral("Only an administrator may do this (wang is an official).");
    for (QAction *a : adminActions) {
        EXPECT_FALSE(a->isEnabled()) << a->text().toStdString();
        EXPECT_EQ(a->toolTip(), refusal) << a->text().toStdString();
        EXPECT_EQ(a->statusTip(), refusal) << a->text().toStdString();
        EXPECT_TRUE(m_window->fileMenu()->actions().contains(a)) << a->text().toStdString();
    }
    EXPECT_TRUE(m_window->fileMenu()->toolTipsVisible());
    // Exports stay open to everyone.
    EXPECT_TRUE(safety->exportCsvAction()->isEnabled());

    // Reached anyway (a shortcut, a script): refused before any file is asked for.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    int asked = 0;
    QStringList reports;
    safety->setChooseFile(
        [&](DataSafetyActions::FileKind, const QString &, CsvExporter::Encoding *) {
            ++asked;
            return copy;
        });
    safety->setConfirm([](const QString &) { return true; });
    safety->setReport([&](bool, const QString &message) { reports << message; });
    EXPECT_FALSE(safety->backUp());
    EXPECT_FALSE(safety->restore());
    EXPECT_EQ(asked, 0);
    EXPECT_EQ(reports, QStringList({ refusal, refusal }));
    EXPECT_FALSE(QFile::exists(copy));

    // Settings… stays open for the language; the ledger's alert windows are read-only.
    EXPECT_TRUE(m_window->settingsAction()->isEnabled());
    EXPECT_TRUE(whileModal<SettingsDialog>(m_window->settingsAction(), [&](SettingsDialog *d) {
        EXPECT_FALSE(d->alertBox()->isEnabled());
        EXPECT_TRUE(d->lockedLabel()->isVisible());
        EXPECT_EQ(d->lockedLabel()->text(), refusal);
    }));

    // File → Switch User… to the administrator.
    EXPECT_TRUE(
        whileModal<UserChooserDialog>(m_controller->switchUserAction(), [](UserChooserDialog *d) {
            d->userBox()->setCurrentIndex(d->userBox()->findData(QStringLiteral("tester")));
            QTest::mouseClick(
                d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }));
    ASSERT_EQ(m_controller->user()->name, QStringLiteral("tester"));
    for (QAction *a : adminActions) {
        EXPECT_TRUE(a->isEnabled()) << a->text().toStdString();
        EXPECT_FALSE(a->toolTip().contains(QStringLiteral("administrator")))
            << a->toolTip().toStdString();
    }
    EXPECT_EQ(safety->backupAction()->statusTip(),
        QStringLiteral("Save a consistent copy of the ledger"));
    EXPECT_TRUE(whileModal<SettingsDialog>(m_window->settingsAction(), [](SettingsDialog *d) {
        EXPECT_TRUE(d->alertBox()->isEnabled());
        EXPECT_FALSE(d->lockedLabel()->isVisible());
    }));
    EXPECT_TRUE(safety->backUp());
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(QFile::exists(copy));

    // A supervisor may sign off but not keep the database.
    m_controller->setUser(user(QStringLiteral("zhao")));
    for (QAction *a : adminActions) {
        EXPECT_FALSE(a->isEnabled()) << a->text().toStdString();
        EXPECT_TRUE(a->toolTip().contains(QStringLiteral("zhao is a supervisor")))
            << a->toolTip().toStdString();
    }
}

TEST_F(SignoffWindowTest, EvidenceOnFileOpensAsACopyAndSavesElsewhere)
{
    QTemporaryDir files;
    const QString source = files.filePath(QStringLiteral("现场照片.jpg"));
    const QByteArray bytes("\xff\xd8\xff\xe0 photo \0 bytes", 19);
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    open(QStringLiteral("zhao"));
    ASSERT_TRUE(m_window->showTask(m_tasks[1]));
    SignoffPanel *panel = m_controller->panel();
    panel->addEvidenceFile(source);
    typeText(panel->textEdit(), QStringLiteral("已整改"));
    QTest::mouseClick(panel->completeButton(), Qt::LeftButton);
    ASSERT_EQ(status(m_tasks[1]), TaskStatus::Completed)
        << panel->noticeLabel()->text().toStdString();
    ASSERT_EQ(panel->evidenceList()->count(), 1);

    QUrl opened;
    panel->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    panel->evidenceList()->setCurrentRow(0);
    QTest::mouseClick(panel->openEvidenceButton(), Qt::LeftButton);
    ASSERT_TRUE(opened.isLocalFile());
    EXPECT_EQ(readAll(opened.toLocalFile()), bytes);
    // A copy: not the stored file beside the ledger.
    EXPECT_FALSE(opened.toLocalFile().startsWith(Workflow::evidenceFolder(m_seed.path())));

    // No program for it: said inline, with the way out.
    panel->setUrlOpener([](const QUrl &) { return false; });
    QTest::mouseClick(panel->openEvidenceButton(), Qt::LeftButton);
    EXPECT_TRUE(panel->noticeLabel()->text().contains(QStringLiteral("Save As")))
        << panel->noticeLabel()->text().toStdString();

    const QString target = files.filePath(QStringLiteral("副本.jpg"));
    ASSERT_TRUE(panel->saveEvidence(0, target));
    EXPECT_EQ(readAll(target), bytes);

    // A stored name that is a path: the copy opened still lands in the row's folder.
    ASSERT_TRUE(
        SqlAccess::exec(*m_seed, QStringLiteral("UPDATE evidence SET file_name = '../../x.jpg'"))
            .ok());
    ASSERT_TRUE(m_window->showTask(m_tasks[0]));
    ASSERT_TRUE(m_window->showTask(m_tasks[1]));
    ASSERT_EQ(panel->evidenceList()->count(), 1);
    opened.clear();
    panel->setUrlOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    panel->evidenceList()->setCurrentRow(0);
    QTest::mouseClick(panel->openEvidenceButton(), Qt::LeftButton);
    ASSERT_TRUE(opened.isLocalFile()) << panel->noticeLabel()->text().toStdString();
    const QFileInfo copy(opened.toLocalFile());
    EXPECT_EQ(copy.fileName(), QStringLiteral("x.jpg"));
    bool numbered = false;
    copy.dir().dirName().toLongLong(&numbered);
    EXPECT_TRUE(numbered) << copy.absoluteFilePath().toStdString();
    EXPECT_EQ(readAll(copy.absoluteFilePath()), bytes);
}

// The evidence part of the panel in Chinese: the shipped translation names the
// new buttons, and a picture shows it for a person to look at.
TEST_F(SignoffWindowTest, EvidenceButtonsAreShownInChinese)
{
    QTemporaryDir files;
    const QString source = files.filePath(QStringLiteral("整改会议纪要.pdf"));
    {
        QFile f(source);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 minutes");
    }
    ASSERT_TRUE(Workflow(*m_seed, user(QStringLiteral("zhao")))
                    .complete(m_tasks[1], QStringLiteral("已整改"), { source })
                    .ok());
    QTranslator zh;
    ASSERT_TRUE(zh.load(QStringLiteral(":/i18n/signoff_zh_CN.qm")));
    QCoreApplication::installTranslator(&zh);
    {
        SignoffPanel panel(*m_seed);
        panel.setUser(user(QStringLiteral("zhao")));
        panel.setTask(m_tasks[1]);
        panel.resize(420, 620);
        panel.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
        EXPECT_EQ(panel.openEvidenceButton()->text(), QStringLiteral("打开"));
        EXPECT_EQ(panel.saveEvidenceButton()->text(), QStringLiteral("另存为…"));
        ASSERT_EQ(panel.evidenceList()->count(), 1);
        EXPECT_TRUE(
            panel.evidenceList()->item(0)->text().startsWith(QStringLiteral("整改会议纪要.pdf")));
        panel.evidenceList()->setCurrentRow(0);
        const QString shot = QDir::temp().filePath(QStringLiteral("rectify-evidence-zh.png"));
        EXPECT_TRUE(panel.grab().save(shot));
    }
    QCoreApplication::removeTranslator(&zh);
}

// An undo is an edit made now, by whoever works now: switching user forgets the
// previous user's edits, and a replayed edit passes the same guard as a new one.
TEST_F(SignoffWindowTest, UndoIsCheckedForTheUserWhoUndoesAndSwitchingUserClearsIt)
{
    open(QStringLiteral("zhao"));
    LedgerEditor &editor = m_window->editor();
    QUndoStack *stack = editor.undoStack();
    const qint64 id = m_tasks[1]; // 4.2, 财务科: not wang's unit
    auto task = m_seed->task(id);
    ASSERT_TRUE(task.ok());
    const QDate before = task->deadline;
    Task changed = *task;
    changed.deadline = QDate(2024, 12, 31);
    ASSERT_TRUE(editor.editTask(changed).ok());
    ASSERT_TRUE(stack->canUndo());

    // File → Switch User… to the official: the supervisor's edit cannot be undone by them.
    EXPECT_TRUE(
        whileModal<UserChooserDialog>(m_controller->switchUserAction(), [](UserChooserDialog *d) {
            d->userBox()->setCurrentIndex(d->userBox()->findData(QStringLiteral("wang")));
            QTest::mouseClick(
                d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }));
    ASSERT_EQ(m_controller->user()->name, QStringLiteral("wang"));
    EXPECT_FALSE(stack->canUndo());
    EXPECT_EQ(m_seed->task(id)->deadline, QDate(2024, 12, 31));

    // The guard on replay: a refusal (set directly here: a changed rule, a task
    // now read-only) keeps the command from being applied, and the error shows.
    m_controller->setUser(user(QStringLiteral("zhao")));
    for (const QDate &d : { QDate(2025, 1, 31), QDate(2025, 2, 28) }) {
        auto again = m_seed->task(id);
        ASSERT_TRUE(again.ok());
        changed = *again;
        changed.deadline = d;
        ASSERT_TRUE(editor.editTask(changed).ok());
    }
    stack->undo(); // allowed: back to 2025-01-31
    ASSERT_EQ(m_seed->task(id)->deadline, QDate(2025, 1, 31));
    ASSERT_TRUE(stack->canRedo());
    editor.setTaskGuard([](const Task *, const Task *) -> Status {
        return Error { QStringLiteral("refused for the test") };
    });
    stack->redo();
    EXPECT_EQ(m_seed->task(id)->deadline, QDate(2025, 1, 31));
    EXPECT_EQ(m_window->lastError(), QStringLiteral("refused for the test"));
    for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
        box->close();
    stack->undo();
    EXPECT_EQ(m_seed->task(id)->deadline, QDate(2025, 1, 31));
    EXPECT_NE(m_seed->task(id)->deadline, before);
}

// A password hashed with fewer iterations than today's is hashed again when its
// user signs in, in the user's name and on the record (never the hashes).
TEST_F(SignoffWindowTest, SigningInRedoesAnOlderPasswordHash)
{
    ASSERT_TRUE(user(QStringLiteral("zhao"))
                    .passwordHash.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    UserChooserDialog dialog(*m_seed);
    dialog.show();
    dialog.userBox()->setCurrentIndex(dialog.userBox()->findData(QStringLiteral("zhao")));
    typeText(dialog.passwordEdit(), QStringLiteral("pw"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    ASSERT_TRUE(dialog.chosen().has_value()) << dialog.errorLabel()->text().toStdString();
    const QString stored = user(QStringLiteral("zhao")).passwordHash;
    EXPECT_TRUE(stored.startsWith(QStringLiteral("pbkdf2-sha256$600000$"))) << stored.toStdString();
    EXPECT_TRUE(Password::verify(QStringLiteral("pw"), stored));
    auto log = m_seed->auditLog(QStringLiteral("user"), user(QStringLiteral("zhao")).id);
    ASSERT_TRUE(log.ok());
    ASSERT_FALSE(log->isEmpty());
    const AuditEntry &e = log->last();
    EXPECT_EQ(e.field, QStringLiteral("password"));
    EXPECT_EQ(e.user, QStringLiteral("zhao"));
    EXPECT_EQ(e.oldValue, QStringLiteral("pbkdf2-sha256$1000"));
    EXPECT_EQ(e.newValue, QStringLiteral("pbkdf2-sha256$600000"));
}

// A stored count out of bounds is refused at once with the reason, not checked.
TEST_F(SignoffWindowTest, AnAbsurdIterationCountIsRefusedWithItsReason)
{
    ASSERT_TRUE(SqlAccess::exec(*m_seed,
        QStringLiteral("UPDATE users SET password_hash = 'pbkdf2-sha256$2000000000$"
                       "c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaA==' WHERE name = 'zhao'"))
                    .ok());
    UserChooserDialog dialog(*m_seed);
    dialog.show();
    dialog.userBox()->setCurrentIndex(dialog.userBox()->findData(QStringLiteral("zhao")));
    typeText(dialog.passwordEdit(), QStringLiteral("pw"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_FALSE(dialog.chosen().has_value());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("2000000000")))
        << dialog.errorLabel()->text().toStdString();
    EXPECT_FALSE(dialog.errorLabel()->text().contains(QStringLiteral("Wrong password")));
}
