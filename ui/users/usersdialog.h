#pragma once

#include "domain/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rectify {

class Ledger;

// Tools → Users…: the ledger's users, and (for an administrator) a form to add
// one with a role, a unit and an optional password.
class UsersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersDialog)

public:
    UsersDialog(Ledger &ledger, const User &actor, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QComboBox *unitBox() const { return m_unit; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *addButton() const { return m_add; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    bool addUser();

private:
    void reload();

    Ledger &m_ledger;
    User m_actor;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_unit;
    QLineEdit *m_password;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace rectify
