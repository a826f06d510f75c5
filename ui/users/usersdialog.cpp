#include "ui/users/usersdialog.h"

#include "store/ledger.h"
#include "workflow/password.h"
#include "workflow/permission.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rectify {

UsersDialog::UsersDialog(Ledger &ledger, const User &actor, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_actor(actor)
    , m_table(new QTableWidget(0, 4, this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add User"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Users"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("Unit"), tr("Password") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (auto role : { UserRole::Official, UserRole::Supervisor, UserRole::Admin })
        m_role->addItem(userRoleLabel(role), userRoleKey(role));
    m_unit->setEditable(true);
    if (auto units = ledger.unitNames())
        m_unit->addItems(*units);
    m_unit->setCurrentText(QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);

    // Only an administrator manages users; others see the list and why.
    const Decision d = Permission::check(m_actor, Action::ManageUsers);
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_name, m_role, m_unit, m_password, m_add })
        w->setEnabled(d.allowed);
    if (!d) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_message->setText(d.refusal);
    }
    resize(560, 480);
    reload();
}

void UsersDialog::reload()
{
    auto users = m_ledger.users();
    m_table->setRowCount(0);
    if (!users) {
        m_message->setText(users.error());
        return;
    }
    m_table->setRowCount(static_cast<int>(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const User &u = users->at(row);
        const QString texts[] = { u.name, userRoleLabel(u.role), u.unit,
            u.passwordHash.isEmpty() ? QString() : tr("set") };
        for (int c = 0; c < 4; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(texts[c]));
    }
}

bool UsersDialog::addUser()
{
    const auto fail = [this](const QString &text) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_message->setText(text);
        return false;
    };
    if (const Decision d = Permission::check(m_actor, Action::ManageUsers); !d)
        return fail(d.refusal);
    User u;
    u.name = m_name->text().trimmed();
    u.role = userRoleFromKey(m_role->currentData().toString()).value_or(UserRole::Official);
    u.unit = m_unit->currentText().trimmed();
    if (u.name.isEmpty())
        return fail(tr("A user needs a name."));
    if (u.role == UserRole::Official && u.unit.isEmpty())
        return fail(tr("An official needs a unit: the tasks they may work on are their unit's."));
    if (auto existing = m_ledger.findUser(u.name); existing && existing->has_value())
        return fail(tr("The ledger already has a user named \"%1\".").arg(u.name));
    if (!m_password->text().isEmpty())
        u.passwordHash = Password::hash(m_password->text());
    m_ledger.setActor(m_actor.name);
    if (auto added = m_ledger.addUser(u); !added)
        return fail(added.error());
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20"));
    m_message->setText(tr("Added %1 (%2).").arg(u.name, userRoleLabel(u.role)));
    m_name->clear();
    m_password->clear();
    reload();
    return true;
}

} // namespace rectify
