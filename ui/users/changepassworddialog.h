#pragma once

#include "domain/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rectify {

class Ledger;

// File → Change Password…: the signed-in user's own password. The current one
// (when they have one), the new one twice; OK changes it through Accounts and
// stays open with the reason when it is refused (wrong current password, too
// short, the two differ).
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(Ledger &ledger, const User &user, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    Ledger &m_ledger;
    User m_user;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace rectify
