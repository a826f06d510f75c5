#include "ui/users/userchooserdialog.h"

#include "store/ledger.h"
#include "ui/common/displayorder.h"
#include "workflow/accounts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace rectify {

QString UserChooserDialog::lastUserKey()
{
    return QStringLiteral("signoff/lastUser");
}

UserChooserDialog::UserChooserDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_users(new QComboBox(this))
    , m_passwordLabel(new QLabel(tr("Password:"), this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_why(new QLabel(this))
    , m_newLabel(new QLabel(tr("New password:"), this))
    , m_newPassword(new QLineEdit(this))
    , m_repeatLabel(new QLabel(tr("Repeat:"), this))
    , m_repeatPassword(new QLineEdit(this))
{
    setWindowTitle(tr("Who are you?"));
    m_users->setObjectName(QStringLiteral("userBox"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_why->setWordWrap(true);
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeatPassword->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit *e : { m_newPassword, m_repeatPassword })
        e->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(
        tr("at least %1 characters").arg(Accounts::minPasswordLength));

    // Deactivated users are not offered: they cannot sign in.
    auto users = Accounts::activeUsers(ledger);
    if (users)
        m_list = *users;
    else
        m_error->setText(users.error());
    sortForDisplay(m_list);
    const QString last = QSettings().value(lastUserKey()).toString();
    int preselect = 0;
    for (int i = 0; i < m_list.size(); ++i) {
        const User &u = m_list.at(i);
        QString label = QStringLiteral("%1 — %2").arg(u.name, userRoleLabel(u.role));
        if (!u.unit.isEmpty())
            label = tr("%1 — %2, %3").arg(u.name, userRoleLabel(u.role), u.unit);
        m_users->addItem(label, u.name);
        if (u.name == last)
            preselect = i;
    }
    m_users->setCurrentIndex(preselect);

    auto *intro = new QLabel(
        tr("Choose who you are. Every change you make is recorded under this name."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("User:"), m_users);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_why);
    form->addRow(m_newLabel, m_newPassword);
    form->addRow(m_repeatLabel, m_repeatPassword);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_why, m_newLabel, m_newPassword, m_repeatLabel, m_repeatPassword })
        w->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserChooserDialog::reject);
    connect(m_users, &QComboBox::currentIndexChanged, this, &UserChooserDialog::userChanged);
    userChanged();
}

void UserChooserDialog::userChanged()
{
    const int i = m_users->currentIndex();
    const bool needsPassword = i >= 0 && i < m_list.size() && !m_list.at(i).passwordHash.isEmpty();
    m_passwordLabel->setVisible(needsPassword);
    m_password->setVisible(needsPassword);
    m_password->clear();
    m_error->hide();
    if (needsPassword)
        m_password->setFocus();
}

void UserChooserDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void UserChooserDialog::accept()
{
    if (m_settingPassword) {
        setNewPassword();
        return;
    }
    const int i = m_users->currentIndex();
    if (i < 0 || i >= m_list.size()) {
        showError(tr("The ledger has no users."));
        return;
    }
    // Checks the password (a stored form that cannot be checked says why rather
    // than "wrong"), refuses a user deactivated meanwhile, and redoes an older
    // hash in the user's name.
    auto in = Accounts::signIn(m_ledger, m_list.at(i).name, m_password->text());
    if (!in) {
        showError(in.error());
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    if (!in->mustSetPassword) {
        finish(in->user);
        return;
    }
    // Second step: a new password before the window opens.
    m_settingPassword = true;
    m_signingIn = in->user;
    m_signedInWith = m_password->text();
    m_users->setEnabled(false);
    m_password->setEnabled(false);
    m_why->setText(in->why);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_why, m_newLabel, m_newPassword, m_repeatLabel, m_repeatPassword })
        w->show();
    m_error->hide();
    m_newPassword->setFocus();
}

void UserChooserDialog::setNewPassword()
{
    if (m_newPassword->text() != m_repeatPassword->text()) {
        showError(tr("The two new passwords differ."));
        m_repeatPassword->selectAll();
        m_repeatPassword->setFocus();
        return;
    }
    const QString actor = m_ledger.actor();
    const Status set = Accounts(m_ledger, m_signingIn.name)
                           .changeOwnPassword(m_signedInWith, m_newPassword->text());
    if (!set) {
        m_ledger.setActor(actor);
        showError(set.error());
        m_newPassword->selectAll();
        m_newPassword->setFocus();
        return;
    }
    auto again = m_ledger.findUser(m_signingIn.name);
    finish(again && again->has_value() ? **again : m_signingIn);
}

void UserChooserDialog::finish(const User &user)
{
    m_chosen = user;
    QSettings().setValue(lastUserKey(), user.name);
    QDialog::accept();
}

std::optional<User> UserChooserDialog::ask(Ledger &ledger, QWidget *parent)
{
    UserChooserDialog dialog(ledger, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

} // namespace rectify
