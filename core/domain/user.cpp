#include "domain/user.h"

#include <QCoreApplication>

namespace rectify {

QString userRoleKey(UserRole role)
{
    switch (role) {
    case UserRole::Official:
        return QStringLiteral("official");
    case UserRole::Supervisor:
        return QStringLiteral("supervisor");
    case UserRole::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<UserRole> userRoleFromKey(const QString &key)
{
    for (auto r : { UserRole::Official, UserRole::Supervisor, UserRole::Admin }) {
        if (userRoleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

QString userRoleLabel(UserRole role)
{
    switch (role) {
    case UserRole::Official:
        return QCoreApplication::translate("rectify::UserRole", "Official");
    case UserRole::Supervisor:
        return QCoreApplication::translate("rectify::UserRole", "Supervisor");
    case UserRole::Admin:
        return QCoreApplication::translate("rectify::UserRole", "Administrator");
    }
    return QString();
}

} // namespace rectify
