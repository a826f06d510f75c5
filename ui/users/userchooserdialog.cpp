#include "ui/users/userchooserdialog.h"

#include "store/ledger.h"
#include "workflow/password.h"

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
{
    setWindowTitle(tr("Who are you?"));
    m_users->setObjectName(QStringLiteral("userBox"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto users = ledger.users();
    if (users)
        m_list = *users;
    else
        m_error->setText(users.error());
    const QString last = QSettings().value(lastUserKey()).toString();
    int preselect = 0;
    for (int i = 0; i < m_list.size(); ++i) {
        const User &u = m_list.at(i);
        QString label = QStringLiteral("%1 — %2").arg(u.name, userRoleLabel(u.role));
        if (!u.unit.isEmpty())
            label += QStringLiteral("，") + u.unit;
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

void UserChooserDialog::accept()
{
    const int i = m_users->currentIndex();
    if (i < 0 || i >= m_list.size()) {
        m_error->setText(tr("The ledger has no users."));
        m_error->show();
        return;
    }
    const User &u = m_list.at(i);
    if (!u.passwordHash.isEmpty()) {
        const auto matches = Password::check(m_password->text(), u.passwordHash);
        if (!matches || !*matches) {
            // A stored form that cannot be checked says why, rather than "wrong".
            m_error->setText(matches
                    ? tr("Wrong password for %1.").arg(u.name)
                    : tr("Cannot check the password of %1: %2").arg(u.name, matches.error()));
            m_error->show();
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        // A hash of fewer iterations than today's is redone now that the password
        // is known, in the user's name; a failure does not undo the sign-in.
        if (Password::needsRehash(u.passwordHash) && !m_ledger.isReadOnly()) {
            const QString actor = m_ledger.actor();
            m_ledger.setActor(u.name);
            (void)m_ledger.setUserPasswordHash(u.name, Password::hash(m_password->text()),
                tr("stronger password hash on sign-in"));
            m_ledger.setActor(actor);
        }
    }
    m_chosen = u;
    QSettings().setValue(lastUserKey(), u.name);
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
