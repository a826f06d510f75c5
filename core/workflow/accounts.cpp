#include "workflow/accounts.h"

#include "store/ledger.h"
#include "store/serverpasswords.h"
#include "store/serverroles.h"
#include "workflow/password.h"

#include <QRandomGenerator>

namespace rectify {

QString Accounts::passwordsRequiredKey()
{
    return QStringLiteral("passwords_required");
}

Result<bool> Accounts::passwordsRequired(const Ledger &ledger)
{
    auto value = ledger.setting(passwordsRequiredKey(), QStringLiteral("0"));
    if (!value)
        return Error { value.error() };
    return *value == QLatin1String("1");
}

Status Accounts::checkNewPassword(const QString &password)
{
    if (password.trimmed().isEmpty())
        return Error { tr("The new password is empty.") };
    if (password.size() < minPasswordLength)
        return Error {
            tr("A password needs at least %1 characters.").arg(minPasswordLength),
        };
    return {};
}

QString Accounts::temporaryPassword()
{
    // No 0/O, 1/l/I: it is read out or typed from a note.
    static const QString alphabet
        = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out;
    for (int i = 0; i < 12; ++i)
        out += alphabet.at(static_cast<int>(
            QRandomGenerator::system()->bounded(static_cast<quint32>(alphabet.size()))));
    return out;
}

Result<QVector<User>> Accounts::activeUsers(const Ledger &ledger)
{
    auto users = ledger.users();
    if (!users)
        return Error { users.error() };
    QVector<User> out;
    for (const User &u : *users) {
        if (u.active)
            out << u;
    }
    return out;
}

Result<std::optional<User>> Accounts::soleUser(const Ledger &ledger)
{
    // A set-up server's login is the sign-in: its user needs no other.
    if (!ledger.serverUser().isEmpty()) {
        auto mapped = ledger.findUser(ledger.serverUser());
        if (!mapped)
            return Error { mapped.error() };
        return *mapped;
    }
    auto users = activeUsers(ledger);
    if (!users)
        return Error { users.error() };
    auto required = passwordsRequired(ledger);
    if (!required)
        return Error { required.error() };
    if (users->size() != 1 || *required || !users->first().passwordHash.isEmpty()
        || users->first().mustChangePassword)
        return std::optional<User>();
    return std::optional<User>(users->first());
}

Result<Accounts::SignIn> Accounts::signIn(
    Ledger &ledger, const QString &name, const QString &password, int iterations)
{
    auto found = ledger.findUser(name);
    if (!found)
        return Error { found.error() };
    if (!found->has_value())
        return Error { tr("The ledger has no user named \"%1\".").arg(name) };
    SignIn in;
    in.user = **found;
    const User &u = in.user;
    if (!u.active)
        return Error { tr("%1 is deactivated and cannot sign in; an administrator can "
                          "activate them again.")
                           .arg(u.name) };
    // On a set-up server the connection's login is the sign-in: the server checked
    // its password, and the user is the one the login belongs to.
    if (!ledger.serverUser().isEmpty()) {
        if (ledger.serverUser() != u.name)
            return Error { tr("This connection signed in with the server login of %1; it cannot "
                              "act as %2.")
                               .arg(ledger.serverUser(), u.name) };
        return in;
    }
    if (!u.passwordHash.isEmpty()) {
        const auto matches = Password::check(password, u.passwordHash);
        if (!matches)
            return Error {
                tr("Cannot check the password of %1: %2").arg(u.name, matches.error()),
            };
        if (!*matches)
            return Error { tr("Wrong password for %1.").arg(u.name) };
    }
    auto required = passwordsRequired(ledger);
    if (!required)
        return Error { required.error() };
    if (u.mustChangePassword) {
        in.mustSetPassword = true;
        in.why = tr("An administrator reset the password of %1: choose a new one.").arg(u.name);
    } else if (u.passwordHash.isEmpty() && *required) {
        in.mustSetPassword = true;
        in.why
            = tr("This ledger requires a password of every user: choose one for %1.").arg(u.name);
    } else if (!u.passwordHash.isEmpty() && Password::needsRehash(u.passwordHash, iterations)
        && !ledger.isReadOnly()) {
        // Now that the password is known, in the user's name; a failure does not
        // undo the sign-in.
        const QString actor = ledger.actor();
        ledger.setActor(u.name);
        (void)ledger.setUserPasswordHash(
            u.name, Password::hash(password, iterations), tr("stronger password hash on sign-in"));
        ledger.setActor(actor);
        if (auto again = ledger.findUser(u.name); again && again->has_value())
            in.user = **again;
    }
    return in;
}

Accounts::Accounts(Ledger &ledger, QString actor)
    : m_ledger(ledger)
    , m_actor(std::move(actor))
    , m_iterations(Password::defaultIterations)
{ }

Result<User> Accounts::target(const QString &name) const
{
    auto found = m_ledger.findUser(name);
    if (!found)
        return Error { found.error() };
    if (!found->has_value())
        return Error { tr("The ledger has no user named \"%1\".").arg(name.trimmed()) };
    return **found;
}

Result<User> Accounts::allowedActor(Action action) const
{
    auto actor = target(m_actor);
    if (!actor)
        return actor;
    if (const Decision d = Permission::check(*actor, action); !d)
        return Error { d.refusal };
    m_ledger.setActor(actor->name);
    return actor;
}

Status Accounts::changeOwnPassword(const QString &current, const QString &newPassword)
{
    auto me = target(m_actor);
    if (!me)
        return Error { me.error() };
    if (!me->active)
        return Error { tr("%1 is deactivated.").arg(me->name) };
    // Signed in with one's own server login: the password is the login's, which the
    // server checks (a connection opened with `current`); the connection itself
    // proved it when none is given (rectify-cli, PGPASSWORD).
    const bool ownLogin = !m_ledger.serverUser().isEmpty() && m_ledger.serverUser() == me->name;
    if (ownLogin) {
        if (!current.isEmpty()) {
            if (auto ok = ServerRoles::checkLoginPassword(m_ledger, current); !ok)
                return ok;
        }
        if (me->mustChangePassword && current == newPassword)
            return Error { tr("Choose a password of your own, not the one you were given.") };
    } else if (!me->passwordHash.isEmpty()) {
        const auto matches = Password::check(current, me->passwordHash);
        if (!matches)
            return Error { matches.error() };
        if (!*matches)
            return Error { tr("The current password is wrong.") };
        if (me->mustChangePassword && current == newPassword)
            return Error { tr("Choose a password of your own, not the one you were given.") };
    }
    if (auto ok = checkNewPassword(newPassword); !ok)
        return ok;
    m_ledger.setActor(me->name);
    if (auto s = setPasswords(me->name, newPassword,
            me->passwordHash.isEmpty() ? tr("password set") : tr("password changed"), false);
        !s)
        return s;
    // The window's later connections (backup, import) use the new password.
    if (ownLogin && !ServerPasswords::lookup(m_ledger.path()).isEmpty())
        ServerPasswords::remember(m_ledger.path(), newPassword);
    return {};
}

Status Accounts::setPasswords(
    const QString &name, const QString &password, const QString &reason, bool mustChange)
{
    // Rectify's password and, on a set-up server, the user's login's, in one
    // transaction: both change or neither.
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return tx.status();
    if (auto s = m_ledger.setUserPasswordHash(
            name, Password::hash(password, m_iterations), reason, mustChange);
        !s)
        return s;
    if (auto s = ServerRoles::setLoginPassword(m_ledger, name, password); !s)
        return s;
    return tx.commit();
}

Result<qint64> Accounts::addUser(const User &user, const QString &password, const QString &login)
{
    auto actor = allowedActor(Action::ManageUsers);
    if (!actor)
        return Error { actor.error() };
    User u = user;
    u.name = u.name.simplified();
    u.unit = u.unit.simplified();
    if (u.name.isEmpty())
        return Error { tr("A user needs a name.") };
    if (u.role == UserRole::Official && u.unit.isEmpty())
        return Error { tr("An official needs a unit: the tasks they may work on are their "
                          "unit's.") };
    auto existing = m_ledger.findUser(u.name);
    if (!existing)
        return Error { existing.error() };
    if (existing->has_value())
        return Error { tr("The ledger already has a user named \"%1\".").arg(u.name) };
    u.passwordHash.clear();
    if (!password.isEmpty()) {
        if (auto ok = checkNewPassword(password); !ok)
            return Error { ok.error() };
        u.passwordHash = Password::hash(password, m_iterations);
    }
    // On a set-up server the user gets a login of their own, with the same password,
    // in the same transaction as the user.
    auto server = ServerRoles::isSetUp(m_ledger);
    if (!server)
        return Error { server.error() };
    if (!*server)
        return m_ledger.addUser(u);
    const QString loginName = login.isEmpty() ? u.name : login.trimmed();
    if (auto ok = ServerRoles::checkLoginName(loginName); !ok)
        return Error { login.isEmpty()
                ? tr("This server ledger gives every user a login of their own; \"%1\" cannot be "
                     "one: name a login (users add NAME --login LOGIN).")
                      .arg(u.name)
                : ok.error() };
    if (password.isEmpty())
        return Error { tr("This server ledger gives every user a login of their own, which needs "
                          "a password: give it with --password-stdin.") };
    Ledger::Transaction tx(m_ledger);
    if (!tx.status())
        return Error { tx.status().error() };
    auto id = m_ledger.addUser(u);
    if (!id)
        return id;
    if (auto made = ServerRoles::createLogin(m_ledger, u.name, loginName, password); !made)
        return Error { made.error() };
    if (auto c = tx.commit(); !c)
        return Error { c.error() };
    return id;
}

Status Accounts::resetPassword(const QString &name, const QString &temporary)
{
    auto actor = allowedActor(Action::ManageUsers);
    if (!actor)
        return Error { actor.error() };
    auto u = target(name);
    if (!u)
        return Error { u.error() };
    if (auto ok = checkNewPassword(temporary); !ok)
        return ok;
    return setPasswords(u->name, temporary, tr("password reset by %1").arg(actor->name), true);
}

Status Accounts::update(const User &changed)
{
    if (changed.role == UserRole::Official && changed.unit.simplified().isEmpty())
        return Error { tr("An official needs a unit: the tasks they may work on are their "
                          "unit's.") };
    return m_ledger.updateUser(changed);
}

Status Accounts::setRole(const QString &name, UserRole role)
{
    auto actor = allowedActor(Action::ManageUsers);
    if (!actor)
        return Error { actor.error() };
    auto u = target(name);
    if (!u)
        return Error { u.error() };
    u->role = role;
    return update(*u);
}

Status Accounts::setUnit(const QString &name, const QString &unit)
{
    auto actor = allowedActor(Action::ManageUsers);
    if (!actor)
        return Error { actor.error() };
    auto u = target(name);
    if (!u)
        return Error { u.error() };
    u->unit = unit.simplified();
    return update(*u);
}

Status Accounts::setActive(const QString &name, bool active)
{
    auto actor = allowedActor(Action::ManageUsers);
    if (!actor)
        return Error { actor.error() };
    auto u = target(name);
    if (!u)
        return Error { u.error() };
    u->active = active;
    return update(*u);
}

Status Accounts::setPasswordsRequired(bool required)
{
    auto actor = allowedActor(Action::ManageUsers);
    if (!actor)
        return Error { actor.error() };
    return m_ledger.setSetting(
        passwordsRequiredKey(), required ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace rectify
