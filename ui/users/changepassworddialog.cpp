#include "ui/users/changepassworddialog.h"

#include "store/ledger.h"
#include "workflow/accounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rectify {

ChangePasswordDialog::ChangePasswordDialog(Ledger &ledger, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_user(user)
    , m_current(new QLineEdit(this))
    , m_new(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Change Password"));
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit *e : { m_current, m_new, m_repeat })
        e->setEchoMode(QLineEdit::Password);
    m_new->setPlaceholderText(tr("at least %1 characters").arg(Accounts::minPasswordLength));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *intro = new QLabel(m_user.passwordHash.isEmpty()
            ? tr("%1 has no password yet. Choose one: it is asked for whenever someone "
                 "signs in as %1.")
                  .arg(m_user.name)
            : tr("Change the password of %1.").arg(m_user.name),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (!m_user.passwordHash.isEmpty())
        form->addRow(tr("Current password:"), m_current);
    else
        m_current->hide();
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("Repeat:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    (m_user.passwordHash.isEmpty() ? m_new : m_current)->setFocus();
}

void ChangePasswordDialog::accept()
{
    const auto fail = [this](const QString &text, QLineEdit *focus) {
        m_error->setText(text);
        m_error->show();
        focus->selectAll();
        focus->setFocus();
    };
    if (m_new->text() != m_repeat->text())
        return fail(tr("The two new passwords differ."), m_repeat);
    const QString actor = m_ledger.actor();
    const Status changed
        = Accounts(m_ledger, m_user.name).changeOwnPassword(m_current->text(), m_new->text());
    m_ledger.setActor(actor);
    if (!changed)
        return fail(changed.error(), m_user.passwordHash.isEmpty() ? m_new : m_current);
    QDialog::accept();
}

} // namespace rectify
