#pragma once

#include "domain/user.h"

#include <QDialog>
#include <QVector>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rectify {

class Ledger;

// "Who are you?": the ledger's users in a list, the last choice preselected
// (kept in the user's settings), and a password field when the chosen user has
// a password. OK checks the password and stays open with a message when it is wrong.
class UserChooserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChooserDialog)

public:
    explicit UserChooserDialog(Ledger &ledger, QWidget *parent = nullptr);

    // The chosen user once the dialog was accepted.
    std::optional<User> chosen() const { return m_chosen; }

    QComboBox *userBox() const { return m_users; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

    // Shows the dialog; the chosen user, or nothing when it was cancelled.
    static std::optional<User> ask(Ledger &ledger, QWidget *parent);
    // The QSettings key of the last choice.
    static QString lastUserKey();

public Q_SLOTS:
    void accept() override;

private:
    void userChanged();

    Ledger &m_ledger; // where an older password hash is redone on sign-in
    QVector<User> m_list;
    std::optional<User> m_chosen;
    QComboBox *m_users;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace rectify
