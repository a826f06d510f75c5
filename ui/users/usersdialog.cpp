#include "ui/users/usersdialog.h"

#include "store/ledger.h"
#include "ui/common/displayorder.h"
#include "workflow/accounts.h"
#include "workflow/permission.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rectify {

namespace {

void fillRoles(QComboBox *box)
{
    for (auto role : { UserRole::Official, UserRole::Supervisor, UserRole::Admin })
        box->addItem(userRoleLabel(role), userRoleKey(role));
}

void fillUnits(QComboBox *box, const QStringList &units)
{
    const QString text = box->currentText();
    box->clear();
    box->addItems(units);
    box->setCurrentText(text);
}

} // namespace

UsersDialog::UsersDialog(Ledger &ledger, const User &actor, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_actor(actor)
    , m_table(new QTableWidget(0, 5, this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add User"), this))
    , m_edit(new QGroupBox(tr("Selected user"), this))
    , m_editRole(new QComboBox(m_edit))
    , m_editUnit(new QComboBox(m_edit))
    , m_save(new QPushButton(tr("Save Changes"), m_edit))
    , m_active(new QPushButton(tr("Deactivate"), m_edit))
    , m_reset(new QPushButton(tr("Reset Password"), m_edit))
    , m_required(new QCheckBox(tr("Every user needs a password (at least %1 characters)")
                                   .arg(Accounts::minPasswordLength),
          this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Users"));
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Role"), tr("Unit"), tr("Password"), tr("Status") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    fillRoles(m_role);
    fillRoles(m_editRole);
    for (QComboBox *box : { m_unit, m_editUnit })
        box->setEditable(true);
    m_unit->setCurrentText(QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(
        tr("optional, at least %1 characters").arg(Accounts::minPasswordLength));
    m_message->setWordWrap(true);
    // A temporary password is read from here: it can be selected and copied.
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_active->setToolTip(tr("A deactivated user cannot sign in; their name stays in the "
                            "history. Users are never deleted."));
    m_reset->setToolTip(tr("Gives the user a temporary password; they must choose their own "
                           "at their next sign-in."));

    auto *editForm = new QFormLayout;
    editForm->addRow(tr("Role:"), m_editRole);
    editForm->addRow(tr("Unit:"), m_editUnit);
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_save);
    editButtons->addWidget(m_active);
    editButtons->addWidget(m_reset);
    editButtons->addStretch(1);
    auto *editLayout = new QVBoxLayout(m_edit);
    editLayout->addLayout(editForm);
    editLayout->addLayout(editButtons);

    auto *addBox = new QGroupBox(tr("New user"), this);
    auto *form = new QFormLayout(addBox);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Unit:"), m_unit);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_add);
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_edit, 1);
    sides->addWidget(addBox, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(sides);
    layout->addWidget(m_required);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_save, &QPushButton::clicked, this, &UsersDialog::saveSelected);
    connect(m_active, &QPushButton::clicked, this, &UsersDialog::toggleSelectedActive);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetSelectedPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::selectionChanged);

    auto required = Accounts::passwordsRequired(m_ledger);
    m_required->setChecked(required && *required);
    connect(m_required, &QCheckBox::toggled, this, [this](bool on) {
        const Status s = Accounts(m_ledger, m_actor.name).setPasswordsRequired(on);
        if (!s) {
            const QSignalBlocker quiet(m_required);
            m_required->setChecked(!on);
            fail(s.error());
            return;
        }
        done(on ? tr("Every user now needs a password; a user without one chooses it at their "
                     "next sign-in.")
                : tr("Passwords are optional now."));
    });

    // Only an administrator manages users; others see the list and why.
    const Decision d = Permission::check(m_actor, Action::ManageUsers);
    m_allowed = d.allowed;
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_name, m_role, m_unit, m_password, m_add, m_edit, m_required })
        w->setEnabled(d.allowed);
    if (!d) {
        m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
        m_message->setText(d.refusal);
    }
    resize(760, 560);
    reload();
    selectionChanged();
}

void UsersDialog::reload()
{
    const QString keep = selected() ? selected()->name : QString();
    auto users = m_ledger.users();
    m_table->setRowCount(0);
    m_users.clear();
    if (!users) {
        fail(users.error());
        return;
    }
    m_users = *users;
    sortForDisplay(m_users);
    m_table->setRowCount(static_cast<int>(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        const QString password = u.mustChangePassword ? tr("reset: to be changed")
            : u.passwordHash.isEmpty()                ? QString()
                                                      : tr("set");
        const QString texts[] = { u.name, userRoleLabel(u.role), u.unit, password,
            u.active ? tr("Active") : tr("Deactivated") };
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            if (!u.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    const QStringList units
        = sortedForDisplay(m_ledger.unitNames().ok() ? *m_ledger.unitNames() : QStringList());
    fillUnits(m_unit, units);
    fillUnits(m_editUnit, units);
    if (!keep.isEmpty())
        selectUser(keep);
}

bool UsersDialog::selectUser(const QString &name)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).name == name) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::optional<User> UsersDialog::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_users.size())
        return std::nullopt;
    return m_users.at(rows.first().row());
}

void UsersDialog::selectionChanged()
{
    const auto u = selected();
    m_edit->setEnabled(m_allowed && u.has_value());
    if (!u) {
        m_edit->setTitle(tr("Selected user"));
        return;
    }
    m_edit->setTitle(tr("Selected user: %1").arg(u->name));
    m_editRole->setCurrentIndex(m_editRole->findData(userRoleKey(u->role)));
    m_editUnit->setCurrentText(u->unit);
    m_active->setText(u->active ? tr("Deactivate") : tr("Activate"));
}

bool UsersDialog::fail(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->setText(text);
    return false;
}

void UsersDialog::done(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20"));
    m_message->setText(text);
}

bool UsersDialog::addUser()
{
    User u;
    u.name = m_name->text().trimmed();
    u.role = userRoleFromKey(m_role->currentData().toString()).value_or(UserRole::Official);
    u.unit = m_unit->currentText().trimmed();
    // Admins only, a name, a unit for an official, a long enough password: Accounts.
    auto added = Accounts(m_ledger, m_actor.name).addUser(u, m_password->text());
    if (!added)
        return fail(added.error());
    done(tr("Added %1 (%2).").arg(u.name, userRoleLabel(u.role)));
    m_name->clear();
    m_password->clear();
    reload();
    return true;
}

bool UsersDialog::saveSelected()
{
    const auto u = selected();
    if (!u)
        return fail(tr("Select a user in the list first."));
    const UserRole role = userRoleFromKey(m_editRole->currentData().toString()).value_or(u->role);
    const QString unit = m_editUnit->currentText().simplified();
    Accounts accounts(m_ledger, m_actor.name);
    // The unit first: an official being made needs it, and a unit alone is harmless.
    if (unit != u->unit) {
        if (auto s = accounts.setUnit(u->name, unit); !s)
            return fail(s.error());
    }
    if (role != u->role) {
        if (auto s = accounts.setRole(u->name, role); !s) {
            reload();
            return fail(s.error());
        }
    }
    reload();
    done(tr("Saved the changes to %1.").arg(u->name));
    return true;
}

bool UsersDialog::toggleSelectedActive()
{
    const auto u = selected();
    if (!u)
        return fail(tr("Select a user in the list first."));
    if (auto s = Accounts(m_ledger, m_actor.name).setActive(u->name, !u->active); !s)
        return fail(s.error());
    reload();
    done(u->active ? tr("%1 is deactivated: they can no longer sign in; their name stays in "
                        "the history.")
                         .arg(u->name)
                   : tr("%1 is active again and can sign in.").arg(u->name));
    return true;
}

bool UsersDialog::resetSelectedPassword()
{
    const auto u = selected();
    if (!u)
        return fail(tr("Select a user in the list first."));
    const QString temporary = Accounts::temporaryPassword();
    if (auto s = Accounts(m_ledger, m_actor.name).resetPassword(u->name, temporary); !s)
        return fail(s.error());
    reload();
    done(tr("The temporary password of %1 is %2. Give it to them in person; they must choose "
            "their own at their next sign-in.")
             .arg(u->name, temporary));
    return true;
}

} // namespace rectify
