#pragma once

#include <QString>
#include <optional>

namespace rectify {

enum class UserRole
{
    Official, // works on the tasks of their own unit
    Supervisor, // follows every unit, signs tasks off
    Admin, // imports, settings, users, backups
};

QString userRoleKey(UserRole role);
std::optional<UserRole> userRoleFromKey(const QString &key);
QString userRoleLabel(UserRole role);

struct User
{
    qint64 id = 0;
    QString name;
    UserRole role = UserRole::Official;
    QString unit; // name of the user's unit, empty for none
    QString passwordHash; // empty when the user has no password
    // A deactivated user stays in the ledger (the audit log names them) but
    // cannot sign in or be chosen.
    bool active = true;
    // Set when an administrator reset the password: the next sign-in asks for a
    // new one before anything else.
    bool mustChangePassword = false;
};

} // namespace rectify
