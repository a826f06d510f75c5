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
};

} // namespace rectify
