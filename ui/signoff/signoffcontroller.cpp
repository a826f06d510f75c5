#include "ui/signoff/signoffcontroller.h"

#include "store/ledger.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/common/ledgerwindow.h"
#include "ui/signoff/extensionsection.h"
#include "ui/signoff/signoffpanel.h"
#include "ui/tasks/ledgereditor.h"
#include "ui/tasks/namelistedit.h"
#include "ui/tasks/taskdetailpane.h"
#include "ui/users/changepassworddialog.h"
#include "ui/users/userchooserdialog.h"
#include "ui/users/usersdialog.h"
#include "workflow/accounts.h"
#include "workflow/permission.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rectify {

SignoffController::SignoffController(LedgerWindow *window, const std::optional<User> &user)
    : QObject(window->mainWindow())
    , m_window(window)
    , m_userLabel(new QLabel(window->mainWindow()))
    , m_panel(new SignoffPanel(window->ledger(), window->detailPane()))
    , m_extensions(new ExtensionSection(window->ledger(), window->detailPane()))
    , m_switchUser(new QAction(tr("Switch &User…"), this))
    , m_auditLog(new QAction(tr("&Audit Log…"), this))
    , m_users(new QAction(tr("&Users…"), this))
    , m_changePassword(new QAction(tr("Change &Password…"), this))
{
    m_userLabel->setObjectName(QStringLiteral("currentUserLabel"));
    window->mainWindow()->statusBar()->addPermanentWidget(m_userLabel);
    // The panel under the task's progress; its buttons in the pane's bar, in view.
    window->detailPane()->addSection(m_panel);
    window->detailPane()->addActionRow(m_panel->actionBar());
    window->detailPane()->addSection(m_extensions);
    if (QMenu *file = window->fileMenu()) {
        QAction *before = file->actions().isEmpty() ? nullptr : file->actions().constLast();
        file->insertAction(before, m_switchUser);
        file->insertAction(before, m_changePassword);
        file->insertSeparator(before);
    }
    if (QMenu *tools = window->toolsMenu())
        tools->addAction(m_users);
    if (QMenu *view = window->viewMenu()) {
        view->addSeparator();
        view->addAction(m_auditLog);
    }
    LedgerEditor &editor = window->editor();
    editor.setTaskGuard(
        [this](const Task *before, const Task *after) { return guard(before, after); });
    editor.setProgressGuard([this](qint64 taskId) -> Status {
        if (!m_user)
            return Error { tr("Choose who you are first: File → Switch User…") };
        auto task = m_window->ledger().task(taskId);
        if (!task)
            return Error { task.error() };
        if (Decision d = Permission::check(*m_user, Action::AddProgress, &task->responsibilities);
            !d)
            return Error { d.refusal };
        return {};
    });
    connect(m_switchUser, &QAction::triggered, this, &SignoffController::switchUser);
    connect(m_auditLog, &QAction::triggered, this, &SignoffController::showAuditLog);
    connect(m_users, &QAction::triggered, this, &SignoffController::showUsers);
    connect(m_changePassword, &QAction::triggered, this, &SignoffController::changePassword);
    // After the window's own handlers: the detail pane already shows the new task.
    connect(window->taskView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SignoffController::currentTaskChanged);
    connect(&editor, &LedgerEditor::changed, this, &SignoffController::currentTaskChanged);
    const auto transitioned = [this](qint64 taskId) {
        // The transition did not go through the undo stack: older edits of the
        // task cannot be undone over it.
        m_window->editor().undoStack()->clear();
        m_window->refresh();
        m_window->detailPane()->reload();
        m_window->showTask(taskId);
        currentTaskChanged();
    };
    connect(m_panel, &SignoffPanel::taskTransitioned, this, transitioned);
    // An approved extension moves the deadline, outside the undo stack too.
    connect(m_extensions, &ExtensionSection::taskChanged, this, transitioned);
    setUser(user);
}

SignoffController *SignoffController::attach(LedgerWindow *window, bool ask)
{
    std::optional<User> user;
    if (ask) {
        // Nobody to choose between and nothing to check: no question (issue of a
        // single-user desk). Anything else asks, with the password when needed.
        auto sole = Accounts::soleUser(window->ledger());
        if (sole && sole->has_value())
            user = **sole;
        else
            user = UserChooserDialog::ask(window->ledger(), window->mainWindow());
    } else if (auto found = window->ledger().findUser(window->ledger().actor());
               found && found->has_value()) {
        user = **found;
    }
    return new SignoffController(window, user);
}

void SignoffController::setUser(const std::optional<User> &user)
{
    // The edits on the undo stack are the previous user's: undoing them would be
    // this user's change, made under this user's name without being asked for.
    m_window->editor().undoStack()->clear();
    m_user = user;
    if (m_user) {
        m_window->ledger().setActor(m_user->name);
        QString text = tr("User: %1 (%2)").arg(m_user->name, userRoleLabel(m_user->role));
        if (!m_user->unit.isEmpty())
            text = tr("User: %1 (%2, %3)")
                       .arg(m_user->name, userRoleLabel(m_user->role), m_user->unit);
        m_userLabel->setText(text);
    } else {
        m_userLabel->setText(tr("No user chosen: File → Switch User…"));
    }
    m_panel->setUser(m_user);
    m_extensions->setUser(m_user);
    // The task form offers only what this user may do (the guard refuses the rest anyway).
    m_window->detailPane()->setPermissions([user = m_user](Action action, const Task &task) {
        if (!user)
            return Decision { false, tr("Choose who you are first: File → Switch User…") };
        return Permission::check(*user, action, &task.responsibilities);
    });
    m_users->setEnabled(m_user.has_value());
    m_changePassword->setEnabled(m_user.has_value());
    // Import, ledger settings, backup and restore: an administrator's duties.
    m_window->setLedgerActionGuard([user = m_user](Action action) -> Status {
        if (!user)
            return Error { tr("Choose who you are first: File → Switch User…") };
        if (const Decision d = Permission::check(*user, action); !d)
            return Error { d.refusal };
        return {};
    });
    currentTaskChanged();
}

bool SignoffController::switchUser()
{
    auto chosen = UserChooserDialog::ask(m_window->ledger(), m_window->mainWindow());
    if (!chosen)
        return false;
    setUser(chosen);
    return true;
}

void SignoffController::currentTaskChanged()
{
    m_panel->setTask(m_window->detailPane()->taskId());
    m_extensions->setTask(m_window->detailPane()->taskId());
}

Status SignoffController::guard(const Task *before, const Task *after) const
{
    if (!m_user)
        return Error { tr("Choose who you are first: File → Switch User…") };
    if (before && before->status == TaskStatus::Closed)
        return Error { tr("This task is closed (signed off); a supervisor must reopen it first.") };
    if (before && after && before->status != after->status) {
        if (after->status == TaskStatus::Closed)
            return Error { tr("Sign a task off with the Sign off button under the task: it records "
                              "who signed it off and when.") };
        if (after->status == TaskStatus::Completed)
            return Error { tr("Complete a task with the Complete button under the task, saying "
                              "what was done.") };
        if (before->status == TaskStatus::Completed)
            return Error { tr("Send a completed task back with the Reject button and a reason.") };
    }
    // Whose task it is: the stored one, and the new one when units change.
    for (const Task *t : { before, after }) {
        if (!t)
            continue;
        if (Decision d = Permission::check(*m_user, Action::EditTask, &t->responsibilities); !d)
            return Error { d.refusal };
    }
    if (before && after
        && (before->deadline != after->deadline || before->longTerm != after->longTerm)) {
        if (Decision d
            = Permission::check(*m_user, Action::ChangeDeadline, &before->responsibilities);
            !d)
            return Error { d.refusal };
    }
    return {};
}

void SignoffController::showAuditLog()
{
    AuditLogDialog dialog(m_window->ledger(), m_window->mainWindow());
    dialog.exec();
}

} // namespace rectify

namespace rectify {

void SignoffController::showUsers()
{
    if (!m_user)
        return;
    UsersDialog dialog(m_window->ledger(), *m_user, m_window->mainWindow());
    dialog.exec();
    // The dialog may have changed this user (their unit, their role).
    auto again = m_window->ledger().findUser(m_user->name);
    if (!again || !again->has_value())
        return;
    const User &now = **again;
    if (!now.active)
        setUser(std::nullopt);
    else if (now.role != m_user->role || now.unit != m_user->unit)
        setUser(now);
    else
        m_user = now;
}

bool SignoffController::changePassword()
{
    if (!m_user)
        return false;
    auto current = m_window->ledger().findUser(m_user->name);
    ChangePasswordDialog dialog(m_window->ledger(),
        current && current->has_value() ? **current : *m_user, m_window->mainWindow());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (auto again = m_window->ledger().findUser(m_user->name); again && again->has_value())
        m_user = **again;
    m_window->mainWindow()->statusBar()->showMessage(
        tr("The password of %1 is changed.").arg(m_user->name), 10000);
    return true;
}

} // namespace rectify
