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

// "Who are you?": the ledger's active users in a list (sorted for the interface
// language), the last choice preselected (kept in the user's settings), and a
// password field when the chosen user has a password. OK checks the password and
// stays open with a message when it is wrong. When the user must choose a new
// password (an administrator reset theirs, or the ledger requires one and they
// have none) the dialog then asks for it, twice, before it lets them in.
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
    // The second step: a new password, typed twice.
    QLineEdit *newPasswordEdit() const { return m_newPassword; }
    QLineEdit *repeatPasswordEdit() const { return m_repeatPassword; }
    bool asksForNewPassword() const { return m_settingPassword; }

    // Shows the dialog; the chosen user, or nothing when it was cancelled.
    static std::optional<User> ask(Ledger &ledger, QWidget *parent);
    // The QSettings key of the last choice.
    static QString lastUserKey();

public Q_SLOTS:
    void accept() override;

private:
    void userChanged();
    void showError(const QString &text);
    void finish(const User &user);
    void setNewPassword();

    Ledger &m_ledger; // where an older password hash is redone on sign-in
    QVector<User> m_list;
    std::optional<User> m_chosen;
    QComboBox *m_users;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_error;
    QLabel *m_why;
    QLabel *m_newLabel;
    QLineEdit *m_newPassword;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeatPassword;
    bool m_settingPassword = false;
    QString m_signedInWith; // the password the first step checked
    User m_signingIn;
};

} // namespace rectify
