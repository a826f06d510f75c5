#pragma once

#include "domain/task.h"
#include "domain/user.h"
#include "util/result.h"

#include <QObject>
#include <optional>

class QAction;
class QLabel;

namespace rectify {

class ExtensionSection;
class LedgerWindow;
class SignoffPanel;

// Plugs the sign-off workflow into a main window: who is working (status bar,
// File → Switch User…), the sign-off panel and history under the task detail,
// View → Audit Log…, and the editor's task guard (role rules; closed tasks are
// read-only in the editor).
class SignoffController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignoffController)

public:
    // `user` is who works in this window; nothing until someone is chosen.
    SignoffController(LedgerWindow *window, const std::optional<User> &user);

    // For the application: asks "who are you?" (unless `ask` is false: then the
    // ledger's actor is taken when it names a user) and attaches a controller.
    // A ledger with one active user, without a password and not requiring one,
    // is not asked about: that user works.
    static SignoffController *attach(LedgerWindow *window, bool ask = true);

    std::optional<User> user() const { return m_user; }
    void setUser(const std::optional<User> &user);
    // File → Switch User…: asks and switches; false when cancelled.
    bool switchUser();

    QLabel *userLabel() const { return m_userLabel; }
    SignoffPanel *panel() const { return m_panel; }
    // 延期申请 of the selected task, under the sign-off panel.
    ExtensionSection *extensions() const { return m_extensions; }
    QAction *switchUserAction() const { return m_switchUser; }
    QAction *auditLogAction() const { return m_auditLog; }
    QAction *usersAction() const { return m_users; }
    QAction *changePasswordAction() const { return m_changePassword; }
    // File → Change Password…: the current user's own password; false when cancelled.
    bool changePassword();

    // The editor's guard: may the current user write `after` over `before`?
    Status guard(const Task *before, const Task *after) const;

private:
    void currentTaskChanged();
    void showAuditLog();
    void showUsers();

    LedgerWindow *m_window;
    std::optional<User> m_user;
    QLabel *m_userLabel;
    SignoffPanel *m_panel;
    ExtensionSection *m_extensions;
    QAction *m_switchUser;
    QAction *m_auditLog;
    QAction *m_users;
    QAction *m_changePassword;
};

} // namespace rectify
