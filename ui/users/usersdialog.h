#pragma once

#include "domain/user.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rectify {

class Ledger;

// Tools → Users…: the ledger's users (deactivated ones too, marked), sorted for
// the interface language. For an administrator: a form to add one (role, unit,
// optional password), the selected user's role and unit, Deactivate / Activate,
// Reset Password (a temporary password shown once; the user must choose their
// own at the next sign-in), and the ledger setting "passwords required". The
// rules are workflow/accounts.h; a refusal shows in words under the table.
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
    // The selected user.
    QComboBox *editRoleBox() const { return m_editRole; }
    QComboBox *editUnitBox() const { return m_editUnit; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *activeButton() const { return m_active; }
    QPushButton *resetButton() const { return m_reset; }
    QCheckBox *requiredBox() const { return m_required; }
    // Selects the row of the user `name`; false when there is none.
    bool selectUser(const QString &name);

public Q_SLOTS:
    bool addUser();
    bool saveSelected();
    bool toggleSelectedActive();
    bool resetSelectedPassword();

private:
    void reload();
    void selectionChanged();
    std::optional<User> selected() const;
    bool fail(const QString &text);
    void done(const QString &text);

    Ledger &m_ledger;
    User m_actor;
    QVector<User> m_users; // in the table's order
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_unit;
    QLineEdit *m_password;
    QPushButton *m_add;
    QGroupBox *m_edit;
    QComboBox *m_editRole;
    QComboBox *m_editUnit;
    QPushButton *m_save;
    QPushButton *m_active;
    QPushButton *m_reset;
    QCheckBox *m_required;
    QLabel *m_message;
    bool m_allowed = false;
};

} // namespace rectify
